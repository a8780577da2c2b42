"""Miners of a site with a fresh polled state, written straight to the tables (no poller needed)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerState
from hashinsight_desktop.services.transaction import unit_of_work


@dataclass(frozen=True)
class MinerSpec:
    power_w: float
    hashrate_ths: float
    status: str = "hashing"
    host: str | None = None
    port: int = 4028
    customer_id: uuid.UUID | None = None
    model_id: uuid.UUID | None = None
    dialect: str = "antminer"
    power_feed: str | None = None


def add_site_miners(
    session_factory: sessionmaker[Session],
    site_id: object,
    specs: Sequence[MinerSpec],
    polled_at: datetime,
    *,
    name_prefix: str = "m",
    network: str = "10.9",
) -> list[uuid.UUID]:
    """One miner per spec, named ``m0001``…, with a MinerState polled at ``polled_at``."""
    ids: list[uuid.UUID] = []
    with unit_of_work(session_factory) as session:
        for n, spec in enumerate(specs, start=1):
            miner = Miner(
                site_id=site_id,
                name=f"{name_prefix}{n:04d}",
                ip_address=spec.host or f"{network}.{n // 250}.{n % 250 + 1}",
                port=spec.port,
                customer_id=spec.customer_id,
                model_id=spec.model_id,
                power_feed=spec.power_feed,
            )
            session.add(miner)
            session.flush()
            session.add(
                MinerState(
                    miner_id=miner.id,
                    polled_at=polled_at,
                    status=spec.status,
                    hashrate_ths=spec.hashrate_ths if spec.status == "hashing" else 0.0,
                    power_w=spec.power_w if spec.status == "hashing" else 25.0,
                    dialect=spec.dialect,
                    last_seen_at=polled_at,
                )
            )
            ids.append(miner.id)
    return ids
