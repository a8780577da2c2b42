"""The allow-lists: telemetry can only read; control goes through its own channel."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.cgminer import commands
from hashinsight_desktop.services.cgminer.commands import (
    CONTROL_COMMANDS,
    READ_COMMANDS,
    ControlChannel,
    TelemetryClient,
    is_read_command,
    reply_error,
)
from hashinsight_desktop.services.cgminer.errors import CommandNotAllowed, MinerError


def test_lists_are_disjoint_and_hold_what_firmware_names() -> None:
    assert not READ_COMMANDS & CONTROL_COMMANDS
    assert {"summary", "devs", "edevs", "stats", "estats", "pools", "version", "devdetails"} <= READ_COMMANDS
    assert {"get_version", "get_psu", "get_miner_info"} <= READ_COMMANDS
    assert {
        "restart",
        "reboot",
        "ascset",
        "power_off",
        "power_on",
        "set_power_pct",
        "set_target_freq",
    } <= CONTROL_COMMANDS
    assert {"switchpool", "addpool", "enablepool", "disablepool"} <= CONTROL_COMMANDS


@pytest.mark.parametrize("command", ["summary", "summary+devs", "summary+pools", "stats+pools", "get_psu"])
def test_read_commands_and_joins_of_them(command: str) -> None:
    assert is_read_command(command)


@pytest.mark.parametrize(
    "command",
    ["restart", "summary+restart", "ascset", "Summary", "summary ", "summary+", "+summary", "", "summary|0", "quit"],
)
def test_everything_else_is_not_a_read(command: str) -> None:
    assert not is_read_command(command)


def _no_io(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []

    async def exchange(*args: object, **kwargs: object) -> bytes:
        calls.append(args)
        return b'{"STATUS":[{"STATUS":"S","Msg":"ok"}]}'

    monkeypatch.setattr(commands, "exchange", exchange)
    return calls


@pytest.mark.parametrize("command", [*sorted(CONTROL_COMMANDS), "summary+reboot", "anything"])
def test_telemetry_client_refuses_before_any_io(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _no_io(monkeypatch)
    client = TelemetryClient()
    with pytest.raises(CommandNotAllowed):
        asyncio.run(client.read("127.0.0.1", 4028, command))
    assert calls == []


@pytest.mark.parametrize("command", [*sorted(READ_COMMANDS), "summary+devs", "unknown"])
def test_control_channel_refuses_reads_and_unknowns(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _no_io(monkeypatch)
    with pytest.raises(CommandNotAllowed):
        asyncio.run(ControlChannel().send("127.0.0.1", 4028, command))
    assert calls == []


def test_allowed_commands_go_out(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _no_io(monkeypatch)
    assert asyncio.run(TelemetryClient().read("127.0.0.1", 4028, "summary+devs"))["STATUS"]
    assert asyncio.run(ControlChannel().send("127.0.0.1", 4028, "power_off"))["STATUS"]
    assert len(calls) == 2


def test_command_not_allowed_is_not_a_miner_fault() -> None:
    assert not issubclass(CommandNotAllowed, MinerError)


def test_control_channel_raises_when_the_firmware_rejects(monkeypatch: pytest.MonkeyPatch) -> None:
    async def exchange(*args: object, **kwargs: object) -> bytes:
        return b'{"STATUS":"E","When":1,"Code":14,"Msg":"invalid cmd","Description":""}'

    monkeypatch.setattr(commands, "exchange", exchange)
    with pytest.raises(MinerError, match="set_power_pct: invalid cmd"):
        asyncio.run(ControlChannel().send("127.0.0.1", 4028, "set_power_pct", "50"))


def test_reply_error_both_status_shapes() -> None:
    assert reply_error({"STATUS": [{"STATUS": "S", "Msg": "Summary"}]}) is None
    assert reply_error({"STATUS": [{"STATUS": "E", "Msg": "Invalid command"}]}) == "Invalid command"
    assert reply_error({"STATUS": "E", "Msg": "invalid cmd"}) == "invalid cmd"
    assert reply_error({"STATUS": "S", "Msg": {"fw_ver": "x"}}) is None
    assert reply_error({}) is None
