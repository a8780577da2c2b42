"""Linux: Qt's ICU data (libicudata, 32 MB) cut to what a console in English and Chinese reads (~7 MB).

PySide6's Linux wheel links Qt Core against ICU, whose data library carries every language's locale names,
currencies, units, time zone names, collation and number spelling, and ~200 legacy text encodings' tables. Qt asks
ICU for collation (sorting by the locale), case mapping, text boundaries, time zone names and legacy encodings; it
formats numbers and dates from its own CLDR tables. This keeps every item that is not one language's (the Unicode,
break-iterator, collation root, time zone and supplemental data) and the root, English and Chinese locales; it drops
the other ~730 languages' items, the transliterators (no Qt API reaches them) and the encoding tables (*.cnv: the
console reads and writes text through Python's codecs, and Qt's own UTF-8/16 and Latin-1 need no table; a
QStringDecoder for GB18030 or Big5 would say it is not valid), the word dictionaries of Thai, Lao, Khmer and Burmese
(a word in those scripts then runs to the next space or punctuation), and links the smaller data into a library of the
same name and symbol. ICU falls back to the root locale for a language it no longer has, as for any language it never
had. Windows and macOS Qt use the system's ICU: nothing to do there.

Needs icupkg (Debian/Ubuntu: icu-devtools) and a C compiler; without them the data stays whole and this says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("root", "en", "zh")
# Word-break dictionaries of scripts written without spaces other than Chinese (whose cjdict.dict stays): ~1 MB.
OTHER_SCRIPTS_WORDS = tuple(f"brkitr/{name}dict.dict" for name in ("thai", "lao", "khmer", "burmese"))
# An item of one locale: "de.res", "coll/de.res", "curr/zh_Hant_HK.res", "coll/de_.res" (a collation variant).
LOCALE_ITEM = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*\.res$")
LINK_SOURCE = """\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign 16
{symbol}:
\t.incbin "{data}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
"""


def trim_icu_data(bundle: Path) -> int:
    """Every libicudata in the bundle replaced by its trimmed copy; returns the bytes saved."""
    libraries = [path for path in bundle.rglob("libicudata.so*") if path.is_file() and not path.is_symlink()]
    if not libraries:
        return 0
    tools = {tool: shutil.which(tool) for tool in ("icupkg", "cc", "readelf")}
    if not all(tools.values()):
        missing = ", ".join(tool for tool, found in tools.items() if not found)
        print(f"ICU data left whole (+~24 MB): {missing} not found (Debian/Ubuntu: apt install icu-devtools gcc)")
        return 0
    saved = 0
    for library in libraries:
        before = library.stat().st_size
        with tempfile.TemporaryDirectory() as work:
            _rebuild(library, Path(work))
        saved += before - library.stat().st_size
    return saved


def _rebuild(library: Path, work: Path) -> None:
    symbol, data = _data_blob(library)
    name = symbol.removesuffix("_dat") + "l"  # icudt73l: ICU names its items after the package file
    package = work / f"{name}.dat"
    package.write_bytes(data)
    items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True, check=True).stdout.split()
    removed = {item for item in items if _other_language(item) or item.startswith("translit/") or item.endswith(".cnv")}
    removed |= set(OTHER_SCRIPTS_WORDS) & set(items)
    trimmed = work / "out" / package.name
    trimmed.parent.mkdir()
    while True:  # a kept item may alias one of a dropped language (rbnf/zh_Hant_HK -> rbnf/yue): keep that too
        (work / "remove.txt").write_text("\n".join(sorted(removed)) + "\n", encoding="utf-8")
        command = ["icupkg", "-r", str(work / "remove.txt"), str(package), str(trimmed)]
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        needed = set(re.findall(r"depends on missing item (\S+)", run.stderr)) & removed
        if not needed:
            break
        removed -= needed
    if run.returncode != 0:
        raise SystemExit(f"icupkg could not trim {library}: {run.stderr.strip()}")
    source = work / "icudata.S"
    source.write_text(LINK_SOURCE.format(symbol=symbol, data=trimmed), encoding="utf-8")
    linked = work / library.name
    soname = _soname(library)
    subprocess.run(
        ["cc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{soname}", "-o", str(linked), str(source)], check=True
    )
    shutil.copyfile(linked, library)


def _other_language(item: str) -> bool:
    match = LOCALE_ITEM.match(item)
    return match is not None and match.group(1) not in KEPT_LANGUAGES


def _data_blob(library: Path) -> tuple[str, bytes]:
    """The ICU common data the library exports (symbol icudtNN_dat), as bytes of a .dat package."""
    symbols = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True)
    found = next((line.split() for line in symbols.stdout.splitlines() if re.search(r"\bicudt\d+_dat$", line)), None)
    if found is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol")
    address, size, symbol = int(found[1], 16), int(found[2], 0), found[-1]
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True)
    for line in sections.stdout.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[2] == "PROGBITS":
            start, offset, length = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            if start <= address < start + length:
                with library.open("rb") as handle:
                    handle.seek(offset + address - start)
                    return symbol, handle.read(size)
    raise SystemExit(f"{library}: {symbol} is in no section")


def _soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\(SONAME\).*\[(.+)\]", dynamic)
    return found.group(1) if found else library.name
