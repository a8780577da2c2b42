"""The command allow-lists and the two channels that enforce them.

The telemetry path (pollers, discovery, the ``poll`` command) holds a :class:`TelemetryClient`,
which can only read. Anything that changes a miner goes through a :class:`ControlChannel`, which
the control service (audit record + operation log per command) wraps; nothing else should hold
one. Both check the command before any I/O and raise :class:`CommandNotAllowed`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from hashinsight_desktop.services.cgminer.errors import CommandNotAllowed, MinerCommandRejected
from hashinsight_desktop.services.cgminer.protocol import DEFAULT_TIMEOUTS, Timeouts, encode_request, exchange
from hashinsight_desktop.services.cgminer.repair import parse_reply

# Commands that only report. cgminer/bmminer/bosminer names, btminer's get_* names, Avalon estats,
# LuxOS power.
READ_COMMANDS: frozenset[str] = frozenset(
    {
        "version",
        "config",
        "summary",
        "devs",
        "edevs",
        "pools",
        "stats",
        "estats",
        "devdetails",
        "coin",
        "asccount",
        "pgacount",
        "lcd",
        "fans",
        "temps",
        "tunerstatus",
        "power",  # LuxOS: the miner's measured draw (POWER[0].Watts)
        "get_version",
        "get_psu",
        "get_miner_info",
        "get_error_code",
    }
)

# Commands that change a miner, as the firmwares name them: cgminer/bmminer (pools, restart),
# Avalon (ascset ... softoff/softon/workmode), btminer (power_off/on, power targets, frequency),
# LuxOS (curtail sleep/wakeup, profileset), Braiins OS (pause/resume).
CONTROL_COMMANDS: frozenset[str] = frozenset(
    {
        "restart",
        "reboot",
        "quit",
        "ascset",
        "pgaset",
        "ascenable",
        "ascdisable",
        "switchpool",
        "addpool",
        "enablepool",
        "disablepool",
        "removepool",
        "poolpriority",
        "poolquota",
        "power_off",
        "power_on",
        "set_power_pct",
        "adjust_power_limit",
        "set_target_freq",
        "set_low_power",
        "set_normal_power",
        "set_high_power",
        "restart_btminer",
        "update_pools",
        "curtail",
        "profileset",
        "pause",
        "resume",
    }
)

_NAME = re.compile(r"[a-z][a-z0-9_]*(?:\+[a-z][a-z0-9_]*)*")


def is_read_command(command: str) -> bool:
    """A read command, or a ``+``-joined combination of read commands (``summary+devs``)."""
    return bool(_NAME.fullmatch(command)) and all(part in READ_COMMANDS for part in command.split("+"))


def is_control_command(command: str) -> bool:
    """Exactly one control command: control commands are never joined."""
    return command in CONTROL_COMMANDS


def reply_error(reply: Mapping[str, Any]) -> str | None:
    """The firmware's error message when a reply's STATUS is ``E``/``F``; ``None`` when it succeeded.

    cgminer puts ``STATUS`` in a list of objects; btminer puts a bare string with ``Msg`` beside it.
    """
    status = reply.get("STATUS")
    if isinstance(status, list) and status and isinstance(status[0], dict):
        code, message = status[0].get("STATUS"), status[0].get("Msg")
    elif isinstance(status, str):
        code, message = status, reply.get("Msg")
    else:
        return None
    if code in ("E", "F"):
        return str(message) if message not in (None, "") else "error"
    return None


class TelemetryClient:
    """Sends read commands only: anything else raises :class:`CommandNotAllowed` before any I/O."""

    __slots__ = ("_encoded", "timeouts")

    def __init__(self, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> None:
        self.timeouts = timeouts
        self._encoded: dict[str, bytes] = {}  # checked and encoded once per command

    def request(self, command: str, parameter: str | None = None) -> bytes:
        """The encoded request, after the allow-list check."""
        if parameter is None and (known := self._encoded.get(command)) is not None:
            return known
        if not is_read_command(command):
            raise CommandNotAllowed(f"{command!r} is not a read command; the telemetry channel cannot send it")
        encoded = encode_request(command, parameter)
        if parameter is None and len(self._encoded) < 256:
            self._encoded[command] = encoded
        return encoded

    async def read_raw(
        self, host: str, port: int, command: str, parameter: str | None = None, *, deadline: float | None = None
    ) -> bytes:
        request = self.request(command, parameter)
        t = self.timeouts
        return await exchange(
            host,
            port,
            request,
            connect_timeout=t.connect,
            deadline=t.deadline if deadline is None else deadline,
            max_reply=t.max_reply,
        )

    async def read(
        self, host: str, port: int, command: str, parameter: str | None = None, *, deadline: float | None = None
    ) -> dict[str, Any]:
        """The parsed reply of a read command (its STATUS is not checked: see :func:`reply_error`)."""
        return parse_reply(await self.read_raw(host, port, command, parameter, deadline=deadline))


class ControlChannel:
    """Sends one control command and checks the firmware accepted it.

    Only the control service should hold one: it records each command and its result in the
    audit log and the operation log.
    """

    __slots__ = ("timeouts",)

    def __init__(self, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> None:
        self.timeouts = timeouts

    async def send(self, host: str, port: int, command: str, parameter: str | None = None) -> dict[str, Any]:
        """The reply; raises :class:`MinerCommandRejected` when the firmware answers with an error."""
        if not is_control_command(command):
            raise CommandNotAllowed(f"{command!r} is not a control command")
        t = self.timeouts
        raw = await exchange(
            host,
            port,
            encode_request(command, parameter),
            connect_timeout=t.connect,
            deadline=t.deadline,
            max_reply=t.max_reply,
        )
        reply = parse_reply(raw)
        error = reply_error(reply)
        if error is not None:
            raise MinerCommandRejected(command, error)
        return reply
