"""`control` and `site credentials` as a user runs them: a real process against a mixed-family simulator,
JSON parsed, exit codes checked; credentials through a keyring (a test backend the child process can share)
and through the headless 0600 file named in the settings. Every call that depends on the keyring backend runs as a real
process (the backend is chosen once per process from its environment); polls and checks call cli.main in process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.transaction import unit_of_work
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.simulator.families import needs_port_80
from tests.simulator.loopback import loopback_network
from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD, make_people
from tests.support.file_keyring import BACKEND, FILE_ENV
from tests.support.simulator_process import simulator_process

pytestmark = needs_port_80
AS_OWNER = {"HASHINSIGHT_PASSWORD": PASSWORD}
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture
def mixed_site(app_home: Path):  # type: ignore[no-untyped-def]
    network = loopback_network()
    families = ["--mix", "Antminer S19 Pro,Whatsminer M30S++,Avalon A1246", "--families", "antminer=34,whatsminer=33"]
    with simulator_process(network, 3, app_home, *families, "--join-refusal", "0"):
        yield _add_site(app_home, network)


def _add_site(app_home: Path, network: str) -> str:
    assert run_main("db", "upgrade", home=app_home).returncode == 0
    database = open_database(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    people = make_people(database.session_factory)
    base = network.rsplit(".", 1)[0]
    with unit_of_work(database.session_factory) as session:
        miners = [NewMiner(f"{base}.{i}", name=f"m{i}") for i in (1, 2, 3)]
        add_miners(session, people.owner, people.site_id, miners)  # type: ignore[arg-type]
    database.close()
    return base


def _json(result: subprocess.CompletedProcess[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_control_from_the_command_line(mixed_site: str, app_home: Path, tmp_path: Path) -> None:
    # No keyring backend in the child: storing is refused with the headless alternative named; no plaintext.
    refused = run_cli(
        "site", "credentials", "Texas North", "--factory-defaults", "--as", "owner",
        home=app_home, env={**AS_OWNER, **NO_KEYRING},
    )  # fmt: skip
    assert_one_line_error(refused, "no secure keyring", "headless")

    # A keyring the child processes share: the site's login stored there, the password never on the command line.
    keyring_env = {**AS_OWNER, "PYTHON_KEYRING_BACKEND": BACKEND, FILE_ENV: str(tmp_path / "keyring.json")}
    stored = run_cli(
        "site", "credentials", "Texas North", "--user", "root", "--password-stdin", "--as", "owner",
        home=app_home, env=keyring_env, stdin="root\n",
    )  # fmt: skip
    assert stored.returncode == 0, stored.stderr
    assert "user root (in the keyring)" in stored.stdout and "root\n" not in stored.stdout.split(":", 1)[1][:6]
    shown = run_cli("site", "credentials", "Texas North", "--show", "--as", "owner", home=app_home, env=keyring_env)
    assert "user root" in shown.stdout

    everyone = ("m1", "m2", "m3")
    identified = run_cli("control", "identify", *everyone, "--json", "--as", "owner", home=app_home, env=keyring_env)
    assert identified.returncode == 0, identified.stderr
    families = {m["name"]: m["family"] for m in _json(identified)["miners"]}
    assert sorted(families.values()) == ["antminer", "generic", "whatsminer"]
    antminer = next(name for name, family in families.items() if family == "antminer")
    whatsminer = next(name for name, family in families.items() if family == "whatsminer")

    # The Whatsminer takes watts with its admin password (a model override), the stock Antminer refuses.
    override = run_cli(
        "site", "credentials", "Texas North", "--model", "Whatsminer M30S++ VH40", "--factory-defaults",
        "--as", "owner", home=app_home, env=keyring_env,
    )  # fmt: skip
    assert override.returncode == 0, override.stderr
    power = run_cli(
        "control", "power", antminer, whatsminer, "--watts", "2600", "--json", "--as", "owner",
        home=app_home, env=keyring_env,
    )  # fmt: skip
    assert power.returncode == 1, power.stderr  # one refused
    outcome = {m["name"]: m for m in _json(power)["miners"]}
    assert outcome[whatsminer]["outcome"] == "ok"
    assert outcome[antminer]["outcome"] == "refused" and "no power target" in outcome[antminer]["detail"]
    assert _json(power)["refused"] == 1 and _json(power)["ok"] == 1

    slept = run_cli("control", "sleep", "m1", "m2", "m3", "--json", "--as", "owner", home=app_home, env=keyring_env)
    assert slept.returncode == 0, slept.stdout + slept.stderr
    hosts = [f"{mixed_site}.{i}" for i in (1, 2, 3)]
    polled = json.loads(run_main("poll", *hosts, "--json", home=app_home).stdout)
    assert {row["status"] for row in polled} == {"sleeping"}

    # A headless agent: no keyring, the login in a 0600 file named in the settings.
    login = tmp_path / "miner-logins.json"
    login.write_text(json.dumps({"sites": {"Texas North": {"username": "root", "password": "wrong"}}}))
    login.chmod(0o600)
    settings = app_home / "config" / "settings.json"
    settings.write_text(json.dumps({"schema_version": 1, "extra": {"devices": {"credentials_file": str(login)}}}))
    headless = {**AS_OWNER, **NO_KEYRING}
    woke = run_cli("control", "wake", antminer, "--json", "--as", "owner", home=app_home, env=headless)
    assert woke.returncode == 1
    [failed] = _json(woke)["miners"]
    assert failed["outcome"] == "failed" and "wrong password" in failed["detail"]  # the file's password is wrong
    login.write_text(json.dumps({"sites": {"Texas North": {"factory_defaults": True}}}))
    woke = run_cli("control", "wake", "m1", "m2", "m3", "--as", "owner", home=app_home, env={**AS_OWNER, **NO_KEYRING})
    assert woke.returncode == 0, woke.stdout + woke.stderr
    assert "3 ok, 0 refused, 0 failed" in woke.stdout
    polled = json.loads(run_main("poll", *hosts, "--json", home=app_home).stdout)
    assert {row["status"] for row in polled} == {"hashing"}
    login.chmod(0o644)
    unsafe = run_cli("control", "wake", antminer, "--as", "owner", home=app_home, env={**AS_OWNER, **NO_KEYRING})
    assert unsafe.returncode == 1 and "readable by others" in unsafe.stdout

    unknown = run_main("control", "sleep", "nope", "--as", "owner", home=app_home, env=AS_OWNER)
    assert_one_line_error(unknown, "MINER", "nope")
    assert run_main("audit", "verify", home=app_home).returncode == 0
