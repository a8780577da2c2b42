"""A site's miners as the optimiser sees them: which can shed power, and the levels each can run at.

Power and hashrate come from the best source at hand: the latest poll when it is recent and the
miner is hashing (measured), otherwise the catalogue's nominal figures. Only hashing miners can
shed; the others are counted with the reason they were left out, so a preview can say why its
fleet is smaller than the site.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Miner, MinerModel, MinerState, Site
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.curtailment.fast_path import Fleet
from hashinsight_desktop.services.curtailment.learned_levels import LearnedLevel, learn_levels, level_key
from hashinsight_desktop.services.curtailment.level_commands import MODE_PREFIX
from hashinsight_desktop.services.curtailment.plan_states import ACTIVE
from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.capabilities import Capabilities
from hashinsight_desktop.services.devices.family import Family
from hashinsight_desktop.services.devices.identify import may_identify_later
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MEASURED_MAX_AGE = timedelta(minutes=10)  # an older poll no longer says what the miner draws now
# Hashrate at a power target when the catalogue has no figure for that mode: under-clocked chips
# are more efficient, hashrate falls roughly as power^0.85 (what vendors' low-power modes show).
PRESET_HASHRATE_EXPONENT = 0.85
DEFAULT_SLEEP_W = 30.0


@dataclass(frozen=True)
class Level:
    kind: str  # full, sleep; preset (generic %), percent, watts, mode:<name> (see .level_commands)
    power_w: float
    hashrate_ths: float
    power_pct: int | None = None  # presets: % of nominal power
    estimated: bool = False  # hashrate from PRESET_HASHRATE_EXPONENT, not a catalogue figure for the mode
    samples: int = 0  # > 0: power and hashrate measured at this level by this many samples of the model

    @property
    def source_text(self) -> Text:
        """Where the level's figures come from, as the preview says it (in the reader's language)."""
        if self.samples:
            return Text(QT_TRANSLATE_NOOP("Curtailment", "measured from {samples:,} samples"), samples=self.samples)
        return Text(
            QT_TRANSLATE_NOOP("Curtailment", "estimated")
            if self.estimated
            else QT_TRANSLATE_NOOP("Curtailment", "catalogue")
        )


@dataclass(frozen=True)
class CandidateMiner:
    miner_id: uuid.UUID
    name: str
    host: str
    port: int
    dialect: str | None
    customer_id: uuid.UUID | None
    model: str
    measured: bool  # power/hashrate from telemetry (else catalogue nominal)
    locked: bool  # protected or changed too recently: stays at full (the plan passes it as protected)
    levels: tuple[Level, ...]  # levels[0] is full; a locked miner keeps its others, to say what a lock withholds
    power_feed: str | None = None  # the feed (or rack) per-feed shed limits apply to
    lock_reason: str | None = None  # why it is locked: "protected", or "anti-flap" (changed too recently)
    free_at: datetime | None = None  # anti-flap: when it may be changed again

    @property
    def full(self) -> Level:
        return self.levels[0]


@dataclass(frozen=True)
class LevelOptions:
    presets_pct: tuple[int, ...] = (75, 50)
    sleep_w: float = DEFAULT_SLEEP_W
    protected: frozenset[uuid.UUID] = frozenset()
    anti_flap_minutes: float = 15.0
    # A sleeping miner at 0 W is a miner switched off: planned only when the plan allows power-off.
    allow_power_off: bool = False


@dataclass(frozen=True)
class SiteFleet:
    site_id: uuid.UUID
    site_name: str
    miners: tuple[CandidateMiner, ...]
    site_power_kw: float  # what every reporting miner of the site draws now (measured or nominal)
    # reason → miners left out; a reason is a marked text (said in the reader's language), equal to its English
    excluded: dict[str | Text, int] = field(default_factory=dict)
    excluded_kw: dict[str | Text, float] = field(default_factory=dict)  # reason → what their deepest level would shed
    timezone: str = "UTC"  # the site's: times in messages (anti-flap "free at") are its local times

    def fleet(self) -> Fleet:
        return Fleet.from_levels([[(lv.power_w, lv.hashrate_ths) for lv in m.levels] for m in self.miners])

    @property
    def measured_share(self) -> float:
        return sum(m.measured for m in self.miners) / len(self.miners) if self.miners else 0.0


# Why a miner is left out of a plan (the keys of SiteFleet.excluded).
NOT_IDENTIFIED_YET = QT_TRANSLATE_NOOP("Curtailment", "not identified yet: left out")
IN_ACTIVE_PLAN = QT_TRANSLATE_NOOP("Curtailment", "already in an active plan")
NO_FIGURES = QT_TRANSLATE_NOOP("Curtailment", "no telemetry and no catalogue model")
STATUS_WORDS = {  # a miner's status inside "not hashing (…)"
    "degraded": QT_TRANSLATE_NOOP("Curtailment", "degraded"),
    "sleeping": QT_TRANSLATE_NOOP("Curtailment", "sleeping"),
    "error": QT_TRANSLATE_NOOP("Curtailment", "error"),
    "offline": QT_TRANSLATE_NOOP("Curtailment", "offline"),
    "unknown": QT_TRANSLATE_NOOP("Curtailment", "unknown"),
}


def not_hashing(status: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Curtailment", "not hashing ({status})"), status=STATUS_WORDS.get(status, status))


def unverified_firmware(family: str | None, identify_note: str | None) -> str | None:
    """Why a miner's levels are not known (it is left out of plans), ``None`` when they are.

    A miner identification could not tell yet (pyasic did not recognise it, or its identification is still
    pending: ``identify_note`` set, family unknown) runs some firmware that may lack the generic commands'
    percentage levels, and even their sleep: planning one would be a guess its firmware then refuses
    ("set_power_pct: Invalid command"). A miner never identified with no note keeps the historical generic
    levels (what the project's simulator takes), as does one pyasic named and kept generic with its reason."""
    if family is None:
        return NOT_IDENTIFIED_YET if identify_note is not None else None
    if family == Family.GENERIC.value and may_identify_later(identify_note):
        return NOT_IDENTIFIED_YET
    return None


def _levels(
    full_w: float,
    full_ths: float,
    model: MinerModel | None,
    options: LevelOptions,
    capabilities: Capabilities | None = None,
    learned: Mapping[str, LearnedLevel] | None = None,
) -> tuple[Level, ...]:
    """The levels a miner can take: its firmware's own (``capabilities`` of an identified miner), or
    the generic percentage presets and sleep for a miner nobody identified; a level its model was
    measured at (``learned``, see :mod:`.learned_levels`) takes the measured figures."""
    if capabilities is not None:
        return _measured(_firmware_levels(full_w, full_ths, options, capabilities), full_w, full_ths, learned)
    levels = [Level("full", full_w, full_ths)]
    modes = model.power_modes if model is not None else []
    # A catalogue mode with figures beats the estimate: (pct of nominal, hashrate share of nominal).
    known = {
        round(100 * float(m["power_w"]) / model.power_w): float(m["hashrate_ths"]) / model.hashrate_ths
        for m in modes
        if model is not None and m.get("power_w") and m.get("hashrate_ths") and model.power_w and model.hashrate_ths
    }
    for pct in sorted(set(options.presets_pct) | set(known), reverse=True):
        if not 10 <= pct < 100:
            continue
        share = known.get(pct, (pct / 100) ** PRESET_HASHRATE_EXPONENT)
        levels.append(Level("preset", full_w * pct / 100, full_ths * share, pct, estimated=pct not in known))
    if options.sleep_w < full_w and (options.sleep_w > 0 or options.allow_power_off):
        levels.append(Level("sleep", options.sleep_w, 0.0))
    return _measured(tuple(levels), full_w, full_ths, learned)


def _measured(
    levels: tuple[Level, ...], full_w: float, full_ths: float, learned: Mapping[str, LearnedLevel] | None
) -> tuple[Level, ...]:
    """Each level its model was measured at takes the measured power and hashrate (never above full);
    sleep keeps the plan's own figure (its power is what the plan allows, not a preset)."""
    if not learned:
        return levels
    found: list[Level] = []
    for level in levels:
        key = level_key(level.kind, level.power_pct, level.power_w) if level.kind not in ("full", "sleep") else None
        seen = learned.get(key) if key is not None else None
        if seen is None:
            found.append(level)
            continue
        found.append(
            replace(
                level,
                power_w=min(full_w, seen.power_w),
                hashrate_ths=min(full_ths, seen.hashrate_ths),
                estimated=False,
                samples=seen.samples,
            )
        )
    return tuple(found)


def _firmware_levels(full_w: float, full_ths: float, options: LevelOptions, caps: Capabilities) -> tuple[Level, ...]:
    """Only what the firmware takes: the plan's presets where it takes any percentage or any watts
    in a range, its own modes and profiles otherwise, and sleep where it can sleep."""

    def at(kind: str, watts: float, pct: int | None = None) -> Level:
        share = (watts / full_w) ** PRESET_HASHRATE_EXPONENT if full_w > 0 else 0.0
        return Level(kind, watts, full_ths * min(1.0, share), pct, estimated=True)

    lower: dict[float, Level] = {}
    for pct in options.presets_pct:
        if not 10 <= pct < 100:
            continue
        watts = round(full_w * pct / 100)
        if caps.refuses(Action.POWER_TARGET, percent=pct) is None:
            lower.setdefault(watts, at("percent", full_w * pct / 100, pct))
        elif not caps.power_by_profile and caps.refuses(Action.POWER_TARGET, watts=watts) is None:
            lower.setdefault(watts, at("watts", watts, pct))
    for level in caps.power_levels(full_w):
        if level.kind == "mode":
            lower.setdefault(round(level.watts), at(f"{MODE_PREFIX}{level.setting}", level.watts))
        elif level.kind == "profile" and level.watts < full_w:
            lower.setdefault(round(level.watts), at("profile", level.watts))
    levels = [Level("full", full_w, full_ths), *sorted(lower.values(), key=lambda lv: -lv.power_w)]
    if caps.sleep and options.sleep_w < full_w and (options.sleep_w > 0 or options.allow_power_off):
        levels.append(Level("sleep", options.sleep_w, 0.0))
    return tuple(levels)


def recently_changed(session: Session, site_id: uuid.UUID, since: datetime) -> dict[uuid.UUID, datetime]:
    """Miners of the site a curtailment plan or recovery touched after ``since`` (anti-flap), with when
    they were last touched."""
    rows = session.execute(
        select(CurtailmentItem.miner_id, func.max(CurtailmentItem.updated_at))
        .join(CurtailmentPlan, CurtailmentPlan.id == CurtailmentItem.plan_id)
        .where(CurtailmentPlan.site_id == site_id, CurtailmentItem.updated_at >= since)
        .where(CurtailmentItem.state != "planned")
        .group_by(CurtailmentItem.miner_id)
    )
    return {miner_id: _utc(at) for miner_id, at in rows if miner_id is not None and at is not None}


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)  # SQLite hands back naive UTC


def _deepest_shed_w(full_w: float, model: MinerModel | None, options: LevelOptions) -> float:
    """What a miner's deepest level would shed from ``full_w`` (for miners left out of the plan)."""
    if full_w <= 0:
        return 0.0
    return full_w - min(level.power_w for level in _levels(full_w, 0.0, model, options))


def _in_active_plans(session: Session, site_id: uuid.UUID) -> set[uuid.UUID]:
    rows = session.execute(
        select(CurtailmentItem.miner_id)
        .join(CurtailmentPlan, CurtailmentPlan.id == CurtailmentItem.plan_id)
        .where(CurtailmentPlan.site_id == site_id, CurtailmentPlan.state.in_([s.value for s in ACTIVE]))
    )
    return {miner_id for (miner_id,) in rows if miner_id is not None}


def load_site_fleet(session: Session, site_id: uuid.UUID, options: LevelOptions, now: datetime) -> SiteFleet:
    site = session.get(Site, site_id)
    if site is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That site no longer exists."))
    rows = session.execute(
        select(Miner, MinerModel, MinerState)
        .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
        .outerjoin(MinerState, MinerState.miner_id == Miner.id)
        .where(Miner.site_id == site_id, Miner.is_active.is_(True))
        .order_by(Miner.name)
    ).all()
    busy = _in_active_plans(session, site_id)
    learned = learn_levels(session, now, {model.id for _, model, _ in rows if model is not None})
    flapping: dict[uuid.UUID, datetime] = (
        recently_changed(session, site_id, now - timedelta(minutes=options.anti_flap_minutes))
        if options.anti_flap_minutes > 0
        else {}
    )
    excluded: Counter[str | Text] = Counter()
    excluded_w: dict[str | Text, float] = {}

    def leave_out(why: str | Text, miner_model: MinerModel | None, state: MinerState | None, fresh: bool) -> None:
        reported = float(state.power_w or 0.0) if state is not None and fresh else 0.0
        basis = reported or (miner_model.power_w if miner_model is not None else 0.0)
        excluded[why] += 1
        excluded_w[why] = excluded_w.get(why, 0.0) + _deepest_shed_w(basis, miner_model, options)

    miners: list[CandidateMiner] = []
    site_power_w = 0.0
    for miner, model, state in rows:
        fresh = state is not None and state.polled_at >= now - MEASURED_MAX_AGE
        status = state.status if state is not None and fresh else "unknown"
        if fresh and state is not None and state.power_w:
            site_power_w += state.power_w
        if miner.id in busy:
            leave_out(IN_ACTIVE_PLAN, model, state, fresh)
            continue
        if fresh and status != HASHING:
            leave_out(not_hashing(status), model, state, fresh)
            continue
        measured = bool(fresh and state is not None and state.power_w and state.hashrate_ths)
        if measured and state is not None:
            full_w, full_ths = float(state.power_w or 0.0), float(state.hashrate_ths or 0.0)
        elif model is not None:
            full_w, full_ths = model.power_w, model.hashrate_ths
            if not fresh:
                site_power_w += full_w  # not polled lately: assume it draws its nominal power
        else:
            leave_out(NO_FIGURES, model, state, fresh)
            continue
        unverified = unverified_firmware(miner.family, miner.identify_note)
        if unverified is not None:
            leave_out(unverified, model, state, fresh)
            continue
        lock_reason = "protected" if miner.id in options.protected else "anti-flap" if miner.id in flapping else None
        free_at = flapping[miner.id] + timedelta(minutes=options.anti_flap_minutes) if miner.id in flapping else None
        capabilities = (
            Capabilities.from_json(miner.capabilities, miner.family, miner.model_name or "") if miner.family else None
        )
        levels = _levels(full_w, full_ths, model, options, capabilities, learned.get(model.id) if model else None)
        dialect = state.dialect if state is not None else None
        miners.append(
            CandidateMiner(
                miner.id,
                miner.name,
                miner.ip_address,
                miner.port,
                dialect,
                miner.customer_id,
                model.name if model is not None else "",
                measured,
                lock_reason is not None,
                levels,
                miner.power_feed,
                lock_reason,
                free_at if lock_reason == "anti-flap" else None,
            )
        )
    return SiteFleet(
        site.id,
        site.name,
        tuple(miners),
        site_power_w / 1000.0,
        dict(excluded),
        {why: w / 1000.0 for why, w in excluded_w.items()},
        site.timezone or "UTC",
    )


def site_power_now_kw(session: Session, site_id: uuid.UUID, now: datetime) -> float:
    """Measured power of the site's miners polled in the last few minutes (the "power now" gauge)."""
    total = session.execute(
        select(func.coalesce(func.sum(MinerState.power_w), 0.0))
        .join(Miner, Miner.id == MinerState.miner_id)
        .where(Miner.site_id == site_id, Miner.is_active.is_(True), MinerState.polled_at >= now - MEASURED_MAX_AGE)
    ).scalar_one()
    return float(total or 0.0) / 1000.0


def curtailed_hashrate_shares(session: Session, site_id: uuid.UUID | None = None) -> dict[uuid.UUID, float]:
    """Miners told to run at a power preset by an active plan (and not yet confirmed back at full),
    with the share of their full hashrate they are expected to make: the alert rules judge them
    against that, not against nominal, so a curtailment does not raise a storm of "hashrate drop"."""
    query = (
        select(CurtailmentItem.miner_id, CurtailmentItem.level_hashrate_ths, CurtailmentItem.full_hashrate_ths)
        .join(CurtailmentPlan, CurtailmentPlan.id == CurtailmentItem.plan_id)
        .where(
            CurtailmentPlan.state.in_([s.value for s in ACTIVE]),
            CurtailmentItem.level != "sleep",
            CurtailmentItem.state != "planned",
            func.coalesce(CurtailmentItem.recovery_state, "") != "confirmed",
        )
    )
    if site_id is not None:
        query = query.where(CurtailmentPlan.site_id == site_id)
    return {
        miner_id: min(1.0, level / full)
        for miner_id, level, full in session.execute(query)
        if miner_id is not None and full > 0
    }
