"""Every code a service stores and a screen or an audit summary names has its label: a new status, kind, role or
severity without one fails here (it would reach the screen as the code, ``over_temperature``)."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services import code_labels
from hashinsight_desktop.services.billing.invoices import STATUSES as INVOICE_STATUSES
from hashinsight_desktop.services.cgminer.sample import STATUSES as POLLED_STATUSES
from hashinsight_desktop.services.code_labels import in_sentence, label
from hashinsight_desktop.services.crm.activities import KINDS as ACTIVITY_KINDS
from hashinsight_desktop.services.crm.activities import SUBJECTS
from hashinsight_desktop.services.crm.incidents import INCIDENT_KINDS
from hashinsight_desktop.services.crm.stages import DEAL_STAGES, LEAD_STAGES
from hashinsight_desktop.services.crm.ticket_list import TICKET_STATES
from hashinsight_desktop.services.devices.action import Action as DeviceAction
from hashinsight_desktop.services.notifications.rules import SEVERITIES
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.telemetry.alert_rules import ALERT_KINDS
from hashinsight_desktop.services.texts import Template, render


@pytest.mark.parametrize(
    ("labels", "codes"),
    [
        (code_labels.MINER_STATUSES, {*POLLED_STATUSES, "degraded", "unknown"}),
        (code_labels.ALERT_KINDS, ALERT_KINDS),
        (code_labels.ALERT_SEVERITIES, SEVERITIES),
        (code_labels.ROLES, {role.value for role in Role}),
        (code_labels.DEVICE_ACTIONS, {action.value for action in DeviceAction}),
        (code_labels.COMMAND_OUTCOMES, {"pending", "ok", "failed", "refused"}),  # operation_log.outcome
        (code_labels.INCIDENT_KINDS, INCIDENT_KINDS),
        (code_labels.CRM, {*TICKET_STATES, *LEAD_STAGES, *DEAL_STAGES, *ACTIVITY_KINDS, *SUBJECTS, *INVOICE_STATUSES}),
    ],
)
def test_every_code_has_a_label_marked_for_translation(labels: dict[str, Template], codes: set[str]) -> None:
    assert set(codes) <= set(labels), f"no label for {sorted(set(codes) - set(labels))}"
    assert all(isinstance(labels[code], Template) and "_" not in labels[code] for code in codes)


def test_a_code_in_a_sentence_is_its_label_in_the_readers_language() -> None:
    said = in_sentence(code_labels.CRM, "in_progress")
    assert str(said) == "in progress"
    assert render(
        said, lambda context, source: {("CrmLabels", "In progress"): "处理中"}.get((context, source), "")
    ) == ("处理中")
    assert in_sentence(code_labels.CRM, "escalated_twice") == "escalated twice"  # unknown: words, not an identifier
    assert label(code_labels.ALERT_KINDS, "over_temperature") == "over temperature"
