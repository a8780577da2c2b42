"""One miner's normalised telemetry: the same shape whatever firmware dialect it came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Final

from hashinsight_desktop.services.texts import Text

HASHING: Final = "hashing"
SLEEPING: Final = "sleeping"
ERROR: Final = "error"
OFFLINE: Final = "offline"
STATUSES: Final = (HASHING, SLEEPING, ERROR, OFFLINE)
# Never reported by a miner: what the poller records for a sample of a miner a curtailment plan holds asleep or
# at a lower level (telemetry_samples only; the miner's state keeps what it reported). Billing counts it as
# uptime when the contract says so.
CURTAILED: Final = "curtailed"

OVERHEAT_C: Final = 95.0  # chip temperature at which a miner counts as over-heated


@dataclass(slots=True)
class BoardSample:
    hashrate_ths: float
    chip_temp_c: float | None = None
    chips: int | None = None


@dataclass(slots=True)
class MinerSample:
    """``status`` is one of :data:`STATUSES`; ``error`` is ``None`` or a short reason."""

    status: str
    hashrate_ths: float = 0.0
    boards: list[BoardSample] = field(default_factory=list)
    fans_rpm: list[int] = field(default_factory=list)
    power_w: float | None = None
    pool_url: str | None = None
    model: str | None = None
    firmware: str | None = None
    uptime_s: int | None = None
    max_chip_temp_c: float | None = None
    error: str | None = None
    dialect: str | None = None
    # The firmware family where the replies make it certain ("antminer" for stock Bitmain, "whatsminer",
    # "luxos", "braiins", "avalon", "vnish"); None otherwise. A hint: identification at discovery decides.
    family: str | None = None
    # From the summary where the firmware reports them: hardware errors since start, rejected shares (%
    # of submitted) and the power target the firmware works to (Whatsminer ``Power Limit``).
    hw_errors: int | None = None
    rejected_pct: float | None = None
    power_limit_w: float | None = None
    host: str = ""
    port: int = 0
    # ``error`` as the console phrased it (services.cgminer.reasons), for a reader in another language; None when
    # the error is the firmware's own words or a bug's.
    error_text: Text | None = None

    @property
    def overheated(self) -> bool:
        return self.max_chip_temp_c is not None and self.max_chip_temp_c >= OVERHEAT_C

    @property
    def dead_boards(self) -> int:
        """Boards that report neither hashrate nor chips (a dead hash board)."""
        return sum(1 for b in self.boards if b.hashrate_ths <= 0 and not b.chips)

    @classmethod
    def failed(cls, status: str, error: str | Text, host: str = "", port: int = 0) -> MinerSample:
        said = error if isinstance(error, Text) else None
        return cls(status=status, error=str(error), host=host, port=port, error_text=said)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the ``poll --json`` shape; the error in English)."""
        data = asdict(self)
        del data["error_text"]
        return data
