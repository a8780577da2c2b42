"""What a discovery scan found: the range expansion, and the table of responding miners with a
tick box each (miners already in the chosen site shown but not tickable)."""

from __future__ import annotations

import ipaddress
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from hashinsight_desktop.services.cgminer import MinerSample
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.ui.common import ListTableModel
from hashinsight_desktop.ui.fleet.formatting import ip_key, status_color

Index = QModelIndex | QPersistentModelIndex
MAX_ADDRESSES = 65_536  # a /16: a larger range is almost always a typo


def expand_cidr(text: str, port: int) -> list[tuple[str, int]]:
    """Every host address of a CIDR range (``10.0.0.7`` alone is a /32), at most a /16."""
    try:
        network = ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValidationError("CIDR range", f"{text.strip()!r} is not a range like 10.20.0.0/24") from None
    if network.num_addresses > MAX_ADDRESSES:
        raise ValidationError("CIDR range", f"{network} has {network.num_addresses:,} addresses; at most a /16")
    hosts = list(network.hosts()) or [network.network_address]
    return [(str(host), port) for host in hosts]


@dataclass
class Found:
    sample: MinerSample
    known: bool = False  # already in the chosen site
    checked: bool = True
    model_id: uuid.UUID | None = None
    catalogue_name: str | None = None


class FoundModel(ListTableModel[Found]):
    HEADERS = ("Host", "Model reported", "Firmware", "TH/s", "Status", "Catalogue model")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and not self.rows[index.row()].known:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], index.column()
        s = item.sample
        if role == Qt.ItemDataRole.DisplayRole:
            host = s.host if s.port == 4028 else f"{s.host}:{s.port}"
            status = "already in this site" if item.known else s.status
            return (
                host,
                s.model or "—",
                s.firmware or "—",
                f"{s.hashrate_ths:,.1f}",
                status,
                item.catalogue_name or "—",
            )[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if item.checked and not item.known else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and not item.known:
            return status_color(s.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_found(self, found: list[Found]) -> None:
        self.beginResetModel()
        self.rows = sorted(found, key=lambda f: (ip_key(f.sample.host), f.sample.port))
        self.endResetModel()

    def set_all_checked(self, checked: bool) -> None:
        for item in self.rows:
            item.checked = checked
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def checked(self) -> list[Found]:
        return [f for f in self.rows if f.checked and not f.known]
