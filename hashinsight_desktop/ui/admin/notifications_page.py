"""Admin → Notifications: the channels alerts are sent through (with Send test), the rules that pick the
alerts, and the send log (what went to whom, when, the result and the attempts)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import NotificationChannel, NotificationDelivery, NotificationRule
from hashinsight_desktop.services import sites as sites_service
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.notifications import channels, delivery, rules
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import RecordSection, RecordTable, database_error_text, run_action
from hashinsight_desktop.ui.admin.notification_dialogs import ChannelDialog, RuleDialog, kind_titles, tr
from hashinsight_desktop.ui.common import Column, FilterProxy, RecordTableModel, confirm, record_table
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, OK_COLOR, set_tone


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _any(values: list[str], names: dict[str, str] | None = None) -> str:
    return ", ".join((names or {}).get(v, v.replace("_", " ")) for v in values) if values else tr("any")


def _status(d: NotificationDelivery) -> str:
    if d.status == delivery.PENDING and d.attempts:
        return tr("retrying at {0}").format(_when(d.next_attempt_at)[11:])
    return {
        delivery.SENT: tr("sent"),
        delivery.FAILED: tr("failed (a dead letter)"),
        delivery.DISCARDED: tr("discarded"),
        delivery.PENDING: tr("queued"),
    }[d.status]


class SendLogModel(RecordTableModel[NotificationDelivery]):
    """The send log; a row's tooltip gives what a narrow column cuts: the whole subject, recipient and error."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            d = self.record(index.row())
            lines = [d.subject, tr("To: {0}").format(d.recipient)]
            if d.last_error:
                lines.append(tr("Last error: {0}").format(d.last_error))
            return "\n".join(lines)
        return super().data(index, role)


class NotificationsPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.site_names: dict[str, str] = {}
        self.test_task: asyncio.Task[None] | None = None  # strong reference while a test is sent
        can = principal.can(Permission.SETTINGS_MANAGE)
        denied = tr("Your role ({0}) may not change notifications.").format(principal.role.value)
        titles = kind_titles()
        self.channels = RecordSection(
            tr("Channels"),
            RecordTableModel(
                [
                    Column[Any](tr("Name"), lambda c: c.name),
                    Column(tr("Kind"), lambda c: titles.get(c.kind, c.kind)),
                    Column(tr("Sends to"), channels.recipient),
                    Column(tr("Digest"), lambda c: f"{c.digest_window_s} s", lambda c: c.digest_window_s, True),
                    Column(tr("Max / hour"), lambda c: c.max_per_hour, align_right=True),
                    Column(tr("Enabled"), lambda c: tr("yes") if c.enabled else tr("no")),
                ],
                self,
            ),
            tr("No channels yet: add an e-mail or webhook channel."),
            can,
            denied,
        )
        self.channels.view.setObjectName("notificationChannels")
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        self.channels.view.set_resize_modes({0: fit, 1: fit, 2: stretch, 3: fit, 4: fit, 5: fit})
        self.channels.connect_actions(self.add_channel, self.edit_channel, self.delete_channel)
        self.test_button = QPushButton(tr("Send test"))
        self.test_button.setToolTip(tr("Send a test message through the selected channel now"))
        self.test_button.clicked.connect(lambda _checked=False: self.start_test())
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = cast(QHBoxLayout, cast(QVBoxLayout, self.channels.layout()).itemAt(1).layout())
        buttons.insertWidget(3, self.test_button)
        buttons.addWidget(self.test_result, 1)
        self.channels.view.selectionModel().selectionChanged.connect(lambda *_: self._update_test_button())

        self.rules = RecordSection(
            tr("Rules"),
            RecordTableModel(
                [
                    Column[Any](tr("Name"), lambda r: r.name),
                    Column(tr("Send to"), lambda r: self.channel_names.get(r.channel_id, "?")),
                    Column(tr("Severities"), lambda r: _any(r.severities)),
                    Column(tr("Kinds"), lambda r: _any(r.kinds)),
                    Column(tr("Sites"), lambda r: _any(r.site_ids, self.site_names)),
                    Column(tr("Enabled"), lambda r: tr("yes") if r.enabled else tr("no")),
                ],
                self,
            ),
            tr("No rules yet: alerts reach nobody outside this console until a rule sends them to a channel."),
            can,
            denied,
        )
        self.rules.view.setObjectName("notificationRules")
        self.rules.view.set_resize_modes({0: fit, 1: fit, 2: fit, 3: stretch, 4: fit, 5: fit})
        self.rules.connect_actions(self.add_rule, self.edit_rule, self.delete_rule)
        self.channel_names: dict[object, str] = {}

        self.log_model: RecordTableModel[NotificationDelivery] = SendLogModel(
            [
                Column(tr("Queued"), lambda d: _when(d.created_at), lambda d: d.created_at),
                Column(tr("Channel"), lambda d: d.channel_name),
                Column(tr("To"), lambda d: d.recipient),
                Column(tr("What"), lambda d: (tr("[test] ") if d.is_test else "") + d.subject),
                Column(tr("Alerts"), lambda d: len(d.alerts), align_right=True),
                Column(tr("Result"), _status),
                Column(tr("Attempts"), lambda d: d.attempts, align_right=True),
                Column(
                    tr("Last attempt"),
                    lambda d: _when(d.last_attempt_at),
                    lambda d: d.last_attempt_at,
                ),
                Column(tr("Last error"), lambda d: d.last_error or ""),
            ],
            self,
        )
        proxy = FilterProxy(self)
        proxy.setSourceModel(self.log_model)
        self.log_view = RecordTable(tr("Nothing sent yet."))
        record_table(proxy, self.log_view)
        self.log_view.setObjectName("notificationLog")
        self.log_view.set_resize_modes({0: fit, 1: fit, 2: fit, 3: stretch, 4: fit, 5: fit, 6: fit, 7: fit, 8: stretch})
        self.log_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        refresh = QPushButton(tr("Refresh"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(lambda _checked=False: self.reload())
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel(tr("<b>Send log</b> (newest 500)")))
        self.log_filter = QLineEdit()
        self.log_filter.setPlaceholderText(tr("Filter: channel, recipient, subject, result, error…"))
        self.log_filter.setClearButtonEnabled(True)
        self.log_filter.textChanged.connect(proxy.setFilterFixedString)
        header.addWidget(self.log_filter, 1)
        header.addWidget(refresh)
        log_layout.addLayout(header)
        log_layout.addWidget(self.log_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        for part in (self.channels, self.rules, log_box):
            splitter.addWidget(part)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    # -- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            with self.context.database.session_factory() as session:
                channel_list = channels.list_channels(session, self.principal)
                rule_list = rules.list_rules(session, self.principal)
                log = delivery.send_log(session, self.principal)
                self.site_names = {str(s.id): s.name for s in sites_service.list_sites(session, self.principal)}
                session.expunge_all()
        except ServiceError as exc:
            self._show_test_result(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        except SQLAlchemyError as exc:
            self._show_test_result(database_error_text(exc, self.tr("load the notifications")), BAD_COLOR)
            return
        self.channel_names = {c.id: c.name for c in channel_list}
        self.channels.show_records(list(channel_list), self.channels.view.empty_text())
        self.rules.show_records(list(rule_list), self.rules.view.empty_text())
        self.log_model.set_records(log)
        self.rules.add_button.setEnabled(self.rules.can_manage and bool(channel_list))
        self._update_test_button()

    def _update_test_button(self) -> None:
        selected = self.channels.view.selected_record() is not None
        self.test_button.setEnabled(self.channels.can_manage and selected and self.test_task is None)

    # -- channels -----------------------------------------------------------------------------------

    def _open(self, dialog: ChannelDialog | RuleDialog) -> None:
        dialog.accepted.connect(self.reload)
        dialog.on_stale = self._stale
        dialog.open()
        self.dialog = dialog  # for tests and screenshots

    def _stale(self, message: str) -> None:
        self._show_test_result(message, BAD_COLOR)
        self.reload()

    def add_channel(self) -> None:
        self._open(ChannelDialog(self.context, self.principal, None, self))

    def edit_channel(self) -> None:
        channel = self.channels.view.selected_record()
        if channel is not None:
            self._open(ChannelDialog(self.context, self.principal, channel, self))

    def delete_channel(self) -> None:
        channel: NotificationChannel | None = self.channels.view.selected_record()
        if channel is None:
            return
        question = tr("Remove the channel {0}? Its rules and waiting alerts go with it; its send log stays.").format(
            channel.name
        )
        confirm(
            self,
            tr("Remove channel"),
            question,
            lambda: self._act(
                "notification channel",
                lambda s: channels.delete_channel(
                    s, self.principal, self.context.secrets, channel.id, clock=self.context.clock
                ),
            ),
        )

    def _act(self, entity: str, action: Callable[[Session], object]) -> None:
        def act(session: Session) -> None:
            action(session)

        run_action(self, self.context, entity, act, self.reload)

    # -- rules --------------------------------------------------------------------------------------

    def _rule_dialog(self, rule: NotificationRule | None) -> None:
        with self.context.database.session_factory() as session:
            site_list = sites_service.list_sites(session, self.principal)
            session.expunge_all()
        self._open(
            RuleDialog(
                self.context,
                self.principal,
                rule,
                cast(list[NotificationChannel], self.channels.model.records()),
                site_list,
                self,
            )
        )

    def add_rule(self) -> None:
        self._rule_dialog(None)

    def edit_rule(self) -> None:
        rule = self.rules.view.selected_record()
        if rule is not None:
            self._rule_dialog(rule)

    def delete_rule(self) -> None:
        rule: NotificationRule | None = self.rules.view.selected_record()
        if rule is None:
            return
        confirm(
            self,
            tr("Remove rule"),
            tr("Remove the rule {0}? Alerts it matched are no longer sent by it.").format(rule.name),
            lambda: self._act(
                "notification rule",
                lambda s: rules.delete_rule(s, self.principal, rule.id, clock=self.context.clock),
            ),
        )

    # -- send test ----------------------------------------------------------------------------------

    def _show_test_result(self, text: str, tone: str) -> None:
        self.test_result.setText(text)
        set_tone(self.test_result, tone)

    def start_test(self) -> None:
        channel = self.channels.view.selected_record()
        if channel is None or self.test_task is not None:
            return
        self._show_test_result(tr("Sending a test through {0}…").format(channel.name), MUTED)
        self.test_button.setEnabled(False)
        self.send_test(channel.id, channel.name)

    @qasync.asyncSlot(object, str)
    async def send_test(self, channel_id: object, name: str) -> None:
        self.test_task = asyncio.current_task()  # asyncio holds tasks weakly
        try:
            outcome = await delivery.send_test(
                self.context.database.session_factory,
                self.principal,
                self.context.secrets,
                channel_id,  # type: ignore[arg-type]
                clock=self.context.clock,
            )
        except ServiceError as exc:
            text, tone = render_error(exc, QCoreApplication.translate), BAD_COLOR
        except SQLAlchemyError as exc:
            text, tone = database_error_text(exc, self.tr("record the test")), BAD_COLOR
        else:
            if outcome.status == delivery.SENT:
                text, tone = tr("✔ Test sent through {0}: the server accepted it.").format(name), OK_COLOR
            else:
                text, tone = tr("✘ Test through {0} failed: {1}").format(name, outcome.error), BAD_COLOR
        finally:
            self.test_task = None
        if not shiboken6.isValid(self):
            return
        self._show_test_result(text, tone)
        self.reload()
