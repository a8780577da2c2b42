"""A miner list (CSV or XLSX: ip, name, rack, position, customer, feed, model; port optional) read into one
site: every row checked against the site, the customers, its feeds and the catalogue, then planned as an
add, an update or unchanged. A file with any bad cell is refused whole, every bad cell named by row and
column; a good one is written in one transaction and audited.

A column the file has sets that value (an empty cell clears it, except a name or model: kept); a column it
lacks leaves it as it is. A model not in the catalogue is refused unless it is what the miner reports.
A feed the site does not have is an error unless the import creates feeds on purpose (a typo never does).
"""

from __future__ import annotations

import difflib
import ipaddress
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Miner, MinerCustomerAssignment, MinerModel, Site
from hashinsight_desktop.services import audit, catalogue, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ConcurrentModificationError, NotFound, ValidationError
from hashinsight_desktop.services.fleet.customer_assignments import change_customer
from hashinsight_desktop.services.fleet.management import (
    NAME_MAX_CHARS,
    POSITION_MAX_CHARS,
    RACK_MAX_CHARS,
    site_feeds,
    unknown_feed,
)
from hashinsight_desktop.services.fleet.miners import FEED_MAX_CHARS
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.table_file import BadCells, RowError, TableRows, read_table
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

COLUMNS = ("ip", "port", "name", "rack", "position", "customer", "feed", "model")
MAX_ROWS = 100_000
DEFAULT_PORT = 4028
# File column -> Miner attribute, for the columns copied as they are.
_SETS = {"name": "name", "rack": "rack", "position": "position", "feed": "power_feed", "model": "model_id",
         "customer": "customer_id"}  # fmt: skip


class MinerImportError(BadCells):
    """A miner list with bad cells: nothing is written until every one is fixed."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(errors, QT_TRANSLATE_NOOP("Errors", ", nothing imported"))


@dataclass(frozen=True)
class PlannedRow:
    row: int
    action: str  # "add", "update" or "unchanged"
    address: str  # ip or ip:port
    name: str
    changes: dict[str, tuple[str, str]]  # column -> (before, after) as shown


@dataclass
class ImportPlan:
    site_id: uuid.UUID
    site_name: str
    source: str
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    new_feeds: list[str] = field(default_factory=list)  # created by this import (create_feeds)
    versions: dict[tuple[str, int], int] = field(default_factory=dict)  # updated miners as previewed
    _values: list[dict[str, Any]] = field(default_factory=list, repr=False)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


def read_miner_list(path: str | Path) -> TableRows:
    return read_table(path, COLUMNS, ("ip",), max_rows=MAX_ROWS)


class _Checker:
    """Parses one column's cells, caching each distinct text (a list has few customers, feeds, models)."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        self._parse, self._seen = parse, {}  # type: ignore[var-annotated]

    def __call__(self, text: str) -> Any:
        if text not in self._seen:
            try:
                self._seen[text] = (self._parse(text), None)
            except ValidationError as exc:
                self._seen[text] = (None, exc.message_text)
        value, message = self._seen[text]
        if message is not None:
            raise ValidationError("", message)
        return value


def _named(kind: str, names: Mapping[str, Any]) -> Callable[[str], Any]:
    by_fold = {name.casefold(): value for name, value in names.items()}

    def parse(text: str) -> Any:
        if not text:
            return None
        if text.casefold() in by_fold:
            return by_fold[text.casefold()]
        close = difflib.get_close_matches(text, list(names), n=2, cutoff=0.6)
        if close:
            return _refuse(
                Text(
                    QT_TRANSLATE_NOOP("Errors", "no {kind} named {text!r} (did you mean {close}?)"),
                    kind=kind,
                    text=text,
                    close=Joined(QT_TRANSLATE_NOOP("Errors", " or "), map(repr, close)),
                )
            )
        return _refuse(Text(QT_TRANSLATE_NOOP("Errors", "no {kind} named {text!r}"), kind=kind, text=text))

    return parse


CUSTOMER = QT_TRANSLATE_NOOP("Errors", "customer")


def _refuse(message: str | Text) -> NoReturn:
    raise ValidationError("", message)


def _text(limit: int) -> Callable[[str], str | None]:
    return lambda text: (text or None) if len(text) <= limit else _refuse(_at_most(limit))


def _at_most(limit: int) -> Text:
    return Text(QT_TRANSLATE_NOOP("Errors", "at most {limit} characters"), limit=limit)


def _port(text: str) -> int:
    if not text:
        return DEFAULT_PORT
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        _refuse(Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a port (1–65535)"), text=text))
    return int(text)


def _ip(text: str) -> str:
    if not text:
        _refuse(QT_TRANSLATE_NOOP("Errors", "an IP address is required"))
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        _refuse(Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not an IP address"), text=text))


def plan_import(
    session: Session, principal: Principal, site_id: uuid.UUID, table: TableRows, *, source: str = "",
    create_feeds: bool = False,
) -> ImportPlan:  # fmt: skip
    """What importing ``table`` into the site would do, with every bad cell (nothing is written)."""
    require_site(principal, Permission.FLEET_OPERATE, site_id, "import miners into this site")
    site = session.get(Site, site_id)
    if site is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That site no longer exists."))
    plan = ImportPlan(site_id, site.name, source, errors=list(table.problems))
    has = set(table.present)
    if "customer" in has and not principal.can(Permission.CUSTOMERS_MANAGE):
        if any(table.cells["customer"]):
            may_not = QT_TRANSLATE_NOOP("Errors", "your role ({role}) may not assign customers")
            plan.errors.append(RowError(1, "customer", Text(may_not, role=principal.role.value)))
        has.discard("customer")
    customers = dict(session.execute(select(Customer.name, Customer.id)).all())
    models = {m.lookup_key: (m.id, f"{m.manufacturer} {m.name}") for m in session.scalars(select(MinerModel))}
    feeds = set(site_feeds(session, principal, site_id))

    def feed(text: str) -> str | None:
        if not text or text in feeds:
            return text or None
        if not create_feeds or any(f.casefold() == text.casefold() for f in feeds):
            _refuse(unknown_feed(site.name, text, sorted(feeds, key=str.casefold)))
        return text if len(text) <= FEED_MAX_CHARS else _refuse(_at_most(FEED_MAX_CHARS))

    def model(text: str) -> uuid.UUID | None:
        key = catalogue.lookup_key(text)
        if not text or key in models:
            return models[key][0] if text else None
        close = [models[k][1] for k in difflib.get_close_matches(key, list(models), n=2, cutoff=0.6)]
        if close:
            closest = QT_TRANSLATE_NOOP("Errors", "unknown model {text!r} (closest: {close})")
            return _refuse(Text(closest, text=text, close=", ".join(close)))
        return _refuse(Text(QT_TRANSLATE_NOOP("Errors", "unknown model {text!r}"), text=text))

    checkers = {
        "ip": _Checker(_ip), "port": _Checker(_port), "name": _Checker(_text(NAME_MAX_CHARS)),
        "rack": _Checker(_text(RACK_MAX_CHARS)), "position": _Checker(_text(POSITION_MAX_CHARS)),
        "customer": _Checker(_named(CUSTOMER, customers)), "feed": _Checker(feed), "model": _Checker(model),
    }  # fmt: skip
    existing = {(m.ip_address, m.port): m for m in session.scalars(select(Miner).where(Miner.site_id == site_id))}
    seen: dict[tuple[str, int], int] = {}
    shown = _Shown(session)
    for index, number in enumerate(table.numbers):
        values: dict[str, Any] = {}
        bad = False
        for column in ("ip", "port", *(c for c in COLUMNS[2:] if c in has)):
            text = table.cells[column][index]
            try:
                values[column] = checkers[column](text)
            except ValidationError as exc:
                if column == "model" and _identified_as(existing, values, text):
                    continue  # the model the miner itself reports (exported as such): unchanged
                plan.errors.append(RowError(number, column, exc.message_text))
                bad = True
        if bad:
            continue
        address = (values["ip"], values["port"])
        if address in seen:
            also = QT_TRANSLATE_NOOP("Errors", "{value} is also on row {row}")
            plan.errors.append(RowError(number, "ip", Text(also, value=_address(*address), row=seen[address])))
            continue
        seen[address] = number
        if values.get("feed") and values["feed"] not in feeds and values["feed"] not in plan.new_feeds:
            plan.new_feeds.append(values["feed"])
        plan.rows.append(_planned(number, address, values, existing.get(address), plan, shown))
        plan._values.append(values)
    return plan


def _identified_as(existing: Mapping[tuple[str, int], Miner], values: Mapping[str, Any], text: str) -> bool:
    miner = existing.get((values.get("ip", ""), values.get("port", DEFAULT_PORT)))
    return miner is not None and bool(miner.model_name) and (miner.model_name or "").casefold() == text.casefold()


def _address(ip: str, port: int) -> str:
    return ip if port == DEFAULT_PORT else f"{ip}:{port}"


class _Shown:
    """Ids shown as the names people know (customers, models)."""

    def __init__(self, session: Session) -> None:
        self.names: dict[Any, str] = dict(session.execute(select(Customer.id, Customer.name)).all())
        self.names.update({m.id: f"{m.manufacturer} {m.name}" for m in session.scalars(select(MinerModel))})

    def __call__(self, value: Any) -> str:
        return "" if value is None else self.names.get(value, str(value))


def _planned(
    number: int, address: tuple[str, int], values: dict[str, Any], miner: Miner | None, plan: ImportPlan, shown: _Shown
) -> PlannedRow:
    label = _address(*address)
    if miner is None or miner.removed_at is not None:
        changes = {c: ("", shown(v)) for c, v in values.items() if c in _SETS and v is not None}
        return PlannedRow(number, "add", label, values.get("name") or label, changes)
    changes = {}
    for column, attribute in _SETS.items():
        if column not in values or (column in ("name", "model") and not values[column]):  # kept, not cleared
            continue
        before, after = getattr(miner, attribute), values[column]
        if before != after:
            changes[column] = (shown(before), shown(after))
    if changes:
        plan.versions[address] = miner.version
    return PlannedRow(number, "update" if changes else "unchanged", label, miner.name, changes)


def apply_import(
    session: Session, principal: Principal, plan: ImportPlan, *, clock: Clock = system_clock
) -> ImportPlan:
    """Write a plan made in this transaction (``plan_import``); refused whole if it has errors or a miner
    it updates changed since ``previewed`` was made."""
    if plan.errors:
        raise MinerImportError(plan.errors)
    now = clock()
    existing = {(m.ip_address, m.port): m for m in session.scalars(select(Miner).where(Miner.site_id == plan.site_id))}
    new_rows: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    by_customer: dict[uuid.UUID | None, list[Miner]] = {}
    for planned, values in zip(plan.rows, plan._values, strict=True):
        if planned.action == "unchanged":
            continue
        address = (values["ip"], values["port"])
        miner = existing.get(address)
        if miner is None:
            miner_id = uuid.uuid4()
            row = {_SETS[c]: v for c, v in values.items() if c in _SETS}
            row.update(id=miner_id, version=1, site_id=plan.site_id, ip_address=address[0], port=address[1])
            row["name"] = values.get("name") or planned.address
            new_rows.append(row)
            if values.get("customer"):
                history.append(
                    {"id": uuid.uuid4(), "miner_id": miner_id, "miner_label": f"{row['name']} ({planned.address})",
                     "customer_id": values["customer"], "starts_at": now, "assigned_by": principal.username}
                )  # fmt: skip
            continue
        if address in plan.versions and plan.versions[address] != miner.version:
            raise ConcurrentModificationError("miner")
        if miner.removed_at is not None:
            miner.removed_at, miner.is_active = None, True
        for column, value in values.items():
            if column in _SETS and column not in ("customer", "name") and (column != "model" or value is not None):
                setattr(miner, _SETS[column], value)
        if values.get("name"):
            miner.name = values["name"]
        if "customer" in values and values["customer"] != miner.customer_id:
            by_customer.setdefault(values["customer"], []).append(miner)
    if new_rows:
        session.execute(insert(Miner), new_rows)
    if history:
        session.execute(insert(MinerCustomerAssignment), history)
    for customer_id, miners in by_customer.items():
        change_customer(session, miners, customer_id, now, principal.username)
    session.flush()
    added, updated = plan.count("add"), plan.count("update")
    if added or updated:
        audit.append(
            session, principal, "miner.import", "site", plan.site_id,
            after={"source": Path(plan.source).name, "new_feeds": plan.new_feeds,
                   "added": [r.address for r in plan.rows if r.action == "add"],
                   "updated": {r.address: r.changes for r in plan.rows if r.action == "update"}},
            summary=Text(
                QT_TRANSLATE_NOOP("Audit", "imported {source}: {added} added, {updated} updated"),
                source=Path(plan.source).name or QT_TRANSLATE_NOOP("Audit", "a miner list"),
                added=added, updated=updated,
            ),
            clock=clock,
        )  # fmt: skip
        outbox.emit(session, "miner.changed", "site", plan.site_id, {"imported": added + updated})
    return plan
