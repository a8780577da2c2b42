"""`hashinsight-desktop poll TARGET...`: one poll of miners, no database needed."""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
from pathlib import Path

from hashinsight_desktop.services.errors import ValidationError

NEEDS_DATABASE = False
MAX_TARGETS = 65_536  # a /16: larger ranges are almost always a typo


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("poll", help="poll miners once over the CGMiner API and print what they report")
    parser.add_argument("targets", nargs="+", metavar="TARGET", help="host, host:port, a CIDR range, or @file")
    parser.add_argument("--port", type=int, default=4028, help="port when a target names none (default 4028)")
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per target")
    parser.add_argument("--timeout", type=float, default=5.0, metavar="S", help="whole exchange deadline per miner")
    parser.add_argument("--concurrency", type=int, default=1000, metavar="N")


def expand_targets(specs: list[str], default_port: int) -> list[tuple[str, int]]:
    """``host``, ``host:port``, ``10.0.0.0/24`` (every host address) and ``@file`` (one per line)."""
    targets: list[tuple[str, int]] = []
    for spec in specs:
        if spec.startswith("@"):
            path = Path(spec[1:])
            try:
                lines = path.read_text("utf-8").splitlines()
            except OSError as exc:
                raise ValidationError("TARGET", f"cannot read {path}: {exc.strerror}") from None
            # One or more targets per line; '#' starts a comment.
            listed = [word for line in lines for word in line.split("#", 1)[0].split()]
            targets += expand_targets(listed, default_port)
            continue
        if "/" in spec:
            try:
                network = ipaddress.ip_network(spec, strict=False)
            except ValueError:
                raise ValidationError("TARGET", f"{spec!r} is not a CIDR range") from None
            if network.num_addresses > MAX_TARGETS:
                raise ValidationError("TARGET", f"{spec} has {network.num_addresses:,} addresses; at most a /16")
            hosts = list(network.hosts()) or [network.network_address]
            targets += [(str(host), default_port) for host in hosts]
            continue
        host, _, port = spec.rpartition(":") if spec.count(":") == 1 else (spec, "", "")
        if port and not port.isdigit():
            raise ValidationError("TARGET", f"{spec!r}: the port must be a number")
        targets.append((host or spec, int(port) if port else default_port))
    if len(targets) > MAX_TARGETS * 4:
        raise ValidationError("TARGET", f"{len(targets):,} targets is too many for one poll")
    return targets


def run(args: argparse.Namespace, _context: object = None) -> int:
    from hashinsight_desktop.services.cgminer import Timeouts, poll_many
    from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit

    targets = expand_targets(args.targets, args.port)
    raise_open_file_limit()
    timeouts = Timeouts(connect=min(2.0, args.timeout), deadline=args.timeout)
    samples = asyncio.run(poll_many(targets, concurrency=args.concurrency, timeouts=timeouts))
    if args.json:
        print(json.dumps([sample.to_dict() for sample in samples], indent=2))
        return 0
    print(f"{'host':<16} {'port':>5}  {'status':<9} {'TH/s':>8} {'W':>6} {'°C':>5}  {'model':<22} error")
    for s in samples:
        power = f"{s.power_w:.0f}" if s.power_w is not None else "-"
        temp = f"{s.max_chip_temp_c:.0f}" if s.max_chip_temp_c is not None else "-"
        print(
            f"{s.host:<16} {s.port:>5}  {s.status:<9} {s.hashrate_ths:>8.2f} {power:>6} {temp:>5}  "
            f"{(s.model or '-')[:22]:<22} {s.error or ''}"
        )
    counts = {
        status: sum(1 for s in samples if s.status == status) for status in ("hashing", "sleeping", "error", "offline")
    }
    print(", ".join(f"{n} {status}" for status, n in counts.items()) + f" of {len(samples)}")
    return 0
