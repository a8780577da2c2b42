"""Each open deal stage's probability of being won (what the board's weighted value multiplies by), edited
together in one transaction; a refused value is shown under its stage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import deals
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog
from hashinsight_desktop.ui.crm.labels import stage_label


class ProbabilitiesDialog(CrmFormDialog):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("Stage probabilities"))
        self.rows: list[Any] = (
            self.read(self.tr("probabilities"), lambda s: deals.list_stage_probabilities(s, principal)) or []
        )
        self.edits: dict[str, QLineEdit] = {}
        for row in self.rows:
            if row.editable:
                self.edits[row.stage] = self.add_text_field(
                    row.stage,
                    stage_label(row.stage),
                    format(row.probability_pct.normalize(), "f"),
                    self.tr("0 to 100"),
                    hint=self.tr("% of the stage's value counted as weighted"),
                )
        if self.edits:
            next(iter(self.edits.values())).setFocus()

    def entity(self) -> str:
        return "stage probability"

    def save(self, session: Session) -> None:
        for row in self.rows:
            edit = self.edits.get(row.stage)
            if edit is None or edit.text().strip() == format(row.probability_pct.normalize(), "f"):
                continue
            try:
                deals.set_stage_probability(
                    session,
                    self.principal,
                    row.stage,
                    edit.text(),
                    expected_version=row.version,
                    clock=self.context.clock,
                )
            except ValidationError as exc:
                raise ValidationError(
                    row.stage, render(exc.message_text, QCoreApplication.translate)
                ) from exc  # under the stage's own field
