"""The signals panel writes the score with the scale's true minus sign ("Score −15", as the title's "−100 sell")."""

from __future__ import annotations

from datetime import date

import pytest

from hashinsight_desktop.services.analytics.signals.ensemble import Ensemble
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.analytics.signals_panel import SignalsPanel

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("score", "written"), [(-15.2, "Score −15:"), (34.6, "Score +35:"), (-0.3, "Score 0:")])
def test_score_is_written_with_the_scales_signs(qtbot, score: float, written: str) -> None:  # type: ignore[no-untyped-def]
    panel = SignalsPanel()
    qtbot.addWidget(panel)
    panel.show_ensemble(Ensemble(score, (), {}, 61_234.4, None, date(2026, 12, 5)))
    assert panel.score_label.text().startswith(written)
    assert panel.levels_label.text() == "Support 61,234 · resistance —"


def test_signed_figure_has_no_minus_zero(qapp) -> None:  # type: ignore[no-untyped-def]
    assert [locale_format.signed_figure(v, 1) for v in (-1234.56, 0.04, -0.04, 7)] == ["−1,234.6", "0.0", "0.0", "+7.0"]
