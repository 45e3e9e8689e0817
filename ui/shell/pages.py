"""The pages of the window, in navigation order; Ctrl+1 … Ctrl+8 follow this order.

The key is the name `studylog gui --page` takes. Pages are imported when first
shown, so a page that is slow to build does not slow the start of the window.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext

_CONTEXT = "Navigation"


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    cls: str
    source_title: str  # English, marked for lupdate; translated when shown

    @property
    def title(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.source_title)

    def create(self, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        page_class = getattr(importlib.import_module(self.module), self.cls)
        page: QWidget = page_class(ctx, parent)
        return page


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "ui.home.page", "HomePage", QT_TRANSLATE_NOOP("Navigation", "Overview")),
    PageSpec(
        "members", "ui.members.page", "MembersPage", QT_TRANSLATE_NOOP("Navigation", "Members")
    ),
    PageSpec(
        "campaigns",
        "ui.campaigns.page",
        "CampaignsPage",
        QT_TRANSLATE_NOOP("Navigation", "Study campaigns"),
    ),
    PageSpec(
        "sessions",
        "ui.sessions.page",
        "SessionsPage",
        QT_TRANSLATE_NOOP("Navigation", "Study sessions"),
    ),
    PageSpec(
        "checkin", "ui.checkin.page", "CheckinPage", QT_TRANSLATE_NOOP("Navigation", "Attendance")
    ),
    PageSpec(
        "exchange",
        "ui.exchange.page",
        "ExchangePage",
        QT_TRANSLATE_NOOP("Navigation", "Send upward / Consolidate"),
    ),
    PageSpec(
        "reports", "ui.reports.page", "ReportsPage", QT_TRANSLATE_NOOP("Navigation", "Reports")
    ),
    PageSpec(
        "settings", "ui.settings.page", "SettingsPage", QT_TRANSLATE_NOOP("Navigation", "Settings")
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(p.key for p in PAGES)


def page_index(key: str) -> int:
    return PAGE_KEYS.index(key)
