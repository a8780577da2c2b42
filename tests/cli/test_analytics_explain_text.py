"""`analytics explain` without --json: a loss written with the sentences' minus sign (−$3.20, not $-3.20)."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_in_process import run_main

BEFORE = "btc_price=60000,difficulty=92T,block_height=861000,fees_per_block=0.08,hashrate_ths=200,power_w=3500"


def test_explain_text_signs_losses_like_its_sentences(app_home: Path) -> None:
    result = run_main(
        "analytics", "explain", "--before", BEFORE + ",electricity=0.05", "--after", "btc_price=40000,electricity=0.12",
        home=app_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    head, *sentences = result.stdout.splitlines()
    assert head.startswith("Daily profit: $") and " → −$" in head and "(change −$" in head, head
    assert "-" not in result.stdout
    assert any(s.startswith("  BTC price fell 33 %: −$") for s in sentences), sentences
