"""One Chinese term per English domain term: the finished translations checked against tools/glossary_zh_CN.toml.

A rule names the English term (a regular expression), the Chinese to use and the forms to avoid; a translation
whose source matches the term and whose text contains an avoided form is reported (see the glossary's header).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parent / "glossary_zh_CN.toml"


@dataclass(frozen=True)
class Rule:
    english: re.Pattern[str]
    chinese: str
    avoid: tuple[re.Pattern[str], ...]
    contexts: re.Pattern[str] | None = None
    except_contexts: re.Pattern[str] | None = None

    def applies(self, context: str, source: str) -> bool:
        if self.contexts is not None and not self.contexts.fullmatch(context):
            return False
        if self.except_contexts is not None and self.except_contexts.fullmatch(context):
            return False
        return self.english.search(source) is not None

    def avoided(self, translation: str) -> str | None:
        """The first avoided form the translation uses, or None."""
        for form in self.avoid:
            found = form.search(translation)
            if found:
                return found.group()
        return None


def load(path: Path = GLOSSARY) -> list[Rule]:
    def optional(pattern: str | None) -> re.Pattern[str] | None:
        return re.compile(pattern) if pattern else None

    terms = tomllib.loads(path.read_text(encoding="utf-8"))["term"]
    return [
        Rule(
            re.compile(term["en"], re.IGNORECASE),
            term["zh"],
            tuple(re.compile(form) for form in term["avoid"]),
            optional(term.get("contexts")),
            optional(term.get("except_contexts")),
        )
        for term in terms
    ]


def violations(context: str, source: str, translation: str, rules: list[Rule]) -> list[str]:
    """What the translation of ``source`` (in tr() context ``context``) says against the glossary, one line each."""
    found = []
    for rule in rules:
        if rule.applies(context, source) and (form := rule.avoided(translation)):
            found.append(f"{rule.english.pattern!r} is {rule.chinese}, not {form}")
    return found
