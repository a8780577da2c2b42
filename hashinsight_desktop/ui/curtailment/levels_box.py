"""The levels a plan may set miners to (power-target presets, sleep and what a sleeping miner draws,
power-off), anti-flap, the miners kept at full power (chosen in the preview), and "fewest miners
touched" (each changed miner counts as this many TH/s lost): a group of the plan form read into the
request's LevelOptions and switching cost."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QToolButton, QWidget

from hashinsight_desktop.services.curtailment.problem import DEFAULT_SWITCH_COST_THS
from hashinsight_desktop.services.curtailment.site_fleet import DEFAULT_SLEEP_W, LevelOptions
from hashinsight_desktop.ui.curtailment.form_fields import FormField, form_grid, line_edit, parse_number, read_number
from hashinsight_desktop.ui.locale_format import grouped


class LevelsBox(QGroupBox):
    changed = Signal()  # the protected miners or an option changed (the line edits are watched by the form)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Levels"), parent)
        self.protected: dict[uuid.UUID, str] = {}  # miners kept at full power: id → name
        self.presets = line_edit(self.tr("sleep only"), "75, 50")
        self.sleep_w = line_edit("", f"{DEFAULT_SLEEP_W:g}")
        self.sleep_w.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.anti_flap = line_edit("", "15")
        self.anti_flap.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.protected_label = QLabel()
        self.protected_label.setWordWrap(True)
        self.clear_protected_button = QToolButton()
        self.clear_protected_button.setText(self.tr("Clear"))
        self.clear_protected_button.setToolTip(self.tr("Let the optimiser choose every miner again"))
        grid = form_grid()
        row = 0
        self.fields: dict[str, FormField] = {}
        for f in (
            FormField("presets", self.presets, "%", self.tr("Power targets a miner may be set to, in % of its power")),
            FormField("sleep_w", self.sleep_w, "W", self.tr("What a sleeping miner still draws")),
            FormField(
                "anti_flap_minutes",
                self.anti_flap,
                self.tr("min"),
                self.tr("Miners a plan changed this recently stay at full power"),
            ),
        ):
            self.fields[f.field] = f
            row = f.add_to(grid, row)
        self.allow_power_off = QCheckBox(self.tr("Allow power-off (0 W)"))
        self.allow_power_off.setObjectName("allowPowerOff")
        self.allow_power_off.setToolTip(
            self.tr(
                "Off: a miner is never planned at 0 W; a sleeping miner draws the sleep power above. "
                "On: a sleep power of 0 W is allowed (the miner is switched off)."
            )
        )
        grid.addWidget(self.allow_power_off, row, 1, 1, 2)
        row += 1
        self.fewest_miners = QCheckBox(self.tr("Fewest miners touched"))
        self.fewest_miners.setObjectName("fewestMiners")
        self.fewest_miners.setToolTip(
            self.tr(
                "Send fewer commands for a little hashrate: each miner the plan changes counts as losing "
                "this many TH/s more, so the plan sheds more on fewer miners"
            )
        )
        self.switch_cost = QDoubleSpinBox()
        self.switch_cost.setObjectName("switchCost")
        self.switch_cost.setRange(0.5, 10_000.0)
        self.switch_cost.setDecimals(1)
        self.switch_cost.setSingleStep(1.0)
        self.switch_cost.setValue(DEFAULT_SWITCH_COST_THS)
        self.switch_cost.setSuffix(self.tr(" TH/s a miner"))
        self.switch_cost.setToolTip(self.tr("What one command more is worth, in TH/s lost"))
        self.switch_cost.setEnabled(False)
        fewest = QHBoxLayout()
        fewest.setContentsMargins(0, 0, 0, 0)
        fewest.addWidget(self.fewest_miners)
        fewest.addWidget(self.switch_cost, 1)
        grid.addLayout(fewest, row, 1, 1, 2)
        row += 1
        grid.addWidget(QLabel(self.tr("Protected")), row, 0)
        grid.addWidget(self.protected_label, row, 1)
        grid.addWidget(self.clear_protected_button, row, 2)
        self.setLayout(grid)
        self.clear_protected_button.clicked.connect(self.clear_protected)
        self.allow_power_off.toggled.connect(self.changed)
        self.fewest_miners.toggled.connect(self.switch_cost.setEnabled)
        self.fewest_miners.toggled.connect(self.changed)
        self.switch_cost.valueChanged.connect(self.changed)
        self.show_protected()

    def level_options(self, errors: dict[str, str]) -> LevelOptions | None:
        """The options typed in; None, with every field at fault in ``errors``, when one is wrong."""
        sleep_w = read_number("sleep_w", self.sleep_w, errors)
        anti_flap = read_number("anti_flap_minutes", self.anti_flap, errors)
        presets: tuple[int, ...] = ()
        try:
            presets = tuple(
                sorted({int(parse_number(p)) for p in self.presets.text().split(",") if p.strip()}, reverse=True)
            )
        except ValueError:
            errors["presets"] = self.tr("percentages separated by commas, like 75, 50")
        if not errors.get("presets") and any(not 10 <= p < 100 for p in presets):
            errors["presets"] = self.tr("each preset is a percentage from 10 to 99")
        if sleep_w is not None and sleep_w < 0:
            errors["sleep_w"] = self.tr("cannot be negative")
        elif sleep_w == 0 and not self.allow_power_off.isChecked():
            errors["sleep_w"] = self.tr(
                "0 W is switched off: tick 'Allow power-off', or give what a sleeping miner draws"
            )
        if anti_flap is not None and anti_flap < 0:
            errors["anti_flap_minutes"] = self.tr("cannot be negative (0: no anti-flap)")
        if sleep_w is None or anti_flap is None or any(f in errors for f in self.fields):
            return None
        return LevelOptions(
            presets_pct=presets,
            sleep_w=sleep_w,
            protected=frozenset(self.protected),
            anti_flap_minutes=anti_flap,
            allow_power_off=self.allow_power_off.isChecked(),
        )

    def switch_cost_ths(self) -> float:
        """ "Fewest miners touched": what each changed miner counts as, in TH/s lost (0 when off)."""
        return float(self.switch_cost.value()) if self.fewest_miners.isChecked() else 0.0

    def state(self) -> dict[str, object]:
        return {
            "allow_power_off": self.allow_power_off.isChecked(),
            "fewest_miners": self.fewest_miners.isChecked(),
            "switch_cost_ths": self.switch_cost.value(),
        }

    def apply_state(self, state: dict[str, object]) -> None:
        self.allow_power_off.setChecked(state.get("allow_power_off") is True)
        self.fewest_miners.setChecked(state.get("fewest_miners") is True)
        cost = state.get("switch_cost_ths")
        if isinstance(cost, int | float) and not isinstance(cost, bool):
            self.switch_cost.setValue(float(cost))

    def protect(self, miners: dict[uuid.UUID, str]) -> None:
        """Keep these miners at full power in the next preview."""
        self.protected.update(miners)
        self.show_protected()
        self.changed.emit()

    def clear_protected(self) -> None:
        if self.protected:
            self.protected.clear()
            self.show_protected()
            self.changed.emit()

    def show_protected(self) -> None:
        names = sorted(self.protected.values())
        if not names:
            text = self.tr("none: right-click miners in the preview to keep them at full power")
        elif len(names) <= 3:
            text = ", ".join(names)
        else:
            text = self.tr("{names} and {count} more").format(names=", ".join(names[:3]), count=grouped(len(names) - 3))
        self.protected_label.setText(text)
        self.protected_label.setToolTip("\n".join(names))
        self.clear_protected_button.setEnabled(bool(names))
