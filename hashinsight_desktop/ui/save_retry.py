"""What every console save does when the database did not take it: the form comes back as the user left it,
and a box says that nothing was saved, why (the database unreachable, in one line) and offers Retry, which
submits the same form (or the same change) again. One mechanism for all of the console's saves."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.ui.database_error import database_error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("SaveRetry", text)


def failure_text(exc: SQLAlchemyError) -> str:
    """One line: nothing was saved, and why."""
    return _t("Nothing was saved: {reason}.").format(reason=database_error_text(exc))


def offer_retry(
    parent: QWidget | None,
    title: str,
    exc: SQLAlchemyError,
    retry: Callable[[], object],
    *,
    form: QDialog | None = None,
) -> QMessageBox:
    """Retry runs ``retry``. ``form``: the dialog the values were typed in, opened again with them (a closed
    QDialog keeps its contents); ``retry`` then usually submits it (``form.accept``), with what it holds then."""
    if form is not None and shiboken6.isValid(form) and not form.isVisible():
        form.open()
    owner = form if form is not None and shiboken6.isValid(form) else parent
    kept = (
        _t("What you typed is kept: press Retry once the database is back (the banner goes away).")
        if form is not None
        else _t("Press Retry once the database is back (the banner goes away).")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, f"{failure_text(exc)}\n{kept}", QMessageBox.StandardButton.Cancel, owner
    )
    box.setObjectName("saveRetryBox")
    retry_button = box.addButton(_t("Retry"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(retry_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is retry_button and (form is None or shiboken6.isValid(form)):
            retry()

    box.finished.connect(finished)
    box.open()
    return box
