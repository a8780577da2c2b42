"""Whether a plan reached its target, measured: the site's power before, the fixed target, the power
after the last batch settled, and the gap — never a figure recomputed from a moving input.

The target is fixed when the execution starts: the site's measured power then, less the plan's shed
target. The plan ends "target reached" only when the site measured after its last batch is at or
below that target plus a stated tolerance; otherwise it is short by the difference, and the miners
that drew more than their level are named.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner
from hashinsight_desktop.services.cgminer.sample import OFFLINE
from hashinsight_desktop.services.curtailment.command_log import ItemState, ItemView
from hashinsight_desktop.services.curtailment.reconcile import Poll
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

SHORT_MINERS_MAX = 200  # listed in the plan's result (each item keeps its own detail)
TOLERANCE_SHARE = 0.01  # of the shed target
TOLERANCE_MIN_KW = 1.0


def target_tolerance_kw(shed_target_kw: float) -> float:
    """How far above its target a site may measure and still count as having reached it."""
    return max(TOLERANCE_MIN_KW, TOLERANCE_SHARE * shed_target_kw)


@dataclass(frozen=True)
class SiteMeasure:
    kw: float  # the sum over the miners that answered with a power figure
    measured: int
    miners: int

    @property
    def unmeasured(self) -> int:
        return self.miners - self.measured


def site_hosts(session: Session, site_id: uuid.UUID) -> list[tuple[str, int]]:
    """Every active miner of the site: what its measured power is summed over."""
    rows = session.execute(
        select(Miner.ip_address, Miner.port).where(Miner.site_id == site_id, Miner.is_active.is_(True))
    )
    return [(host, port) for host, port in rows]


async def measure_site(poll: Poll, hosts: Sequence[tuple[str, int]]) -> SiteMeasure:
    samples = await poll(list(hosts))
    powers = [s.power_w for s in samples if s.status != OFFLINE and s.power_w is not None]
    return SiteMeasure(kw=round(sum(powers) / 1000.0, 3), measured=len(powers), miners=len(hosts))


@dataclass(frozen=True)
class PlanOutcome:
    power_before_kw: float
    site_target_kw: float
    measured: SiteMeasure
    tolerance_kw: float
    short_miners: tuple[ItemView, ...]

    @property
    def gap_kw(self) -> float:
        """Measured minus target: above zero the site draws more than the plan promised."""
        return round(self.measured.kw - self.site_target_kw, 3)

    @property
    def reached(self) -> bool:
        return self.gap_kw <= self.tolerance_kw

    @property
    def short_kw(self) -> float:
        return 0.0 if self.reached else self.gap_kw

    def describe(self) -> Text:
        """What the site measured against the plan's target (English by ``str()``)."""
        measured = Text(
            QT_TRANSLATE_NOOP("RunReport", "site measured {kw:,.1f} kW against a target of {target:,.1f} kW"),
            kw=self.measured.kw,
            target=self.site_target_kw,
        )
        if self.measured.unmeasured:
            measured = Text(
                QT_TRANSLATE_NOOP(
                    "RunReport", "{measured} ({unmeasured:,} of {miners:,} miners gave no power reading)"
                ),
                measured=measured,
                unmeasured=self.measured.unmeasured,
                miners=self.measured.miners,
            )
        if self.reached:
            return Text(QT_TRANSLATE_NOOP("RunReport", "target reached: {measured}"), measured=measured)
        return Text(
            QT_TRANSLATE_NOOP("RunReport", "short by {short:,.1f} kW: {measured}; {count:,} miners above their level"),
            short=self.short_kw,
            measured=measured,
            count=len(self.short_miners),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "power_before_kw": self.power_before_kw,
            "site_target_kw": self.site_target_kw,
            "measured_kw": self.measured.kw,
            "measured_miners": self.measured.measured,
            "site_miners": self.measured.miners,
            "tolerance_kw": self.tolerance_kw,
            "gap_kw": self.gap_kw,
            "reached": self.reached,
            "short_kw": self.short_kw,
            "short_miners_total": len(self.short_miners),
            "short_miners": [
                {
                    "item_id": str(item.id),
                    "miner": item.miner_name,
                    "host": item.address,
                    "level_w": item.level_power_w,
                    "measured_w": item.measured_w,
                    "state": item.state,
                }
                for item in self.short_miners[:SHORT_MINERS_MAX]
            ],
        }


def plan_outcome(
    power_before_kw: float,
    site_target_kw: float,
    measured: SiteMeasure,
    shed_target_kw: float,
    items: Sequence[ItemView],
) -> PlanOutcome:
    short = tuple(item for item in items if item.state != ItemState.CONFIRMED and item.command is not None)
    return PlanOutcome(power_before_kw, site_target_kw, measured, target_tolerance_kw(shed_target_kw), short)
