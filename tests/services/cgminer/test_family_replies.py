"""Each firmware family's replies, from the captured fixtures and the fields real firmware uses.

Where a family has no capture in ``tests/fixtures/cgminer`` the replies are built from a fixture
with the family's own fields put in (the field names as pyasic 0.79 and other public readers use them):
LuxOS ``power``, Braiins ``tunerstatus``, VNish ``chain_consumptionN`` and its ``(vnish x)`` model,
stock ``chain_power`` as text, Avalon ``WALLPOWER``.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from hashinsight_desktop.services.cgminer.dialects import (
    antminer_model,
    catalogue_name,
    model_key,
    watts,
    whatsminer_model,
)
from hashinsight_desktop.services.cgminer.normalise import normalise
from tests.services.cgminer.test_normalise import load

OK = [{"STATUS": "S", "When": 1714387200, "Code": 0, "Msg": "", "Description": ""}]


def _stats(header: dict[str, Any] | None = None, **data: Any) -> dict[str, Any]:
    """The captured S19 stats with another header row and some data fields changed (None: removed)."""
    stats = copy.deepcopy(load("antminer_s19_stats.json"))
    if header is not None:
        stats["STATS"][0] = header
    row = stats["STATS"][1]
    for key, value in data.items():
        if value is None:
            row.pop(key, None)
        else:
            row[key] = value
    return stats


def _asleep(**data: Any) -> dict[str, Any]:
    zero = {"GHS 5s": "0.00", "GHS av": 0.0, "chain_rate1": "0.00", "chain_rate2": "0.00", "chain_rate3": "0.00"}
    return zero | data


def test_stock_antminer_capture() -> None:
    sample = normalise({"stats": load("antminer_s19_stats.json")})
    assert (sample.family, sample.model, sample.power_w) == ("antminer", "Antminer S19", 3271)
    s9 = normalise({"stats": load("antminer_s9_stats_missing_comma.bin")})
    assert (s9.family, s9.model, s9.power_w) == ("antminer", "Antminer S9", None)  # no power figure: None


def test_stock_antminer_chain_power_as_text() -> None:
    """Stock firmware writes ``"chain_power": "3250 W"`` (the unit in the string)."""
    sample = normalise({"stats": _stats(chain_power="3250 W")})
    assert sample.status == "hashing" and sample.power_w == 3250


def test_stock_antminer_sleep_mode_without_a_power_figure() -> None:
    """miner-mode 1 is the stock sleep mode: sleeping, and the power stays unknown (never a guess)."""
    sample = normalise({"stats": _stats(**_asleep(chain_power=None, **{"miner-mode": 1}))})
    assert sample.status == "sleeping" and sample.power_w is None and sample.hashrate_ths == 0
    not_asleep = normalise({"stats": _stats(**_asleep(chain_power=None, Elapsed=86400, **{"miner-mode": 0}))})
    assert not_asleep.status == "error" and not_asleep.error == "not hashing"


def test_stock_antminer_sleeping_with_a_low_power_figure() -> None:
    sample = normalise({"stats": _stats(**_asleep(chain_power="24 W"))})
    assert sample.status == "sleeping" and sample.power_w == 24


def test_stock_antminer_low_power_mode_is_hashing() -> None:
    rates = {"GHS 5s": "66500.00", "chain_rate1": "22166.67", "chain_rate2": "22166.67", "chain_rate3": "22166.66"}
    sample = normalise({"stats": _stats(chain_power="2275 W", **rates, **{"miner-mode": 3})})
    assert sample.status == "hashing" and sample.power_w == 2275 and sample.hashrate_ths == pytest.approx(66.5)


def test_vnish_names_itself_in_the_model_and_reports_power_per_chain() -> None:
    header = {"Cgminer": "4.11.1", "Miner": "49.0.1.3", "CompileTime": "Mon Oct 30 2023", "Type": ""}
    header["Type"] = "Antminer S19 (vnish 1.2.6)"
    power = {"chain_power": None, "chain_consumption1": 1070, "chain_consumption2": 1065, "chain_consumption3": 1080}
    sample = normalise({"stats": _stats(header, **power)})
    assert sample.family == "vnish" and sample.firmware == "VNish 1.2.6"
    assert sample.model == "Antminer S19" and sample.power_w == 3215
    stopped = {f"chain_consumption{n}": 8 for n in (1, 2, 3)}
    asleep = normalise({"stats": _stats(header, **_asleep(chain_power=None, **stopped))})
    assert asleep.status == "sleeping" and asleep.power_w == 24


def test_luxos_power_command() -> None:
    header = {"LUXminer": "2024.6.27.214534-4a1d1a3", "Miner": "2024.6.27.214534-4a1d1a3", "Type": "Antminer S19j Pro"}
    version = {"STATUS": OK, "VERSION": [{"API": "3.7"} | header]}
    replies = {"stats": _stats(header, chain_power=None), "version": version}
    sample = normalise(replies | {"power": {"STATUS": OK, "POWER": [{"Watts": 2531, "PSU": True}]}})
    assert (sample.dialect, sample.family) == ("luxos", "luxos")
    assert sample.firmware == "LuxOS 2024.6.27.214534-4a1d1a3" and sample.model == "Antminer S19j Pro"
    assert sample.status == "hashing" and sample.power_w == 2531
    assert normalise(replies).power_w is None  # without its power command: unknown
    curtailed = {"stats": _stats(header, **_asleep(chain_power=None)), "version": version}
    asleep = normalise(curtailed | {"power": {"STATUS": OK, "POWER": [{"Watts": 31, "PSU": True}]}})
    assert asleep.status == "sleeping" and asleep.power_w == 31


def _boser(mhs: float, draw: int) -> dict[str, Any]:
    """BOSer's cgminer API as pyasic reads it: summary/devs in MH/s, devdetails, tunerstatus."""
    per_board = mhs / 3
    devs = [{"ID": n, "MHS 1m": per_board, "MHS 5s": per_board, "Nominal MHS": 36e6} for n in (1, 2, 3)]
    details = [{"ID": n, "Model": "Bitmain Antminer S19XP", "Chips": 110} for n in (1, 2, 3)]
    chains = [
        {"HashchainIndex": n, "Status": "Stable", "ApproximatePowerConsumptionWatt": draw // 3} for n in (1, 2, 3)
    ]
    tuner = {"ApproximateMinerPowerConsumption": draw, "ApproximateChainPowerConsumption": round(draw * 0.93)}
    tuner |= {"PowerLimit": 3000, "DynamicPowerScaling": "Disabled", "TunerChainStatus": chains}
    return {
        "version": {"STATUS": OK, "VERSION": [{"BOSer": "bos-25.01", "API": "3.7"}]},
        "summary": {"STATUS": OK, "SUMMARY": [{"Elapsed": 9000, "MHS 1m": mhs, "MHS 5s": mhs, "MHS av": mhs}]},
        "devs": {"STATUS": OK, "DEVS": devs},
        "devdetails": {"STATUS": OK, "DEVDETAILS": details},
        "tunerstatus": {"STATUS": OK, "TUNERSTATUS": [tuner]},
    }


def test_braiins_tuner_status_without_bmminer_stats() -> None:
    sample = normalise(_boser(108e6, 2980))
    assert (sample.dialect, sample.family, sample.firmware) == ("braiins", "braiins", "Braiins OS+ bos-25.01")
    assert sample.model == "Antminer S19 XP" and sample.status == "hashing"
    assert sample.hashrate_ths == pytest.approx(108) and sample.power_w == 2980 and len(sample.boards) == 3
    paused = normalise(_boser(0, 0))  # a paused BOSer draws "0" by its estimate
    assert paused.status == "sleeping" and paused.power_w == 0


def test_whatsminer_capture_model_firmware_and_sleep() -> None:
    summary = copy.deepcopy(load("whatsminer_m30s_summary.json"))
    summary["SUMMARY"][0]["Firmware Version"] = "'20230911.12.Rel'"
    details = {"STATUS": OK, "DEVDETAILS": [{"ID": 0, "Model": "M30S++_VH40"}]}
    sample = normalise({"summary": summary, "edevs": load("whatsminer_edevs.json"), "devdetails": details})
    assert (sample.family, sample.model, sample.firmware) == (
        "whatsminer",
        "Whatsminer M30S++",
        "btminer 20230911.12.Rel",
    )
    asleep = normalise({"summary": load("whatsminer_m30s_sleeping_summary.json")})
    assert asleep.status == "sleeping" and asleep.power_w == 24 and asleep.family == "whatsminer"


def test_avalon_wall_power_token_wins_over_ps() -> None:
    reply = load("avalon_1246_estats.json")
    reply["STATS"][0]["MM ID0"] += " WALLPOWER[3311] MPO[3300]"
    sample = normalise({"estats": reply})
    assert sample.power_w == 3311 and sample.family == "avalon"
    assert normalise({"estats": load("avalon_1246_estats.json")}).power_w == 3420  # PS[...] when no WALLPOWER


def test_plain_cgminer_has_no_family() -> None:
    from hashinsight_desktop.services.cgminer.normalise import split_joined

    assert normalise(split_joined(load("cgminer_summary_devs.json"))).family is None


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ("M30S++_VH40", "Whatsminer M30S++"),
        ("M30S++.VH40", "Whatsminer M30S++"),
        ("M30S++VH40", "Whatsminer M30S++"),
        ("M50S_VK20", "Whatsminer M50S"),
        ("WhatsMiner M60", "Whatsminer M60"),
        ("_VH40", "Whatsminer"),
    ],
)
def test_whatsminer_models(reported: str, expected: str) -> None:
    assert whatsminer_model(reported) == expected


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ("Antminer S19 Pro (vnish 1.2.6)", "Antminer S19 Pro"),
        ("Bitmain Antminer S19 Pro", "Antminer S19 Pro"),
        ("ANTMINER S19J PRO", "Antminer S19j Pro"),
        ("Antminer S19 Pro Hyd.", "Antminer S19 Pro Hyd."),
        ("Antminer X99 Prototype", "Antminer X99 Prototype"),  # unknown to the catalogue: as reported
        ("vnish 1.2.6", None),
        ("", None),
    ],
)
def test_antminer_models(reported: str, expected: str | None) -> None:
    assert antminer_model(reported) == expected


def test_the_catalogue_key_is_the_catalogues_own() -> None:
    from hashinsight_desktop.services.catalogue import lookup_key, shipped_catalogue

    names = [str(m["name"]) for m in shipped_catalogue()]
    variants = ["Bitmain ANTMINER S19j-Pro", "MicroBT WhatsMiner M30S++", "Canaan AvalonMiner 1246", "Ebang Ebit E12+"]
    for name in names + variants:
        assert model_key(name) == lookup_key(name)
    assert all(catalogue_name(name.upper()) == name for name in names)


def test_helpers() -> None:
    assert catalogue_name("avalon a1246") == "Avalon A1246"
    assert [watts(v) for v in ("3250 W", "3250W", " 24 w ", 3271, "3271.5", "-5", "W", None, "n/a")] == [
        3250,
        3250,
        24,
        3271,
        3271.5,
        None,
        None,
        None,
        None,
    ]
