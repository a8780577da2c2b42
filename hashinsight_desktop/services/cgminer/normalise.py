"""From raw replies (one per command) to one :class:`MinerSample`, whatever the dialect.

The status rules:

- ``hashing``: any hashrate (an over-heated miner that still hashes stays ``hashing``;
  :attr:`MinerSample.overheated` says so, and the alert rules act on it);
- ``sleeping``: no hashrate and a sleep/idle marker, or a draw of at most ``SLEEP_POWER_W``;
- ``error``: no hashrate otherwise (``error`` names why: over-heated, starting, not hashing),
  or no usable telemetry at all.

``offline`` is never decided here: it is for a miner that did not answer (see ``poll``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hashinsight_desktop.services.cgminer.commands import reply_error
from hashinsight_desktop.services.cgminer.dialects import READERS, Replies, detect, first, num, pool_url, rows, watts
from hashinsight_desktop.services.cgminer.sample import (
    ERROR,
    HASHING,
    OVERHEAT_C,
    SLEEPING,
    BoardSample,
    MinerSample,
)

__all__ = ["OVERHEAT_C", "SLEEP_POWER_W", "BoardSample", "MinerSample", "normalise", "split_joined"]

SLEEP_POWER_W = 100.0  # a sleeping miner draws ~25 W; nothing that hashes draws this little
STARTING_S = 300  # a miner up for less than this with no hashrate is still starting
_MIN_THS = 1e-6


def split_joined(reply: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """A joined reply (``summary+devs``) as ``{"summary": {...}, "devs": {...}}``.

    cgminer wraps each part in a one-item list; a part that is not an object is dropped.
    """
    parts: dict[str, dict[str, Any]] = {}
    for command, value in reply.items():
        if command in ("STATUS", "id"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            parts[command] = value[0]
        elif isinstance(value, dict):
            parts[command] = value
    return parts


_CHAIN_HW = tuple(f"chain_hw{n}" for n in range(1, 17))  # bmminer's per-board hardware errors


def usable(replies: Replies) -> dict[str, Mapping[str, Any]]:
    """The replies whose STATUS is not an error."""
    return {command: reply for command, reply in replies.items() if reply and reply_error(reply) is None}


def _read_counters(replies: Replies, sample: MinerSample) -> None:
    """Hardware errors, rejected shares and power target: the same summary keys in every dialect. A poll
    without the summary (stock Antminer's fast path asks stats+pools) takes the hardware errors from the
    hash boards' ``chain_hwN`` counts of bmminer's stats and the rejected shares from the pools' counts."""
    summary = first(replies, "summary")
    errors = num(summary.get("Hardware Errors"))
    if errors is None:
        errors = _chain_hw_errors(replies)
    sample.hw_errors = None if errors is None else max(0, round(errors))
    rejected_pct = num(summary.get("Pool Rejected%"))
    if rejected_pct is None:
        counted = [summary] if summary else rows(replies, "pools")
        accepted = sum(num(row.get("Accepted")) or 0.0 for row in counted)
        rejected = sum(num(row.get("Rejected")) or 0.0 for row in counted)
        rejected_pct = 100 * rejected / (accepted + rejected) if accepted + rejected > 0 else None
    sample.rejected_pct = rejected_pct
    sample.power_limit_w = watts(summary.get("Power Limit"))


def _chain_hw_errors(replies: Replies) -> float | None:
    """The sum of bmminer's per-board ``chain_hw1``… counters (stock Antminer, VNish, LuxOS); None without any."""
    stats = rows(replies, "stats")
    found = [n for row in stats for key in _CHAIN_HW if key in row and (n := num(row[key])) is not None]
    return sum(found) if found else None


def normalise(replies: Mapping[str, Mapping[str, Any]]) -> MinerSample:
    """One sample from ``{command: reply}``; never raises for odd content (missing keys, strings)."""
    good = usable(replies)
    if not good:
        reasons = [f"{command}: {reply_error(reply)}" for command, reply in replies.items() if reply]
        return MinerSample(status=ERROR, error=("; ".join(reasons) or "no reply")[:200])
    dialect = detect(good)
    sample = MinerSample(status=ERROR, dialect=dialect)
    sleeping = READERS[dialect](good, sample)
    sample.pool_url = pool_url(good)
    _read_counters(good, sample)
    if sample.hashrate_ths > _MIN_THS:
        sample.status = HASHING
    elif sleeping or (sample.power_w is not None and sample.power_w <= SLEEP_POWER_W):
        sample.status = SLEEPING
        sample.hashrate_ths = 0.0
    else:
        sample.status = ERROR
        sample.hashrate_ths = 0.0
        if sample.overheated:
            sample.error = f"overheated: not hashing at {sample.max_chip_temp_c:g} °C"
        elif sample.uptime_s is not None and sample.uptime_s < STARTING_S:
            sample.error = f"not hashing yet (started {sample.uptime_s} s ago)"
        elif not sample.boards and sample.model is None and sample.uptime_s is None:
            sample.error = "no telemetry in the reply"
        else:
            sample.error = "not hashing"
    return sample
