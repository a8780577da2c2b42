"""The main window opens with one tab built; each other tab is built the moment it is first shown or asked for,
behind the same keys, menus and lookups — and in the language the console speaks at that moment."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.settings import SettingsStore
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.calculator.calculator_tab import CalculatorTab
from hashinsight_desktop.ui.catalogue.catalogue_tab import CatalogueTab
from hashinsight_desktop.ui.main_window import MainWindow, TabPlaceholder
from tests.support.factories import make_people
from tests.ui.test_language_switch import CHINESE, write_ts

# One engine: the window's tabs, not the database, are under test.
pytestmark = [
    pytest.mark.parametrize("database", ["sqlite"], indirect=True),
    pytest.mark.usefixtures("shipped_catalogue"),
]


def test_only_the_tab_the_window_opens_on_is_built(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, make_people(context.database.session_factory).guest)
    qtbot.addWidget(window)
    window.show()
    assert window.tab_keys == ["calculator", "catalogue"]  # the role's tabs, all listed
    assert isinstance(window.tabs.currentWidget(), CalculatorTab)
    placeholder = window.tabs.widget(1)
    assert isinstance(placeholder, TabPlaceholder) and placeholder.text() == "Miner catalogue"
    assert not window.is_tab_built("catalogue")
    handed: list[object] = []
    window.when_tab_built("catalogue", handed.append)  # what the console hands a tab waits for it
    assert handed == []

    go_to = next(a for a in window.findChildren(QAction) if a.text() == "Go to Miner catalogue")
    go_to.trigger()  # Ctrl+2: selecting it builds it

    catalogue = window.tabs.currentWidget()
    assert isinstance(catalogue, CatalogueTab) and window.tab("catalogue") is catalogue
    assert handed == [catalogue] and window.tabs.tabText(1) == "Miner catalogue"
    qtbot.waitUntil(lambda: catalogue.proxy.rowCount() > 3)  # a real tab: the shipped catalogue


def test_asking_for_a_tab_builds_it_without_changing_the_current_one(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, make_people(context.database.session_factory).guest)
    qtbot.addWidget(window)
    catalogue = window.tab("catalogue")
    assert isinstance(catalogue, CatalogueTab) and window.tabs.widget(1) is catalogue
    assert window.tabs.currentIndex() == 0 and window.tab("admin") is None  # a guest has no Admin tab


def test_the_window_opens_on_the_tab_last_looked_at(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    guest = make_people(context.database.session_factory).guest
    first = MainWindow(context, guest)
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(1)
    first.close()
    assert SettingsStore(context.paths.settings_file).load().current_tab == "catalogue"

    again = MainWindow(context, guest)
    qtbot.addWidget(again)
    assert isinstance(again.tabs.currentWidget(), CatalogueTab) and not again.is_tab_built("calculator")


@pytest.fixture
def chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """test_language_switch's small translation, built into a .qm the console finds."""
    write_ts(tmp_path / "hashinsight_zh_CN.ts", CHINESE)
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(tmp_path / "hashinsight_zh_CN.ts")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield
    i18n.install(QCoreApplication.instance(), "en")  # the next test starts in English


@pytest.mark.usefixtures("chinese")
def test_a_tab_built_after_a_language_switch_comes_up_in_that_language(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, make_people(context.database.session_factory).guest)
    qtbot.addWidget(window)
    window.show()
    window.language_actions["zh_CN"].trigger()
    placeholder = window.tabs.widget(1)
    assert isinstance(placeholder, TabPlaceholder) and placeholder.text() == "矿机目录"
    assert window.tabs.tabText(1) == "矿机目录"

    window.tabs.setCurrentIndex(1)

    catalogue = window.tabs.currentWidget()
    assert isinstance(catalogue, CatalogueTab) and window.tabs.tabText(1) == "矿机目录"
    assert catalogue.filter_box.placeholderText() == "筛选型号 (Ctrl+F)" and catalogue.add_button.text() == "添加…"
