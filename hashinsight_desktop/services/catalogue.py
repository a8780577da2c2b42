"""The ASIC model catalogue: loaded from the shipped resource on first start, editable after."""

from __future__ import annotations

import difflib
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner, MinerModel
from hashinsight_desktop.services import audit, records
from hashinsight_desktop.services.catalogue_file import lookup_key as lookup_key  # noqa: PLC0414 (re-exported)
from hashinsight_desktop.services.catalogue_file import shipped_catalogue as shipped_catalogue  # noqa: PLC0414
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.validation import decimal_in_range, float_in_range, required_text

MAX_PRICE_USD = Decimal(100_000_000)
COOLING = ("air", "hydro", "immersion")
FIRMWARE_FAMILIES = ("bmminer", "btminer", "cgminer", "bosminer", "luxos", "vnish")


def model_state(model: MinerModel) -> dict[str, Any]:
    return {
        "manufacturer": model.manufacturer,
        "name": model.name,
        "hashrate_ths": model.hashrate_ths,
        "power_w": model.power_w,
        "release_year": model.release_year,
        "cooling": model.cooling,
        "firmware_family": model.firmware_family,
        "power_modes": model.power_modes,
        "reference_price_usd": None if model.reference_price_usd is None else str(model.reference_price_usd),
        "reference_price_date": None if model.reference_price_date is None else model.reference_price_date.isoformat(),
        "version": model.version,
    }


def load_shipped_catalogue(session: Session, actor: Principal, *, clock: Clock = system_clock) -> int:
    """Fill an empty catalogue from the shipped file; returns how many models were added. ``actor``: who
    started the process that found it empty (the OS account at `db init` or the console's first start)."""
    if session.scalar(select(func.count()).select_from(MinerModel)):
        return 0
    shipped = shipped_catalogue()
    for entry in shipped:
        session.add(MinerModel(**_fields(entry)))
    session.flush()
    audit.append(
        session,
        actor,
        "catalogue.load",
        "miner_model",
        "*",
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "loaded {count} models from the shipped catalogue"), count=len(shipped)
        ),
        clock=clock,
    )
    return len(shipped)


def list_models(session: Session, principal: Principal) -> list[MinerModel]:
    require(principal, Permission.CATALOGUE_READ, "see the miner catalogue")
    return list(session.scalars(select(MinerModel).order_by(MinerModel.manufacturer, MinerModel.name)))


def get_model(session: Session, principal: Principal, model_id: uuid.UUID) -> MinerModel:
    require(principal, Permission.CATALOGUE_READ, "see the miner catalogue")
    model = session.get(MinerModel, model_id)
    if model is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That miner model no longer exists."))
    return model


def resolve(session: Session, principal: Principal, name: str) -> MinerModel:
    """Find a model the way people type it; an unknown name lists the closest catalogue names."""
    require(principal, Permission.CATALOGUE_READ, "see the miner catalogue")
    key = lookup_key(name)
    model = session.scalar(select(MinerModel).where(MinerModel.lookup_key == key))
    if model is not None:
        return model
    by_key = {m.lookup_key: m.name for m in session.scalars(select(MinerModel))}
    close = [by_key[k] for k in difflib.get_close_matches(key, by_key, n=5, cutoff=0.6)]
    hint = f"; closest: {', '.join(close)}" if close else ""
    raise ValidationError(
        "model", Text(QT_TRANSLATE_NOOP("Errors", "unknown model {name!r}{hint}"), name=name, hint=hint)
    )


MODE_SOURCE_MAX = 200


def _mode_source(index: int, value: object) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > MODE_SOURCE_MAX:
        raise ValidationError(
            f"power_modes[{index}].source",
            Text(QT_TRANSLATE_NOOP("Errors", "at most {MODE_SOURCE_MAX} characters"), MODE_SOURCE_MAX=MODE_SOURCE_MAX),
        )
    return text


def _power_modes(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ValidationError(
            "power_modes", QT_TRANSLATE_NOOP("Errors", "must be a list of {name, hashrate_ths, power_w, source}")
        )
    modes = []
    for index, mode in enumerate(value, start=1):
        if not isinstance(mode, dict) or not str(mode.get("name", "")).strip():
            raise ValidationError(
                "power_modes", Text(QT_TRANSLATE_NOOP("Errors", "mode {index} needs a name"), index=index)
            )
        modes.append(
            {
                "name": str(mode["name"]).strip(),
                "hashrate_ths": float_in_range(
                    f"power_modes[{index}].hashrate_ths", mode.get("hashrate_ths"), 0, 10_000
                ),
                "power_w": float_in_range(f"power_modes[{index}].power_w", mode.get("power_w"), 0, 100_000),
                # Where the figures are from: the vendor page or manual (published), or who measured them.
                "source": _mode_source(index, mode.get("source")),
            }
        )
    return modes


def _price(data: dict[str, Any], today: date) -> dict[str, Any]:
    """The price of one unit and the day it was quoted (today when not given); both or neither."""
    raw = data.get("reference_price_usd")
    if raw in (None, ""):
        return {"reference_price_usd": None, "reference_price_date": None}
    price = decimal_in_range("reference_price_usd", str(raw).replace(",", ""), Decimal("0.01"), MAX_PRICE_USD, 2)
    when = data.get("reference_price_date") or today
    if isinstance(when, str):
        try:
            when = date.fromisoformat(when.strip())
        except ValueError:
            raise ValidationError(
                "reference_price_date",
                Text(QT_TRANSLATE_NOOP("Errors", "{when!r} is not a date (YYYY-MM-DD)"), when=when),
            ) from None
    if not isinstance(when, date):
        raise ValidationError(
            "reference_price_date", Text(QT_TRANSLATE_NOOP("Errors", "{when!r} is not a date (YYYY-MM-DD)"), when=when)
        )
    if when > today:
        raise ValidationError(
            "reference_price_date",
            Text(QT_TRANSLATE_NOOP("Errors", "{value} is in the future"), value=when.isoformat()),
        )
    return {"reference_price_usd": price, "reference_price_date": when}


def _fields(data: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    name = required_text("name", str(data.get("name", "")), 100)
    hashrate = float_in_range("hashrate_ths", data.get("hashrate_ths"), 0.001, 10_000)
    power = float_in_range("power_w", data.get("power_w"), 1, 100_000)
    year = data.get("release_year")
    if year not in (None, ""):
        year = int(float_in_range("release_year", year, 2009, 2100))
    cooling = str(data.get("cooling") or "air")
    if cooling not in COOLING:
        raise ValidationError("cooling", Text(QT_TRANSLATE_NOOP("Errors", "one of {value}"), value=", ".join(COOLING)))
    firmware = str(data.get("firmware_family") or "cgminer")
    if firmware not in FIRMWARE_FAMILIES:
        raise ValidationError(
            "firmware_family", Text(QT_TRANSLATE_NOOP("Errors", "one of {value}"), value=", ".join(FIRMWARE_FAMILIES))
        )
    key = lookup_key(name)
    if not key:
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("Errors", "must contain the model designation, not only the maker")
        )
    return {
        "manufacturer": required_text("manufacturer", str(data.get("manufacturer", "")), 64),
        "name": name,
        "lookup_key": key,
        "hashrate_ths": hashrate,
        "power_w": power,
        "efficiency_j_per_th": round(power / hashrate, 2),
        "release_year": year or None,
        "cooling": cooling,
        "firmware_family": firmware,
        "power_modes": _power_modes(data.get("power_modes") or []),
        "notes": str(data.get("notes") or "").strip(),
        **_price(data, today or date.today()),
    }


def create_model(
    session: Session, principal: Principal, data: dict[str, Any], *, clock: Clock = system_clock
) -> MinerModel:
    require(principal, Permission.CATALOGUE_EDIT, "edit the miner catalogue")
    model = MinerModel(**_fields(data, clock().astimezone().date()))
    return records.save_new(
        session,
        principal,
        model,
        "miner_model",
        model_state,
        Text(
            QT_TRANSLATE_NOOP("Audit", "added {manufacturer} {name}"), manufacturer=model.manufacturer, name=model.name
        ),
        unique_field="name",
        clock=clock,
    )


def update_model(
    session: Session,
    principal: Principal,
    model_id: uuid.UUID,
    data: dict[str, Any],
    *,
    expected_version: int,
    clock: Clock = system_clock,
) -> MinerModel:
    require(principal, Permission.CATALOGUE_EDIT, "edit the miner catalogue")
    model = get_model(session, principal, model_id)
    changes = _fields(data, clock().astimezone().date())
    named = {"manufacturer": changes["manufacturer"], "name": changes["name"]}
    summary = Text(QT_TRANSLATE_NOOP("Audit", "edited {manufacturer} {name}"), **named)
    price, when = changes["reference_price_usd"], changes["reference_price_date"]
    if (price, when) != (model.reference_price_usd, model.reference_price_date):
        summary = (
            Text(
                QT_TRANSLATE_NOOP("Audit", "edited {manufacturer} {name}; price ${price:,} as of {day}"),
                **named,
                price=price,
                day=when.isoformat(),
            )
            if price is not None
            else Text(QT_TRANSLATE_NOOP("Audit", "edited {manufacturer} {name}; price removed"), **named)
        )
    return records.save_changes(
        session,
        principal,
        model,
        "miner_model",
        model_state,
        changes,
        expected_version,
        summary,
        unique_field="name",
        clock=clock,
    )


def delete_model(
    session: Session,
    principal: Principal,
    model_id: uuid.UUID,
    *,
    expected_version: int,
    clock: Clock = system_clock,
) -> None:
    require(principal, Permission.CATALOGUE_EDIT, "edit the miner catalogue")
    model = get_model(session, principal, model_id)
    in_use = session.scalar(select(func.count()).select_from(Miner).where(Miner.model_id == model_id)) or 0
    if in_use:
        raise ValidationError(
            "model",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} is used by {in_use} miners; it cannot be deleted"),
                name=model.name,
                in_use=in_use,
            ),
        )
    records.delete(
        session,
        principal,
        model,
        "miner_model",
        model_state,
        expected_version,
        Text(
            QT_TRANSLATE_NOOP("Audit", "deleted {manufacturer} {name}"),
            manufacturer=model.manufacturer,
            name=model.name,
        ),
        clock=clock,
    )
