"""`discover` says a bad host's reason in the command line's language where the console phrased it (a test translator
stands in for the shipped Chinese); a firmware's own words stay verbatim and --json keeps the English. Pure: the
hosts are built by hand."""

from __future__ import annotations

import argparse
import json

import pytest

from hashinsight_desktop.commands import discover
from hashinsight_desktop.services.cgminer.reasons import no_reply
from hashinsight_desktop.services.cgminer.sample import ERROR, MinerSample
from hashinsight_desktop.services.fleet.discovery import Found

FOUND = [
    Found(MinerSample.failed(ERROR, no_reply(0.6), "10.0.0.2", 4028)),
    Found(MinerSample.failed(ERROR, "summary: Invalid command", "10.0.0.3", 4028)),
]


def _args(as_json: bool) -> argparse.Namespace:
    return argparse.Namespace(json=as_json, add=False, site="Texas North", cidr="10.0.0.0/30")


def test_bad_hosts_reasons_in_the_readers_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(discover, "translate", lambda context, text: f"[{text}]")
    discover._report(_args(False), 4, FOUND, [], {})
    out = capsys.readouterr().out
    assert "[answered badly: [no complete reply within 0.6 s]]" in out
    assert "[answered badly: summary: Invalid command]" in out
    discover._report(_args(True), 4, FOUND, [], {})
    hosts = json.loads(capsys.readouterr().out)["hosts"]
    assert [h["reason"] for h in hosts] == ["no complete reply within 0.6 s", "summary: Invalid command"]
