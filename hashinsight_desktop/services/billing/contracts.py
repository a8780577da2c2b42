"""Hosting contracts in the database: add, edit (a new version each time, never a change of an old one), list.

A contract names its customer and site; each version holds the usage engine's terms in the contract file's
shape (services/billing/contract_terms.py: basis, rates, fees, SLA tiers, gap policy, miners with from/to
dates — here the fleet's miner ids, a miner's nameplate defaulting to its model's power), plus the deposit,
prepaid or arrears, payment terms in days, the reminder schedule (days from the due date, each with its late
fee) and the start and end dates. An invoice names the version it billed by. Staff need CUSTOMERS_MANAGE; a
customer-role user sees only their own contracts (services/crm/scope.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BillingContract, BillingContractVersion, Customer, Miner, MinerModel, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.billing.contract_terms import ContractTerms, parse_contract
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.scope import get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.telemetry.billing_rollup import MAX_GAP_S
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush

BILLING_MODES = ("prepaid", "arrears")
MAX_TERMS_DAYS = 365
MAX_REMINDER_DAYS = 365


@dataclass(frozen=True)
class ContractDetails:
    """What a version says besides the engine's terms."""

    deposit_usd: Decimal = Decimal(0)
    billing_mode: str = "arrears"
    payment_terms_days: int = 30
    reminders: tuple[tuple[int, Decimal], ...] = ()  # (days from due, late fee USD)
    starts_on: date | None = None
    ends_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ContractView:
    contract: BillingContract
    version: BillingContractVersion
    customer_name: str
    site_name: str


def terms_of(version: BillingContractVersion) -> ContractTerms:
    return parse_contract(version.terms)


def _money(name: str, value: object) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(
            name, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not an amount"), value=value)
        ) from None
    if not amount.is_finite() or amount < 0:
        raise ValidationError(name, QT_TRANSLATE_NOOP("Errors", "must be 0 or more"))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(name, QT_TRANSLATE_NOOP("Errors", "has more than two decimals (cents)"))
    return amount.quantize(Decimal("0.01"))


def read_details(data: dict[str, Any]) -> ContractDetails:
    """The version's other fields from a contract file's object (``deposit_usd``, ``billing_mode``,
    ``payment_terms_days``, ``reminders`` [{"days": -3, "fee_usd": "0"}, ...], ``start``, ``end``, ``note``)."""
    mode = str(data.get("billing_mode", "arrears")).strip().lower()
    if mode not in BILLING_MODES:
        raise ValidationError(
            "billing_mode",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{mode!r} is not one of {value}"), mode=mode, value=", ".join(BILLING_MODES)
            ),
        )
    terms = data.get("payment_terms_days", 30)
    if isinstance(terms, bool) or not isinstance(terms, int) or not 0 <= terms <= MAX_TERMS_DAYS:
        raise ValidationError(
            "payment_terms_days",
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be a whole number of days from 0 to {MAX_TERMS_DAYS}"),
                MAX_TERMS_DAYS=MAX_TERMS_DAYS,
            ),
        )
    reminders: list[tuple[int, Decimal]] = []
    raw = data.get("reminders", [])
    if not isinstance(raw, list):
        raise ValidationError(
            "reminders", QT_TRANSLATE_NOOP("Errors", 'must be a list of {"days": -3, "fee_usd": "0.00"}')
        )
    for index, step in enumerate(raw):
        where = f"reminders[{index}]"
        days = step.get("days") if isinstance(step, dict) else None
        if isinstance(days, bool) or not isinstance(days, int) or abs(days) > MAX_REMINDER_DAYS:
            raise ValidationError(
                f"{where}.days",
                QT_TRANSLATE_NOOP("Errors", "must be whole days from the due date (-3: three days before)"),
            )
        fee = _money(f"{where}.fee_usd", step.get("fee_usd", 0))
        if fee and days <= 0:
            raise ValidationError(
                f"{where}.fee_usd",
                QT_TRANSLATE_NOOP("Errors", "a late fee is charged only after the due date (days > 0)"),
            )
        if any(days == earlier for earlier, _fee in reminders):
            raise ValidationError(
                f"{where}.days",
                Text(QT_TRANSLATE_NOOP("Errors", "a second step {days} days from the due date"), days=days),
            )
        reminders.append((days, fee))
    starts, ends = _date("start", data.get("start")), _date("end", data.get("end"))
    if starts is None:
        raise ValidationError("start", QT_TRANSLATE_NOOP("Errors", "is required (YYYY-MM-DD)"))
    if ends is not None and ends < starts:
        raise ValidationError(
            "end", Text(QT_TRANSLATE_NOOP("Errors", "{ends} is before the start {starts}"), ends=ends, starts=starts)
        )
    return ContractDetails(
        deposit_usd=_money("deposit_usd", data.get("deposit_usd", 0)),
        billing_mode=mode,
        payment_terms_days=terms,
        reminders=tuple(sorted(reminders)),
        starts_on=starts,
        ends_on=ends,
        note=str(data.get("note", ""))[:300],
    )


def _date(name: str, value: object) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            name, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date (YYYY-MM-DD)"), value=value)
        ) from None


def _engine_terms(session: Session, site_id: uuid.UUID, terms: dict[str, Any]) -> dict[str, Any]:
    """The terms with each miner a fleet miner of the site, its nameplate from its model when not given."""
    miners = terms.get("miners")
    if not isinstance(miners, list) or not miners:
        raise ValidationError(
            "miners",
            QT_TRANSLATE_NOOP("Errors", ('is required: a list of {"miner_id": ...} (optional nameplate_w, from, to)')),
        )
    wanted: list[uuid.UUID] = []
    for index, item in enumerate(miners):
        try:
            wanted.append(uuid.UUID(str(item.get("miner_id") if isinstance(item, dict) else item)))
        except ValueError:
            raise ValidationError(
                f"miners[{index}].miner_id", QT_TRANSLATE_NOOP("Errors", "is not a miner id of the fleet")
            ) from None
    found = {
        row.id: row
        for row in session.execute(
            select(Miner.id, Miner.site_id, Miner.name, MinerModel.power_w)
            .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
            .where(Miner.id.in_(wanted))
        )
    }
    listed = []
    for index, (miner_id, item) in enumerate(zip(wanted, miners, strict=True)):
        row = found.get(miner_id)
        where = f"miners[{index}].miner_id"
        if row is None:
            raise ValidationError(
                where, Text(QT_TRANSLATE_NOOP("Errors", "{miner_id} is not a miner of the fleet"), miner_id=miner_id)
            )
        if row.site_id != site_id:
            raise ValidationError(
                where, Text(QT_TRANSLATE_NOOP("Errors", "miner {name} is not at the contract's site"), name=row.name)
            )
        entry = dict(item) if isinstance(item, dict) else {}
        entry["miner_id"] = str(miner_id)
        if "nameplate_w" not in entry:
            if row.power_w is None:
                raise ValidationError(
                    f"miners[{index}].nameplate_w",
                    Text(QT_TRANSLATE_NOOP("Errors", "miner {name} has no model: give it"), name=row.name),
                )
            entry["nameplate_w"] = str(Decimal(str(row.power_w)))
        listed.append(entry)
    cleaned: dict[str, Any] = _plain({key: value for key, value in terms.items() if key in _ENGINE_KEYS})
    cleaned["miners"] = _plain(listed)
    parsed = parse_contract(cleaned)
    if parsed.max_gap_s != MAX_GAP_S:
        raise ValidationError(
            "max_gap_s",
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    (
                        "the database bills from roll-ups kept with a {MAX_GAP_S} s "
                        "max gap; {max_gap_s} s can be billed with `billing draft` "
                        "from a usage file"
                    ),
                ),
                MAX_GAP_S=MAX_GAP_S,
                max_gap_s=parsed.max_gap_s,
            ),
        )
    return cleaned


def _plain(value: Any) -> Any:
    """JSON-safe and exact: numbers as the contract file wrote them become decimal strings (the engine reads
    both; a float would not survive a round trip exactly)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal | float):
        return f"{Decimal(str(value))}"
    return value


_ENGINE_KEYS = (
    "basis",
    "rate_usd_per_kwh",
    "overhead_pct",
    "fee_usd_per_miner_month",
    "fixed_usd_month",
    "sla_uptime_pct",
    "sla_credit_tiers",
    "curtailed_counts_as_uptime",
    "gap_policy",
    "max_gap_s",
)


def _version_state(contract: BillingContract, version: BillingContractVersion) -> dict[str, Any]:
    return {
        "reference": contract.reference,
        "customer_id": str(contract.customer_id),
        "site_id": str(contract.site_id),
        "version": version.number,
        "terms": version.terms,
        "deposit_usd": f"{version.deposit_usd}",
        "billing_mode": version.billing_mode,
        "payment_terms_days": version.payment_terms_days,
        "reminders": version.reminders,
        "starts_on": version.starts_on.isoformat(),
        "ends_on": version.ends_on.isoformat() if version.ends_on else None,
    }


def _new_version(
    session: Session,
    principal: Principal,
    contract: BillingContract,
    number: int,
    terms: dict[str, Any],
    details: ContractDetails,
) -> BillingContractVersion:
    assert details.starts_on is not None
    version = BillingContractVersion(
        contract_id=contract.id,
        number=number,
        terms=_engine_terms(session, contract.site_id, terms),
        deposit_usd=details.deposit_usd,
        billing_mode=details.billing_mode,
        payment_terms_days=details.payment_terms_days,
        reminders=[{"days": days, "fee_usd": f"{fee}"} for days, fee in details.reminders],
        starts_on=details.starts_on,
        ends_on=details.ends_on,
        created_by=principal.username,
        note=details.note,
    )
    session.add(version)
    return version


def add_contract(
    session: Session,
    principal: Principal,
    *,
    reference: str,
    customer_id: uuid.UUID,
    site_id: uuid.UUID,
    terms: dict[str, Any],
    details: ContractDetails,
    clock: Clock = system_clock,
) -> ContractView:
    require(principal, Permission.CUSTOMERS_MANAGE, "add hosting contracts")
    reference = reference.strip()
    if not reference or len(reference) > 64:
        raise ValidationError("reference", QT_TRANSLATE_NOOP("Errors", "is required (at most 64 characters)"))
    customer, site = session.get(Customer, customer_id), session.get(Site, site_id)
    if customer is None:
        raise ValidationError("customer", QT_TRANSLATE_NOOP("Errors", "no such customer"))
    if site is None:
        raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "no such site"))
    contract = BillingContract(reference=reference, customer_id=customer_id, site_id=site_id, current_version=1)
    session.add(contract)
    flush(session, "contract", unique_field="reference")
    version = _new_version(session, principal, contract, 1, terms, details)
    flush(session, "contract")
    audit.append(
        session,
        principal,
        "contract.create",
        "billing_contract",
        contract.id,
        after=_version_state(contract, version),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "added contract {reference} for {customer}"),
            reference=reference,
            customer=customer.name,
        ),
        clock=clock,
    )
    outbox.emit(session, "billing_contract.changed", "billing_contract", contract.id)
    return ContractView(contract, version, customer.name, site.name)


def edit_contract(
    session: Session,
    principal: Principal,
    contract_id: uuid.UUID,
    *,
    expected_version: int | None,
    terms: dict[str, Any],
    details: ContractDetails,
    clock: Clock = system_clock,
) -> ContractView:
    """A new version of the contract; invoices already drafted or issued keep naming theirs."""
    require(principal, Permission.CUSTOMERS_MANAGE, "change hosting contracts")
    view = get_contract(session, principal, contract_id)
    contract, before = view.contract, _version_state(view.contract, view.version)
    check_version("contract", contract.version, expected_version)
    contract.current_version += 1
    version = _new_version(session, principal, contract, contract.current_version, terms, details)
    flush(session, "contract")
    audit.append(
        session,
        principal,
        "contract.edit",
        "billing_contract",
        contract.id,
        before=before,
        after=_version_state(contract, version),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "contract {reference}: version {number}"),
            reference=contract.reference,
            number=version.number,
        ),
        clock=clock,
    )
    outbox.emit(session, "billing_contract.changed", "billing_contract", contract.id)
    return ContractView(contract, version, view.customer_name, view.site_name)


def _views(session: Session, query: Any) -> list[ContractView]:
    rows = session.execute(query).all()
    return [ContractView(row[0], row[1], row[2], row[3]) for row in rows]


def _base() -> Any:
    return (
        select(BillingContract, BillingContractVersion, Customer.name, Site.name)
        .join(
            BillingContractVersion,
            (BillingContractVersion.contract_id == BillingContract.id)
            & (BillingContractVersion.number == BillingContract.current_version),
        )
        .join(Customer, Customer.id == BillingContract.customer_id)
        .join(Site, Site.id == BillingContract.site_id)
    )


def get_contract(session: Session, principal: Principal, contract_id: uuid.UUID) -> ContractView:
    get_scoped(session, principal, BillingContract, contract_id, BillingContract.customer_id, entity="contract")
    return _views(session, _base().where(BillingContract.id == contract_id))[0]


def contract_by_reference(session: Session, principal: Principal, reference: str) -> ContractView:
    query = scoped(_base(), principal, BillingContract.customer_id, "see hosting contracts")
    found = _views(session, query.where(BillingContract.reference == reference.strip()))
    if not found:
        raise ValidationError(
            "contract", Text(QT_TRANSLATE_NOOP("Errors", "no contract {reference!r}"), reference=reference)
        )
    return found[0]


def list_contracts(
    session: Session,
    principal: Principal,
    *,
    customer_id: uuid.UUID | None = None,
    active_on: date | None = None,
) -> list[ContractView]:
    """The contracts at their current version (a customer: their own), by reference; ``active_on``: only those
    running that day (started, not ended)."""
    query = scoped(_base(), principal, BillingContract.customer_id, "see hosting contracts")
    if customer_id is not None:
        query = query.where(BillingContract.customer_id == customer_id)
    if active_on is not None:
        query = query.where(
            BillingContractVersion.starts_on <= active_on,
            (BillingContractVersion.ends_on.is_(None)) | (BillingContractVersion.ends_on >= active_on),
        )
    return _views(session, query.order_by(BillingContract.reference))


def version_by_id(session: Session, version_id: uuid.UUID) -> BillingContractVersion:
    version = session.get(BillingContractVersion, version_id)
    if version is None:
        raise ValidationError("contract_version", QT_TRANSLATE_NOOP("Errors", "no such contract version"))
    return version
