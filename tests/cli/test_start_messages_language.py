"""What the console says on stderr before and around its window is in the user's language: no display (said before
Qt loads, through the command line's translator), an unknown HASHINSIGHT_LANG, and the "error:" of the console's
own failures. A small test .qm stands in for the shipped one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop.commands import language
from hashinsight_desktop.services.languages import UnknownLanguage, normalise
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui import gui_app, i18n
from tests.support.cli_in_process import run_main
from tests.support.small_qm import build_qm

NO_DISPLAY = "no display: set QT_QPA_PLATFORM=offscreen or run under a desktop"
UNKNOWN = "unknown language {code!r} (choose {english} or {chinese})"
CHINESE = {
    "CLI": {"error": "错误"},
    "PlatformCheck": {NO_DISPLAY: "没有显示器：请设置 QT_QPA_PLATFORM=offscreen 或在桌面环境中运行"},
    "Errors": {UNKNOWN: "未知语言 {code!r}（请选择 {english} 或 {chinese}）"},
}


@pytest.fixture(scope="module")
def chinese_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_qm(tmp_path_factory.mktemp("i18n"), CHINESE)


@pytest.fixture
def chinese_translator(qapp, chinese_dir: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(chinese_dir / "hashinsight_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_no_display_is_said_in_the_command_lines_language(
    app_home: Path, chinese_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: chinese_dir)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HASHINSIGHT_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    try:
        chinese = run_main("--lang", "zh_CN", home=app_home)
        english = run_main("--lang", "en", home=app_home)
    finally:
        language.install("en")
    assert (chinese.returncode, chinese.stderr) == (
        1,
        "hashinsight-desktop: 错误: 没有显示器：请设置 QT_QPA_PLATFORM=offscreen 或在桌面环境中运行\n",
    )
    assert english.stderr == f"hashinsight-desktop: error: {NO_DISPLAY}\n"


def test_an_unknown_language_and_the_consoles_error_word_in_the_installed_language(chinese_translator) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownLanguage) as unknown:
        normalise("klingon")
    assert str(unknown.value) == "unknown language 'klingon' (choose en or zh_CN)"
    assert render_error(unknown.value, QCoreApplication.translate) == "未知语言 'klingon'（请选择 en 或 zh_CN）"
    assert gui_app._error_word() == "错误"
