"""Add or edit a session (buổi học tập), including a make-up class."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from studylog.domain.enums import SessionKind
from studylog.domain.models import Campaign, Session
from studylog.errors import StudyLogError
from studylog.storage import sessions as session_store
from studylog.storage.changes import Changes
from ui.context import AppContext
from ui.members.fields import DateField, FormDialog, TimeField
from ui.sessions.labels import kind_label
from ui.sessions.model import session_name


class SessionDialog(FormDialog):
    """`session` None adds one; `makeup_of` preselects the session a new class makes up for."""

    def __init__(
        self,
        ctx: AppContext,
        campaign: Campaign,
        others: list[Session],
        session: Session | None = None,
        *,
        makeup_of: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign = campaign
        self.session = session
        self.changes = Changes()
        self.setWindowTitle(
            self.tr("New session of {code}").format(code=campaign.code)
            if session is None
            else self.tr("Edit session of {code}").format(code=campaign.code)
        )
        self.setMinimumWidth(600)
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.day = DateField(date.today() if session is None else session.date)
        self.start = TimeField()
        self.end = TimeField()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Hội nghị trực tuyến quán triệt Nghị quyết"))
        self.chair = QLineEdit()
        self.speaker = QLineEdit()
        self.place = QLineEdit()
        self.makeup_of = QComboBox()
        self.makeup_of.addItem(self.tr("— not a make-up class —"), None)
        # A make-up class makes up for a regular session of the same campaign.
        for other in others:
            if not other.is_makeup and (session is None or other.uid != session.uid):
                self.makeup_of.addItem(session_name(other), other.uid)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Date *"), self.day)
        self.form.addRow(self.tr("&Starts at"), self.start)
        self.form.addRow(self.tr("&Ends at"), self.end)
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Chaired by"), self.chair)
        self.form.addRow(self.tr("S&peaker"), self.speaker)
        self.form.addRow(self.tr("P&lace"), self.place)
        self.form.addRow(self.tr("&Make-up of"), self.makeup_of)
        self.form.addRow(self.tr("&Notes"), self.notes)
        if session is not None:
            self._load(session)
        elif makeup_of is not None:
            self.makeup_of.setCurrentIndex(max(0, self.makeup_of.findData(makeup_of)))
            # A title is data for the report, which is written in Vietnamese.
            self.title.setText("Lớp học bù")

    def _load(self, s: Session) -> None:
        self.kind.setCurrentIndex(self.kind.findData(s.kind.value))
        self.start.setText(s.start_time)
        self.end.setText(s.end_time)
        self.title.setText(s.title)
        self.chair.setText(s.chair)
        self.speaker.setText(s.speaker)
        self.place.setText(s.place)
        self.makeup_of.setCurrentIndex(max(0, self.makeup_of.findData(s.makeup_of)))
        self.notes.setPlainText(s.notes)

    def save(self) -> bool:
        day = self.day.date_or_problem(self.ctx.lang)
        if day is None:
            return self.fail(self.day, self.tr("Please type the date of the session."))
        if isinstance(day, str):
            return self.fail(self.day, day)
        times = []
        for field in (self.start, self.end):
            value, problem = field.time_or_problem()
            if problem:
                return self.fail(field, problem)
            times.append(value)
        if times[0] and times[1] and times[1] < times[0]:
            return self.fail(self.end, self.tr("The session ends before it starts."))
        values = {
            "date": day,
            "kind": SessionKind(self.kind.currentData()),
            "start_time": times[0],
            "end_time": times[1],
            "title": self.title.text().strip(),
            "chair": self.chair.text().strip(),
            "speaker": self.speaker.text().strip(),
            "place": self.place.text().strip(),
            "makeup_of": self.makeup_of.currentData(),
            "notes": self.notes.toPlainText().strip(),
        }
        try:
            if self.session is None:
                self.session = session_store.add_session(
                    self.ctx.store,
                    Session(uid="", campaign_uid=self.campaign.uid, **values),  # type: ignore[arg-type]
                )
                self.changes = Changes(sessions=True)
            else:
                updated = replace(self.session, **values)  # type: ignore[arg-type]
                self.changes = session_store.update_session(self.ctx.store, updated)
                self.session = updated
        except StudyLogError as error:
            return self.fail(None, error.render(self.ctx.lang))
        return True
