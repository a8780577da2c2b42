"""parse_reply: only the field-seen firmware faults are repaired; anything else stays an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.services.cgminer.errors import MinerProtocolError
from hashinsight_desktop.services.cgminer.repair import parse_reply, parse_reply_with_repairs

FIXTURES = Path(__file__).parents[2] / "fixtures" / "cgminer"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_valid_reply_parses_with_no_repair_and_trailing_nul_removed() -> None:
    value, repairs = parse_reply_with_repairs(b'{"STATUS":[{"STATUS":"S"}],"SUMMARY":[{"MHS av":1.5}],"id":1}\x00')
    assert value["SUMMARY"][0]["MHS av"] == 1.5
    assert repairs == set()


def test_missing_comma_between_array_items_antminer_s9_stats() -> None:
    raw = fixture("antminer_s9_stats_missing_comma.bin")
    value, repairs = parse_reply_with_repairs(raw)
    assert repairs == {"missing_comma"}
    assert value["STATS"][0]["Type"] == "Antminer S9"
    assert value["STATS"][1]["chain_rate6"] == "4502.11"


def test_trailing_comma_before_brace_and_bracket() -> None:
    value, repairs = parse_reply_with_repairs(fixture("whatsminer_summary_trailing_comma.bin"))
    assert repairs == {"trailing_comma"}
    assert value["SUMMARY"][0]["Power"] == 3393
    assert parse_reply(b'{"a":[1,2,],"b":{"c":1,},}') == {"a": [1, 2], "b": {"c": 1}}


def test_bare_nan_and_inf_become_null() -> None:
    value, repairs = parse_reply_with_repairs(fixture("cgminer_stats_nonfinite.bin"))
    assert repairs == {"nonfinite"}
    row = value["STATS"][0]
    assert row["Wait"] is None and row["Max"] is None and row["Min"] is None and row["USB Delay"] is None
    assert row["GHS 5s"] == "13201.55"


def test_nan_inside_a_string_is_left_alone() -> None:
    value = parse_reply(b'{"Msg":"nan, inf","x":nan,}')
    assert value == {"Msg": "nan, inf", "x": None}


def test_invalid_quote_escape() -> None:
    value, repairs = parse_reply_with_repairs(fixture("antminer_version_bad_escape.bin"))
    assert repairs == {"bad_escape"}
    assert value["VERSION"][0]["Description"] == "Bitmain's 'stock' firmware"


def test_escaped_backslash_before_quote_is_kept() -> None:
    # \\ is a valid escaped backslash; only a lone \' is invalid
    assert parse_reply(b'{"a":"x\\\\","b":"it\\\'s",}') == {"a": "x\\", "b": "it's"}


def test_double_percent_keys_are_canonicalised() -> None:
    value, repairs = parse_reply_with_repairs(fixture("antminer_pools_double_percent.bin"))
    assert repairs == {"double_percent"}
    assert value["POOLS"][0]["Pool Stale%"] == 0.0
    assert "Pool Stale%%" not in value["POOLS"][0]


def test_non_utf8_bytes_are_replaced() -> None:
    value, repairs = parse_reply_with_repairs(fixture("cgminer_summary_non_utf8.bin"))
    assert repairs == {"non_utf8"}
    assert value["STATUS"][0]["Description"].startswith("cgminer 4.12.1 \ufffdC")
    assert value["SUMMARY"][0]["MHS av"] == 1191003.21


def test_several_faults_in_one_reply() -> None:
    raw = b'{"STATS":[{"a":nan,}{"Pool Stale%%":1,"d":"it\\\'s \xff"}]}'
    value, repairs = parse_reply_with_repairs(raw)
    assert repairs == {"nonfinite", "trailing_comma", "missing_comma", "double_percent", "bad_escape", "non_utf8"}
    assert value["STATS"][0] == {"a": None}
    assert value["STATS"][1]["Pool Stale%"] == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("garbage_truncated.bin", "cut short"),
        ("garbage_html.bin", "invalid JSON"),
        ("garbage_text_api.bin", "invalid JSON"),
        ("garbage_binary.bin", "invalid JSON"),
        ("garbage_array.bin", "not an object"),
        ("garbage_unbalanced.bin", "invalid JSON"),
    ],
)
def test_garbage_stays_an_error(name: str, reason: str) -> None:
    with pytest.raises(MinerProtocolError, match=reason):
        parse_reply(fixture(name))


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00",
        b"   ",
        b"null",
        b'"STATUS"',
        b'{"a":1}{"b":2}',  # two top-level objects: not a field-seen fault
        b'{"a":undefined}',
        b"{'a': 1}",  # single-quoted keys are not repaired
        b'{"a":1' + b"]" * 3,
        b"[" * 100_000,  # nesting bomb
    ],
)
def test_other_faults_are_errors_not_crashes(raw: bytes) -> None:
    with pytest.raises(MinerProtocolError):
        parse_reply(raw)
