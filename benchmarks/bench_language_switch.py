"""View → Language on the owner's whole window: how long the switch takes, and how close the switched window comes
to one opened in that language (texts that differ: what the live switch missed, or what a window made in the
language gets wrong itself, such as texts translated when a module was imported).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_language_switch [zh_CN]

Needs the built translation (`python -m tools.translations release`). Timings on a shared 2-core machine are noisy.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HASHINSIGHT_LANG"] = "en"  # the window opens in English, then switches


def main(language: str = "zh_CN") -> None:
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.app import build_context
    from hashinsight_desktop.services.permissions import Principal, Role
    from hashinsight_desktop.ui.gui_app import _application
    from hashinsight_desktop.ui.language_switch import switch_language
    from hashinsight_desktop.ui.main_window import MainWindow
    from tests.ui.test_translations_shown import _texts

    home = Path(tempfile.mkdtemp(prefix="bench-language-"))
    os.environ["HOME"] = str(home)  # its own settings and data folders
    context = build_context(f"sqlite:///{home / 'bench.sqlite3'}", process_name="gui", create=True)
    app = _application(context)
    owner = Principal(user_id=None, username="owner", role=Role.OWNER)

    def opened() -> MainWindow:
        window = MainWindow(context, owner)
        window.resize(1280, 800)
        window.show()
        for index in range(window.tabs.count()):  # every tab shown once, as a user would have
            window.tabs.setCurrentIndex(index)
            for _ in range(5):
                QApplication.processEvents()
        return window

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QApplication.processEvents()

    live = opened()
    widgets = len(live.findChildren(object))
    started = time.perf_counter()
    notice = switch_language(app, language)
    switch_ms = (time.perf_counter() - started) * 1000
    if notice:
        raise SystemExit(notice)
    settle(0.5)  # the live views re-read
    fresh = opened()
    settle(0.5)
    switched = {text for _, text in _texts(live) if text}
    made = {text for _, text in _texts(fresh) if text}
    print(f"switch to {language}: {switch_ms:.0f} ms for {widgets} objects")
    print(f"texts: {len(switched)} in the switched window, {len(made)} in one opened in {language}")
    print(f"only in the switched window: {len(switched - made)}; only in the opened one: {len(made - switched)}")
    for text in sorted(switched - made):
        print(f"  switched: {text[:100]!r}")
    for text in sorted(made - switched):
        print(f"  opened:   {text[:100]!r}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
