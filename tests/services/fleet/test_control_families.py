"""Bulk actions on a mixed-family site: identified at discovery, each told in its firmware's own way,
what a firmware lacks refused for that miner with the reason and nothing sent, a wrong password failed
with a clear message — every command in the operation log and the audit log."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, Miner, OperationLogEntry
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.fleet.control import Action, DeviceAction, control_targets, run_action
from hashinsight_desktop.services.fleet.identification import identify_miners
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners, list_miners
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.families import needs_port_80, read
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

pytestmark = needs_port_80
MIX = ["Antminer S19 Pro", "Whatsminer M30S++", "Avalon A1246"]


def test_mixed_family_site(session_factory, secrets: SecretStore) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    store = CredentialStore(secrets)
    store.store(people.site_id, None, factory_defaults=True)  # chosen explicitly for this site

    async def scenario() -> None:
        families = {"antminer": 34, "whatsminer": 33, "avalon": 33}
        async with SimulatedFarm(
            3, bind=loopback_network(), mix=MIX, families=families, seed=4, warmup_s=0, join_refusal_pct=0
        ) as farm:
            with unit_of_work(session_factory) as session:
                added = add_miners(session, people.owner, people.site_id, [NewMiner(h, p) for h, p in farm.targets])
            ids = [m.id for m in added]
            found = await identify_miners(session_factory, people.owner, ids, credentials=store, deadline_s=10)
            assert sorted(f.identity.family.value for f in found) == ["antminer", "avalon", "whatsminer"]
            with session_factory() as session:
                rows = {r.ip_address: r for r in list_miners(session, people.owner)}
                assert {r.family for r in rows.values()} == {"antminer", "avalon", "whatsminer"}
                assert all(r.capabilities for r in rows.values())
                targets = control_targets(session, people.owner, ids, store)
            by_family = {t.family: farm.by_host(t.host) for t in targets}

            # Power in watts: the Whatsminer takes it; the stock Antminer and the Avalon refuse, nothing sent.
            results = await run_action(
                session_factory, people.site_manager, targets, DeviceAction.POWER_TARGET, watts=2600
            )
            outcome = {farm.by_host(r.host).family: r for r in results}
            assert outcome["whatsminer"].ok and by_family["whatsminer"].power_limit_w == 2600
            assert outcome["antminer"].refused and "no power target in watts" in outcome["antminer"].detail
            assert outcome["avalon"].refused
            assert by_family["antminer"].control_commands == 0 and by_family["avalon"].control_commands == 0

            results = await run_action(session_factory, people.site_manager, targets, Action.SLEEP)
            assert all(r.ok for r in results), results
            for sim in farm.simulated:
                assert (await read(sim)).status == "sleeping"
            await run_action(session_factory, people.owner, targets, Action.WAKE)
            for sim in farm.simulated:
                assert (await read(sim)).status == "hashing"

            # A wrong password: failed with the reason, nothing changed, nothing logged as done.
            farm.set_credentials(farm.simulated.index(by_family["antminer"]), password="changed")
            antminer = [t for t in targets if t.family == "antminer"]
            [failed] = await run_action(session_factory, people.owner, antminer, Action.SLEEP)
            assert not failed.ok and not failed.refused and "wrong password" in failed.detail
            assert not by_family["antminer"].sleeping

    asyncio.run(scenario())
    with session_factory() as session:
        log = session.scalars(select(OperationLogEntry)).all()
        assert {e.outcome for e in log} == {"ok", "refused", "failed"}
        refused = [e for e in log if e.outcome == "refused"]
        assert len(refused) == 2 and all(e.detail.startswith("not sent:") for e in refused)
        [failed] = [e for e in log if e.outcome == "failed"]
        assert failed.command == "antminer.sleep" and "HTTP 401" in failed.detail
        assert all(e.finished_at for e in log)
        actions = [r.action for r in session.scalars(select(AuditRecord))]
        assert actions.count("miner.power_target") == 3 and "miner.identify" in actions
        assert session.scalar(select(Miner.family).where(Miner.family == "avalon")) == "avalon"
