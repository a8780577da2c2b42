"""Every call into a device library under a per-miner deadline, with every error turned into one line.

A hung miner once blocked a whole pyasic polling script for 15 minutes; pyasic's factory raises TypeError on
some old Whatsminers; gRPC, HTTP and JSON errors come out of it raw. Here each becomes a :class:`DeviceError`
with a reason an operator can read, and no call outlives its deadline.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable
from typing import TypeVar

from hashinsight_desktop.services.devices.errors import DeviceError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)
T = TypeVar("T")

# pyasic warns (UserWarning) about partially supported models and failed logins: the device layer reports
# those itself, once, as results.
warnings.filterwarnings("ignore", category=UserWarning, module=r"pyasic(\..*)?")


def describe_exception(exc: BaseException) -> str:
    """One line for any library error (pyasic's APIError keeps its text in ``message``)."""
    message = getattr(exc, "message", None)
    text = str(message if isinstance(message, str) and message else exc)
    cause = exc.__cause__
    if cause is not None and type(cause).__name__ == "GRPCError":
        text = f"{text} ({getattr(cause, 'message', None) or cause})"
    text = " ".join(text.split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def guarded(call: Awaitable[T], *, deadline_s: float, what: str) -> T:
    """``call`` within ``deadline_s`` seconds; anything it raises becomes a DeviceError naming ``what``."""
    try:
        return await asyncio.wait_for(call, timeout=deadline_s)
    except DeviceError:
        raise
    except TimeoutError:
        no_answer = QT_TRANSLATE_NOOP("Devices", "{what}: no answer within {seconds:g} s")
        raise DeviceError(Text(no_answer, what=what, seconds=deadline_s)) from None
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # broad on purpose: a library bug must not stop the other miners
        log.debug("%s failed", what, exc_info=True)
        raise DeviceError(f"{what}: {describe_exception(exc)}") from exc
