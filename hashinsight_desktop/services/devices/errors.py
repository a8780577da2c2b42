"""What can go wrong when a miner is told something: each with a one-line reason for the operator."""

from __future__ import annotations


class DeviceError(Exception):
    """A control command failed: the miner is unreachable, timed out, or the firmware answered an error.

    ``str(error)`` is one line naming what happened (never a password or token)."""

    def __init__(self, reason: str) -> None:
        reason = " ".join(str(reason).split()) or type(self).__name__
        super().__init__(reason)
        self.reason = reason


class Refused(DeviceError):
    """Not sent: the miner's firmware lacks the action, or the value is outside what it accepts."""


class AuthFailed(DeviceError):
    """The firmware refused the login (wrong user or password): nothing was changed."""
