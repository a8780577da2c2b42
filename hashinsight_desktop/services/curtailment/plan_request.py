"""A curtailment plan as the user asks for it: the site, the power to shed and how, checked before it is solved."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

STRATEGIES = ("performance", "efficiency", "revenue", "customer")
TRIGGERS = ("manual", "scheduled", "price")


@dataclass(frozen=True)
class PlanRequest:
    site_id: uuid.UUID
    name: str
    target_kw: float
    tolerance_kw: float | None = None
    strategy: str = "performance"
    trigger: str = "manual"
    start_at: datetime | None = None
    recover_after_h: float | None = None
    ramp_kw_per_min: float | None = None
    levels: LevelOptions = field(default_factory=LevelOptions)
    customer_caps_pct: dict[uuid.UUID, float] = field(default_factory=dict)  # at most X % curtailed
    feed_max_shed_kw: dict[str, float] = field(default_factory=dict)  # power feed → at most this many kW shed
    sla_weights: dict[uuid.UUID, float] = field(default_factory=dict)  # customer strategy
    hashprice_usd_per_th_day: float | None = None  # revenue strategy
    power_price_usd_per_kwh: float | None = None  # revenue strategy (default: the site's price)
    price_trigger: PriceTrigger | None = None  # trigger "price"
    prove: bool = False
    time_limit_s: float = 30.0
    switch_cost_ths: float = 0.0  # "fewest miners touched": each miner changed counts as this many TH/s lost

    def check(self) -> None:
        if not self.name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "give the plan a name"))
        if not self.target_kw > 0:
            raise ValidationError("target_kw", QT_TRANSLATE_NOOP("Errors", "the power to shed must be more than 0 kW"))
        if self.tolerance_kw is not None and self.tolerance_kw < 0:
            raise ValidationError("tolerance_kw", QT_TRANSLATE_NOOP("Errors", "cannot be negative"))
        if self.strategy not in STRATEGIES:
            raise ValidationError(
                "strategy", Text(QT_TRANSLATE_NOOP("Errors", "one of {value}"), value=", ".join(STRATEGIES))
            )
        if self.trigger not in TRIGGERS:
            raise ValidationError(
                "trigger", Text(QT_TRANSLATE_NOOP("Errors", "one of {value}"), value=", ".join(TRIGGERS))
            )
        if self.trigger == "scheduled" and self.start_at is None:
            raise ValidationError("start_at", QT_TRANSLATE_NOOP("Errors", "a scheduled plan needs a start time"))
        if self.trigger == "price":
            if self.price_trigger is None:
                raise ValidationError(
                    "price_trigger", QT_TRANSLATE_NOOP("Errors", "a price-triggered plan needs a threshold")
                )
            self.price_trigger.check()
        if self.recover_after_h is not None and not self.recover_after_h > 0:
            raise ValidationError(
                "recover_after_h",
                QT_TRANSLATE_NOOP("Errors", "must be more than 0 hours (leave empty for manual recovery)"),
            )
        if self.ramp_kw_per_min is not None and not self.ramp_kw_per_min > 0:
            raise ValidationError(
                "ramp_kw_per_min",
                QT_TRANSLATE_NOOP("Errors", "must be more than 0 kW per minute (leave empty for no ramp)"),
            )
        for customer, pct in self.customer_caps_pct.items():
            if not 0 <= pct <= 100:
                raise ValidationError(
                    "customer_caps",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "customer {customer}: a cap is a percentage from 0 to 100"),
                        customer=customer,
                    ),
                )
        for feed, kw in self.feed_max_shed_kw.items():
            if not (math.isfinite(kw) and kw >= 0):
                raise ValidationError(
                    "feed_limits",
                    Text(QT_TRANSLATE_NOOP("Errors", "feed {feed}: a limit is a power of 0 kW or more"), feed=feed),
                )
        if self.strategy == "revenue" and not self.hashprice_usd_per_th_day:
            raise ValidationError(
                "hashprice",
                QT_TRANSLATE_NOOP(
                    "Errors", ("the revenue strategy needs the current hashprice (USD per TH/s per day)")
                ),
            )
        if not 1 <= self.time_limit_s <= 3600:
            raise ValidationError("time_limit_s", QT_TRANSLATE_NOOP("Errors", "between 1 s and 1 hour"))
        if not (math.isfinite(self.switch_cost_ths) and self.switch_cost_ths >= 0):
            raise ValidationError(
                "switch_cost_ths", QT_TRANSLATE_NOOP("Errors", "a number of TH/s ≥ 0 per miner touched")
            )
        if self.levels.sleep_w == 0 and not self.levels.allow_power_off:
            raise ValidationError(
                "sleep_w",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    ("0 W asleep is a miner switched off: give what a sleeping miner draws, or allow power-off"),
                ),
            )

    def options(self) -> dict[str, Any]:
        """What the plan was solved with, as stored with it (JSON)."""
        return {
            "presets_pct": list(self.levels.presets_pct),
            "sleep_w": self.levels.sleep_w,
            "protected": sorted(str(m) for m in self.levels.protected),
            "anti_flap_minutes": self.levels.anti_flap_minutes,
            "customer_caps_pct": {str(k): v for k, v in self.customer_caps_pct.items()},
            "feed_max_shed_kw": dict(self.feed_max_shed_kw),
            "sla_weights": {str(k): v for k, v in self.sla_weights.items()},
            "hashprice_usd_per_th_day": self.hashprice_usd_per_th_day,
            "power_price_usd_per_kwh": self.power_price_usd_per_kwh,
            "price_trigger": self.price_trigger.to_json() if self.price_trigger else None,
            "prove": self.prove,
            "time_limit_s": self.time_limit_s,
            "allow_power_off": self.levels.allow_power_off,
            "switch_cost_ths": self.switch_cost_ths,
        }
