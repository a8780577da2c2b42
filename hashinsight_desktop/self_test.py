"""`hashinsight-desktop --self-test`: does this installation have everything it ships? Run from the installer's
bundle it proves the parts a frozen program commonly loses (a solver binary, migration scripts, a C library, Qt's
PDF writer and fonts, the translation files, keyring's backends) are there and work: each step does a small real
job and checks the answer, printing one line. Exit 0, or 1 naming the first step that failed (the later ones still
run and print).

A computer with no keyring (a server without a desktop session) is reported, not a failure: the console works
there and says secrets cannot be stored. The steps' jobs are in self_test_steps.py.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hashinsight_desktop import __version__
from hashinsight_desktop import self_test_steps as jobs
from hashinsight_desktop.self_test_steps import NotAvailable
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate, render

EXIT_OK, EXIT_FAILED = 0, 1


@dataclass(frozen=True)
class Step:
    name: str  # a marked text: the step's name in the reader's language
    job: Callable[[Path], Text]  # does the work in a scratch folder; returns what it found; raises on failure


def steps() -> tuple[Step, ...]:
    return (
        Step(QT_TRANSLATE_NOOP("SelfTest", "curtailment with CBC"), lambda _: jobs.curtailment("cbc")),
        Step(QT_TRANSLATE_NOOP("SelfTest", "curtailment with HiGHS"), lambda _: jobs.curtailment("highs")),
        Step(QT_TRANSLATE_NOOP("SelfTest", "database migration"), jobs.migration),
        Step(QT_TRANSLATE_NOOP("SelfTest", "indicators (TA-Lib)"), lambda _: jobs.indicators()),
        Step(QT_TRANSLATE_NOOP("SelfTest", "forecast (AutoARIMA)"), lambda _: jobs.forecast()),
        Step(QT_TRANSLATE_NOOP("SelfTest", "PDF invoice"), jobs.invoice_pdf),
        Step(QT_TRANSLATE_NOOP("SelfTest", "translations (Chinese)"), lambda _: jobs.translations("zh_CN")),
        Step(QT_TRANSLATE_NOOP("SelfTest", "keyring"), lambda _: jobs.keyring_round_trip()),
    )


def run_step(step: Step, scratch: Path, translate: Translate | None = None) -> tuple[bool, str]:
    """(passed, the step's line). A NotAvailable passes, saying what is missing."""
    started = time.perf_counter()
    try:
        found = step.job(scratch)
    except NotAvailable as missing:
        return True, render(
            Text(
                QT_TRANSLATE_NOOP("SelfTest", "{step}: not available on this computer: {reason} (not a failure)"),
                step=step.name,
                reason=str(missing),
            ),
            translate,
        )
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
        line = Text(QT_TRANSLATE_NOOP("SelfTest", "{step}: FAILED: {reason}"), step=step.name, reason=reason)
        return False, render(line, translate)
    seconds = f"{time.perf_counter() - started:.1f}"
    line = Text(
        QT_TRANSLATE_NOOP("SelfTest", "{step}: ok: {found} ({seconds} s)"), step=step.name, found=found, seconds=seconds
    )
    return True, render(line, translate)


def run(translate: Translate | None = None) -> int:
    where = Path(sys.executable).parent if getattr(sys, "frozen", False) else Path(__file__).parent
    header = Text(
        QT_TRANSLATE_NOOP("SelfTest", "self-test of HashInsight Desktop {version} in {where}"),
        version=__version__,
        where=where,
    )
    print(render(header, translate), flush=True)
    first_failure: str | None = None
    with tempfile.TemporaryDirectory(prefix="hashinsight-self-test-") as folder:
        for number, step in enumerate(steps()):
            scratch = Path(folder) / str(number)
            scratch.mkdir()
            passed, line = run_step(step, scratch, translate)
            print(line, flush=True)
            if not passed and first_failure is None:
                first_failure = render(step.name, translate)
    if first_failure is not None:
        failed = Text(QT_TRANSLATE_NOOP("SelfTest", "self-test failed: {step}"), step=first_failure)
        print(render(failed, translate), file=sys.stderr)
        return EXIT_FAILED
    print(render(QT_TRANSLATE_NOOP("SelfTest", "self-test passed"), translate))
    return EXIT_OK
