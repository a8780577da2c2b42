"""Services' user-facing texts: English by str(), the reader's language by render(translate)."""

from __future__ import annotations

import pickle

from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render, render_error

CHINESE = {
    ("Errors", "No customer named {name}."): "没有名为 {name} 的客户。",
    ("Errors", "must not be empty"): "不能为空",
    ("Errors", "an archived {what}"): "已归档的{what}",
    ("Errors", "customer"): "客户",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_marked_text_is_its_english_string() -> None:
    text = QT_TRANSLATE_NOOP("Errors", "must not be empty")
    assert text == "must not be empty" and isinstance(text, str)
    assert render(text, chinese) == "不能为空"
    assert render("not marked", chinese) == "not marked"


def test_a_text_with_parameters_renders_nested_texts_in_the_same_language() -> None:
    text = Text(QT_TRANSLATE_NOOP("Errors", "an archived {what}"), what=QT_TRANSLATE_NOOP("Errors", "customer"))
    assert str(text) == "an archived customer" and text == "an archived customer"  # where a str was compared
    assert text.render(chinese) == "已归档的客户"
    assert Text(QT_TRANSLATE_NOOP("Errors", "untranslated {n:.1f}"), n=2).render(chinese) == "untranslated 2.0"


def test_a_service_error_stays_english_and_renders_translated() -> None:
    error = NotFound(Text(QT_TRANSLATE_NOOP("Errors", "No customer named {name}."), name="Acme"))
    assert str(error) == "No customer named Acme." and error.args == ("No customer named Acme.",)
    assert render_error(error, chinese) == "没有名为 Acme 的客户。"
    field = ValidationError("name", QT_TRANSLATE_NOOP("Errors", "must not be empty"))
    assert str(field) == "name: must not be empty" and field.message == "must not be empty"
    assert render_error(field, chinese) == "name: 不能为空"
    assert render_error(NotFound("plain English"), chinese) == "plain English"
    assert render_error(ValueError("x"), chinese) == "x"
    assert pickle.loads(pickle.dumps(QT_TRANSLATE_NOOP("Errors", "customer"))).context == "Errors"
