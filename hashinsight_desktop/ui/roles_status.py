"""The status bar's roles: what this console leads now, itself or through the agent it started ("Leads: Miner
polling · Texas North, Curtailment execution · Texas North"), read every few seconds by
services/cluster/status.own_roles, off the GUI thread when an event loop runs. Every user sees it: it names only
this console's own roles."""

from __future__ import annotations

import os
import socket

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster.status import GONE, OwnRoles, own_roles
from hashinsight_desktop.services.code_labels import cluster_role
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.age_text import duration
from hashinsight_desktop.ui.background_read import BackgroundRead
from hashinsight_desktop.ui.elided_label import ElidedLabel
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

REFRESH_MS = 5000  # as often as a node beats


def _tr(text: str) -> str:
    return QCoreApplication.translate("RolesStatus", text)


def roles_text(own: OwnRoles | None) -> tuple[str, str, bool]:
    """(text, tooltip, alarming) for this console's roles; ``own`` None: the database could not be read."""
    if own is None:
        return _tr("Roles: unknown"), _tr("The database could not be read"), True
    if own.node is None:
        return (
            _tr("Roles: none"),
            _tr("This console is not in the control room's list yet: it joins when its workers start"),
            False,
        )
    gone = [child for child in own.children if child.state == GONE]
    labels = [render(cluster_role(role.kind, role.subject), QCoreApplication.translate) for role in own.roles]
    text = _tr("Leads: {roles}").format(roles=", ".join(labels)) if labels else _tr("Leads no role")
    lines = []
    for role, role_label in zip(own.roles, labels, strict=True):
        holder = (_tr("this console") if role.holder_node_id == own.node.id else _tr("its agent (pid {pid})")).format(
            pid=role.holder_pid
        )
        lines.append(
            _tr("{role}: epoch {epoch}, held by {holder}, lease renewed until {until}").format(
                role=role_label, epoch=role.epoch, holder=holder, until=f"{role.expires_at.astimezone():%H:%M:%S}"
            )
        )
    if not labels:
        lines.append(_tr("Another console or agent leads every role, or none is needed"))
    for child in gone:
        text += "  " + _tr("· agent pid {pid} silent {age}").format(pid=child.pid, age=duration(child.heartbeat_age_s))
        silent = _tr("The agent this console started (pid {pid}) has sent no heartbeat for {age}")
        lines.append(silent.format(pid=child.pid, age=duration(child.heartbeat_age_s)))
    return text, "\n".join(lines), bool(gone)


class RolesStatusLabel(ElidedLabel):
    """Reads this process's roles at once, then every few seconds (by host and pid: the node row the console
    registered)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum_chars=24)
        self.setObjectName("rolesStatus")
        self.setContentsMargins(12, 0, 12, 0)  # apart from the user's name beside it
        self._context = context
        self._reader = BackgroundRead(self, self.read, self.show_roles)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.setText(_tr("Roles: reading…"))
        self.setToolTip(_tr("Reading what this console leads from the database"))
        QTimer.singleShot(0, self, self.refresh)  # at once, once the event loop runs (the read is off its thread)

    def read(self) -> OwnRoles | None:
        try:
            with self._context.database.session_factory() as session:
                return own_roles(session, socket.gethostname()[:255], os.getpid())
        except SQLAlchemyError:
            return None

    def refresh(self) -> None:
        self._reader.request()

    def show_roles(self, own: OwnRoles | None) -> None:
        text, tooltip, alarming = roles_text(own)
        self.setText(text)
        self.setToolTip(tooltip)
        set_tone(self, BAD_COLOR if alarming else None)
