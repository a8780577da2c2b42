"""Importing a module's tab module registers its tab: add each new module here."""

from hashinsight_desktop.ui.admin import admin_tab  # noqa: F401
from hashinsight_desktop.ui.analytics import analytics_tab  # noqa: F401
from hashinsight_desktop.ui.calculator import calculator_tab  # noqa: F401
from hashinsight_desktop.ui.catalogue import catalogue_tab  # noqa: F401
from hashinsight_desktop.ui.crm import crm_tab, customer_view  # noqa: F401
from hashinsight_desktop.ui.curtailment import curtailment_tab  # noqa: F401
from hashinsight_desktop.ui.fleet import fleet_tab  # noqa: F401
