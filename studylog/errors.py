"""The kinds of failure the user can act on. Anything else is a bug and is raised as is.

Every subclass carries a bilingual `Message`; the CLI prints it on one line and
exits 1, the window shows it in a dialog.
"""

from __future__ import annotations

from studylog.i18n import Lang, Message


class StudyLogError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.en.format(**message.params))
        self.message = message

    def render(self, lang: Lang) -> str:
        return self.message.render(lang)


class InputError(StudyLogError):
    """The file or value given is not acceptable (bad type, bad content)."""


class NotFoundError(StudyLogError):
    """A campaign, session, member or unit named by the user does not exist."""


class IntegrityProblem(StudyLogError):
    """A package or database failed an integrity check."""


class EnvironmentProblem(StudyLogError):
    """Disk full, file locked, read-only, not a database, too new a schema: advice, not a bug."""
