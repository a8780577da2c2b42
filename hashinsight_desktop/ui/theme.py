"""Light and dark themes: Fusion style with a palette, so every widget follows; and status colours
that read well in either."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("light", "dark")


def theme_label(name: str) -> str:
    """A theme as menus and settings name it (literal strings, so the translation tools find them)."""
    labels = {
        "light": QCoreApplication.translate("Theme", "Light"),
        "dark": QCoreApplication.translate("Theme", "Dark"),
    }
    return labels.get(name, name.capitalize())


OK_COLOR, BAD_COLOR, NOTE_COLOR = "ok", "bad", "note"  # status tones: tone_color turns them into colours
MUTED = "muted"  # secondary text (muted_color)
# Status colours per theme (light, dark): the light theme's greens and reds are too dim on dark grey.
TONES = {OK_COLOR: ("#2e7d32", "#81c784"), BAD_COLOR: ("#c62828", "#ef9a9a"), NOTE_COLOR: ("#b26a00", "#ffb74d")}


def tone_color(widget: QWidget, tone: str) -> str:
    """A tone name (ok, bad, note, muted) as a colour that reads well on the widget's current palette."""
    return _tone_for(tone, widget.palette().window().color().lightness() < 128)


def _tone_for(tone: str, dark: bool) -> str:
    if tone == MUTED:
        return muted_color()
    return TONES[tone][dark] if tone in TONES else tone  # else already a colour


def muted_color(widget: QWidget | None = None) -> str:
    """Secondary text: the theme's placeholder colour made opaque over its window colour.

    Read from the application palette: a widget's own palette is rewritten by its style sheet."""
    palette = QApplication.palette()
    text, window = palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Window)
    alpha = text.alphaF()
    mixed = QColor.fromRgbF(
        text.redF() * alpha + window.redF() * (1 - alpha),
        text.greenF() * alpha + window.greenF() * (1 - alpha),
        text.blueF() * alpha + window.blueF() * (1 - alpha),
    )
    return mixed.name()


_TONE_PROPERTY, _BOLD_PROPERTY = "hashinsight_tone", "hashinsight_tone_bold"


def set_tone(widget: QWidget, tone: str | None, *, bold: bool = False) -> None:
    """Colour ``widget``'s text with a status tone (ok, bad, note; None: the palette's own text), kept
    in step with the theme: a style sheet freezes the colour it was given, so :func:`apply_theme`
    sets it again for the new palette on every widget that has a tone."""
    widget.setProperty(_TONE_PROPERTY, tone or "")
    widget.setProperty(_BOLD_PROPERTY, bold)
    _restyle(widget)


def _restyle(widget: QWidget) -> None:
    tone = widget.property(_TONE_PROPERTY)
    if not tone:
        widget.setStyleSheet("")
        return
    weight = " font-weight: 600;" if widget.property(_BOLD_PROPERTY) else ""
    # The application's palette: during a theme switch the widget's own has not followed it yet.
    dark = QApplication.palette().window().color().lightness() < 128
    widget.setStyleSheet(f"color: {_tone_for(tone, dark)};{weight}")


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 32, 36), QColor(43, 46, 51), QColor(222, 224, 228)
    role = QPalette.ColorRole
    palette.setColor(role.Window, window)
    palette.setColor(role.WindowText, text)
    palette.setColor(role.Base, base)
    palette.setColor(role.AlternateBase, QColor(38, 41, 46))
    palette.setColor(role.ToolTipBase, window)
    palette.setColor(role.ToolTipText, text)
    palette.setColor(role.Text, text)
    palette.setColor(role.Button, window)
    palette.setColor(role.ButtonText, text)
    palette.setColor(role.BrightText, QColor(255, 90, 90))
    palette.setColor(role.Link, QColor(247, 147, 26))
    palette.setColor(role.Highlight, QColor(247, 147, 26))
    palette.setColor(role.HighlightedText, QColor(20, 20, 20))
    palette.setColor(role.PlaceholderText, QColor(140, 144, 150))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, r, QColor(110, 114, 120))
    return palette


def _light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(230, 126, 0))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    palette.setColor(QPalette.ColorRole.Link, QColor(196, 98, 0))
    return palette


def _indicator_palette(palette: QPalette, *, dark: bool) -> QPalette:
    """Fusion outlines check boxes and radio buttons in Window darkened: on the dark Base (a table's cell, the
    indicator's own fill) an unticked one vanished. Views paint their cells on Base and buttons paint no
    background, so a lighter Window for them only brings the indicators' outline out."""
    views = QPalette(palette)
    if dark:  # the placeholder grey: light enough on Base once Fusion darkens it, and one colour fewer
        views.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.PlaceholderText))
    return views


def apply_theme(app: QApplication, name: str) -> None:
    app.setStyle("Fusion")
    palette = _dark_palette() if name == "dark" else _light_palette()
    app.setPalette(palette)
    indicators = _indicator_palette(palette, dark=name == "dark")
    for kind in ("QAbstractItemView", "QCheckBox", "QRadioButton"):  # the wizard's choices were invisible in dark
        app.setPalette(indicators, kind)
    app.setPalette(palette, "QHeaderView")  # an exact class name wins: headers keep the window's colour
    app.setProperty("hashinsight_theme", name if name in THEMES else "light")
    for widget in app.allWidgets():
        if widget.property(_TONE_PROPERTY):
            _restyle(widget)
