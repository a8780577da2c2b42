"""Fleet figures as people read them: hashrate and power units, local times, status colours,
numeric IP order and natural name order."""

from __future__ import annotations

import functools
import ipaddress
import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.theme import TONES

# (light, dark) per status; hashing, error and offline follow the theme's tones.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "hashing": TONES["ok"],
    "degraded": TONES["note"],  # hashes, but sick: a dead board, too hot or short of its hashrate
    "sleeping": ("#1565c0", "#90caf9"),
    "error": TONES["note"],
    "offline": TONES["bad"],
    "unknown": ("#757575", "#9e9e9e"),
}


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def status_color(status: str, dark: bool | None = None) -> QColor:
    light_dark = STATUS_COLORS.get(status, STATUS_COLORS["unknown"])
    return QColor(light_dark[is_dark() if dark is None else dark])


def format_hashrate(ths: float | None) -> str:
    """``812.4 TH/s``, ``12.35 PH/s``, ``1.204 EH/s``."""
    if ths is None:
        return "—"
    if ths >= 1e6:
        return f"{locale_format.number(ths / 1e6, 3)} EH/s"
    if ths >= 1e3:
        return f"{locale_format.number(ths / 1e3, 2)} PH/s"
    return f"{locale_format.number(ths, 1)} TH/s"


def format_power_kw(kw: float | None) -> str:
    """``850 kW``, ``12.40 MW``."""
    if kw is None:
        return "—"
    if kw >= 1e3:
        return f"{locale_format.number(kw / 1e3, 2)} MW"
    return f"{locale_format.number(kw, 0 if kw >= 10 else 1)} kW"


def local_time(moment: datetime | None, *, today_short: bool = True) -> str:
    if moment is None:
        return QCoreApplication.translate("FleetFormatting", "never")
    local = moment.astimezone()
    if today_short:  # a table cell: the time today, else a short date
        today = local.date() == datetime.now().astimezone().date()
        return local.strftime("%H:%M:%S") if today else locale_format.named(local, "day_time")
    return locale_format.datetime_text(local)


def efficiency(row: MinerRow) -> float | None:
    if row.power_w is None or not row.hashrate_ths:
        return None
    return row.power_w / row.hashrate_ths


@functools.lru_cache(maxsize=65_536)
def ip_key(address: str) -> tuple[int, int]:
    """IP addresses in numeric order (10.0.0.9 before 10.0.0.10)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return (9, 0)
    return (ip.version, int(ip))


_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[str | int, ...]:
    """``miner-9`` before ``miner-10``, ``10.0.0.9`` before ``10.0.0.10``, case ignored."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(text.casefold()))


def short_pool(url: str | None) -> str:
    """A pool URL without the usual scheme (the cell is narrow; the tooltip has it whole)."""
    if not url:
        return "—"
    for scheme in ("stratum+tcp://", "stratum+ssl://", "stratum2+tcp://"):
        if url.startswith(scheme):
            return url[len(scheme) :]
    return url
