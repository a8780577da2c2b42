"""How an approved plan starts: by hand, at a time, or when the site's power price has stayed at or above
a threshold for a while (and, for the price, when it comes back: below the threshold minus a hysteresis).
A group of the plan form with its own fields, read into the PlanRequest's trigger fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QDateTimeEdit, QGroupBox, QLabel, QRadioButton, QWidget

from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger
from hashinsight_desktop.services.curtailment.site_readings import PowerPriceNow
from hashinsight_desktop.ui.age_text import age_text
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.curtailment.form_fields import NOTE_STYLE, FormField, form_grid, line_edit, read_number
from hashinsight_desktop.ui.curtailment.plans_model import kwh_price_text
from hashinsight_desktop.ui.theme import NOTE_COLOR, tone_color

MANUAL, SCHEDULED, PRICE = "manual", "scheduled", "price"
DEFAULT_MIN_DURATION = "15"
STALE_PRICE = timedelta(hours=2)  # an older signal probably means the feed stopped


class TriggerBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start"), parent)
        self.manual = QRadioButton(self.tr("By hand (Execute)"))
        self.manual.setToolTip(self.tr("Once approved, the plan waits until someone executes it"))
        self.scheduled = QRadioButton(self.tr("At"))
        self.scheduled.setToolTip(
            self.tr("Once approved, the plan starts by itself at this time (the site's time zone)")
        )
        self.zone: str | None = None  # the site's time zone (None: this computer's, until a site is chosen)
        self.price = QRadioButton(self.tr("When the power price rises"))
        self.price.setToolTip(
            self.tr(
                "Once approved, the plan starts by itself when the site's power price has stayed at or above the "
                "threshold for the minimum duration, and recovers when it has stayed below threshold − hysteresis "
                "as long (prices come from `curtail price` or a grid feed)"
            )
        )
        self.group = QButtonGroup(self)
        for kind, button in ((MANUAL, self.manual), (SCHEDULED, self.scheduled), (PRICE, self.price)):
            button.setObjectName(f"trigger_{kind}")
            self.group.addButton(button)
        self.manual.setChecked(True)
        self.start_at = QDateTimeEdit()
        self.start_at.setCalendarPopup(True)
        self.start_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_at.setEnabled(False)
        self.reset_start()
        self.threshold = line_edit(self.tr("e.g. 0.18"))
        self.min_duration = line_edit("", DEFAULT_MIN_DURATION)
        self.hysteresis = line_edit(self.tr("0: recover below the threshold"))
        for edit in (self.threshold, self.min_duration, self.hysteresis):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price_note = QLabel()
        self.price_note.setObjectName("priceNote")
        self.price_note.setWordWrap(True)
        self.price_note.setTextFormat(Qt.TextFormat.PlainText)
        self._price_stale = False
        self._price_text = ""  # the site's price now, from the last read

        grid = form_grid()
        grid.addWidget(self.manual, 0, 0, 1, 3)
        start = FormField("start_at", self.start_at, "", self.tr("A scheduled plan starts by itself once approved"))
        start.label = self.scheduled  # type: ignore[assignment]  # the radio button is the label
        row = start.add_to(grid, 1)
        grid.addWidget(self.price, row, 0, 1, 3)
        row += 1
        self.price_fields = [
            FormField(
                "price_trigger", self.threshold, "$/kWh", self.tr("Start when the power price is at or above this")
            ),
            FormField(
                "min_duration",
                self.min_duration,
                self.tr("min"),
                self.tr("…and has stayed there this long (0 to 1,440 minutes)"),
            ),
            FormField(
                "hysteresis",
                self.hysteresis,
                "$/kWh",
                self.tr("Recover once the price has stayed below the threshold minus this as long; empty: 0"),
            ),
        ]
        for f in self.price_fields:
            f.label.setIndent(self.price.iconSize().width() + 8)  # under the radio button they belong to
            row = f.add_to(grid, row)
        grid.addWidget(self.price_note, row, 0, 1, 3)
        self.setLayout(grid)
        self.fields = {f.field: f for f in (start, *self.price_fields)}

        self.group.buttonToggled.connect(self._kind_toggled)
        self.start_at.dateTimeChanged.connect(self.changed)
        for edit in (self.threshold, self.min_duration, self.hysteresis):
            edit.textEdited.connect(self.changed)
            edit.textChanged.connect(self._show_note)
        self._show_kind()

    # -- reading --------------------------------------------------------------------------------------
    def kind(self) -> str:
        return SCHEDULED if self.scheduled.isChecked() else PRICE if self.price.isChecked() else MANUAL

    def set_kind(self, kind: str) -> None:
        {SCHEDULED: self.scheduled, PRICE: self.price}.get(kind, self.manual).setChecked(True)

    def request_fields(self, now: datetime, errors: dict[str, str]) -> dict[str, Any]:
        """The PlanRequest's trigger, start_at and price_trigger; a field at fault goes into ``errors``."""
        kind = self.kind()
        if kind == SCHEDULED:
            start_at = self._typed_start()  # the site's wall-clock time, as `curtail plan --start-at` reads it
            if start_at < now - timedelta(minutes=1):
                errors["start_at"] = self.tr("is in the past")
            return {"trigger": SCHEDULED, "start_at": start_at}
        if kind == PRICE:
            threshold = read_number("price_trigger", self.threshold, errors)
            duration = read_number("min_duration", self.min_duration, errors)
            hysteresis = read_number("hysteresis", self.hysteresis, errors, optional=True)
            if hysteresis is not None and hysteresis < 0:
                errors["hysteresis"] = self.tr("cannot be negative")
            if duration is not None and not 0 <= duration <= 24 * 60:
                errors["min_duration"] = self.tr("from 0 to 1,440 minutes")
            if threshold is None or duration is None:
                return {"trigger": PRICE}
            # typed in $/kWh like every power price; the trigger keeps USD/MWh (its stored unit)
            return {
                "trigger": PRICE,
                "price_trigger": PriceTrigger(threshold * 1000.0, (hysteresis or 0.0) * 1000.0, duration),
            }
        return {"trigger": MANUAL}

    # -- the site's price -----------------------------------------------------------------------------
    def set_price_now(self, price: PowerPriceNow | None, now: datetime) -> None:
        self._price_stale = price is None or now - price.recorded_at > STALE_PRICE
        if price is None:
            text = (
                "No power price recorded for this site yet: a price-triggered plan waits for price signals "
                "(`curtail price` or a grid feed)."
            )
        else:
            age = age_text((now - price.recorded_at).total_seconds())
            text = self.tr("Price now {price} ({source}, {age}).").format(
                price=kwh_price_text(price.usd_per_mwh), source=price.source, age=age
            )
            if self._price_stale:
                text += " No newer signal: is the price feed running?"
        self._price_text = text
        self._show_note()

    def _show_note(self) -> None:
        """What the typed trigger does, in words, and the site's price now."""
        errors: dict[str, str] = {}
        threshold = read_number("price_trigger", self.threshold, errors)
        duration = read_number("min_duration", self.min_duration, errors)
        hysteresis = read_number("hysteresis", self.hysteresis, errors, optional=True) or 0.0
        rule = ""
        if threshold is not None and duration is not None and not errors:
            rule = self.tr(
                "Starts once the price has been ≥ {start} for {minutes} min; "
                "recovers once it has been < {stop} as long. "
            ).format(
                start=kwh_price_text(threshold * 1000.0),
                minutes=f"{duration:g}",
                stop=kwh_price_text((threshold - hysteresis) * 1000.0),
            )
        self.price_note.setText(rule + self._price_text)
        self.style_note()

    # -- state ----------------------------------------------------------------------------------------
    def state(self) -> dict[str, str]:
        return {
            "trigger": self.kind(),
            "price_threshold_kwh": self.threshold.text(),  # $/kWh (the old "price_threshold" was per MWh)
            "price_min_duration": self.min_duration.text(),
            "price_hysteresis_kwh": self.hysteresis.text(),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        for key, edit in (
            ("price_threshold_kwh", self.threshold),
            ("price_min_duration", self.min_duration),
            ("price_hysteresis_kwh", self.hysteresis),
        ):
            if isinstance(state.get(key), str):
                edit.setText(state[key])
        if isinstance(state.get("trigger"), str):
            self.set_kind(state["trigger"])

    # -- reactions ------------------------------------------------------------------------------------
    def _kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:  # one signal per change: the button turned on
            self._show_kind()
            self.changed.emit()

    def _show_kind(self) -> None:
        kind = self.kind()
        self.start_at.setEnabled(kind == SCHEDULED)
        if kind == SCHEDULED and self._typed_start() < datetime.now(UTC):
            self.reset_start()
        for f in self.price_fields:
            for widget in (f.label, f.widget, f.unit):
                widget.setVisible(kind == PRICE)
            if kind != PRICE:
                f.set_error(None)
        self.price_note.setVisible(kind == PRICE)
        if kind != SCHEDULED:
            self.fields["start_at"].set_error(None)

    def reset_start(self) -> None:
        """An hour from now on the site's clock, on the quarter hour."""
        tz = self._tz()
        now = datetime.now(tz) if tz is not None else datetime.now()
        soon = (now + timedelta(hours=1)).replace(tzinfo=None, second=0, microsecond=0)
        soon = soon.replace(minute=soon.minute // 15 * 15)
        self.start_at.setDateTime(QDateTime(soon))

    def _typed_start(self) -> datetime:
        local: datetime = self.start_at.dateTime().toPython()  # type: ignore[assignment]
        tz = self._tz()
        return (local.replace(tzinfo=tz) if tz is not None else local).astimezone(UTC)

    def _tz(self) -> ZoneInfo | None:
        try:
            return ZoneInfo(self.zone) if self.zone else None
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def set_timezone(self, zone: str | None) -> None:
        """The site's time zone: the scheduled start is typed and read in it."""
        if zone == self.zone:
            return
        self.zone = zone
        unit = self.fields["start_at"].unit
        unit.setText(zone or "")
        unit.setToolTip(self.tr("The site's time zone (Admin → Sites)") if zone else "")
        self.reset_start()

    def style_note(self) -> None:
        color = tone_color(self.window(), NOTE_COLOR) if self._price_stale else muted_color()
        self.price_note.setStyleSheet(f"color: {color}; {NOTE_STYLE}")
