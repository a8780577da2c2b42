"""View → Language: the open console changes language in place — tab names, menus, table headers, placeholders,
open dialogs — while what the user typed, the current tab and the selection stay; and back to English.

A small translation built here (the shipped one is being written), so the test says exactly what it expects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.settings import SettingsStore
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.ui.retranslate_map import Message, TextMap
from tests.support.factories import make_people

# The window tests: one engine (the window's texts, not the database, are under test), the shipped catalogue.
sqlite_window = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

CHINESE = {
    "MainWindow": {
        "Miner catalogue": "矿机目录",
        "Calculator": "收益计算",
        "&View": "查看(&V)",
        "Go to {tab}": "转到{tab}",
        "HashInsight Desktop — {user}": "HashInsight 桌面版 — {user}",
        "&Language": "语言(&L)",
    },
    "Columns": {"Model": "型号", "Manufacturer": "厂商"},
    "CatalogueTab": {"Filter models  (Ctrl+F)": "筛选型号 (Ctrl+F)", "Add…": "添加…"},
    "ShortcutsDialog": {"Keyboard shortcuts": "键盘快捷键"},
    "ChangePasswordDialog": {"Change password — %1": "修改密码 — %1", "Current password": "当前密码"},
}


def write_ts(path: Path, table: dict[str, dict[str, str]]) -> None:
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f"<message><source>{_xml(s)}</source><translation>{_xml(t)}</translation></message>" for s, t in m.items()
        )
        + "</context>"
        for name, m in table.items()
    )
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">{contexts}</TS>',
        encoding="utf-8",
    )


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@pytest.fixture
def test_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_ts(tmp_path / "hashinsight_zh_CN.ts", CHINESE)
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    ts, qm = tmp_path / "hashinsight_zh_CN.ts", tmp_path / "hashinsight_zh_CN.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield tmp_path
    i18n.install(QCoreApplication.instance(), "en")  # the next test starts in English


@sqlite_window
@pytest.mark.usefixtures("shipped_catalogue")
def test_switching_keeps_work_and_changes_every_kind_of_text(qtbot, context: AppContext, test_translation) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, make_people(context.database.session_factory).guest)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.tab_keys.index("catalogue"))
    catalogue = window.tab("catalogue")
    qtbot.waitUntil(lambda: catalogue.proxy.rowCount() > 3)
    catalogue.filter_box.setText("S19")  # half-typed work
    qtbot.waitUntil(lambda: catalogue.proxy.rowCount() > 0)
    catalogue.table.selectRow(0)
    selected = catalogue.table.currentIndex().data()
    shortcuts = window.show_shortcuts()  # an open dialog
    password = window.change_password()  # an open form, half typed
    password.current.setText("half typed")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    headers = [catalogue.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(catalogue.proxy.columnCount())]
    model_column = headers.index("Model")
    assert "Go to Miner catalogue" in [a.text() for a in view_menu.actions()]

    window.language_actions["zh_CN"].trigger()

    assert window.tabs.tabText(window.tab_keys.index("catalogue")) == "矿机目录"
    assert window.tabs.currentWidget() is catalogue
    assert view_menu.title() == "查看(&V)"
    assert "转到矿机目录" in [a.text() for a in view_menu.actions()]
    assert window.windowTitle() == "HashInsight 桌面版 — guest"
    assert catalogue.proxy.headerData(model_column, Qt.Orientation.Horizontal) == "型号"
    assert catalogue.filter_box.placeholderText() == "筛选型号 (Ctrl+F)"
    assert catalogue.add_button.text() == "添加…"
    assert catalogue.filter_box.text() == "S19"
    assert catalogue.table.currentIndex().data() == selected
    assert shortcuts.isVisible() and shortcuts.windowTitle() == "键盘快捷键"
    assert password.isVisible() and password.windowTitle() == "修改密码 — guest"
    assert password.current.text() == "half typed"
    assert "当前密码:" in [label.text() for label in password.findChildren(QLabel)]
    assert QLocale().name() == "zh_CN"
    qt_own = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own texts: its translation too
    assert qt_own.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert SettingsStore(context.paths.settings_file).load().language == "zh_CN"  # remembered
    assert window.language_actions["zh_CN"].isChecked()

    window.language_actions["en"].trigger()

    assert window.tabs.tabText(window.tab_keys.index("catalogue")) == "Miner catalogue"
    assert view_menu.title() == "&View" and "Go to Miner catalogue" in [a.text() for a in view_menu.actions()]
    assert catalogue.proxy.headerData(model_column, Qt.Orientation.Horizontal) == "Model"
    assert catalogue.filter_box.text() == "S19" and shortcuts.windowTitle() == "Keyboard shortcuts"
    assert password.windowTitle() == "Change password — guest" and password.current.text() == "half typed"
    shortcuts.close()
    password.close()


@sqlite_window
def test_a_missing_translation_keeps_the_language_and_says_so(qtbot, context, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # no .qm there
    window = MainWindow(context, make_people(context.database.session_factory).guest)
    qtbot.addWidget(window)
    window.language_actions["zh_CN"].trigger()
    said = window.statusBar().currentMessage()
    assert "missing" in said and "hashinsight_zh_CN.qm" in said
    assert window.language_actions["en"].isChecked() and i18n.current().language == "en"
    assert window.tabs.tabText(0) in ("Calculator", "Miner catalogue")


def test_text_map_templates_values_and_contexts() -> None:
    class Fake(i18n.Translation):
        def __init__(self, table: dict[tuple[str, str], str]) -> None:
            super().__init__("zh_CN", [])
            self.table = table

        def lookup(self, context: str, source: str, comment: str | None = None, n: int = -1) -> str:
            return self.table.get((context, source), source)

    messages = [
        Message("A", "Save", None, False),
        Message("B", "Save", None, False),
        Message("MainWindow", "Go to {tab}", None, False),
        Message("MainWindow", "Fleet", None, False),
        Message("X", "{shown} of {count:,} miners", None, False),
        Message("X", "Deals: %1 · %2", None, False),
        Message("X", "{a} · {b}", None, False),
        Message("X", "{count} models", None, False),
        Message("X", "Sites & customers", None, False),
        Message("X", "{summary} · {makers} makers", None, False),
        Message("X", "days", None, False),
    ]
    chinese = Fake(
        {
            ("A", "Save"): "保存",
            ("B", "Save"): "存储",
            ("MainWindow", "Go to {tab}"): "转到{tab}",
            ("MainWindow", "Fleet"): "矿机群",
            ("X", "{shown} of {count:,} miners"): "{count:,} 台矿机中的 {shown} 台",
            ("X", "Deals: %1 · %2"): "交易：%1 · %2",
            ("X", "{count} models"): "{count} 个型号",
            ("X", "Sites & customers"): "矿场与客户",
            ("X", "{summary} · {makers} makers"): "{summary} · {makers} 个厂商",
            ("X", "days"): "天",
        }
    )
    english = i18n.Translation("en", [])
    forward = TextMap(messages, english, chinese)
    assert forward.translate("Save", ["B"]) == "存储" and forward.translate("Save", ["Other", "A"]) == "保存"
    assert forward.translate("Go to Fleet", ["MainWindow"]) == "转到矿机群"  # the value is a text too
    assert forward.translate("3 of 1,200 miners") == "1,200 台矿机中的 3 台"  # reordered values
    assert forward.translate("Deals: 4 · $1,000") == "交易：4 · $1,000"
    assert forward.translate("S19 · Bitmain") is None  # placeholders and punctuation match anything: not used
    assert forward.translate("Antminer S19") is None  # data is not a text of the console
    assert forward.translate("Filter models") is None  # a count holds a digit: no "Filter 个型号"
    assert forward.translate("12 models") == "12 个型号"
    assert forward.translate("3 of 1,200 miners · Save", ["A"]) == "1,200 台矿机中的 3 台 · 保存"
    assert forward.translate("3 of 1,200 miners · 7 makers") == "1,200 台矿机中的 3 台 · 7 个厂商"  # nested
    assert forward.translate("Go to Fleet, Save", ["A"]) == "转到矿机群, 保存"  # a list as a template's value
    assert forward.translate("Sites && customers") == "矿场与客户"  # a tab's escaped "&"
    assert forward.translate("Days") == "天" and TextMap(messages, chinese, english).translate("天") == "days"
    # Texts the code joined from translated pieces: markup, an ellipsis, a shortcut, one line each.
    assert forward.translate("<b>Save</b>", ["A"]) == "<b>保存</b>"
    assert forward.translate("Save…", ["A"]) == "保存…"
    assert forward.translate("Save (Ctrl+S)", ["A"]) == "保存 (Ctrl+S)"
    assert forward.translate("Fleet: 3 models\nSave: 4 models", ["A"]) == "矿机群: 3 个型号\n保存: 4 个型号"
    back = TextMap(messages, chinese, english)
    assert back.translate("1,200 台矿机中的 3 台") == "3 of 1,200 miners"


def test_start_language_from_the_environment_settings_or_system(qapp: QApplication, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.languages import UnknownLanguage, choose_language, normalise

    assert choose_language("zh-CN", "en", "en_US") == "zh_CN"
    assert choose_language(None, "zh_CN", "en_US") == "zh_CN"
    assert choose_language(None, "", "zh_CN") == "zh_CN"
    assert choose_language(None, "", "de_DE") == "en" and choose_language(None, "klingon", "C") == "en"
    assert normalise("zh_CN.UTF-8") == "zh_CN" and normalise("en_GB") == "en"
    with pytest.raises(UnknownLanguage):
        normalise("fr")
    monkeypatch.setattr(i18n, "_start_notices", [])  # the module's notices come back as they were after the test
    monkeypatch.setenv("HASHINSIGHT_LANG", "fr")
    assert i18n.start(qapp, "") == ["HASHINSIGHT_LANG: unknown language 'fr' (choose en or zh_CN)"]
    assert i18n.current().language == "en"
    monkeypatch.setenv("HASHINSIGHT_LANG", "zh_CN")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # a .qm that was never built: English, said once
    [notice] = i18n.start(qapp, "")
    assert "hashinsight_zh_CN.qm" in notice and "English" in notice and i18n.start_notice() == notice
    assert i18n.current().language == "en"
