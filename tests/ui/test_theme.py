"""Status tones follow the theme: a style sheet freezes the colour it is given, so a theme switch
sets every toned widget's colour again for the new palette."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

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
