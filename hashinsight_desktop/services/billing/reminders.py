"""The reminder job: each contract version's schedule of steps (days from the due date; a step after it may
carry a late fee), run on the control room's exactly-once ticks (workers/periodic_jobs.py, ``billing-reminders``).

A step done is a row unique per (invoice, step): however often the job runs — twice in a tick, after a crash,
from two processes — a step's reminder and late fee happen once (a concurrent second insert is refused by the
database and that run's transaction rolls back, changing nothing). An open invoice past its due date becomes
overdue, and its customer gets a *proposal* to curtail their miners (services/billing/proposals.py) for an
operator to decide; nothing is curtailed by the job. A reminder is queued as e-mail to the customer's billing
contacts (services/crm/crm_mail.py) when they have an address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BillingContractVersion, CustomerContact, Invoice, ReminderStep
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.billing.invoices import ISSUED, OVERDUE, _zone_of, open_invoices, owed
from hashinsight_desktop.services.billing.proposals import propose_for_overdue
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class ReminderReport:
    steps: int  # reminder steps done now
    fees_usd: Decimal  # late fees charged now
    overdue: int  # invoices that became overdue now
    proposals: int  # curtail proposals opened now

    @property
    def work(self) -> int:
        return self.steps + self.overdue + self.proposals


def _billing_emails(session: Session, invoice: Invoice) -> list[str]:
    query = select(CustomerContact.email).where(
        CustomerContact.customer_id == invoice.customer_id,
        CustomerContact.is_billing.is_(True),
        CustomerContact.email.is_not(None),
    )
    return [email for email in session.scalars(query) if email]


def _remind(session: Session, invoice: Invoice, days: int, fee: Decimal, clock: Clock) -> None:
    emails = _billing_emails(session, invoice)
    if not emails:
        return
    from hashinsight_desktop.services.crm.crm_mail import queue_email

    when = f"is due on {invoice.due_on}" if days <= 0 else f"was due on {invoice.due_on}"
    body = (
        f"Invoice {invoice.number} for {invoice.period} ({invoice.total_usd} USD) {when}.\n"
        f"Now owed: {owed(session, invoice.id).balance_usd} USD"
        + (f", including a late fee of {fee} USD." if fee else ".")
    )
    queue_email(
        session, emails, f"Reminder: invoice {invoice.number}", body, related=("invoice", invoice.id), clock=clock
    )


def run_reminders(session: Session, clock: Clock = system_clock) -> ReminderReport:
    """Do every reminder step that is due and not done yet, in the caller's transaction."""
    now = clock()
    steps, fees, overdue, proposals = 0, Decimal("0.00"), 0, 0
    for invoice in open_invoices(session):
        version = session.get(BillingContractVersion, invoice.contract_version_id)
        assert version is not None and invoice.due_on is not None
        today: date = now.astimezone(_zone_of(session, invoice.contract_id)).date()
        if invoice.status == ISSUED and today > invoice.due_on and owed(session, invoice.id).balance_usd > 0:
            invoice.status = OVERDUE
            overdue += 1
            audit.append(
                session,
                SYSTEM,
                "invoice.overdue",
                "invoice",
                invoice.id,
                summary=Text(
                    QT_TRANSLATE_NOOP("Audit", "invoice {number} overdue since {due_on}"),
                    number=invoice.number,
                    due_on=invoice.due_on,
                ),
                clock=clock,
            )
            outbox.emit(session, "invoice.changed", "invoice", invoice.id)
        done = set(session.scalars(select(ReminderStep.step).where(ReminderStep.invoice_id == invoice.id)))
        for index, step in enumerate(version.reminders):
            days, fee = int(step["days"]), Decimal(step["fee_usd"])
            if index in done or today < invoice.due_on + timedelta(days=days):
                continue
            charged = fee if days > 0 else Decimal("0.00")
            session.add(
                ReminderStep(invoice_id=invoice.id, step=index, days_from_due=days, fee_usd=charged, done_at=now)
            )
            session.flush()  # a second run's insert of the same (invoice, step) fails here, before anything else
            _remind(session, invoice, days, charged, clock)
            audit.append(
                session,
                SYSTEM,
                "invoice.reminder",
                "invoice",
                invoice.id,
                after={"step": index, "days_from_due": days, "fee_usd": f"{charged}"},
                summary=(
                    Text(
                        QT_TRANSLATE_NOOP("Audit", "reminder {step} for invoice {number}: late fee {fee} USD"),
                        step=index + 1,
                        number=invoice.number,
                        fee=charged,
                    )
                    if charged
                    else Text(
                        QT_TRANSLATE_NOOP("Audit", "reminder {step} for invoice {number}"),
                        step=index + 1,
                        number=invoice.number,
                    )
                ),
                clock=clock,
            )
            steps += 1
            fees += charged
        if invoice.status == OVERDUE:
            proposals += propose_for_overdue(session, invoice, clock)
    return ReminderReport(steps, fees, overdue, proposals)
