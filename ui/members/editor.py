"""Add or edit one member."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from studylog.domain.enums import EventKind, MemberStatus, Sex
from studylog.domain.models import Member, MemberEvent
from studylog.errors import StudyLogError
from studylog.storage import members as member_store
from studylog.storage.changes import Changes
from studylog.storage.units import home_unit
from ui.context import AppContext
from ui.members.fields import DateField, FormDialog
from ui.members.labels import sex_label, status_label


class MemberDialog(FormDialog):
    """`member` None adds a new member to the home unit; otherwise edits that member."""

    def __init__(
        self, ctx: AppContext, member: Member | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New member") if member is None else self.tr("Edit member"))
        self.ctx = ctx
        self.member = member
        self.changes = Changes()
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.sex = QComboBox()
        self.sex.addItem("", "")
        for sex in Sex:
            self.sex.addItem(sex_label(sex.value), sex.value)
        self.birth = DateField()
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy or year"))
        self.card = QLineEdit()
        self.card.setMaxLength(12)
        self.card.setPlaceholderText(self.tr("8 or 12 digits"))
        self.citizen = QLineEdit()
        self.citizen.setMaxLength(12)
        self.citizen.setPlaceholderText(self.tr("12 digits"))
        self.status = QComboBox()
        for status in MemberStatus:
            self.status.addItem(status_label(status), status.value)
        self.joined = DateField()
        self.official = DateField()
        self.phone = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.arrived = DateField()

        self.form.addRow(self.tr("&Full name *"), self.name)
        self.form.addRow(self.tr("&Sex"), self.sex)
        self.form.addRow(self.tr("&Born"), self.birth)
        self.form.addRow(self.tr("Party &card number"), self.card)
        self.form.addRow(self.tr("C&itizen ID"), self.citizen)
        self.form.addRow(self.tr("&Membership"), self.status)
        self.form.addRow(self.tr("&Admitted to the Party"), self.joined)
        self.form.addRow(self.tr("Became a full &member"), self.official)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("&Note"), self.note)
        if member is None:
            # A member transferred in mid-campaign must not count before arriving.
            self.form.addRow(self.tr("Joined this unit &on"), self.arrived)
            self.arrived.setToolTip(self.tr("Leave empty when the member was already in the unit."))
        else:
            self._load(member)

    def _load(self, m: Member) -> None:
        self.name.setText(m.full_name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(m.sex)))
        self.birth.setText(m.birth_text)
        self.card.setText(m.card_no)
        self.citizen.setText(m.citizen_id)
        self.status.setCurrentIndex(max(0, self.status.findData(m.status.value)))
        self.joined.set_date(m.joined_date)
        self.official.set_date(m.official_date)
        self.phone.setText(m.phone)
        self.note.setPlainText(m.note)

    def save(self) -> bool:
        lang = self.ctx.lang
        name = self.name.text().strip()
        if not name:
            return self.fail(self.name, self.tr("Please type the member's full name."))
        card = self.card.text().strip()
        if card and not (card.isdigit() and len(card) in (8, 12)):
            return self.fail(self.card, self.tr("The party card number has 8 or 12 digits."))
        citizen = self.citizen.text().strip()
        if citizen and not (citizen.isdigit() and len(citizen) == 12):
            return self.fail(self.citizen, self.tr("The citizen ID has 12 digits."))
        dates: dict[str, date | int | None] = {}
        for key, field in (
            ("birth", self.birth),
            ("joined", self.joined),
            ("official", self.official),
            ("arrived", self.arrived),
        ):
            value = field.date_or_problem(lang, year_ok=key == "birth")
            if isinstance(value, str):
                return self.fail(field, value)
            dates[key] = value
        birth = dates["birth"]
        fields = {
            "full_name": name,
            "sex": self.sex.currentData(),
            "birth_date": birth if isinstance(birth, date) else None,
            "birth_year": birth if isinstance(birth, int) else None,
            "card_no": card,
            "citizen_id": citizen,
            "status": MemberStatus(self.status.currentData()),
            "joined_date": dates["joined"],
            "official_date": dates["official"],
            "phone": self.phone.text().strip(),
            "note": self.note.toPlainText().strip(),
        }
        try:
            self._write(fields, dates["arrived"])
        except StudyLogError as error:
            return self.fail(None, error.render(lang))
        return True

    def _write(self, fields: dict[str, object], arrived: object) -> None:
        store = self.ctx.store
        if self.member is not None:
            self.changes = member_store.update_member(store, self.member.uid, **fields)
            return
        events = ()
        if isinstance(arrived, date):
            events = (MemberEvent(kind=EventKind.CHUYEN_DEN, date_from=arrived),)
        self.member = member_store.add_member(
            store,
            Member(uid="", unit_uid=home_unit(store).uid, events=events, **fields),  # type: ignore[arg-type]
        )
        self.changes = Changes(members=True)
