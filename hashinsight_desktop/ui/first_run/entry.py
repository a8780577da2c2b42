"""When the console shows the first-run wizard, and showing it before the console's window exists."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtWidgets import QApplication

from hashinsight_desktop.services.database import no_database_in
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import DATABASE_URL_ENV, SettingsError, SettingsStore
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.first_run.finish import FirstRunOutcome, OpenContext
from hashinsight_desktop.ui.first_run.wizard import FirstRunWizard
from hashinsight_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)


def first_run_needed(cli_url: str | None) -> bool:
    """No database named anywhere (option, environment, settings) and none at the default place: a new install.
    Reads only; creates no folder."""
    if cli_url or os.environ.get(DATABASE_URL_ENV):
        return False
    paths = AppPaths.default()
    try:
        settings = SettingsStore(paths.settings_file).load()
    except SettingsError:
        return False  # the normal start says what is wrong with the file
    return not settings.database_url and no_database_in(paths.default_database)


def run_first_run(open_context: OpenContext, secrets: SecretStore | None = None) -> FirstRunOutcome | None:
    """The wizard, modal; None when the user cancelled (nothing was written)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("HashInsight Desktop")
    apply_theme(app, "light")  # no settings yet: the default theme
    for notice in i18n.start(app, ""):  # no settings yet: --lang, HASHINSIGHT_LANG or the computer's language
        log.warning("%s", notice)
    paths = AppPaths.default()
    wizard = FirstRunWizard(
        secrets=secrets or SecretStore(),
        local_database=paths.default_database,
        settings_file=paths.settings_file,
        open_context=open_context,
    )
    wizard.exec()
    outcome = wizard.outcome
    wizard.deleteLater()
    return outcome
