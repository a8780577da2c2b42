"""A customer's assets: the miners they own in our sites (the fleet's rows, ``miners.customer_id``, whose
history is MinerCustomerAssignment) and equipment on record (serial, model, purchase date, warranty end,
location), which may name the fleet miner it is. Every query is scoped to the customer (crm.scope)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, CustomerAsset, Miner
from hashinsight_desktop.services import records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import search_terms
from hashinsight_desktop.services.crm.customers import get_customer
from hashinsight_desktop.services.crm.scope import AnySelect, get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.validation import optional_text, required_text

KIND = "customer_asset"
SEARCH_KIND = "asset"  # crm_search_terms: the words of serial, model and location
ASSET_SORT: dict[str, Any] = {
    "serial": CustomerAsset.serial,
    "model": CustomerAsset.model,
    "purchase_date": CustomerAsset.purchase_date,
    "warranty_end": CustomerAsset.warranty_end,
    "location": CustomerAsset.location,
    "customer": Customer.name,
}
MINER_SORT: dict[str, Any] = {"name": Miner.name, "ip_address": Miner.ip_address, "status": Miner.status}


@dataclass(frozen=True)
class AssetRow:
    """One row of the assets table: the record, its customer's name and the fleet miner it is (if any)."""

    id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    serial: str
    model: str
    purchase_date: date | None
    warranty_end: date | None
    location: str
    miner_id: uuid.UUID | None
    miner_name: str | None
    version: int


def asset_state(asset: CustomerAsset) -> dict[str, Any]:
    return {
        "customer_id": str(asset.customer_id),
        "serial": asset.serial,
        "model": asset.model,
        "purchase_date": asset.purchase_date.isoformat() if asset.purchase_date else None,
        "warranty_end": asset.warranty_end.isoformat() if asset.warranty_end else None,
        "location": asset.location,
        "miner_id": str(asset.miner_id) if asset.miner_id else None,
        "version": asset.version,
    }


def parse_date(field: str, value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date (YYYY-MM-DD)"), text=text)
        ) from None


def _order(sort: dict[str, Any], order_by: str, descending: bool, tie: Any) -> tuple[Any, Any]:
    if order_by not in sort:
        raise ValidationError(
            "order_by",
            Text(
                QT_TRANSLATE_NOOP("Errors", "sorts by one of {value}, not {order_by!r}"),
                value=", ".join(sort),
                order_by=order_by,
            ),
        )
    column = sort[order_by]  # the tie-breaker goes the same way, so one index scan (either direction) serves both
    return (column.desc(), tie.desc()) if descending else (column.asc(), tie.asc())


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE with the user's own % and _ taken literally (escape character ``\\``)."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# ---- equipment on record -------------------------------------------------------------------------------


def _assets_query(
    query: AnySelect, principal: Principal, customer_id: uuid.UUID | None, search: str | None
) -> AnySelect:
    query = scoped(query, principal, CustomerAsset.customer_id, "see customer assets")
    if customer_id is not None:
        query = query.where(CustomerAsset.customer_id == customer_id)
    matched = search_terms.matching(SEARCH_KIND, search, CustomerAsset.id)
    return query if matched is None else query.where(matched)


def _rows_select() -> AnySelect:
    """The assets table's columns: the record, its customer's name and its fleet miner's."""
    query: AnySelect = select(
        CustomerAsset.id,
        CustomerAsset.customer_id,
        Customer.name,
        CustomerAsset.serial,
        CustomerAsset.model,
        CustomerAsset.purchase_date,
        CustomerAsset.warranty_end,
        CustomerAsset.location,
        CustomerAsset.miner_id,
        Miner.name,
        CustomerAsset.version,
    ).select_from(CustomerAsset)
    query = query.join(Customer, Customer.id == CustomerAsset.customer_id).outerjoin(
        Miner, Miner.id == CustomerAsset.miner_id
    )
    return query


def asset_rows(session: Session, asset_ids: list[uuid.UUID]) -> list[AssetRow]:
    """The table rows of these assets (ids the caller was allowed to see, e.g. just imported), by serial."""
    rows: list[AssetRow] = []
    for start in range(0, len(asset_ids), 500):  # bound the IN list
        chunk = asset_ids[start : start + 500]
        rows += [AssetRow(*row) for row in session.execute(_rows_select().where(CustomerAsset.id.in_(chunk)))]
    return sorted(rows, key=lambda row: (row.customer_name, row.serial))


def list_assets(
    session: Session,
    principal: Principal,
    *,
    customer_id: uuid.UUID | None = None,
    search: str | None = None,
    order_by: str = "serial",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[AssetRow]:
    """One page of the assets a principal may see (a customer: only their own), sorted in the database."""
    query = _assets_query(_rows_select(), principal, customer_id, search)
    query = query.order_by(*_order(ASSET_SORT, order_by, descending, CustomerAsset.id))
    if limit is not None:
        query = query.limit(limit)
    return [AssetRow(*row) for row in session.execute(query.offset(offset))]


def count_assets(
    session: Session, principal: Principal, *, customer_id: uuid.UUID | None = None, search: str | None = None
) -> int:
    query = _assets_query(select(func.count()).select_from(CustomerAsset), principal, customer_id, search)
    return int(session.scalar(query) or 0)


def get_asset(session: Session, principal: Principal, asset_id: uuid.UUID) -> CustomerAsset:
    return get_scoped(session, principal, CustomerAsset, asset_id, CustomerAsset.customer_id, entity="asset")


def check_miner_of(session: Session, customer_id: uuid.UUID, miner_id: uuid.UUID | None) -> None:
    """An asset may only name a fleet miner that is this customer's."""
    if miner_id is None:
        return
    miner = session.get(Miner, miner_id)
    if miner is None or miner.customer_id != customer_id:
        raise ValidationError("miner", QT_TRANSLATE_NOOP("Errors", "is not one of this customer's miners in our sites"))


def asset_fields(
    *,
    serial: str,
    model: str | None,
    purchase_date: date | str | None,
    warranty_end: date | str | None,
    location: str | None,
) -> dict[str, Any]:
    bought = parse_date("purchase_date", purchase_date)
    warranty = parse_date("warranty_end", warranty_end)
    if bought and warranty and warranty < bought:
        raise ValidationError(
            "warranty_end",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{value} is before the purchase date {value2}"),
                value=warranty.isoformat(),
                value2=bought.isoformat(),
            ),
        )
    return {
        "serial": required_text("serial", serial, 120),
        "model": optional_text("model", model, 120),
        "purchase_date": bought,
        "warranty_end": warranty,
        "location": optional_text("location", location, 200),
    }


def add_asset(
    session: Session,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    serial: str,
    model: str | None = None,
    purchase_date: date | str | None = None,
    warranty_end: date | str | None = None,
    location: str | None = None,
    miner_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
) -> CustomerAsset:
    require(principal, Permission.CUSTOMERS_MANAGE, "record customer assets")
    customer = get_customer(session, principal, customer_id)
    fields = asset_fields(
        serial=serial, model=model, purchase_date=purchase_date, warranty_end=warranty_end, location=location
    )
    check_miner_of(session, customer.id, miner_id)
    asset = CustomerAsset(id=uuid.uuid4(), customer_id=customer.id, miner_id=miner_id, **fields)
    search_terms.index(session, SEARCH_KIND, asset.id, asset.serial, asset.model, asset.location)
    return records.save_new(
        session,
        principal,
        asset,
        KIND,
        asset_state,
        Text(QT_TRANSLATE_NOOP("Audit", "recorded asset {serial} of {name}"), serial=asset.serial, name=customer.name),
        unique_field="serial",
        clock=clock,
    )


def update_asset(
    session: Session,
    principal: Principal,
    asset_id: uuid.UUID,
    *,
    expected_version: int,
    serial: str,
    model: str | None,
    purchase_date: date | str | None,
    warranty_end: date | str | None,
    location: str | None,
    miner_id: uuid.UUID | None,
    clock: Clock = system_clock,
) -> CustomerAsset:
    require(principal, Permission.CUSTOMERS_MANAGE, "record customer assets")
    asset = get_asset(session, principal, asset_id)
    changes = asset_fields(
        serial=serial, model=model, purchase_date=purchase_date, warranty_end=warranty_end, location=location
    )
    check_miner_of(session, asset.customer_id, miner_id)
    changes["miner_id"] = miner_id
    search_terms.index(session, SEARCH_KIND, asset.id, changes["serial"], changes["model"], changes["location"])
    return records.save_changes(
        session,
        principal,
        asset,
        KIND,
        asset_state,
        changes,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "updated asset {serial}"), serial=changes["serial"]),
        unique_field="serial",
        clock=clock,
    )


def remove_asset(
    session: Session, principal: Principal, asset_id: uuid.UUID, *, expected_version: int, clock: Clock = system_clock
) -> None:
    require(principal, Permission.CUSTOMERS_MANAGE, "record customer assets")
    asset = get_asset(session, principal, asset_id)
    search_terms.forget(session, SEARCH_KIND, [asset.id])
    records.delete(
        session,
        principal,
        asset,
        KIND,
        asset_state,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "removed asset {serial}"), serial=asset.serial),
        clock=clock,
    )


# ---- miners in our sites -------------------------------------------------------------------------------


def _miners_query(
    query: AnySelect, principal: Principal, customer_id: uuid.UUID | None, search: str | None
) -> AnySelect:
    query = scoped(query, principal, Miner.customer_id, "see customers' miners").where(Miner.removed_at.is_(None))
    if customer_id is not None:
        query = query.where(Miner.customer_id == customer_id)
    else:
        query = query.where(Miner.customer_id.is_not(None))
    if search and search.strip():
        pattern = like_pattern(search)
        columns = (Miner.name, Miner.ip_address, Miner.serial_number, Miner.model_name)
        query = query.where(or_(*(func.lower(c).like(pattern, escape="\\") for c in columns)))
    return query


def list_customer_miners(
    session: Session,
    principal: Principal,
    *,
    customer_id: uuid.UUID | None = None,
    search: str | None = None,
    order_by: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Miner]:
    """The hosted miners a principal may see: a customer only their own, staff any customer's."""
    query = _miners_query(select(Miner), principal, customer_id, search)
    query = query.order_by(*_order(MINER_SORT, order_by, descending, Miner.id))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query.offset(offset)))


def count_customer_miners(
    session: Session, principal: Principal, *, customer_id: uuid.UUID | None = None, search: str | None = None
) -> int:
    query = _miners_query(select(func.count()).select_from(Miner), principal, customer_id, search)
    return int(session.scalar(query) or 0)


def get_customer_miner(session: Session, principal: Principal, miner_id: uuid.UUID) -> Miner:
    """A hosted miner by id; another customer's answers "not found" like a missing one."""
    miner = get_scoped(session, principal, Miner, miner_id, Miner.customer_id, entity="miner")
    if miner.customer_id is None or miner.removed_at is not None:  # staff asking for an unhosted one
        raise ValidationError(
            "miner", Text(QT_TRANSLATE_NOOP("Errors", "{name} is not hosted for a customer"), name=miner.name)
        )
    return miner
