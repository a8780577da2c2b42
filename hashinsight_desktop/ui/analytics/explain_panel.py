"""The "why did my profit change" page: the inputs before and after side by side, the change split into each
input's part by Shapley attribution (services.analytics.explain: the parts add up to the change to the cent) as a
bar chart, and the plain sentences, translated here from the service's English templates."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.analytics import explain
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.validation import labelled
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.analytics import explain_strings
from hashinsight_desktop.ui.analytics.chart_axes import FigureAxis, style_chart
from hashinsight_desktop.ui.analytics.chart_export import ExportButtons, Table
from hashinsight_desktop.ui.chart_style import chart_colors
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

# From the scenario form's calculator names to the explain keys.
FROM_SCENARIO = {field: key for key, field in explain.FIELDS.items()}


def usd(amount: Decimal, *, signed: bool = False) -> str:
    """An amount as the sentences write theirs: a true minus sign (−14.65, as in "−$412.00/day"), + for a gain."""
    sign = "−" if amount < 0 else ("+" if signed else "")
    return sign + locale_format.number(abs(amount), 2)


def sentence_text(sentence: explain.Sentence) -> str:
    """The sentence in the user's language: its template translated (registered in explain_strings)."""
    template = QCoreApplication.translate(explain.TRANSLATION_CONTEXT, sentence.template)  # QT_TRANSLATE_NOOP there
    return template.format(**sentence.arguments)


class ExplainPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: explain.Explanation | None = None
        names = explain_strings.input_names()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Input")), 0, 0)
        grid.addWidget(QLabel(self.tr("Before")), 0, 1)
        grid.addWidget(QLabel(self.tr("After")), 0, 2)
        self.before: dict[str, QLineEdit] = {}
        self.after: dict[str, QLineEdit] = {}
        for row, key in enumerate(explain.KEYS, start=1):
            grid.addWidget(QLabel(names[key]), row, 0)
            self.before[key], self.after[key] = QLineEdit(), QLineEdit()
            grid.addWidget(self.before[key], row, 1)
            grid.addWidget(self.after[key], row, 2)
        self.explain_button = QPushButton(self.tr("&Explain"))
        self.explain_button.clicked.connect(self.run)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.sentences = QLabel()
        self.sentences.setTextFormat(Qt.TextFormat.PlainText)
        self.sentences.setWordWrap(True)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": FigureAxis("bottom")})  # the left: the inputs' names
        self.bars = pg.BarGraphItem(x0=[], width=[], y=[], height=0.6)  # made once, given new data per run
        self.zero_line = pg.InfiniteLine(0, angle=90)
        self.plot_widget.addItem(self.bars)
        self.plot_widget.addItem(self.zero_line)
        self.export = ExportButtons("profit_explained", self.plot_widget, self.table)
        side = QVBoxLayout()
        side.addLayout(grid)
        side.addWidget(self.explain_button)
        side.addWidget(self.summary)
        side.addWidget(self.sentences)
        side.addStretch(1)
        side.addWidget(self.export)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.plot_widget, 1)
        self._style(has_data=False)

    def _style(self, has_data: bool) -> None:
        colors = chart_colors(self)
        self.plot_widget.setBackground(colors.base)
        style_chart(self.plot_widget.getPlotItem(), colors, has_data)
        self.zero_line.setPen(pg.mkPen(colors.muted))  # not pyqtgraph's yellow
        self.zero_line.setVisible(has_data)

    def prefill(self, raw: dict[str, str]) -> None:
        """Both columns from the scenario's figures (empty ones only): the user then changes the "after" side."""
        for field, text in raw.items():
            key = FROM_SCENARIO.get(field)
            if key is not None and text:
                for edit in (self.before[key], self.after[key]):
                    if not edit.text():
                        edit.setText(text)

    def run(self) -> None:
        names = explain_strings.input_names()
        try:
            with labelled({k: self.tr("{input}, before").format(input=name) for k, name in names.items()}):
                before = explain.parse_inputs({k: e.text() for k, e in self.before.items() if e.text().strip()})
            with labelled({k: self.tr("{input}, after").format(input=name) for k, name in names.items()}):
                after = explain.parse_inputs({k: e.text() for k, e in self.after.items() if e.text().strip()}, before)
        except ValidationError as exc:
            self.summary.setText(render_error(exc, QCoreApplication.translate))
            set_tone(self.summary, BAD_COLOR)
            return
        self.result = explain.explain(before, after)
        self._show(self.result)

    def _show(self, result: explain.Explanation) -> None:
        self.summary.setText(
            self.tr("Profit {before} → {after} USD/day: change {change} USD/day").format(
                before=usd(result.profit_before),
                after=usd(result.profit_after),
                change=usd(result.change, signed=True),
            )
        )
        set_tone(self.summary, None, bold=True)
        lines = [sentence_text(s) for s in result.sentences]
        self.sentences.setText("\n".join(lines) if lines else self.tr("Nothing changed between the two columns."))
        colors = chart_colors(self)
        plot = self.plot_widget.getPlotItem()
        self._style(has_data=True)  # USD/day as they are: no "(x0.001)" when the parts are small
        names = explain_strings.input_names()
        parts = np.array([float(result.parts[k]) for k in explain.KEYS])
        y = np.arange(len(parts))
        brushes = [colors.ok if v >= 0 else colors.bad for v in parts]
        self.bars.setOpts(x0=np.minimum(parts, 0), width=np.abs(parts), y=y, height=0.6, brushes=brushes)
        plot.getAxis("left").setTicks([[(i, names[k]) for i, k in enumerate(explain.KEYS)]])
        plot.setLabel("bottom", self.tr("Part of the change (USD/day)"))
        plot.invertY(True)  # the inputs top to bottom in the table's order

    def table(self) -> Table | None:
        if self.result is None:
            return None
        r = self.result
        rows: list[list[object]] = [[k, float(r.before[k]), float(r.after[k]), float(r.parts[k])] for k in explain.KEYS]
        rows.append(["total", float(r.profit_before), float(r.profit_after), float(r.change)])
        return ["input", "before", "after", "part_usd_per_day"], rows
