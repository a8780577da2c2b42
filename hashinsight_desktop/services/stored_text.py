"""Sentences kept in the database and read later, in the reader's language.

A service writes what happened in English (an alert's message, an audit summary, a run's detail): that column stays,
for old readers, logs and the command line's machine-readable output. Beside it a nullable JSON ``*_text`` column
keeps the same sentence as its template and parameters (`to_stored`), so a console in Chinese renders it in Chinese
when it reads it (`render_stored`); None there means an older row, shown in English as it was stored.

The stored form: ``{"c": context, "s": English source, "p": {name: parameter}}``. A parameter is kept as JSON when it
is one (a plain string — a name a user typed — stays verbatim, never translated), otherwise tagged, so a figure keeps
its format (``{power:.1f}``) and a date its own (``{when:%Y-%m-%d}``): ``{"t": "decimal" | "float" | "datetime" |
"date", "v": ...}``, and nested texts ``{"t": "text", "c", "s", "p"}``; ``"lower": true`` marks an `InSentence`,
``"j": [parts]`` a `Joined` (``"s"`` its separator).
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from hashinsight_desktop.services.texts import Joined, Template, Text, Translate

Stored = dict[str, Any]


class InSentence(Text):
    """A label inside a sentence ("plan 'X': pending approval → approved"): lower-case in English (Chinese has no
    case), and stored as such."""

    __slots__ = ()

    def render(self, translate: Translate | None = None) -> str:
        return super().render(translate).lower()


def to_stored(text: str | Text | None) -> Stored | None:
    """The JSON form of ``text``; None when there is nothing to translate (a plain string, or None)."""
    if isinstance(text, Text | Template):
        return _text(text)
    return None


def from_stored(data: Stored) -> Text:
    """The text `to_stored` kept (ValueError when ``data`` is not such a form)."""
    if not isinstance(data, dict) or not isinstance(data.get("s"), str):
        raise ValueError(f"not a stored text: {data!r}")
    context = data.get("c")
    template: str = Template(context, data["s"]) if isinstance(context, str) else data["s"]
    params = data.get("p") or {}
    if not isinstance(params, dict):
        raise ValueError(f"not a stored text's parameters: {params!r}")
    if "j" in data:
        if not isinstance(data["j"], list):
            raise ValueError(f"not a stored list of texts: {data['j']!r}")
        return Joined(template, [_part(part) for part in data["j"]])
    kind = InSentence if data.get("lower") else Text
    return kind(template, **{name: _load(value) for name, value in params.items()})


def as_text(english: str, stored: Stored | None) -> str | Text:
    """A stored sentence as a text to put inside another (an audit summary quoting an alert's message): its
    template and parameters when kept and readable, else the English as stored."""
    if stored is not None:
        try:
            return from_stored(stored)
        except ValueError:
            pass
    return english


class _ParsedWhenShown(Text):
    """A stored sentence read as the raw JSON text of its column: parsed only if someone shows it (a fleet's
    worth of rows is read on every refresh; a tooltip shows one)."""

    __slots__ = ("raw",)

    def __init__(self, english: str, raw: str) -> None:
        super().__init__(english)
        self.raw = raw

    def render(self, translate: Translate | None = None) -> str:
        english = str.__str__(self.template)
        if translate is None:
            return english
        try:
            stored = json.loads(self.raw)
        except ValueError:
            return english
        return render_stored(english, stored if isinstance(stored, dict) else None, translate)


def shown_later(english: str | None, raw: str | Stored | None) -> str | Text | None:
    """A stored sentence read with its ``*_text`` column type-coerced to a string (SQLite gives the JSON text,
    PostgreSQL's driver the parsed object): a text rendered in the reader's language when shown."""
    if english is None or raw is None:
        return english
    if isinstance(raw, dict):
        return as_text(english, raw)
    return _ParsedWhenShown(english, raw)


def render_stored(english: str | None, stored: Stored | None, translate: Translate | None = None) -> str:
    """What a stored sentence says in the language of ``translate``: its ``*_text`` rendered, or the English column
    as it is when there is none (an older row) or it cannot be read (a newer writer's form)."""
    if stored is not None:
        try:
            return from_stored(stored).render(translate)
        except (ValueError, KeyError, IndexError, TypeError):
            pass
    return english or ""


def _text(text: Text | Template) -> Stored:
    template = text.template if isinstance(text, Text) else text
    stored: Stored = {"c": getattr(template, "context", None), "s": str.__str__(template)}
    params = text.params if isinstance(text, Text) else {}
    if params:
        stored["p"] = {name: _dump(value) for name, value in params.items()}
    if isinstance(text, InSentence):
        stored["lower"] = True
    if isinstance(text, Joined):
        stored["j"] = [_dump(part) for part in text.parts]
    return stored


def _dump(value: object) -> object:
    if isinstance(value, Text | Template):
        return {"t": "text", **_text(value)}
    if isinstance(value, Enum):  # as the English sentence showed it
        value = format(value, "")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):  # verbatim: never translated
        return str.__str__(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else {"t": "float", "v": repr(value)}
    if isinstance(value, Decimal):
        return {"t": "decimal", "v": str(value)}
    if isinstance(value, datetime):
        return {"t": "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {"t": "date", "v": value.isoformat()}
    return str(value)  # anything else (a UUID, a path): as the English sentence showed it


def _part(value: object) -> str | Text:
    loaded = _load(value)
    return loaded if isinstance(loaded, str | Text) else str(loaded)


def _load(value: object) -> object:
    if not isinstance(value, dict):
        return value
    kind = value.get("t")
    if kind == "text":
        return from_stored(value)
    raw = value.get("v")
    if not isinstance(raw, str):
        raise ValueError(f"not a stored parameter: {value!r}")
    if kind == "float":
        return float(raw)
    if kind == "decimal":
        return Decimal(raw)
    if kind == "datetime":
        return datetime.fromisoformat(raw)
    if kind == "date":
        return date.fromisoformat(raw)
    raise ValueError(f"not a stored parameter: {value!r}")
