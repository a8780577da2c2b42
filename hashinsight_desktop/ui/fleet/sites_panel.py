"""The sites list of the Fleet tab: one card per site with its live KPIs, and an "All sites" card.

Cards are painted by a delegate over a small list model (no per-row widgets); a refresh updates the
cards in place so the selected site stays selected.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QListView, QMenu, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import HASHING_STATUSES
from hashinsight_desktop.services.telemetry.kpis import SiteKpi
from hashinsight_desktop.ui.fleet.formatting import format_hashrate, format_power_kw, status_color
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.theme import TONES, set_tone

Index = QModelIndex | QPersistentModelIndex
KPI_ROLE = Qt.ItemDataRole.UserRole + 1  # the card's SiteKpi
ALL_SITES = "All sites"


@dataclass(frozen=True)
class SiteCard:
    site_id: uuid.UUID | None  # None: every site
    kpi: SiteKpi


def all_sites_kpi(kpis: Sequence[SiteKpi], rows: Sequence[MinerRow]) -> SiteKpi:
    """Sums over the sites; J/TH over the miners that report both power and hashrate (as per site)."""
    hashing = [r for r in rows if r.is_active and r.status in HASHING_STATUSES]
    both = [r for r in hashing if r.power_w is not None and r.hashrate_ths]
    hashrate_both = sum(r.hashrate_ths or 0.0 for r in both)
    return SiteKpi(
        site_id=uuid.UUID(int=0),
        site_name=ALL_SITES,
        hashrate_ths=sum(k.hashrate_ths for k in kpis),
        power_kw=sum(k.power_kw for k in kpis),
        j_per_th=sum(r.power_w or 0.0 for r in both) / hashrate_both if hashrate_both else None,
        online=sum(k.online for k in kpis),
        offline=sum(k.offline for k in kpis),
        alerting=sum(k.alerting for k in kpis),
        total=sum(k.total for k in kpis),
        degraded=sum(k.degraded for k in kpis),
        sleeping=sum(k.sleeping for k in kpis),
        curtailed=sum(k.curtailed for k in kpis),
        curtailed_asleep=sum(k.curtailed_asleep for k in kpis),
        curtailing=tuple(sorted({plan for k in kpis for plan in k.curtailing})),
    )


def shown_name(kpi: SiteKpi) -> str:
    """A card's site name; the "All sites" card's in the reader's language."""
    return QCoreApplication.translate("SiteCard", "All sites") if kpi.site_name == ALL_SITES else kpi.site_name


def curtailed_text(kpi: SiteKpi) -> str:
    """The card's curtailed count: a plan-slept miner counts here (not under sleeping), its asleep ones said."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate("Context", "text") calls
    count = grouped(kpi.curtailed)
    if not kpi.curtailed_asleep:
        return translate("SiteCard", "{n} curtailed").format(n=count)
    return translate("SiteCard", "{n} curtailed ({asleep} asleep)").format(
        n=count, asleep=grouped(kpi.curtailed_asleep)
    )


def kpis_from_rows(rows: Sequence[MinerRow], alerting: frozenset[uuid.UUID]) -> list[SiteKpi]:
    """Per-site KPIs from the miners the user sees (customers may not read whole-site KPIs)."""
    by_site: dict[uuid.UUID, list[MinerRow]] = {}
    names: dict[uuid.UUID, str] = {}
    for row in rows:
        if row.is_active:
            by_site.setdefault(row.site_id, []).append(row)
            names[row.site_id] = row.site
    kpis = []
    for site_id, site_rows in sorted(by_site.items(), key=lambda item: names[item[0]].lower()):
        hashing = [r for r in site_rows if r.status in HASHING_STATUSES]
        both = [r for r in hashing if r.power_w is not None and r.hashrate_ths]
        hashrate_both = sum(r.hashrate_ths or 0.0 for r in both)
        kpis.append(
            SiteKpi(
                site_id=site_id,
                site_name=names[site_id],
                hashrate_ths=sum(r.hashrate_ths or 0.0 for r in hashing),
                power_kw=sum(r.power_w or 0.0 for r in site_rows if r.status not in ("offline", "unknown")) / 1e3,
                j_per_th=sum(r.power_w or 0.0 for r in both) / hashrate_both if hashrate_both else None,
                online=sum(1 for r in site_rows if r.status in ("hashing", "sleeping")),
                offline=sum(1 for r in site_rows if r.status == "offline"),
                alerting=sum(1 for r in site_rows if r.id in alerting),
                total=len(site_rows),
            )
        )
    return kpis


class SitesModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[SiteCard] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def card(self, row: int) -> SiteCard:
        return self._cards[row]

    def cards(self) -> list[SiteCard]:
        return list(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_name(card.kpi)
        if role == KPI_ROLE:
            return card.kpi
        if role == Qt.ItemDataRole.ToolTipRole:
            k = card.kpi
            text = self.tr(
                "{site}: {total} active miners — {online} online ({degraded} of them degraded), {curtailed} curtailed "
                "by a plan ({asleep} of them asleep), {sleeping} sleeping without a plan, {offline} offline, "
                "{alerting} with open alerts. "
                "Power counts only miners that report it."
            ).format(
                site=shown_name(k),
                total=grouped(k.total),
                online=grouped(k.online),
                degraded=grouped(k.degraded),
                curtailed=grouped(k.curtailed),
                asleep=grouped(k.curtailed_asleep),
                sleeping=grouped(k.sleeping),
                offline=grouped(k.offline),
                alerting=grouped(k.alerting),
            )
            if k.curtailing:
                text += "\n" + self.tr("Curtailment active: {plans}").format(plans=", ".join(k.curtailing))
            return text
        return None

    def set_cards(self, cards: Sequence[SiteCard]) -> bool:
        """In place when the same sites are listed (True), else a reset (False)."""
        if [c.site_id for c in cards] == [c.site_id for c in self._cards]:
            changed = [i for i, (old, new) in enumerate(zip(self._cards, cards, strict=True)) if old != new]
            self._cards = list(cards)
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return True
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()
        return False


class SiteCardDelegate(QStyledItemDelegate):
    """Name and hashrate on the first line, power and J/TH on the second, counts on the third."""

    PAD = 8  # inside the card's border
    MARGIN = 3  # between cards
    LINE_GAP = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # What paint() draws: four lines, padding and margin (the last line's descenders were cut off before).
        line = option.fontMetrics.height() + self.LINE_GAP
        return QSize(220, 4 * line + 2 * self.PAD + 2 * self.MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kpi: SiteKpi | None = index.data(KPI_ROLE)
        if kpi is None:
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        rect = option.rect.adjusted(4, self.MARGIN, -4, -self.MARGIN)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Base)
        if selected:
            fill = QColor(fill)
            fill.setAlpha(60 if dark else 45)
        border = QColor(palette.color(QPalette.ColorRole.Text))
        border.setAlpha(45)  # a hairline in either theme (the palette's Mid is glaring on dark)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected else border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlpha(170)
        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        line = option.fontMetrics.height() + self.LINE_GAP
        bold = QFont(option.font)
        bold.setBold(True)
        first = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.setFont(bold)
        painter.setPen(text_color)
        name = option.fontMetrics.elidedText(shown_name(kpi), Qt.TextElideMode.ElideRight, int(inner.width() * 0.55))
        painter.drawText(first, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        painter.drawText(
            first, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), format_hashrate(kpi.hashrate_ths)
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        second = first.translated(0, line)
        efficiency = f"{number(kpi.j_per_th, 1)} J/TH" if kpi.j_per_th is not None else "— J/TH"
        painter.drawText(
            second, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), format_power_kw(kpi.power_kw)
        )
        painter.drawText(second, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), efficiency)
        third = second.translated(0, line)
        x = third.left()
        translate = QCoreApplication.translate  # this name: lupdate reads translate("Context", "text") calls
        parts = [
            (
                translate("SiteCard", "{n} online").format(n=grouped(kpi.online)),
                status_color("hashing", dark) if kpi.online else muted,
            ),
            (
                translate("SiteCard", "{n} offline").format(n=grouped(kpi.offline)),
                status_color("offline", dark) if kpi.offline else muted,
            ),
            (
                translate("SiteCard", "{n} alerting").format(n=grouped(kpi.alerting)),
                QColor(TONES["bad"][dark]) if kpi.alerting else muted,
            ),
        ]
        metrics = option.fontMetrics
        for text, color in parts:
            painter.setPen(color)
            painter.drawText(QRect(x, third.top(), inner.right() - x, line), int(Qt.AlignmentFlag.AlignVCenter), text)
            x += metrics.horizontalAdvance(text) + metrics.horizontalAdvance("   ")
        painter.setPen(muted)
        of_total = translate("SiteCard", "of {total}").format(total=grouped(kpi.total))
        painter.drawText(third, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), of_total)
        x, fourth = inner.left(), third.translated(0, line)
        parts = [
            (translate("SiteCard", "{n} degraded").format(n=grouped(kpi.degraded)), "degraded", kpi.degraded),
            (curtailed_text(kpi), "sleeping", kpi.curtailed),
            (translate("SiteCard", "{n} sleeping").format(n=grouped(kpi.sleeping)), "sleeping", kpi.sleeping),
        ]
        gap = metrics.horizontalAdvance("   ")
        if sum(metrics.horizontalAdvance(text) + gap for text, _s, _c in parts) - gap > inner.right() - x:
            parts = [part for part in parts if part[2]] or parts[:1]  # too wide: the zero counts give way
        for text, status, count in parts:
            painter.setPen(status_color(status, dark) if count else muted)
            painter.drawText(QRect(x, fourth.top(), inner.right() - x, line), int(Qt.AlignmentFlag.AlignVCenter), text)
            x += metrics.horizontalAdvance(text) + gap
        painter.restore()


class SitesPanel(QListView):
    """Emits ``site_selected`` with a site id, or None for every site; ``logins_requested`` with a site's
    id and name from a card's context menu ("Miner logins…")."""

    site_selected = Signal(object)
    logins_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sites_model = SitesModel(self)
        self.setModel(self.sites_model)
        self.setItemDelegate(SiteCardDelegate(self))
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setMinimumWidth(250)
        self.viewport().setAutoFillBackground(False)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        card = self.sites_model.card(index.row()) if index.isValid() else None
        if card is None or card.site_id is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        site_id, name = card.site_id, card.kpi.site_name
        menu.addAction(self.tr("Miner logins…"), lambda: self.logins_requested.emit(site_id, name))
        menu.popup(self.viewport().mapToGlobal(position))

    def show_kpis(self, kpis: Sequence[SiteKpi], all_sites: SiteKpi) -> None:
        """The sites' cards and the "All sites" card (:func:`all_sites_kpi`, worked out in a worker thread)."""
        selected = self.selected_site()
        cards = [SiteCard(None, all_sites)] + [SiteCard(k.site_id, k) for k in kpis]
        if not self.sites_model.set_cards(cards) or not self.selectionModel().hasSelection():
            self.select_site(selected)

    def selected_site(self) -> uuid.UUID | None:
        index = self.currentIndex()
        return self.sites_model.card(index.row()).site_id if index.isValid() else None

    def select_site(self, site_id: uuid.UUID | None) -> None:
        """Select a site's card (the "All sites" card for None or a site no longer listed)."""
        row = next((i for i, c in enumerate(self.sites_model.cards()) if c.site_id == site_id), 0)
        if row < self.sites_model.rowCount():
            self.selectionModel().setCurrentIndex(
                self.sites_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.site_selected.emit(self.sites_model.card(current.row()).site_id if current.isValid() else None)


class CurtailmentBanner(QLabel):
    """ "Curtailment active" over the miners table while a plan holds miners of the shown site(s)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_tone(self, "note")
        self.hide()

    def show_for(self, kpi: SiteKpi | None) -> None:
        if kpi is None or not kpi.curtailing:
            self.hide()
            return
        self.setText(
            self.tr("Curtailment active on {site}: {count} miners held by plan {plans}").format(
                site=kpi.site_name, count=grouped(kpi.curtailed), plans=", ".join(kpi.curtailing)
            )
        )
        self.show()
