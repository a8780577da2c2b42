"""The poll's quick reads equal the plain ones: ``num``'s typed fast paths and the cached bmminer identity
give the same sample as the general code, for every simulator dialect and family, fault and malformed kind."""

from __future__ import annotations

import importlib
import math
from collections.abc import Mapping
from typing import Any

import pytest

from hashinsight_desktop.services.cgminer import dialects
from hashinsight_desktop.services.cgminer.errors import MinerProtocolError
from hashinsight_desktop.services.cgminer.normalise import normalise
from hashinsight_desktop.services.cgminer.repair import parse_reply
from hashinsight_desktop.services.cgminer.sample import MinerSample
from hashinsight_desktop.simulator import replies
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.simulator.miner import FAMILIES, SimulatedMiner

normalise_module = importlib.import_module(
    "hashinsight_desktop.services.cgminer.normalise"
)  # the package exports the function
COMMANDS = ("version", "summary", "pools", "stats", "estats", "edevs", "devs", "devdetails", "tunerstatus", "power")


def general_num(value: object) -> float | None:
    """``num`` as it read before its fast paths: isinstance checks only."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return result if math.isfinite(result) else None


def plain_identity(header: Mapping[str, Any], version: Mapping[str, Any], sample: MinerSample) -> None:
    """The bmminer identity as it read before the cache, every poll."""
    kind = dialects._text(header.get("Type")) or dialects._text(version.get("Type"))
    sample.model = dialects.antminer_model(kind)
    marks = " ".join(str(v) for v in (kind, version.get("Type"), version.get("Miner"), header.get("Miner")) if v)
    if vnish := dialects._VNISH.search(marks):
        sample.firmware, sample.family = f"VNish {vnish.group(1)}", "vnish"
        return
    miner = header.get("BMMiner") or version.get("BMMiner") or header.get("CGMiner") or version.get("CGMiner")
    built = header.get("CompileTime") or version.get("CompileTime")
    if miner or built:
        sample.firmware = " ".join(p for p in (f"bmminer {miner}" if miner else "", f"({built})" if built else "") if p)
    stock = f"{kind} {miner}".lower()
    bmminer = header.get("BMMiner") or version.get("BMMiner")
    if bmminer and (kind or "").startswith("Antminer") and not any(w in stock for w in dialects._OTHER_BMMINER):
        sample.family = "antminer"


def _replies(miner: SimulatedMiner) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for command in COMMANDS:
        raw = miner.handle(command, None)
        if raw is None:
            continue
        try:
            found[command] = parse_reply(raw)
        except MinerProtocolError:
            continue
    return found


def _cases() -> list[tuple[str, dict[str, Any]]]:
    families = {family: 100 / len(FAMILIES) for family in FAMILIES if family != "generic"}
    faults = {"overheat": 10.0, "deadboard": 10.0, "overdraw": 10.0}
    farm = SimulatedFarm(70, families=families, faults=faults, seed=3, warmup_s=0)
    cases = []
    for miner in farm.simulated:
        found = _replies(miner)
        label = f"{miner.family}/{dialects.detect(normalise_module.usable(found))}/{miner.model}/{miner.fault}"
        cases.append((label, found))
        if miner.fault == "none":
            miner.fault = "malformed"
            for kind in replies.REPAIRABLE:
                miner.malformation = kind
                cases.append((f"{label}/{kind}", _replies(miner)))
            miner.fault, miner.malformation = "none", None
            miner.sleep()
            cases.append((f"{label}/sleeping", _replies(miner)))
            miner.wake()
    return cases


def test_cases_cover_every_dialect_family_and_malformation() -> None:
    labels = [label for label, _ in _cases()]
    assert {label.split("/")[1] for label in labels} == {"antminer", "whatsminer", "avalon", "luxos", "braiins"}
    assert {label.split("/")[0] for label in labels} >= set(FAMILIES)
    assert {label.split("/")[-1] for label in labels} >= set(replies.REPAIRABLE) | {"sleeping"}


def test_fast_reads_equal_the_general_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _cases()
    fast = [normalise(found).to_dict() for _, found in cases]
    again = [normalise(found).to_dict() for _, found in cases]  # the identity cache hit this time
    monkeypatch.setattr(dialects, "num", general_num)
    monkeypatch.setattr(normalise_module, "num", general_num)
    monkeypatch.setattr(dialects, "_bmminer_identity", plain_identity)
    general = [normalise(found).to_dict() for _, found in cases]
    for (label, _), quick, cached, plain in zip(cases, fast, again, general, strict=True):
        assert quick == plain, label
        assert cached == plain, label
    assert sum(sample["status"] == "hashing" for sample in general) > len(cases) // 2


@pytest.mark.parametrize(
    "value",
    [" 12.5 ", "1_000", "nan", "-inf", "Infinity", "", "1e400", "0x10", True, False, 3, 2.5, float("nan"), None, [1]],
)
def test_num_fast_paths(value: object) -> None:
    assert dialects.num(value) == general_num(value)


@pytest.mark.parametrize("marks", [(1, None), (1.0, None), ("1", None), (["x"], None)])
def test_identity_not_cached_across_types(marks: tuple[object, object]) -> None:
    """``BMMiner: 1`` and ``BMMiner: 1.0`` are equal keys to a cache but read differently."""
    header = {"Type": "Antminer S19 Pro", "BMMiner": marks[0]}
    sample = MinerSample(status="error")
    dialects._bmminer_identity(header, {}, sample)
    assert sample.firmware == f"bmminer {marks[0]}"
