"""The process's open-file limit: every miner being polled (or simulated) holds a socket."""

from __future__ import annotations

import sys

if sys.platform != "win32":
    import resource


def raise_open_file_limit(wanted: int | None = None) -> int | None:
    """Raise the soft limit to the hard one (many desktops default to 1,024), and the hard one
    to ``wanted`` where the process is allowed to. Returns the soft limit now in force, or
    ``None`` where there is no such limit (Windows: sockets are not counted against one)."""
    if sys.platform == "win32":
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if wanted is not None and hard != resource.RLIM_INFINITY and wanted > hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, wanted))
            return wanted
        except (ValueError, OSError):
            pass  # not privileged: settle for the hard limit
    if soft != hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    return soft
