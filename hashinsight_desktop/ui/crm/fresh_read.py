"""ui.background_read's read off the GUI thread, for views that change what they show: a request made while a
read runs is not dropped but answered by one more read after it, so a view asked to reload right after a save
never keeps the rows it read before the save committed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.ui.background_read import BackgroundRead

T = TypeVar("T")


class FreshRead(Generic[T]):
    def __init__(self, owner: QWidget, read: Callable[[], T], show: Callable[[T], None]) -> None:
        self._read, self._show = read, show
        self._asked = 0  # requests made; a read answers the one it started under
        self._reader: BackgroundRead[tuple[int, T]] = BackgroundRead(owner, self._read_for, self._show_for)

    def request(self) -> None:
        self._asked += 1
        self._reader.request()

    def _read_for(self) -> tuple[int, T]:
        asked = self._asked
        return asked, self._read()

    def _show_for(self, answer: tuple[int, T]) -> None:
        asked, result = answer
        self._show(result)
        if asked != self._asked:  # asked again while this was read: read once more
            QTimer.singleShot(0, self._reader.request)
