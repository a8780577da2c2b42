"""The user's fleet as one scenario of the ROI heat-map: the miners the principal may see (the fleet service's
``list_miners``: a customer only theirs, a site manager their sites), optionally one site, each with its measured
hashrate and power where telemetry has them and the catalogue's nameplate where not.

Measured = the last 24 whole hours of hourly roll-ups: hashrate and power averaged over the samples that answered
(weighted by them) times the share of its samples that answered, so downtime counts — what the miner actually did;
a miner whose samples all failed is measured at nothing. Nameplate figures assume it runs all day. A miner with
neither telemetry nor a catalogue model is counted and left out. The calculator's inputs take a unit's figures
(at most 100,000 TH/s), so the fleet enters as ``counted`` units of its average miner: the same totals.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner, MinerModel, TelemetryRollup
from hashinsight_desktop.services.fleet.miners import list_miners
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry.rollups import HOUR, floor_time

WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class FleetProfile:
    miners: int  # visible miners (at the site, when one is chosen)
    measured: int  # with telemetry in the window
    silent: int  # of the measured: no sample answered (counted at 0 TH/s, 0 W)
    nameplate: int  # no telemetry: the catalogue model's figures
    without_figures: int  # neither: left out
    hashrate_ths: float  # total of the counted miners, downtime included
    power_w: float
    answered_pct: float  # answered samples / samples of the measured miners (100 when none is measured)
    since: datetime
    until: datetime

    @property
    def counted(self) -> int:
        return self.measured + self.nameplate


@dataclass(frozen=True)
class _Measured:
    hashrate_ths: float
    power_w: float
    samples: int
    answered: int


def fleet_profile(
    session: Session, principal: Principal, now: datetime, site_id: uuid.UUID | None = None
) -> FleetProfile:
    visible = [row.id for row in list_miners(session, principal, site_id)]
    until = floor_time(now, HOUR)
    since = until - WINDOW
    measured = _measured(session, since, until)
    nameplate = {
        miner_id: (float(ths), float(watts))
        for miner_id, ths, watts in session.execute(
            select(Miner.id, MinerModel.hashrate_ths, MinerModel.power_w)
            .join(MinerModel, MinerModel.id == Miner.model_id)
            .where(Miner.removed_at.is_(None))
        )
    }
    hashrate = power = 0.0
    samples = answered = silent = from_nameplate = unknown = measured_count = 0
    for miner_id in visible:
        reading = measured.get(miner_id)
        if reading is not None:
            measured_count += 1
            up = reading.answered / reading.samples if reading.samples else 0.0
            hashrate += reading.hashrate_ths * up
            power += reading.power_w * up
            samples += reading.samples
            answered += reading.answered
            silent += reading.answered == 0
        elif miner_id in nameplate:
            from_nameplate += 1
            ths, watts = nameplate[miner_id]
            hashrate += ths
            power += watts
        else:
            unknown += 1
    answered_pct = 100.0 * answered / samples if samples else 100.0
    return FleetProfile(
        len(visible), measured_count, silent, from_nameplate, unknown, hashrate, power, answered_pct, since, until
    )


def _measured(session: Session, since: datetime, until: datetime) -> dict[uuid.UUID, _Measured]:
    """Per miner with hourly roll-ups in [since, until): averages weighted by answered samples."""
    r = TelemetryRollup
    weight = case((r.hashrate_ths_avg.is_not(None), r.online_samples), else_=0)
    power_weight = case((r.power_w_avg.is_not(None), r.online_samples), else_=0)
    query = (
        select(
            r.miner_id,
            func.sum(func.coalesce(r.hashrate_ths_avg, 0.0) * weight),
            func.sum(weight),
            func.sum(func.coalesce(r.power_w_avg, 0.0) * power_weight),
            func.sum(power_weight),
            func.sum(r.samples),
            func.sum(r.online_samples),
        )
        .where(r.resolution_s == HOUR, r.bucket_start >= since, r.bucket_start < until)
        .group_by(r.miner_id)
    )
    found = {}
    for miner_id, hash_sum, hash_weight, power_sum, power_weight_sum, samples, answered in session.execute(query):
        found[miner_id] = _Measured(
            float(hash_sum) / hash_weight if hash_weight else 0.0,
            float(power_sum) / power_weight_sum if power_weight_sum else 0.0,
            int(samples),
            int(answered),
        )
    return found
