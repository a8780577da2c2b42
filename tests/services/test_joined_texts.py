"""A list of texts inside one message (problems, reasons) is said item by item in the reader's language."""

from __future__ import annotations

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text, render_error

CHINESE = {
    ("Errors", "; "): "；",
    ("Errors", "must not be empty"): "不能为空",
    ("Errors", "at most {n} characters"): "最多 {n} 个字符",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_joined_list_renders_each_part_and_its_separator() -> None:
    problems = Joined(
        QT_TRANSLATE_NOOP("Errors", "; "),
        [
            QT_TRANSLATE_NOOP("Errors", "must not be empty"),
            Text(QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=5),
        ],
    )
    assert str(problems) == "must not be empty; at most 5 characters" and problems == str(problems)
    error = ValidationError("name", problems)
    assert str(error) == "name: must not be empty; at most 5 characters"
    assert render_error(error, chinese) == "name: 不能为空；最多 5 个字符"
    assert not Joined(", ", []) and Joined(", ", ["a"]) != Joined(", ", ["b"])
