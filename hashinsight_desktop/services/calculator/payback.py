"""What a payback figure honestly says: a day within the horizon, "n/a" with no hardware to pay back,
beyond the horizon with today's-figures estimate, or "never" only when the machine makes no profit."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from hashinsight_desktop.services.calculator.bitcoin import DAYS_PER_MONTH
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate, render

NO_COST, WITHIN, BEYOND, NEVER = "n/a", "within", "beyond", "never"
# The machine-readable names (JSON, CSV, XLSX): a bare null or 0 day count cannot tell these apart.
STATUS = {NO_COST: "n/a", WITHIN: "within_horizon", BEYOND: "beyond_horizon", NEVER: "never"}


@dataclass(frozen=True)
class Payback:
    kind: str  # NO_COST, WITHIN, BEYOND or NEVER
    days: int | None  # WITHIN: the projected day; BEYOND: hardware cost ÷ today's daily profit
    horizon_months: int

    @property
    def value(self) -> str:
        """The short form: ``412 days``, ``n/a``, ``> 24 months``, ``never``."""
        return str(self._value())

    @property
    def detail(self) -> str:
        return str(self._detail())

    def _value(self) -> Text:
        if self.kind == WITHIN:
            return Text(QT_TRANSLATE_NOOP("Payback", "{days:,} days"), days=self.days)
        if self.kind == BEYOND:
            return Text(QT_TRANSLATE_NOOP("Payback", "> {months} months"), months=self.horizon_months)
        return Text(
            QT_TRANSLATE_NOOP("Payback", "never") if self.kind == NEVER else QT_TRANSLATE_NOOP("Payback", "n/a")
        )

    def _detail(self) -> Text:
        if self.kind == BEYOND and self.days is not None:
            if self.days <= round(self.horizon_months * DAYS_PER_MONTH):  # only the growth keeps it out
                delayed = QT_TRANSLATE_NOOP(
                    "Payback", "≈ {days:,} days at today's figures; difficulty growth delays it"
                )
                return Text(delayed, days=self.days)
            return Text(QT_TRANSLATE_NOOP("Payback", "≈ {days:,} days at today's figures"), days=self.days)
        if self.kind == NO_COST:
            return Text(QT_TRANSLATE_NOOP("Payback", "no hardware cost entered"))
        if self.kind == NEVER:
            return Text(QT_TRANSLATE_NOOP("Payback", "no profit at today's figures"))
        return Text("")

    def as_json(self) -> dict[str, str | int | None]:
        """``payback_status``; ``payback_days`` only when projected within the horizon; beyond it, the
        today's-figures estimate as ``payback_days_estimate``."""
        return {
            "payback_status": STATUS[self.kind],
            "payback_days": self.days if self.kind == WITHIN else None,
            "payback_days_estimate": self.days if self.kind == BEYOND else None,
        }

    def text(self, translate: Translate | None = None) -> str:
        """One line: ``> 24 months (≈ 1,073 days at today's figures)``, in the language of ``translate``."""
        if self.kind != BEYOND:
            return render(self._value(), translate)
        return render(
            Text(QT_TRANSLATE_NOOP("Payback", "{value} ({detail})"), value=self._value(), detail=self._detail()),
            translate,
        )


def payback(
    payback_days: int | None,
    hardware_cost_usd: Decimal | float,
    profit_usd_per_day: Decimal | float,
    horizon_months: int,
) -> Payback:
    """``payback_days`` as the projection found it (None: not within the horizon)."""
    cost, profit = float(hardware_cost_usd), float(profit_usd_per_day)
    if cost <= 0:
        return Payback(NO_COST, None, horizon_months)
    if payback_days is not None:
        return Payback(WITHIN, payback_days, horizon_months)
    if profit <= 0:
        return Payback(NEVER, None, horizon_months)
    return Payback(BEYOND, math.ceil(cost / profit), horizon_months)
