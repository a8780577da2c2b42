"""The small forms of managing miners: a hosting customer from a date, another site, rack and position,
a power feed (chosen, or created on purpose), and the removal's confirmation with what it deletes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.fleet.management import POSITION_MAX_CHARS, RACK_MAX_CHARS
from hashinsight_desktop.services.fleet.miners import FEED_MAX_CHARS
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


def index_of(combo: QComboBox, value: object) -> int:
    """The item holding ``value`` (by equality: findData compares Python objects by identity), else 0."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)


def _miners(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ManagementDialogs", "1 miner")
    return QCoreApplication.translate("ManagementDialogs", "{count} miners").format(count=grouped(count))


class _Form(QDialog):
    """A titled form with a note under the fields and OK / Cancel; opened with open() (qasync)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)


class CustomerDialog(_Form):
    """Which hosting customer has the miners, from when (kept as history: billing bills by it)."""

    def __init__(
        self, count: int, customers: list[tuple[uuid.UUID, str]], current: uuid.UUID | None, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Hosting customer"), parent)
        self.customer = QComboBox()
        self.customer.addItem(self.tr("(no customer: take them back)"), None)
        for customer_id, name in customers:
            self.customer.addItem(name, customer_id)
        self.customer.setCurrentIndex(index_of(self.customer, current))
        self.since = QDateTimeEdit(QDateTime.currentDateTime())
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.since.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.form.addRow(self.tr("Customer of the %1:").replace("%1", _miners(count)), self.customer)
        self.form.addRow(self.tr("From (your time):"), self.since)
        self.note.setText(
            self.tr(
                "Kept as history for billing: each miner's current assignment ends at this time and the new one starts."
            )
        )

    def chosen(self) -> tuple[uuid.UUID | None, datetime]:
        when = self.since.dateTime().toSecsSinceEpoch()
        return self.customer.currentData(), datetime.fromtimestamp(when, UTC)


class MoveDialog(_Form):
    def __init__(self, count: int, sites: list[tuple[uuid.UUID, str]], parent: QWidget | None) -> None:
        super().__init__(self.tr("Move to another site"), parent)
        self.site = QComboBox()
        for site_id, name in sites:
            self.site.addItem(name, site_id)
        self.form.addRow(self.tr("Move the %1 to:").replace("%1", _miners(count)), self.site)
        self.note.setText(self.tr("Rack, position and power feed are cleared: they belong to the old site's floor."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(sites))

    def chosen(self) -> uuid.UUID:
        site_id: uuid.UUID = self.site.currentData()
        return site_id


class PlacementDialog(_Form):
    """Rack and position: only the fields typed in are changed (an emptied field clears it)."""

    def __init__(self, count: int, rack: str | None, position: str | None, parent: QWidget | None) -> None:
        super().__init__(self.tr("Rack and position"), parent)
        self.rack, self.position = QLineEdit(rack or ""), QLineEdit(position or "")
        self.rack.setMaxLength(RACK_MAX_CHARS)
        self.position.setMaxLength(POSITION_MAX_CHARS)
        several = self.tr("several values: type to change")
        for edit, value in ((self.rack, rack), (self.position, position)):
            if value is None and count > 1:
                edit.setPlaceholderText(several)
        self.form.addRow(self.tr("Rack:"), self.rack)
        self.form.addRow(self.tr("Position:"), self.position)
        self.note.setText(self.tr("For the %1. A field left as it is stays unchanged.").replace("%1", _miners(count)))

    def changes(self) -> dict[str, str]:
        return {
            name: edit.text() for name, edit in (("rack", self.rack), ("position", self.position)) if edit.isModified()
        }


class FeedDialog(_Form):
    """A feed of the site, none, or a new one created on purpose: a typo never makes a feed."""

    NEW = "\x00new"

    def __init__(self, count: int, site: str, feeds: list[str], current: str | None, parent: QWidget | None) -> None:
        super().__init__(self.tr("Power feed"), parent)
        self.feed = QComboBox()
        self.feed.addItem(self.tr("(none)"), "")
        for name in feeds:
            self.feed.addItem(name, name)
        self.feed.addItem(self.tr("New feed…"), self.NEW)
        self.feed.setCurrentIndex(max(0, self.feed.findData(current or "")))
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(FEED_MAX_CHARS)
        self.new_name.setPlaceholderText(self.tr("the new feed's name"))
        self.form.addRow(self.tr("Feed of the %1 at %2:").replace("%1", _miners(count)).replace("%2", site), self.feed)
        self.form.addRow(self.tr("New feed:"), self.new_name)
        self.note.setText(self.tr("Curtailment plans can limit what each feed sheds."))
        self.feed.currentIndexChanged.connect(self._update)
        self.new_name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        creating = self.feed.currentData() == self.NEW
        self.new_name.setEnabled(creating)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not creating or bool(self.new_name.text().strip())
        )

    def chosen(self) -> tuple[str, bool]:
        """The feed's name ("" for none) and whether it is created."""
        if self.feed.currentData() == self.NEW:
            return self.new_name.text().strip(), True
        return str(self.feed.currentData()), False


class RemoveDialog(_Form):
    """Confirms a removal, saying what keeping or deleting the telemetry means in numbers."""

    def __init__(self, names: list[str], samples: int, rollups: int, parent: QWidget | None) -> None:
        super().__init__(self.tr("Remove miners"), parent)
        shown = ", ".join(names[:5]) + (
            self.tr(" and %1 more").replace("%1", grouped(len(names) - 5)) if len(names) > 5 else ""
        )
        question = QLabel(
            self.tr("Remove %1 from the fleet: %2?").replace("%1", _miners(len(names))).replace("%2", shown)
        )
        question.setWordWrap(True)
        self.form.addRow(question)
        self.keep = QRadioButton(self.tr("Keep their telemetry, alerts and customer history"))
        self.delete = QRadioButton(
            self.tr("Delete their telemetry too: %1 samples and %2 roll-ups, for good")
            .replace("%1", grouped(samples))
            .replace("%2", grouped(rollups))
        )
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.delete)
        self.keep.setChecked(True)
        self.form.addRow(self.keep)
        self.form.addRow(self.delete)
        self.delete.toggled.connect(lambda on: set_tone(self.note, BAD_COLOR if on else None))
        self.note.setText(
            self.tr(
                "Nothing is sent to the miners; they stop being polled, planned and billed. A kept miner comes back, "
                "with its history, when its address is added again."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Remove"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def delete_telemetry(self) -> bool:
        return self.delete.isChecked()
