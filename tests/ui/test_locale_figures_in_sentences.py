"""The run report and progress lines write their figures the language's way (a German locale shows the separators
really come from locale_format), and English reads exactly as it did when the figures were hand-formatted."""

from __future__ import annotations

from collections import Counter

import pytest

from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.curtailment.execution_panel import describe_result
from hashinsight_desktop.ui.curtailment.items_model import Progress

RESULT = {
    "counts": {"confirmed": 1200, "unconfirmed": 3, "failed": 1},
    "commands": 1234,
    "resends": 12,
    "send_s": 12.34,
    "confirm_s": 1500.0,
}


def speak(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(locale_format, "language", lambda: language)


def test_english_counts_and_figures_as_before(qapp) -> None:  # type: ignore[no-untyped-def]
    assert locale_format.grouped(1234567) == f"{1234567:,}"
    assert locale_format.grouped(1234.5) == "1,234.5"
    assert locale_format.significant(0.012345, 3) == "0.0123"
    assert describe_result(RESULT) == (
        "Execution: 1,200 of 1,204 miners confirmed at their level (3 unconfirmed, 1 failed) · 1,234 commands "
        "(12 re-sent) · sent in 12.3 s, reconciled in 1,500.0 s"
    )
    progress = Progress(1204, Counter({"confirmed": 1200, "unconfirmed": 3, "sending": 1}), 3, 2)
    assert (
        progress.describe()
        == "1,203 of 1,204 sent, 1,200 confirmed (3 unconfirmed, 1 sending) · ramp batch 3 of 3 next"
    )


def test_the_figures_take_the_languages_separators(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    speak(monkeypatch, "de_DE")
    assert locale_format.grouped(1234567) == "1.234.567"
    assert locale_format.significant(0.012345, 3) == "0,0123"
    report = describe_result(RESULT)
    assert "1.200 of 1.204 miners" in report and "1.234 commands" in report
    assert "sent in 12,3 s, reconciled in 1.500,0 s" in report
