"""Derivatives positioning from Deribit's BTC perpetual, when it was reachable: a high positive funding rate
means longs pay to stay long (crowded, a sell lean), a negative one that shorts pay (a buy lean); the basis
(mark over index) says the same from prices."""

from __future__ import annotations

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODULE = "derivatives"
FUNDING_HIGH_PCT = 0.03  # per 8 h: about 33 % a year
FUNDING_LOW_PCT = 0.0
BASIS_PCT = 0.5


def judge(series: MarketSeries) -> ModuleResult:
    funding, basis = series.funding_8h_pct, series.basis_pct
    if funding is None and basis is None:
        why = QT_TRANSLATE_NOOP("Signals", "no Deribit funding or basis (not reachable, or not collected yet)")
        return missing(MODULE, Text(why))
    found: list[Contribution] = []
    if funding is not None:
        if funding > FUNDING_HIGH_PCT:
            points, template = -10.0, QT_TRANSLATE_NOOP("Signals", "funding {funding:+.4f} %/8 h: longs crowded")
        elif funding < FUNDING_LOW_PCT:
            points, template = 10.0, QT_TRANSLATE_NOOP("Signals", "funding {funding:+.4f} %/8 h: shorts pay longs")
        else:
            points, template = 0.0, QT_TRANSLATE_NOOP("Signals", "funding {funding:+.4f} %/8 h: normal")
        found.append(Contribution(MODULE, "funding", points, Text(template, funding=funding)))
    if basis is not None:
        if basis > BASIS_PCT:
            points, template = -5.0, QT_TRANSLATE_NOOP("Signals", "perpetual {basis:+.2f} % over the index: froth")
        elif basis < -BASIS_PCT:
            points, template = 5.0, QT_TRANSLATE_NOOP("Signals", "perpetual {basis:+.2f} % under the index: fear")
        else:
            points, template = 0.0, QT_TRANSLATE_NOOP("Signals", "perpetual {basis:+.2f} % from the index: flat")
        found.append(Contribution(MODULE, "basis", points, Text(template, basis=basis)))
    return ModuleResult(MODULE, tuple(found))
