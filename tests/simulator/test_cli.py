"""run_simulator: the `simulate` command, bounded by --duration, loopback only."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.simulator.cli import READY, build_parser, run_simulator
from tests.simulator.loopback import loopback_network


def test_parser_defaults() -> None:
    args = build_parser().parse_args(["--miners", "10"])
    assert args.miners == 10 and args.bind is None and args.port == 4028 and args.seed == 0
    assert "Antminer S19 Pro" in args.mix


def test_bind_and_port_base_are_exclusive() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--miners", "1", "--bind", "127.1.0.0/16", "--port-base", "5000"])


def test_serves_then_stops_by_itself(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    targets = tmp_path / "targets.txt"
    argv = ["--miners", "5", "--bind", loopback_network(), "--faults", "hang=20", "--duration", "0.2"]
    assert run_simulator([*argv, "--write-targets", str(targets)]) == 0
    out = capsys.readouterr().out
    assert f"{READY} 5 miners" in out and "hang ×1" in out
    assert len(targets.read_text().splitlines()) == 5


@pytest.mark.parametrize(
    "argv",
    [
        ["--miners", "3", "--bind", "10.1.0.0/16"],
        ["--miners", "3", "--faults", "boom=1"],
        ["--miners", "3", "--mix", "Antminer S99"],
        ["--miners", "3", "--shard", "x"],
    ],
)
def test_bad_values_exit_1(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_simulator([*argv, "--duration", "0.1"]) == 1
    assert capsys.readouterr().err.startswith("simulate: ")


def test_families_option_mixes_firmware_families(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--miners", "10", "--bind", loopback_network(), "--duration", "0.2"]
    assert run_simulator([*argv, "--families", "whatsminer=20,luxos=30,avalon=10"]) == 0
    out = capsys.readouterr().out
    assert "luxos ×3" in out and "whatsminer ×2" in out and "avalon ×1" in out and "generic ×4" in out
    assert run_simulator([*argv, "--families", "bogus=10"]) == 1
    assert "unknown firmware family 'bogus'" in capsys.readouterr().err
