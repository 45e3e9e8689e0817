"""The sign-in sheet of one session of the chosen campaign, printed before it is held."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from studylog.domain.models import Session
from ui.common.text import hint
from ui.sessions.model import session_name


class SignInBox(QGroupBox):
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sign-in sheet"))
        self._sessions: list[Session] = []
        self.sessions = QComboBox()
        self.sessions.setMinimumContentsLength(16)
        self.sessions.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        label = QLabel(self.tr("&Session:"))
        label.setBuddy(self.sessions)
        self.print_button = QPushButton(self.tr("Print the s&ign-in sheet…"))
        self.print_button.clicked.connect(self.print_requested)
        self.note = hint(
            self.tr(
                "The members who must attend, in name order, with room to sign. It is saved"
                " as PDF and opened, to print from there."
            )
        )
        # The button under the choice, not beside it: the column is narrow.
        layout = QGridLayout(self)
        layout.addWidget(label, 0, 0)
        layout.addWidget(self.sessions, 0, 1, 1, 2)
        layout.addWidget(self.print_button, 1, 1)
        layout.addWidget(self.note, 2, 0, 1, 3)
        layout.setColumnStretch(2, 1)
        self.set_sessions([])

    def set_sessions(self, sessions: list[Session]) -> None:
        """The campaign's sessions; the next one to be held is chosen first."""
        keep = self.session()
        self._sessions = list(sessions)
        self.sessions.clear()
        for session in self._sessions:
            self.sessions.addItem(session_name(session), session.uid)
        index = self.sessions.findData(keep.uid) if keep is not None else -1
        if index < 0 and self._sessions:
            upcoming = [i for i, s in enumerate(self._sessions) if s.date >= date.today()]
            index = upcoming[0] if upcoming else len(self._sessions) - 1
        self.sessions.setCurrentIndex(index)
        self.print_button.setEnabled(bool(self._sessions))

    def session(self) -> Session | None:
        index = self.sessions.currentIndex()
        return self._sessions[index] if 0 <= index < len(self._sessions) else None
