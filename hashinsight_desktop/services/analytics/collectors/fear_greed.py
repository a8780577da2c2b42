"""The Fear & Greed index of alternative.me: GET https://api.alternative.me/fng/?limit=N answers
``{"name": ..., "data": [{"value": "40", "value_classification": "Fear", "timestamp": "1551157200", ...}],
"metadata": {"error": null}}`` — the value and the Unix timestamp as STRINGS, newest first, one per UTC day
(https://alternative.me/crypto/fear-and-greed-index/#api)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx

from hashinsight_desktop.services.analytics.collectors.exchanges import DEFAULT_TIMEOUT_S, BadReply

URL = "https://api.alternative.me/fng/?limit={limit}"


@dataclass(frozen=True)
class FearGreed:
    day: date
    value: int  # 0 extreme fear … 100 extreme greed
    classification: str


def _whole(row: dict[str, Any], key: str) -> int:
    raw = row.get(key)
    if isinstance(raw, bool) or not isinstance(raw, str | int) or not str(raw).strip().isdigit():
        raise BadReply(f"field {key!r} is not a whole number ({raw!r})")
    return int(str(raw).strip())


def parse(data: Any) -> list[FearGreed]:
    error = data.get("metadata", {}).get("error") if isinstance(data, dict) else None
    if error:
        raise BadReply(f"alternative.me: {error}")
    rows = data.get("data") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise BadReply("no readings in 'data'")
    readings = []
    for row in rows:
        if not isinstance(row, dict):
            raise BadReply("a reading is not an object")
        value = _whole(row, "value")
        if value > 100:
            raise BadReply(f"value {value} is above 100")
        day = datetime.fromtimestamp(_whole(row, "timestamp"), UTC).date()
        readings.append(FearGreed(day, value, str(row.get("value_classification") or "")[:32]))
    return readings


async def fetch(client: httpx.AsyncClient, *, limit: int = 2, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[FearGreed]:
    """The last ``limit`` days' readings; raises httpx errors or BadReply."""
    response = await client.get(URL.format(limit=limit), timeout=timeout_s)
    response.raise_for_status()
    try:
        return parse(json.loads(response.content))
    except ValueError as exc:
        raise BadReply(f"malformed JSON from alternative.me ({exc})") from None
