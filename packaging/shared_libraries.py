"""The bundle's native libraries made smaller without changing what runs: symbol tables stripped, and a library two
wheels vendor kept once.

Linux only for the stripping and the compatible twins (binutils' strip and objdump); identical twins are linked on
macOS too. build_bundle.py calls these after PyInstaller; each returns the bytes saved.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from elf_symbols import drop_symbol_table, has_symbol_table, segments_aligned

# A library auditwheel grafted into a wheel: "libgfortran-8f1e9814.so.5.0.0", "libquadmath-96973f99-934c22de.so.0.0.0".
GRAFTED = re.compile(r"^(lib[^-]+)-[0-9a-f]{8}(?:-[0-9a-f]{8})?\.so\.(\d+)")
DEFINED = re.compile(r"^[0-9a-f]{8,16} ")  # a line of objdump -T's symbol table (an address first)


def strip_symbols(internal: Path) -> int:
    """Every ELF file under the bundle's _internal folder (libraries, extensions, PuLP's CBC program) without its
    symbol table. binutils' strip rewrites the layout of some files patchelf edited (libraries auditwheel grafted,
    numpy's and SciPy's OpenBLAS among them) so that their segments lose their alignment and the loader refuses them:
    such a file gets its original back and loses only its symbol table, cut out by elf_symbols.py, which moves no
    segment; if even that leaves a segment misaligned, the original stays. Not the bundle's executable: its archive
    is appended to it."""
    saved = 0
    with tempfile.TemporaryDirectory(prefix="strip-") as scratch:
        for path in sorted(internal.rglob("*")):
            if path.is_symlink() or not path.is_file() or not has_symbol_table(path):
                continue
            original = Path(scratch) / "original"
            shutil.copy2(path, original)
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
            if not segments_aligned(path):
                shutil.copy2(original, path)
                if drop_symbol_table(path) and not segments_aligned(path):
                    shutil.copy2(original, path)
            saved += original.stat().st_size - path.stat().st_size
    return saved


def _exported(path: Path) -> set[str]:
    """The versioned symbols a library defines ("_gfortran_st_write GFORTRAN_8")."""
    table = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=True).stdout
    return {" ".join(line.split()[-2:]) for line in table.splitlines() if DEFINED.match(line) and "*UND*" not in line}


def link_twins(bundle: Path, compatible: bool) -> int:
    """A library two wheels vendor kept once; the other copy becomes a relative link to it (the dynamic loader follows
    it and loads the file once; tar keeps the link). Always when the bytes are the same (numpy's and SciPy's
    libgfortran of one build); with `compatible`, also when two builds of one library of the same major version
    differ but one defines every versioned symbol the other does (SciPy's older libgfortran and libquadmath: numpy's
    newer build serves every caller of either)."""
    saved = 0
    copies: dict[tuple[str, int], list[Path]] = defaultdict(list)
    for path in sorted(bundle.rglob("*.libs/*")):
        if path.is_file() and not path.is_symlink():
            copies[path.name, path.stat().st_size].append(path)
    for first, *others in copies.values():
        for other in others:
            if other.read_bytes() == first.read_bytes():
                saved += _link(other, first)
    if not compatible:
        return saved
    builds: dict[tuple[str, str], list[Path]] = defaultdict(list)
    for path in sorted(bundle.rglob("*.libs/*")):
        match = GRAFTED.match(path.name)
        if match and path.is_file() and not path.is_symlink():
            builds[match.group(1), match.group(2)].append(path)
    for paths in builds.values():
        symbols = {path: _exported(path) for path in paths}
        for path in paths:
            keeper = next((other for other in paths if other != path and symbols[other] > symbols[path]), None)
            if keeper is not None and not keeper.is_symlink():
                saved += _link(path, keeper)
    return saved


def _link(copy: Path, kept: Path) -> int:
    size = copy.stat().st_size
    copy.unlink()
    copy.symlink_to(os.path.relpath(kept, copy.parent))
    return size
