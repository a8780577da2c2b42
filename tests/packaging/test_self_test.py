"""The self-test's rules, in process (the bundle runs the same code: tests/packaging/test_bundle.py): a computer
without a keyring is reported and passes; a step that fails names itself, the later ones still run, exit 1; the
keyring step really writes, reads back and deletes."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import pytest

from hashinsight_desktop import self_test, self_test_steps
from hashinsight_desktop.self_test import Step
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.texts import Text
from tests.support.memory_keyring import MemoryKeyring


def test_no_keyring_is_reported_and_is_not_a_failure(tmp_path: Path) -> None:
    store = SecretStore(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    step = Step("keyring", lambda _: self_test_steps.keyring_round_trip(store))
    passed, line = self_test.run_step(step, tmp_path)
    assert passed
    assert line.startswith("keyring: not available on this computer: no secure keyring on this computer")
    assert line.endswith("(not a failure)")


def test_the_keyring_step_writes_reads_back_and_deletes(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    found = self_test_steps.keyring_round_trip(SecretStore(backend))
    assert str(found).startswith("a secret written, read back and deleted in ")
    assert backend._secrets == {}  # nothing left behind


def test_the_first_failure_is_named_and_the_rest_still_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def wrong(_: Path) -> Text:
        raise self_test_steps.WrongAnswer("lost 130 TH/s, the best plan loses 125 TH/s")

    def fine(_: Path) -> Text:
        return Text("{n} checked", n=3)

    def broken(_: Path) -> Text:
        raise OSError("no such file: cbc")

    monkeypatch.setattr(self_test, "steps", lambda: (Step("first", wrong), Step("second", fine), Step("third", broken)))
    assert self_test.run() == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[1] == "first: FAILED: WrongAnswer: lost 130 TH/s, the best plan loses 125 TH/s"
    assert lines[2].startswith("second: ok: 3 checked (")
    assert lines[3] == "third: FAILED: OSError: no such file: cbc"
    assert err.strip() == "self-test failed: first"


def test_the_curtailment_check_knows_the_best_plan() -> None:
    """The reference the solvers are held to: every plan of the tiny fleet tried (3^5), the least loss kept."""
    assert self_test_steps._least_loss() == pytest.approx(125.0)
