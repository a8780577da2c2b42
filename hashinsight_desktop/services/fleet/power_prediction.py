"""What a power target would make of the selected miners, per catalogue model: watts and TH/s now and at the target.

*Now* is what a freshly polled, hashing miner reports; the catalogue's nominal figures when it has no fresh
reading. Its *full level* is its measured now when no curtailment plan holds it below full power, else the
level learned for its model at 100 %, else the catalogue's nominal. A percentage target is a share of the
miner's full level (what its firmware calls 100 %), so 100 % predicts the full level: the same figures as
now for a miner already at full power. No target predicts more than the full level (a watts target above
it is a ceiling the miner never reaches) unless the firmware accepts a percentage above 100 %: that is an
overclock, estimated and labelled so.

Below full, in this order: the level learned for the model from telemetry (curtailment.learned_levels:
"80%", "3000 W"; measured), a catalogue power mode at the same share of nominal power (published, scaled to
the miner's full level), else hashrate estimated as falling with power^0.85, the curve the curtailment
levels use (site_fleet.PRESET_HASHRATE_EXPONENT). Miners whose firmware refuses the target are counted
apart: they keep their level.

Miners are grouped by their catalogue model: its id when known, else the model their reported name
resolves to through the catalogue's lookup key, else the reported name itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner, MinerModel, MinerState
from hashinsight_desktop.services.catalogue_file import lookup_key
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.curtailment.learned_levels import LearnedLevel, learn_levels
from hashinsight_desktop.services.curtailment.site_fleet import MEASURED_MAX_AGE, PRESET_HASHRATE_EXPONENT
from hashinsight_desktop.services.devices import Capabilities, capabilities_for, parse_family
from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.telemetry.health import commanded_miners

MEASURED: Final = "measured"
PUBLISHED: Final = "published"
ESTIMATED: Final = "estimated"
CATALOGUE: Final = "catalogue"
OVERCLOCK: Final = "estimated overclock"
MODE_MATCH = 0.02  # a catalogue mode within 2 % of the target power is the target's figure
_IN_CHUNK = 1000


@dataclass(frozen=True)
class MinerBase:
    """One selected miner's full level and where it came from; ``None`` figures: nothing known."""

    model: str
    full_w: float | None
    full_ths: float | None
    measured: bool
    capabilities: Capabilities
    nominal_w: float | None
    modes: tuple[dict[str, Any], ...]
    learned: dict[str, LearnedLevel] = field(default_factory=dict)  # the model's, by level key
    now_w: float | None = None  # measured now; None: the same as the full level
    now_ths: float | None = None
    nominal_ths: float | None = None
    group: str = ""  # the catalogue model it is counted under ("" : by ``model``)


@dataclass(frozen=True)
class ModelPrediction:
    model: str
    miners: int  # that take the target
    refused: int  # whose firmware refuses it (unchanged)
    unknown: int  # no measured or catalogue figures: not predicted
    now_w: float
    now_ths: float
    now_source: str  # measured, catalogue, or "measured, catalogue" when mixed
    target_w: float
    target_ths: float
    target_source: str  # measured, published, catalogue, estimated, estimated overclock (or a mix)


@dataclass(frozen=True)
class _Model:
    name: str
    power_w: float
    hashrate_ths: float
    modes: tuple[dict[str, Any], ...]
    learned: dict[str, LearnedLevel]


def load_bases(
    session: Session, principal: Principal, miner_ids: Sequence[uuid.UUID], now: datetime
) -> list[MinerBase]:
    """Each miner's full level and what its firmware takes (columns, not entities: 10,000 miners are a click)."""
    ids = list(miner_ids)
    rows: list[Any] = []  # rows of the columns below
    for start in range(0, len(ids), _IN_CHUNK):
        query = (
            select(
                Miner.id,
                Miner.site_id,
                Miner.model_id,
                Miner.model_name,
                Miner.family,
                Miner.capabilities,
                MinerState.polled_at,
                MinerState.status,
                MinerState.power_w,
                MinerState.hashrate_ths,
            )
            .outerjoin(MinerState, MinerState.miner_id == Miner.id)
            .where(Miner.id.in_(ids[start : start + _IN_CHUNK]))
        )
        rows.extend(session.execute(query).all())
    for site_id in {row.site_id for row in rows}:
        require_site(principal, Permission.FLEET_OPERATE, site_id, "set the power of miners of this site")
    model_ids = {row.model_id for row in rows if row.model_id is not None}
    # Miners never matched to the catalogue: their reported name, as the catalogue looks names up.
    keys = {lookup_key(row.model_name) for row in rows if row.model_id is None and row.model_name}
    by_key: dict[str, uuid.UUID] = {}
    if keys:
        for found_key, found_id in session.execute(
            select(MinerModel.lookup_key, MinerModel.id).where(MinerModel.lookup_key.in_(keys))
        ):
            by_key[found_key] = found_id
    model_ids |= set(by_key.values())
    learned = learn_levels(session, now, model_ids) if model_ids else {}
    models = {
        m.id: _Model(m.name, m.power_w, m.hashrate_ths, tuple(m.power_modes), learned.get(m.id, {}))
        for m in (session.scalars(select(MinerModel).where(MinerModel.id.in_(model_ids))) if model_ids else [])
    }
    held = commanded_miners(session)  # a plan holds them below full power: their now is not their full level
    capabilities: dict[tuple[str | None, str, str], Capabilities] = {}  # one parse per distinct value
    bases: list[MinerBase] = []
    for row in rows:
        model_id = row.model_id if row.model_id is not None else by_key.get(lookup_key(row.model_name or ""))
        model = models.get(model_id) if model_id is not None else None
        name = (model.name if model else row.model_name) or "unknown model"
        fresh = row.polled_at is not None and now - row.polled_at <= MEASURED_MAX_AGE
        measured = bool(fresh and row.status == HASHING and row.power_w and row.hashrate_ths)
        key = (row.family, name, json.dumps(row.capabilities, sort_keys=True))
        caps = capabilities.get(key)
        if caps is None:
            family = parse_family(row.family) if row.family else None
            caps = Capabilities.from_json(row.capabilities, family, name) if family else capabilities_for("generic")
            capabilities[key] = caps
        learned_full = model.learned.get("100%") if model else None
        at_full = measured and row.id not in held
        if at_full:
            full_w, full_ths = row.power_w, row.hashrate_ths
        elif learned_full is not None:
            full_w, full_ths = learned_full.power_w, learned_full.hashrate_ths
        else:
            full_w, full_ths = (model.power_w, model.hashrate_ths) if model else (None, None)
        bases.append(
            MinerBase(
                model=name,
                full_w=full_w,
                full_ths=full_ths,
                measured=at_full or learned_full is not None,
                capabilities=caps,
                nominal_w=model.power_w if model else None,
                modes=model.modes if model else (),
                learned=model.learned if model else {},
                now_w=row.power_w if measured else None,
                now_ths=row.hashrate_ths if measured else None,
                nominal_ths=model.hashrate_ths if model else None,
                group=str(model_id) if model_id is not None else f"name:{lookup_key(name)}",
            )
        )
    return bases


def _full_source(base: MinerBase) -> str:
    return MEASURED if base.measured else CATALOGUE


def _at_target(base: MinerBase, watts: float, key: str, overclock: bool) -> tuple[float, float, str]:
    """Power and hashrate at the target (``watts`` as asked, ``key`` as levels are learned) and their source;
    never above the full level unless ``overclock`` (the firmware accepts a percentage above 100)."""
    assert base.full_w and base.full_ths is not None
    if overclock and watts > base.full_w:
        return watts, base.full_ths * (watts / base.full_w) ** PRESET_HASHRATE_EXPONENT, OVERCLOCK
    if watts >= base.full_w * 0.995:  # at or above its full level: it runs at its full level
        return base.full_w, base.full_ths, _full_source(base)
    learned = base.learned.get(key)
    if learned is not None and learned.power_w <= base.full_w:
        return learned.power_w, learned.hashrate_ths, MEASURED
    share = watts / base.full_w
    if base.nominal_w:
        for mode in base.modes:
            mode_w, mode_ths = mode.get("power_w"), mode.get("hashrate_ths")
            if mode_w and mode_ths is not None and abs(float(mode_w) / base.nominal_w - share) <= MODE_MATCH:
                ths_share = float(mode_ths) / base.nominal_ths if base.nominal_ths else None
                return watts, base.full_ths * ths_share if ths_share else float(mode_ths), PUBLISHED
    return watts, base.full_ths * share**PRESET_HASHRATE_EXPONENT, ESTIMATED


def _sources(found: set[str]) -> str:
    order = (MEASURED, PUBLISHED, CATALOGUE, ESTIMATED, OVERCLOCK)
    return ", ".join(s for s in order if s in found)


def predict(
    bases: Sequence[MinerBase], *, percent: int | None = None, watts: int | None = None
) -> list[ModelPrediction]:
    """Per model (most miners taking the target first): totals before and after the target, with their sources."""
    value = {"percent": percent} if percent is not None else {"watts": watts}
    groups: dict[str, list[MinerBase]] = {}
    for base in bases:
        groups.setdefault(base.group or base.model, []).append(base)
    found: list[ModelPrediction] = []
    refusals: dict[int, bool] = {}  # per capabilities object (load_bases shares one per distinct value)
    for members in groups.values():
        refused = unknown = taken = 0
        now_w = now_ths = target_w = target_ths = 0.0
        now_sources: set[str] = set()
        target_sources: set[str] = set()
        for base in members:
            refused_by = refusals.get(id(base.capabilities))
            if refused_by is None:
                refused_by = refusals[id(base.capabilities)] = (
                    base.capabilities.refuses(Action.POWER_TARGET, **value) is not None
                )
            if refused_by:
                refused += 1
                continue
            if not base.full_w or base.full_ths is None:
                unknown += 1
                continue
            taken += 1
            # A percentage is of the miner's full level: what its firmware calls 100 %.
            asked = base.full_w * percent / 100 if percent is not None else float(watts or 0)
            key = f"{percent}%" if percent is not None else f"{round(asked)} W"
            at_w, at_ths, source = _at_target(base, asked, key, overclock=percent is not None and percent > 100)
            if base.now_w is not None and base.now_ths is not None:
                now_w, now_ths = now_w + base.now_w, now_ths + base.now_ths
                now_sources.add(MEASURED)
            else:
                now_w, now_ths = now_w + base.full_w, now_ths + base.full_ths
                now_sources.add(_full_source(base))
            target_w += at_w
            target_ths += at_ths
            target_sources.add(source)
        found.append(
            ModelPrediction(
                members[0].model, taken, refused, unknown, now_w, now_ths, _sources(now_sources), target_w,
                target_ths, _sources(target_sources),
            )
        )  # fmt: skip
    return sorted(found, key=lambda p: (-p.miners, -(p.refused + p.unknown), p.model))
