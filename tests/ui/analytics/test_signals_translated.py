"""The ensemble's reasons and "why missing" texts come from the services as templates marked under "Signals":
the panel shows them through Qt's translation, so an installed translator's text is what the user reads."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop.services.analytics.signals import MarketSeries
from hashinsight_desktop.services.analytics.signals.ensemble import ensemble
from hashinsight_desktop.ui.analytics.signals_panel import SignalsPanel


class _Marked(QTranslator):
    """A test translation: every Signals text comes back prefixed, so a shown text proves it went through Qt."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "ZH " + source if context in ("Signals", "SignalsPanel") else ""


def test_reasons_and_missing_modules_show_translated(qtbot) -> None:  # type: ignore[no-untyped-def]
    days = tuple(date(2024, 1, 1) + timedelta(days=i) for i in range(70))
    result = ensemble(MarketSeries(days, np.array([100 * 1.01**i for i in range(70)])))
    assert result.contributions and "sentiment" in result.missing
    panel = SignalsPanel()
    qtbot.addWidget(panel)
    translator = _Marked()
    QCoreApplication.installTranslator(translator)
    try:
        panel.show_ensemble(result)
    finally:
        QCoreApplication.removeTranslator(translator)
    reasons = [panel.contributions.item(r, 2).text() for r in range(panel.contributions.rowCount())]
    assert reasons and all(text.startswith("ZH ") for text in reasons), reasons
    english = {str(c.reason) for c in result.contributions}
    assert {text.removeprefix("ZH ") for text in reasons} == english  # the figures filled into the translation
    assert "ZH sentiment: ZH no Fear & Greed reading within 3 days of 2024-03-10" in panel.missing_label.text()
