"""``simulate --miners N [--bind CIDR | --port-base P] [--mix MODELS] [--faults ...] [--seed S]``.

``add_arguments`` fills a (sub)parser, ``build_parser`` makes a stand-alone one, ``run_simulator``
parses ``argv`` and serves until Ctrl-C, SIGTERM or ``--duration`` seconds. The line
``simulator ready: N miners`` on stdout tells scripts the farm is listening.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from hashinsight_desktop.services import event_loop
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Translate, render
from hashinsight_desktop.simulator.farm import DEFAULT_MIX, SimulatedFarm, parse_families, parse_faults

READY = "simulator ready:"


def add_arguments(parser: argparse.ArgumentParser, translate: Translate | None = None) -> argparse.ArgumentParser:
    """The simulator's options, their help in the language of ``translate`` (the command line's; English without)."""

    def said(text: str) -> str:
        return render(text, translate)

    parser.add_argument(
        "--miners",
        type=int,
        required=True,
        metavar="N",
        help=said(QT_TRANSLATE_NOOP("CLI", "how many miners to serve")),
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--bind",
        metavar="CIDR",
        default=None,
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI", "loopback network giving each miner its own address on --port (default 127.1.0.0/16)"
            )
        ),
    )
    where.add_argument(
        "--port-base",
        type=int,
        metavar="P",
        help=said(QT_TRANSLATE_NOOP("CLI", "serve miner i on 127.0.0.1:P+i instead")),
    )
    parser.add_argument(
        "--port",
        type=int,
        default=4028,
        help=said(QT_TRANSLATE_NOOP("CLI", "port of every miner with --bind (default 4028)")),
    )
    parser.add_argument(
        "--mix",
        metavar="MODELS",
        default=",".join(DEFAULT_MIX),
        help=said(
            QT_TRANSLATE_NOOP("CLI", "catalogue models with optional weights, comma-separated (default: %(default)s)")
        ),
    )
    parser.add_argument(
        "--faults",
        metavar="SPEC",
        default="",
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI",
                "percent of miners per fault: offline, hang, slow, malformed, garbage, overheat, deadboard, overdraw "
                "(e.g. offline=2,hang=1,slow=1,malformed=1,overheat=1,deadboard=1)",
            )
        ),
    )
    parser.add_argument(
        "--families",
        metavar="SPEC",
        default="",
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI",
                "percent of miners per firmware family, each speaking its own control protocol: antminer (web CGI "
                "on port 80, digest auth), whatsminer (token + AES API), luxos (sessions), avalon (ascset); the rest "
                "are generic (e.g. antminer=40,whatsminer=20,luxos=10,avalon=10)",
            )
        ),
    )
    parser.add_argument(
        "--seed", type=int, default=0, help=said(QT_TRANSLATE_NOOP("CLI", "same seed, same farm (default 0)"))
    )
    parser.add_argument(
        "--ambient",
        type=float,
        default=25.0,
        metavar="C",
        help=said(QT_TRANSLATE_NOOP("CLI", "ambient temperature (°C)")),
    )
    parser.add_argument(
        "--slow-delay",
        type=float,
        default=2.5,
        metavar="S",
        help=said(QT_TRANSLATE_NOOP("CLI", "reply delay of slow miners")),
    )
    parser.add_argument(
        "--join-refusal",
        type=float,
        default=5.0,
        metavar="PCT",
        help=said(QT_TRANSLATE_NOOP("CLI", "percent refusing joined commands")),
    )
    parser.add_argument(
        "--shard",
        metavar="I/K",
        default="0/1",
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI", "serve only miners whose index %% K == I: one farm split over K processes (open-file limits)"
            )
        ),
    )
    parser.add_argument(
        "--duration", type=float, metavar="S", help=said(QT_TRANSLATE_NOOP("CLI", "stop by itself after S seconds"))
    )
    parser.add_argument(
        "--write-targets",
        type=Path,
        metavar="PATH",
        help=said(QT_TRANSLATE_NOOP("CLI", "write host:port per line to PATH")),
    )
    return parser


def build_parser(prog: str = "hashinsight-desktop simulate") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Serve emulated miners over the CGMiner API on loopback.")
    return add_arguments(parser)


def farm_from_args(args: argparse.Namespace) -> SimulatedFarm:
    """Raises ValueError with a message naming the bad option."""
    faults = parse_faults(args.faults)
    families = parse_families(args.families)
    index, _, count = args.shard.partition("/")
    try:
        shard = (int(index), int(count or 1))
    except ValueError:
        raise ValueError(f"--shard {args.shard!r}: want I/K, like 0/2") from None
    mix = [item.strip() for item in args.mix.split(",") if item.strip()]
    return SimulatedFarm(
        args.miners,
        bind=args.bind,
        port_base=args.port_base,
        port=args.port,
        mix=mix,
        faults=faults,
        seed=args.seed,
        ambient_c=args.ambient,
        slow_delay_s=args.slow_delay,
        join_refusal_pct=args.join_refusal,
        shard=shard,
        families=families,
    )


def _describe(farm: SimulatedFarm) -> str:
    miners = farm.miners
    first, last = miners[0], miners[-1]
    models = Counter(m.model for m in miners)
    faults = Counter(m.fault for m in miners if m.fault != "none")
    families = Counter(m.family for m in farm.simulated)
    lines = [
        f"serving {sum(map(farm.served, farm.simulated))} of {len(miners)} miners "
        f"(shard {farm.shard[0]}/{farm.shard[1]}), {first.host}:{first.port} .. {last.host}:{last.port}",
        "models: " + ", ".join(f"{name} ×{n}" for name, n in models.most_common()),
        "faults: " + (", ".join(f"{name} ×{n}" for name, n in sorted(faults.items())) or "none"),
        "families: " + ", ".join(f"{name} ×{n}" for name, n in families.most_common()),
    ]
    if farm.web_unavailable is not None:
        lines.append(f"web control unavailable: {farm.web_unavailable}")
    return "\n".join(lines)


async def serve(args: argparse.Namespace) -> int:
    farm = farm_from_args(args)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl-C raises instead
            loop.add_signal_handler(signum, stop.set)
    async with farm:
        if args.write_targets:
            args.write_targets.write_text("".join(f"{m.host}:{m.port}\n" for m in farm.miners), "utf-8")
        print(_describe(farm), flush=True)  # noqa: T201
        print(f"{READY} {len(farm.miners)} miners", flush=True)  # noqa: T201
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=args.duration)
    return 0


def run_from_args(args: argparse.Namespace) -> int:
    try:
        return event_loop.run(serve(args))  # uvloop where installed: the farm's share of a shared machine's CPU
    except ValueError as exc:  # an invalid value: understood and refused (2 is for arguments not understood)
        print(f"simulate: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    except OSError as exc:
        print(f"simulate: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    except KeyboardInterrupt:
        return 0


def run_simulator(argv: Sequence[str] | None = None) -> int:
    """The ``simulate`` command: exit code 0 when stopped, 2 for bad options, 1 when it cannot listen."""
    return run_from_args(build_parser().parse_args(argv))
