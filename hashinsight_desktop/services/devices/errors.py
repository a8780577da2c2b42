"""What can go wrong when a miner is told something: each with a one-line reason for the operator."""

from __future__ import annotations

from hashinsight_desktop.services.texts import Text, Translate, render


class DeviceError(Exception):
    """A control command failed: the miner is unreachable, timed out, or the firmware answered an error.

    ``str(error)`` is one line naming what happened (never a password or token), in English; ``text`` is the same
    as a marked text (a reason given as a `Text`), said in the reader's language by ``render`` (`render_error`).
    What the firmware itself answered stays as it answered."""

    def __init__(self, reason: str | Text) -> None:
        english = " ".join(str(reason).split()) or type(self).__name__
        super().__init__(english)
        self.reason = english
        self.text: str | Text = reason if isinstance(reason, Text) else english

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, translate)


class Refused(DeviceError):
    """Not sent: the miner's firmware lacks the action, or the value is outside what it accepts."""


class AuthFailed(DeviceError):
    """The firmware refused the login (wrong user or password): nothing was changed."""
