"""The first run: set up the home unit, or try a demo database, or open an existing file."""
