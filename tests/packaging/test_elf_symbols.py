"""packaging/elf_symbols.py on a real file patchelf edited (numpy's OpenBLAS, which binutils' strip breaks): the symbol
table goes, every segment keeps its bytes, address and alignment, the dynamic symbols stay. That the cut library
still loads and computes is the bundle test's (tests/packaging/test_bundle.py runs the forecast from the bundle)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))  # build scripts, not a package

from elf_symbols import SEGMENT, _layout, drop_symbol_table, has_symbol_table, segments_aligned

OPENBLAS = sorted((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*.so"))


def _segments(data: bytes) -> list[tuple[int, int, bytes]]:
    """(type, address, bytes) of each segment, past the ELF and program headers (they hold the offsets that moved)."""
    layout = _layout(data)
    assert layout is not None
    headers_end = layout[0][5] + layout[0][10] * SEGMENT.size
    return [(s[0], s[3], data[max(s[2], headers_end) : s[2] + s[5]]) for s in layout[1]]


def _section(data: bytes, kind: int) -> bytes:
    layout = _layout(data)
    assert layout is not None
    found = next(s for s in layout[2] if s[1] == kind)
    return data[found[4] : found[4] + found[5]]


@pytest.mark.skipif(
    not OPENBLAS or sys.platform != "linux", reason="numpy's Linux wheel carries an OpenBLAS in numpy.libs"
)
def test_the_symbol_table_is_cut_out_and_nothing_the_loader_maps_moves(tmp_path: Path) -> None:
    library = tmp_path / OPENBLAS[0].name
    shutil.copyfile(OPENBLAS[0], library)
    before = library.read_bytes()
    assert has_symbol_table(library) and segments_aligned(library)

    saved = drop_symbol_table(library)

    after = library.read_bytes()
    assert saved == len(before) - len(after) > 500_000
    assert not has_symbol_table(library) and segments_aligned(library)
    assert _segments(after) == _segments(before)
    assert _section(after, 11) == _section(before, 11)  # SHT_DYNSYM: what the loader resolves against
    assert drop_symbol_table(library) == 0  # nothing left to cut
