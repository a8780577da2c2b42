"""A translation file built in the test from a few messages: tests of the Chinese command line and documents do not
depend on how far the shipped translation has come."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication


def build_qm(folder: Path, messages: dict[str, dict[str, str]], language: str = "zh_CN") -> Path:
    """Writes ``hashinsight_<language>.ts`` ({context: {source: translation}}) in ``folder`` and builds its .qm with
    pyside6-lrelease; returns the folder (what `ui.i18n.translations_dir` gives)."""
    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
            for source, text in table.items()
        )
        + "</context>"
        for context, table in messages.items()
    )
    ts = folder / f"hashinsight_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">'
        f"{contexts}</TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return folder


@contextlib.contextmanager
def console_in_chinese(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The console reads its zh_CN translation from ``folder`` (a `build_qm` one, or the pseudo-translation) while
    inside; English again after, so the next test starts in English."""
    from hashinsight_desktop.ui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.install(app, "zh_CN")
    try:
        yield
    finally:
        i18n.install(app, "en")
