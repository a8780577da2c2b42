"""The Admin tab: one page per admin concern, each shown only to a role that may use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Permission, Principal

PageFactory = Callable[[AppContext, Principal], QWidget]


def visible_pages(principal: Principal) -> list[tuple[str, PageFactory]]:
    """(title, factory) of the pages this principal may use, in display order (titles in English: the tab
    translates them)."""
    # Imported here: the pages pull in the services they use, and the registry import should stay light.
    from hashinsight_desktop.ui.admin.alert_thresholds_page import AlertThresholdsPage
    from hashinsight_desktop.ui.admin.audit_page import AuditPage
    from hashinsight_desktop.ui.admin.control_room_page import ControlRoomPage
    from hashinsight_desktop.ui.admin.dead_letters_page import DeadLettersPage
    from hashinsight_desktop.ui.admin.notifications_page import NotificationsPage
    from hashinsight_desktop.ui.admin.roles_page import RolesPage
    from hashinsight_desktop.ui.admin.settings_page import SettingsPage
    from hashinsight_desktop.ui.admin.sites_customers_page import SitesCustomersPage
    from hashinsight_desktop.ui.admin.users_page import UsersPage

    settings = principal.can(Permission.SETTINGS_MANAGE)
    pages: list[tuple[str, PageFactory, bool]] = [  # titles marked for translation
        (QT_TRANSLATE_NOOP("AdminTab", "Users"), UsersPage, principal.can(Permission.USERS_READ)),
        (QT_TRANSLATE_NOOP("AdminTab", "Roles"), RolesPage, principal.can(Permission.USERS_READ)),
        (
            QT_TRANSLATE_NOOP("AdminTab", "Sites & customers"),
            SitesCustomersPage,
            principal.can(Permission.SITES_MANAGE) or principal.can(Permission.CUSTOMERS_MANAGE),
        ),
        (QT_TRANSLATE_NOOP("AdminTab", "Audit log"), AuditPage, principal.can(Permission.AUDIT_READ)),
        (QT_TRANSLATE_NOOP("AdminTab", "Notifications"), NotificationsPage, settings),
        (QT_TRANSLATE_NOOP("AdminTab", "Alert thresholds"), AlertThresholdsPage, settings),
        (QT_TRANSLATE_NOOP("AdminTab", "Control room"), ControlRoomPage, settings),
        (QT_TRANSLATE_NOOP("AdminTab", "Dead letters"), DeadLettersPage, settings),
        # Every role sees Settings: the page itself limits what a role may change.
        (QT_TRANSLATE_NOOP("AdminTab", "Settings"), SettingsPage, True),
    ]
    return [(title, factory) for title, factory, allowed in pages if allowed]


class AdminTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QTabWidget()
        self.pages.setObjectName("adminPages")
        self.pages.setDocumentMode(True)
        for title, factory in visible_pages(principal):
            # '&' marks a keyboard mnemonic in a tab's text; '&&' shows a literal one.
            shown = QCoreApplication.translate("AdminTab", title)  # marked with QT_TRANSLATE_NOOP in visible_pages
            self.pages.addTab(factory(context, principal), shown.replace("&", "&&"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def page_titles(self) -> list[str]:
        return [self.pages.tabText(index).replace("&&", "&") for index in range(self.pages.count())]
