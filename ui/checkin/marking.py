"""Writing marks, and undoing them one step at a time (Ctrl+Z).

Every change goes through storage.attendance (mark / mark_many / unmark). An undo
step remembers each touched member's mark *before* the step; undoing restores it,
or removes the row when there was none. Picking a reason after P belongs to the
step that P began, so a single Ctrl+Z takes back "excused: Ốm" as a whole.
"""

from __future__ import annotations

from collections.abc import Callable

from studylog.domain.enums import AttendanceStatus
from studylog.domain.models import Attendance
from studylog.storage import attendance
from studylog.storage.changes import Changes
from studylog.storage.store import Store
from ui.checkin.model import CheckinModel

Step = list[tuple[str, Attendance | None]]
UNDO_LIMIT = 500


class Marker:
    def __init__(
        self, store: Store, model: CheckinModel, notify: Callable[[Changes], None]
    ) -> None:
        self.store = store
        self.model = model
        self.notify = notify
        self.session_uid: str | None = None
        self._undo: list[Step] = []

    def start(self, store: Store, session_uid: str | None) -> None:
        """A new session (or a reload from outside) starts a fresh undo history."""
        self.store = store
        self.session_uid = session_uid
        self._undo.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def _write(self, uid: str, mark: Attendance | None) -> Changes:
        assert self.session_uid is not None
        if mark is None:
            changes = attendance.unmark(self.store, session_uid=self.session_uid, member_uid=uid)
        else:
            changes = attendance.mark(
                self.store,
                session_uid=self.session_uid,
                member_uid=uid,
                status=mark.status,
                reason=mark.reason,
            )
        self.model.set_mark(uid, mark)
        return changes

    def _push(self, step: Step) -> None:
        self._undo.append(step)
        del self._undo[:-UNDO_LIMIT]

    def mark(self, row: int, status: AttendanceStatus | None, reason: str = "") -> None:
        if self.session_uid is None:
            return
        uid = self.model.member(row).uid
        before = self.model.mark(row)
        new = None if status is None else Attendance(self.session_uid, uid, status, reason)
        if before == new:
            return
        self._push([(uid, before)])
        self.notify(self._write(uid, new))

    def set_reason(self, row: int, reason: str) -> None:
        """The reason of an excused absence just marked; part of the same undo step."""
        current = self.model.mark(row)
        if self.session_uid is None or current is None or current.reason == reason:
            return
        new = Attendance(self.session_uid, current.member_uid, current.status, reason)
        self.notify(self._write(current.member_uid, new))

    def mark_all_present(self) -> int:
        """Everyone not yet marked becomes present; existing marks are kept."""
        if self.session_uid is None:
            return 0
        rows = self.model.unmarked_rows()
        if not rows:
            return 0
        marks = [
            Attendance(self.session_uid, self.model.member(r).uid, AttendanceStatus.CO_MAT)
            for r in rows
        ]
        done = attendance.mark_many(self.store, marks)
        for mark in marks:
            self.model.set_mark(mark.member_uid, mark)
        self._push([(m.member_uid, None) for m in marks])
        self.notify(done.changes)
        return len(marks)

    def undo(self) -> str | None:
        """Take back the last step; returns the uid of a member it touched, to show it."""
        if not self._undo or self.session_uid is None:
            return None
        step = self._undo.pop()
        changes = Changes()
        for uid, before in step:
            changes = changes | self._write(uid, before)
        self.notify(changes)
        return step[0][0]
