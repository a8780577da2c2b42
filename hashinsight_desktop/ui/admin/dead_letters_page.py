"""Admin → Dead letters: the outbox events a consumer (notifications now; invoices and analytics later)
gave up on after its attempts, and the notification deliveries the sender gave up on after theirs — which
consumer, which event and topic, how many attempts, the last error and when — with Retry (tried again, with
all its attempts) and Discard (never applied or sent), both confirmed and audited by
services/cluster/dead_letters.py. Administrators and owners only."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster import dead_letters
from hashinsight_desktop.services.cluster.consumers import DISCARDED
from hashinsight_desktop.services.cluster.dead_letters import DEAD, RETRY_ASKED, RETRYING, FailureView
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import RecordTable, database_error_text, run_action
from hashinsight_desktop.ui.admin.control_room_page import ToneModel, local_time
from hashinsight_desktop.ui.common import Column, FilterProxy, confirm
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, NOTE_COLOR, set_tone

STATE_TONES = {DEAD: BAD_COLOR, RETRYING: NOTE_COLOR, RETRY_ASKED: NOTE_COLOR, DISCARDED: MUTED}
FAILED_AT, STATE, RESOLVED = 0, 5, 6  # columns


class DeadLettersPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.model: ToneModel[FailureView] = ToneModel(
            [
                Column(
                    self.tr("Failed at"),
                    lambda f: local_time(f.first_failed_at, context.clock()),
                    lambda f: f.first_failed_at.timestamp(),  # the moment, not its text ("today 09:14")
                ),
                Column(self.tr("Consumer"), lambda f: f.consumer),
                Column(self.tr("Event"), lambda f: "—" if f.event_id is None else f.event_id, align_right=True),
                Column(self.tr("Topic"), lambda f: f.topic),
                Column(self.tr("Attempts"), lambda f: f.attempts, align_right=True),
                Column(self.tr("State"), self.state_text),
                Column(
                    self.tr("Resolved"),
                    self.resolved_text,
                    lambda f: f.resolved_at.timestamp() if f.resolved_at is not None else float("-inf"),
                ),
                Column(self.tr("Last error"), lambda f: f.last_error.splitlines()[0] if f.last_error else ""),
            ],
            self,
        )
        self.model.tone = lambda f, column: STATE_TONES.get(f.state) if column == STATE else None
        self.model.tooltip = lambda f, _column: self.details(f)
        proxy = FilterProxy(self)
        proxy.setSourceModel(self.model)
        self.view = RecordTable(self.tr("No dead letters: every event was applied by its consumer."))
        self.view.setModel(proxy)
        self.view.setObjectName("deadLetters")
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        self.view.set_resize_modes({0: fit, 1: fit, 2: fit, 3: fit, 4: fit, 5: fit, 6: fit, 7: stretch})
        self.view.sortByColumn(FAILED_AT, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

        intro = QLabel(
            self.tr(
                "Events a consumer gave up on after its attempts (the setting consumers.max_attempts), and "
                "notifications a channel never took after theirs. "
                "Retry sends one back to its consumer with all its attempts again; Discard gives it up for good. "
                "Both are written to the audit log."
            )
        )
        intro.setWordWrap(True)
        set_tone(intro, MUTED)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: consumer, event, topic, state, error…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(proxy.setFilterFixedString)
        self.everything = QCheckBox(self.tr("Also failures still retrying, and discarded ones"))
        self.everything.toggled.connect(lambda _on: self.reload())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setToolTip(self.tr("Read the list again (F5)"))
        refresh.clicked.connect(lambda _checked=False: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.everything)
        top.addWidget(refresh)

        self.retry_button = QPushButton(self.tr("Retry…"))
        self.retry_button.setToolTip(self.tr("Send the selected dead letter back to its consumer (Ctrl+R)"))
        self.retry_button.clicked.connect(lambda _checked=False: self.retry())
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setToolTip(self.tr("Give the selected dead letter up for good (Delete)"))
        self.discard_button.clicked.connect(lambda _checked=False: self.discard())
        retry = QShortcut(QKeySequence("Ctrl+R"), self, activated=self.retry)
        retry.setWhatsThis(self.tr("Retry the selected dead letter"))
        discard = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, activated=self.discard)
        discard.setWhatsThis(self.tr("Discard the selected dead letter"))
        self.message = QLabel()
        self.message.setObjectName("deadLettersMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    # -- what a row says ----------------------------------------------------------------------------

    def state_text(self, failure: FailureView) -> str:
        now = self.context.clock()
        if failure.state == RETRYING and failure.next_attempt_at is not None:
            return self.tr("retrying at {time}").format(time=local_time(failure.next_attempt_at, now))
        if failure.state == RETRY_ASKED:
            return self.tr("retry asked by {user}").format(user=failure.resolved_by or "?")
        if failure.state == DISCARDED:
            return self.tr("discarded by {user}").format(user=failure.resolved_by or "?")
        return self.tr("dead")

    def resolved_text(self, failure: FailureView) -> str:
        """When an administrator asked for a retry or discarded it; empty while it waits for one."""
        if failure.resolved_at is None:
            return ""
        return local_time(failure.resolved_at, self.context.clock())

    def details(self, failure: FailureView) -> str:
        now = self.context.clock()
        lines = [
            self.subject(failure),
            self.tr("First failed {time}").format(time=local_time(failure.first_failed_at, now)),
        ]
        if failure.dead_at is not None:
            lines.append(self.tr("Dead since {time}").format(time=local_time(failure.dead_at, now)))
        lines.append(self.tr("Last error: {error}").format(error=failure.last_error))
        payload = json.dumps(failure.payload, ensure_ascii=False, sort_keys=True, default=str)
        lines.append(self.tr("Event: {payload}").format(payload=payload[:600]))
        return "\n".join(lines)

    # -- loading and acting -------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.view.selected_record()
        try:
            with self.context.database.session_factory() as session:
                rows = dead_letters.list_failures(session, self.principal, everything=self.everything.isChecked())
        except ServiceError as exc:
            self.show_message(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        except SQLAlchemyError as exc:
            self.show_message(database_error_text(exc, self.tr("read the dead letters")), BAD_COLOR)
            return
        self.model.set_records(rows)
        if selected is not None:
            self.view.select_where(lambda f: f.id == selected.id)
        dead = sum(1 for f in rows if f.state == DEAD)
        text = self.tr("1 dead letter") if dead == 1 else self.tr("{count} dead letters").format(count=dead)
        self.show_message(text if dead else "", BAD_COLOR)
        self.update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the page comes into view: failures are written by other processes."""
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def show_message(self, text: str, tone: str | None) -> None:
        self.message.setText(text)
        set_tone(self.message, tone if text else None)

    def update_buttons(self) -> None:
        failure = self.view.selected_record()
        dead = failure is not None and failure.state == DEAD
        self.retry_button.setEnabled(dead)
        self.discard_button.setEnabled(dead)

    def _selected_dead(self) -> FailureView | None:
        failure: FailureView | None = self.view.selected_record()
        return failure if failure is not None and failure.state == DEAD else None

    def retry(self) -> None:
        failure = self._selected_dead()
        if failure is None:
            return
        if failure.event_id is None:
            question = self.tr(
                "Send the notification “{subject}” {topic} again? It is queued at once, with all its attempts again."
            ).format(subject=failure.payload.get("subject", ""), topic=failure.topic)
            done = self.tr("{what}: queued again.").format(what=self.subject(failure))
        else:
            question = self.tr(
                "Send event {event} ({topic}) back to the consumer {consumer}? It is tried at the consumer's next "
                "run, with all its attempts again."
            ).format(event=failure.event_id, topic=failure.topic, consumer=failure.consumer)
            done = self.tr("Event {event} goes back to {consumer} at its next run.").format(
                event=failure.event_id, consumer=failure.consumer
            )
        self.box = confirm(
            self,
            self.tr("Retry dead letter"),
            question,
            lambda: self._act(
                lambda s: dead_letters.retry(s, self.principal, failure.id, clock=self.context.clock), done
            ),
        )

    def discard(self) -> None:
        failure = self._selected_dead()
        if failure is None:
            return
        if failure.event_id is None:
            question = self.tr(
                "Discard the notification “{subject}” {topic}? It is never sent; the send log keeps it as discarded."
            ).format(subject=failure.payload.get("subject", ""), topic=failure.topic)
            done = self.tr("{what}: discarded.").format(what=self.subject(failure))
        else:
            question = self.tr(
                "Discard event {event} ({topic})? The consumer {consumer} will never apply it: {effect}"
            ).format(
                event=failure.event_id,
                topic=failure.topic,
                consumer=failure.consumer,
                effect=self.effect(failure),
            )
            done = self.tr("Event {event} discarded.").format(event=failure.event_id)
        self.box = confirm(
            self,
            self.tr("Discard dead letter"),
            question,
            lambda: self._act(
                lambda s: dead_letters.discard(s, self.principal, failure.id, clock=self.context.clock), done
            ),
        )

    def subject(self, failure: FailureView) -> str:
        """What failed: an event of a consumer, or a notification a channel never took."""
        if failure.event_id is None:
            return self.tr("The notification “{subject}” {topic}").format(
                subject=failure.payload.get("subject", ""), topic=failure.topic
            )
        return self.tr("Event {event} ({topic}) of consumer {consumer}").format(
            event=failure.event_id, topic=failure.topic, consumer=failure.consumer
        )

    def effect(self, failure: FailureView) -> str:
        """What giving the event up means, in the consumer's terms."""
        if failure.consumer == "notifications":
            return self.tr("the alert it raised is sent to nobody.")
        return self.tr("what it would have done is not done.")

    def _act(self, action: Callable[[Session], None], done: str) -> None:
        if run_action(self, self.context, "dead letter", action, self.reload):
            self.show_message(done, None)
