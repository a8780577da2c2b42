"""The command line speaks the user's language: --lang, HASHINSIGHT_LANG or the locale choose it; its own texts and the
services' errors are looked up in the app's translation file. A small .ts built here stands in for the shipped
one, so the test does not depend on how far the Chinese translation has come."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hashinsight_desktop.commands import language
from hashinsight_desktop.ui import i18n
from tests.support.cli_in_process import run_main
from tests.support.small_qm import build_qm

CHINESE = {
    "CLI": {"error": "错误", "database maintenance": "数据库维护"},
    "Errors": {"Wrong user name or password.": "用户名或密码错误。"},
    "argparse": {"usage: ": "用法：", "the following arguments are required: %s": "缺少必需的参数：%s"},
}


@pytest.fixture(scope="module")
def chinese_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_qm(tmp_path_factory.mktemp("i18n"), CHINESE)


@pytest.fixture(autouse=True)
def test_translations(chinese_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: chinese_dir)
    for name in ("HASHINSIGHT_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    language.install("en")


def test_the_help_is_in_chinese_with_lang_and_english_by_default(app_home: Path) -> None:
    chinese = run_main("--lang", "zh_CN", "--help", home=app_home)
    assert chinese.returncode == 0 and "数据库维护" in chinese.stdout and chinese.stdout.startswith("用法：")
    english = run_main("--help", home=app_home)
    assert "database maintenance" in english.stdout and "数据库维护" not in english.stdout
    assert english.stdout.startswith("usage: ")  # argparse's own texts back to English after a Chinese run
    missing = run_main("--lang", "zh_CN", "customer", "list", home=app_home)
    assert missing.returncode == 2 and missing.stderr.startswith(
        "hashinsight-desktop: 错误: customer list: 缺少必需的参数："
    )


def test_a_service_error_reaches_the_command_line_in_the_users_language(app_home: Path) -> None:
    args = ("customer", "list", "--as", "nobody")  # services.auth refuses the login: an AuthenticationError
    english = run_main(*args, home=app_home, env={"HASHINSIGHT_PASSWORD": "x"})
    chinese = run_main(*args, home=app_home, env={"HASHINSIGHT_PASSWORD": "x", "LANG": "zh_CN.UTF-8"})
    assert (english.returncode, english.stderr) == (1, "hashinsight-desktop: error: Wrong user name or password.\n")
    assert (chinese.returncode, chinese.stderr) == (1, "hashinsight-desktop: 错误: 用户名或密码错误。\n")


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {}, "en"),
        ([], {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ([], {"LANG": "zh_CN.UTF-8", "HASHINSIGHT_LANG": "en"}, "en"),
        ([], {"LC_ALL": "zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),
        (["--lang", "zh_CN"], {"HASHINSIGHT_LANG": "en"}, "zh_CN"),
        (["--lang=en"], {"LANG": "zh_CN"}, "en"),
        ([], {"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese: not shipped
    ],
)
def test_the_language_is_chosen_by_option_then_environment(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    assert language.chosen(argv, environ) == expected


def test_a_customers_document_language_is_set_from_the_command_line(app_home: Path) -> None:
    from hashinsight_desktop.app import build_context
    from hashinsight_desktop.services import auth
    from hashinsight_desktop.services.transaction import unit_of_work

    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        auth.create_first_owner(session, "boss", "correct horse battery")
    context.database.close()
    env = {"HASHINSIGHT_PASSWORD": "correct horse battery"}
    added = run_main("customer", "add", "Acme", "--language", "zh-CN", "--json", "--as", "boss", home=app_home, env=env)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["customer"]["language"] == "zh_CN"
    refused = run_main("customer", "edit", "Acme", "--language", "fr", "--as", "boss", home=app_home, env=env)
    assert (refused.returncode, refused.stderr) == (
        1,
        "hashinsight-desktop: error: --language: 'fr' is not a language: choose en or zh_CN\n",
    )
    edited = run_main("customer", "edit", "Acme", "--language", "en", "--json", "--as", "boss", home=app_home, env=env)
    assert json.loads(edited.stdout)["customer"]["language"] == "en", edited.stderr
    listing = app_home / "customers.csv"  # a language column in an import file
    listing.write_text("name,email,language\nBeta Mining,ops@beta.example,zh_CN\n", encoding="utf-8")
    imported = run_main("customer", "import", str(listing), "--json", "--as", "boss", home=app_home, env=env)
    assert imported.returncode == 0, imported.stderr
    shown = run_main("customer", "list", "--search", "Beta", "--json", "--as", "boss", home=app_home, env=env)
    assert [c["language"] for c in json.loads(shown.stdout)["customers"]] == ["zh_CN"], shown.stdout
