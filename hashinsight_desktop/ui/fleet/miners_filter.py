"""The miners table's filter: by site, status (or alerting, or with a telemetry anomaly), model, firmware family,
customer and a text matching IP, name or firmware. Sorting it passes on to the model (``miners_model``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.analytics.anomalies import ANOMALY_SCORE
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import MinerHealth
from hashinsight_desktop.ui.fleet.action_gate import family_label
from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel

Index = QModelIndex | QPersistentModelIndex

ALERTING = "alerting"  # a status filter value: miners with an open alert
ANOMALOUS = "anomalous"  # a status filter value: miners whose anomaly score is at or above ANOMALY_SCORE


def anomalous_miners(health: dict[uuid.UUID, MinerHealth] | None) -> frozenset[uuid.UUID]:
    """Miners whose latest anomaly score is an anomaly (what the "With telemetry anomalies" filter shows)."""
    return frozenset(m for m, h in (health or {}).items() if (h.anomaly_score or 0.0) >= ANOMALY_SCORE)


class MinersFilterProxy(QSortFilterProxyModel):
    """Filters by site, status (or alerting), model, firmware family, customer and a text matching IP, name
    or firmware;
    ``sort`` goes to the source model, which sorts much faster than a proxy can.

    The filters are compiled into one predicate over a MinerRow (None when nothing is filtered), so
    the per-row ``filterAcceptsRow`` the proxy calls on every change stays cheap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: MinersTableModel | None = None
        self._accept: Callable[[MinerRow], bool] | None = None
        self.site_id: uuid.UUID | None = None
        self.status = ""
        self.model = ""
        self.family = ""  # a family label as the Family column shows it; "": any
        self.customer: str | None = None  # None: any; "": no customer
        self.text = ""
        self.alerting: frozenset[uuid.UUID] = frozenset()
        self.anomalous: frozenset[uuid.UUID] = frozenset()  # scored at or above ANOMALY_SCORE

    def setSourceModel(self, model: MinersTableModel) -> None:  # type: ignore[override]
        self._source = model
        super().setSourceModel(model)

    def set_filters(
        self,
        *,
        site_id: uuid.UUID | None = None,
        status: str = "",
        model: str = "",
        customer: str | None = None,
        text: str = "",
        family: str = "",
    ) -> None:
        self.beginFilterChange()  # invalidateFilter() is deprecated since Qt 6.10
        self.site_id, self.status, self.model, self.customer = site_id, status, model, customer
        self.family = family
        self.text = text.strip().casefold()
        self._accept = self._predicate()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_alerting(self, miner_ids: frozenset[uuid.UUID]) -> None:
        """Miners with an open alert; refilters only when the alerting filter is on and the set changed."""
        self._set_members("alerting", ALERTING, miner_ids)

    def set_anomalous(self, miner_ids: frozenset[uuid.UUID]) -> None:
        """Miners with a telemetry anomaly (:func:`anomalous_miners`), as :meth:`set_alerting`."""
        self._set_members("anomalous", ANOMALOUS, miner_ids)

    def _set_members(self, name: str, status: str, miner_ids: frozenset[uuid.UUID]) -> None:
        if miner_ids == getattr(self, name):
            return
        if self.status != status:
            setattr(self, name, miner_ids)
            return
        self.beginFilterChange()
        setattr(self, name, miner_ids)
        self._accept = self._predicate()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _predicate(self) -> Callable[[MinerRow], bool] | None:
        checks: list[Callable[[MinerRow], bool]] = []
        site_id, status, model, customer, text = self.site_id, self.status, self.model, self.customer, self.text
        if site_id is not None:
            checks.append(lambda r: r.site_id == site_id)
        if status == ALERTING:
            alerting = self.alerting
            checks.append(lambda r: r.id in alerting)
        elif status == ANOMALOUS:
            anomalous = self.anomalous
            checks.append(lambda r: r.id in anomalous)
        elif status:
            checks.append(lambda r: r.status == status)
        if model:
            checks.append(lambda r: r.model == model)
        family = self.family
        if family:
            checks.append(lambda r: family_label(r) == family)
        if customer is not None:
            checks.append(lambda r: r.customer == customer)
        if text:
            checks.append(
                lambda r: text in r.ip_address or text in r.name.casefold() or text in (r.firmware or "").casefold()
            )
        if not checks:
            return None
        if len(checks) == 1:
            return checks[0]
        return lambda r: all(check(r) for check in checks)

    @property
    def predicate(self) -> Callable[[MinerRow], bool] | None:
        """The filters compiled (None: nothing filtered out); a new object whenever they change."""
        return self._accept

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accept = self._accept
        return accept is None or self._source is None or accept(self._source._rows[source_row])
