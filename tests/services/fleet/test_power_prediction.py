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
    assert (p1.model, p1.miners, p1.refused, p1.full_source, p1.target_source) == (
        "Test P1",
        2,
        0,
        "measured, catalogue",
        "published",
    )
    assert p1.full_w == pytest.approx(6100) and p1.full_ths == pytest.approx(204)
    assert p1.target_w == pytest.approx(2 * 2400) and p1.target_ths == pytest.approx(2 * 86)  # 80 % of 3000 W
    assert (e1.miners, e1.refused, e1.full_source, e1.target_source) == (1, 1, "measured", "estimated")
    assert e1.target_w == pytest.approx(3200) and e1.target_ths == pytest.approx(200 * 0.8**0.85)

    # Never-identified miners take the generic percentage command only: a watts target is refused by all.
    by_watts = {p.model: p for p in predict(bases, watts=2000)}
    assert (by_watts["Test P1"].miners, by_watts["Test P1"].refused, by_watts["Test P1"].target_w) == (0, 2, 0.0)


def test_a_level_learned_from_telemetry_is_the_measured_figure() -> None:
    learned = LearnedLevel(uuid.uuid4(), "80%", 2390.0, 84.5, samples=40, miners=3, last_sample_at=NOW)
    base = MinerBase("Test P1", 3000.0, 100.0, False, capabilities_for("generic"), 3000.0,
                     ({"name": "low", "power_w": 2400, "hashrate_ths": 86.0},), {"80%": learned})  # fmt: skip
    (at_80,) = predict([base], percent=80)
    assert (at_80.target_w, at_80.target_ths, at_80.target_source) == (2390.0, 84.5, "measured")
    (at_75,) = predict([base], percent=75)  # nothing learned or published at 75 %
    assert at_75.target_source == "estimated" and at_75.target_w == pytest.approx(2250)
