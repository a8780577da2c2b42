"""An audit summary is kept in English and as its template and parameters: shown in the reader's language, covered
by the record's hash. Both engines: the JSON column is read back by each engine's own driver, and the hash must
hold over what it returns. (Chains written before summaries had templates verify after the upgrade:
tests/services/test_schema_upgrades.py verifies every older golden database.)"""

from __future__ import annotations

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from tests.services.test_audit import _tamper, _verify

CHINESE = {
    (
        "Audit",
        "power price {price:g} USD/kWh ({source}) for {share:.1%} of {sites}",
    ): "电价 {price:g} 美元/千瓦时（{source}），{sites} 的 {share:.1%}"
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def _append(database: Database) -> None:
    with database.session_factory.begin() as session:
        audit.append(session, SYSTEM, "site.create", "site", 1, summary="an older kind of summary")
        summary = Text(
            QT_TRANSLATE_NOOP("Audit", "power price {price:g} USD/kWh ({source}) for {share:.1%} of {sites}"),
            price=0.0425,
            source="grid feed",
            share=0.5,
            sites=QT_TRANSLATE_NOOP("Audit", "every site"),
        )
        audit.append(session, SYSTEM, "price.set", "site", 1, summary=summary)
        audit.append(session, SYSTEM, "site.update", "site", 1, summary="after it")


def test_a_summary_shows_in_the_readers_language_and_the_chain_verifies(database: Database) -> None:
    _append(database)
    with database.session_factory() as session:
        older, priced, _after = session.query(AuditRecord).order_by(AuditRecord.seq).all()
        assert older.summary_text is None and audit.summary_of(older, chinese) == "an older kind of summary"
        assert priced.summary == "power price 0.0425 USD/kWh (grid feed) for 50.0% of every site"
        assert audit.summary_of(priced, chinese) == "电价 0.0425 美元/千瓦时（grid feed），every site 的 50.0%"
        page = audit.list_records(session, SYSTEM, search="grid feed")
        assert [r.seq for r in page.records] == [priced.seq]
    result = _verify(database)
    assert result.ok and result.checked == 3, result.describe()


def test_an_edited_summary_template_breaks_the_chain(database: Database) -> None:
    _append(database)
    _tamper(database, """UPDATE audit_log SET summary_text = '{"c": "Audit", "s": "nothing happened"}' WHERE seq = 2""")
    result = _verify(database)
    assert not result.ok and result.first_bad_seq == 2 and "edited" in result.reason


def test_a_summary_template_removed_breaks_the_chain(database: Database) -> None:
    _append(database)
    _tamper(database, "UPDATE audit_log SET summary_text = NULL WHERE seq = 2")
    result = _verify(database)
    assert not result.ok and result.first_bad_seq == 2
