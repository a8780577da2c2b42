"""The console's translation files: `.ts` sources in the repository, `.qm` built from them.

    python -m tools.translations update    # re-extract every translatable string into the .ts files (lupdate)
    python -m tools.translations status    # per language: finished / unfinished / vanished counts
    python -m tools.translations fill F    # set translations from a JSON file {context: {source: translation}}
    python -m tools.translations check     # what the completeness test checks: missing/vanished/unfinished strings
    python -m tools.translations release   # build the .qm files next to the .ts files (lrelease)

`update` keeps every translation already made and drops the strings that left the code (`-no-obsolete`); the
completeness test compares the .ts with a fresh extraction, so a .ts that drifted from the code fails it.
The Chinese terms to use (one per domain term and meaning) are in tools/glossary_zh_CN.toml; `check` holds the
translations to it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock

from tools import ts_check, ts_sources

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hashinsight_desktop"
I18N = PACKAGE / "resources" / "i18n"
# The languages shipped besides English (the source language, which needs no file).
LANGUAGES = ("zh_CN",)


def ts_path(language: str) -> Path:
    return I18N / f"hashinsight_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"hashinsight_{language}.qm"


def _tool(name: str) -> list[str]:
    """lupdate / lrelease through PySide6's own wrapper in this interpreter: no console script or PATH needed
    (a venv that borrows its packages, or Windows, has no pyside6-lrelease next to python)."""
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


@contextmanager
def _locked() -> Iterator[None]:
    """Several people (and helpers) may update the .ts at once: one writer at a time."""
    I18N.mkdir(parents=True, exist_ok=True)
    with FileLock(I18N / ".lock"):
        yield


def _lupdate(into: Path, language: str) -> None:
    """Extract the package's strings into ``into`` (an existing file keeps its translations; strings that left
    the code are dropped). lupdate reads a copy with the translation helpers spelled out (tools/ts_sources.py),
    next to a .ts at the same relative place, so the locations it writes are the real files'."""
    with tempfile.TemporaryDirectory(prefix="hashinsight-ts-") as scratch:
        copies = ts_sources.copy_for_extraction(PACKAGE, Path(scratch))
        ts = Path(scratch) / ts_path(language).relative_to(ROOT)
        ts_sources.copy_ts(into, ts)
        cmd = [*_tool("lupdate"), *map(str, copies), "-target-language", language, "-no-obsolete", "-silent"]
        subprocess.run([*cmd, "-ts", str(ts)], check=True, cwd=scratch, stdout=subprocess.DEVNULL)
        shutil.copyfile(ts, into)


def update() -> None:
    with _locked():
        for language in LANGUAGES:
            _lupdate(ts_path(language), language)


def extract(into: Path, language: str = "zh_CN") -> None:
    """A fresh extraction of every string of the code into ``into`` (a new .ts, nothing translated)."""
    into.unlink(missing_ok=True)
    _lupdate(into, language)


def counts(language: str) -> dict[str, int]:
    tree = ET.parse(ts_path(language))
    result = {"finished": 0, "unfinished": 0, "vanished": 0}
    for message in tree.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            result["vanished"] += 1
        elif kind == "unfinished" or translation is None or not _text(translation).strip():
            result["unfinished"] += 1
        else:
            result["finished"] += 1
    return result


def _text(translation: ET.Element) -> str:
    """A translation's text; a plural (numerus) message keeps it in its <numerusform> children."""
    forms = translation.findall("numerusform")
    return "".join(form.text or "" for form in forms) if forms else translation.text or ""


def _set_text(translation: ET.Element, text: str) -> None:
    """Chinese has one plural form, so every <numerusform> of a numerus message gets the same text."""
    forms = translation.findall("numerusform")
    for form in forms:
        form.text = text
    if not forms:
        translation.text = text


def fill(json_file: Path, language: str = "zh_CN") -> int:
    """Set the translations named in ``json_file``; returns how many messages were filled."""
    wanted: dict[str, dict[str, str]] = json.loads(json_file.read_text(encoding="utf-8"))
    filled = 0
    with _locked():
        path = ts_path(language)
        tree = ET.parse(path)
        for context in tree.iter("context"):
            names = context.find("name")
            table = wanted.get(names.text or "" if names is not None else "", {})
            for message in context.iter("message"):
                source = message.find("source")
                translation = message.find("translation")
                if source is None or translation is None or (source.text or "") not in table:
                    continue
                _set_text(translation, table[source.text or ""])
                translation.attrib.pop("type", None)
                filled += 1
        path.write_text(_lupdate_layout(tree.getroot()), encoding="utf-8")
    return filled


def _escape(text: str) -> str:
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;"), ('"', "&quot;")):
        text = text.replace(char, entity)
    return text


def _lupdate_layout(root: ET.Element) -> str:
    """The .ts written the way lupdate writes it, so that a fill followed by an update changes no other line."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]

    def write(element: ET.Element, depth: int) -> None:  # <TS> and its <context>s start at column 0
        indent = "    " * max(depth, 0)
        attrs = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
        if element.tag == "location":
            lines.append(f"{indent}<location{attrs}/>")
        elif len(element):
            lines.append(f"{indent}<{element.tag}{attrs}>")
            for child in element:
                write(child, depth + 1)
            lines.append(f"{indent}</{element.tag}>")
        else:
            lines.append(f"{indent}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>")

    write(root, -1)
    return "\n".join(lines) + "\n"


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [*_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill" and len(argv) == 2:
        print(f"{fill(Path(argv[1]))} translations set")
    elif command == "check":  # what the completeness test checks: exit 1 and say what is wrong
        with tempfile.TemporaryDirectory() as scratch:
            extract(Path(scratch) / "fresh.ts")
            found = [ts_check.problems(ts_path(language), Path(scratch) / "fresh.ts") for language in LANGUAGES]
        for language, problems in zip(LANGUAGES, found, strict=True):
            print(language, problems.summary() or "complete")
        return 1 if any(found) else 0
    elif command == "status":
        for language in LANGUAGES:
            print(language, counts(language))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
