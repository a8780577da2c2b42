"""The console's modules, one tab each: add each new module here. Only its name, place and who sees it are
declared; its code is imported when its tab is first built (ui/tab_registry.py)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hashinsight_desktop.services.permissions import Permission, Role
from hashinsight_desktop.ui.tab_registry import TabSpec, register_tab

# Titles in English, translated where the tab is added (context "MainWindow").
CALCULATOR_TAB = register_tab(
    TabSpec(
        key="calculator",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "Calculator")),
        order=100,
        is_visible=lambda p: p.can(Permission.CALCULATOR_USE),
        widget="hashinsight_desktop.ui.calculator.calculator_tab:CalculatorTab",
    )
)
CUSTOMER_VIEW_TAB = register_tab(
    TabSpec(
        key="my_account",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "My account")),
        order=150,
        is_visible=lambda p: p.role is Role.CUSTOMER,
        widget="hashinsight_desktop.ui.crm.customer_view:CustomerView",
    )
)
FLEET_TAB = register_tab(
    TabSpec(
        key="fleet",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "Fleet")),
        order=200,
        is_visible=lambda p: p.can(Permission.SITES_READ) or p.can(Permission.CUSTOMER_PORTAL),
        widget="hashinsight_desktop.ui.fleet.fleet_tab:FleetTab",
    )
)
CURTAILMENT_TAB = register_tab(
    TabSpec(
        key="curtailment",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "Curtailment")),
        order=300,
        is_visible=lambda p: p.can(Permission.FLEET_OPERATE),
        widget="hashinsight_desktop.ui.curtailment.curtailment_tab:CurtailmentTab",
    )
)
CRM_TAB = register_tab(
    TabSpec(
        key="crm",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "CRM")),
        order=400,
        is_visible=lambda p: p.can(Permission.CUSTOMERS_MANAGE) and p.role is not Role.CUSTOMER,
        widget="hashinsight_desktop.ui.crm.crm_tab:CrmTab",
    )
)
ANALYTICS_TAB = register_tab(
    TabSpec(
        key="analytics",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "Analytics")),
        order=500,
        is_visible=lambda p: p.can(Permission.SITES_READ),  # staff: guests and customers see the calculator only
        widget="hashinsight_desktop.ui.analytics.analytics_tab:AnalyticsTab",
    )
)
CATALOGUE_TAB = register_tab(
    TabSpec(
        key="catalogue",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "Miner catalogue")),
        order=800,
        is_visible=lambda p: p.can(Permission.CATALOGUE_READ),
        widget="hashinsight_desktop.ui.catalogue.catalogue_tab:CatalogueTab",
    )
)
ADMIN_TAB = register_tab(
    TabSpec(
        key="admin",
        title=str(QT_TRANSLATE_NOOP("MainWindow", "Admin")),
        order=900,
        is_visible=lambda p: (
            p.can(Permission.USERS_READ) or p.can(Permission.AUDIT_READ) or p.can(Permission.SETTINGS_MANAGE)
        ),
        widget="hashinsight_desktop.ui.admin.admin_tab:AdminTab",
    )
)
