"""From a text the console shows in one language to the same text in another.

The catalogue is the list of (context, source) messages the ``.qm`` file holds (the bundle ships no ``.ts``).
Each message is looked up in the old and the new language's translators: a text shown now that is exactly an old
translation becomes the new one; a text made from a template (``"{count} miners selected"``, ``"Go to %1"``) is
matched with the old template as a pattern and written with the new template, its values kept (a value that is
itself a message, like a tab's name, is translated too). When one text has different translations in several
contexts, the context nearest to the widget (its class, then its parents') wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hashinsight_desktop.ui.i18n import Translation

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
_MIN_LITERAL_LETTERS = 3  # a template of placeholders and punctuation ("{a} · {b}") would match anything
# Placeholders that hold a count: a value without a digit is not one ("Filter models" is no "{count} models").
_COUNTS = re.compile(r"^(%n|n|count|total|shown|done|number|minutes|hours|days|seconds|rows)$|count$|_n$|^n_")
# Where a text the code put together from several translated pieces splits: "<b>Draft</b>", "Reboot…",
# "New deal (Ctrl+Shift+D)", "Owner: 0 · Admin: 2", a form's "Current password:", a list "a, b", one line each.
_SEGMENTS = re.compile(r"(<[^<>]*>|\s*·\s*|\n|:\s+|:$|,\s+|\s\(|\)|…$)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


@cache
def catalogue(qm: Path, modified: float) -> tuple[Message, ...]:
    """The translated messages of a ``.qm`` file (lrelease keeps each one's context and source text next to its
    translation; an untranslated one is not there, and shows its English source in either language).
    ``modified``: the file's mtime, so a file built again is read again."""
    del modified
    data = qm.read_bytes()
    if not data.startswith(_QM_MAGIC):
        raise ValueError(f"{qm} is not a Qt translation file")
    at, messages = len(_QM_MAGIC), []
    while at + 5 <= len(data):
        tag, size = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
        if tag == _QM_MESSAGES:
            messages = _qm_messages(data[at + 5 : at + 5 + size])
        at += 5 + size
    return tuple(messages)


def _qm_messages(block: bytes) -> list[Message]:
    messages: list[Message] = []
    fields: dict[int, bytes] = {}
    forms = 0
    at = 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            source = fields.get(_SOURCE, b"").decode("utf-8")
            comment = fields.get(_COMMENT, b"").decode("utf-8") or None
            messages.append(Message(fields.get(_CONTEXT, b"").decode("utf-8"), source, comment, forms > 1))
            fields, forms = {}, 0
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        size = int.from_bytes(block[at : at + 4], "big")
        at += 4
        if size == 0xFFFFFFFF:  # a null string
            size = 0
        if tag == _TRANSLATION:
            forms += 1
        else:
            fields[tag] = block[at : at + size]
        at += size
    return messages


def _key(placeholder: str, position: int) -> str:
    if placeholder.startswith("{"):
        name = re.split(r"[:!]", placeholder[1:-1], maxsplit=1)[0]
        return name or f"#{position}"
    return placeholder.replace("%L", "%")


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    keys: tuple[str, ...]
    weight: int  # letters outside placeholders: the most specific template wins
    anchor: str  # its longest literal piece: a text without it is not tried against the pattern
    context: str
    new: str


def _template(old: str, new: str, context: str) -> _Template | None:
    escaped = old.replace("{{", "\x00").replace("}}", "\x01")
    pieces = _PLACEHOLDER.split(escaped)
    placeholders = _PLACEHOLDER.findall(escaped)
    if not placeholders:
        return None
    literal = "".join(pieces)
    letters = sum((2 if char >= "\u2e80" else 1) for char in literal if char.isalpha())  # a CJK character says more
    if letters < _MIN_LITERAL_LETTERS:
        return None
    unescape = {"\x00": "{", "\x01": "}"}
    literals = ["".join(unescape.get(c, c) for c in piece) for piece in pieces]
    value = "(.*?)" if "\n" in literal else "([^\n]*?)"  # a one-line template matches one line
    regex = re.escape(literals[0]) + "".join(f"{value}{re.escape(part)}" for part in literals[1:])
    keys = tuple(_key(p, i) for i, p in enumerate(placeholders))
    anchor = max(literals, key=len)
    return _Template(re.compile(f"^{regex}$", re.DOTALL), keys, letters, anchor, context, new)


def _fill(template: str, values: dict[str, str]) -> str | None:
    escaped = template.replace("{{", "\x00").replace("}}", "\x01")
    out: list[str] = []
    last = 0
    for position, match in enumerate(_PLACEHOLDER.finditer(escaped)):
        key = _key(match.group(0), position)
        if key not in values:
            return None
        out += [escaped[last : match.start()], values[key]]
        last = match.end()
    out.append(escaped[last:])
    return "".join(out).replace("\x00", "{").replace("\x01", "}")


class TextMap:
    """Old language's shown texts → the new language's, for one switch."""

    def __init__(self, messages: Sequence[Message], old: Translation, new: Translation) -> None:
        self.exact: dict[str, dict[str, str]] = {}
        self.templates: list[_Template] = []
        for message in messages:
            n = 1 if message.numerus else -1
            before = old.lookup(message.context, message.source, message.comment, n)
            after = new.lookup(message.context, message.source, message.comment, n)
            self.exact.setdefault(before, {}).setdefault(message.context, after)
            template = _template(before, after, message.context)
            if template is not None:
                self.templates.append(template)
        self.templates.sort(key=lambda t: -t.weight)

    def translate(self, shown: str, contexts: Sequence[str] = ()) -> str | None:
        """The new language's text for ``shown``, or None if it is not one of the console's texts."""
        if not shown or not any(char.isalpha() for char in shown):
            return None
        found = self._exact(shown, contexts)
        if found is not None:
            return found
        found = self._template(shown, contexts)
        return found if found is not None else self._segments(shown, contexts)

    def _template(self, shown: str, contexts: Sequence[str], depth: int = 0) -> str | None:
        for template in self.templates:
            if template.anchor not in shown:
                continue
            match = template.pattern.match(shown)
            if match is None:
                continue
            pairs = list(zip(template.keys, match.groups(), strict=True))
            if any(_COUNTS.search(key) and not any(c.isdigit() for c in value) for key, value in pairs):
                continue
            values = {key: self._value(value, contexts, depth) for key, value in pairs}
            filled = _fill(template.new, values)
            if filled is not None:
                return filled
        return None

    def _value(self, value: str, contexts: Sequence[str], depth: int = 0) -> str:
        """A template's value in the new language when it is a text of the console too ("13 of 71 models shown")."""
        if not any(char.isalpha() for char in value):
            return value
        found = self._exact(value, contexts)
        if found is None and depth < 1:
            found = self._template(value, contexts, depth + 1) or self._segments(value, contexts)
        return value if found is None else found

    def _segments(self, shown: str, contexts: Sequence[str]) -> str | None:
        """A text joined from translated pieces: each piece that is a text of the console, translated."""
        pieces = _SEGMENTS.split(shown)
        if len(pieces) < 2:
            return None
        changed = False
        for index in range(0, len(pieces), 2):  # the separators sit at the odd places
            piece = pieces[index]
            if piece and any(char.isalpha() for char in piece):
                new = self._exact(piece, contexts) or self._template(piece, contexts)
                if new is not None and new != piece:
                    pieces[index], changed = new, True
        return "".join(pieces) if changed else None

    def _exact(self, shown: str, contexts: Sequence[str]) -> str | None:
        candidates = self.exact.get(shown)
        if not candidates and "&&" in shown:  # a tab or button escapes a literal "&" as "&&"
            found = self._exact(shown.replace("&&", "&"), contexts)
            return found.replace("&", "&&") if found is not None else None
        if not candidates and shown[:1].isupper() and shown[1:2].islower():  # "Days": "days".capitalize()
            lowered = self.exact.get(shown[0].lower() + shown[1:])
            found = self._pick(lowered, contexts) if lowered else None
            return found[:1].upper() + found[1:] if found else None
        if not candidates:
            return None
        return self._pick(candidates, contexts)

    @staticmethod
    def _pick(candidates: dict[str, str], contexts: Sequence[str]) -> str:
        for context in contexts:
            if context in candidates:
                return candidates[context]
        texts = list(candidates.values())
        return max(texts, key=texts.count)  # the translation most contexts agree on
