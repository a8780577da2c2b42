"""Activities: my open tasks on top (overdue first, marked), every activity below with search, kind and
owner filters; a task is marked done here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import activities
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import RecordTable
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.labels import choices, stage_label
from hashinsight_desktop.ui.crm.leads_page import OWNER_FILTER, owner_filter
from hashinsight_desktop.ui.crm.paged_model import PagedTableModel
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TableFilter, TableQuery, TableSource, page_fetch
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

OPEN_TASKS = "open_tasks"


def activity_filters(query: TableQuery, principal: Principal) -> dict[str, Any]:
    return {
        "kind": query.filter("kind"),
        "open_tasks_only": query.filter("state") == OPEN_TASKS,
        "owner_id": owner_filter(query, principal),
    }


def overdue_text(row: Any) -> str:
    return stage_label("overdue") if row.overdue else ""


ACTIVITY_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Logged"), lambda r: r.created_at, "created_at"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: stage_label(r.kind), "kind"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, "title"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "On"), lambda r: stage_label(r.subject_kind)),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: r.owner_name, "owner"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_at, "due_at"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Done"), lambda r: r.done_at),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Overdue"), overdue_text, tone=lambda r: BAD_COLOR if r.overdue else None),
]
ACTIVITIES = TableSource(
    "activities",
    ACTIVITY_COLUMNS,
    page_fetch(activities.list_activities, "created_at", activity_filters),
    filters=[
        TableFilter("kind", QT_TRANSLATE_NOOP("CrmFilters", "Every kind"), choices(activities.KINDS)),
        TableFilter("state", QT_TRANSLATE_NOOP("CrmFilters", "Every activity"), choices((OPEN_TASKS,))),
        OWNER_FILTER,
    ],
    default_order="created_at",
    default_descending=True,
)
TASK_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_at),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Overdue"), overdue_text, tone=lambda r: BAD_COLOR if r.overdue else None),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Task"), lambda r: r.title),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "On"), lambda r: stage_label(r.subject_kind)),
]
ACTIVITY_TOPICS = frozenset({"activity", "lead", "deal", "customer", "ticket"})


class MyTasks(QWidget):
    """The acting user's open tasks, overdue ones first (services.crm.activities.my_open_tasks)."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.title = QLabel()
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("taskDone")
        self.model = PagedTableModel(TASK_COLUMNS, self)
        self.table = RecordTable(self.tr("No open tasks: nothing is waiting for you."))
        self.table.setObjectName("myTasksTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the service's order: overdue first, then by due time
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.done_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._reader: FreshRead[Any] = FreshRead(self, self._read, self._show)

    def reload(self) -> None:
        self._reader.request()

    def _read(self) -> Any:
        try:
            with self.context.database.session_factory() as session:
                return activities.my_open_tasks(session, self.principal, clock=self.context.clock)
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return database_error_text(exc)

    def _show(self, tasks: Any) -> None:
        if isinstance(tasks, str):
            self.title.setText(self.tr("Could not read your tasks: %1").replace("%1", tasks))
            set_tone(self.title, BAD_COLOR)
            return
        overdue = sum(1 for task in tasks if task.overdue)
        self.model.set_rows(tasks)
        self.table.resizeColumnsToContents()
        self.title.setText(
            self.tr("<b>My open tasks</b>: %1, %2 overdue")
            .replace("%1", grouped(len(tasks)))
            .replace("%2", grouped(overdue))
        )
        set_tone(self.title, BAD_COLOR if overdue else None)


class ActivitiesPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        self.tasks = MyTasks(context, principal)
        super().__init__(context, principal, ACTIVITIES, ACTIVITY_TOPICS, parent)
        self.button(self.tr("Mark done"), self.complete, lambda row: row.kind == "task" and row.done_at is None)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.layout().removeWidget(self.table)
        splitter.addWidget(self.tasks)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)
        self.layout().addWidget(splitter)
        self.tasks.done_button.clicked.connect(lambda: self.complete(self.tasks.table.selected_record()))

    def reload(self) -> None:
        super().reload()
        self.tasks.reload()

    def complete(self, row: Any = None) -> bool:
        row = row if row is not None else self.selected()
        if row is None:
            return False
        return self.act(
            "activity",
            lambda session: activities.complete_task(
                session, self.principal, row.id, expected_version=row.version, clock=self.context.clock
            ),
        )
