"""Customer assets from a CSV or XLSX file (customer, serial, model, purchase_date, warranty_end, location,
miner): every row checked first, every bad cell named by row and column at once; a good file is written in
the caller's one transaction and audited per customer, a bad one writes nothing.

``miner`` names the fleet miner the asset is, by its serial number or IP address; it must be that
customer's miner in our sites.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CrmSearchTerm, Customer, CustomerAsset, Miner
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import search_terms
from hashinsight_desktop.services.crm.assets import KIND, SEARCH_KIND, asset_fields, asset_state
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.table_file import BadCells, RowError, TableRows, read_table
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import flush

COLUMNS = ("customer", "serial", "model", "purchase_date", "warranty_end", "location", "miner")
REQUIRED = ("customer", "serial")
MAX_ROWS = 100_000


class AssetImportError(BadCells):
    """An asset file with bad cells: nothing is written until every one is fixed."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(errors, QT_TRANSLATE_NOOP("Errors", ", nothing imported"))


@dataclass(frozen=True)
class ImportResult:
    asset_ids: list[uuid.UUID]
    customers: int


def _customers_by_name(session: Session, names: set[str]) -> dict[str, Customer]:
    found: dict[str, Customer] = {}
    wanted = sorted(names)
    for start in range(0, len(wanted), 500):  # bound the IN list
        chunk = wanted[start : start + 500]
        for customer in session.scalars(select(Customer).where(func.lower(Customer.name).in_(chunk))):
            found[customer.name.casefold()] = customer
    return found


def _miners_by_key(session: Session, customer_ids: set[uuid.UUID]) -> dict[tuple[uuid.UUID, str], list[uuid.UUID]]:
    """Each hosted miner under its serial number and its IP address, per customer."""
    keys: dict[tuple[uuid.UUID, str], list[uuid.UUID]] = defaultdict(list)
    if customer_ids:
        rows = session.execute(
            select(Miner.id, Miner.customer_id, Miner.serial_number, Miner.ip_address).where(
                Miner.customer_id.in_(customer_ids), Miner.removed_at.is_(None)
            )
        )
        for miner_id, customer_id, serial, address in rows:
            assert customer_id is not None  # the query asked for hosted miners only
            for key in {(serial or "").casefold(), address.casefold()} - {""}:
                keys[(customer_id, key)].append(miner_id)
    return keys


def _existing_serials(session: Session, customer_ids: set[uuid.UUID]) -> set[tuple[uuid.UUID, str]]:
    if not customer_ids:
        return set()
    rows = session.execute(
        select(CustomerAsset.customer_id, CustomerAsset.serial).where(CustomerAsset.customer_id.in_(customer_ids))
    )
    return {(customer_id, serial.casefold()) for customer_id, serial in rows}


def plan_assets(session: Session, table: TableRows) -> tuple[list[CustomerAsset], list[RowError]]:
    """The assets a file describes, or every bad cell in it."""
    cells = table.cells
    errors = list(table.problems)
    customers = _customers_by_name(session, {name.casefold() for name in cells["customer"] if name})
    ids = {c.id for c in customers.values()}
    miners = _miners_by_key(session, ids)
    taken = _existing_serials(session, ids)
    seen: dict[tuple[uuid.UUID, str], int] = {}
    assets: list[CustomerAsset] = []
    for i, row in enumerate(table.numbers):
        name = cells["customer"][i]
        customer = customers.get(name.casefold())
        if customer is None:
            missing = (
                Text(QT_TRANSLATE_NOOP("Errors", "no customer named {name!r}"), name=name)
                if name
                else QT_TRANSLATE_NOOP("Errors", "is required")
            )
            errors.append(RowError(row, "customer", missing))
        try:
            fields = asset_fields(
                serial=cells["serial"][i],
                model=cells["model"][i],
                purchase_date=cells["purchase_date"][i],
                warranty_end=cells["warranty_end"][i],
                location=cells["location"][i],
            )
        except ValidationError as exc:
            errors.append(RowError(row, exc.field, exc.message_text))
            continue
        if customer is None:
            continue
        key = (customer.id, fields["serial"].casefold())
        if key in taken:
            on_record = QT_TRANSLATE_NOOP("Errors", "{serial} is already on record for {customer}")
            errors.append(RowError(row, "serial", Text(on_record, serial=fields["serial"], customer=customer.name)))
        elif key in seen:
            also = QT_TRANSLATE_NOOP("Errors", "{value} is also on row {row}")
            errors.append(RowError(row, "serial", Text(also, value=fields["serial"], row=seen[key])))
        seen.setdefault(key, row)
        miner_id = None
        wanted = cells["miner"][i]
        if wanted:
            matches = miners.get((customer.id, wanted.casefold()), [])
            if len(matches) != 1:
                why = (
                    QT_TRANSLATE_NOOP("Errors", "{wanted!r} matches several of {customer}'s miners (serial or IP)")
                    if matches
                    else QT_TRANSLATE_NOOP("Errors", "{wanted!r} matches none of {customer}'s miners (serial or IP)")
                )
                errors.append(RowError(row, "miner", Text(why, wanted=wanted, customer=customer.name)))
                continue
            miner_id = matches[0]
        assets.append(CustomerAsset(id=uuid.uuid4(), customer_id=customer.id, miner_id=miner_id, **fields))
    return assets, errors


def import_assets_csv(
    session: Session, principal: Principal, path: str | Path, *, clock: Clock = system_clock
) -> ImportResult:
    """Record every asset of the file or none (AssetImportError lists each bad cell by row and column)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "import customer assets")
    table = read_table(path, COLUMNS, REQUIRED, max_rows=MAX_ROWS)
    assets, errors = plan_assets(session, table)
    if errors:
        raise AssetImportError(
            sorted(errors, key=lambda e: (e.row, COLUMNS.index(e.column) if e.column in COLUMNS else 0))
        )
    session.add_all(assets)
    flush(session, "asset", unique_field="serial")
    words = [row for a in assets for row in search_terms.term_rows(SEARCH_KIND, a.id, a.serial, a.model, a.location)]
    if words:
        session.execute(insert(CrmSearchTerm), words)
    per_customer: dict[uuid.UUID, list[CustomerAsset]] = defaultdict(list)
    for asset in assets:
        per_customer[asset.customer_id].append(asset)
    source = Path(path).name
    for customer_id, theirs in per_customer.items():
        audit.append(
            session,
            principal,
            f"{KIND}.import",
            "customer",
            customer_id,
            after={"file": source, "assets": [asset_state(a) for a in theirs]},
            summary=Text(
                QT_TRANSLATE_NOOP("Audit", "imported {count} assets from {source}"), count=len(theirs), source=source
            ),
            clock=clock,
        )
    return ImportResult([a.id for a in assets], len(per_customer))
