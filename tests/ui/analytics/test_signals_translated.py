"""The ensemble's reasons and "why missing" texts come from the services as templates marked under "Signals":
the panel shows them through Qt's translation, so an installed translator's text is what the user reads."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop import cli
from hashinsight_desktop.commands import language
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


def test_the_command_line_renders_reasons_in_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`analytics signals` says each reason through the command line's translator (commands.language)."""
    prices = tmp_path / "prices.csv"
    days = [date(2024, 1, 1) + timedelta(days=i) for i in range(70)]
    prices.write_text("date,close\n" + "".join(f"{d},{100 * 1.01**i:.2f}\n" for i, d in enumerate(days)))
    marked = _Marked()
    monkeypatch.setattr(language, "install", lambda _: setattr(language, "_translator", marked))
    try:
        assert cli.main(["analytics", "signals", "--prices-csv", str(prices), "--json"]) == 0
    finally:
        language._translator = None
    document = json.loads(capsys.readouterr().out)
    assert document["contributions"] and all(c["reason"].startswith("ZH ") for c in document["contributions"])
    assert document["missing"]["sentiment"].startswith("ZH no Fear & Greed reading")
