"""The calculation's answers as a grid of cards: today's economics, break-evens, payback and ROI,
the second (hashrate-share) estimate and the next halving."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hashinsight_desktop.services.calculator.bitcoin import DAYS_PER_MONTH, SATS_PER_BTC
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.payback import NO_COST, WITHIN, payback
from hashinsight_desktop.services.calculator.profitability import ProfitabilityResult
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.calculator.field_rows import muted_color, set_style
from hashinsight_desktop.ui.calculator.formatting import btc, pct, plain, usd
from hashinsight_desktop.ui.calculator.source_texts import payback_detail, payback_value
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, tone_color

COLUMNS = 4
# key: title, in reading order
CARDS = {  # marked for translation, translated when the cards are built
    "btc_per_day": QT_TRANSLATE_NOOP("ResultCards", "BTC / day"),
    "revenue_usd_per_day": QT_TRANSLATE_NOOP("ResultCards", "Revenue / day"),
    "power_cost_usd_per_day": QT_TRANSLATE_NOOP("ResultCards", "Power cost / day"),
    "profit_usd_per_day": QT_TRANSLATE_NOOP("ResultCards", "Profit / day"),
    "profit_usd_per_month": QT_TRANSLATE_NOOP("ResultCards", "Profit / month"),
    "hashprice_usd_per_th_day": QT_TRANSLATE_NOOP("ResultCards", "Hashprice"),
    "breakeven_electricity_usd_per_kwh": QT_TRANSLATE_NOOP("ResultCards", "Break-even power price"),
    "breakeven_btc_price_usd": QT_TRANSLATE_NOOP("ResultCards", "Break-even BTC price"),
    "payback_days": QT_TRANSLATE_NOOP("ResultCards", "Payback"),
    "roi_pct": QT_TRANSLATE_NOOP("ResultCards", "ROI over horizon"),
    "btc_per_day_hashrate_share": QT_TRANSLATE_NOOP("ResultCards", "Hashrate-share estimate"),
    "days_to_halving": QT_TRANSLATE_NOOP("ResultCards", "Next halving"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ResultCards", text)


def tone_of(value: Decimal | None) -> str:
    if value is None or value == 0:
        return ""
    return OK_COLOR if value > 0 else BAD_COLOR


@dataclass(frozen=True)
class CardText:
    value: str
    detail: str = ""
    tone: str = ""  # OK_COLOR / BAD_COLOR / "" (plain)


def card_texts(result: ProfitabilityResult, inputs: CalculatorInputs, today: date) -> dict[str, CardText]:
    """What each card says: pure, so tests compare against it and the screen alike."""
    horizon = _t("{months}-month horizon").format(months=inputs.horizon_months)
    sats = int(result.btc_per_day * SATS_PER_BTC)
    kwh_day = inputs.power_w * inputs.quantity / 1000 * 24 * inputs.uptime_pct / 100
    margin = result.profit_usd_per_day / result.revenue_usd_per_day * 100 if result.revenue_usd_per_day else None
    price_gap = inputs.electricity_usd_per_kwh - result.breakeven_electricity_usd_per_kwh
    texts = {
        "btc_per_day": CardText(
            btc(result.btc_per_day),
            _t("{sats} sats · subsidy {subsidy} BTC").format(sats=grouped(sats), subsidy=plain(result.subsidy_btc)),
        ),
        "revenue_usd_per_day": CardText(
            usd(result.revenue_usd_per_day), _t("{amount} / month").format(amount=usd(result.revenue_usd_per_month))
        ),
        "power_cost_usd_per_day": CardText(
            usd(result.power_cost_usd_per_day),
            _t("{amount} / month · {kwh} kWh/day").format(
                amount=usd(result.power_cost_usd_per_month), kwh=number(kwh_day)
            ),
        ),
        "profit_usd_per_day": CardText(
            usd(result.profit_usd_per_day),
            _t("margin {pct}").format(pct=pct(margin, 1)) if margin is not None else _t("no revenue"),
            tone_of(result.profit_usd_per_day),
        ),
        "profit_usd_per_month": CardText(
            usd(result.profit_usd_per_month),
            _t("{amount} over the {horizon}, after hardware").format(
                amount=usd(result.profit_over_horizon_usd), horizon=horizon
            ),
            tone_of(result.profit_usd_per_month),
        ),
        "hashprice_usd_per_th_day": CardText(
            f"${number(result.hashprice_usd_per_th_day, 4)}",
            _t("per TH/s per day · {amount} per PH/s").format(amount=usd(result.hashprice_usd_per_th_day * 1000)),
        ),
        "breakeven_electricity_usd_per_kwh": CardText(
            f"${number(result.breakeven_electricity_usd_per_kwh, 5)} /kWh",
            _t("you pay ${price} /kWh").format(price=plain(inputs.electricity_usd_per_kwh)),
            tone_of(-price_gap),
        ),
        "breakeven_btc_price_usd": CardText(
            usd(result.breakeven_btc_price_usd) if result.breakeven_btc_price_usd is not None else "—",
            _t("BTC now {price}").format(price=usd(inputs.btc_price_usd)),
            tone_of(inputs.btc_price_usd - result.breakeven_btc_price_usd)
            if result.breakeven_btc_price_usd is not None
            else "",
        ),
        "payback_days": _payback(result, inputs, today),
        "roi_pct": CardText(
            pct(result.roi_pct, 1, signed=True),
            _t("over the {horizon}").format(horizon=horizon),
            tone_of(result.roi_pct),
        )
        if result.roi_pct is not None
        else CardText("—", _t("enter a hardware cost")),
        "btc_per_day_hashrate_share": CardText(
            btc(result.btc_per_day_hashrate_share),
            _t("{pct} vs the difficulty-based estimate").format(
                pct=pct(result.algorithm_difference_pct, 2, signed=True)
            ),
        )
        if result.btc_per_day_hashrate_share is not None and result.algorithm_difference_pct is not None
        else CardText("—", _t("needs the network hashrate")),
        "days_to_halving": _halving(result, today),
    }
    return texts


def _payback(result: ProfitabilityResult, inputs: CalculatorInputs, today: date) -> CardText:
    profit = result.unrounded.get("profit_usd_per_day", float(result.profit_usd_per_day))
    found = payback(result.payback_days, inputs.hardware_cost_usd, profit or 0.0, inputs.horizon_months)
    if found.kind == WITHIN and found.days is not None:
        when = today + timedelta(days=found.days)
        days = found.days
        detail = _t("on {day} · {months} months").format(
            day=locale_format.named(when, "date"), months=number(days / DAYS_PER_MONTH, 1)
        )
        return CardText(payback_value(found), detail, OK_COLOR)
    return CardText(payback_value(found), payback_detail(found), "" if found.kind == NO_COST else BAD_COLOR)


def _halving(result: ProfitabilityResult, today: date) -> CardText:
    days = result.days_to_halving
    when = today + timedelta(days=float(days))
    after = plain(result.subsidy_btc / 2)
    return CardText(
        _t("in {days} days").format(days=number(days)),
        _t("≈ {month} · subsidy {subsidy} → {after} BTC").format(
            month=locale_format.named(when, "month_year"), subsidy=plain(result.subsidy_btc), after=after
        ),
    )


class ResultCard(QFrame):
    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel(title)
        self.value = QLabel("—")
        self.value.setObjectName(f"{key}_value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.tone = ""

    def show_text(self, text: CardText, stale: bool) -> None:
        self.value.setText(text.value)
        self.detail.setText(text.detail)
        self.tone = text.tone
        self.restyle(stale)

    def restyle(self, stale: bool = False, force: bool = False) -> None:
        """``force`` after a theme switch: the sheets name palette roles, resolved when set."""
        muted = muted_color()
        toned = tone_color(self.window(), self.tone) if self.tone else "palette(window-text)"
        value_color = muted if stale else toned
        frame = (
            f"QFrame#{self.objectName()} {{ background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        set_style(self, frame, force)
        set_style(self.title, f"color: {muted}; font-size: 8.5pt;", force)
        set_style(self.value, f"color: {value_color};", force)
        set_style(self.detail, f"color: {muted}; font-size: 8.5pt;", force)


class ResultCards(QWidget):
    """The grid; keeps the last valid result on screen (dimmed) while the inputs are being fixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {key: ResultCard(key, self.tr(title), self) for key, title in CARDS.items()}  # QT_TRANSLATE_NOOP
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.stale = False
        self.has_result = False

    def show_result(self, result: ProfitabilityResult, inputs: CalculatorInputs, today: date) -> None:
        self.stale = False
        self.has_result = True
        for key, text in card_texts(result, inputs, today).items():
            self.cards[key].show_text(text, stale=False)

    def set_stale(self, stale: bool) -> None:
        """Dim the figures: they belong to earlier inputs."""
        self.stale = stale and self.has_result
        self.restyle()

    def restyle(self, force: bool = False) -> None:
        for card in self.cards.values():
            card.restyle(self.stale, force)

    def value_text(self, key: str) -> str:
        return self.cards[key].value.text()

    def detail_text(self, key: str) -> str:
        return self.cards[key].detail.text()
