"""Admin → Alert thresholds: a site's limits saved from the page reach the rules; bad input is refused
naming every field by its row's label; empty fields inherit and say from what."""

from __future__ import annotations

from hashinsight_desktop.services.telemetry.alert_settings import load_thresholds
from hashinsight_desktop.ui.admin.alert_thresholds_page import AlertThresholdsPage
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
    assert page.model.rowCount() == 1 and "crit °C 90" in page.model.index(0, 1).data()
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
