"""Help → Keyboard shortcuts (read from the actions and shortcuts the window really has) and Help → User guide."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.ui.common import record_table

USER_GUIDE = "USER_GUIDE.md"  # shipped in hashinsight_desktop/resources/docs


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str  # as the platform writes them (Ctrl+F, ⌘F)
    what: str
    where: str


def _without_mnemonics(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _plain(text: str) -> str:
    """An action's text as read: mnemonics ('&') and trailing dots gone."""
    return _without_mnemonics(text).rstrip(".…").strip()


def _where(widget: QWidget | None, window: QMainWindow) -> str:
    """The tab (and page within it) a widget lives in: 'Admin → Users'; 'Everywhere' for the window's own."""
    parts: list[str] = []
    child = widget
    while child is not None and child is not window:
        parent = child.parentWidget()
        # A QTabWidget's pages sit in its internal stack: match the page itself.
        holder = parent.parentWidget() if parent is not None else None
        if isinstance(holder, QTabWidget) and holder.indexOf(child) >= 0:
            parts.append(_without_mnemonics(holder.tabText(holder.indexOf(child))))
        child = parent
    return " → ".join(reversed(parts)) or _tr("Everywhere")


def _described_by_a_widget(shortcut: QShortcut, keys: str) -> str:
    """What a bare QShortcut does, from the control whose tooltip or placeholder names its keys ('Reload (F5)')."""
    parent = shortcut.parent()
    if not isinstance(parent, QWidget):
        return ""
    # Return and Enter are the same key to a reader: "(Ctrl+Enter)" describes Ctrl+Return too.
    spellings = {keys, keys.replace("Return", "Enter"), keys.replace("Enter", "Return")}
    alternatives = "|".join(re.escape(k) for k in sorted(spellings))
    mention = re.compile(rf"\s*\(\s*(?:{alternatives})\s*\)", re.IGNORECASE)
    for control in parent.findChildren(QWidget):
        for text in (control.toolTip(), control.placeholderText() if isinstance(control, QLineEdit) else ""):
            if text and mention.search(text):
                if isinstance(control, QAbstractButton) and control.text():
                    return _plain(control.text())
                return mention.sub("", text).strip()
    return ""


# What the common keys mean where a shortcut gives no text of its own and no control mentions it.
def _standard_meanings() -> dict[QKeySequence.StandardKey, str]:
    return {
        QKeySequence.StandardKey.Find: _tr("Find / filter"),
        QKeySequence.StandardKey.Save: _tr("Save"),
        QKeySequence.StandardKey.Open: _tr("Open a file"),
        QKeySequence.StandardKey.Refresh: _tr("Refresh"),
    }


def _meaning(sequence: QKeySequence) -> str:
    for standard, meaning in _standard_meanings().items():
        if sequence in QKeySequence.keyBindings(standard):
            return meaning
    if sequence == QKeySequence(Qt.Key.Key_F5):
        return _tr("Refresh")
    if sequence == QKeySequence(Qt.Key.Key_Escape):
        return _tr("Cancel")
    if sequence in (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)):
        return _tr("Open the selected row")
    return _tr("(no description)")


def _home(action: QAction) -> QWidget | None:
    """The widget an action works in: one it was added to, else its nearest widget owner."""
    for obj in action.associatedObjects():
        if isinstance(obj, QWidget):
            return obj
    owner = action.parent()
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every key the window reacts to: its actions (menus, toolbars, tabs) and its widgets' shortcuts."""
    entries: set[ShortcutEntry] = set()
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        if not action.text() or action.isSeparator():
            continue
        where = _where(_home(action), window)
        for sequence in action.shortcuts():
            entries.add(ShortcutEntry(sequence.toString(native), _plain(action.text()), where))
    for shortcut in window.findChildren(QShortcut):
        sequence = shortcut.key()
        if sequence.isEmpty():
            continue
        keys = sequence.toString(native)
        what = shortcut.whatsThis() or _described_by_a_widget(shortcut, keys) or _meaning(sequence)
        parent = shortcut.parent()
        entries.add(ShortcutEntry(keys, what, _where(parent if isinstance(parent, QWidget) else None, window)))
    everywhere = _tr("Everywhere")
    return sorted(entries, key=lambda e: (e.where != everywhere, e.where, e.keys))


class ShortcutsDialog(QDialog):
    """A filterable, sortable table of the shortcuts: key, what it does, where it works."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 560)
        self.entries = collect_shortcuts(window)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does"), self.tr("Where")])
        for entry in self.entries:
            self.model.appendRow([QStandardItem(entry.keys), QStandardItem(entry.what), QStandardItem(entry.where)])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(placeholderText=self.tr("Filter shortcuts…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = record_table(self.proxy)
        # Opened in the collected order (the window's own keys, then tab by tab); a header click sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def user_guide_text() -> str:
    return (resources.files("hashinsight_desktop") / "resources" / "docs" / USER_GUIDE).read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    """The user guide shipped with the program, readable without a network or a browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — HashInsight Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(user_guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
