"""The miners a user acted on, as they saw them (id and version): loaded for a change, refused whole when
one was changed by someone else, removed, or lies outside the user's sites."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner
from hashinsight_desktop.services.errors import ConcurrentModificationError, NotFound
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

_CHUNK = 5_000  # bound parameters per IN list (SQLite allows 32,766)


@dataclass(frozen=True)
class MinerRef:
    id: uuid.UUID
    version: int | None = None  # None: whatever is current (the command line acts on what it reads)


def miner_label(miner: Miner) -> str:
    address = miner.ip_address if miner.port == 4028 else f"{miner.ip_address}:{miner.port}"
    return address if miner.name == address else f"{miner.name} ({address})"


def load_miners(session: Session, principal: Principal, refs: Sequence[MinerRef], action: str) -> list[Miner]:
    ids = [ref.id for ref in refs]
    miners: list[Miner] = []
    for start in range(0, len(ids), _CHUNK):
        miners.extend(
            session.scalars(select(Miner).where(Miner.id.in_(ids[start : start + _CHUNK]), Miner.removed_at.is_(None)))
        )
    if len(miners) < len(set(ids)):
        missing = len(set(ids)) - len(miners)
        raise NotFound(
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    ("{missing} of the chosen miners no longer exist (removed by someone else); nothing was changed."),
                ),
                missing=missing,
            )
        )
    for site_id in {m.site_id for m in miners}:
        require_site(principal, Permission.FLEET_OPERATE, site_id, action)
    expected = {ref.id: ref.version for ref in refs}
    for miner in miners:
        version = expected[miner.id]
        if version is not None and version != miner.version:
            raise ConcurrentModificationError("miner")
    return miners


def by_site(miners: Iterable[Miner]) -> dict[uuid.UUID, list[Miner]]:
    grouped: dict[uuid.UUID, list[Miner]] = {}
    for miner in miners:
        grouped.setdefault(miner.site_id, []).append(miner)
    return grouped
