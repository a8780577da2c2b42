"""Changing the console's language while it is open, without losing work.

One mechanism for every tab, rather than a ``retranslate`` method in each of hundreds of widgets:

1. the new translators are installed (``i18n.install``): Qt re-translates its own widgets (standard buttons);
2. every open window (the main window, open dialogs) is walked and each text the console set — labels, buttons,
   group titles, tab names, menus and actions, tooltips, placeholders, combo box items, item widgets' cells and
   headers, spin box suffixes, chart axis labels — is mapped from the old language to the new
   (``retranslate_map.TextMap``); what the user typed (a line edit's text, a text box's contents) is never touched,
   nor are the current tab, selections and scroll positions;
3. models that translate when asked (header titles, status words) are told their headers and data changed, and
   the numbers they format follow the new locale;
4. every live view re-reads (``LiveRefresh.refresh_all``): texts built from data (summaries, cards, charts) are
   built again in the new language. A widget with texts of its own kind may define ``retranslate_ui()``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractProxyModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolBox,
    QTreeWidget,
    QWidget,
    QWizardPage,
)

from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.common import RecordTableModel
from hashinsight_desktop.ui.elided_label import ElidedLabel
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.ui.retranslate_map import Message, TextMap, catalogue

log = logging.getLogger(__name__)


def switch_language(app: QApplication, language: str) -> str | None:
    """Speak ``language`` from now on, in every open window; returns the notice if its file is missing
    (then nothing changes)."""
    _, notice = i18n.load(language)
    if notice is not None:
        return notice
    started = time.perf_counter()
    previous, _ = i18n.install(app, language)
    messages = _messages(language if language != i18n.ENGLISH else previous.language)
    walker = _Walker(TextMap(messages, previous, i18n.current(app)))
    for window in app.topLevelWidgets():
        walker.window(window)
    LiveRefresh.instance().refresh_all()
    log.info(
        "language %s → %s: %d texts changed in %.0f ms",
        previous.language,
        language,
        walker.changed,
        (time.perf_counter() - started) * 1000,
    )
    return None


def _messages(language: str) -> tuple[Message, ...]:
    """The catalogue of the non-English side of the switch (English ↔ English has nothing to map)."""
    if language == i18n.ENGLISH:
        return ()
    qm = i18n.qm_file(language)
    return catalogue(qm, qm.stat().st_mtime)  # loaded by i18n.load a moment ago: it is there


def _contexts(widget: QObject) -> list[str]:
    """The translation contexts nearest to ``widget``: its classes, then its parents' (lupdate files a ``self.tr``
    text under the class whose code holds it)."""
    names: list[str] = []
    node: QObject | None = widget
    while node is not None:
        names += [cls.__name__ for cls in type(node).__mro__ if cls.__module__.startswith("hashinsight_desktop")]
        node = node.parent()
    return names


class _Walker:
    def __init__(self, texts: TextMap) -> None:
        self.texts = texts
        self.changed = 0
        self._seen: set[int] = set()

    def window(self, window: QWidget) -> None:
        if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            window.unsetLocale()  # the new default locale reaches its date and number editors
        for widget in [window, *window.findChildren(QWidget)]:
            if shiboken6.isValid(widget):
                self.widget(widget)
        for action in window.findChildren(QAction):
            self.action(action, _contexts(action))
        self._models(window)
        for widget in [window, *window.findChildren(QWidget)]:
            hook = getattr(widget, "retranslate_ui", None)
            if callable(hook):
                hook()
        self._charts(window)

    def _first_visit(self, thing: QObject) -> bool:
        """By the C++ object's address: Python wrappers come and go, and their ids are reused."""
        address = _address(thing)
        if address in self._seen:
            return False
        self._seen.add(address)
        return True

    def _new(self, shown: str, contexts: list[str]) -> str | None:
        new = self.texts.translate(shown, contexts)
        if new is None or new == shown:
            return None
        self.changed += 1
        return new

    def widget(self, w: QWidget) -> None:
        if not self._first_visit(w):
            return
        contexts = _contexts(w)
        new = self._new

        if w.isWindow() and (text := new(w.windowTitle(), contexts)):
            w.setWindowTitle(text)
        tip = w.detail() if isinstance(w, ElidedLabel) else w.toolTip()  # an elided label adds its cut text
        if text := new(tip, contexts):
            w.setToolTip(text)
        for getter, setter in ((w.statusTip, w.setStatusTip), (w.whatsThis, w.setWhatsThis)):
            if text := new(getter(), contexts):
                setter(text)
        if isinstance(w, QLabel | QAbstractButton) and (text := new(w.text(), contexts)):
            w.setText(text)
        elif isinstance(w, QGroupBox) and (text := new(w.title(), contexts)):
            w.setTitle(text)
        elif isinstance(w, QMenu):
            if text := new(w.title(), contexts):
                w.setTitle(text)
            for action in w.actions():
                self.action(action, contexts)
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):  # the typed text is the user's
            if text := new(w.placeholderText(), contexts):
                w.setPlaceholderText(text)
        elif isinstance(w, QComboBox):
            self._combo(w, contexts)
        elif isinstance(w, QTabBar):
            for index in range(w.count()):
                if text := new(w.tabText(index), contexts):
                    w.setTabText(index, text)
                if text := new(w.tabToolTip(index), contexts):
                    w.setTabToolTip(index, text)
        elif isinstance(w, QToolBox):
            for index in range(w.count()):
                if text := new(w.itemText(index), contexts):
                    w.setItemText(index, text)
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            for getter, setter in ((w.prefix, w.setPrefix), (w.suffix, w.setSuffix)):
                if text := new(getter(), contexts):
                    setter(text)
        elif isinstance(w, QProgressBar) and (text := new(w.format(), contexts)):
            w.setFormat(text)
        elif isinstance(w, QWizardPage):
            for getter, setter in ((w.title, w.setTitle), (w.subTitle, w.setSubTitle)):
                if text := new(getter(), contexts):
                    setter(text)
        if isinstance(w, QAbstractSpinBox) and (text := new(w.specialValueText(), contexts)):
            w.setSpecialValueText(text)
        for action in w.actions():
            self.action(action, contexts)

    def action(self, action: QAction, contexts: list[str]) -> None:
        if not shiboken6.isValid(action) or not self._first_visit(action):
            return
        # The tooltip and icon text follow the text unless they were set: what did not follow is mapped too.
        icon_text, tip = action.iconText(), action.toolTip()
        if text := self._new(action.text(), contexts):
            action.setText(text)
        if action.iconText() == icon_text and (text := self._new(icon_text, contexts)):
            action.setIconText(text)
        if action.toolTip() == tip and (text := self._new(tip, contexts)):
            action.setToolTip(text)
        if text := self._new(action.statusTip(), contexts):
            action.setStatusTip(text)
        if (menu := action.menu()) is not None and isinstance(menu, QMenu):
            self.widget(menu)

    def _combo(self, combo: QComboBox, contexts: list[str]) -> None:
        if text := self._new(combo.placeholderText(), contexts):
            combo.setPlaceholderText(text)
        if combo.isEditable():  # its items are what users typed or picked: names, hosts
            return
        changed = False
        for index in range(combo.count()):
            if text := self._new(combo.itemText(index), contexts):
                combo.setItemText(index, text)
                changed = True
        if changed:  # a combo sized to its first items keeps that width: measured again for the new words
            policy = combo.sizeAdjustPolicy()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizeAdjustPolicy(policy)
            tip = combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and (text := self._new(tip, contexts)):
                combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)

    def _models(self, window: QWidget) -> None:
        """Item widgets' stored texts are mapped; every model is told its headers and cells changed, so texts it
        translates when asked, and numbers it formats, are asked again. Selections are untouched."""
        models: dict[int, tuple[QAbstractItemModel, list[str]]] = {}
        for view in window.findChildren(QAbstractItemView):
            contexts = _contexts(view)
            if isinstance(view, QTableWidget):
                self._table_widget(view, contexts)
            elif isinstance(view, QTreeWidget):
                self._tree_widget(view, contexts)
            elif isinstance(view, QListWidget):
                for row in range(view.count()):
                    self._item(view.item(row), contexts)
            model = view.model()
            while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
                model = model.sourceModel()
            if model is not None:
                models[_address(model)] = (model, contexts)
                if isinstance(model, QStandardItemModel) and not isinstance(view, QTableWidget | QTreeWidget):
                    self._standard_model(model, contexts)
        for model, contexts in models.values():
            if isinstance(model, RecordTableModel):  # titles translated when the table was made
                titles = model.column_titles()
                model.set_column_titles([self._new(title, contexts) or title for title in titles])
            _announce_change(model)

    def _item(self, item: object, contexts: list[str]) -> None:
        """A QTableWidgetItem, QListWidgetItem, QTreeWidgetItem column or QStandardItem, through text/setText."""
        if item is None:
            return
        text_of, set_text = item.text, item.setText  # type: ignore[attr-defined]
        if text := self._new(text_of(), contexts):
            set_text(text)
        tip_of, set_tip = item.toolTip, item.setToolTip  # type: ignore[attr-defined]
        if text := self._new(tip_of(), contexts):
            set_tip(text)

    def _table_widget(self, table: QTableWidget, contexts: list[str]) -> None:
        for column in range(table.columnCount()):
            self._item(table.horizontalHeaderItem(column), contexts)
        for row in range(table.rowCount()):
            self._item(table.verticalHeaderItem(row), contexts)
            for column in range(table.columnCount()):
                self._item(table.item(row, column), contexts)

    def _tree_widget(self, tree: QTreeWidget, contexts: list[str]) -> None:
        items = [tree.headerItem(), *_tree_items(tree)]
        for item in items:
            for column in range(tree.columnCount()):
                if text := self._new(item.text(column), contexts):
                    item.setText(column, text)
                if text := self._new(item.toolTip(column), contexts):
                    item.setToolTip(column, text)

    def _standard_model(self, model: QStandardItemModel, contexts: list[str]) -> None:
        for column in range(model.columnCount()):
            self._item(model.horizontalHeaderItem(column), contexts)
        for item in _standard_items(model):
            self._item(item, contexts)

    def _charts(self, window: QWidget) -> None:
        """pyqtgraph's axis labels, titles, legends and text items (only if charts were ever drawn)."""
        pg = sys.modules.get("pyqtgraph")
        if pg is None:
            return
        for view in window.findChildren(pg.GraphicsView):
            contexts = _contexts(view)
            for item in view.scene().items():
                if isinstance(item, pg.AxisItem) and (text := self._new(item.labelText, contexts)):
                    item.setLabel(text)
                    continue
                shown = item.text if isinstance(item, pg.LabelItem) else None
                if isinstance(item, pg.TextItem):
                    shown = item.textItem.toPlainText()
                if shown is not None and (text := self._new(shown, contexts)):
                    item.setText(text)


def _address(thing: QObject) -> int:
    return int(shiboken6.getCppPointer(thing)[0])


def _announce_change(model: QAbstractItemModel) -> None:
    rows = model.rowCount(QModelIndex())
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())  # private there
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows:
        model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1), [])


def _tree_items(tree: QTreeWidget) -> Iterator[object]:
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack += [item.child(i) for i in range(item.childCount())]


def _standard_items(model: QStandardItemModel) -> Iterator[QStandardItem]:
    stack = [model.item(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack += [item.child(r, c) for r in range(item.rowCount()) for c in range(item.columnCount())]
