"""A form with several bad fields is refused with one message naming each; every part is said in the reader's
language (alert limits, a notification channel's fields). Pure: a dict stands in for Qt's translation."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.notifications.channels import raise_all
from hashinsight_desktop.services.telemetry.alert_settings import _checked
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, render_error

CHINESE = {
    ("Errors", "; "): "；",
    ("Errors", "{name}: {value!r} is not a number"): "{name}：{value!r} 不是数字",
    ("Errors", "{name}: not an alert limit"): "{name}：不是告警阈值",
    ("Errors", "{field}: {message}"): "{field}：{message}",
    ("Errors", "is empty"): "为空",
    ("Errors", "give at least one recipient address"): "请至少填写一个收件人地址",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_every_bad_alert_limit_is_named_in_the_readers_language() -> None:
    with pytest.raises(ValidationError) as refused:
        _checked({"temp_warning_c": "hot", "colour": 3})
    assert str(refused.value) == "alert thresholds: temp_warning_c: 'hot' is not a number; colour: not an alert limit"
    assert (
        render_error(refused.value, chinese) == "alert thresholds：temp_warning_c：'hot' 不是数字；colour：不是告警阈值"
    )


def test_a_channels_bad_fields_are_named_in_the_readers_language() -> None:
    with pytest.raises(ValidationError) as refused:
        raise_all(
            [
                ("name", QT_TRANSLATE_NOOP("Errors", "is empty")),
                ("to", QT_TRANSLATE_NOOP("Errors", "give at least one recipient address")),
            ]
        )
    assert str(refused.value) == "name: is empty; to: give at least one recipient address"
    assert render_error(refused.value, chinese) == "name：为空；to：请至少填写一个收件人地址"
