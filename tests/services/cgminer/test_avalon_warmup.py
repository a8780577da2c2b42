"""The Avalon dialect reads the measured hashrate, not cgminer's GHSmm (the chips' frequencies × cores),
against simulated Avalons warming up: real sockets on loopback."""

from __future__ import annotations

import asyncio
import re

import pytest

from hashinsight_desktop.services.cgminer import poll_many
from hashinsight_desktop.services.cgminer.commands import TelemetryClient
from hashinsight_desktop.services.cgminer.dialects import avalon_tokens, num
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network


def test_a_warming_up_avalon_reports_its_measured_hashrate() -> None:
    async def scenario() -> None:
        # Rebooted with a long warm-up: polled seconds later, the boards hash at a fraction of their rate.
        async with SimulatedFarm(3, bind=loopback_network(), mix=["Avalon A1246"], seed=5, warmup_s=20) as farm:
            for simulated in farm.simulated:
                simulated.restart()  # as the power cycle of a real one: mining starts afresh
            await asyncio.sleep(1.0)
            samples = await poll_many(farm.targets)
            client = TelemetryClient()
            for sample, miner in zip(samples, farm.miners, strict=True):
                assert sample.dialect == "avalon" and sample.status == "hashing"
                summary = await client.read(miner.host, miner.port, "summary")
                stats = await client.read(miner.host, miner.port, "estats")
                measured_ths = summary["SUMMARY"][0]["MHS 30s"] / 1e6
                tokens = avalon_tokens(stats["STATS"][0]["MM ID0"])
                chips_ths = (num(tokens["GHSmm"]) or 0.0) / 1000
                assert chips_ths > 1.16 * measured_ths  # the frequencies say far more than the boards did
                # The sample is the measured rate (polled a moment before: the ramp moved on a little).
                assert sample.hashrate_ths == pytest.approx(measured_ths, rel=0.1)
                assert sample.hashrate_ths < 0.5 * chips_ths

    asyncio.run(scenario())


def test_a_warmed_up_avalon_summary_has_the_real_windows() -> None:
    """The simulator answers with cgminer 4.11's Avalon summary: 30 s to 15 m windows and the average,
    no 5 s window, and GHSmm a little above the measured rate at steady state."""

    async def scenario() -> None:
        async with SimulatedFarm(1, bind=loopback_network(), mix=["Avalon A1246"], seed=5, warmup_s=0) as farm:
            miner = farm.miners[0]
            client = TelemetryClient()
            summary = (await client.read(miner.host, miner.port, "summary"))["SUMMARY"][0]
            stats = await client.read(miner.host, miner.port, "estats")
            assert {"MHS av", "MHS 30s", "MHS 1m", "MHS 5m", "MHS 15m"} <= set(summary) and "MHS 5s" not in summary
            ghsmm = float(re.search(r"GHSmm\[([\d.]+)\]", stats["STATS"][0]["MM ID0"]).group(1))  # type: ignore[union-attr]
            assert ghsmm / (summary["MHS 30s"] / 1000) == pytest.approx(1.015, abs=0.05)
            sample = (await poll_many(farm.targets))[0]
            assert sample.hashrate_ths == pytest.approx(summary["MHS 30s"] / 1e6, rel=0.05)

    asyncio.run(scenario())


def test_without_a_measured_module_rate_the_summary_decides_not_ghsmm() -> None:
    """cgminer's avalon7/8/9 drivers write GHSmm and WU but no GHSspd: the hashrate is the summary's
    MHS 30s (a warming-up miner 183 s after its start: the chips' figure is 16 % above what it did)."""
    from hashinsight_desktop.services.cgminer.normalise import normalise

    mm = (
        "Ver[7411706-3162860] DNA[013cae6bfb1bb6c6] Elapsed[183] MW[2024 2024 2024 2002] LW[8074] MH[3 0 3 4] "
        "HW[10] DH[0.000%] Temp[38] TMax[93] Fan[4110] FanR[48%] Vi[1215 1215 1211 1210] Vo[4461 4447 4438 4438] "
        "GHSmm[7078.84] WU[88583.15] Freq[628.45] PG[15] Led[0] TA[88]"
    )
    stats = {"STATUS": [{"STATUS": "S", "Msg": "CGMiner stats"}], "STATS": [{"STATS": 0, "ID": "AV70", "MM ID1": mm}]}
    summary = {
        "STATUS": [{"STATUS": "S", "Msg": "Summary"}],
        "SUMMARY": [{"Elapsed": 181, "MHS av": 5702115.3, "MHS 30s": 6102448.97, "MHS 1m": 5988213.4}],
    }
    sample = normalise({"stats": stats, "summary": summary})
    assert sample.dialect == "avalon" and sample.status == "hashing"
    assert sample.hashrate_ths == pytest.approx(6.10244897)  # MHS 30s, not GHSmm's 7.08
    assert normalise({"stats": stats, "summary": {**summary, "SUMMARY": [{"MHS av": 5702115.3}]}}).hashrate_ths == (
        pytest.approx(5.7021153)
    )
