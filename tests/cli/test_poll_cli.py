"""`poll` and `simulate` from the command line: a real simulator process, real sockets on loopback. Polls over a
CIDR and from a file and the agent run as real processes; error rows and bad targets call cli.main in process."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.simulator.loopback import free_port, loopback_network
from tests.support.cli_in_process import run_main

POLL_KEYS = {
    "host",
    "port",
    "status",
    "hashrate_ths",
    "boards",
    "fans_rpm",
    "power_w",
    "pool_url",
    "model",
    "firmware",
    "uptime_s",
    "error",
}


@pytest.fixture
def farm(tmp_path: Path):  # type: ignore[no-untyped-def]
    """`hashinsight-desktop simulate` as a separate process: 12 miners, one offline, one hanging."""
    network = loopback_network()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hashinsight_desktop",
            "simulate",
            "--miners",
            "12",
            "--bind",
            network,
            "--faults",
            "offline=9,hang=9",
            "--seed",
            "7",
            "--duration",
            "60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "HASHINSIGHT_HOME": str(tmp_path)},
    )
    deadline = time.monotonic() + 20
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("simulator ready:") or time.monotonic() > deadline:
            break
    yield network
    process.terminate()
    process.wait(timeout=10)


def test_poll_json_over_a_cidr(farm: str, app_home: Path) -> None:
    base = farm.rsplit(".", 1)[0]
    started = time.monotonic()
    result = run_cli("poll", f"{base}.1", f"{base}.2:4028", f"{base}.0/28", "--json", "--timeout", "2", home=app_home)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr  # exit 0 even when some miners fail
    rows = json.loads(result.stdout)
    assert len(rows) == 2 + 14
    assert all(set(row) >= POLL_KEYS for row in rows)
    statuses = [row["status"] for row in rows[2:14]]
    assert statuses.count("hashing") == 10 and statuses.count("offline") == 1 and statuses.count("error") == 1
    assert [row["status"] for row in rows[14:]] == ["offline", "offline"]  # .13 and .14: nothing there
    hashing = next(row for row in rows if row["status"] == "hashing")
    assert hashing["hashrate_ths"] > 0 and hashing["boards"] and hashing["fans_rpm"] and hashing["model"]
    assert elapsed < 15  # the hanging miner costs one deadline, not one per target


def test_poll_reads_targets_from_a_file(farm: str, app_home: Path, tmp_path: Path) -> None:
    base = farm.rsplit(".", 1)[0]
    listing = tmp_path / "miners.txt"
    listing.write_text(f"# rack A\n{base}.3\n{base}.4:4028\n")
    result = run_cli("poll", f"@{listing}", "--timeout", "2", home=app_home)
    assert result.returncode == 0
    assert result.stdout.strip().splitlines()[-1].endswith("of 2")


def test_bad_targets_give_one_line(app_home: Path) -> None:
    assert_one_line_error(run_main("poll", "10.0.0.0/8", home=app_home), "at most a /16")
    assert_one_line_error(run_main("poll", "@/no/such/file", home=app_home), "cannot read")


def test_agent_polls_the_sites_miners_into_the_database(farm: str, app_home: Path) -> None:
    from sqlalchemy import func, select

    from hashinsight_desktop.db.models import MinerState, TelemetrySample
    from hashinsight_desktop.services import sites
    from hashinsight_desktop.services.database import open_database
    from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
    from hashinsight_desktop.services.permissions import SYSTEM
    from hashinsight_desktop.services.transaction import unit_of_work

    db = open_database(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    base = farm.rsplit(".", 1)[0]
    with unit_of_work(db.session_factory) as session:
        site = sites.create_site(session, SYSTEM, name="Rack room")
        add_miners(session, SYSTEM, site.id, [NewMiner(f"{base}.{i}") for i in range(1, 13)])
    unknown = run_cli("agent", "--site", "Nowhere", home=app_home)
    assert_one_line_error(unknown, "--site: no site named 'Nowhere'")
    result = run_cli("agent", "--site", "Rack room", "--cycles", "2", "--interval", "0.1", home=app_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("polled 12") == 2
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(TelemetrySample)) == 24
        assert session.scalar(select(func.count()).select_from(MinerState)) == 12
    db.close()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("127.0.0.1", "--port", "99999"), "--port: 99999 is not a port number (1–65535)"),
        (("127.0.0.1", "--port", "0"), "--port: 0 is not a port number"),
        (("127.0.0.1:99999",), "'127.0.0.1:99999': the port must be a number from 1 to 65535"),
        (("127.0.0.1", "--timeout", "0"), "--timeout: 0 is not a positive number of seconds"),
        (("127.0.0.1", "--timeout", "-1"), "--timeout: -1 is not a positive number of seconds"),
        (("127.0.0.1", "--concurrency", "0"), "--concurrency: 0 must be at least 1"),
    ],
)
def test_bad_ports_and_timeouts_are_usage_errors(app_home: Path, args: tuple[str, ...], fragment: str) -> None:
    assert_one_line_error(run_cli("poll", *args, home=app_home), fragment, code=2)


def _significant_digits(value: float) -> int:
    return len(repr(value).split("e")[0].replace("-", "").replace(".", "").strip("0"))


def test_error_rows_show_a_dash_and_json_keeps_the_reported_precision(farm: str, app_home: Path) -> None:
    base = farm.rsplit(".", 1)[0]
    table = run_main("poll", f"{base}.0/28", "--timeout", "2", home=app_home)
    assert table.returncode == 0, table.stderr
    rows = [line.split() for line in table.stdout.splitlines()[1:-1]]
    failed = [row for row in rows if row[2] in ("offline", "error")]
    assert len(failed) == 4  # one offline, one hung, .13 and .14 with nothing there
    assert all(row[3] == "–" for row in failed)  # TH/s: no reading, not 0.00
    assert all(row[3] != "–" for row in rows if row[2] == "hashing")
    result = run_main("poll", f"{base}.0/28", "--json", "--timeout", "2", home=app_home)
    floats: list[float] = []

    def walk(value: object) -> None:
        if isinstance(value, float):
            floats.append(value)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(json.loads(result.stdout))
    assert len(floats) > 20
    assert max(_significant_digits(f) for f in floats) <= 12  # 29.2507, never 29.250700000000002


def test_reported_precision_drops_scaling_artefacts() -> None:
    from hashinsight_desktop.commands.poll import reported_precision

    assert 29250.7 / 1000 == 29.250700000000002
    assert reported_precision({"hashrate_ths": 29250.7 / 1000, "boards": [{"t": 0.1 + 0.2}], "n": 3}) == {
        "hashrate_ths": 29.2507,
        "boards": [{"t": 0.3}],
        "n": 3,
    }


def test_json_error_rows_have_no_hashrate(capsys: pytest.CaptureFixture[str]) -> None:
    """An offline miner (nothing listening) and one that answers garbage: null, as the table's "–", not 0.0."""
    from hashinsight_desktop import cli

    garbage = socket.create_server(("127.0.0.1", 0))
    closed = free_port()

    def answer() -> None:
        for _ in range(8):  # one connection per command the poll sends
            try:
                connection, _ = garbage.accept()
            except OSError:
                return
            with connection:
                connection.recv(4096)
                connection.sendall(b"\x00not a cgminer reply\x00")

    server = threading.Thread(target=answer, daemon=True)
    server.start()
    try:
        code = cli.main(
            ["poll", f"127.0.0.1:{garbage.getsockname()[1]}", f"127.0.0.1:{closed}", "--json", "--timeout", "2"]
        )
    finally:
        # close() alone leaves the thread blocked in accept() for the rest of the session; shutdown wakes it.
        with contextlib.suppress(OSError):
            garbage.shutdown(socket.SHUT_RDWR)
        garbage.close()
        server.join(5)
    assert not server.is_alive()
    rows = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [row["status"] for row in rows] == ["error", "offline"]
    for row in rows:
        assert row["hashrate_ths"] is None, row
        assert row["boards"] == [] and row["fans_rpm"] == []
        assert all(row[key] is None for key in ("power_w", "max_chip_temp_c", "uptime_s", "hw_errors", "rejected_pct"))


def test_a_failed_polls_error_in_the_readers_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing listening on a loopback port: "connection refused" as the console phrased it, translated (a test
    translator stands in for the shipped Chinese)."""
    from hashinsight_desktop import cli
    from hashinsight_desktop.commands import poll as poll_command

    monkeypatch.setattr(poll_command, "translate", lambda context, text: f"[{text}]")
    assert cli.main(["poll", f"127.0.0.1:{free_port()}", "--timeout", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith(" [connection refused]")
