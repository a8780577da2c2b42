"""One price from many sources: the median of those within median ± k·MAD (scaled to a standard deviation,
with a floor of 0.5 % of the median so four venues a few dollars apart do not make a fifth one ten dollars
away an "outlier"). Completeness is answered / asked; the volume is the sum of the exchange venues kept
(CoinGecko's own figure already covers every market, so adding it would count trades twice)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from hashinsight_desktop.services.analytics.collectors.exchanges import VENUES, Quote
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

DEFAULT_K = Decimal(3)
MAD_TO_SIGMA = Decimal("1.4826")  # MAD of a normal sample times this estimates its standard deviation
FLOOR_FRACTION = Decimal("0.005")


@dataclass(frozen=True)
class Aggregate:
    price_usd: Decimal | None  # None: no source answered
    volume_24h_usd: Decimal | None  # None: no kept venue reported a volume
    asked: int
    answered: int
    kept: int
    quotes: tuple[Quote, ...]  # every source, an outlier's status set to "outlier"
    funding_8h_pct: Decimal | None = None
    basis_pct: Decimal | None = None

    @property
    def completeness(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def band(prices: Sequence[Decimal], k: Decimal = DEFAULT_K) -> tuple[Decimal, Decimal]:
    """The half-width allowed around the median: k·1.4826·MAD, at least 0.5 % of the median."""
    centre = median(prices)
    mad = median([abs(p - centre) for p in prices])
    return centre, max(k * MAD_TO_SIGMA * mad, centre * FLOOR_FRACTION)


def aggregate(quotes: Sequence[Quote], *, k: Decimal = DEFAULT_K, venues: Collection[str] = VENUES) -> Aggregate:
    answered = [q for q in quotes if q.answered]
    if not answered:
        return Aggregate(None, None, len(quotes), 0, 0, tuple(quotes))
    centre, width = band([q.price_usd for q in answered if q.price_usd is not None], k)
    marked: list[Quote] = []
    for quote in quotes:
        if quote.answered and quote.price_usd is not None and abs(quote.price_usd - centre) > width:
            detail = Text(
                QT_TRANSLATE_NOOP("SourceQuotes", "{price} is more than {width:.2f} from the median {centre}"),
                price=quote.price_usd,
                width=width,
                centre=centre,
            )
            marked.append(dataclasses.replace(quote, status="outlier", detail=detail))
        else:
            marked.append(quote)
    kept = [q for q in marked if q.status == "ok"]
    price = median([q.price_usd for q in kept if q.price_usd is not None])
    volumes = [q.volume_24h_usd for q in kept if q.source in venues and q.volume_24h_usd is not None]
    derivatives = next((q for q in marked if q.source == "deribit" and q.answered), None)
    return Aggregate(
        price,
        sum(volumes, Decimal(0)) if volumes else None,
        len(quotes),
        len(answered),
        len(kept),
        tuple(marked),
        derivatives.funding_8h_pct if derivatives else None,
        derivatives.basis_pct if derivatives else None,
    )
