"""One sample from each dialect's real-shaped replies, and the status rules."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from hashinsight_desktop.services.cgminer.dialects import avalon_tokens, temps
from hashinsight_desktop.services.cgminer.normalise import normalise, split_joined
from hashinsight_desktop.services.cgminer.repair import parse_reply

FIXTURES = Path(__file__).parents[2] / "fixtures" / "cgminer"


def load(name: str) -> dict[str, Any]:
    path = FIXTURES / name
    if path.suffix == ".bin":
        return parse_reply(path.read_bytes())
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_antminer_s19_stats_and_pools() -> None:
    sample = normalise({"stats": load("antminer_s19_stats.json"), "pools": load("antminer_s19_pools.json")})
    assert sample.dialect == "antminer"
    assert sample.status == "hashing"
    assert sample.model == "Antminer S19"
    assert sample.firmware == "bmminer 1.0.0 (Mon Oct 30 15:34:56 CST 2023)"
    assert sample.hashrate_ths == pytest.approx(95.21357)  # "GHS 5s" is a string
    assert [b.chips for b in sample.boards] == [76, 76, 76]  # the empty 4th slot is not a board
    assert [b.hashrate_ths for b in sample.boards] == pytest.approx([31.70225, 31.81108, 31.70024])
    assert [b.chip_temp_c for b in sample.boards] == [73, 74, 72]  # max of temp2_N and "a-b-c-d" strings
    assert sample.max_chip_temp_c == 74
    assert sample.fans_rpm == [5640, 5520, 5760, 5640]
    assert sample.power_w == 3271
    assert sample.uptime_s == 425874
    assert sample.pool_url == "stratum+tcp://btc.f2pool.example:3333"
    assert sample.error is None and not sample.overheated and sample.dead_boards == 0


def test_antminer_s9_repaired_stats_slots_6_to_8_and_two_fans() -> None:
    sample = normalise({"stats": load("antminer_s9_stats_missing_comma.bin")})
    assert sample.dialect == "antminer" and sample.status == "hashing"
    assert sample.model == "Antminer S9"
    assert sample.hashrate_ths == pytest.approx(13.51237)
    assert [(b.chips, b.chip_temp_c) for b in sample.boards] == [(63, 76), (63, 79), (63, 75)]
    assert sample.fans_rpm == [5880, 6000]
    assert sample.power_w is None  # stock bmminer does not report power


def test_whatsminer_summary_and_edevs() -> None:
    sample = normalise({"summary": load("whatsminer_m30s_summary.json"), "edevs": load("whatsminer_edevs.json")})
    assert sample.dialect == "whatsminer" and sample.status == "hashing"
    assert sample.hashrate_ths == pytest.approx(100.36142306)  # MHS 1m
    assert sample.power_w == 3393
    assert sample.fans_rpm == [4530, 4500]
    assert [b.chips for b in sample.boards] == [156, 156, 156]
    assert [b.chip_temp_c for b in sample.boards] == [82.0, 83.25, 81.44]
    assert sample.max_chip_temp_c == 83.25
    assert sample.uptime_s == 2648


def test_whatsminer_summary_alone_and_the_repaired_trailing_comma() -> None:
    sample = normalise({"summary": load("whatsminer_summary_trailing_comma.bin")})
    assert sample.dialect == "whatsminer" and sample.status == "hashing" and sample.power_w == 3393
    assert sample.boards == []


def test_whatsminer_after_power_off_is_sleeping() -> None:
    sample = normalise({"summary": load("whatsminer_m30s_sleeping_summary.json")})
    assert sample.status == "sleeping"
    assert sample.hashrate_ths == 0 and sample.power_w == 24
    assert sample.error is None


def test_avalon_estats_tokens() -> None:
    sample = normalise({"estats": load("avalon_1246_estats.json")})
    assert sample.dialect == "avalon" and sample.status == "hashing"
    assert sample.model == "Avalon A1246"
    assert sample.firmware == "1246-83-21042601_4ec6bb0_61407fa"
    assert sample.hashrate_ths == pytest.approx(90.21044)  # GHSspd
    assert [b.hashrate_ths for b in sample.boards] == pytest.approx([30.10483, 30.08859, 29.68429])
    assert [b.chip_temp_c for b in sample.boards] == [80, 82, 79]
    assert [b.chips for b in sample.boards] == [120, 120, 120]
    assert sample.fans_rpm == [6840, 6810, 6870, 6780]
    assert sample.power_w == 3420
    assert sample.max_chip_temp_c == 82
    assert sample.uptime_s == 93421


def test_avalon_soft_off_is_sleeping() -> None:
    reply = load("avalon_1246_estats.json")
    mm = reply["STATS"][0]["MM ID0"]
    for old, new in (
        ("GHSspd[90210.44]", "GHSspd[0.00]"),
        ("GHSmm[91587.03]", "GHSmm[0.00]"),
        ("SoftOFF[0]", "SoftOFF[1]"),
    ):
        mm = mm.replace(old, new)
    reply["STATS"][0]["MM ID0"] = mm.replace("MGHS[30104.83 30088.59 29684.29]", "MGHS[0 0 0]")
    sample = normalise({"estats": reply})
    assert sample.status == "sleeping" and sample.hashrate_ths == 0


def test_plain_cgminer_joined_summary_devs() -> None:
    sample = normalise(split_joined(load("cgminer_summary_devs.json")))
    assert sample.dialect == "cgminer" and sample.status == "hashing"
    assert sample.hashrate_ths == pytest.approx(1.19071255)
    assert [b.chip_temp_c for b in sample.boards] == [58.5, 61.25]
    assert sample.firmware == "cgminer 4.12.1"
    assert sample.power_w is None and sample.fans_rpm == []


def test_cgminer_nonfinite_values_are_ignored() -> None:
    sample = normalise({"stats": load("cgminer_stats_nonfinite.bin")})
    assert sample.status == "hashing" and sample.hashrate_ths == pytest.approx(13.20155)


def test_non_utf8_summary_still_normalises() -> None:
    sample = normalise({"summary": load("cgminer_summary_non_utf8.bin")})
    assert sample.status == "hashing" and sample.hashrate_ths == pytest.approx(1.19071255)


def test_overheated_while_hashing_stays_hashing() -> None:
    stats = load("antminer_s19_stats.json")
    stats["STATS"][1]["temp_chip2"] = "88-88-101-99"
    sample = normalise({"stats": stats})
    assert sample.status == "hashing" and sample.overheated and sample.max_chip_temp_c == 101


def test_overheat_protection_is_an_error_naming_the_temperature() -> None:
    stats = load("antminer_s19_stats.json")
    data = stats["STATS"][1]
    data.update({"GHS 5s": "0.00", "GHS av": 0.0, "chain_rate1": "0", "chain_rate2": "0", "chain_rate3": "0"})
    data.update({"temp_chip1": "98-98-112-110", "chain_power": 410})
    sample = normalise({"stats": stats})
    assert sample.status == "error"
    assert sample.error == "overheated: not hashing at 112 °C"


def test_dead_board() -> None:
    stats = load("antminer_s19_stats.json")
    stats["STATS"][1].update({"chain_acn2": 0, "chain_rate2": "0.00", "temp_chip2": "0-0-0-0", "temp2_2": 0})
    sample = normalise({"stats": stats})
    assert sample.status == "hashing" and sample.dead_boards == 1
    assert sample.boards[1].hashrate_ths == 0 and sample.boards[1].chips == 0 and sample.boards[1].chip_temp_c is None


def test_zero_hashrate_without_a_sleep_sign_is_an_error() -> None:
    summary = copy.deepcopy(load("whatsminer_m30s_summary.json"))
    summary["SUMMARY"][0].update({"MHS av": 0, "MHS 5s": 0, "MHS 1m": 0, "Elapsed": 86400})
    sample = normalise({"summary": summary})
    assert sample.status == "error" and sample.error == "not hashing"


def test_sleep_marker_without_power() -> None:
    stats = load("antminer_s19_stats.json")
    stats["STATS"][1].update({"GHS 5s": "0", "GHS av": 0, "chain_power": None, "state": "sleeping"})
    sample = normalise({"stats": stats})
    assert sample.status == "sleeping"


def test_all_replies_errors() -> None:
    sample = normalise({"summary": {"STATUS": "E", "Code": 14, "Msg": "invalid cmd"}})
    assert sample.status == "error" and sample.error == "summary: invalid cmd"


@pytest.mark.parametrize(
    "replies",
    [
        {},
        {"summary": {"STATUS": [{"STATUS": "S"}], "SUMMARY": "not a list"}},
        {"stats": {"STATS": [{"GHS 5s": {"nested": 1}, "chain_acn1": "x", "fan1": None}]}},
        {"estats": {"STATS": [{"MM ID0": "Ver[ GHSmm[abc] MGHS[1 x 2] PS[]"}]}},
        {"summary": {"SUMMARY": [{"MHS av": "NaN", "Power": "Infinity"}]}},
    ],
)
def test_odd_content_never_raises(replies: dict[str, Any]) -> None:
    sample = normalise(replies)
    assert sample.status in ("hashing", "sleeping", "error")


def test_helpers() -> None:
    assert temps("58-58-73-73") == [58, 58, 73, 73]
    assert temps(0) == [] and temps("") == [] and temps("0-0-0-0") == []
    assert temps(71.5) == [71.5]
    tokens = avalon_tokens(
        "Ver[1246-83] Temp[31] Fan1[2600] FanR[55%] PS[0 1215 2428] SYSTEMSTATU[Work: In Work, Hash Board: 3]"
    )
    assert tokens == {
        "Ver": "1246-83",
        "Temp": "31",
        "Fan1": "2600",
        "FanR": "55%",
        "PS": "0 1215 2428",
        "SYSTEMSTATU": "Work: In Work, Hash Board: 3",
    }


def test_to_dict_has_the_poll_json_fields() -> None:
    sample = normalise({"stats": load("antminer_s19_stats.json")})
    sample.host, sample.port = "127.0.0.1", 4028
    data = json.loads(json.dumps(sample.to_dict()))
    for key in ("host", "port", "status", "hashrate_ths", "boards", "fans_rpm", "power_w", "pool_url", "model"):
        assert key in data
    for key in ("firmware", "uptime_s", "error"):
        assert key in data
    assert set(data["boards"][0]) == {"hashrate_ths", "chip_temp_c", "chips"}
