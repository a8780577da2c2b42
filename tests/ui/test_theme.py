"""Status tones follow the theme: a style sheet freezes the colour it is given, so a theme switch
sets every toned widget's colour again for the new palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton, QTableWidget, QTableWidgetItem, QWidget

from hashinsight_desktop.ui.theme import NOTE_COLOR, TONES, apply_theme, set_tone

pytestmark = pytest.mark.gui


def test_a_toned_label_is_restyled_by_a_theme_switch(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("short by 9.8 kW")
    qtbot.addWidget(label)
    try:
        apply_theme(qapp, "light")
        set_tone(label, NOTE_COLOR, bold=True)
        assert label.styleSheet() == f"color: {TONES[NOTE_COLOR][0]}; font-weight: 600;"
        apply_theme(qapp, "dark")
        assert label.styleSheet() == f"color: {TONES[NOTE_COLOR][1]}; font-weight: 600;"
        set_tone(label, None)
        apply_theme(qapp, "light")
        assert label.styleSheet() == ""
    finally:
        apply_theme(qapp, "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_an_unticked_check_box_in_a_table_stands_out_from_its_cell(qtbot, qapp, theme) -> None:  # type: ignore[no-untyped-def]
    try:
        apply_theme(qapp, theme)
        table = QTableWidget(1, 1)
        qtbot.addWidget(table)
        table.setShowGrid(False)
        item = QTableWidgetItem("")  # no text: the check box is all the cell paints
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        table.setItem(0, 0, item)
        table.resize(200, 100)
        table.show()
        shot = table.viewport().grab(table.visualItemRect(item)).toImage()
        base = table.palette().base().color().lightness()
        lightness = [shot.pixelColor(x, y).lightness() for x in range(shot.width()) for y in range(shot.height())]
        assert max(abs(v - base) for v in lightness) > 40, theme  # dark theme: the outline was 1 step off Base
    finally:
        apply_theme(qapp, "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("kind", [QRadioButton, QCheckBox])
def test_an_unticked_radio_button_or_check_box_stands_out_from_its_window(qtbot, qapp, theme, kind) -> None:  # type: ignore[no-untyped-def]
    try:
        apply_theme(qapp, theme)
        window = QWidget()  # painted in the window's colour, as the wizard's page is
        qtbot.addWidget(window)
        kind("", window)  # no text: the indicator is all it paints
        window.resize(40, 30)
        window.show()
        shot = window.grab().toImage()
        background = window.palette().window().color().lightness()
        lightness = [shot.pixelColor(x, y).lightness() for x in range(shot.width()) for y in range(shot.height())]
        assert max(abs(v - background) for v in lightness) > 40, theme  # dark: the wizard's choices had none
    finally:
        apply_theme(qapp, "light")
