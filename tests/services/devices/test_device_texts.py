"""Why a miner refused or failed a command is said in the reader's language (the command-result column, the CLI's
table), with the miner's own values; what the firmware itself answered stays as it answered. Pure: no miner, a dict
stands in for Qt's translation."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.capabilities import capabilities_for
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.family import Family
from hashinsight_desktop.services.devices.generic import generic_command
from hashinsight_desktop.services.texts import render, render_error

CHINESE = {
    ("Devices", "the generic commands have no {action}: identify the miner's firmware first"): (
        "通用命令没有 {action}：请先识别矿机固件"
    ),
    ("Devices", "{name} firmware has no power modes"): "{name} 固件没有功率模式",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_refusal_is_said_in_the_readers_language() -> None:
    with pytest.raises(Refused) as refused:
        generic_command(Action.POOL, None, None)
    assert str(refused.value) == "the generic commands have no pool: identify the miner's firmware first"
    assert render_error(refused.value, chinese) == "通用命令没有 pool：请先识别矿机固件"
    reason = capabilities_for(Family.LUXOS).refuses(Action.MODE, mode="low")
    assert reason is not None and render(reason, chinese) == "LuxOS 固件没有功率模式"


def test_what_the_firmware_answered_stays_as_it_answered() -> None:
    error = DeviceError("  set_power_pct:\\n Invalid command ")
    assert str(error) == render_error(error, chinese) == "set_power_pct:\\n Invalid command"
