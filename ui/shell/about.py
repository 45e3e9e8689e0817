"""Trợ giúp › Giới thiệu: what the program is, its version, where its files are."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from studylog import __version__
from studylog.paths import data_dir, log_path
from ui.common.buttons import label_buttons
from ui.context import AppContext

translate = QCoreApplication.translate


def about_text(ctx: AppContext) -> str:
    purpose = translate(
        "About",
        "A record of the study of the Party's resolutions, for Party cells and Party"
        " committees. It works without the Internet.",
    )
    files = [
        translate("About", "Database: {path}").format(path=str(ctx.db_path)),
        translate("About", "Data folder: {path}").format(path=str(data_dir())),
        translate("About", "Error log: {path}").format(path=str(log_path())),
    ]
    licence = translate(
        "About",
        "Free software under the GNU General Public License, version 3 or later."
        " Built with Qt {qt}.",
    ).format(qt=qVersion())
    return (
        f"<h3>StudyLog {escape(__version__)}</h3>"
        f"<p>{escape(purpose)}</p>"
        f"<p>{'<br>'.join(escape(f) for f in files)}</p>"
        f"<p>{escape(licence)}</p>"
    )


def show_about(parent: QWidget, ctx: AppContext) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About StudyLog"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text(ctx))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    label_buttons(box)
    box.exec()
