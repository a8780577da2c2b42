"""A throwaway PostgreSQL cluster for one test session.

initdb and pg_ctl refuse to run as root, so when the tests run as root the cluster is created and
started as the ``postgres`` system user (via runuser); otherwise as the current user.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PG_BIN_CANDIDATES = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15, 14)]
INSTALL_HINT = "PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql)"
PORT_ATTEMPTS = 5  # a port taken between its choice and the server's bind: another one


def find_pg_bin() -> Path | None:
    override = os.environ.get("HASHINSIGHT_PG_BIN")
    candidates = [Path(override)] if override else PG_BIN_CANDIDATES
    for candidate in candidates:
        if (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_cluster_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class ThrowawayServer:
    """A running throwaway cluster that a test may stop and start again (an outage, a restart): its own,
    so stopping it disturbs no other test."""

    url: str  # superuser URL with its password
    pg_bin: Path
    data: Path
    log: Path
    options: str

    def _pg_ctl(self, *args: str) -> None:
        command = _as_cluster_user([str(self.pg_bin / "pg_ctl"), "-D", str(self.data), *args])
        subprocess.run(command, check=True, capture_output=True)

    def stop(self, mode: str = "fast") -> None:
        """``mode``: smart, fast (disconnects clients), immediate (as a crash)."""
        self._pg_ctl("-m", mode, "-w", "stop")

    def start(self) -> None:
        self._pg_ctl("-l", str(self.log), "-o", self.options, "-w", "start")

    def port_taken(self) -> bool:
        """Whether the last start failed because another process bound the port after ``free_port`` chose it (a
        second xdist worker, a test's server): it is free when chosen, not reserved."""
        return self.log.exists() and "could not bind" in self.log.read_text(errors="replace")


def _server_on(port: int, password: str, pg_bin: Path, data: Path, root: Path, sock_dir: Path) -> ThrowawayServer:
    options = f"-h 127.0.0.1 -p {port} -k {sock_dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    url = f"postgresql+psycopg://postgres:{password}@127.0.0.1:{port}/postgres"
    return ThrowawayServer(url, pg_bin, data, root / "server.log", options)


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster on 127.0.0.1:<free port>; yields a superuser URL (with its password);
    stops and deletes the cluster afterwards."""
    with throwaway_server() as server:
        yield server.url


@contextlib.contextmanager
def throwaway_server() -> Iterator[ThrowawayServer]:
    """A cluster on 127.0.0.1:<free port> that the caller may stop and start; stopped and deleted afterwards."""
    pg_bin = find_pg_bin()
    if pg_bin is None:
        raise RuntimeError(INSTALL_HINT)
    root = Path(tempfile.mkdtemp(prefix="hashinsight-pg-"))
    data, sock_dir = root / "data", root / "sock"
    sock_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock_dir, "postgres")
        root.chmod(0o755)
    port = free_port()
    run = lambda *cmd: subprocess.run(_as_cluster_user(list(cmd)), check=True, capture_output=True)  # noqa: E731
    password = secrets.token_hex(12)
    pwfile = root / "pwfile"
    pwfile.write_text(password)
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres")
    try:
        # Password authentication over TCP, like a real server, so wrong-password paths can be tested.
        run(
            str(pg_bin / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        for attempt in range(PORT_ATTEMPTS):
            server = _server_on(port, password, pg_bin, data, root, sock_dir)
            try:
                server.start()
                break
            except subprocess.CalledProcessError:
                if not server.port_taken() or attempt == PORT_ATTEMPTS - 1:
                    raise
                server.log.unlink()
                port = free_port()
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            run(str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)
