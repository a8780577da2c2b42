"""What can go wrong talking to one miner; each message is a short reason fit for a table cell."""

from __future__ import annotations

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate, render

REJECTED = QT_TRANSLATE_NOOP("Devices", "{command}: rejected")  # an error STATUS without a message


class MinerError(Exception):
    """Base class: the only exceptions the CGMiner client lets out for a miner's fault.

    ``str(error)`` is the reason in English; ``text`` the same as a marked text (`services.cgminer.reasons`) when the
    console phrased it, said in the reader's language by ``render``."""

    def __init__(self, reason: str | Text = "") -> None:
        super().__init__(str(reason))
        self.text = reason

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, translate)


class MinerOfflineError(MinerError):
    """Nobody answered the connection: refused, unreachable, or no answer to connect in time."""


class MinerTimeoutError(MinerError):
    """The miner accepted the connection but sent no complete reply before the deadline."""


class MinerProtocolError(MinerError):
    """The miner replied, but not with something we can read (unrepairable JSON, too large, cut short)."""


class MinerCommandRejected(MinerError):
    """The firmware answered a command with an error STATUS (``"E"`` or ``"F"``)."""

    def __init__(self, command: str, message: str) -> None:
        super().__init__(f"{command}: {message}" if message else Text(REJECTED, command=command))
        self.command = command
        self.message = message


class CommandNotAllowed(Exception):
    """The command is not on the allow-list of the channel it was sent through; nothing was sent.

    Deliberately not a :class:`MinerError`: it is the caller's mistake, never a miner's state.
    """
