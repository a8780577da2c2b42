"""Plain-text CLI tables padded by terminal columns, so Chinese headings and cells line up with English ones."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for a wide or full-width character (Chinese), none for a
    combining mark, one for anything else."""
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text
    )


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (on the left when ``right``-aligned)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def table_lines(rows: Sequence[Sequence[str]], *, right: Collection[int] = (), free_last: bool = False) -> list[str]:
    """``rows`` (the heading first, if any) as lines whose columns start at the same terminal column.

    ``right``: indexes of right-aligned (numeric) columns. ``free_last``: the last column is left as it is
    (a free-text note); otherwise trailing spaces are dropped.
    """
    if not rows:
        return []
    count = len(rows[0])
    widths = [max(display_width(row[i]) for row in rows) for i in range(count)]
    if free_last:
        cut = [(row[:-1], row[-1]) for row in rows]
        return [
            "  ".join(pad(c, widths[i], right=i in right) for i, c in enumerate(cells)) + "  " + note
            for cells, note in cut
        ]
    return ["  ".join(pad(cell, widths[i], right=i in right) for i, cell in enumerate(row)).rstrip() for row in rows]
