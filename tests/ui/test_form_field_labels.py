"""A form's bad input is named by the label the form shows, in the user's language, never by the service's field
name (hashrate_ths, password); the heat-map's current point is written in the language's number format."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.analytics.heatmap_panel import HeatmapPanel
from hashinsight_desktop.ui.first_run.owner_site_pages import OwnerPage

pytestmark = pytest.mark.gui

SCENARIO = {  # a model that mines at a profit at 0.05 $/kWh
    "hashrate_ths": "200",
    "power_w": "3500",
    "btc_price_usd": "95000",
    "difficulty": "110T",
    "fees_per_block_btc": "0.08",
    "block_height": "900000",
}


class _Marked(QTranslator):
    """A test translation: the form's labels and the error templates come back prefixed."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "ZH " + source if context in ("ScenarioForm", "Errors") and "{" not in source else ""


@pytest.fixture
def panel(qtbot) -> HeatmapPanel:  # type: ignore[no-untyped-def]
    widget = HeatmapPanel()
    qtbot.addWidget(widget)
    return widget


def test_an_empty_form_names_the_label_shown(panel: HeatmapPanel) -> None:
    panel.draw()
    assert panel.status.text() == "Hashrate (TH/s): a number is required"


def test_the_label_is_said_in_the_users_language(panel: HeatmapPanel) -> None:
    translator = _Marked()
    QCoreApplication.installTranslator(translator)
    try:
        panel.draw()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert panel.status.text() == "ZH Hashrate (TH/s): ZH a number is required"


def test_the_current_point_uses_the_languages_number_format(
    panel: HeatmapPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    for field, text in SCENARIO.items():
        panel.form.edits[field].setText(text)
    monkeypatch.setattr(locale_format, "_separators", lambda language: ("\u202f", ","))  # a space-and-comma locale
    panel.draw()
    assert panel.result is not None
    profit = locale_format.number(panel.result.current_profit_usd_per_day, 2)
    assert "," in profit and panel.status.text() == f"Now: {profit} USD/day at 95\u202f000 USD and 0,050 $/kWh"


def test_the_first_runs_short_password_is_named_by_its_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = OwnerPage()
    qtbot.addWidget(page)
    page.username.setText("owner")
    page.password.setText("short")
    page.repeat.setText("short")
    assert not page.validatePage()
    assert page.error.text().startswith("Password: must be at least")  # the row's label, not "password"
