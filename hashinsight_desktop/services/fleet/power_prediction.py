"""What a power target would make of the selected miners, per model: watts and TH/s before and after.

A miner's full level is measured when it is hashing and was polled recently (its reported power and
hashrate), the catalogue's nominal figures otherwise. At the target, in this order: the level learned for
the model from telemetry (curtailment.learned_levels: "80%", "3000 W"; measured), a catalogue power mode
of that model at the same power (published), else hashrate estimated as falling with power^0.85, the
curve the curtailment levels use (site_fleet.PRESET_HASHRATE_EXPONENT). Miners whose firmware refuses the target
are counted apart: they keep their level.
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
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.curtailment.learned_levels import LearnedLevel, learn_levels
from hashinsight_desktop.services.curtailment.site_fleet import MEASURED_MAX_AGE, PRESET_HASHRATE_EXPONENT
from hashinsight_desktop.services.devices import Capabilities, capabilities_for, parse_family
from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.permissions import Permission, Principal, require_site

MEASURED: Final = "measured"
PUBLISHED: Final = "published"
ESTIMATED: Final = "estimated"
CATALOGUE: Final = "catalogue"
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


@dataclass(frozen=True)
class ModelPrediction:
    model: str
    miners: int  # that take the target
    refused: int  # whose firmware refuses it (unchanged)
    unknown: int  # no measured or catalogue figures: not predicted
    full_w: float
    full_ths: float
    full_source: str  # measured, catalogue, or "measured, catalogue" when mixed
    target_w: float
    target_ths: float
    target_source: str  # measured, published, estimated (or a mix)


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
    learned = learn_levels(session, now, model_ids) if model_ids else {}
    models = {
        m.id: _Model(
            f"{m.manufacturer} {m.name}", m.power_w, m.hashrate_ths, tuple(m.power_modes), learned.get(m.id, {})
        )
        for m in (session.scalars(select(MinerModel).where(MinerModel.id.in_(model_ids))) if model_ids else [])
    }
    capabilities: dict[tuple[str | None, str, str], Capabilities] = {}  # one parse per distinct value
    bases: list[MinerBase] = []
    for row in rows:
        model = models.get(row.model_id) if row.model_id is not None else None
        name = row.model_name or (model.name if model else "") or "unknown model"
        fresh = row.polled_at is not None and now - row.polled_at <= MEASURED_MAX_AGE
        measured = bool(fresh and row.status == HASHING and row.power_w and row.hashrate_ths)
        key = (row.family, name, json.dumps(row.capabilities, sort_keys=True))
        caps = capabilities.get(key)
        if caps is None:
            family = parse_family(row.family) if row.family else None
            caps = Capabilities.from_json(row.capabilities, family, name) if family else capabilities_for("generic")
            capabilities[key] = caps
        bases.append(
            MinerBase(
                model=name,
                full_w=row.power_w if measured else (model.power_w if model else None),
                full_ths=row.hashrate_ths if measured else (model.hashrate_ths if model else None),
                measured=measured,
                capabilities=caps,
                nominal_w=model.power_w if model else None,
                modes=model.modes if model else (),
                learned=model.learned if model else {},
            )
        )
    return bases


def _at_target(base: MinerBase, watts: float, key: str) -> tuple[float, float, str]:
    """Power and hashrate at the target (``watts`` as asked, ``key`` as levels are learned) and their source."""
    assert base.full_w and base.full_ths is not None
    learned = base.learned.get(key)
    if learned is not None:
        return learned.power_w, learned.hashrate_ths, MEASURED
    if abs(watts - base.full_w) <= 0.005 * base.full_w:  # the target is where it runs: its own figures
        return watts, base.full_ths, MEASURED if base.measured else CATALOGUE
    if base.nominal_w:
        for mode in base.modes:
            mode_w, mode_ths = mode.get("power_w"), mode.get("hashrate_ths")
            if mode_w and mode_ths is not None and abs(float(mode_w) - watts) <= MODE_MATCH * base.nominal_w:
                return watts, float(mode_ths), PUBLISHED
    share = min(1.0, (watts / base.full_w) ** PRESET_HASHRATE_EXPONENT)
    return watts, base.full_ths * share, ESTIMATED


def _sources(found: set[str]) -> str:
    order = (MEASURED, PUBLISHED, CATALOGUE, ESTIMATED)
    return ", ".join(s for s in order if s in found)


def predict(
    bases: Sequence[MinerBase], *, percent: int | None = None, watts: int | None = None
) -> list[ModelPrediction]:
    """Per model (most miners taking the target first): totals before and after the target, with their sources."""
    value = {"percent": percent} if percent is not None else {"watts": watts}
    groups: dict[str, list[MinerBase]] = {}
    for base in bases:
        groups.setdefault(base.model, []).append(base)
    found: list[ModelPrediction] = []
    refusals: dict[int, bool] = {}  # per capabilities object (load_bases shares one per distinct value)
    for model, members in groups.items():
        refused = unknown = taken = 0
        full_w = full_ths = target_w = target_ths = 0.0
        full_sources: set[str] = set()
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
            # A percentage is of nominal power (the catalogue's), as the firmware takes it.
            watts_then = (base.nominal_w or base.full_w) * percent / 100 if percent is not None else float(watts or 0)
            key = f"{percent}%" if percent is not None else f"{round(watts_then)} W"
            watts_then, ths_then, source = _at_target(base, watts_then, key)
            full_w += base.full_w
            full_ths += base.full_ths
            target_w += watts_then
            target_ths += ths_then
            full_sources.add(MEASURED if base.measured else CATALOGUE)
            target_sources.add(source)
        found.append(
            ModelPrediction(
                model, taken, refused, unknown, full_w, full_ths, _sources(full_sources), target_w, target_ths,
                _sources(target_sources),
            )
        )  # fmt: skip
    return sorted(found, key=lambda p: (-p.miners, -(p.refused + p.unknown), p.model))
