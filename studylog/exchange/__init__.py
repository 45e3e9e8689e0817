"""Files in and out: roster, attendance and essay imports, packages, the plan.

The `*_parse` modules are the pure half of the importers: they read a file into
rows and problems without touching the database, so the CLI, the window and the
tests share one reading of every file.
"""
