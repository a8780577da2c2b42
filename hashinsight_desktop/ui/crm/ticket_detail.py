"""One ticket's window: subject, customer, status and priority; its SLA clocks (ticking while they count); the
conversation; a reply box; staff move it along the legal states and open its customer. A customer sees their
own ticket the same way and may reply (the service says what a reply does: resume a waiting ticket, reopen a
resolved one). Re-read every minute and whenever another console changes a ticket."""

from __future__ import annotations

import uuid
from html import escape
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import tickets
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import run_action
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.crm.sla_timer_view import SlaTimerView
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone

REREAD_MS = 60_000


class TicketDetail(QDialog):
    _open: ClassVar[dict[uuid.UUID, TicketDetail]] = {}

    @classmethod
    def open_for(
        cls, context: AppContext, principal: Principal, ticket_id: uuid.UUID, parent: QWidget | None
    ) -> TicketDetail:
        window = cls._open.get(ticket_id)
        if window is None or not shiboken6.isValid(window):
            window = cls(context, principal, ticket_id, parent)
            cls._open[ticket_id] = window
            window.destroyed.connect(lambda _obj=None, key=ticket_id: cls._open.pop(key, None))
        window.show()
        window.raise_()
        return window

    def __init__(
        self, context: AppContext, principal: Principal, ticket_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Ticket"))
        self.resize(860, 680)
        self.context, self.principal, self.ticket_id = context, principal, ticket_id
        self.view: tickets.TicketDetail | None = None
        self.staff = principal.can(Permission.CUSTOMERS_MANAGE)
        self.heading = QLabel()
        self.heading.setObjectName("ticketHeading")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ticketMessage")
        self.message.setWordWrap(True)
        self.links = QLabel()
        self.links.setObjectName("ticketLinks")
        self.links.setWordWrap(True)
        self.links.hide()
        self.timers = SlaTimerView()
        self.conversation = QTextBrowser()
        self.conversation.setObjectName("ticketConversation")
        self.reply_box = QPlainTextEdit()
        self.reply_box.setObjectName("replyBox")
        self.reply_box.setPlaceholderText(self.tr("Write a reply (Ctrl+Enter sends it)"))
        self.reply_box.setFixedHeight(90)
        self.reply_button = QPushButton(self.tr("Send reply"))
        self.reply_button.clicked.connect(lambda _checked=False: self.send_reply())
        self.moves = QHBoxLayout()
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.customer_button.setVisible(self.staff)
        self.customer_button.clicked.connect(lambda _checked=False: self.open_customer())
        bottom = QHBoxLayout()
        bottom.addLayout(self.moves)
        bottom.addStretch(1)
        bottom.addWidget(self.customer_button)
        bottom.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.links)
        layout.addWidget(self.timers)
        layout.addWidget(self.conversation, 1)
        layout.addWidget(self.reply_box)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self.reply_box, self.send_reply)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self._reader: FreshRead[Any] = FreshRead(self, self._read, self._show)
        self._timer = QTimer(self, interval=REREAD_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        follow_changes(self, frozenset({"ticket"}), self.reload)
        self.reload()

    def reload(self) -> None:
        self._reader.request()

    def _read(self) -> Any:
        try:
            with self.context.database.session_factory() as session:
                return tickets.ticket_detail(session, self.principal, self.ticket_id, clock=self.context.clock)
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return database_error_text(exc)

    def _show(self, view: Any) -> None:
        if isinstance(view, str):
            self.say(self.tr("Could not read the ticket: %1").replace("%1", view), BAD_COLOR)
            return
        self.view = view
        ticket = view.ticket
        self.setWindowTitle(self.tr("T-%1 %2").replace("%1", str(ticket.number)).replace("%2", ticket.subject))
        self.heading.setText(
            self.tr("<h3>T-%1 · %2</h3>%3 · %4 · priority %5 · opened %6 by %7")
            .replace("%1", str(ticket.number))
            .replace("%2", escape(ticket.subject))
            .replace("%3", escape(view.customer_name))
            .replace("%4", stage_label(ticket.status))
            .replace("%5", stage_label(ticket.priority))
            .replace("%6", ticket.opened_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace("%7", escape(ticket.opened_by))
        )
        links = []
        if view.miners:
            links.append(self.tr("Miners: %1").replace("%1", ", ".join(name for _id, name in view.miners)))
        if view.incidents:
            links.append(self.tr("Incidents: %1").replace("%1", ", ".join(title for _id, title in view.incidents)))
        self.links.setText(" · ".join(links))
        self.links.setVisible(bool(links))
        self.timers.show_timers(view.timers)
        self._show_conversation(view)
        self._show_moves(view.legal_moves)
        closed = ticket.status == "closed"
        self.reply_box.setEnabled(not closed)
        self.reply_button.setEnabled(not closed)
        if closed:
            self.reply_box.setPlaceholderText(self.tr("This ticket is closed: open a new one to write again."))

    def _show_conversation(self, view: tickets.TicketDetail) -> None:
        """The description, then replies and status changes in time order; for staff, what was e-mailed."""
        ticket = view.ticket
        entries: list[tuple[Any, str]] = []
        if ticket.description:
            entries.append(
                (ticket.opened_at, f"<p><b>{escape(ticket.opened_by)}</b>:<br>{_paragraphs(ticket.description)}</p>")
            )
        for message in view.messages:
            who = (self.tr("%1 (customer)") if message.from_customer else self.tr("%1 (staff)")).replace(
                "%1", message.author
            )
            heading = f"<b>{escape(who)}</b> · {_when(message.created_at)}"
            entries.append((message.created_at, f"<p>{heading}<br>{_paragraphs(message.body)}</p>"))
        for change in view.history[1:]:  # the first is the opening
            text = self.tr("%1 moved it to %2").replace("%1", change.by).replace("%2", stage_label(change.to_status))
            entries.append((change.at, f"<p><i>{_when(change.at)} · {escape(text)}</i></p>"))
        for mail in view.emails:
            text = self.tr("e-mail to %1: %2").replace("%1", ", ".join(mail.recipients)).replace("%2", mail.status)
            entries.append((mail.created_at, f"<p><i>{_when(mail.created_at)} · {escape(text)}</i></p>"))
        entries.sort(key=lambda entry: entry[0])
        html = "".join(text for _at, text in entries)
        self.conversation.setHtml(html or f"<p><i>{escape(self.tr('No replies yet.'))}</i></p>")
        self.conversation.verticalScrollBar().setValue(self.conversation.verticalScrollBar().maximum())

    def _show_moves(self, moves: tuple[str, ...]) -> None:
        while self.moves.count():
            item = self.moves.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for status in moves:  # none for a customer: the service gives staff theirs
            button = QPushButton(self.tr("→ %1").replace("%1", stage_label(status)))
            button.setObjectName(f"move_{status}")
            button.clicked.connect(lambda _checked=False, s=status: self.move(s))
            self.moves.addWidget(button)

    def say(self, text: str, tone: str | None = None) -> None:
        self.message.setText(text)
        set_tone(self.message, tone)

    def send_reply(self) -> bool:
        if self.view is None or not self.reply_box.isEnabled():
            return False
        text, version = self.reply_box.toPlainText(), self.view.ticket.version
        outcome: list[tickets.Reply] = []
        ok = run_action(
            self,
            self.context,
            "ticket",
            lambda s: outcome.append(
                tickets.reply(
                    s, self.principal, self.ticket_id, text, expected_version=version, clock=self.context.clock
                )
            ),
            self.reload,
        )
        if ok:
            self.reply_box.clear()
            done = outcome[0]
            if done.emailed_to:
                self.say(self.tr("Reply sent; e-mailed to %1.").replace("%1", ", ".join(done.emailed_to)), OK_COLOR)
            elif done.not_emailed:
                self.say(self.tr("Reply sent; not e-mailed: %1.").replace("%1", done.not_emailed), NOTE_COLOR)
            else:
                self.say(self.tr("Reply sent."), OK_COLOR)
        return ok

    def move(self, status: str) -> bool:
        if self.view is None:
            return False
        version = self.view.ticket.version
        return run_action(
            self,
            self.context,
            "ticket",
            lambda s: (
                tickets.move_ticket(
                    s, self.principal, self.ticket_id, status, expected_version=version, clock=self.context.clock
                ),
                None,
            )[1],
            self.reload,
        )

    def open_customer(self) -> QWidget | None:
        if self.view is None:
            return None
        from hashinsight_desktop.ui.crm.customer_detail import CustomerDetail

        return CustomerDetail.open_for(self.context, self.principal, self.view.ticket.customer_id, self)


def _when(moment: Any) -> str:
    return str(moment.astimezone().strftime("%Y-%m-%d %H:%M"))


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n", "<br>")
