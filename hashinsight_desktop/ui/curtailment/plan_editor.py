"""The plan form: what to shed and how (target, tolerance, strategy, ramp, recovery, levels, customer
terms, schedule, solver), turned into a PlanRequest. A field at fault shows its message under it and
takes the focus; the status line names it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.curtailment.plans import STRATEGIES, PlanRequest
from hashinsight_desktop.services.curtailment.site_fleet import DEFAULT_SLEEP_W, LevelOptions
from hashinsight_desktop.services.curtailment.site_readings import Hashprice, SiteChoice
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.curtailment.customer_terms import CustomerTermsModel
from hashinsight_desktop.ui.curtailment.form_fields import (
    NOTE_STYLE,
    FormField,
    field_label,
    form_grid,
    line_edit,
    parse_number,
)
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color

STRATEGY_TITLES = {
    "performance": "Keep the most hashrate",
    "efficiency": "Shed the least efficient first",
    "revenue": "Lose the least revenue",
    "customer": "Respect customer SLAs",
}
STRATEGY_HINTS = {
    "performance": "Sheds where it costs the fewest TH/s.",
    "efficiency": "Sheds the miners with the most joules per terahash first.",
    "revenue": "Sheds where the revenue lost net of the power saved is least: needs the hashprice.",
    "customer": "Weighs each customer's hashrate by their SLA weight (Customers below).",
}


class PlanEditor(QWidget):
    changed = Signal()  # the user edited something
    preview_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site: SiteChoice | None = None
        self.protected: dict[uuid.UUID, str] = {}  # miners kept at full power: id → name
        self._hashprice_typed = False
        self._saved_customers: dict[str, Any] = {}  # terms typed in an earlier session, by customer id

        # -- the plan --
        self.name = line_edit("shed … kW (default)")
        self.target = line_edit("e.g. 500")
        self.target.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tolerance = line_edit("no upper limit")
        self.tolerance.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.strategy = QComboBox()
        for key in STRATEGIES:
            self.strategy.addItem(STRATEGY_TITLES.get(key, key.capitalize()), key)
            self.strategy.setItemData(
                self.strategy.count() - 1, STRATEGY_HINTS.get(key, ""), Qt.ItemDataRole.ToolTipRole
            )
        self.strategy_hint = QLabel()
        self.strategy_hint.setWordWrap(True)
        self.hashprice = line_edit("USD per TH/s per day")
        self.hashprice.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hashprice_note = QLabel()
        self.hashprice_note.setWordWrap(True)
        self.power_price = line_edit("the site's price")
        self.power_price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, FormField] = {}
        plan_box, plan_grid = QGroupBox("Plan"), form_grid()
        row = 0
        for f in (
            FormField("name", self.name, "", "A name the history and the report show"),
            FormField(
                "target_kw", self.target, "kW", "The power the site must stop drawing (the plan sheds at least this)"
            ),
            FormField(
                "tolerance_kw",
                self.tolerance,
                "kW",
                "Shed at most the target plus this; empty: any overshoot the optimiser needs",
            ),
            FormField("strategy", self.strategy, "", "What the optimiser minimises"),
        ):
            self.fields[f.field] = f
            row = f.add_to(plan_grid, row)
        plan_grid.addWidget(self.strategy_hint, row, 0, 1, 3)
        row += 1
        for f in (
            FormField("hashprice", self.hashprice, "$/TH/d", "Revenue strategy: USD earned per TH/s per day"),
            FormField(
                "power_price", self.power_price, "$/kWh", "Revenue strategy: what a kWh costs; empty: the site's"
            ),
        ):
            self.fields[f.field] = f
            row = f.add_to(plan_grid, row)
            if f.field == "hashprice":
                plan_grid.addWidget(self.hashprice_note, row, 1, 1, 2)
                row += 1
        plan_box.setLayout(plan_grid)

        # -- execution --
        self.ramp = line_edit("all at once")
        self.ramp.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.recover_after = line_edit("manual recovery")
        self.recover_after.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.scheduled = QCheckBox("Start at")
        self.start_at = QDateTimeEdit()
        self.start_at.setCalendarPopup(True)
        self.start_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_at.setEnabled(False)
        self._reset_start()
        run_box, run_grid = QGroupBox("Execution"), form_grid()
        row = 0
        for f in (
            FormField("ramp_kw_per_min", self.ramp, "kW/min", "Change at most this much power per minute"),
            FormField(
                "recover_after_h", self.recover_after, "h", "Bring the miners back automatically after this long"
            ),
        ):
            self.fields[f.field] = f
            row = f.add_to(run_grid, row)
        start_field = FormField("start_at", self.start_at, "", "A scheduled plan starts by itself once approved")
        start_field.label = self.scheduled  # type: ignore[assignment]  # the checkbox is the label
        self.fields["start_at"] = start_field
        row = start_field.add_to(run_grid, row)
        run_box.setLayout(run_grid)

        # -- levels --
        self.presets = line_edit("sleep only", "75, 50")
        self.sleep_w = line_edit("", f"{DEFAULT_SLEEP_W:g}")
        self.sleep_w.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.anti_flap = line_edit("", "15")
        self.anti_flap.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.protected_label = QLabel()
        self.protected_label.setWordWrap(True)
        self.clear_protected_button = QToolButton()
        self.clear_protected_button.setText("Clear")
        self.clear_protected_button.setToolTip("Let the optimiser choose every miner again")
        levels_box, levels_grid = QGroupBox("Levels"), form_grid()
        row = 0
        for f in (
            FormField("presets", self.presets, "%", "Power targets a miner may be set to, in % of its power"),
            FormField("sleep_w", self.sleep_w, "W", "What a sleeping miner still draws"),
            FormField(
                "anti_flap_minutes",
                self.anti_flap,
                "min",
                "Miners a plan changed this recently stay at full power",
            ),
        ):
            self.fields[f.field] = f
            row = f.add_to(levels_grid, row)
        levels_grid.addWidget(QLabel("Protected"), row, 0)
        levels_grid.addWidget(self.protected_label, row, 1)
        levels_grid.addWidget(self.clear_protected_button, row, 2)
        levels_box.setLayout(levels_grid)

        # -- customers --
        self.customers = CustomerTermsModel(self)
        self.customers_table = QTableView()
        self.customers_table.setObjectName("customerTerms")
        self.customers_table.setModel(self.customers)
        self.customers_table.verticalHeader().hide()
        self.customers_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.customers_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.no_customers = QLabel("No hosted customers' miners at this site.")
        self.customers_error = FormField("customer_caps", self.customers_table)
        self.fields["customer_caps"] = self.customers_error
        customers_box = QGroupBox("Customers (optional)")
        customers_layout = QVBoxLayout(customers_box)
        customers_layout.addWidget(self.no_customers)
        customers_layout.addWidget(self.customers_table)
        customers_layout.addWidget(self.customers_error.error_label)

        # -- solver --
        self.prove = QCheckBox("Prove optimal (exact solver)")
        self.prove.setToolTip(
            "Run the exact solver until the plan is proven optimal or the time limit: slower; "
            "without it the fast path answers in milliseconds with its gap to the bound"
        )
        self.time_limit = line_edit("", "30")
        self.time_limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        solver_box, solver_grid = QGroupBox("Solver"), form_grid()
        solver_grid.addWidget(self.prove, 0, 0, 1, 3)
        limit = FormField("time_limit_s", self.time_limit, "s", "The exact solver stops after this long")
        self.fields["time_limit_s"] = limit
        limit.add_to(solver_grid, 1)
        solver_box.setLayout(solver_grid)

        # -- preview --
        self.preview_button = QPushButton("Preview")
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.setToolTip("Solve the plan against the fleet as it is now; nothing is sent (Ctrl+Enter)")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelPreviewButton")
        self.cancel_button.setToolTip("Stop the solver (Esc)")
        self.cancel_button.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.hide()
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button, 1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        for box in (plan_box, run_box, levels_box, customers_box, solver_box):
            layout.addWidget(box)
        layout.addStretch(1)

        self.footer = QWidget()  # kept under the scroll area by the tab: always in view
        footer_layout = QVBoxLayout(self.footer)
        footer_layout.setContentsMargins(0, 4, 0, 0)
        footer_layout.addLayout(buttons)
        footer_layout.addWidget(self.busy_bar)
        footer_layout.addWidget(self.status)

        for edit in (
            self.name,
            self.target,
            self.tolerance,
            self.power_price,
            self.ramp,
            self.recover_after,
            self.presets,
            self.sleep_w,
            self.anti_flap,
            self.time_limit,
        ):
            edit.textEdited.connect(self._edited)
        self.hashprice.textEdited.connect(self._hashprice_edited)
        self.strategy.currentIndexChanged.connect(self._strategy_changed)
        self.scheduled.toggled.connect(self._scheduled_toggled)
        self.start_at.dateTimeChanged.connect(self._edited)
        self.prove.toggled.connect(self._edited)
        self.customers.dataChanged.connect(self._edited)
        self.preview_button.clicked.connect(self.preview_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.clear_protected_button.clicked.connect(self.clear_protected)
        # As wide as the form needs with every row shown (the revenue rows are hidden for the others):
        # the scroll area never squeezes a unit or a button out of sight.
        self.setMinimumWidth(self.minimumSizeHint().width())
        self._strategy_changed()
        self.set_customers([])
        self._show_protected()

    # -- site, market, customers ----------------------------------------------------------------------
    def set_site(self, site: SiteChoice | None) -> None:
        if site is not None and (self.site is None or self.site.id != site.id):
            self.protected.clear()
            self._show_protected()
        self.site = site
        price = f"site: {site.electricity_usd_per_kwh:g}" if site is not None else "the site's price"
        self.power_price.setPlaceholderText(price)

    def set_hashprice(self, hashprice: Hashprice | None) -> None:
        """Prefill from market data, unless the user typed a value."""
        if hashprice is None:
            if not self._hashprice_typed:
                self.hashprice_note.setText("No stored market data: type the hashprice.")
            return
        if not self._hashprice_typed:
            self.hashprice.setText(f"{hashprice.usd_per_th_day:.4f}")
            self.hashprice_note.setText(hashprice.note)
        self._style_notes()

    def set_customers(self, customers: list[tuple[uuid.UUID, str]]) -> None:
        self.customers.set_customers(customers)
        self.customers_table.setVisible(bool(customers))
        self.no_customers.setVisible(not customers)
        rows = min(max(len(customers), 1), 6)  # as tall as its rows, scrolling past six
        row_height = self.customers_table.verticalHeader().defaultSectionSize()
        header = self.customers_table.horizontalHeader().sizeHint().height()
        self.customers_table.setFixedHeight(header + rows * row_height + 2 * self.customers_table.frameWidth() + 2)

    def protect(self, miners: dict[uuid.UUID, str]) -> None:
        """Keep these miners at full power in the next preview."""
        self.protected.update(miners)
        self._show_protected()
        self.changed.emit()

    def clear_protected(self) -> None:
        if self.protected:
            self.protected.clear()
            self._show_protected()
            self.changed.emit()

    def _show_protected(self) -> None:
        names = sorted(self.protected.values())
        if not names:
            text = "none: right-click miners in the preview to keep them at full power"
        elif len(names) <= 3:
            text = ", ".join(names)
        else:
            text = f"{', '.join(names[:3])} and {len(names) - 3:,} more"
        self.protected_label.setText(text)
        self.protected_label.setToolTip("\n".join(names))
        self.clear_protected_button.setEnabled(bool(names))
        self._style_notes()

    # -- the request ----------------------------------------------------------------------------------
    def build_request(self, site: SiteChoice, now: datetime) -> PlanRequest:
        """The form as a PlanRequest, checked; ValidationError names the first field at fault (the
        form shows every field it could not read)."""
        errors: dict[str, str] = {}

        def number(field: str, edit: QLineEdit, *, optional: bool = False) -> float | None:
            text = edit.text().strip()
            if not text:
                if not optional:
                    errors[field] = "enter a number"
                return None
            try:
                return parse_number(text)
            except ValueError:
                errors[field] = f"{text!r} is not a number"
                return None

        target = number("target_kw", self.target)
        tolerance = number("tolerance_kw", self.tolerance, optional=True)
        strategy = str(self.strategy.currentData())
        revenue = strategy == "revenue"  # hashprice and power price matter to the revenue strategy only
        hashprice = number("hashprice", self.hashprice, optional=True) if revenue else None
        power_price = number("power_price", self.power_price, optional=True) if revenue else None
        ramp = number("ramp_kw_per_min", self.ramp, optional=True)
        recover = number("recover_after_h", self.recover_after, optional=True)
        sleep_w = number("sleep_w", self.sleep_w)
        anti_flap = number("anti_flap_minutes", self.anti_flap)
        time_limit = number("time_limit_s", self.time_limit)
        presets: tuple[int, ...] = ()
        try:
            presets = tuple(
                sorted({int(parse_number(p)) for p in self.presets.text().split(",") if p.strip()}, reverse=True)
            )
        except ValueError:
            errors["presets"] = "percentages separated by commas, like 75, 50"
        if not errors.get("presets") and any(not 10 <= p < 100 for p in presets):
            errors["presets"] = "each preset is a percentage from 10 to 99"
        if sleep_w is not None and sleep_w < 0:
            errors["sleep_w"] = "cannot be negative"
        if anti_flap is not None and anti_flap < 0:
            errors["anti_flap_minutes"] = "cannot be negative (0: no anti-flap)"
        if power_price is not None and power_price < 0:
            errors["power_price"] = "cannot be negative"
        if hashprice is not None and hashprice < 0:
            errors["hashprice"] = "cannot be negative"
        start_at = None
        if self.scheduled.isChecked():
            local: datetime = self.start_at.dateTime().toPython()  # type: ignore[assignment]
            start_at = local.astimezone(UTC)
            if start_at < now - timedelta(minutes=1):
                errors["start_at"] = "is in the past"
        try:
            caps, weights = self.customers.terms()
        except ValidationError as exc:
            errors[exc.field] = exc.message
            caps, weights = {}, {}
        self.show_errors(errors)
        if errors:
            field, message = next(iter(errors.items()))
            raise ValidationError(field, message)
        assert target is not None and sleep_w is not None and anti_flap is not None and time_limit is not None
        name = self.name.text().strip() or f"shed {target:,.6g} kW"
        request = PlanRequest(
            site_id=site.id,
            name=name,
            target_kw=target,
            tolerance_kw=tolerance,
            strategy=strategy,
            trigger="scheduled" if start_at is not None else "manual",
            start_at=start_at,
            recover_after_h=recover,
            ramp_kw_per_min=ramp,
            levels=LevelOptions(
                presets_pct=presets,
                sleep_w=sleep_w,
                protected=frozenset(self.protected),
                anti_flap_minutes=anti_flap,
            ),
            customer_caps_pct=caps,
            sla_weights=weights if strategy == "customer" else {},
            hashprice_usd_per_th_day=hashprice,
            power_price_usd_per_kwh=power_price,
            prove=self.prove.isChecked(),
            time_limit_s=time_limit,
        )
        try:
            request.check()
        except ValidationError as exc:
            self.show_errors({exc.field: exc.message})
            raise
        return request

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark the fields at fault (and only them); the first takes the focus."""
        for field, form_field in self.fields.items():
            form_field.set_error(errors.get(field))
        first = next((self.fields[f] for f in errors if f in self.fields), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if errors:
            field, message = next(iter(errors.items()))
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            self.set_status(f"{field_label(field)}: {message}{more}", BAD_COLOR)
        else:
            self.set_status("")

    def set_status(self, text: str, tone: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {tone_color(self.window(), tone)};" if tone else "")

    def set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.busy_bar.setVisible(busy)

    # -- state ----------------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        texts = {
            "target": self.target,
            "tolerance": self.tolerance,
            "power_price": self.power_price,
            "ramp": self.ramp,
            "recover_after": self.recover_after,
            "presets": self.presets,
            "sleep_w": self.sleep_w,
            "anti_flap": self.anti_flap,
            "time_limit": self.time_limit,
        }
        state: dict[str, Any] = {key: edit.text() for key, edit in texts.items()}
        state["strategy"] = self.strategy.currentData()
        state["prove"] = self.prove.isChecked()
        state["customers"] = self.customers.state()
        return state

    def apply_state(self, state: dict[str, Any]) -> None:
        for key, edit in (
            ("target", self.target),
            ("tolerance", self.tolerance),
            ("power_price", self.power_price),
            ("ramp", self.ramp),
            ("recover_after", self.recover_after),
            ("presets", self.presets),
            ("sleep_w", self.sleep_w),
            ("anti_flap", self.anti_flap),
            ("time_limit", self.time_limit),
        ):
            if isinstance(state.get(key), str):
                edit.setText(state[key])
        index = self.strategy.findData(state.get("strategy"))
        if index >= 0:
            self.strategy.setCurrentIndex(index)
        self.prove.setChecked(bool(state.get("prove")))
        customers = state.get("customers")
        self._saved_customers = customers if isinstance(customers, dict) else {}

    def apply_saved_customers(self) -> None:
        """Customer terms typed in an earlier session, once the site's customers are loaded."""
        if self._saved_customers:
            self.customers.apply_state(self._saved_customers)

    # -- reactions ------------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        self.changed.emit()

    def _hashprice_edited(self) -> None:
        self._hashprice_typed = bool(self.hashprice.text().strip())
        if self._hashprice_typed:
            self.hashprice_note.setText("typed by you")
        self.changed.emit()

    def _strategy_changed(self) -> None:
        strategy = str(self.strategy.currentData())
        self.strategy_hint.setText(STRATEGY_HINTS.get(strategy, ""))
        revenue = strategy == "revenue"
        for field in ("hashprice", "power_price"):
            f = self.fields[field]
            for widget in (f.label, f.widget, f.unit):
                widget.setVisible(revenue)
            if not revenue:
                f.set_error(None)
        self.hashprice_note.setVisible(revenue)
        self._style_notes()
        self.changed.emit()

    def _scheduled_toggled(self, checked: bool) -> None:
        self.start_at.setEnabled(checked)
        if checked and self.start_at.dateTime() < QDateTime.currentDateTime():
            self._reset_start()
        self.changed.emit()

    def _reset_start(self) -> None:
        soon = QDateTime.currentDateTime().addSecs(3600)
        time = soon.time()
        soon.setTime(time.fromMSecsSinceStartOfDay((time.msecsSinceStartOfDay() // 900_000) * 900_000))
        self.start_at.setDateTime(soon)

    def _style_notes(self) -> None:
        style = f"color: {muted_color()}; {NOTE_STYLE}"
        for label in (self.strategy_hint, self.hashprice_note, self.protected_label, self.no_customers):
            label.setStyleSheet(style)
