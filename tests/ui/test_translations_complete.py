"""The shipped Chinese translation has every string of the code, finished, with the same placeholders, and
nothing the code no longer says: the committed .ts is compared with a fresh lupdate extraction."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations, ts_check


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fresh") / "hashinsight_zh_CN.ts"
    translations.extract(path)
    return path


def test_the_shipped_translation_is_complete(fresh: Path) -> None:
    found = ts_check.problems(translations.ts_path("zh_CN"), fresh)
    advice = "python -m tools.translations update, then translate"
    assert not found, f"hashinsight_zh_CN.ts is not complete ({advice}):\n{found.summary()}"


def _finished_copy(fresh: Path, into: Path) -> ET.ElementTree:
    """A .ts with every string of the code 'translated' (as itself, placeholders and all)."""
    tree = ET.parse(fresh)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            form.text = message.findtext("source")
    tree.write(into, encoding="utf-8")
    return tree


def test_the_check_passes_a_complete_ts_and_names_each_fault(fresh: Path, tmp_path: Path) -> None:
    complete = tmp_path / "complete.ts"
    tree = _finished_copy(fresh, complete)
    assert not ts_check.problems(complete, fresh), ts_check.problems(complete, fresh).summary()

    contexts = list(tree.iter("context"))
    first, second = contexts[0], contexts[1]
    gone = first.findall("message")[0]
    first.remove(gone)  # a string of the code the .ts lacks
    extra = ET.SubElement(second, "message")
    ET.SubElement(extra, "source").text = "A string the code no longer has"
    ET.SubElement(extra, "translation").text = "代码里已经没有的字符串"
    unfinished = second.findall("message")[0]
    unfinished.find("translation").set("type", "unfinished")  # type: ignore[union-attr]
    templated = next(m for m in tree.iter("message") if "{" in (m.findtext("source") or "") and m is not unfinished)
    templated.find("translation").text = "没有占位符"  # type: ignore[union-attr]
    worded = next(m for m in tree.iter("message") if (m.findtext("source") or "") == "Miner catalogue")
    worded.find("translation").text = "挖矿机目录"  # type: ignore[union-attr]  # the glossary's word is 矿机
    broken = tmp_path / "broken.ts"
    tree.write(broken, encoding="utf-8")

    found = ts_check.problems(broken, fresh)
    name = second.findtext("name") or ""
    assert found.missing == [(first.findtext("name") or "", gone.findtext("source"), "")]
    assert found.vanished == [(name, "A string the code no longer has", "")]
    assert found.unfinished == [(name, unfinished.findtext("source"), "")]
    assert [key for key, _ in found.placeholders] == [(_context_of(tree, templated), templated.findtext("source"), "")]
    worded_key = (_context_of(tree, worded), "Miner catalogue", "")
    assert [(key, "挖矿机" in why) for key, why in found.terms] == [(worded_key, True)]
    summary = found.summary()
    assert "1 missing" in summary and "1 vanished" in summary and "1 unfinished" in summary and "没有占位符" in summary
    assert "1 against the glossary" in summary


def _context_of(tree: ET.ElementTree, message: ET.Element) -> str:
    return next(c.findtext("name") or "" for c in tree.iter("context") if message in list(c))
