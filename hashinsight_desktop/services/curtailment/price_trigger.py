"""Price-triggered curtailment: shed when the power price has stayed at or above a threshold for a
minimum duration, recover when it has stayed below the threshold minus a hysteresis as long.

The hysteresis and the minimum duration keep a price hovering around the threshold from switching
thousands of miners every few minutes. Prices arrive as signals (a grid operator's feed piped into
``curtail price``, or typed in); the decision looks only at the signals of the last window, and a
window not covered by signals decides nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import PowerPrice, Site
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

START, STOP, HOLD = "start", "stop", "hold"


@dataclass(frozen=True)
class PriceTrigger:
    threshold_usd_mwh: float
    hysteresis_usd_mwh: float = 0.0
    min_duration_min: float = 15.0

    def check(self) -> None:
        if self.hysteresis_usd_mwh < 0:
            raise ValidationError("hysteresis", QT_TRANSLATE_NOOP("Errors", "cannot be negative"))
        if not 0 <= self.min_duration_min <= 24 * 60:
            raise ValidationError("min_duration", QT_TRANSLATE_NOOP("Errors", "from 0 to 1,440 minutes"))

    def to_json(self) -> dict[str, float]:
        return {
            "threshold_usd_mwh": self.threshold_usd_mwh,
            "hysteresis_usd_mwh": self.hysteresis_usd_mwh,
            "min_duration_min": self.min_duration_min,
        }

    def to_user_json(self) -> dict[str, float]:
        """As users type and read it: $/kWh (stored per MWh)."""
        return {
            "threshold_usd_per_kwh": self.threshold_usd_mwh / 1000,
            "hysteresis_usd_per_kwh": self.hysteresis_usd_mwh / 1000,
            "min_duration_min": self.min_duration_min,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PriceTrigger:
        return cls(float(data["threshold_usd_mwh"]), float(data["hysteresis_usd_mwh"]), float(data["min_duration_min"]))


@dataclass(frozen=True)
class Decision:
    action: str  # start, stop, hold
    reason: str


def decide(
    prices: Sequence[tuple[datetime, float]], trigger: PriceTrigger, now: datetime, *, curtailed: bool
) -> Decision:
    """``prices`` sorted by time. The price in force over the window is the last signal before it
    plus every signal inside it; all of them must agree for a start (or a stop)."""
    window_start = now - timedelta(minutes=trigger.min_duration_min)
    before = [p for t, p in prices if t <= window_start]
    inside = [p for t, p in prices if window_start < t <= now]
    if not before and not (trigger.min_duration_min == 0 and inside):
        return Decision(HOLD, f"no price signal covers the last {trigger.min_duration_min:g} min")
    in_force = before[-1:] + inside
    now_text = _per_kwh(in_force[-1])
    if not curtailed:
        if all(p >= trigger.threshold_usd_mwh for p in in_force):
            return Decision(
                START,
                f"price ≥ {_per_kwh(trigger.threshold_usd_mwh)} for {trigger.min_duration_min:g} min (now {now_text})",
            )
        return Decision(HOLD, f"price now {now_text}, trigger {_per_kwh(trigger.threshold_usd_mwh)}")
    release = trigger.threshold_usd_mwh - trigger.hysteresis_usd_mwh
    if all(p < release for p in in_force):
        return Decision(STOP, f"price < {_per_kwh(release)} for {trigger.min_duration_min:g} min (now {now_text})")
    return Decision(HOLD, f"price now {now_text}, release below {_per_kwh(release)}")


def _per_kwh(usd_per_mwh: float) -> str:
    """A stored price (per MWh) as users type and read it."""
    return f"${usd_per_mwh / 1000:g}/kWh"


def record_price(
    session: Session,
    principal: Principal,
    site_id: uuid.UUID,
    usd_per_mwh: float,
    *,
    at: datetime | None = None,
    source: str = "manual",
    clock: Clock = system_clock,
) -> None:
    require_site(principal, Permission.FLEET_OPERATE, site_id, "record power prices for this site")
    if session.get(Site, site_id) is None:
        raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "that site no longer exists"))
    if not -10_000 <= usd_per_mwh <= 100_000:  # users type and read $/kWh: said in it
        raise ValidationError(
            "price",
            Text(
                QT_TRANSLATE_NOOP("Errors", "${value:g}/kWh is not a plausible power price (−10 to 100)"),
                value=usd_per_mwh / 1000,
            ),
        )
    when = at or clock()
    session.add(PowerPrice(site_id=site_id, recorded_at=when, usd_per_mwh=usd_per_mwh, source=source[:32]))
    session.flush()
    audit.append(
        session,
        principal,
        "power_price.record",
        "site",
        site_id,
        after={"usd_per_mwh": usd_per_mwh, "at": when.isoformat(), "source": source},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "power price ${price:g}/kWh ({source})"), price=usd_per_mwh / 1000, source=source
        ),
        clock=clock,
    )


def recent_prices(session: Session, site_id: uuid.UUID, since: datetime) -> list[tuple[datetime, float]]:
    """Signals after ``since`` plus the last one before it (the price in force at ``since``)."""
    last_before = session.execute(
        select(PowerPrice.recorded_at, PowerPrice.usd_per_mwh)
        .where(PowerPrice.site_id == site_id, PowerPrice.recorded_at <= since)
        .order_by(PowerPrice.recorded_at.desc())
        .limit(1)
    ).all()
    after = session.execute(
        select(PowerPrice.recorded_at, PowerPrice.usd_per_mwh)
        .where(PowerPrice.site_id == site_id, PowerPrice.recorded_at > since)
        .order_by(PowerPrice.recorded_at)
    ).all()
    return [(t, p) for t, p in [*last_before, *after]]
