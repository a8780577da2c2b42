"""`hashinsight-desktop poll TARGET...`: one poll of miners, no database needed."""

from __future__ import annotations

import argparse
import ipaddress
import json
from pathlib import Path
from typing import Any, cast

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

NEEDS_DATABASE = False
MAX_TARGETS = 65_536  # a /16: larger ranges are almost always a typo
ANSWERED = ("hashing", "sleeping")  # an error or offline row has no hashrate reading, not 0.00
MISSING = "–"  # a figure the miner did not give (offline, error, or not reported): never a 0.00
# A miner's figures carry at most ~10 significant digits; scaling them (GH/s → TH/s) leaves binary artefacts at
# the 16th or 17th (29250.7 / 1000 = 29.250700000000002): 12 significant digits keep every reported digit and
# none of the artefacts.
SIGNIFICANT_DIGITS = 12


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text!r} is not a port number (1–65535)").format(text=text)
        ) from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(translate("CLI", "{port} is not a port number (1–65535)").format(port=port))
    return port


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text!r} is not a number of seconds").format(text=text)
        ) from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text} is not a positive number of seconds").format(text=text)
        )
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CLI", "{text!r} is not a whole number").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("CLI", "{value} must be at least 1").format(value=value))
    return value


def _target(text: str) -> str:
    """A target's own port checked while parsing (``@file`` contents and ranges are read later)."""
    if not text.startswith("@") and "/" not in text:
        try:
            _split_target(text, 4028)
        except ValidationError as exc:  # a usage error (exit 2), in the command line's language
            raise argparse.ArgumentTypeError(render(exc.message_text, translate)) from None
    return text


def _split_target(spec: str, default_port: int) -> tuple[str, int]:
    """``host`` or ``host:port``; refused (naming the spec) when the port is not 1–65535."""
    host, _, port = spec.rpartition(":") if spec.count(":") == 1 else (spec, "", "")
    if not port:
        return host or spec, default_port
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        raise ValidationError(
            "TARGET",
            Text(QT_TRANSLATE_NOOP("Errors", "{spec!r}: the port must be a number from 1 to 65535"), spec=spec),
        )
    return host, int(port)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "poll", help=translate("CLI", ("poll miners once over the CGMiner API and print what they report"))
    )
    parser.add_argument(
        "targets",
        nargs="+",
        type=_target,
        metavar="TARGET",
        help=translate("CLI", "host, host:port, a CIDR range, or @file"),
    )
    parser.add_argument(
        "--port", type=port_number, default=4028, help=translate("CLI", "port when a target names none (default 4028)")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CLI", "print a JSON array, one object per target")
    )
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=5.0,
        metavar="S",
        help=translate("CLI", "whole exchange deadline per miner"),
    )
    parser.add_argument("--concurrency", type=_count, default=1000, metavar="N")


def expand_targets(specs: list[str], default_port: int) -> list[tuple[str, int]]:
    """``host``, ``host:port``, ``10.0.0.0/24`` (every host address) and ``@file`` (one per line)."""
    targets: list[tuple[str, int]] = []
    for spec in specs:
        if spec.startswith("@"):
            path = Path(spec[1:])
            try:
                lines = path.read_text("utf-8").splitlines()
            except OSError as exc:
                raise ValidationError(
                    "TARGET",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {strerror}"), path=path, strerror=exc.strerror
                    ),
                ) from None
            # One or more targets per line; '#' starts a comment.
            listed = [word for line in lines for word in line.split("#", 1)[0].split()]
            targets += expand_targets(listed, default_port)
            continue
        if "/" in spec:
            try:
                network = ipaddress.ip_network(spec, strict=False)
            except ValueError:
                raise ValidationError(
                    "TARGET", Text(QT_TRANSLATE_NOOP("Errors", "{spec!r} is not a CIDR range"), spec=spec)
                ) from None
            if network.num_addresses > MAX_TARGETS:
                raise ValidationError(
                    "TARGET",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "{spec} has {num_addresses:,} addresses; at most a /16"),
                        spec=spec,
                        num_addresses=network.num_addresses,
                    ),
                )
            hosts = list(network.hosts()) or [network.network_address]
            targets += [(str(host), default_port) for host in hosts]
            continue
        targets.append(_split_target(spec, default_port))
    if len(targets) > MAX_TARGETS * 4:
        raise ValidationError(
            "TARGET",
            Text(QT_TRANSLATE_NOOP("Errors", "{n_targets:,} targets is too many for one poll"), n_targets=len(targets)),
        )
    return targets


def reported_precision(value: object) -> object:
    """``value`` with every float rounded to :data:`SIGNIFICANT_DIGITS` (lists and dicts walked)."""
    if isinstance(value, float):
        return float(f"{value:.{SIGNIFICANT_DIGITS}g}")
    if isinstance(value, list):
        return [reported_precision(item) for item in value]
    if isinstance(value, dict):
        return {key: reported_precision(item) for key, item in value.items()}
    return value


def json_row(sample: Any) -> dict[str, Any]:
    """The ``poll --json`` object of one sample, as the table shows it: a miner that failed (error, offline)
    has no hashrate reading, null rather than the sample's 0.0; what it did report (a temperature, its
    power) stays, and what it did not is null already."""
    row = cast(dict[str, Any], reported_precision(sample.to_dict()))
    if sample.status not in ANSWERED:
        row["hashrate_ths"] = None
    return row


def _figure(value: float | None, places: int, answered: bool = True) -> str:
    return f"{value:.{places}f}" if value is not None and answered else MISSING


def run(args: argparse.Namespace, _context: object = None) -> int:
    from hashinsight_desktop.services import event_loop
    from hashinsight_desktop.services.cgminer import Timeouts, poll_many
    from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit

    targets = expand_targets(args.targets, args.port)
    raise_open_file_limit()
    timeouts = Timeouts(connect=min(2.0, args.timeout), deadline=args.timeout)
    samples = event_loop.run(poll_many(targets, concurrency=args.concurrency, timeouts=timeouts))
    if args.json:
        print(json.dumps([json_row(sample) for sample in samples], indent=2))
        return 0
    heading = (  # padded by terminal columns: a Chinese heading is two columns a character
        pad(translate("CLI", "host"), 16),
        pad(translate("CLI", "port"), 5, right=True),
        " " + pad(translate("CLI", "status"), 9),
        pad("TH/s", 8, right=True),
        pad("W", 6, right=True),
        pad("°C", 5, right=True),
        " " + pad(translate("CLI", "model"), 22),
        translate("CLI", "error"),
    )
    print(" ".join(heading))
    for s in samples:
        answered = s.status in ANSWERED
        print(
            f"{s.host:<16} {s.port:>5}  {s.status:<9} {_figure(s.hashrate_ths, 2, answered):>8} "
            f"{_figure(s.power_w, 0):>6} {_figure(s.max_chip_temp_c, 0):>5}  "
            f"{(s.model or MISSING)[:22]:<22} {render(s.error_text or s.error or '', translate)}"
        )
    counts = {
        status: sum(1 for s in samples if s.status == status) for status in ("hashing", "sleeping", "error", "offline")
    }
    print(", ".join(f"{n} {status}" for status, n in counts.items()) + f" of {len(samples)}")
    return 0
