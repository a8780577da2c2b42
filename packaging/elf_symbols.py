"""Drop the symbol table of an ELF library that patchelf edited, without moving what the loader maps.

binutils' strip rewrites such a file's layout and breaks it ("ELF load command address/offset not page-aligned"):
patchelf appended segments after the symbol table. Here the symbol table and its string table (read only by
debuggers and by nm) are cut out of the file, the sections that shared their place (the section names) are moved to
its start, and everything after the cut moves down by a whole multiple of the largest alignment of the segments it
holds, so every segment keeps its address and its offset modulo its alignment. Their section headers stay, empty.
64-bit little-endian files only (what Linux x86-64 and aarch64 wheels carry); any other file is left as it is.
"""

from __future__ import annotations

import struct
from pathlib import Path

HEADER = struct.Struct("<16sHHIQQQIHHHHHH")  # Elf64_Ehdr
SEGMENT = struct.Struct("<IIQQQQQQ")  # Elf64_Phdr: type, flags, offset, vaddr, paddr, filesz, memsz, align
SECTION = struct.Struct("<IIQQQQIIQQ")  # Elf64_Shdr: name, type, flags, addr, offset, size, link, info, align, entsize
SHT_SYMTAB, SHT_NOBITS, SHF_ALLOC, PT_LOAD = 2, 8, 2, 1


def _layout(data: bytes) -> tuple[list[int], list[list[int]], list[list[int]]] | None:
    """(header, segments, sections) of a 64-bit little-endian ELF file, each as a list of its fields."""
    if data[:6] != b"\x7fELF\x02\x01":
        return None
    header = list(HEADER.unpack_from(data))
    phoff, shoff, phnum, shnum = header[5], header[6], header[10], header[12]
    segments = [list(SEGMENT.unpack_from(data, phoff + i * SEGMENT.size)) for i in range(phnum)]
    sections = [list(SECTION.unpack_from(data, shoff + i * SECTION.size)) for i in range(shnum)]
    return header, segments, sections


def has_symbol_table(path: Path) -> bool:
    layout = _layout(path.read_bytes())
    return layout is not None and any(section[1] == SHT_SYMTAB and section[5] for section in layout[2])


def segments_aligned(path: Path) -> bool:
    """Every segment's file offset and address agree modulo its alignment: what the dynamic loader checks ("ELF load
    command address/offset not page-aligned"). True for a file this module does not read."""
    layout = _layout(path.read_bytes())
    return layout is None or all(s[7] <= 1 or (s[3] - s[2]) % s[7] == 0 for s in layout[1] if s[0] == PT_LOAD)


def drop_symbol_table(path: Path) -> int:
    """Bytes saved (0 when the file has no symbol table or its layout is not the one handled)."""
    data = bytearray(path.read_bytes())
    layout = _layout(data)
    if layout is None:
        return 0
    header, segments, sections = layout
    phoff, shoff, shnum = header[5], header[6], header[12]
    symtab = next((s for s in sections if s[1] == SHT_SYMTAB and not s[2] & SHF_ALLOC), None)
    if symtab is None or not 0 < symtab[6] < shnum:
        return 0
    strtab = sections[symtab[6]]
    start = min(symtab[4], strtab[4])
    end = max(symtab[4] + symtab[5], strtab[4] + strtab[5])
    inside = [s for s in sections if s[1] != SHT_NOBITS and s[5] and start <= s[4] < end and s not in (symtab, strtab)]
    if any(s[2] < end and s[2] + s[5] > start for s in segments) or start <= shoff < end or start <= phoff < end:
        return 0
    if any(s[4] + s[5] > end for s in inside) or any(s[2] & SHF_ALLOC for s in inside):
        return 0
    kept = start
    for section in sorted(inside, key=lambda s: s[4]):  # e.g. .shstrtab, between the two tables
        kept = -(-kept // max(section[8], 1)) * max(section[8], 1)
        data[kept : kept + section[5]] = data[section[4] : section[4] + section[5]]
        section[4], kept = kept, kept + section[5]
    alignment = max([s[7] for s in segments if s[2] >= end] + [1])
    shift = (end - kept) // alignment * alignment
    if shift <= 0:
        return 0
    for table in (symtab, strtab):
        table[4], table[5] = start, 0
    for item, index in [*((s, 2) for s in segments), *((s, 4) for s in sections)]:
        if item[index] >= end:
            item[index] -= shift
    header[5] -= shift if phoff >= end else 0
    header[6] -= shift if shoff >= end else 0
    out = data[: end - shift] + data[end:]
    out[kept : end - shift] = bytes(end - shift - kept)
    HEADER.pack_into(out, 0, *header)
    for i, segment in enumerate(segments):
        SEGMENT.pack_into(out, header[5] + i * SEGMENT.size, *segment)
    for i, section in enumerate(sections):
        SECTION.pack_into(out, header[6] + i * SECTION.size, *section)
    path.write_bytes(out)
    return len(data) - len(out)
