"""The CRM's e-mail: which SMTP settings it sends with (the first enabled e-mail channel of Admin →
Notifications), the send log (ticket replies, deal owners' notices, tests; queued, sent or failed with the
reason) and Send test e-mail… (settings managers), which sends one message now and says what happened."""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import crm_mail
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.labels import choices, stage_label
from hashinsight_desktop.ui.crm.paged_query import (
    UNKNOWN_TOTAL,
    PagedColumn,
    TableFilter,
    TablePage,
    TableQuery,
    TableSource,
)
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone

EMAIL_STATES = ("queued", "sent", "failed")


def fetch_log(session: Session, principal: Principal, query: TableQuery) -> TablePage[Any]:
    rows = crm_mail.send_log(session, principal, status=query.filter("status"), limit=query.limit, offset=query.offset)
    return TablePage(rows, UNKNOWN_TOTAL)


def status_tone(row: Any) -> str | None:
    return {"sent": OK_COLOR, "failed": BAD_COLOR, "queued": NOTE_COLOR}.get(row.status)


LOG_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Queued"), lambda r: r.created_at),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "To"), lambda r: ", ".join(r.recipients)),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda r: r.subject),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "About"), lambda r: stage_label(r.related_kind)),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: stage_label(r.status), tone=status_tone),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Attempts"), lambda r: r.attempts, None, True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Sent"), lambda r: r.sent_at),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda r: r.channel_name or ""),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Error"), lambda r: r.error or ""),
]
SEND_LOG = TableSource(
    "email_log",
    LOG_COLUMNS,
    fetch_log,
    filters=[TableFilter("status", QT_TRANSLATE_NOOP("CrmFilters", "Every status"), choices(EMAIL_STATES))],
    searchable=False,
)


class EmailPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        self.channel = QLabel()
        self.channel.setObjectName("emailChannel")
        self.channel.setWordWrap(True)
        super().__init__(context, principal, SEND_LOG, frozenset({"ticket", "deal", "lead"}), parent)
        self.layout().insertWidget(0, self.channel)
        self.test_task: asyncio.Task[None] | None = None
        self._channel_reader = FreshRead(self, self._read_channel, self._show_channel)
        self._channel_reader.request()
        self.test_button = self.button(self.tr("Send test e-mail…"), self.ask_test_address)
        may = principal.can(Permission.SETTINGS_MANAGE)
        self.test_button.setEnabled(may)
        self.test_button.setToolTip(
            self.tr("Send one message now through the CRM's SMTP settings")
            if may
            else self.tr("Your role (%1) may not send a test e-mail").replace("%1", principal.role.value)
        )

    def reload(self) -> None:
        super().reload()
        if hasattr(self, "_channel_reader"):  # RecordPage's first reload comes before it exists
            self._channel_reader.request()

    def _read_channel(self) -> tuple[str | None, str]:
        """The channel's name (None: none set up), or a database error."""
        try:
            with self.context.database.session_factory() as session:
                channel = crm_mail.mail_channel(session)
                return (channel.name if channel is not None else None), ""
        except SQLAlchemyError as exc:
            return None, database_error_text(exc)

    def _show_channel(self, read: tuple[str | None, str]) -> None:
        name, error = read
        if error:
            self.channel.setText(error)
            set_tone(self.channel, BAD_COLOR)
        elif name is None:
            self.channel.setText(
                self.tr("No e-mail channel is set up: mail stays queued, then fails. Add one in Admin → Notifications.")
            )
            set_tone(self.channel, NOTE_COLOR)
        else:
            self.channel.setText(
                self.tr("E-mail goes out through the channel “%1” (Admin → Notifications).").replace("%1", name)
            )
            set_tone(self.channel, None)

    def ask_test_address(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Send test e-mail"))
        dialog.setLabelText(self.tr("Send a test message to:"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.send_test)
        dialog.open()
        return dialog

    def send_test(self, to: str) -> asyncio.Task[None] | None:
        if self.test_task is not None:
            return None
        self.channel.setText(self.tr("Sending a test e-mail to %1…").replace("%1", to))
        set_tone(self.channel, None)

        async def run() -> None:
            try:
                outcome = await crm_mail.send_test_email(
                    self.context.database.session_factory,
                    self.principal,
                    self.context.secrets,
                    to,
                    clock=self.context.clock,
                )
            except ServiceError as exc:
                text, tone = render_error(exc, QCoreApplication.translate), BAD_COLOR
            except SQLAlchemyError as exc:
                text, tone = database_error_text(exc), BAD_COLOR
            else:
                if outcome.status == "sent":
                    text, tone = self.tr("Test e-mail sent to %1.").replace("%1", to), OK_COLOR
                else:
                    text = self.tr("Test e-mail not sent: %1").replace("%1", outcome.error or outcome.status)
                    tone = BAD_COLOR
            finally:
                self.test_task = None
            if shiboken6.isValid(self):
                self.table.reload()
                self.channel.setText(text)
                set_tone(self.channel, tone)

        self.test_task = asyncio.ensure_future(run())
        return self.test_task
