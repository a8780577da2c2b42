"""A database that cannot be reached is one short line on screen (the driver's reason), never SQLAlchemy's
multi-line text with its "(Background on this error at …)" link or the "(psycopg.OperationalError)" prefix."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.admin import control_room_page
from hashinsight_desktop.ui.admin.control_room_page import ControlRoomPage
from hashinsight_desktop.ui.database_error import database_error_text


def _unreachable(tmp_path: Path) -> OperationalError:
    """A real driver error: a database file in a folder that does not exist."""
    engine = create_engine(f"sqlite:///{tmp_path / 'gone' / 'farm.sqlite3'}")
    with pytest.raises(OperationalError) as raised:
        engine.connect()
    engine.dispose()
    return raised.value


def test_an_unreachable_database_is_one_short_line(tmp_path: Path) -> None:
    exc = _unreachable(tmp_path)
    assert "sqlalche.me" in str(exc)  # what was shown before
    shown = database_error_text(exc)
    assert shown == "the database cannot be reached (unable to open database file)"


def test_a_refused_statement_says_so_without_the_sql(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'farm.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE site (name TEXT UNIQUE)"))
        connection.execute(text("INSERT INTO site VALUES ('Texas North')"))
    with pytest.raises(IntegrityError) as raised, engine.begin() as connection:
        connection.execute(text("INSERT INTO site VALUES ('Texas North')"))
    engine.dispose()
    shown = database_error_text(raised.value)
    assert shown == "the database refused it (UNIQUE constraint failed: site.name)"
    assert "INSERT" not in shown


def test_the_control_room_says_why_in_one_line(
    qtbot: QtBot, context: AppContext, owner: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    exc = _unreachable(tmp_path)

    def outage(*_args: object) -> None:
        raise exc

    monkeypatch.setattr(control_room_page.cluster, "cluster_status", outage)
    shown = page.read()
    assert shown == "Cannot read the control room: the database cannot be reached (unable to open database file)"
