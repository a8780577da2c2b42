"""One consumer process of the acceptance test (tests/services/cluster/test_consumer_processes.py): it runs
the consumer ``acceptance`` until told to stop; its effect is one row per event, and for an event marked
``kill`` it SIGKILLs itself after the inbox insert and the effect, before the commit (once per event: a
marker file says the event has killed a process already)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from hashinsight_desktop.db.engine import make_engine, make_session_factory
from hashinsight_desktop.services.clock import system_clock
from hashinsight_desktop.services.cluster.consumers import Consumer, Event, consume

TOPIC = "acceptance.work"


def _apply(session: Session, events: Sequence[Event], now: datetime, marks: Path) -> int:
    session.execute(
        text("INSERT INTO consumer_effects (event_id, pid) VALUES (:event_id, :pid)"),
        [{"event_id": e.id, "pid": os.getpid()} for e in events],
    )
    for event in events:
        if event.payload.get("kill"):
            try:
                (marks / str(event.id)).touch(exist_ok=False)
            except FileExistsError:
                continue  # it killed a process once already
            os.kill(os.getpid(), signal.SIGKILL)  # the inbox row and the effect are written, not committed
    return len(events)


def work(url: str, marks: str, stop: str) -> None:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    consumer = Consumer("acceptance", (TOPIC,), lambda s, e, n: _apply(s, e, n, Path(marks)), batch=25)
    while not os.path.exists(stop):
        if consume(factory, consumer, system_clock).applied == 0:
            time.sleep(0.02)
    engine.dispose()
