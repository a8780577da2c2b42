"""The telemetry tests' small fleet, reused: billing reads its roll-ups."""

from tests.services.telemetry.conftest import fleet

__all__ = ["fleet"]
