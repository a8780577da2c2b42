"""Parse a CGMiner reply, repairing only the JSON faults real firmware has been seen to produce.

A reply is parsed once with :func:`json.loads`. Only when that fails are these repairs applied,
outside string literals unless stated, and the text parsed again:

- ``}{`` between array items without a comma (Antminer bmminer ``stats``) → ``},{``
- a trailing comma before ``}`` or ``]``
- bare ``nan`` / ``-nan`` / ``inf`` / ``-inf`` values (C ``printf("%f")`` of a non-finite) → ``null``
- invalid ``\\'`` escapes inside strings → ``'``
- keys like ``"Pool Stale%%"`` (a doubled ``%`` from a format string) → ``"Pool Stale%"``;
  this one is valid JSON, so it is also canonicalised on the first parse (a cheap byte search)
- bytes that are not UTF-8 → decoded with U+FFFD replacement characters

Anything else (truncated, binary garbage, HTML, an error page) is a :class:`MinerProtocolError`
with a short reason.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from hashinsight_desktop.services.cgminer.errors import MinerProtocolError
from hashinsight_desktop.services.cgminer.reasons import (
    CUT_SHORT,
    EMPTY_REPLY,
    NESTED_TOO_DEEPLY,
    invalid_json,
    not_an_object,
)
from hashinsight_desktop.services.texts import Text

_DOUBLE_PERCENT_KEY = b'%%"'

_FAULTS = re.compile(
    r"""
      (?P<string>"(?:[^"\\]|\\.)*")                             # a string literal
    | (?P<gap>\}\s*(?=\{))                                       # }{ : items without a comma
    | (?P<trailing>,\s*(?=[}\]]))                                # ,} or ,]
    | (?<=[:,\[])(?P<lead>\s*)(?P<nonfinite>-?(?:nan|inf(?:inity)?))(?![\w.])   # bare non-finite value
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)

REPAIRS = ("missing_comma", "trailing_comma", "nonfinite", "bad_escape", "double_percent", "non_utf8")


def _fix_escapes(match: re.Match[str]) -> str:
    return "'" if match.group(1) == "'" else match.group(0)


def repair_text(text: str) -> tuple[str, set[str]]:
    """The text with the field-seen faults fixed, and the names of the repairs that applied."""
    applied: set[str] = set()

    def fix(match: re.Match[str]) -> str:
        string = match.group("string")
        if string is not None:
            if "\\'" in string:
                fixed = _ESCAPE.sub(_fix_escapes, string)
                if fixed != string:
                    applied.add("bad_escape")
                    string = fixed
            if string.endswith('%%"'):
                applied.add("double_percent")
                string = string[:-3] + '%"'
            return string
        if match.group("gap") is not None:
            applied.add("missing_comma")
            return "},"
        if match.group("trailing") is not None:
            applied.add("trailing_comma")
            return ""
        applied.add("nonfinite")
        return match.group("lead") + "null"

    return _FAULTS.sub(fix, text), applied


def _reason(exc: ValueError, text: str) -> Text:
    if isinstance(exc, json.JSONDecodeError):
        if exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string"):
            return CUT_SHORT
        return invalid_json(f"{exc.msg} at char {exc.pos}")  # the parser's own words, as it said them
    return invalid_json(str(exc))


def parse_reply_with_repairs(raw: bytes) -> tuple[dict[str, Any], set[str]]:
    """Like :func:`parse_reply`, also naming the repairs that were needed (empty when none)."""
    raw = raw.rstrip(b"\x00 \t\r\n")
    if not raw:
        raise MinerProtocolError(EMPTY_REPLY)
    applied: set[str] = set()
    if _DOUBLE_PERCENT_KEY in raw:
        raw = raw.replace(_DOUBLE_PERCENT_KEY, b'%"')
        applied.add("double_percent")
    try:
        # orjson is ~3x faster on the common well-formed reply; what it refuses (NaN literals, non-UTF-8,
        # integers past 64 bits) goes to json, which reads as before.
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        value = _json_or_repaired(raw, applied)
    except RecursionError:
        raise MinerProtocolError(NESTED_TOO_DEEPLY) from None
    if not isinstance(value, dict):
        raise MinerProtocolError(not_an_object(type(value).__name__))
    return value, applied


def _json_or_repaired(raw: bytes, applied: set[str]) -> Any:
    """What the standard library reads, or after the field-seen repairs (named in ``applied``)."""
    try:
        return json.loads(raw)
    except ValueError:  # JSONDecodeError, and UnicodeDecodeError for non-UTF-8 bytes
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            applied.add("non_utf8")
        text, fixed = repair_text(text)
        applied |= fixed
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise MinerProtocolError(_reason(exc, text)) from None
        except RecursionError:
            raise MinerProtocolError(NESTED_TOO_DEEPLY) from None
        return value
    except RecursionError:
        raise MinerProtocolError(NESTED_TOO_DEEPLY) from None


def parse_reply(raw: bytes) -> dict[str, Any]:
    """The reply as a dict; only the field-seen faults are repaired, anything else raises."""
    return parse_reply_with_repairs(raw)[0]
