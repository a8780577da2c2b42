"""Modules register their tab here; the main window shows those the user's role may see.

A tab's code (and the libraries it pulls in: pandas, TA-Lib, pyqtgraph, the solvers) is imported when the tab is
first built, not when it registers: the main window opens with one tab built and builds the others on first show.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    order: int
    is_visible: Callable[[Principal], bool]
    widget: str  # "package.module:Class", called as Class(context, principal) when the tab is built

    def widget_class(self) -> Callable[[AppContext, Principal], QWidget]:
        module, _, name = self.widget.partition(":")
        factory: Callable[[AppContext, Principal], QWidget] = getattr(importlib.import_module(module), name)
        return factory

    def build(self, context: AppContext, principal: Principal) -> QWidget:
        return self.widget_class()(context, principal)


_TABS: dict[str, TabSpec] = {}


def register_tab(spec: TabSpec) -> TabSpec:
    _TABS[spec.key] = spec
    return spec


def registered_tabs() -> list[TabSpec]:
    """Every module's tab, in display order (importing ui.modules registers them)."""
    import hashinsight_desktop.ui.modules  # noqa: F401

    return sorted(_TABS.values(), key=lambda spec: spec.order)


def tabs_for(principal: Principal) -> list[TabSpec]:
    return [spec for spec in registered_tabs() if spec.is_visible(principal)]
