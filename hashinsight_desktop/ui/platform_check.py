"""Can the console open a window here? Asked before Qt is loaded: Qt aborts the process ("Aborted", or a
misleading "xcb-cursor0 is needed") where one line naming the missing display or library helps.

No Qt import in this module: it runs before the Qt libraries are loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# Said by the command line before any window, in its language (`commands.language`): marked texts, no Qt needed.
NO_DISPLAY = QT_TRANSLATE_NOOP("PlatformCheck", "no display: set QT_QPA_PLATFORM=offscreen or run under a desktop")
# Platforms that need no window system (tests, screenshots, remote VNC).
HEADLESS_PLATFORMS = ("offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs")


def gui_start_problem(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> Text | None:
    """One line saying why no window can open here (English by ``str()``), or None when nothing is known to be
    wrong."""
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if chosen in HEADLESS_PLATFORMS or not platform.startswith("linux"):
        return None  # macOS and Windows always have their window system; Qt reports its own errors there
    wayland = chosen.startswith("wayland") or (not chosen and env.get("WAYLAND_DISPLAY"))
    if not wayland and not env.get("DISPLAY"):
        return Text(NO_DISPLAY)
    if not wayland and not _x_server_listens(env["DISPLAY"]):
        return Text(
            QT_TRANSLATE_NOOP(
                "PlatformCheck",
                "no display: nothing listens on DISPLAY={display}; "
                "set QT_QPA_PLATFORM=offscreen or run under a desktop",
            ),
            display=env["DISPLAY"],
        )
    plugin = _platform_plugin("wayland" if wayland else "xcb")
    missing = missing_libraries(plugin) if plugin is not None else []
    if not wayland and not _loadable("libxcb-cursor.so.0"):  # Qt dlopens it: ldd cannot see it
        missing.append("libxcb-cursor.so.0")
    if not missing:
        return None
    return Text(
        QT_TRANSLATE_NOOP(
            "PlatformCheck",
            "the Qt {platform} platform needs system libraries that are missing: {libraries} "
            "(Debian/Ubuntu: sudo apt-get install {packages}; other systems: see the README)",
        ),
        platform="wayland" if wayland else "xcb",
        libraries=", ".join(missing),
        packages=" ".join(debian_package(name) for name in missing),
    )


def missing_libraries(binary: Path) -> list[str]:
    """The shared libraries ``binary`` needs that the dynamic linker cannot find (ldd), in its order."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    result = subprocess.run([ldd, str(binary)], capture_output=True, text=True, timeout=20, check=False)
    missing = re.findall(r"^\s*(\S+) => not found", result.stdout, flags=re.MULTILINE)
    return list(dict.fromkeys(missing))


def debian_package(soname: str) -> str:
    """Debian's name for the package of a library: libxcb-icccm.so.4 → libxcb-icccm4, libdbus-1.so.3 →
    libdbus-1-3 (the library policy's rule)."""
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _platform_plugin(name: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return plugin if plugin.exists() else None


def _x_server_listens(display: str) -> bool:
    """A local display (":0", "unix:0") has its socket; a remote one (host:0) is not checked."""
    host, _, number = display.rpartition(":")
    if host not in ("", "unix"):
        return True
    socket = f"/tmp/.X11-unix/X{number.split('.')[0]}"
    if Path(socket).exists():
        return True
    try:  # Linux X servers also listen on an abstract socket of the same name
        return f"@{socket}" in Path("/proc/net/unix").read_text()
    except OSError:
        return True  # cannot tell: let Qt try


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True
