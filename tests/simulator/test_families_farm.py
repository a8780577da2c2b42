"""SimulatedFarm's firmware-family mix: proportions, models that fit each family, credentials, no port 80."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import pytest

from hashinsight_desktop.simulator.farm import SimulatedFarm, parse_families
from hashinsight_desktop.simulator.miner import FAMILY_MAKER
from tests.simulator.families import read
from tests.simulator.loopback import loopback_network


def test_families_exactly_proportional_each_on_its_makers_models() -> None:
    families = {"antminer": 40, "whatsminer": 20, "luxos": 10, "avalon": 10}
    farm = SimulatedFarm(200, bind=loopback_network(), families=families, seed=3)
    counts = Counter(m.family for m in farm.simulated)
    assert counts == {"antminer": 80, "whatsminer": 40, "luxos": 20, "avalon": 20, "generic": 40}
    for miner in farm.simulated:
        maker = FAMILY_MAKER.get(miner.family)
        assert maker is None or miner.manufacturer.lower() == maker, (miner.family, miner.model)
    antminer = next(m for m in farm.simulated if m.family == "antminer")
    assert (antminer.username, antminer.password) == ("root", "root")
    whatsminer = next(m for m in farm.simulated if m.family == "whatsminer")
    assert (whatsminer.username, whatsminer.password) == ("admin", "admin")
    assert all(m.family == "generic" for m in SimulatedFarm(20, bind=loopback_network()).simulated)


def test_credentials_override_and_parse_errors() -> None:
    farm = SimulatedFarm(
        4,
        bind=loopback_network(),
        families={"whatsminer": 100},
        mix=["Whatsminer M50S"],
        credentials={"whatsminer": ("admin", "s3cret")},
    )
    assert {m.password for m in farm.simulated} == {"s3cret"}
    assert parse_families("antminer=40, whatsminer=20") == {"antminer": 40.0, "whatsminer": 20.0}
    for text in ("foo=1", "antminer=x", "antminer=60,luxos=50"):
        with pytest.raises(ValueError):
            parse_families(text)
    with pytest.raises(ValueError, match="cannot run whatsminer"):
        from hashinsight_desktop.services.catalogue import shipped_catalogue
        from hashinsight_desktop.simulator.miner import SimulatedMiner

        s19 = next(m for m in shipped_catalogue() if m["name"] == "Antminer S19 Pro")
        SimulatedMiner(0, s19, family="whatsminer")


def test_without_port_80_the_farm_says_so_once_and_serves_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    async def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    async def main() -> None:
        farm = SimulatedFarm(6, bind=loopback_network(), families={"antminer": 50}, warmup_s=0, seed=2)
        farm._listen_web_one = refuse  # type: ignore[method-assign]  # as when not root
        async with farm:
            assert farm.web_unavailable is not None and "CAP_NET_BIND_SERVICE" in farm.web_unavailable
            for miner in farm.simulated:  # the API ports all answer
                assert (await read(miner)).status == "hashing"

    with caplog.at_level(logging.WARNING, logger="hashinsight_desktop.simulator.farm"):
        asyncio.run(main())
    assert [r.getMessage() for r in caplog.records].count(
        "simulator: web control unavailable (port 80 needs root or CAP_NET_BIND_SERVICE); serving the rest"
    ) == 1
