"""Errors outside the services' own (a database that cannot be opened, a settings file, the keyring) reach the
command line's error line and the console's dialogs in the reader's language. Pure: a dict stands in for Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.services.database import DatabaseMissing
from hashinsight_desktop.services.secret_store import NoSecureKeyring
from hashinsight_desktop.services.settings import SettingsError, SettingsStore
from hashinsight_desktop.services.texts import render_error

CHINESE = {
    ("Errors", "settings file {path} is not a JSON object"): "设置文件 {path} 不是 JSON 对象",
    ("Errors", "the folder {folder} does not exist"): "文件夹 {folder} 不存在",
    (
        "Errors",
        "no database at {path} ({why}): check the database URL, or create a new database with "
        "`hashinsight-desktop db init`",
    ): "{path} 没有数据库（{why}）：请检查数据库 URL，或用 `hashinsight-desktop db init` 新建数据库",
    (
        "Errors",
        "no secure keyring on this computer (found {found}): {hint}",
    ): "本机没有安全的密钥环（找到 {found}）：{hint}",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_missing_database_and_a_bad_settings_file_in_the_readers_language(tmp_path: Path) -> None:
    missing = DatabaseMissing(tmp_path / "gone" / "farm.sqlite3")
    assert str(missing).startswith(f"no database at {tmp_path / 'gone' / 'farm.sqlite3'} (the folder ")
    assert render_error(missing, chinese) == (
        f"{tmp_path / 'gone' / 'farm.sqlite3'} 没有数据库（文件夹 {tmp_path / 'gone'} 不存在）："
        "请检查数据库 URL，或用 `hashinsight-desktop db init` 新建数据库"
    )
    (tmp_path / "settings.json").write_text("[]", encoding="utf-8")
    with pytest.raises(SettingsError) as bad:
        SettingsStore(tmp_path / "settings.json").load()
    assert render_error(bad.value, chinese) == f"设置文件 {tmp_path / 'settings.json'} 不是 JSON 对象"
    assert render_error(NoSecureKeyring("PlaintextKeyring"), chinese).startswith(
        "本机没有安全的密钥环（找到 PlaintextKeyring）："
    )
