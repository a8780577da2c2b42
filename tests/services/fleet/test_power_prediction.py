"""The power-target dialog's prediction per model: measured full levels from fresh polls, the catalogue
otherwise; a published power mode at the target gives its hashrate, else the power^0.85 estimate; firmware
that refuses the target is counted apart."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel
from hashinsight_desktop.services.curtailment.learned_levels import LearnedLevel
from hashinsight_desktop.services.devices import capabilities_for
from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.fleet.power_prediction import MinerBase, load_bases, predict
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)


def _model(session: Session, name: str, ths: float, watts: float, modes: list[dict[str, object]]) -> uuid.UUID:
    model = MinerModel(manufacturer="Test", name=name, lookup_key=name.lower().replace(" ", ""), hashrate_ths=ths,
                       power_w=watts, efficiency_j_per_th=watts / ths, power_modes=modes)  # fmt: skip
    session.add(model)
    session.flush()
    return model.id


def test_prediction_per_model_with_its_sources(session_factory: sessionmaker[Session]) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        published = _model(session, "P1", 100.0, 3000.0, [{"name": "low", "power_w": 2400, "hashrate_ths": 86.0}])
        plain = _model(session, "E1", 200.0, 4000.0, [])
    specs = [
        MinerSpec(3100, 104.0, model_id=published),  # measured
        MinerSpec(3000, 100.0, status="offline", model_id=published),  # catalogue
        MinerSpec(4000, 200.0, model_id=plain),
        MinerSpec(4000, 200.0, model_id=plain),  # its firmware (stock Antminer) refuses a power target
    ]
    ids = add_site_miners(session_factory, people.site_id, specs, NOW - timedelta(minutes=2))
    with unit_of_work(session_factory) as session:
        refuser = session.get(Miner, ids[3])
        assert refuser is not None
        refuser.family, refuser.capabilities = "antminer", capabilities_for("antminer", "Antminer S19 Pro").to_json()
    with session_factory() as session:
        bases = load_bases(session, people.owner, ids, NOW)
        with pytest.raises(PermissionDenied):
            load_bases(session, Principal(uuid.uuid4(), "g", Role.SITE_MANAGER), ids, NOW)

    e1, p1 = sorted(predict(bases, percent=80), key=lambda p: p.model)
    assert (p1.model, p1.miners, p1.refused, p1.now_source, p1.target_source) == (
        "P1",
        2,
        0,
        "measured, catalogue",
        "published",
    )
    assert p1.now_w == pytest.approx(6100) and p1.now_ths == pytest.approx(204)
    # 80 % of each full level (3100 W measured, 3000 W catalogue) is the published "low" mode's share (2400/3000)
    assert p1.target_w == pytest.approx(2480 + 2400) and p1.target_ths == pytest.approx(104 * 0.86 + 86)
    assert (e1.miners, e1.refused, e1.now_source, e1.target_source) == (1, 1, "measured", "estimated")
    assert e1.target_w == pytest.approx(3200) and e1.target_ths == pytest.approx(200 * 0.8**0.85)

    # Never-identified miners take the generic percentage command only: a watts target is refused by all.
    by_watts = {p.model: p for p in predict(bases, watts=2000)}
    assert (by_watts["P1"].miners, by_watts["P1"].refused, by_watts["P1"].target_w) == (0, 2, 0.0)


def test_a_level_learned_from_telemetry_is_the_measured_figure() -> None:
    learned = LearnedLevel(uuid.uuid4(), "80%", 2390.0, 84.5, samples=40, miners=3, last_sample_at=NOW)
    base = MinerBase("Test P1", 3000.0, 100.0, False, capabilities_for("generic"), 3000.0,
                     ({"name": "low", "power_w": 2400, "hashrate_ths": 86.0},), {"80%": learned})  # fmt: skip
    (at_80,) = predict([base], percent=80)
    assert (at_80.target_w, at_80.target_ths, at_80.target_source) == (2390.0, 84.5, "measured")
    (at_75,) = predict([base], percent=75)  # nothing learned or published at 75 %
    assert at_75.target_source == "estimated" and at_75.target_w == pytest.approx(2250)


def _whatsminer_fleet(session_factory: sessionmaker[Session]) -> tuple[Principal, list[uuid.UUID]]:
    """The reviewer's farm: Whatsminers measured well below the catalogue's nominal 3,472 W / 112 TH/s."""
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        m30 = _model(session, "Whatsminer M30S++", 112.0, 3472.0, [])
    specs = [MinerSpec(2717.0, 89.65, model_id=m30, dialect="whatsminer") for _ in range(6)]
    ids = add_site_miners(session_factory, people.site_id, specs, NOW - timedelta(minutes=2))
    with unit_of_work(session_factory) as session:
        for miner_id in ids:
            miner = session.get(Miner, miner_id)
            assert miner is not None
            miner.family = "whatsminer"
            miner.capabilities = capabilities_for("whatsminer", "Whatsminer M30S++").to_json()
    return people.owner, ids


def test_a_full_target_predicts_the_measured_full_level(session_factory: sessionmaker[Session]) -> None:
    owner, ids = _whatsminer_fleet(session_factory)
    with session_factory() as session:
        bases = load_bases(session, owner, ids, NOW)
    (at_100,) = predict(bases, percent=100)  # it was 16.3 kW → 20.8 kW with TH/s unchanged (catalogue 3,472 W)
    assert (at_100.now_w, at_100.now_ths) == (pytest.approx(6 * 2717), pytest.approx(6 * 89.65))
    assert (at_100.target_w, at_100.target_ths, at_100.target_source) == (
        pytest.approx(6 * 2717), pytest.approx(6 * 89.65), "measured"
    )  # fmt: skip
    (at_50,) = predict(bases, percent=50)  # a share of the measured full level, not of the catalogue's nominal
    assert at_50.target_w == pytest.approx(3 * 2717) and at_50.target_ths < at_50.now_ths
    (ceiling,) = predict(bases, watts=3400)  # a limit above what it draws at full is never reached
    assert (ceiling.target_w, ceiling.target_ths) == (pytest.approx(6 * 2717), pytest.approx(6 * 89.65))


def test_no_target_predicts_more_than_the_full_level_but_an_overclock() -> None:
    caps = capabilities_for("generic")  # takes 10–120 %
    held = MinerBase("Test P1", 3000.0, 100.0, False, caps, 3000.0, (), now_w=2100.0, now_ths=75.0)
    (at_100,) = predict([held], percent=100)  # curtailed now: its full level is the catalogue's, said so
    assert (at_100.now_w, at_100.now_source) == (2100.0, "measured")
    assert (at_100.target_w, at_100.target_ths, at_100.target_source) == (3000.0, 100.0, "catalogue")
    (over,) = predict([held], percent=110)
    assert over.target_source == "estimated overclock" and over.target_w == pytest.approx(3300)


def test_one_row_per_catalogue_model(session_factory: sessionmaker[Session]) -> None:
    """A miner known only by its reported name ("Antminer S19 Pro") counts under the catalogue's model."""
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        s19 = MinerModel(manufacturer="Bitmain", name="Antminer S19 Pro", lookup_key="s19pro", hashrate_ths=110.0,
                         power_w=3250.0, efficiency_j_per_th=29.5, power_modes=[])  # fmt: skip
        session.add(s19)
        session.flush()
        s19_id = s19.id
    ids = add_site_miners(
        session_factory, people.site_id, [MinerSpec(3200, 108.0), MinerSpec(3250, 110.0, model_id=s19_id)], NOW
    )
    with unit_of_work(session_factory) as session:
        reported = session.get(Miner, ids[0])
        assert reported is not None
        reported.model_name = "Antminer S19 Pro"
    with session_factory() as session:
        bases = load_bases(session, people.owner, ids, NOW)
    (row,) = predict(bases, percent=100)
    assert (row.model, row.miners, row.now_w) == ("Antminer S19 Pro", 2, pytest.approx(6450))
