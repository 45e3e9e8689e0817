"""The command line of SPEC §6."""
