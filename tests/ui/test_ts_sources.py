"""The extraction reads a source text a formatter wrapped in parentheses (``translate("CLI", ("…"))``), which
lupdate itself skips: the copy it reads has the parentheses made spaces, columns and line numbers unchanged."""

from __future__ import annotations

from tools.ts_sources import unparenthesised

SOURCE = """help=translate("CLI", ("check the hash chain"))
x = QT_TRANSLATE_NOOP(
    "Errors", ("lead {status} \\"won\\"")
)
y = QT_TRANSLATE_NOOP("Audit", ("part one "
    "part two"), a=1)
z = translate("CLI", "plain") + f(("not a source text"))
"""


def test_parenthesised_source_texts_are_read_and_nothing_moves() -> None:
    out = unparenthesised(SOURCE)
    assert 'translate("CLI",  "check the hash chain" )' in out
    assert '"Errors",  "lead {status} \\"won\\"" ' in out
    assert 'QT_TRANSLATE_NOOP("Audit",  "part one "' in out and '"part two" , a=1)' in out
    assert out.splitlines()[-1] == SOURCE.splitlines()[-1]  # plain ones and other parentheses untouched
    assert [len(line) for line in out.splitlines()] == [len(line) for line in SOURCE.splitlines()]
