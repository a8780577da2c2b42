"""Every text the console shows went through translation: the whole window (every tab, as an owner sees it) is
built under a pseudo-translation in which each extracted string reads ⟪like this⟫, then every label, button,
title, tab, menu, action, tooltip, placeholder, combo box item and table header is read back. English words
outside ⟪⟫ were never translated — whatever way the code built them (a constant table, a helper, a variable),
which the source scan (test_strings_translated.py) cannot see."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.catalogue import list_models
from hashinsight_desktop.services.languages import NATIVE_NAMES
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.ui.main_window import MainWindow
from tests.ui.test_strings_translated import ALLOWED

OPEN, CLOSE = "⟪", "⟫"
# A word a reader would want in their language: three letters or more, not all capitals (TH/s, USD, CRM, BTC).
_WORD = re.compile(r"\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\b")
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # the innermost: templates hold translated values
# Markup, addresses, paths and key names (Qt's own translation names the keys of a shortcut).
_MARKUP = re.compile(r"<[^<>]*>|&\w+;|https?://\S+|\S+@\S+|\S*[/\\]\S*|\b(?:Ctrl|Shift|Alt|Meta)\+\S*")
# Shown as they are in every language: the languages' own names, names of products, example values.
AS_IS = {*NATIVE_NAMES.values(), *ALLOWED, "SQLite", "PostgreSQL", "CoinGecko"}


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read in ``window``."""
    for widget in [window, *window.findChildren(QWidget)]:
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        yield where, widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget.model(), QAbstractListModel | None):
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if isinstance(widget, QTableView) and not widget.verticalHeader().isHidden():  # row titles
                for row in range(model.rowCount(QModelIndex())):
                    yield f"{where} row", str(model.headerData(row, Qt.Orientation.Vertical) or "")
        for action in widget.actions():
            yield f"{where} action", action.text()


def untranslated(text: str, data: set[str]) -> str | None:
    """The English words of ``text`` that no translation produced (data — model names, the database — aside)."""
    if text in data or text in AS_IS:
        return None
    rest = text
    while (unmarked := _MARKED.sub(" ", rest)) != rest:
        rest = unmarked
    rest = _MARKUP.sub(" ", rest)
    words = [word for word in _WORD.findall(rest) if word not in data and word not in AS_IS]
    return " ".join(words) or None


@pytest.mark.usefixtures("shipped_catalogue")
@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the window's texts, not the engine
def test_every_text_on_every_tab_is_translated(qtbot, context: AppContext, pseudo_translation) -> None:  # type: ignore[no-untyped-def]
    owner = Principal(user_id=None, username="owner", role=Role.OWNER)
    window = MainWindow(context, owner)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with context.database.session_factory() as session:
        models = list_models(session, owner)
    data = {"owner", *(word for m in models for word in _WORD.findall(f"{m.manufacturer} {m.name}"))}
    findings: dict[str, str] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        for where, text in _texts(window):
            if text and (words := untranslated(text, data)) and text not in findings:
                findings[text] = f"{window.tab_keys[index]}: {where}: {text[:70]!r} ({words})"
    assert not findings, f"{len(findings)} texts shown untranslated:\n" + "\n".join(sorted(findings.values()))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("⟪Save⟫", None),
        ("⟪Rows: {n}⟫".replace("{n}", "3"), None),
        ("Quantity", "Quantity"),
        ("12.5 TH/s", None),
        ("⟪Farm⟫ · units", "units"),
        ("⟪⟪71 models⟫ · 7 makers⟫", None),
        ("⟪Select a plan⟫ (Ctrl+Shift+A)", None),
        ("English", None),
        ("<b>⟪Sites⟫</b>", None),
        ("Bitmain Antminer S19", None),
        ("sqlite:////tmp/x.sqlite3", None),
    ],
)
def test_what_counts_as_untranslated(text: str, words: str | None) -> None:
    assert untranslated(text, {"Bitmain", "Antminer", "S19"}) == words
