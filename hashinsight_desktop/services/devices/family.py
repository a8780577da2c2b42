"""Firmware families: which protocol controls a miner (its hardware maker is beside the point)."""

from __future__ import annotations

from enum import StrEnum


class Family(StrEnum):
    """How a miner is controlled.

    ``generic`` is the project's historical all-in-one commands over the CGMiner API (``ascset 0,softoff``,
    ``set_power_pct``, ``power_off``…), which only the project's simulator obeys: a miner nobody identified
    stays generic, so nothing changes for it until it is identified.
    """

    GENERIC = "generic"
    ANTMINER = "antminer"  # stock Bitmain firmware: web CGI with digest auth
    WHATSMINER = "whatsminer"  # MicroBT btminer API 2.x: token + AES-encrypted privileged commands
    BRAIINS = "braiins"  # Braiins OS+ (BOSer): gRPC on 50051 with a login token
    LUXOS = "luxos"  # LuxOS: cgminer-style API with a session from ``logon``
    AVALON = "avalon"  # Canaan cgminer: ``ascset`` softoff/softon/worklevel
    VNISH = "vnish"  # VNish: web API with an unlock token

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Family.GENERIC: "generic (CGMiner commands)",
    Family.ANTMINER: "stock Antminer",
    Family.WHATSMINER: "Whatsminer",
    Family.BRAIINS: "Braiins OS+",
    Family.LUXOS: "LuxOS",
    Family.AVALON: "Avalon",
    Family.VNISH: "VNish",
}


def parse_family(value: str | None) -> Family:
    """A stored family name; ``None`` or an unknown name is generic (never a guess at another protocol)."""
    try:
        return Family(value or "generic")
    except ValueError:
        return Family.GENERIC
