"""Proposals to curtail an overdue customer's miners: opened by the reminder job, decided by an operator.

One proposal per overdue invoice (unique per invoice and action), listing the contract's miners. Approving or
rejecting is audited and changes no miner by itself: the operator then curtails (or disconnects) with the
curtailment tools, or not. Nothing is ever curtailed automatically for non-payment.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BillingContractVersion, CurtailProposal, Invoice
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.scope import scoped
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import SYSTEM, Permission, Principal, require
from hashinsight_desktop.services.stored_text import as_text, to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

ACTIONS = ("curtail", "disconnect")
OPEN, APPROVED, REJECTED = "open", "approved", "rejected"


def propose_for_overdue(session: Session, invoice: Invoice, clock: Clock = system_clock) -> int:
    """Open the curtail proposal of an overdue invoice unless it has one; 1 if opened."""
    exists = session.scalar(select(CurtailProposal.id).where(CurtailProposal.invoice_id == invoice.id))
    if exists is not None:
        return 0
    version = session.get(BillingContractVersion, invoice.contract_version_id)
    assert version is not None
    miners = [str(miner["miner_id"]) for miner in version.terms.get("miners", [])]
    due: date | None = invoice.due_on
    reason = Text(
        QT_TRANSLATE_NOOP("Billing", "invoice {number} ({total} USD) unpaid since {due}"),
        number=invoice.number,
        total=invoice.total_usd,
        due=due,
    )
    proposal = CurtailProposal(
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        action="curtail",
        miner_ids=miners,
        reason=str(reason),
        reason_text=to_stored(reason),
        status=OPEN,
        created_at=clock(),
    )
    session.add(proposal)
    session.flush()
    audit.append(
        session,
        SYSTEM,
        "billing.proposal",
        "curtail_proposal",
        proposal.id,
        after={"invoice": invoice.number, "miners": len(miners), "action": proposal.action},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "proposed to curtail {count} miner(s) for overdue invoice {number}"),
            count=len(miners),
            number=invoice.number,
        ),
        clock=clock,
    )
    outbox.emit(session, "billing_proposal.changed", "curtail_proposal", proposal.id)
    return 1


def list_proposals(session: Session, principal: Principal, *, status: str | None = OPEN) -> list[CurtailProposal]:
    query = scoped(select(CurtailProposal), principal, CurtailProposal.customer_id, "see billing proposals")
    if status is not None:
        query = query.where(CurtailProposal.status == status)
    return list(session.scalars(query.order_by(CurtailProposal.created_at)))


def decide_proposal(
    session: Session,
    principal: Principal,
    proposal_id: uuid.UUID,
    *,
    approve: bool,
    action: str = "curtail",
    clock: Clock = system_clock,
) -> CurtailProposal:
    """An operator approves (curtail or disconnect) or rejects an open proposal; audited. Approval records the
    decision: the miners are curtailed with the curtailment tools, by the operator."""
    require(principal, Permission.FLEET_OPERATE, "decide on curtailing a customer's miners")
    require(principal, Permission.CUSTOMERS_MANAGE, "decide on curtailing a customer's miners")
    proposal = session.get(CurtailProposal, proposal_id)
    if proposal is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That proposal does not exist."))
    if proposal.status != OPEN:
        raise ValidationError(
            "proposal",
            Text(
                QT_TRANSLATE_NOOP("Errors", "already {status} by {decided_by}"),
                status=proposal.status,
                decided_by=proposal.decided_by,
            ),
        )
    if action not in ACTIONS:
        raise ValidationError(
            "action",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{action!r} is not one of {value}"), action=action, value=", ".join(ACTIONS)
            ),
        )
    proposal.status = APPROVED if approve else REJECTED
    proposal.action = action
    proposal.decided_at, proposal.decided_by = clock(), principal.username
    audit.append(
        session,
        principal,
        f"billing.proposal.{proposal.status}",
        "curtail_proposal",
        proposal.id,
        after={"status": proposal.status, "action": action, "miners": proposal.miner_ids},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "{status} to {action} {count} miner(s): {reason}"),
            status=proposal.status,
            action=action,
            count=len(proposal.miner_ids),
            reason=as_text(proposal.reason[:400], proposal.reason_text),
        ),
        clock=clock,
    )
    outbox.emit(session, "billing_proposal.changed", "curtail_proposal", proposal.id)
    return proposal
