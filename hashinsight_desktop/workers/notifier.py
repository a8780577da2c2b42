"""The notifier: queues raised alerts from the outbox (as the outbox consumer ``notifications``: each event
once, failures retried, then dead letters), builds each channel's digest and sends the due
deliveries (retries included) on its own loop. Every agent runs one (a console through its child agent), with
no leader: each step is safe with several processes (an event is applied once by the inbox; a digest takes
only the items still waiting; a delivery is claimed in its row before it is sent). Pruning the send log is a
ticked job (``workers/periodic_jobs.py``). The CRM's queued e-mails (``services/crm/crm_mail``) go out here too."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.cluster.consumers import DEFAULT_MAX_ATTEMPTS, consume, max_attempts_setting
from hashinsight_desktop.services.crm import crm_mail
from hashinsight_desktop.services.notifications.delivery import Outcome, deliver_due
from hashinsight_desktop.services.notifications.digests import ALERTS_CONSUMER, build_digests
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work

if TYPE_CHECKING:
    from hashinsight_desktop.services.app_context import AppContext

log = logging.getLogger(__name__)


@dataclass
class NotifierReport:
    events: int = 0  # raised alerts applied (matched against the rules)
    queued: int = 0
    failed: int = 0  # events whose matching failed (retried later, or dead letters now)
    digests: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    emails: list[crm_mail.Outcome] = field(default_factory=list)  # the CRM's e-mails (services/crm/crm_mail)


class Notifier:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        secrets: SecretStore,
        *,
        interval_s: float = 5.0,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        clock: Clock = system_clock,
        on_cycle: Callable[[NotifierReport], None] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.secrets = secrets
        self.interval_s = interval_s
        self.max_attempts = max_attempts
        self.clock = clock
        self.on_cycle = on_cycle

    @classmethod
    def of(cls, context: AppContext, **options: Any) -> Notifier:
        """A console's or agent's notifier: its database, keyring, clock and ``consumers.max_attempts`` setting."""
        return cls(
            context.database.session_factory,
            context.secrets,
            max_attempts=max_attempts_setting(context.settings.extra),
            clock=context.clock,
            **options,
        )

    def _queue(self, report: NotifierReport) -> None:
        # Every waiting event before any digest: a mass outage is one digest, not one per batch.
        consumed = consume(self.session_factory, ALERTS_CONSUMER, self.clock, max_attempts=self.max_attempts)
        report.events, report.queued, report.failed = consumed.applied, consumed.made, consumed.failed
        with unit_of_work(self.session_factory) as session:
            report.digests = len(build_digests(session, self.clock()))

    async def cycle(self, client: httpx.AsyncClient) -> NotifierReport:
        report = NotifierReport()
        await asyncio.to_thread(self._queue, report)
        report.outcomes = await deliver_due(self.session_factory, self.secrets, client, self.clock)
        for outcome in report.outcomes:
            if outcome.error:
                log.warning(
                    "notification %s: attempt %d failed: %s", outcome.delivery_id, outcome.attempts, outcome.error
                )
        report.emails = await crm_mail.deliver_due_email(self.session_factory, self.secrets, self.clock)
        for sent in report.emails:
            if sent.error:
                log.warning("CRM e-mail %s: attempt %d failed: %s", sent.email_id, sent.attempts, sent.error)
        if self.on_cycle is not None:
            self.on_cycle(report)
        return report

    async def run(self) -> None:
        """Every interval until cancelled; a cycle's fault is logged, never the end of the loop."""
        async with httpx.AsyncClient() as client:
            while True:
                started = time.monotonic()
                try:
                    await self.cycle(client)
                except asyncio.CancelledError:
                    raise
                except DBAPIError as exc:
                    log.warning("notifier cycle skipped: %s", exc.__class__.__name__)
                except Exception:
                    log.exception("notifier cycle failed")
                await asyncio.sleep(max(0.0, self.interval_s - (time.monotonic() - started)))
