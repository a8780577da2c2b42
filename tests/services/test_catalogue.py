"""The shipped catalogue: real models, loaded once, resolved the way people type names, editable."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work


def test_shipped_file_is_consistent() -> None:
    models = catalogue.shipped_catalogue()
    assert len(models) >= 42
    makers = {m["manufacturer"] for m in models}
    assert {"Bitmain", "MicroBT", "Canaan"} <= makers
    for model in models:
        assert model["power_w"] / model["hashrate_ths"] == pytest.approx(model["efficiency_j_per_th"], rel=0.02)
    keys = [catalogue.lookup_key(m["name"]) for m in models]
    assert len(keys) == len(set(keys))
    # A published power mode is shipped only with the document its figures come from.
    modes = [(m["name"], mode) for m in models for mode in m["power_modes"]]
    assert ("Antminer S15", {"name": "energy-saving", "hashrate_ths": 17.0, "power_w": 850}) in [
        (name, {k: mode[k] for k in ("name", "hashrate_ths", "power_w")}) for name, mode in modes
    ]
    assert all(mode.get("source") and mode["power_w"] > 0 and mode["hashrate_ths"] > 0 for _, mode in modes)


def test_loaded_once_and_resolved_like_people_type(session_factory) -> None:
    with unit_of_work(session_factory) as session:
        added = catalogue.load_shipped_catalogue(session, SYSTEM)
    with unit_of_work(session_factory) as session:
        assert catalogue.load_shipped_catalogue(session, SYSTEM) == 0
        assert len(catalogue.list_models(session, SYSTEM)) == added >= 42
        names = {
            catalogue.resolve(session, SYSTEM, typed).name
            for typed in ("Antminer S19 Pro", "s19 pro", "S19Pro", "bitmain antminer s19 PRO")
        }
        assert names == {"Antminer S19 Pro"}
        assert catalogue.resolve(session, SYSTEM, "whatsminer m30s++").manufacturer == "MicroBT"
        with pytest.raises(ValidationError, match=r"unknown model 'S19 Prro'; closest: .*S19 Pro"):
            catalogue.resolve(session, SYSTEM, "S19 Prro")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hashrate_ths", "-5", "hashrate_ths"),
        ("hashrate_ths", "nan", "hashrate_ths"),
        ("power_w", "lots", "power_w: 'lots' is not a number"),
        ("name", "  ", "name: is required"),
        ("cooling", "liquid nitrogen", "cooling"),
    ],
)
def test_bad_model_input_names_the_field(session_factory, field: str, value: str, message: str) -> None:
    data = {"manufacturer": "Test", "name": "Z1", "hashrate_ths": 100, "power_w": 3000, field: value}
    with pytest.raises(ValidationError, match=message), unit_of_work(session_factory) as session:
        catalogue.create_model(session, SYSTEM, data)


def test_edit_recomputes_efficiency(session_factory) -> None:
    with unit_of_work(session_factory) as session:
        model = catalogue.create_model(
            session,
            SYSTEM,
            {
                "manufacturer": "Test",
                "name": "Z1",
                "hashrate_ths": 100,
                "power_w": 3000,
                "power_modes": [{"name": "eco", "hashrate_ths": 80, "power_w": 2100}],
            },
        )
    assert model.efficiency_j_per_th == 30.0
    with unit_of_work(session_factory) as session:
        edited = catalogue.update_model(
            session,
            SYSTEM,
            model.id,
            {"manufacturer": "Test", "name": "Z1", "hashrate_ths": 120, "power_w": 3000},
            expected_version=model.version,
        )
    assert edited.efficiency_j_per_th == 25.0 and edited.version == model.version + 1


def test_a_price_per_model_with_its_date_is_stored_and_audited(session_factory) -> None:
    base = {"manufacturer": "Test", "name": "Z1", "hashrate_ths": 100, "power_w": 3000}
    with unit_of_work(session_factory) as session:
        model = catalogue.create_model(session, SYSTEM, base)
    assert model.reference_price_usd is None and model.reference_price_date is None
    with unit_of_work(session_factory) as session:
        catalogue.update_model(
            session,
            SYSTEM,
            model.id,
            base | {"reference_price_usd": "5,850", "reference_price_date": "2026-11-30"},
            expected_version=model.version,
        )
    with session_factory() as session:
        stored = catalogue.get_model(session, SYSTEM, model.id)
        assert (stored.reference_price_usd, stored.reference_price_date) == (Decimal("5850"), date(2026, 11, 30))
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).one()
        assert (last.action, last.entity_id) == ("miner_model.update", str(model.id))
        assert last.summary == "edited Test Z1; price $5,850 as of 2026-11-30"
        assert last.before_digest != last.after_digest


@pytest.mark.parametrize(
    ("price", "when", "message"),
    [
        ("-3", "", "reference_price_usd: must be between 0.01 and 100000000"),
        ("cheap", "", "reference_price_usd: 'cheap' is not a number"),
        ("5850", "30/11/2026", "reference_price_date: '30/11/2026' is not a date"),
        ("5850", "2999-01-01", "reference_price_date: 2999-01-01 is in the future"),
    ],
)
def test_a_bad_price_or_date_names_its_field(session_factory, price: str, when: str, message: str) -> None:
    data = {"manufacturer": "Test", "name": "Z1", "hashrate_ths": 100, "power_w": 3000}
    data |= {"reference_price_usd": price, "reference_price_date": when}
    with pytest.raises(ValidationError, match=re.escape(message)), unit_of_work(session_factory) as session:
        catalogue.create_model(session, SYSTEM, data)
