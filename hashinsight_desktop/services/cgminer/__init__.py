"""The CGMiner API client (cgminer, bmminer, btminer, Avalon dialects): asyncio, Qt-free.

- :mod:`.protocol`: one command per connection, deadlines and a size cap;
- :mod:`.repair`: JSON parsing with only the field-seen firmware faults repaired;
- :mod:`.commands`: read/control allow-lists, :class:`TelemetryClient`, :class:`ControlChannel`;
- :mod:`.normalise`: one :class:`MinerSample` from any dialect;
- :mod:`.poll`: :func:`poll_miner` and :func:`poll_many`.
"""

from hashinsight_desktop.services.cgminer.commands import (
    CONTROL_COMMANDS,
    READ_COMMANDS,
    ControlChannel,
    TelemetryClient,
)
from hashinsight_desktop.services.cgminer.errors import (
    CommandNotAllowed,
    MinerCommandRejected,
    MinerError,
    MinerOfflineError,
    MinerProtocolError,
    MinerTimeoutError,
)
from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
from hashinsight_desktop.services.cgminer.normalise import normalise
from hashinsight_desktop.services.cgminer.poll import PollMemory, poll_many, poll_miner
from hashinsight_desktop.services.cgminer.protocol import DEFAULT_PORT, DEFAULT_TIMEOUTS, Timeouts, send_command
from hashinsight_desktop.services.cgminer.repair import parse_reply
from hashinsight_desktop.services.cgminer.sample import BoardSample, MinerSample

__all__ = [
    "CONTROL_COMMANDS",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUTS",
    "READ_COMMANDS",
    "BoardSample",
    "CommandNotAllowed",
    "ControlChannel",
    "MinerCommandRejected",
    "MinerError",
    "MinerOfflineError",
    "MinerProtocolError",
    "MinerSample",
    "MinerTimeoutError",
    "PollMemory",
    "TelemetryClient",
    "Timeouts",
    "normalise",
    "parse_reply",
    "poll_many",
    "poll_miner",
    "raise_open_file_limit",
    "send_command",
]
