"""Curtailment of a site whose miners run different firmware: identified at discovery, planned only at
levels each miner's firmware takes, executed through each family's own protocol (pyasic's clients against
the simulator), confirmed by measurement, recovered; and a family with no login stored is never sent."""

from __future__ import annotations

import asyncio
import functools
import os
from collections import Counter

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import CurtailmentItem, Miner
from hashinsight_desktop.services.cgminer import ControlChannel, poll_many
from hashinsight_desktop.services.curtailment.executor import RunOptions, execute_plan, recover_plan
from hashinsight_desktop.services.curtailment.plans import PlanRequest, approve_plan, preview_plan, save_plan
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.fleet.identification import identify_miners
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller
from tests.services.curtailment.test_executor import FAST, add_farm_miners, make_farm
from tests.support.factories import make_people

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0, reason="stock Antminer and VNish control is on port 80 of each miner's address: needs root"
)

FAMILIES = {"antminer": 25, "whatsminer": 15, "braiins": 15, "luxos": 15, "avalon": 15, "vnish": 15}
MODELS = ["Antminer S19j Pro", "Whatsminer M30S++", "Avalon A1246"]


def run_options(credentials: CredentialStore | None) -> RunOptions:
    return RunOptions(
        channel=ControlChannel(FAST),
        poll=functools.partial(poll_many, timeouts=FAST),
        reconcile_interval_s=0.2,
        reconcile_deadline_s=5.0,
        batch_interval_s=0.0,
        credentials=credentials,
        settle_s={},  # the simulator changes level at once
    )


def test_a_mixed_family_site_is_curtailed_at_levels_each_miner_takes(session_factory, secrets: SecretStore) -> None:
    people = make_people(session_factory)
    store = CredentialStore(secrets)
    store.store(people.site_id, None, factory_defaults=True)

    async def scenario() -> None:
        async with make_farm(20, mix=MODELS, families=FAMILIES) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            found = await identify_miners(session_factory, people.owner, ids, credentials=store, deadline_s=10)
            by_host = {m.host: m for m in farm.simulated}
            assert {f.identity.family.value for f in found} == set(FAMILIES)
            assert all(f.identity.family.value == by_host[f.host].family for f in found)
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST)
            await poller.cycle()
            poller.roles.release()

            full_kw = sum(m.nominal_w for m in farm.simulated) / 1000
            request = PlanRequest(
                people.site_id,
                "mixed shed",
                target_kw=round(full_kw * 0.3, 1),
                levels=LevelOptions(anti_flap_minutes=0),
            )
            preview = await asyncio.to_thread(preview_plan, session_factory, people.owner, request)
            assert preview.feasible, preview.solution.message
            plan_id = await asyncio.to_thread(save_plan, session_factory, people.owner, preview)
            await asyncio.to_thread(approve_plan, session_factory, people.owner, plan_id, None)
            with session_factory() as session:
                items = session.scalars(select(CurtailmentItem).where(CurtailmentItem.plan_id == plan_id)).all()
                family_of = {miner_id: family for miner_id, family in session.execute(select(Miner.id, Miner.family))}
            levels = Counter((family_of[i.miner_id], i.level.split(":")[0]) for i in items)
            # Only what each firmware takes: no generic preset anywhere, no watts on a stock Antminer.
            assert not any(kind == "preset" for _, kind in levels)
            assert ("antminer", "watts") not in levels and ("antminer", "percent") not in levels
            assert ("whatsminer", "watts") not in levels and ("braiins", "percent") not in levels

            report = await execute_plan(session_factory, people.owner, plan_id, run_options(store))
            assert report.outcome is not None
            unconfirmed = [(by_host[m.host.rsplit(":", 1)[0]].family, m.reason) for m in report.unconfirmed]
            assert report.counts.get("confirmed", 0) == len(items), unconfirmed
            assert report.outcome.reached, report.describe()
            changed = [m for m in farm.simulated if m.sleeping or m.power_pct < 100 or m.mode != "normal"]
            assert len(changed) == len(items)

            back = await recover_plan(session_factory, people.owner, plan_id, run_options(store))
            unconfirmed = [(by_host[m.host.rsplit(":", 1)[0]].family, m.reason) for m in back.unconfirmed]
            assert back.state == "completed" and back.counts == {"confirmed": len(items)}, unconfirmed
            assert not any(m.sleeping for m in farm.simulated)

    asyncio.run(scenario())
