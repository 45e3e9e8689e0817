"""Tệp → Sao lưu / Khôi phục…: the entry that opens the backup dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.backup.dialog import BackupDialog
from ui.context import AppContext

translate = QCoreApplication.translate


def add_backup_action(
    window: QMainWindow, ctx: AppContext, menu: QMenu, before: QAction
) -> QAction:
    """Put "Backup / Restore…" in `menu`, above `before` (Exit), with a separator."""
    action = QAction(translate("BackupMenu", "&Backup / Restore…"), window)
    action.setObjectName("backupAction")
    action.setStatusTip(
        translate("BackupMenu", "See the backups of this database, make one now, or restore one.")
    )
    action.triggered.connect(lambda: open_backup_dialog(window, ctx))
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    return action


def open_backup_dialog(window: QMainWindow, ctx: AppContext) -> BackupDialog:
    dialog = BackupDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
