"""``billing run --period``: a draft invoice per contract active in the month, from the roll-ups.

Each contract is billed at its current version, in its site's time zone; a miner's contracted time is its
from/to dates within the contract's start and end (a miner with none in the month is left out of that month's
bill). The draft stores its inputs — the sample window, the contract version and the terms as billed, each
miner's usage (time per status, energy, gaps) and uptime — so :func:`recompute` gives the same cents from them
alone, months later, whatever the roll-ups became. A draft of the same contract and month is rebuilt; an issued
one is left alone (a correction is a credit note).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BillingContractVersion, Invoice, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.billing.contract_terms import (
    BillingPeriod,
    ContractTerms,
    billing_period,
    parse_contract,
    site_zone,
)
from hashinsight_desktop.services.billing.contracts import ContractView, list_contracts
from hashinsight_desktop.services.billing.invoices import DRAFT, ISSUED, OVERDUE, PAID, VOID
from hashinsight_desktop.services.billing.money import seconds
from hashinsight_desktop.services.billing.rollup_usage import Window, sample_window, usage_from_rollups
from hashinsight_desktop.services.billing.usage import Bill, Gap, UsageBucket, bill, bill_document
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import flush


@dataclass(frozen=True)
class RunResult:
    drafts: list[Invoice]
    skipped: list[Text]  # one line per contract not drafted, saying why (English by str())


# An invoice's status as a skipped line says it (a draft is redrafted, a void one does not count).
_STATUS_WORDS = {
    ISSUED: QT_TRANSLATE_NOOP("InvoiceStatus", "issued"),
    PAID: QT_TRANSLATE_NOOP("InvoiceStatus", "paid"),
    OVERDUE: QT_TRANSLATE_NOOP("InvoiceStatus", "overdue"),
}


def _month_days(label: str) -> tuple[date, date]:
    first = date(int(label[:4]), int(label[5:7]), 1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _period_terms(version: BillingContractVersion, first: date, last: date) -> ContractTerms | None:
    """The version's terms with each miner's dates clipped to the contract's start and end; None: no miner has
    time in the month."""
    terms = parse_contract(version.terms)
    starts, ends = version.starts_on, version.ends_on
    miners = []
    for miner in terms.miners:
        begin = max(d for d in (miner.from_date, starts, first) if d is not None)
        finish = min(d for d in (miner.to_date, ends, last) if d is not None)
        if begin <= finish:
            miners.append(replace(miner, from_date=begin, to_date=finish))
    return replace(terms, miners=tuple(miners)) if miners else None


def bucket_json(bucket: UsageBucket) -> dict[str, Any]:
    return {
        "miner_id": bucket.miner_id,
        "start": bucket.start.isoformat(),
        "end": bucket.end.isoformat(),
        "status_us": dict(bucket.status_us),
        "energy_wus": f"{bucket.energy_wus}",
        "gaps": [
            {
                "start": gap.start.isoformat(),
                "length_us": gap.length_us,
                "last_power_w": None if gap.last_power_w is None else f"{gap.last_power_w}",
                "last_status": gap.last_status,
            }
            for gap in bucket.gaps
        ],
    }


def bucket_from_json(data: dict[str, Any]) -> UsageBucket:
    miner = data["miner_id"]
    gaps = tuple(
        Gap(
            miner,
            datetime.fromisoformat(gap["start"]),
            int(gap["length_us"]),
            None if gap["last_power_w"] is None else Decimal(gap["last_power_w"]),
            gap["last_status"],
        )
        for gap in data["gaps"]
    )
    return UsageBucket(
        miner,
        datetime.fromisoformat(data["start"]),
        datetime.fromisoformat(data["end"]),
        {status: int(length) for status, length in data["status_us"].items()},
        Decimal(data["energy_wus"]),
        gaps,
    )


def _inputs(
    view: ContractView, terms: ContractTerms, period: BillingPeriod, buckets: list[UsageBucket], billed: Bill
) -> dict[str, Any]:
    return {
        "period": period.label,
        "zone": period.zone.key,
        "sample_window": sample_window(buckets),
        "contract_version_id": str(view.version.id),
        "contract_version": view.version.number,
        "terms": _terms_json(view.version.terms, terms),
        "usage": [bucket_json(bucket) for bucket in buckets],
        "uptime_per_miner": {
            miner.miner.miner_id: {"up_s": seconds(miner.up_us), "contracted_s": seconds(miner.contracted_us)}
            for miner in billed.miners
        },
    }


def _terms_json(stored: dict[str, Any], terms: ContractTerms) -> dict[str, Any]:
    """The version's terms with the miners' dates as billed this month."""
    miners = [
        {
            "miner_id": miner.miner_id,
            "nameplate_w": f"{miner.nameplate_w}",
            **({"from": miner.from_date.isoformat()} if miner.from_date else {}),
            **({"to": miner.to_date.isoformat()} if miner.to_date else {}),
        }
        for miner in terms.miners
    ]
    return stored | {"miners": miners}


def recompute(invoice: Invoice) -> dict[str, Any]:
    """The bill document from the invoice's stored inputs alone (a reprint, a dispute)."""
    inputs = invoice.inputs
    period = billing_period(inputs["period"], site_zone(inputs["zone"]))
    terms = parse_contract(inputs["terms"])
    return bill_document(bill(terms, period, [bucket_from_json(item) for item in inputs["usage"]]))


def run_billing(session: Session, principal: Principal, period_label: str, clock: Clock = system_clock) -> RunResult:
    """A draft invoice per contract active in the month (see the module's docstring); audited per draft."""
    require(principal, Permission.CUSTOMERS_MANAGE, "run billing")
    billing_period(period_label, site_zone("UTC"))  # the label's form, named --period when bad
    first, last = _month_days(period_label.strip())
    label = f"{first:%Y-%m}"
    drafts: list[Invoice] = []
    skipped: list[Text] = []
    zones = {row.id: row.timezone for row in session.execute(select(Site.id, Site.timezone))}
    todo: list[tuple[ContractView, Invoice | None, ContractTerms, BillingPeriod, list[Window]]] = []
    for view in list_contracts(session, principal):
        version = view.version
        if version.starts_on > last or (version.ends_on is not None and version.ends_on < first):
            continue
        existing = session.scalars(
            select(Invoice).where(
                Invoice.contract_id == view.contract.id, Invoice.period == label, Invoice.status != VOID
            )
        ).first()
        if existing is not None and existing.status != DRAFT:
            skipped.append(
                Text(
                    QT_TRANSLATE_NOOP("BillingRun", "{contract}: invoice {number} is already {status}"),
                    contract=view.contract.reference,
                    number=existing.number,
                    status=_STATUS_WORDS.get(existing.status, existing.status),
                )
            )
            continue
        terms = _period_terms(version, first, last)
        if terms is None:
            skipped.append(
                Text(
                    QT_TRANSLATE_NOOP("BillingRun", "{contract}: no miner under contract in {period}"),
                    contract=view.contract.reference,
                    period=label,
                )
            )
            continue
        period = billing_period(label, site_zone(zones.get(view.contract.site_id) or "UTC", "site timezone"))
        windows = [Window(uuid.UUID(miner.miner_id), *period.miner_window(miner)) for miner in terms.miners]
        todo.append((view, existing, terms, period, windows))
    # every contract's miners read at once: a few queries for the month, not a few per contract
    usage = iter(usage_from_rollups(session, [window for *_rest, windows in todo for window in windows]))
    for view, existing, terms, period, windows in todo:
        version = view.version
        buckets = [next(usage) for _window in windows]
        billed = bill(terms, period, buckets)
        document = bill_document(billed)
        inputs = _inputs(view, terms, period, buckets, billed)
        invoice = existing or Invoice(
            customer_id=view.contract.customer_id, contract_id=view.contract.id, period=label, status=DRAFT
        )
        invoice.contract_version_id = version.id
        invoice.total_usd = billed.total_usd
        invoice.inputs = inputs
        invoice.document = document
        invoice.created_by = principal.username
        if existing is None:
            session.add(invoice)
        flush(session, "invoice")
        audit.append(
            session,
            principal,
            "invoice.draft",
            "invoice",
            invoice.id,
            after={
                "period": label,
                "contract": view.contract.reference,
                "version": version.number,
                "total_usd": f"{billed.total_usd}",
            },
            summary=Text(
                QT_TRANSLATE_NOOP(
                    "Audit", "draft invoice {label} for {customer} ({reference} v{number}): {total_usd} USD"
                ),
                label=label,
                customer=view.customer_name,
                reference=view.contract.reference,
                number=version.number,
                total_usd=billed.total_usd,
            ),
            clock=clock,
        )
        outbox.emit(session, "invoice.changed", "invoice", invoice.id)
        drafts.append(invoice)
    return RunResult(drafts, skipped)
