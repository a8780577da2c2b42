"""The explain page writes a loss with the same minus sign in its summary as in its sentences (−, not -)."""

from __future__ import annotations

import pytest

from hashinsight_desktop.ui.analytics.explain_panel import ExplainPanel

pytestmark = pytest.mark.gui


def test_summary_and_sentences_share_the_minus_sign(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ExplainPanel()
    qtbot.addWidget(panel)
    figures = {"btc_price": "60000", "difficulty": "9.2e13", "block_height": "861000", "fees_per_block": "0.08"}
    figures |= {
        "hashrate_ths": "200",
        "uptime_pct": "100",
        "power_w": "3500",
        "electricity": "0.05",
        "pool_fee_pct": "2",
    }
    for key, text in figures.items():
        panel.before[key].setText(text)
        panel.after[key].setText(text)
    panel.after["btc_price"].setText("40000")  # the profit falls, and below zero: every figure of the summary signed
    panel.after["electricity"].setText("0.12")
    panel.run()
    result = panel.result
    assert result is not None and result.change < 0 and result.profit_after < 0
    summary, sentences = panel.summary.text(), panel.sentences.text()
    assert "-" not in summary and "-" not in sentences
    assert f"→ −{abs(result.profit_after):,.2f} USD/day: change −{abs(result.change):,.2f} USD/day" in summary
    assert "BTC price fell 33 %: −$" in sentences
