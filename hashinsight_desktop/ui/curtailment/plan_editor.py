"""The plan form: what to shed and how (target, tolerance, strategy, how it starts, ramp, recovery,
levels, customer terms, feed limits, solver), turned into a PlanRequest. A field at fault shows its
message under it and takes the focus; the status line names it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.curtailment.plans import STRATEGIES, PlanRequest
from hashinsight_desktop.services.curtailment.site_readings import FeedLoad, Hashprice, SiteChoice
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.curtailment.customer_terms import CustomerTermsModel
from hashinsight_desktop.ui.curtailment.feed_limits import FeedLimitsModel
from hashinsight_desktop.ui.curtailment.form_fields import (
    NOTE_STYLE,
    FormField,
    field_label,
    form_grid,
    line_edit,
    read_number,
)
from hashinsight_desktop.ui.curtailment.levels_box import LevelsBox
from hashinsight_desktop.ui.curtailment.terms_box import TermsBox
from hashinsight_desktop.ui.curtailment.trigger_box import PRICE, TriggerBox
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


def strategy_titles() -> dict[str, str]:
    """Each strategy as the combo names it (literal strings, so the translation tools find them)."""
    return {
        "performance": _t("Keep the most hashrate"),
        "efficiency": _t("Shed the least efficient first"),
        "revenue": _t("Lose the least revenue"),
        "customer": _t("Respect customer SLAs"),
    }


def strategy_hints() -> dict[str, str]:
    return {
        "performance": _t("Sheds where it costs the fewest TH/s."),
        "efficiency": _t("Sheds the miners with the most joules per terahash first."),
        "revenue": _t("Sheds where the revenue lost net of the power saved is least: needs the hashprice."),
        "customer": _t("Weighs each customer's hashrate by their SLA weight (Customers below)."),
    }


class PlanEditor(QWidget):
    changed = Signal()  # the user edited something
    preview_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site: SiteChoice | None = None
        self._hashprice_typed = False
        self._saved_customers: dict[str, Any] = {}  # terms typed in an earlier session, by customer id
        self._saved_feeds: dict[str, Any] = {}  # feed limits typed in an earlier session, by feed

        # -- the plan --
        self.name = line_edit(self.tr("shed … kW (default)"))
        self.target = line_edit(self.tr("e.g. 500"))
        self.target.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tolerance = line_edit(self.tr("no upper limit"))
        self.tolerance.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.strategy = QComboBox()
        for key in STRATEGIES:
            self.strategy.addItem(strategy_titles().get(key, key.capitalize()), key)
            self.strategy.setItemData(
                self.strategy.count() - 1, strategy_hints().get(key, ""), Qt.ItemDataRole.ToolTipRole
            )
        self.strategy_hint = QLabel()
        self.strategy_hint.setWordWrap(True)
        self.hashprice = line_edit(self.tr("USD per TH/s per day"))
        self.hashprice.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hashprice_note = QLabel()
        self.hashprice_note.setWordWrap(True)
        self.power_price = line_edit(self.tr("the site's price"))
        self.power_price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, FormField] = {}
        plan_box, plan_grid = QGroupBox(self.tr("Plan")), form_grid()
        row = 0
        for f in (
            FormField("name", self.name, "", _t("A name the history and the report show")),
            FormField(
                "target_kw",
                self.target,
                "kW",
                _t("The power the site must stop drawing (the plan sheds at least this)"),
            ),
            FormField(
                "tolerance_kw",
                self.tolerance,
                "kW",
                _t("Shed at most the target plus this; empty: any overshoot the optimiser needs"),
            ),
            FormField("strategy", self.strategy, "", _t("What the optimiser minimises")),
        ):
            self.fields[f.field] = f
            row = f.add_to(plan_grid, row)
        plan_grid.addWidget(self.strategy_hint, row, 0, 1, 3)
        row += 1
        for f in (
            FormField("hashprice", self.hashprice, "$/TH/d", _t("Revenue strategy: USD earned per TH/s per day")),
            FormField(
                "power_price", self.power_price, "$/kWh", _t("Revenue strategy: what a kWh costs; empty: the site's")
            ),
        ):
            self.fields[f.field] = f
            row = f.add_to(plan_grid, row)
            if f.field == "hashprice":
                plan_grid.addWidget(self.hashprice_note, row, 1, 1, 2)
                row += 1
        plan_box.setLayout(plan_grid)

        # -- how it starts --
        self.trigger = TriggerBox()
        self.fields.update(self.trigger.fields)

        # -- execution --
        self.ramp = line_edit(self.tr("all at once"))
        self.ramp.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.recover_after = line_edit(self.tr("manual recovery"))
        self.recover_after.setAlignment(Qt.AlignmentFlag.AlignRight)
        run_box, run_grid = QGroupBox(self.tr("Execution")), form_grid()
        row = 0
        for f in (
            FormField("ramp_kw_per_min", self.ramp, "kW/min", _t("Change at most this much power per minute")),
            FormField(
                "recover_after_h",
                self.recover_after,
                _t("h"),
                _t("Bring the miners back automatically after this long"),
            ),
        ):
            self.fields[f.field] = f
            row = f.add_to(run_grid, row)
        run_box.setLayout(run_grid)

        # -- levels --
        self.levels = LevelsBox()
        self.fields.update(self.levels.fields)
        # the form's own names for the levels' inputs (tests and the remembered state use them)
        self.presets, self.sleep_w, self.anti_flap = self.levels.presets, self.levels.sleep_w, self.levels.anti_flap
        self.protected = self.levels.protected
        self.protected_label = self.levels.protected_label
        self.clear_protected_button = self.levels.clear_protected_button

        # -- customers and feeds --
        self.customers = CustomerTermsModel(self)
        self.customers_box = TermsBox(
            _t("Customers (optional)"),
            self.customers,
            object_name="customerTerms",
            field="customer_caps",
            empty_text=_t("No hosted customers' miners at this site."),
        )
        self.no_customers = self.customers_box.empty
        self.fields["customer_caps"] = self.customers_box.error
        self.feeds = FeedLimitsModel(self)
        self.feeds_box = TermsBox(
            _t("Feed limits (optional)"),
            self.feeds,
            object_name="feedLimits",
            field="feed_limits",
            empty_text=_t("No miner of this site has a power feed set: per-feed limits need one."),
        )
        self.feeds_table = self.feeds_box.table
        self.fields["feed_limits"] = self.feeds_box.error

        # -- solver --
        self.prove = QCheckBox(self.tr("Prove optimal (exact solver)"))
        self.prove.setToolTip(
            self.tr(
                "Run the exact solver until the plan is proven optimal or the time limit: slower; "
                "without it the fast path answers in milliseconds with its gap to the bound"
            )
        )
        self.time_limit = line_edit("", "30")
        self.time_limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        solver_box, solver_grid = QGroupBox(self.tr("Solver")), form_grid()
        solver_grid.addWidget(self.prove, 0, 0, 1, 3)
        limit = FormField("time_limit_s", self.time_limit, _t("s"), _t("The exact solver stops after this long"))
        self.fields["time_limit_s"] = limit
        limit.add_to(solver_grid, 1)
        solver_box.setLayout(solver_grid)

        # -- preview --
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.setToolTip(
            self.tr("Solve the plan against the fleet as it is now; nothing is sent (Ctrl+Enter)")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelPreviewButton")
        self.cancel_button.setToolTip(self.tr("Stop the solver (Esc)"))
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
        for box in (plan_box, self.trigger, run_box, self.levels, self.customers_box, self.feeds_box, solver_box):
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
        self.trigger.changed.connect(self._trigger_changed)
        self.prove.toggled.connect(self._edited)
        self.customers.dataChanged.connect(self._edited)
        self.feeds.limit_edited.connect(self._edited)
        self.preview_button.clicked.connect(self.preview_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.levels.changed.connect(self._protected_changed)
        # As wide as the form needs with every row shown (the revenue rows are hidden for the others):
        # the scroll area never squeezes a unit or a button out of sight.
        self.setMinimumWidth(self.minimumSizeHint().width())
        self._strategy_changed()
        self.set_customers([])
        self.set_feeds([])

    # -- site, market, customers ----------------------------------------------------------------------
    def set_site(self, site: SiteChoice | None) -> None:
        if site is not None and (self.site is None or self.site.id != site.id):
            self.protected.clear()
            self.levels.show_protected()
            self.set_feeds([])  # another site's feeds are other feeds, whatever their names
        self.site = site
        self.trigger.set_timezone(site.timezone if site is not None else None)
        price = f"site: {site.electricity_usd_per_kwh:g}" if site is not None else "the site's price"
        self.power_price.setPlaceholderText(price)

    def set_hashprice(self, hashprice: Hashprice | None) -> None:
        """Prefill from market data, unless the user typed a value."""
        if hashprice is None:
            if not self._hashprice_typed:
                self.hashprice_note.setText(self.tr("No stored market data: type the hashprice."))
            return
        if not self._hashprice_typed:
            self.hashprice.setText(f"{hashprice.usd_per_th_day:.4f}")
            self.hashprice_note.setText(hashprice.note)
        self._style_notes()

    def set_customers(self, customers: list[tuple[uuid.UUID, str]]) -> None:
        self.customers.set_customers(customers)
        self.customers_box.show_rows(len(customers))

    def set_feeds(self, feeds: list[FeedLoad]) -> None:
        """The site's feeds (their loads updated in place when the feeds are the same)."""
        if [row.feed.name for row in self.feeds.rows] == [f.name for f in feeds] and feeds:
            self.feeds.update_loads(feeds)
            return
        self.feeds.set_feeds(feeds)
        self.feeds_box.show_rows(len(feeds))
        if feeds and self._saved_feeds:  # the limits of an earlier session, once, on the first feeds shown
            self.feeds.apply_state(self._saved_feeds)
            self._saved_feeds = {}

    def protect(self, miners: dict[uuid.UUID, str]) -> None:
        """Keep these miners at full power in the next preview."""
        self.levels.protect(miners)

    def clear_protected(self) -> None:
        self.levels.clear_protected()

    # -- the request ----------------------------------------------------------------------------------
    def build_request(self, site: SiteChoice, now: datetime) -> PlanRequest:
        """The form as a PlanRequest, checked; ValidationError names the first field at fault (the
        form shows every field it could not read)."""
        errors: dict[str, str] = {}
        target = read_number("target_kw", self.target, errors)
        tolerance = read_number("tolerance_kw", self.tolerance, errors, optional=True)
        strategy = str(self.strategy.currentData())
        revenue = strategy == "revenue"  # hashprice and power price matter to the revenue strategy only
        hashprice = read_number("hashprice", self.hashprice, errors, optional=True) if revenue else None
        power_price = read_number("power_price", self.power_price, errors, optional=True) if revenue else None
        ramp = read_number("ramp_kw_per_min", self.ramp, errors, optional=True)
        recover = read_number("recover_after_h", self.recover_after, errors, optional=True)
        levels = self.levels.level_options(errors)
        time_limit = read_number("time_limit_s", self.time_limit, errors)
        if power_price is not None and power_price < 0:
            errors["power_price"] = self.tr("cannot be negative")
        if hashprice is not None and hashprice < 0:
            errors["hashprice"] = self.tr("cannot be negative")
        trigger = self.trigger.request_fields(now, errors)
        try:
            caps, weights = self.customers.terms()
        except ValidationError as exc:
            errors[exc.field] = render(exc.message_text, QCoreApplication.translate)
            caps, weights = {}, {}
        try:
            feed_limits = self.feeds.limits()
        except ValidationError as exc:
            errors[exc.field] = render(exc.message_text, QCoreApplication.translate)
            feed_limits = {}
        self.show_errors(errors)
        if errors:
            field, message = next(iter(errors.items()))
            raise ValidationError(field, message)
        assert target is not None and levels is not None and time_limit is not None
        name = self.name.text().strip() or f"shed {target:,.6g} kW"  # a stored name: the same in any language
        request = PlanRequest(
            site_id=site.id,
            name=name,
            target_kw=target,
            tolerance_kw=tolerance,
            strategy=strategy,
            recover_after_h=recover,
            ramp_kw_per_min=ramp,
            levels=levels,
            customer_caps_pct=caps,
            feed_max_shed_kw=feed_limits,
            sla_weights=weights if strategy == "customer" else {},
            hashprice_usd_per_th_day=hashprice,
            power_price_usd_per_kwh=power_price,
            prove=self.prove.isChecked(),
            time_limit_s=time_limit,
            switch_cost_ths=self.levels.switch_cost_ths(),
            **trigger,
        )
        try:
            request.check()
        except ValidationError as exc:
            self.show_errors({exc.field: render(exc.message_text, QCoreApplication.translate)})
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
            more = self.tr(" (and {n} more)").format(n=grouped(len(errors) - 1)) if len(errors) > 1 else ""
            self.set_status(
                self.tr("{field}: {message}{more}").format(field=field_label(field), message=message, more=more),
                BAD_COLOR,
            )
        else:
            self.set_status("")

    def set_status(self, text: str, tone: str = "") -> None:
        self.status.setText(text)
        set_tone(self.status, tone or None)

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
        state["level_options"] = self.levels.state()
        state["customers"] = self.customers.state()
        state["feeds"] = self.feeds.state()
        state.update(self.trigger.state())
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
        level_options = state.get("level_options")
        self.levels.apply_state(level_options if isinstance(level_options, dict) else {})
        self.trigger.apply_state(state)
        customers, feeds = state.get("customers"), state.get("feeds")
        self._saved_customers = customers if isinstance(customers, dict) else {}
        self._saved_feeds = feeds if isinstance(feeds, dict) else {}

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
            self.hashprice_note.setText(self.tr("typed by you"))
        self.changed.emit()

    def _strategy_changed(self) -> None:
        strategy = str(self.strategy.currentData())
        self.strategy_hint.setText(strategy_hints().get(strategy, ""))
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

    def _protected_changed(self) -> None:
        self._style_notes()
        self.changed.emit()

    def _trigger_changed(self) -> None:
        # A price plan also comes back when the price falls: "Recover after" is then an optional limit.
        price = self.trigger.kind() == PRICE
        self.recover_after.setPlaceholderText(self.tr("when the price falls") if price else self.tr("manual recovery"))
        self.changed.emit()

    def _style_notes(self) -> None:
        style = f"color: {muted_color()}; {NOTE_STYLE}"
        for label in (self.strategy_hint, self.hashprice_note, self.protected_label, self.no_customers):
            label.setStyleSheet(style)
        self.feeds_box.empty.setStyleSheet(style)
        self.trigger.style_note()
