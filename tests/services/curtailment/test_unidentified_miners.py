"""A miner identification could not tell (it hung while asked) runs some firmware nobody knows: a plan leaves
it out and says so, instead of giving it the generic commands' percentage level its firmware refuses
("set_power_pct: Invalid command"); the plan still reaches its target through the identified miners."""

from __future__ import annotations

import asyncio
import functools

from hashinsight_desktop.services.cgminer import ControlChannel, poll_many
from hashinsight_desktop.services.curtailment.executor import RunOptions, execute_plan
from hashinsight_desktop.services.curtailment.plans import PlanRequest, approve_plan, preview_plan, save_plan
from hashinsight_desktop.services.curtailment.site_fleet import NOT_IDENTIFIED_YET, LevelOptions
from hashinsight_desktop.services.devices import CredentialStore, Family
from hashinsight_desktop.services.devices.identify import may_identify_later
from hashinsight_desktop.services.fleet.identification import identify_miners
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller
from tests.services.curtailment.test_executor import FAST, add_farm_miners, make_farm
from tests.support.factories import make_people

FAMILIES = {"whatsminer": 40, "luxos": 30, "avalon": 30}  # controlled on the API port: no port 80 needed
MODELS = ["Whatsminer M30S++", "Avalon A1246"]


def test_a_miner_not_identified_is_left_out_of_plans_and_the_rest_reach_the_target(  # type: ignore[no-untyped-def]
    session_factory, secrets: SecretStore
) -> None:
    people = make_people(session_factory)
    store = CredentialStore(secrets)
    store.store(people.site_id, None, factory_defaults=True)  # Whatsminer and LuxOS commands need their login
    options = RunOptions(
        channel=ControlChannel(FAST),
        poll=functools.partial(poll_many, timeouts=FAST),
        reconcile_interval_s=0.2,
        reconcile_deadline_s=5.0,
        batch_interval_s=0.0,
        credentials=store,
        settle_s={},
    )

    async def scenario() -> None:
        async with make_farm(8, mix=MODELS, families=FAMILIES) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            await farm.set_fault(0, "hang")  # while it is identified
            found = await identify_miners(session_factory, people.owner, ids, credentials=store, deadline_s=2.0)
            unknown = [f for f in found if f.identity.family is Family.GENERIC]
            assert [f.host for f in unknown] == [farm.simulated[0].host]
            assert may_identify_later(unknown[0].identity.reason), unknown[0].identity.reason
            assert all(f.identity.family.value == farm.by_host(f.host).family for f in found if f not in unknown)
            await farm.set_fault(0, "none")  # hashing again, its firmware still unknown to the console
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST)
            await poller.cycle()
            poller.roles.release()

            full_kw = sum(m.nominal_w for m in farm.simulated) / 1000
            request = PlanRequest(
                people.site_id, "shed", target_kw=round(full_kw * 0.6, 1), levels=LevelOptions(anti_flap_minutes=0)
            )
            preview = await asyncio.to_thread(preview_plan, session_factory, people.owner, request)
            assert preview.site.excluded == {NOT_IDENTIFIED_YET: 1}  # the preview says "1 miner not identified yet"
            assert preview.feasible, preview.solution.message
            planned = {c.miner_id for c in preview.site.miners}
            assert ids[0] not in planned
            plan_id = await asyncio.to_thread(save_plan, session_factory, people.owner, preview)
            await asyncio.to_thread(approve_plan, session_factory, people.owner, plan_id, None)
            report = await execute_plan(session_factory, people.owner, plan_id, options)
            assert report.outcome is not None and report.outcome.reached, report.describe()
            assert not report.unconfirmed, [(m.host, m.reason) for m in report.unconfirmed]
            assert farm.control_counts()[0] == 0  # never sent a command its firmware might refuse

    asyncio.run(scenario())
