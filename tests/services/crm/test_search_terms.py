"""The words a CRM search can start (pure: no database)."""

from __future__ import annotations

from hashinsight_desktop.services.crm.search_terms import _upper_bound, terms_of


def test_words_email_parts_and_phone_digits() -> None:
    assert terms_of("Northwind ACME Ltd.") == {"northwind", "acme", "ltd.", "ltd"}
    assert terms_of("ops@acme.example") == {"ops@acme.example", "ops", "acme", "example"}
    assert terms_of("+1 (555) 010-0100") >= {"+1", "555", "010", "0100", "15550100100"}
    assert "123456" not in terms_of("Rack 12 slot 3456")  # digits run together only for a phone-like text
    assert terms_of(None, "", "  ") == set()
    assert max(len(t) for t in terms_of("x" * 100)) == 64


def test_a_prefix_range_ends_after_every_word_it_starts() -> None:
    assert _upper_bound("acm") == "acn"
    assert all("acm" <= word < _upper_bound("acm") for word in ("acm", "acme", "acm\uffff", "acmé"))
    assert not any("acm" <= word < _upper_bound("acm") for word in ("acl", "acn", "ac", "b"))
