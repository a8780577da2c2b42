"""Notification rules: which raised alerts (by severity, kind, site) go to which channel."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import NotificationChannel, NotificationRule, Site
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.notifications.channels import Problems, raise_all
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.telemetry.alert_rules import ALERT_KINDS, CRITICAL, WARNING
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush

SEVERITIES = (CRITICAL, WARNING)


@dataclass(frozen=True)
class RuleInput:
    name: str
    channel_id: uuid.UUID | None
    severities: list[str] = field(default_factory=list)  # empty: every severity
    kinds: list[str] = field(default_factory=list)  # empty: every kind
    site_ids: list[uuid.UUID] = field(default_factory=list)  # empty: every site
    enabled: bool = True


@dataclass(frozen=True)
class RuleMatcher:
    """A rule's filter, read once from its row (thousands of alerts are matched per cycle)."""

    channel_id: uuid.UUID
    severities: frozenset[str]
    kinds: frozenset[str]
    site_ids: frozenset[str]

    @classmethod
    def of(cls, rule: NotificationRule) -> RuleMatcher:
        return cls(rule.channel_id, frozenset(rule.severities), frozenset(rule.kinds), frozenset(rule.site_ids))

    def matches(self, alert: dict[str, Any]) -> bool:
        """Whether a raised alert (its outbox payload) is one this rule sends (empty filters: any)."""
        return (
            (not self.severities or alert.get("severity") in self.severities)
            and (not self.kinds or alert.get("kind") in self.kinds)
            and (not self.site_ids or str(alert.get("site_id")) in self.site_ids)
        )


def describe(rule: NotificationRule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "channel_id": str(rule.channel_id),
        "severities": rule.severities,
        "kinds": rule.kinds,
        "site_ids": rule.site_ids,
        "enabled": rule.enabled,
    }


def list_rules(session: Session, principal: Principal) -> list[NotificationRule]:
    require(principal, Permission.SETTINGS_MANAGE, "see the notification rules")
    return list(session.scalars(select(NotificationRule).order_by(NotificationRule.name)))


def save_rule(
    session: Session,
    principal: Principal,
    data: RuleInput,
    *,
    rule_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> NotificationRule:
    require(principal, Permission.SETTINGS_MANAGE, "change the notification rules")
    rule = None if rule_id is None else session.get(NotificationRule, rule_id)
    if rule_id is not None and rule is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That notification rule no longer exists."))
    problems: Problems = []
    name = " ".join(data.name.split())
    if not name or len(name) > 80:
        problems.append(("name", QT_TRANSLATE_NOOP("Errors", "give a name of 1 to 80 characters")))
    channel = None if data.channel_id is None else session.get(NotificationChannel, data.channel_id)
    if channel is None:
        problems.append(("channel", QT_TRANSLATE_NOOP("Errors", "choose an existing channel")))
    if bad := sorted(set(data.severities) - set(SEVERITIES)):
        problems.append(("severities", Text(QT_TRANSLATE_NOOP("Errors", "unknown: {values}"), values=", ".join(bad))))
    if bad := sorted(set(data.kinds) - ALERT_KINDS):
        problems.append(("kinds", Text(QT_TRANSLATE_NOOP("Errors", "unknown: {values}"), values=", ".join(bad))))
    known_sites = set(session.scalars(select(Site.id).where(Site.id.in_(data.site_ids)))) if data.site_ids else set()
    if missing := [str(s) for s in data.site_ids if s not in known_sites]:
        no_site = Text(QT_TRANSLATE_NOOP("Errors", "no such site: {values}"), values=", ".join(missing))
        problems.append(("sites", no_site))
    if problems:
        raise_all(problems)
    before = None
    if rule is None:
        rule = NotificationRule(id=uuid.uuid4())
        session.add(rule)
    else:
        check_version("notification rule", rule.version, expected_version)
        before = describe(rule)
    assert channel is not None  # checked above
    rule.name, rule.channel_id, rule.enabled = name, channel.id, data.enabled
    rule.severities = sorted(set(data.severities))
    rule.kinds = sorted(set(data.kinds))
    rule.site_ids = sorted({str(s) for s in data.site_ids})
    flush(session, "notification rule")
    audit.append(
        session,
        principal,
        "notification.rule.save",
        "notification_rule",
        rule.id,
        before=before,
        after=describe(rule),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "added notification rule {name} → {channel}")
            if before is None
            else QT_TRANSLATE_NOOP("Audit", "changed notification rule {name} → {channel}"),
            name=name,
            channel=channel.name,
        ),
        clock=clock,
    )
    return rule


def delete_rule(session: Session, principal: Principal, rule_id: uuid.UUID, *, clock: Clock = system_clock) -> None:
    require(principal, Permission.SETTINGS_MANAGE, "remove notification rules")
    rule = session.get(NotificationRule, rule_id)
    if rule is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That notification rule no longer exists."))
    before = describe(rule)
    session.delete(rule)
    session.flush()
    audit.append(
        session,
        principal,
        "notification.rule.delete",
        "notification_rule",
        rule_id,
        before=before,
        summary=Text(QT_TRANSLATE_NOOP("Audit", "removed notification rule {name}"), name=before["name"]),
        clock=clock,
    )
