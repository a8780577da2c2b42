"""The miner catalogue shipped with the program (a JSON file), and the key model names are matched by.

Apart from services.catalogue (the catalogue in the database) so that the simulator and the demo read it
without loading SQLAlchemy.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

# Series brands people leave out or add at will: "Antminer S19 Pro" is "S19 Pro".
_BRANDS = ("antminer", "whatsminer", "avalon", "sealminer", "teraflux", "ebit")
_MAKERS = ("bitmain", "microbt", "canaan", "bitdeer", "auradine", "innosilicon", "ebang")


def lookup_key(name: str) -> str:
    """Case, spacing, punctuation, maker and series brand do not matter."""
    key = name.lower()
    for word in _MAKERS + _BRANDS:
        key = key.replace(word, "")
    return re.sub(r"[^a-z0-9+]", "", key)


def shipped_catalogue() -> list[dict[str, Any]]:
    text = (resources.files("hashinsight_desktop") / "resources" / "miner_catalogue.json").read_text("utf-8")
    models: list[dict[str, Any]] = json.loads(text)["models"]
    return models
