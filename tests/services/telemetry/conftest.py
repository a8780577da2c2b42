"""A small fleet for the telemetry tests: two sites, a catalogue model, miners built directly."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel, Site
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import Principal, Role

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # on a 5-minute and an hour boundary
NOMINAL_THS = 200.0


@dataclass
class Fleet:
    database: Database
    site_id: uuid.UUID
    other_site_id: uuid.UUID
    model_id: uuid.UUID
    miners: list[uuid.UUID]  # the first three at site_id, the last two at other_site_id

    @property
    def engine(self) -> Engine:
        return self.database.engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self.database.session_factory


@pytest.fixture
def fleet(database: Database) -> Fleet:
    site, other = Site(name="Texas North"), Site(name="Quebec East")
    model = MinerModel(
        manufacturer="Bitmain",
        name="Antminer S21",
        lookup_key="s21",
        hashrate_ths=NOMINAL_THS,
        power_w=3500.0,
        efficiency_j_per_th=17.5,
    )
    with database.session_factory.begin() as session:
        session.add_all([site, other, model])
        session.flush()
        miners = [
            Miner(site_id=site_id, model_id=model.id, name=f"m{i}", ip_address=f"10.0.0.{i}")
            for i, site_id in enumerate([site.id, site.id, site.id, other.id, other.id], start=1)
        ]
        session.add_all(miners)
        session.flush()
        ids = [m.id for m in miners]
    return Fleet(database, site.id, other.id, model.id, ids)


def principal(role: Role, *site_ids: uuid.UUID) -> Principal:
    return Principal(user_id=uuid.uuid4(), username=f"{role.value}-user", role=role, site_ids=frozenset(site_ids))
