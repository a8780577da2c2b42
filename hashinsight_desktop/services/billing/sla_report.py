"""A customer's monthly SLA report: uptime per miner, curtailment hours, the incidents that touched them, the credits
— from the month's invoices (the figures billed, which a dispute recomputes to the cent), signed by the site.

No invoice for the month: refused (run billing first), never a report made of other figures than those billed."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BillingContract, Customer, Incident, IncidentMiner, Invoice
from hashinsight_desktop.services.billing.contract_terms import billing_period, site_zone
from hashinsight_desktop.services.billing.document import invoice_document
from hashinsight_desktop.services.billing.money import usd_text
from hashinsight_desktop.services.billing.sla_signing import file_bytes, sign, site_key
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.scope import get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

REPORT_KIND = "hashinsight.sla_report"


def _hours(seconds: Any) -> str:
    return f"{Decimal(str(seconds or 0)) / 3600:.3f}"


def _miner_rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "miner_id": miner["miner_id"],
            "name": miner["name"],
            "uptime_pct": miner["uptime_pct"],
            "contracted_h": _hours(miner["contracted_s"]),
            "hashing_h": _hours(miner["status_s"].get("hashing")),
            "curtailed_h": _hours(miner["status_s"].get("curtailed")),
            "offline_h": _hours(miner["status_s"].get("offline")),
            "sleeping_h": _hours(miner["status_s"].get("sleeping")),
            "gap_h": _hours(miner["gap_s"]),
        }
        for miner in document["usage_per_miner"]
    ]


def _incidents(session: Session, miner_ids: list[uuid.UUID], start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Incidents on the customer's miners that overlapped the month."""
    touched = select(IncidentMiner.incident_id).where(IncidentMiner.miner_id.in_(miner_ids))
    query = (
        select(Incident)
        .where(Incident.id.in_(touched), Incident.started_at < end)
        .where(or_(Incident.ended_at.is_(None), Incident.ended_at > start))
        .order_by(Incident.started_at, Incident.id)
    )
    return [
        {
            "id": str(incident.id),
            "kind": incident.kind,
            "title": incident.title,
            "started_at": incident.started_at.isoformat(),
            "ended_at": incident.ended_at.isoformat() if incident.ended_at else None,
        }
        for incident in session.scalars(query)
    ]


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=None) if moment.tzinfo is None else moment


def build_report(
    session: Session, principal: Principal, customer_id: uuid.UUID, period: str, *, clock: Clock = system_clock
) -> tuple[dict[str, Any], uuid.UUID]:
    """The unsigned report and the site that signs it."""
    billing_period(period, site_zone("UTC"))  # the label's form, named --period when bad
    period = period.strip()
    customer = get_scoped(session, principal, Customer, customer_id, Customer.id, entity="customer")
    invoices = session.scalars(
        scoped(select(Invoice), principal, Invoice.customer_id, "see invoices")
        .where(Invoice.customer_id == customer.id, Invoice.period == period, Invoice.status != "void")
        .order_by(Invoice.number)
    ).all()
    if not invoices:
        raise ValidationError(
            "--period",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} has no invoice for {period}: run billing for it first"),
                name=customer.name,
                period=period,
            ),
        )
    contracts, miner_ids, starts, ends = [], [], [], []
    sla_credit, credited = Decimal("0"), Decimal("0")
    site_ids = set()
    for invoice in invoices:
        document = invoice_document(session, principal, invoice.id)
        window = invoice.inputs.get("sample_window") or {}
        starts.append(window.get("start"))
        ends.append(window.get("end"))
        site_ids.add(session.get(BillingContract, invoice.contract_id).site_id)  # type: ignore[union-attr]
        rows = _miner_rows(document)
        miner_ids += [uuid.UUID(row["miner_id"]) for row in rows]
        sla_credit += Decimal(document["sla"]["credit_usd"])
        credited += Decimal(document["totals"]["credited_usd"])
        contracts.append(
            {
                "contract": document["contract"]["reference"],
                "contract_version": document["contract"]["version"],
                "invoice": document["number"] or f"draft {document['id']}",
                "promised_uptime_pct": document["sla"]["promised_pct"],
                "uptime_pct": document["sla"]["uptime_pct"],
                "sla_tier": document["sla"]["tier"],
                "sla_credit_usd": document["sla"]["credit_usd"],
                "credit_notes_usd": document["totals"]["credited_usd"],
                "miners": rows,
            }
        )
    if len(site_ids) != 1:
        raise ValidationError(
            "--customer",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} is billed by several sites in {period}: one report each"),
                name=customer.name,
                period=period,
            ),
        )
    known = [moment for moment in starts if moment], [moment for moment in ends if moment]
    start, end = min(map(_moment, known[0])), max(map(_moment, known[1]))
    curtailed = sum(Decimal(row["curtailed_h"]) for c in contracts for row in c["miners"])
    report = {
        "kind": REPORT_KIND,
        "format": 1,
        "customer": {"id": str(customer.id), "name": customer.name},
        "period": period,
        "window": {"start": start.isoformat(), "end": end.isoformat()},
        "generated_at": clock().isoformat(),
        "contracts": contracts,
        "curtailment_hours": f"{curtailed:.3f}",
        "incidents": _incidents(session, miner_ids, start, end),
        "credits": {"sla_credit_usd": usd_text(sla_credit), "credit_notes_usd": usd_text(credited)},
    }
    return report, site_ids.pop()


def signed_report(
    session: Session,
    principal: Principal,
    secrets: SecretStore,
    customer_id: uuid.UUID,
    period: str,
    *,
    clock: Clock = system_clock,
) -> bytes:
    """The report signed by its site's key, as the bytes of its file."""
    report, site_id = build_report(session, principal, customer_id, period, clock=clock)
    return file_bytes(sign(report, site_key(session, principal, secrets, site_id, clock=clock)))
