"""Stored texts: a sentence kept as JSON renders later as the same English, or in the reader's language."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum

from hashinsight_desktop.services.stored_text import InSentence, from_stored, render_stored, shown_later, to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text, render

CHINESE = {
    ("Alerts", "chip temperature {temp:.1f} °C at {when:%H:%M} on {day}"): "{when:%H:%M} {day} 芯片温度 {temp:.1f} °C",
    ("Alerts", "{what} for {amount} USD"): "{what}，{amount} 美元",
    ("Alerts", "an overheated miner"): "过热的矿机",
    ("Audit", "created {username} ({role})"): "创建了 {username}（{role}）",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


class Role(StrEnum):
    ADMIN = "admin"


def through_json(text: Text | str) -> dict[str, object] | None:
    stored = to_stored(text)
    return None if stored is None else json.loads(json.dumps(stored, allow_nan=False))


def test_figures_and_dates_keep_their_format_in_english_and_in_chinese() -> None:
    when = datetime(2026, 12, 5, 9, 41, tzinfo=UTC)
    text = Text(
        QT_TRANSLATE_NOOP("Alerts", "chip temperature {temp:.1f} °C at {when:%H:%M} on {day}"),
        temp=91.25,
        when=when,
        day=date(2026, 12, 5),
    )
    stored = through_json(text)
    assert stored is not None
    assert render_stored("ignored", stored) == str(text) == "chip temperature 91.2 °C at 09:41 on 2026-12-05"
    assert render_stored("ignored", stored, chinese) == "09:41 2026-12-05 芯片温度 91.2 °C"


def test_nested_texts_translate_and_plain_strings_stay_verbatim() -> None:
    text = Text(
        QT_TRANSLATE_NOOP("Alerts", "{what} for {amount} USD"),
        what=QT_TRANSLATE_NOOP("Alerts", "an overheated miner"),
        amount=Decimal("12.50"),
    )
    stored = through_json(text)
    assert stored is not None
    assert render_stored(None, stored, chinese) == "过热的矿机，12.50 美元"
    created = QT_TRANSLATE_NOOP("Audit", "created {username} ({role})")
    user = Text(created, username="an overheated miner", role=Role.ADMIN)
    stored = through_json(user)
    assert stored is not None
    # a name a user typed is not looked up, even when it reads like a translated text
    assert render_stored(None, stored, chinese) == "创建了 an overheated miner（admin）"
    assert from_stored(stored) == user


def test_a_plain_string_has_no_stored_form_and_an_old_row_shows_its_english() -> None:
    assert to_stored("typed by a user") is None and to_stored(None) is None
    assert render_stored("threshold exceeded", None, chinese) == "threshold exceeded"
    assert render_stored(None, None, chinese) == ""


def test_an_unreadable_form_or_a_template_that_no_longer_fits_shows_the_english_column() -> None:
    assert render_stored("as stored", {"s": 3}, chinese) == "as stored"
    assert render_stored("as stored", {"s": "x {n}", "p": {"n": {"t": "martian", "v": "1"}}}, chinese) == "as stored"
    assert render_stored("as stored", {"c": "Alerts", "s": "x {missing}", "p": {"n": 1}}, chinese) == "as stored"


def test_values_json_cannot_hold_are_tagged() -> None:
    stored = through_json(Text(QT_TRANSLATE_NOOP("Alerts", "{a} {b}"), a=float("nan"), b=float("inf")))
    assert stored is not None
    assert render_stored(None, stored) == "nan inf"


def test_a_label_inside_a_sentence_stays_lower_case_once_stored() -> None:
    state = InSentence(QT_TRANSLATE_NOOP("PlanState", "Pending approval"))
    text = Text(QT_TRANSLATE_NOOP("Audit", "plan {name!r}: {state}"), name="Evening", state=state)
    stored = through_json(text)
    assert stored is not None and render_stored(None, stored) == str(text) == "plan 'Evening': pending approval"


def test_a_list_of_texts_keeps_each_part_and_its_separator() -> None:
    parts = [QT_TRANSLATE_NOOP("Alerts", "an overheated miner"), "typed name"]
    stored = through_json(Joined(QT_TRANSLATE_NOOP("Alerts", "; "), parts))
    assert stored is not None
    assert render_stored(None, stored) == "an overheated miner; typed name"
    assert render_stored(None, stored, chinese) == "过热的矿机; typed name"


def test_a_sentence_read_as_raw_json_is_parsed_only_when_shown_in_another_language() -> None:
    text = Text(QT_TRANSLATE_NOOP("Alerts", "an overheated miner"))
    raw = json.dumps(to_stored(text))
    later = shown_later(str(text), raw)
    assert isinstance(later, Text) and str(later) == "an overheated miner"
    assert render(later, chinese) == "过热的矿机"
    assert render(shown_later("as stored", "{not json"), chinese) == "as stored"
    assert shown_later("as stored", None) == "as stored" and shown_later(None, raw) is None
    assert render(shown_later("x", to_stored(text)), chinese) == "过热的矿机"  # PostgreSQL's driver parses it
