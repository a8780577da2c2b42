"""Screenshots of every tab of the console, as the owner of the demo farm sees it, in each language.

    python -m tools.screenshots                 # docs/screenshots/<lang>/<tab>.png: 1280x800, light theme
    python -m tools.screenshots --review DIR    # also every size, theme and inner tab into DIR (for looking at)

The farm is the demo's simulated one, on loopback, in a throwaway folder (HASHINSIGHT_HOME): its miners are
identified and polled twice, so the Fleet tab shows live figures. Nothing of the user's own settings or
database is touched. Build the translations first (``python -m tools.translations release``): a language whose
``.qm`` is missing would be captured in English, so it is refused.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.services.app_context import AppContext
    from hashinsight_desktop.services.permissions import Principal
    from hashinsight_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "zh_CN")
THEMES = ("light", "dark")
SIZES = ((1280, 800), (1920, 1080))
README_SIZE, README_THEME = SIZES[0], THEMES[0]
SETTLE_S = 1.5  # after a tab is shown, before it is captured
MAX_DOC_BYTES = 250_000  # each README image under this (palette-reduced when Pillow is installed); over it: exit 1


async def _prepare_farm(context: AppContext) -> Principal:
    """The demo's site, miners, market history and owner; the miners identified and polled twice."""
    from sqlalchemy import select

    from hashinsight_desktop import demo
    from hashinsight_desktop.db.models import Miner
    from hashinsight_desktop.services.devices import CredentialStore
    from hashinsight_desktop.services.fleet.identification import identify_miners
    from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller

    network = demo.free_network()
    if network is None:
        raise SystemExit(f"screenshots: {demo.no_free_network_message()}")
    factory = context.database.session_factory
    async with demo.demo_farm(network) as farm:
        principal = await asyncio.to_thread(demo.prepare, context, farm)
        with factory() as session:
            ids = list(session.scalars(select(Miner.id)))
        store = CredentialStore.from_settings(context.secrets, context.settings.extra)
        await identify_miners(factory, principal, ids, credentials=store, deadline_s=demo.IDENTIFY_DEADLINE_S)
        poller = TelemetryPoller(factory, interval_s=1.0)
        for _ in range(2):
            await poller.cycle()
            await asyncio.sleep(1.0)
        await poller.stop()
    return principal


def _optimised(source: Path, target: Path) -> None:
    """A palette PNG (256 colours, the UI's flat colours survive it) when Pillow is there; else the original."""
    try:
        from PIL import Image
    except ImportError:
        target.write_bytes(source.read_bytes())
        return
    with Image.open(source) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def capture(out: Path, review: Path | None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.app import build_context
    from hashinsight_desktop.ui import i18n
    from hashinsight_desktop.ui.gui_loop import gui_event_loop

    for language in LANGUAGES[1:]:
        if not i18n.qm_file(language).exists():
            raise SystemExit(f"screenshots: {i18n.qm_file(language)} missing: run python -m tools.translations release")
    home = Path(tempfile.mkdtemp(prefix="hashinsight-shots-"))
    os.environ["HASHINSIGHT_HOME"] = str(home)
    context = build_context(f"sqlite:///{home / 'demo.sqlite3'}", process_name="screenshots", create=True)
    principal = asyncio.run(_prepare_farm(context))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # each language's and theme's window is closed in turn
    loop = gui_event_loop(app)  # the tabs' reads run as they do in the console: on the loop, off the GUI thread
    asyncio.set_event_loop(loop)
    with loop:
        written: list[Path] = loop.run_until_complete(_shoot(app, context, principal, home, out, review))
    context.database.close()
    return written


async def _shoot(
    app: QApplication, context: AppContext, principal: Principal, home: Path, out: Path, review: Path | None
) -> list[Path]:
    from hashinsight_desktop.ui import i18n
    from hashinsight_desktop.ui.main_window import MainWindow
    from hashinsight_desktop.ui.theme import apply_theme

    written: list[Path] = []
    for language in LANGUAGES:
        i18n.install(app, language)
        for theme in THEMES:
            apply_theme(app, theme)
            window = MainWindow(context, principal)
            window.show()
            for width, height in SIZES:
                readme = (width, height) == README_SIZE and theme == README_THEME
                if review is None and not readme:
                    continue
                window.resize(width, height)
                for index, key in enumerate(window.tab_keys):
                    window.tabs.setCurrentIndex(index)
                    await asyncio.sleep(SETTLE_S)  # the tab's first read (a thread) and its drawing
                    image = window.grab()
                    if review is not None:
                        shot = review / f"{key}_{language}_{theme}_{width}x{height}.png"
                        shot.parent.mkdir(parents=True, exist_ok=True)
                        image.save(str(shot))
                        written.append(shot)
                    if readme:
                        raw = home / f"{language}-{key}.png"
                        image.save(str(raw))
                        target = out / language / f"{key}.png"
                        target.parent.mkdir(parents=True, exist_ok=True)
                        _optimised(raw, target)
                        written.append(target)
                    if review is not None and (width, height) == README_SIZE:
                        written += await _shoot_inner_tabs(window, review / f"{key}_{language}_{theme}")
            window.close()
            window.deleteLater()
            await asyncio.sleep(0.2)
            written += await _shoot_wizard(home, out, review, language, theme)
    return written


async def _shoot_inner_tabs(window: MainWindow, stem: Path) -> list[Path]:
    """For review: each page of the tabs inside the shown tab (CRM's, Admin's...), then the first page again."""
    from PySide6.QtWidgets import QTabWidget

    written: list[Path] = []
    shown = window.tabs.currentWidget()
    for number, inner in enumerate(t for t in shown.findChildren(QTabWidget) if t.isVisible()):
        for index in range(1, inner.count()):
            inner.setCurrentIndex(index)
            await asyncio.sleep(SETTLE_S)
            shot = stem.with_name(f"{stem.name}_{number}.{index}.png")
            window.grab().save(str(shot))
            written.append(shot)
        inner.setCurrentIndex(0)
    return written


async def _shoot_wizard(home: Path, out: Path, review: Path | None, language: str, theme: str) -> list[Path]:
    """The first-run wizard's steps as a new user walks them (its own size: a dialog, not the window).
    Nothing is finished: the wizard writes only at Finish."""
    from hashinsight_desktop.services.secret_store import SecretStore
    from hashinsight_desktop.ui.first_run.choices import Storage
    from hashinsight_desktop.ui.first_run.wizard import FirstRunWizard

    if review is None and theme != README_THEME:
        return []
    wizard = FirstRunWizard(
        secrets=SecretStore.for_this_session("screenshots"),
        local_database=home / "new.sqlite3",
        settings_file=home / "config" / "settings-wizard.json",
    )
    wizard.show()
    written: list[Path] = []

    async def grab(step: str) -> None:
        await asyncio.sleep(0.3)
        image = wizard.grab()
        targets = [out / language / f"first_run_{step}.png"] if theme == README_THEME else []
        targets += [review / f"first_run_{step}_{language}_{theme}.png"] if review is not None else []
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(target))
            written.append(target)

    await grab("start")
    wizard.start_page.buttons[Storage.POSTGRES].setChecked(True)
    wizard.next()
    await grab("postgres")
    wizard.back()
    wizard.start_page.buttons[Storage.LOCAL].setChecked(True)
    wizard.next()
    owner = wizard.owner_page
    owner.username.setText("owner")
    owner.display_name.setText("Farm owner")
    for field in (owner.password, owner.repeat):
        field.setText("correct horse battery staple")
    await grab("owner")
    wizard.next()
    wizard.site_page.add_site.setChecked(True)
    wizard.site_page.name.setText("Texas North")
    wizard.site_page.cidr.setText("10.20.0.0/24")
    await grab("site")
    wizard.next()
    await grab("summary")
    wizard.reject()  # nothing was written: the wizard writes at Finish only
    wizard.deleteLater()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="the README's images (default: docs/screenshots)")
    parser.add_argument("--review", type=Path, help="also every size and theme into this folder")
    args = parser.parse_args(argv)
    written = capture(args.out, args.review)
    large = [p for p in written if p.is_relative_to(args.out) and p.stat().st_size > MAX_DOC_BYTES]
    print(f"screenshots: {len(written)} written under {args.out}" + (f" and {args.review}" if args.review else ""))
    for path in large:
        print(f"screenshots: {path} is {path.stat().st_size // 1000} KB (over {MAX_DOC_BYTES // 1000} KB)")
    return 1 if large else 0


if __name__ == "__main__":
    sys.exit(main())
