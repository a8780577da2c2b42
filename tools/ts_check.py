"""Is a committed ``.ts`` complete? Compared with a fresh extraction of the code (``translations.extract``):

- missing: a string of the code the ``.ts`` does not have (``update`` was not run after it was written);
- vanished: a string of the ``.ts`` the code no longer has (or one marked vanished/obsolete);
- unfinished: a string without a finished translation;
- placeholders: a translation whose ``{name}`` / ``%1`` placeholders (or argparse's ``%%``) differ from its source's
  (``.format`` or ``--help`` would fail, or a value would be lost);
- terms: a translation that uses a Chinese form the glossary avoids for one of its source's terms
  (tools/glossary_zh_CN.toml, tools/ts_glossary.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from tools import ts_glossary

# %% and %(name)s: argparse help's literal % and its fields (a lone % breaks --help)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|%%|%\(\w+\)[sdr]")
Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Problems:
    missing: list[Key] = field(default_factory=list)
    vanished: list[Key] = field(default_factory=list)
    unfinished: list[Key] = field(default_factory=list)
    placeholders: list[tuple[Key, str]] = field(default_factory=list)
    terms: list[tuple[Key, str]] = field(default_factory=list)  # the glossary's objection

    def __bool__(self) -> bool:
        return bool(self.missing or self.vanished or self.unfinished or self.placeholders or self.terms)

    def summary(self, examples: int = 5) -> str:
        lines = []
        for name, keys in (("missing", self.missing), ("vanished", self.vanished), ("unfinished", self.unfinished)):
            if keys:
                shown = "; ".join(f"{c}: {s!r}" for c, s, _ in keys[:examples])
                lines.append(f"{len(keys)} {name} (e.g. {shown})")
        if self.placeholders:
            shown = "; ".join(f"{c}: {s!r} → {t!r}" for (c, s, _), t in self.placeholders[:examples])
            lines.append(f"{len(self.placeholders)} with other placeholders than their source (e.g. {shown})")
        if self.terms:
            shown = "; ".join(f"{c}: {s!r}: {why}" for (c, s, _), why in self.terms[:examples])
            lines.append(f"{len(self.terms)} against the glossary (e.g. {shown})")
        return "\n".join(lines)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _translations(message: ET.Element) -> list[str] | None:
    """The finished translation's text(s) (one per plural form), or None when it is not finished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return texts if all(text.strip() for text in texts) else None


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def problems(ts: Path, fresh: Path, glossary: Path = ts_glossary.GLOSSARY) -> Problems:
    committed, code = _messages(ts), _messages(fresh)
    rules = ts_glossary.load(glossary)
    found = Problems()
    found.missing = sorted(set(code) - set(committed))
    for key, message in sorted(committed.items()):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if key not in code or kind in ("vanished", "obsolete"):
            found.vanished.append(key)
            continue
        texts = _translations(message)
        if texts is None:
            found.unfinished.append(key)
            continue
        wanted = _placeholders(key[1])
        for text in texts:
            if _placeholders(text) != wanted:
                found.placeholders.append((key, text))
            found.terms.extend((key, why) for why in ts_glossary.violations(key[0], key[1], text, rules))
    return found
