"""The console's first start on a database file that does not exist yet (or is empty): it asks before creating
one, so a mistyped path does not quietly become a new, empty database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def confirm_new_database(path: Path) -> bool:
    """Ask whether to create a new database at ``path`` (no file, or an empty one); No (the default) leaves
    everything untouched."""
    _ = QApplication.instance() or QApplication(sys.argv[:1])
    if path.is_file():  # an empty file: SQLite would quietly make it a database
        question = QCoreApplication.translate(
            "FirstStart", "The file\n{0}\nis empty, not a HashInsight database.\n\nMake it a new, empty database?"
        ).format(path)
    else:
        question = QCoreApplication.translate(
            "FirstStart", "There is no database at\n{0}\n\nCreate a new, empty database there?"
        ).format(path)
    folder = next((p for p in reversed(path.parents) if not p.exists()), None)
    paragraphs = [
        QCoreApplication.translate("FirstStart", "The folder {0} does not exist either; it would be created.").format(
            folder
        )
        if folder is not None
        else "",
        QCoreApplication.translate(
            "FirstStart", "If the path is mistyped, choose No and start again with the right database URL."
        ),
    ]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FirstStart", "New database?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setInformativeText("\n\n".join(text for text in paragraphs if text))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    # Wide enough for a long path on one line (the labels are named by Qt).
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 440px; }")
    return box.exec() == QMessageBox.StandardButton.Yes
