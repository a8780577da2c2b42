"""Rotating log file per process, with secrets redacted before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_URL_PASSWORD = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://[^:/@\s]*):(?P<secret>[^@\s]+)@", re.IGNORECASE)
_KEY_VALUE = re.compile(
    r"(?P<key>password|passwd|secret|token|api[_-]?key)(?P<sep>\s*[=:]\s*)(?P<value>[^\s,;&]+)", re.IGNORECASE
)
LOG_FORMAT = "%(asctime)s %(levelname)-7s pid=%(process)d %(name)s: %(message)s"


def redact(text: str) -> str:
    text = _URL_PASSWORD.sub(r"\g<scheme>:***@", text)
    return _KEY_VALUE.sub(r"\g<key>\g<sep>***", text)


class RedactingFilter(logging.Filter):
    """Formats the message once, then removes passwords in URLs and key=value pairs."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure_logging(log_dir: Path, process_name: str, *, level: int = logging.INFO) -> Path:
    """One rotating file per process kind (gui, cli, agent): ``<log_dir>/<process_name>.log``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"{process_name}.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_hashinsight", False)]:
        root.removeHandler(old)
        old.close()
    handler._hashinsight = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # pyasic's import sets the root logger to WARNING: our own records keep their level all the same.
    logging.getLogger("hashinsight_desktop").setLevel(level)
    # httpx logs full request URLs at INFO; keys are in headers, but keep URLs out of the file anyway.
    for noisy in ("httpx", "httpcore", "alembic.runtime.migration"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
