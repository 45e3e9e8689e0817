"""One connection point in one session: who attended by group, the link, and its incidents."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import Group, IncidentKind, Quality
from studylog.domain.models import Incident, SessionPoint
from studylog.errors import StudyLogError
from studylog.storage import sessions as session_store
from ui.common.text import hint
from ui.context import AppContext
from ui.members.fields import TimeField
from ui.sessions.labels import group_label, incident_label, quality_label
from ui.sessions.points_model import IncidentsModel

MAX_COUNT = 1_000_000


class PointForm(QWidget):
    """Edits the selected point; `Save` writes counts, quality and details in one go."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.point: SessionPoint | None = None
        self.counts = {group: QSpinBox() for group in Group}
        counts_page = QWidget()
        counts_form = QFormLayout(counts_page)
        counts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        counts_form.addRow(hint(self.tr("Attendees (person-times)")))
        for group, spin in self.counts.items():
            spin.setRange(0, MAX_COUNT)
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0" * 12))
            counts_form.addRow(group_label(group), spin)

        self.quality = QComboBox()
        self.quality.addItem(self.tr("— not recorded —"), None)
        for quality in Quality:
            self.quality.addItem(quality_label(quality), quality.value)
        self.test_done = QCheckBox(self.tr("Test connection done"))
        self.chair = QLineEdit()
        self.technician = QLineEdit()
        self.phone = QLineEdit()
        self.times = {
            key: TimeField()
            for key in ("planned_start", "planned_end", "actual_start", "actual_end")
        }
        link_page = QWidget()
        link = QGridLayout(link_page)
        rows = (
            (self.tr("Chaired by"), self.chair, self.tr("Technician"), self.technician),
            (self.tr("Phone"), self.phone, self.tr("Quality"), self.quality),
            (
                self.tr("Planned start"),
                self.times["planned_start"],
                self.tr("Planned end"),
                self.times["planned_end"],
            ),
            (
                self.tr("Actual start"),
                self.times["actual_start"],
                self.tr("Actual end"),
                self.times["actual_end"],
            ),
        )
        for r, (label1, field1, label2, field2) in enumerate(rows):
            link.addWidget(QLabel(label1), r, 0)
            link.addWidget(field1, r, 1)
            link.addWidget(QLabel(label2), r, 2)
            link.addWidget(field2, r, 3)
        link.addWidget(self.test_done, len(rows), 1, 1, 3)
        # The fields share the width; the labels keep just what they need.
        link.setColumnStretch(1, 1)
        link.setColumnStretch(3, 1)
        link.setRowStretch(len(rows) + 1, 1)
        self.save_button = QPushButton(self.tr("&Save point details"))
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)

        self.incidents = IncidentsModel(self)
        self.incident_table = QTableView()
        self.incident_table.setModel(self.incidents)
        self.incident_table.verticalHeader().hide()
        self.incident_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incident_table.horizontalHeader().setSectionResizeMode(
            IncidentsModel.HANDLING, QHeaderView.ResizeMode.Stretch
        )
        self.incident_time = TimeField()
        self.incident_kind = QComboBox()
        for kind in IncidentKind:
            self.incident_kind.addItem(incident_label(kind.value), kind.value)
        self.incident_minutes = QSpinBox()
        self.incident_minutes.setRange(0, 24 * 60)
        self.incident_minutes.setSuffix(self.tr(" min"))
        self.incident_handling = QLineEdit()
        self.incident_handling.setPlaceholderText(self.tr("How it was handled"))
        self.add_incident_button = QPushButton(self.tr("&Add incident"))
        self.add_incident_button.clicked.connect(self.add_incident)
        self.incident_handling.returnPressed.connect(self.add_incident)
        incident_page = QWidget()
        incident_layout = QVBoxLayout(incident_page)
        incident_layout.addWidget(self.incident_table, 1)
        # Two rows, so that the handling text gets room; typed in reading (and tab) order.
        when = QHBoxLayout()
        for widget in (self.incident_time, self.incident_kind, self.incident_minutes):
            when.addWidget(widget)
        when.addStretch(1)
        how = QHBoxLayout()
        how.addWidget(self.incident_handling, 1)
        how.addWidget(self.add_incident_button)
        incident_layout.addLayout(when)
        incident_layout.addLayout(how)

        # Tabs rather than three boxes side by side: each part gets the panel's full
        # width, so the fields stay wide enough to read on a 1280-pixel screen.
        self.tabs = QTabWidget()
        self.tabs.addTab(counts_page, self.tr("&Attendees"))
        self.tabs.addTab(link_page, self.tr("C&onnection"))
        self.tabs.addTab(incident_page, "")
        self._name_incidents_tab()
        save_row = QHBoxLayout()
        save_row.addWidget(self.problem, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(save_row)
        self.show_point(None)

    def show_point(self, point: SessionPoint | None) -> None:
        self.point = point
        self.problem.clear()
        self.setEnabled(point is not None)
        if point is None:
            self.incidents.set_records([])
            self._name_incidents_tab()
            return
        for group, spin in self.counts.items():
            spin.setValue(point.count(group))
        self.quality.setCurrentIndex(
            max(0, self.quality.findData(point.quality.value if point.quality else None))
        )
        self.test_done.setChecked(point.test_done)
        self.chair.setText(point.chair)
        self.technician.setText(point.technician)
        self.phone.setText(point.phone)
        for key, field in self.times.items():
            field.setText(getattr(point, key))
        self.incidents.set_records(list(point.incidents))
        self.incident_table.resizeColumnsToContents()
        self._name_incidents_tab()

    def _name_incidents_tab(self) -> None:
        """The count in the tab's title tells without opening it whether anything went wrong."""
        self.tabs.setTabText(
            2, self.tr("&Incidents ({count})").format(count=self.incidents.rowCount())
        )

    def save(self) -> bool:
        if self.point is None:
            return False
        details: dict[str, object] = {
            "chair": self.chair.text().strip(),
            "technician": self.technician.text().strip(),
            "phone": self.phone.text().strip(),
            "test_done": int(self.test_done.isChecked()),
            "quality": self.quality.currentData(),
        }
        for key, field in self.times.items():
            value, problem = field.time_or_problem()
            if problem:
                self.problem.setText(problem)
                field.setFocus()
                return False
            details[key] = value
        counts = {group: spin.value() for group, spin in self.counts.items()}
        try:
            changes = session_store.set_point(
                self.ctx.store,
                session_uid=self.point.session_uid,
                point_name=self.point.point_name,
                counts=counts,
                details=details,
            )
        except StudyLogError as error:
            self.problem.setText(error.render(self.ctx.lang))
            return False
        self.problem.clear()
        self.ctx.notify(changes)
        return True

    def add_incident(self) -> bool:
        if self.point is None:
            return False
        time, problem = self.incident_time.time_or_problem()
        if problem:
            self.problem.setText(problem)
            self.incident_time.setFocus()
            return False
        incident = Incident(
            time=time,
            kind=self.incident_kind.currentData(),
            minutes_lost=self.incident_minutes.value(),
            handling=self.incident_handling.text().strip(),
        )
        changes = session_store.add_incident(
            self.ctx.store, session_point_uid=self.point.uid, incident=incident
        )
        self.incident_time.clear()
        self.incident_minutes.setValue(0)
        self.incident_handling.clear()
        self.problem.clear()
        self.ctx.notify(changes)
        return True
