"""The per-site four-eyes rule for curtailment plans, set in the admin sites editor and audited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, Site
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.admin.sites_customers_page import SitesCustomersPage
from tests.ui.test_admin_sites import add_site, db_site

pytestmark = pytest.mark.gui


def test_the_four_eyes_rule_is_set_in_the_sites_editor_and_audited(
    qtbot, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    add_site(context, owner, "Texas North")
    page = SitesCustomersPage(context, owner)
    qtbot.addWidget(page)
    page.refresh()
    assert page.sites.proxy.index(0, page.sites.proxy.columnCount() - 1).data() == "anyone"
    page.sites.view.selectRow(0)
    dialog = page.edit_site()
    assert dialog is not None and not dialog.four_eyes.isChecked()
    dialog.four_eyes.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = db_site(context, "Texas North")
    assert saved is not None and saved.curtail_four_eyes
    assert page.sites.proxy.index(0, page.sites.proxy.columnCount() - 1).data() == "four-eyes"
    with context.database.session_factory() as session:  # only the rule changed: audited all the same
        updates = session.scalars(select(AuditRecord).where(AuditRecord.action == "site.update")).all()
        site = session.scalars(select(Site).where(Site.name == "Texas North")).one()
    assert len(updates) == 1 and updates[0].before_digest != updates[0].after_digest
    assert sites.site_state(site)["curtail_four_eyes"] is True  # part of what the audit record digests
    again = page.edit_site()
    assert again is not None and again.four_eyes.isChecked()
    again.close()
