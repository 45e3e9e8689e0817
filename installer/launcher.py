"""The frozen app's entry: exactly the `studylog` console script (studylog.cli.main:entry).

With no subcommand it opens the window, as a double-click does; with one it is the
command line of the README.
"""

from studylog.cli.main import entry

if __name__ == "__main__":
    entry()
