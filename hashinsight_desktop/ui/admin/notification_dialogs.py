"""The channel and rule dialogs of the Notifications page. A channel's secret (SMTP password, webhook
URL, bot token) goes to the keyring; when this computer has none, the dialog says so before Save."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import NotificationChannel, NotificationRule, Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.code_labels import ALERT_KINDS as ALERT_KIND_LABELS
from hashinsight_desktop.services.code_labels import ALERT_SEVERITIES
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.notifications import channels, rules
from hashinsight_desktop.services.notifications.formats import EMAIL, SLACK, TEAMS, TELEGRAM, WEBHOOK
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.secret_store import SecretStoreError
from hashinsight_desktop.services.telemetry.alert_rules import ALERT_KINDS
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.admin.admin_widgets import ContextFormDialog
from hashinsight_desktop.ui.keyring_status import KeyringStatusLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("NotificationDialogs", text)


def severity_labels() -> dict[str, str]:
    """Each severity as the rule dialog and the Fleet tab's alerts name it."""
    assert set(ALERT_SEVERITIES) == set(rules.SEVERITIES), "a severity without a label"
    return {code: render(text, QCoreApplication.translate) for code, text in ALERT_SEVERITIES.items()}


def alert_kind_labels() -> dict[str, str]:
    """Each alert kind as the rule dialog (and the Fleet tab's alerts) names it."""
    assert set(ALERT_KIND_LABELS) == set(ALERT_KINDS), "an alert kind without a label"
    return {code: render(text, QCoreApplication.translate) for code, text in ALERT_KIND_LABELS.items()}


def kind_titles() -> dict[str, str]:
    return {
        EMAIL: tr("E-mail (SMTP)"),
        SLACK: tr("Slack incoming webhook"),
        TEAMS: tr("Microsoft Teams webhook"),
        TELEGRAM: tr("Telegram bot"),
        WEBHOOK: tr("Generic JSON webhook"),
    }


class ChannelDialog(ContextFormDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        channel: NotificationChannel | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, tr("Notification channel") if channel else tr("Add notification channel"), parent)
        self.setMinimumWidth(560)
        self.principal, self.channel = principal, channel
        self.saved: NotificationChannel | None = None
        s: dict[str, Any] = dict(channel.settings) if channel else {}
        editing = channel is not None
        keep = tr("kept in the keyring: leave empty to keep it") if editing else ""
        self.name = self.add_text_field(
            "name", tr("Name"), channel.name if channel else "", tr("e.g. Night shift e-mail"), 80
        )
        self.kind = QComboBox()
        for kind, title in kind_titles().items():
            self.kind.addItem(title, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(channel.kind if channel else EMAIL)))
        self.kind.setEnabled(not editing)
        self.add_field("kind", tr("Kind"), self.kind)
        self.host = self.add_text_field(
            "SMTP host", tr("SMTP host"), s.get("host", "") if s.get("port") else "", "smtp.example.com"
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(s.get("port", 587)))
        self.add_field("port", tr("Port"), self.port)
        self.security = QComboBox()
        for mode, title in (
            ("starttls", tr("STARTTLS")),
            ("tls", tr("TLS (SMTPS)")),
            ("none", tr("None (plain text)")),
        ):
            self.security.addItem(title, mode)
        self.security.setCurrentIndex(max(0, self.security.findData(s.get("security", "starttls"))))
        self.security.currentIndexChanged.connect(self._default_port)
        self.add_field("security", tr("Security"), self.security)
        self.username = self.add_text_field("user", tr("User"), s.get("username", ""), tr("empty: no login"), 120)
        self.password = self._secret_field("SMTP password", tr("Password"), keep)
        self.sender_edit = self.add_text_field("from", tr("From"), s.get("sender", ""), "farm-alerts@example.com", 200)
        self.recipients = self.add_text_field(
            "to", tr("To"), ", ".join(s.get("recipients", [])), "ops@example.com, night@example.com", 300
        )
        self.url = self._secret_field(
            "webhook URL", tr("Webhook URL"), keep or tr("the URL is the credential: it goes to the keyring")
        )
        self.token = self._secret_field("bot token", tr("Bot token"), keep or tr("from @BotFather, e.g. 123456:ABC…"))
        self.chat_id = self.add_text_field("chat id", tr("Chat id"), s.get("chat_id", ""), "-1001234567890", 64)
        self.api_base = self.add_text_field(
            "API address", tr("API address"), s.get("api_base", channels.TELEGRAM_API), "", 200
        )
        self.window_s = QSpinBox()
        self.window_s.setRange(0, 86_400)
        self.window_s.setSuffix(tr(" s"))
        self.window_s.setValue(channel.digest_window_s if channel else 60)
        self.add_field(
            "digest window",
            tr("Digest window"),
            self.window_s,
            tr("alerts raised within this time are sent as one message; 0 sends each at once"),
        )
        self.per_hour = QSpinBox()
        self.per_hour.setRange(1, 3600)
        self.per_hour.setValue(channel.max_per_hour if channel else 20)
        self.add_field(
            "messages per hour",
            tr("At most"),
            self.per_hour,
            tr("messages per hour; alerts beyond wait for the next digest"),
        )
        self.enabled = QCheckBox(tr("Send notifications through this channel"))
        self.enabled.setChecked(channel.enabled if channel else True)
        self.add_field("enabled", tr("Enabled"), self.enabled)
        self.keyring = KeyringStatusLabel(context.secrets)  # where the password, URL or token goes, honestly
        self.keyring.setObjectName("keyringNote")
        self.form.addRow(self.keyring)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self._show_kind_fields()

    def _secret_field(self, name: str, label: str, hint: str) -> QLineEdit:
        edit = self.add_text_field(name, label, "", "", 0, hint)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        holder = widget.parentWidget()  # add_field wraps each field with its hint and error
        assert holder is not None
        self.form.setRowVisible(holder, visible)

    def _default_port(self) -> None:
        self.port.setValue({"starttls": 587, "tls": 465, "none": 25}[self.security.currentData()])

    def _show_kind_fields(self) -> None:
        kind = self.kind.currentData()
        mail: tuple[QWidget, ...] = (
            self.host,
            self.port,
            self.security,
            self.username,
            self.password,
            self.sender_edit,
            self.recipients,
        )
        for widget in mail:
            self._show_row(widget, kind == EMAIL)
        self._show_row(self.url, kind in (SLACK, TEAMS, WEBHOOK))
        for widget in (self.token, self.chat_id, self.api_base):
            self._show_row(widget, kind == TELEGRAM)
        self.adjustSize()

    def entity(self) -> str:
        return "notification channel"

    def channel_input(self) -> channels.ChannelInput:
        kind = self.kind.currentData()
        secret_edit = {EMAIL: self.password, TELEGRAM: self.token}.get(kind, self.url)
        settings: dict[str, Any] = {}
        if kind == EMAIL:
            settings = {
                "host": self.host.text(),
                "port": self.port.value(),
                "security": self.security.currentData(),
                "username": self.username.text(),
                "sender": self.sender_edit.text(),
                "recipients": self.recipients.text(),
            }
        elif kind == TELEGRAM:
            settings = {"chat_id": self.chat_id.text(), "api_base": self.api_base.text()}
        return channels.ChannelInput(
            name=self.name.text(),
            kind=kind,
            settings=settings,
            digest_window_s=self.window_s.value(),
            max_per_hour=self.per_hour.value(),
            enabled=self.enabled.isChecked(),
            secret=secret_edit.text() or None,
        )

    def save(self, session: Session) -> None:
        try:
            self.saved = channels.save_channel(
                session,
                self.principal,
                self.context.secrets,
                self.channel_input(),
                channel_id=self.channel.id if self.channel else None,
                expected_version=self.channel.version if self.channel else None,
                clock=self.context.clock,
            )
        except SecretStoreError as exc:
            raise ValidationError("keyring", render_error(exc, QCoreApplication.translate)) from exc


class RuleDialog(ContextFormDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        rule: NotificationRule | None,
        channel_list: list[NotificationChannel],
        sites: list[Site],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, tr("Notification rule") if rule else tr("Add notification rule"), parent)
        self.setMinimumWidth(520)
        self.principal, self.rule = principal, rule
        self.name = self.add_text_field(
            "name", tr("Name"), rule.name if rule else "", tr("e.g. Critical to the night shift"), 80
        )
        self.channel = QComboBox()
        for channel in channel_list:
            self.channel.addItem(channel.name, str(channel.id))  # text: findData cannot match a UUID object
        if rule is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(str(rule.channel_id))))
        self.add_field("channel", tr("Send to"), self.channel)
        every_severity = set(rules.SEVERITIES)
        self.severities = self._ticks(
            "severities",
            tr("Severities"),
            [(s, severity_labels()[s]) for s in rules.SEVERITIES],
            set(rule.severities) if rule and rule.severities else every_severity,
        )
        kinds = [(k, alert_kind_labels()[k]) for k in sorted(ALERT_KINDS)]
        self.kinds = self._ticks(
            "kinds", tr("Alert kinds"), kinds, set(rule.kinds) if rule and rule.kinds else set(ALERT_KINDS)
        )
        chosen = set(rule.site_ids) if rule else set()
        site_options = [(str(site.id), site.name) for site in sites]
        self.sites = self._ticks(
            "sites", tr("Sites"), site_options, chosen, tr("none ticked: every site, including sites added later")
        )
        self.enabled = QCheckBox(tr("Send the alerts this rule matches"))
        self.enabled.setChecked(rule.enabled if rule else True)
        self.add_field("enabled", tr("Enabled"), self.enabled)

    def _ticks(
        self, name: str, label: str, options: list[tuple[str, str]], checked: set[str], hint: str = ""
    ) -> list[QCheckBox]:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes = []
        for n, (value, title) in enumerate(options):
            box = QCheckBox(title)
            box.setProperty("value", value)
            box.setChecked(value in checked)
            grid.addWidget(box, n // 3, n % 3)
            boxes.append(box)
        grid.setColumnStretch(3, 1)
        self.add_field(name, label, holder, hint)
        return boxes

    @staticmethod
    def _chosen(boxes: list[QCheckBox]) -> list[str]:
        ticked = [str(b.property("value")) for b in boxes if b.isChecked()]
        return [] if len(ticked) == len(boxes) else ticked  # all ticked: every one, including kinds added later

    def check_input(self) -> None:
        for name, boxes in (("severities", self.severities), ("kinds", self.kinds)):
            if not any(b.isChecked() for b in boxes):
                raise ValidationError(name, tr("tick at least one"))

    def entity(self) -> str:
        return "notification rule"

    def save(self, session: Session) -> None:
        sites = [uuid.UUID(str(box.property("value"))) for box in self.sites if box.isChecked()]
        rules.save_rule(
            session,
            self.principal,
            rules.RuleInput(
                self.name.text(),
                uuid.UUID(self.channel.currentData()) if self.channel.currentData() else None,
                self._chosen(self.severities),
                self._chosen(self.kinds),
                sites,
                self.enabled.isChecked(),
            ),
            rule_id=self.rule.id if self.rule else None,
            expected_version=self.rule.version if self.rule else None,
            clock=self.context.clock,
        )
