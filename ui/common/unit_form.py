"""The home unit's details, as typed in the first-run wizard and in Cài đặt."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from studylog.domain.enums import HOME_LEVELS, Level
from studylog.domain.models import Unit
from ui.common.labels import level_name


@dataclass(frozen=True)
class UnitDetails:
    name: str
    code: str
    level: Level
    parent_name: str
    parent_code: str
    secretary: str
    place: str

    def as_columns(self) -> dict[str, object]:
        """The `units` columns, as `units.update_home` takes them."""
        return {
            "name": self.name,
            "code": self.code,
            "level": self.level.value,
            "parent_name": self.parent_name,
            "parent_code": self.parent_code,
            "secretary": self.secretary,
            "place": self.place,
        }


class UnitForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._line(self.tr("e.g. Chi bộ Khu phố 3"))
        self.code = self._line(self.tr("e.g. CB-KP3"))
        self.level = QComboBox()
        for level in HOME_LEVELS:
            self.level.addItem(level_name(level), level.value)
        self.level.currentIndexChanged.connect(self.changed)
        self.parent_name = self._line(self.tr("e.g. Đảng ủy phường Bến Thành"))
        self.parent_code = self._line(self.tr("e.g. DU-BT"))
        self.secretary = self._line(self.tr("Full name of the secretary"))
        self.place = self._line(self.tr("e.g. Phường Bến Thành"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Unit &name:"), self.name)
        form.addRow(self.tr("Unit &code:"), self.code)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Upper level's name:"), self.parent_name)
        form.addRow(self.tr("Upper level's c&ode:"), self.parent_code)
        form.addRow(self.tr("&Secretary:"), self.secretary)
        form.addRow(self.tr("&Place in the date line:"), self.place)
        hint = QLabel(
            self.tr(
                "The place opens the date line of documents, as in"
                " “Phường Bến Thành, ngày 05 tháng 02 năm 2026”."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow("", hint)
        # QFormLayout adds rows in reading order, which is the tab order we want.

    def _line(self, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        line.textChanged.connect(self.changed)
        return line

    def is_complete(self) -> bool:
        """A unit cannot be saved without a name and a code (units.init_home refuses it)."""
        return bool(self.name.text().strip() and self.code.text().strip())

    def details(self) -> UnitDetails:
        return UnitDetails(
            name=self.name.text().strip(),
            code=self.code.text().strip(),
            level=Level(self.level.currentData()),
            parent_name=self.parent_name.text().strip(),
            parent_code=self.parent_code.text().strip(),
            secretary=self.secretary.text().strip(),
            place=self.place.text().strip(),
        )

    def set_unit(self, unit: Unit) -> None:
        self.name.setText(unit.name)
        self.code.setText(unit.code)
        index = self.level.findData(unit.level.value)
        if index < 0:  # a legacy level: show it rather than silently changing it
            self.level.addItem(level_name(unit.level), unit.level.value)
            index = self.level.count() - 1
        self.level.setCurrentIndex(index)
        self.parent_name.setText(unit.parent_name)
        self.parent_code.setText(unit.parent_code)
        self.secretary.setText(unit.secretary)
        self.place.setText(unit.place)
