"""What a poll says of a miner told to change level: confirmed within a stated tolerance of its level,
over it (it took the command but draws more), not taken (a re-send may help), or no answer.

A firmware saying "OK" proves nothing (some accept a command and do nothing); the poll does. A miner that
left its old level but draws more took the command and is not sent it again; only one still where it was
is re-sent. A firmware *mode* draws what the firmware makes of it: a miner that clearly left full power
is in its mode (the plan's figure for it was an estimate; the site's measured outcome counts the rest).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from hashinsight_desktop.services.cgminer.normalise import STARTING_S
from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, SLEEPING, MinerSample
from hashinsight_desktop.services.curtailment.command_log import ItemView
from hashinsight_desktop.services.curtailment.level_commands import MODE_PREFIX
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


class Verdict(StrEnum):
    """What a poll says of a miner told to change level."""

    CONFIRMED = "confirmed"  # at its level, within the tolerance
    OVER = "over"  # took the command (left its old level) but draws more than its level allows
    NOT_TAKEN = "not_taken"  # still where it was: the command did not take, a re-send may
    NO_ANSWER = "no_answer"  # no reading: nothing can be concluded, nothing is re-sent


class LevelItem(Protocol):
    """What a verdict reads of an item: its level and the figures planned for it (an :class:`ItemView`,
    or the Fleet tab's view of a plan item)."""

    @property
    def level(self) -> str: ...
    @property
    def level_power_w(self) -> float: ...
    @property
    def full_power_w(self) -> float: ...
    @property
    def level_hashrate_ths(self) -> float: ...
    @property
    def full_hashrate_ths(self) -> float: ...


Check = Callable[[ItemView, MinerSample, float], Verdict]

SLEEP_SLACK_W = 15.0  # a sleeping miner's controller and fans: its sleep power plus this


def _midway(level: float, full: float) -> float:
    """Where "took the command" begins: the miner has moved at least halfway from full to its level."""
    return (level + full) / 2 if full > level else level


def _preset_verdict(item: LevelItem, sample: MinerSample, tolerance_pct: float) -> Verdict:
    if sample.power_w is not None:
        measured, level, full = sample.power_w, item.level_power_w, item.full_power_w
    elif item.level_hashrate_ths > 0:  # firmware that reports no power: judged by hashrate
        measured, level, full = sample.hashrate_ths, item.level_hashrate_ths, item.full_hashrate_ths
    else:
        return Verdict.NO_ANSWER
    if measured <= level * (1 + tolerance_pct / 100):
        return Verdict.CONFIRMED
    return Verdict.OVER if measured <= _midway(level, full) else Verdict.NOT_TAKEN


def at_level(item: LevelItem, sample: MinerSample, tolerance_pct: float = 3.0) -> Verdict:
    """Whether the miner runs at the curtailed level of ``item``: a preset within ``tolerance_pct`` of
    its level power; sleep when the firmware says so or it draws no more than its sleep power."""
    if sample.status == OFFLINE:
        return Verdict.NO_ANSWER
    if item.level == "sleep":
        asleep = sample.status == SLEEPING or (
            sample.power_w is not None and sample.power_w <= item.level_power_w + SLEEP_SLACK_W
        )
        return Verdict.CONFIRMED if asleep else Verdict.NOT_TAKEN
    if sample.status != HASHING:
        return Verdict.NOT_TAKEN if sample.status == SLEEPING else Verdict.NO_ANSWER
    verdict = _preset_verdict(item, sample, tolerance_pct)
    if verdict == Verdict.OVER and item.level.startswith(MODE_PREFIX):
        # A firmware mode draws what the firmware makes of it: the plan's figure was an estimate, so a
        # miner that clearly left full power is in its mode; what it draws counts in the site's outcome.
        return Verdict.CONFIRMED
    return verdict


def _starting(sample: MinerSample) -> bool:
    return sample.status == ERROR and sample.uptime_s is not None and sample.uptime_s < STARTING_S


def at_full(item: ItemView, sample: MinerSample, tolerance_pct: float = 3.0) -> Verdict:
    """Whether the miner is back from the curtailed level of ``item``."""
    if sample.status == OFFLINE:
        return Verdict.NO_ANSWER
    if item.level == "sleep":
        # A woken miner boots its hash boards for a minute or more first: "starting" means the
        # wake took; whether it then hashes is the telemetry alerts' business, not a reason to resend.
        if sample.status == HASHING or _starting(sample):
            return Verdict.CONFIRMED
        return Verdict.NOT_TAKEN if sample.status == SLEEPING else Verdict.NO_ANSWER
    if sample.status != HASHING:
        return Verdict.NOT_TAKEN if sample.status == SLEEPING else Verdict.NO_ANSWER
    back = _preset_verdict(item, sample, tolerance_pct) == Verdict.NOT_TAKEN
    return Verdict.CONFIRMED if back else Verdict.NOT_TAKEN


def reported(item: ItemView, sample: MinerSample) -> Text:
    """What the miner said, in a few words for the item's detail (its error as the miner or the network said it)."""
    if sample.status == OFFLINE:
        error = sample.error or QT_TRANSLATE_NOOP("CurtailmentItems", "no answer")
        return Text(QT_TRANSLATE_NOOP("CurtailmentItems", "offline ({error})"), error=error)
    if sample.status == ERROR:
        error = sample.error or QT_TRANSLATE_NOOP("CurtailmentItems", "not hashing")
        return Text(QT_TRANSLATE_NOOP("CurtailmentItems", "error ({error})"), error=error)
    if sample.status == SLEEPING:
        return Text(QT_TRANSLATE_NOOP("CurtailmentItems", "sleeping"))
    if sample.power_w is not None:
        return Text(
            QT_TRANSLATE_NOOP("CurtailmentItems", "hashing at {power:,.0f} W (level {level:,.0f} W)"),
            power=sample.power_w,
            level=item.level_power_w,
        )
    return Text(
        QT_TRANSLATE_NOOP("CurtailmentItems", "hashing at {hashrate:,.1f} TH/s (level {level:,.1f} TH/s)"),
        hashrate=sample.hashrate_ths,
        level=item.level_hashrate_ths,
    )
