"""The self-test's jobs (self_test.py): each a small real job of the program, its answer checked, not just run.

They return what they found as a marked text (shown in the reader's language) and raise on a wrong answer. The
figures are checked against an independent computation: the curtailment against every plan of a tiny fleet, the
indicators against numpy, the forecast's intervals for their order, the migration against alembic's head.
"""

from __future__ import annotations

import itertools
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from hashinsight_desktop.services.secret_store import SecretStore

# A tiny fleet: (power W, hashrate TH/s) per level, level 0 full. Small enough to check every plan (3^5).
FLEET_LEVELS = (
    ((3500.0, 200.0), (2600.0, 155.0), (1750.0, 110.0)),
    ((3010.0, 141.0), (2250.0, 112.0), (20.0, 0.0)),
    ((3250.0, 95.0), (2400.0, 74.0), (15.0, 0.0)),
    ((3300.0, 190.0), (2500.0, 150.0), (1800.0, 104.0)),
    ((3400.0, 104.0), (2550.0, 80.0), (20.0, 0.0)),
)
TARGET_W = 4200.0
_TOLERANCE = 1e-6


class NotAvailable(Exception):
    """What this computer lacks, and the program copes without (no keyring): reported, not a failure."""


class WrongAnswer(Exception):
    """The job ran but its answer is not the one checked independently."""


def curtailment(solver: str) -> Text:
    """Shed TARGET_W losing the least hashrate, proven by ``solver`` (CBC or HiGHS through PuLP, in the proof
    path's child process); the plan must be the best of every possible one."""
    from hashinsight_desktop.services.curtailment.fast_path import Fleet
    from hashinsight_desktop.services.curtailment.optimiser import Problem, optimise

    counts = [len(levels) for levels in FLEET_LEVELS]
    flat = [level for levels in FLEET_LEVELS for level in levels]
    fleet = Fleet(
        offsets=np.concatenate(([0], np.cumsum(counts))).astype(np.int64),
        power_w=np.array([power for power, _ in flat]),
        hashrate_ths=np.array([hashrate for _, hashrate in flat]),
    )
    solution = optimise(Problem(fleet, TARGET_W), prove=True, solver=solver, time_limit_s=30.0)  # type: ignore[arg-type]
    best = _least_loss()
    if solution.path != solver or not solution.proven:
        raise WrongAnswer(f"the plan came from {solution.path!r}, proven={solution.proven}: {solution.solver_detail}")
    if not solution.feasible or abs(solution.lost_ths - best) > _TOLERANCE:
        raise WrongAnswer(f"lost {solution.lost_ths} TH/s, the best plan loses {best} TH/s")
    return Text(
        QT_TRANSLATE_NOOP("SelfTest", "shed {shed} W of {target} W, losing {lost} TH/s, proven the least possible"),
        shed=f"{solution.shed_w:.0f}",
        target=f"{TARGET_W:.0f}",
        lost=f"{solution.lost_ths:g}",
    )


def _least_loss() -> float:
    best = float("inf")
    for plan in itertools.product(*(range(len(levels)) for levels in FLEET_LEVELS)):
        chosen = [levels[level] for levels, level in zip(FLEET_LEVELS, plan, strict=True)]
        shed = sum(levels[0][0] - power for levels, (power, _) in zip(FLEET_LEVELS, chosen, strict=True))
        lost = sum(levels[0][1] - hashrate for levels, (_, hashrate) in zip(FLEET_LEVELS, chosen, strict=True))
        if shed >= TARGET_W - _TOLERANCE:
            best = min(best, lost)
    return best


def migration(scratch: Path) -> Text:
    """A new SQLite file migrated from empty to the newest schema by the shipped alembic scripts."""
    from alembic.script import ScriptDirectory

    from hashinsight_desktop.db import migrate
    from hashinsight_desktop.services.database import open_database

    database = open_database(f"sqlite:///{scratch / 'self-test.sqlite3'}", source="self-test", run_migrations=False)
    try:
        if migrate.current_revision(database.engine) is not None:
            raise WrongAnswer("the new database file already has a schema")
        migrate.upgrade(database.engine)
        head = migrate.head_revision(database.engine)
        reached = migrate.current_revision(database.engine)
        revisions = list(ScriptDirectory.from_config(migrate.alembic_config(database.engine)).walk_revisions())
    finally:
        database.close()
    if head is None or reached != head:
        raise WrongAnswer(f"reached schema {reached}, the newest is {head}")
    return Text(
        QT_TRANSLATE_NOOP("SelfTest", "an empty SQLite file migrated to schema {head} ({count} migrations)"),
        head=head,
        count=len(revisions),
    )


def _prices(days: int) -> np.ndarray[Any, np.dtype[np.float64]]:
    steps = np.arange(days, dtype=np.float64)
    return 60000.0 + 4000.0 * np.sin(steps / 6.0) + 150.0 * steps


def indicators() -> Text:
    """TA-Lib's C library through services.analytics.indicators; SMA and Bollinger's middle checked with numpy."""
    from hashinsight_desktop.services.analytics.indicators import SMA_PERIOD, compute

    close = _prices(90)
    values = compute(close, high=close * 1.01, low=close * 0.99).values
    sma = values["sma_20"]
    expected = np.convolve(close, np.ones(SMA_PERIOD) / SMA_PERIOD, mode="valid")
    if not (np.isnan(sma[: SMA_PERIOD - 1]).all() and np.allclose(sma[SMA_PERIOD - 1 :], expected, rtol=1e-12)):
        raise WrongAnswer("SMA 20 differs from the mean of each 20 closes")
    if not np.allclose(values["bb_middle"][SMA_PERIOD - 1 :], expected, rtol=1e-12):
        raise WrongAnswer("the Bollinger middle band differs from SMA 20")
    rsi = values["rsi_14"][~np.isnan(values["rsi_14"])]
    if rsi.size == 0 or rsi.min() < 0 or rsi.max() > 100:
        raise WrongAnswer("RSI 14 outside 0..100")
    return Text(
        QT_TRANSLATE_NOOP("SelfTest", "{count} indicators over {days} days; SMA 20 matches the mean of each 20 closes"),
        count=len(values),
        days=len(close),
    )


def forecast() -> Text:
    """statsforecast's AutoARIMA through services.analytics.forecast; the intervals must nest around the mean."""
    from hashinsight_desktop.services.analytics.forecast import forecast as arima_forecast

    first = datetime(2026, 1, 1)
    noise = np.random.default_rng(17).normal(0.0, 600.0, 120)
    result = arima_forecast(
        [first + timedelta(days=day) for day in range(120)], _prices(120) + noise, days=7, max_models=8, windows=2
    )
    if len(result.points) != 7:
        raise WrongAnswer(f"{len(result.points)} forecast days, 7 asked")
    for point in result.points:
        if not point.lo95 <= point.lo80 <= point.mean <= point.hi80 <= point.hi95:
            raise WrongAnswer(f"the intervals of {point.date.date()} do not nest around the mean")
    return Text(
        QT_TRANSLATE_NOOP("SelfTest", "ARIMA{order} chosen by AIC, 7 days forecast with 80 % and 95 % intervals"),
        order=result.order,
    )


def invoice_pdf(scratch: Path) -> Text:
    """A month's bill by the billing engine, laid out as the invoice PDF by Qt's writer (offscreen)."""
    from hashinsight_desktop.ui.crm.billing_pdf import invoice_html, write_pdf

    document = _invoice_document()
    out = scratch / "invoice.pdf"
    pdf = write_pdf(invoice_html(document), out, "self-test invoice")
    pages = pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page/")
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:] or pages < 1:
        raise WrongAnswer(f"{out} is not a complete PDF ({len(pdf)} bytes)")
    return Text(
        QT_TRANSLATE_NOOP("SelfTest", "{pages} page(s), {kb} kB, total {total} USD"),
        pages=pages,
        kb=len(pdf) // 1024,
        total=document["totals"]["total_usd"],
    )


def _invoice_document() -> dict[str, Any]:
    """What services.billing.document.invoice_document gives the PDF, for a bill made here from two miners' samples
    (one with an hour without telemetry), billed by the engine the console bills with."""
    from hashinsight_desktop.services.billing.contract_terms import billing_period, parse_contract, site_zone
    from hashinsight_desktop.services.billing.usage import Sample, bill, bill_document, usage_from_samples

    terms = parse_contract(
        {
            "basis": "metered",
            "rate_usd_per_kwh": Decimal("0.055"),
            "gap_policy": "last",
            "fee_usd_per_miner_month": Decimal(15),
            "sla_uptime_pct": Decimal(99),
            "sla_credit_tiers": [{"below_pct": Decimal(99), "credit_pct": Decimal("2.5")}],
            "miners": [{"miner_id": "st-1", "nameplate_w": 3500}, {"miner_id": "st-2", "nameplate_w": 3250}],
        }
    )
    period = billing_period("2026-11", site_zone("UTC"))
    buckets = []
    for miner in terms.miners:
        at, samples = period.start, []
        while at < period.end:
            if not (
                miner.miner_id == "st-2"
                and datetime(2026, 11, 9, 3, tzinfo=UTC) <= at < datetime(2026, 11, 9, 4, tzinfo=UTC)
            ):
                samples.append(Sample(at, miner.nameplate_w - 40, "hashing"))
            at += timedelta(minutes=5)
        buckets.append(usage_from_samples(miner.miner_id, samples, period.start, period.end, terms.max_gap_s))
    billed = bill_document(bill(terms, period, buckets))
    lines: list[dict[str, Any]] = billed["lines"]  # type: ignore[assignment]
    credit = next(line for line in lines if line["kind"] == "sla_credit")
    return {
        "id": str(uuid.uuid4()),
        "number": "SELF-TEST-1",
        "status": "issued",
        "period": period.label,
        "issued_at": "2026-12-01T09:00:00+00:00",
        "due_on": "2026-12-15",
        "customer": {
            "name": "Self-test customer",
            "company": None,
            "billing_address": "1 Test Street\nTest Town",
            "tax_id": None,
            "email": None,
        },
        "site": {"name": "Self-test site", "location": "here", "timezone": "UTC"},
        "contract": {
            "reference": "SELF-TEST",
            "version": 1,
            "billing_mode": "metered",
            "payment_terms_days": 14,
            "deposit_usd": "0.00",
        },
        "lines": lines,
        "usage_per_miner": [
            {
                key: line[key]
                for key in (
                    "miner_id",
                    "kwh",
                    "gap_kwh",
                    "uptime_pct",
                    "status_s",
                    "gap_s",
                    "contracted_s",
                    "amount_usd",
                )
            }
            | {"name": line["miner_id"]}
            for line in lines
            if line["kind"] == "energy"
        ],
        "gaps": billed["gaps"],
        "sla": {
            "uptime_pct": credit["uptime_pct"],
            "promised_pct": credit["promised_pct"],
            "tier": credit["tier"],
            "credit_usd": billed["sla_credit_usd"],
            "explained": credit["description"],
        },
        "totals": {
            **{key: billed[key] for key in ("kwh", "energy_usd", "fees_usd", "subtotal_usd", "sla_credit_usd")},
            "total_usd": billed["total_usd"],
            "late_fees_usd": "0.00",
            "credited_usd": "0.00",
            "paid_usd": "0.00",
            "balance_usd": billed["total_usd"],
        },
        "late_fees": [],
        "credit_notes": [],
        "payments": [],
        "inputs": {},
    }


def translations(language: str) -> Text:
    """The console's own .qm and Qt's (qtbase) for ``language``, found where the console looks for them."""
    from hashinsight_desktop.ui import i18n

    translation, notice = i18n.load(language)
    if notice is not None:
        raise WrongAnswer(notice)
    cancel = translation.lookup("QPlatformTheme", "Cancel")
    if len(translation.translators) < 2 or cancel == "Cancel":
        raise WrongAnswer(f"Qt's own {language} translation (qtbase) was not found")
    return Text(
        QT_TRANSLATE_NOOP("SelfTest", "the console's and Qt's own {language} translations load (Cancel: {cancel})"),
        language=language,
        cancel=cancel,
    )


def keyring_round_trip(store: SecretStore | None = None) -> Text:
    """A random secret written to the OS keyring, read back and deleted, through the console's SecretStore."""
    from hashinsight_desktop.services.secret_store import SecretStore

    store = store or SecretStore()
    status = store.status()
    if not status.persistent:
        raise NotAvailable(status.reason)
    key, secret = f"self-test:{uuid.uuid4()}", secrets.token_urlsafe(16)
    store.set(key, secret)
    try:
        read = store.get(key)
    finally:
        store.delete(key)
    if read != secret:
        raise WrongAnswer("the secret read back differs from the one written")
    if store.get(key) is not None:
        raise WrongAnswer("the secret is still there after it was deleted")
    return Text(QT_TRANSLATE_NOOP("SelfTest", "a secret written, read back and deleted in {where}"), where=status.where)
