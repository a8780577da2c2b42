"""`curtail plan` trigger and feed-limit flags, in process: the parser itself, then `--dry-run` (or a save)
against a SQLite database in tmp holding a site of polled miners on two power feeds."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hashinsight_desktop import cli
from hashinsight_desktop.db.models import CurtailmentPlan
from hashinsight_desktop.services.database import open_database
from tests.support.factories import PASSWORD, make_people
from tests.support.site_miners import MinerSpec, add_site_miners

# 12 miners of 3.25 kW: six on feed A, six on feed B (B the least efficient: shed first without limits)
FLEET = [MinerSpec(3250.0, 110.0, power_feed="feed-A")] * 6 + [MinerSpec(3250.0, 80.0, power_feed="feed-B")] * 6


@pytest.fixture(scope="module")
def site_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site made once (people take a while: their passwords are hashed); each test copies it."""
    path = tmp_path_factory.mktemp("curtail-flags") / "site.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    people = make_people(database.session_factory)
    add_site_miners(database.session_factory, people.site_id, FLEET, datetime.now(UTC))
    database.close()
    return path


@pytest.fixture
def site_db(site_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    path = tmp_path / "cli.sqlite3"
    shutil.copyfile(site_file, path)
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield f"sqlite:///{path}"
    for handler in [h for h in root.handlers if h not in handlers]:  # cli.main logs to a file in tmp
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def plan(url: str, capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str, str]:
    base = ["--database-url", url, "curtail", "plan", "--site", "Texas North", "--target-kw", "15", "--as", "owner"]
    code = cli.main([*base, *flags])
    out, err = capsys.readouterr()
    return code, out, err


def parse(*flags: str) -> Any:
    return cli.build_parser().parse_args(["curtail", "plan", "--site", "S", "--target-kw", "5", "--as", "u", *flags])


def test_the_parser_reads_the_trigger_and_feed_flags() -> None:
    args = parse("--start-at", "2026-11-22T17:00+01:00", "--feed-limit", "rack1=200", "--feed-limit", "a=b=1.5")
    assert args.start_at == datetime(2026, 11, 22, 16, 0, tzinfo=UTC)
    assert args.feed_limit == [("rack1", 200.0), ("a=b", 1.5)]  # the last '=' splits: names may hold one
    naive = parse("--start-at", "2026-11-22T17:00").start_at
    assert naive == datetime(2026, 11, 22, 17, 0)  # no offset: the site's time zone, once the site is known
    args = parse("--price-above", "0.18", "--price-hysteresis", "0.02", "--price-min-duration", "10")
    assert (args.price_above, args.price_hysteresis, args.price_min_duration) == (0.18, 0.02, 10.0)  # $/kWh
    assert parse().price_hysteresis is None  # unset, so "only with --price-above" can be said


@pytest.mark.parametrize(
    ("flags", "fragment"),
    [
        (["--start-at", "tomorrow 5pm"], "argument --start-at: 'tomorrow 5pm' is not an ISO 8601 time"),
        (
            ["--start-at", "2026-11-22T17:00", "--price-above", "0.18"],
            "--price-above: not allowed with argument --start-at",
        ),
        (["--feed-limit", "rack1"], "argument --feed-limit: 'rack1': want NAME=KW"),
        (["--feed-limit", "rack1=-5"], "argument --feed-limit: 'rack1=-5': KW must be 0 or more"),
        (["--feed-limit", "rack1=lots"], "argument --feed-limit: 'rack1=lots': KW must be a number"),
        (["--price-above", "cheap"], "argument --price-above: 'cheap' is not a price in $/kWh (like 0.18)"),
    ],
)
def test_malformed_flags_are_refused_by_name(
    flags: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse(*flags)
    assert exit_info.value.code == 2
    assert fragment in capsys.readouterr().err


def test_help_says_a_naive_start_is_the_sites_time(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["curtail", "plan", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "without an offset: the site's time zone" in text
    assert "--price-above USD_PER_KWH" in text and "--feed-limit NAME=KW" in text


@pytest.mark.parametrize(
    ("flags", "fragment"),
    [
        (["--price-hysteresis", "0.01"], "--price-hysteresis: only with --price-above"),
        (["--price-min-duration", "5"], "--price-min-duration: only with --price-above"),
        (["--price-above", "0.18", "--price-hysteresis", "-0.001"], "--price-hysteresis: cannot be negative"),
        (["--price-above", "0.18", "--price-min-duration", "2000"], "--price-min-duration: from 0 to 1,440 minutes"),
        (["--start-at", "2020-01-01T00:00Z"], "--start-at: 2020-01-01"),
        (["--feed-limit", "rack9=5"], "--feed-limit: no feed named 'rack9' at Texas North (its feeds: feed-A, feed-B)"),
        (["--feed-limit", "feed-A=5", "--feed-limit", "feed-A=6"], "--feed-limit: feed 'feed-A' is given twice"),
    ],
)
def test_wrong_values_give_one_line_naming_the_flag(
    site_db: str, capsys: pytest.CaptureFixture[str], flags: list[str], fragment: str
) -> None:
    code, out, err = plan(site_db, capsys, "--dry-run", *flags)
    assert code == 1 and out == ""  # an invalid value: understood and refused
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hashinsight-desktop: error: ") and fragment in lines[0]


def test_a_feed_limit_caps_what_that_feed_sheds(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = plan(site_db, capsys, "--dry-run", "--json")
    free = json.loads(out)
    assert code == 0 and free["plan_id"] is None and free["trigger"] == "manual"
    assert sum(m["shed_kw"] for m in free["miners"] if m["feed"] == "feed-B") > 5.0  # B goes first when free
    code, out, _ = plan(site_db, capsys, "--dry-run", "--json", "--feed-limit", "feed-B=5")
    capped = json.loads(out)
    assert code == 0 and capped["shed_kw"] >= 15.0 and capped["feed_max_shed_kw"] == {"feed-B": 5.0}
    assert sum(m["shed_kw"] for m in capped["miners"] if m["feed"] == "feed-B") <= 5.0 + 1e-9
    code, out, _ = plan(site_db, capsys, "--dry-run", "--feed-limit", "feed-B=5")
    assert code == 0 and "feed feed-B: shed" in out and "of at most 5.0 kW" in out


def test_price_and_scheduled_plans_are_saved_with_their_trigger(
    site_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = plan(site_db, capsys, "--price-above", "0.18", "--price-hysteresis", "0.02", "--name", "price")
    assert code == 0, out
    assert "when the power price ≥ $0.18/kWh for 15 min; recovers below $0.16/kWh" in out
    plan_id = out.strip().splitlines()[-1].split()[2]  # "saved plan <id> (pending approval)"
    assert cli.main(["--database-url", site_db, "curtail", "show", plan_id, "--json", "--as", "owner"]) == 0
    shown = json.loads(capsys.readouterr().out)["plan"]["options"]["price_trigger"]
    assert shown == {"threshold_usd_per_kwh": 0.18, "hysteresis_usd_per_kwh": 0.02, "min_duration_min": 15.0}
    soon = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0, tzinfo=None)
    code, out, _ = plan(site_db, capsys, "--start-at", soon.isoformat(timespec="minutes"), "--name", "later")
    assert code == 0 and f"starts at {soon:%Y-%m-%d %H:%M} UTC (UTC)" in out  # the site's zone: UTC here
    database = open_database(site_db)
    try:
        with database.session_factory() as session:
            saved = {p.name: p for p in session.scalars(select(CurtailmentPlan))}
    finally:
        database.close()
    assert saved["price"].trigger == "price" and saved["price"].start_at is None
    assert saved["price"].options["price_trigger"] == {
        "threshold_usd_mwh": 180.0,
        "hysteresis_usd_mwh": 20.0,
        "min_duration_min": 15.0,
    }
    later = saved["later"]
    assert later.trigger == "scheduled" and later.start_at == soon.replace(tzinfo=UTC)


def set_site(url: str, **fields: Any) -> None:
    from hashinsight_desktop.db.models import Site
    from hashinsight_desktop.services.transaction import unit_of_work

    database = open_database(url)
    try:
        with unit_of_work(database.session_factory) as session:
            site = session.scalars(select(Site).where(Site.name == "Texas North")).one()
            for name, value in fields.items():
                setattr(site, name, value)
    finally:
        database.close()


def test_a_start_without_an_offset_is_the_sites_local_time(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    set_site(site_db, timezone="America/Chicago")
    code, out, _ = plan(site_db, capsys, "--start-at", "2031-01-15T17:00", "--name", "chicago", "--json")
    assert code == 0, out
    assert json.loads(out)["start_at"] == "2031-01-15T23:00:00+00:00"  # 17:00 CST, whatever this computer's zone
    code, out, _ = plan(site_db, capsys, "--start-at", "2031-07-15T17:00", "--dry-run")
    assert code == 0 and "starts at 2031-07-15 17:00 CDT (America/Chicago) once approved" in out
    code, out, _ = plan(site_db, capsys, "--start-at", "2031-01-15T17:00+00:00", "--dry-run", "--json")
    assert json.loads(out)["start_at"] == "2031-01-15T17:00:00+00:00"  # an offset given is kept


def test_show_numbers_batches_from_one_like_the_tab(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = plan(site_db, capsys, "--ramp-kw-per-min", "5", "--json")
    saved = json.loads(out)
    assert code == 0 and min(m["batch"] for m in saved["miners"]) == 1
    plan_id = saved["plan_id"]
    base = ["--database-url", site_db, "curtail", "show", plan_id, "--as", "owner"]
    assert cli.main(base) == 0
    text = capsys.readouterr().out
    assert " batch 1 " in text and " batch 0 " not in text
    assert cli.main([*base, "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    batches = sorted({i["batch"] for i in items})
    assert batches[0] == 1 and batches == list(range(1, len(batches) + 1))
    assert len(batches) == saved["batches"] > 1  # the count the plan command gave


def test_price_is_recorded_in_dollars_per_kwh(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from hashinsight_desktop.db.models import PowerPrice

    args = ["--database-url", site_db, "curtail", "price", "--site", "Texas North", "--usd-per-kwh", "0.155"]
    assert cli.main([*args, "--as", "owner"]) == 0
    assert capsys.readouterr().out.strip() == "recorded $0.155/kWh for Texas North"
    database = open_database(site_db)
    try:
        with database.session_factory() as session:
            (price,) = session.scalars(select(PowerPrice)).all()
    finally:
        database.close()
    assert price.usd_per_mwh == pytest.approx(155.0)  # stored per MWh, met per kWh


def test_stop_asks_the_run_to_halt_and_says_what_took_effect(
    site_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hashinsight_desktop.services.curtailment import executor
    from hashinsight_desktop.services.transaction import unit_of_work

    code, out, _ = plan(site_db, capsys, "--approve", "--json")
    assert code == 0
    plan_id = json.loads(out)["plan_id"]
    asked: list[tuple[str, str]] = []

    def fake_request_stop(session_factory: Any, principal: Any, pid: Any, *, clock: Any) -> str:
        asked.append((str(pid), principal.username))
        with unit_of_work(session_factory) as session:  # what the live executor does once it hears it
            row = session.get(CurtailmentPlan, pid)
            assert row is not None
            row.state, row.stop_requested_by = "stopped", principal.username
        return f"Stop asked: plan {str(pid)[:8]} ends after the commands in flight."

    monkeypatch.setattr(executor, "request_stop", fake_request_stop)
    base = ["--database-url", site_db, "curtail", "stop", plan_id[:8], "--as", "owner"]
    assert cli.main([*base, "--wait", "5", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert asked == [(plan_id, "owner")]
    assert shown["stopped"] is True and shown["state"] == "stopped" and shown["items"]["planned"] > 0
    assert shown["message"].startswith("Stop asked")
    assert cli.main(base) == 0
    text = capsys.readouterr().out
    assert "stopped: 0 confirmed, 0 accepted" in text and f"curtail recover {plan_id[:8]}" in text
