"""Beside the price chart: the ensemble score with every contribution and the modules that had no data, and the
latest collection round with each source's quote and the round's completeness (answered / asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics.history import LatestQuotes
    from hashinsight_desktop.services.analytics.signals.ensemble import Ensemble


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, value)
            item.setToolTip("" if value is None else str(value))  # a long reason whole
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    for column in range(table.columnCount() - 1):  # the last (a sentence) takes the rest and wraps
        table.resizeColumnToContents(column)
    table.resizeRowsToContents()


class SignalsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_label = QLabel()
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.levels_label = QLabel()
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contributions = _table([self.tr("Module"), self.tr("Points"), self.tr("Reason")])
        self.quotes_label = QLabel()
        self.quotes_label.setWordWrap(True)
        self.quotes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quotes = _table([self.tr("Source"), self.tr("Status"), self.tr("Price (USD)"), self.tr("Detail")])
        self.setMinimumWidth(420)  # the reasons are sentences: wrapped, not cut to "…"
        for table in (self.contributions, self.quotes):
            table.setWordWrap(True)
            table.setTextElideMode(Qt.TextElideMode.ElideNone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        title = QLabel(self.tr("Signal ensemble (−100 sell … +100 buy)"))
        set_tone(title, None, bold=True)
        layout.addWidget(title)
        for widget in (self.score_label, self.levels_label, self.contributions, self.missing_label):
            layout.addWidget(widget)
        quotes_title = QLabel(self.tr("Latest prices by source"))
        set_tone(quotes_title, None, bold=True)
        layout.addWidget(quotes_title)
        layout.addWidget(self.quotes_label)
        layout.addWidget(self.quotes)

    def module_names(self) -> dict[str, str]:
        return {
            "technical": self.tr("technical"),
            "sentiment": self.tr("sentiment"),
            "derivatives": self.tr("derivatives"),
            "network": self.tr("network"),
            "regime": self.tr("regime"),
            "levels": self.tr("levels"),
            "exhaustion": self.tr("exhaustion"),
        }

    def show_ensemble(self, result: Ensemble | None) -> None:
        if result is None:
            self.score_label.setText(self.tr("No score: no market history yet."))
            set_tone(self.score_label, NOTE_COLOR)
            self.levels_label.clear()
            self.missing_label.clear()
            _fill(self.contributions, [])
            return
        stance = {"buy": self.tr("buy"), "sell": self.tr("sell"), "neutral": self.tr("neutral")}[result.stance]
        self.score_label.setText(
            self.tr("Score {score}: {stance} (as of {day})").format(
                score=locale_format.signed_figure(result.score),
                stance=stance,
                day=result.as_of.isoformat() if result.as_of else "—",
            )
        )
        tone = OK_COLOR if result.stance == "buy" else BAD_COLOR if result.stance == "sell" else None
        set_tone(self.score_label, tone, bold=True)
        support = "—" if result.support is None else locale_format.number(result.support)
        resistance = "—" if result.resistance is None else locale_format.number(result.resistance)
        self.levels_label.setText(self.tr("Support {s} · resistance {r}").format(s=support, r=resistance))
        # The services' reasons are templates marked under "Signals": rendered in the console's language.
        translate, names = QCoreApplication.translate, self.module_names()
        _fill(
            self.contributions,
            [
                [names.get(c.module, c.module), round(c.points, 1), render(c.reason, translate)]
                for c in result.contributions
            ],
        )
        if result.missing:
            lines = [
                f"{names.get(module, module)}: {render(why, translate)}"
                for module, why in sorted(result.missing.items())
            ]
            self.missing_label.setText(self.tr("Not counted (no data):") + "\n" + "\n".join(lines))
            set_tone(self.missing_label, NOTE_COLOR)
        else:
            self.missing_label.setText(self.tr("Every module had data."))
            set_tone(self.missing_label, None)

    def show_quotes(self, latest: LatestQuotes | None) -> None:
        if latest is None:
            self.quotes_label.setText(
                self.tr("No collection round yet: the market-history job asks the exchanges every 15 minutes.")
            )
            set_tone(self.quotes_label, NOTE_COLOR)
            _fill(self.quotes, [])
            return
        price = "—" if latest.price_usd is None else locale_format.number(float(latest.price_usd), 2)
        self.quotes_label.setText(
            self.tr(
                "{time}: {price} USD from {answered} of {asked} sources ({pct:.0f} % complete), {kept} kept"
            ).format(
                time=latest.taken_at.strftime("%Y-%m-%d %H:%M"),
                price=price,
                answered=latest.answered,
                asked=latest.asked,
                pct=latest.completeness * 100,
                kept=latest.kept,
            )
        )
        set_tone(self.quotes_label, None if latest.answered == latest.asked else NOTE_COLOR)
        _fill(
            self.quotes,
            [
                [
                    s.source,
                    s.status,
                    None if s.price_usd is None else float(s.price_usd),
                    render(s.detail, QCoreApplication.translate),
                ]
                for s in latest.sources
            ],
        )
