"""Admin → Alert thresholds: a site's limits saved from the page reach the rules; bad input is refused
naming every field by its row's label; empty fields inherit and say from what. The table says each row's scope
and limits in the reader's language, its figures written as that language writes numbers."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hashinsight_desktop.services.telemetry.alert_settings import ThresholdRow, load_thresholds
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.admin.alert_thresholds_page import COLUMNS, AlertThresholdsPage
from hashinsight_desktop.ui.common import RecordTableModel
from tests.support.factories import make_people


def test_site_limits_saved_inherited_and_refused(qtbot, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    people = make_people(context.database.session_factory)
    page = AlertThresholdsPage(context, people.owner)
    qtbot.addWidget(page)
    assert page.fields["temp_critical_c"].placeholderText() == "inherited: 95"
    page.site_combo.setCurrentIndex(page.site_combo.findData(people.site_id))
    page.fields["temp_critical_c"].setText("90")
    page.fields["hold_s"].setText("600")
    page.save()
    with context.database.session_factory() as session:
        limits = load_thresholds(session).for_miner(people.site_id, None)
    assert (limits.temp_critical_c, limits.hold_s, limits.temp_warning_c) == (90, 600, 85)
    assert page.model.rowCount() == 1  # the limits named as the form's rows name them
    limits = page.model.index(0, 1)
    assert limits.data() == "Chip temperature critical (°C): 90; Hold before clearing (s): 600"
    assert limits.data(Qt.ItemDataRole.ToolTipRole) == limits.data()  # all of it, however narrow the column
    errors: list[str] = []
    monkeypatch.setattr(
        "hashinsight_desktop.ui.admin.alert_thresholds_page.show_error",
        lambda _parent, _title, text: errors.append(text),
    )
    page.fields["temp_warning_c"].setText("99")
    page.fields["offline_after_failures"].setText("zero")
    page.save()
    assert errors and errors[0].startswith("Alert limits: Offline after failed polls: 'zero' is not a number")
    assert "; Chip temperature critical (°C): must be above the warning temperature" in errors[0]  # rows' labels


WORDS = {  # a test translation of the words the table uses (the real one is filled by the translator)
    "every site": "所有场地",
    "every model": "所有型号",
    "{limit}: {value}": "{limit}：{value}",
    "; ": "；",
    "Temperature clears this far below (°C)": "温度回落（°C）",
    "Hold before clearing (s)": "恢复前保持（秒）",
}


class _Chinese(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return WORDS.get(source, "") if context == "AlertLimits" else ""


def test_scope_and_limits_said_in_the_readers_language(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    farm = ThresholdRow(uuid.uuid4(), None, "", None, "", {"temp_hysteresis_c": 2.5, "hold_s": 86_400})
    model = RecordTableModel(COLUMNS)
    model.set_records([farm])
    assert model.index(0, 0).data() == "every site · every model"
    assert model.index(0, 1).data() == "Temperature clears this far below (°C): 2.5; Hold before clearing (s): 86,400"
    monkeypatch.setattr(locale_format, "_separators", lambda language: ("\u202f", ","))  # a space-and-comma locale
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        scope, limits = model.index(0, 0).data(), model.index(0, 1).data()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert scope == "所有场地 · 所有型号"
    assert limits == "温度回落（°C）：2,5；恢复前保持（秒）：86\u202f400"
