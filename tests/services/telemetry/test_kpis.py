"""Site KPIs from the latest states and open alerts, scoped by role."""

from __future__ import annotations

import pytest

from hashinsight_desktop.db.models import Alert, Miner, MinerState
from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, SLEEPING
from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.telemetry.kpis import SiteKpi, site_kpis
from tests.services.telemetry.conftest import T0, Fleet, principal


def state(miner_id: object, status: str, hashrate: float | None, power: float | None, failures: int = 0) -> MinerState:
    return MinerState(
        miner_id=miner_id,
        polled_at=T0,
        status=status,
        hashrate_ths=hashrate,
        power_w=power,
        consecutive_failures=failures,
    )


def alert(fleet: Fleet, index: int, kind: str, *, cleared: bool = False) -> Alert:
    site = fleet.site_id if index < 3 else fleet.other_site_id
    return Alert(
        miner_id=fleet.miners[index],
        site_id=site,
        kind=kind,
        severity="critical",
        message=kind,
        raised_at=T0,
        cleared_at=T0 if cleared else None,
    )


@pytest.fixture
def populated(fleet: Fleet) -> Fleet:
    m = fleet.miners
    with fleet.session_factory.begin() as session:
        never_polled = Miner(site_id=fleet.site_id, name="new", ip_address="10.0.0.50")
        retired = Miner(site_id=fleet.site_id, name="retired", ip_address="10.0.0.51", is_active=False)
        session.add_all([never_polled, retired])
        session.flush()
        session.add_all(
            [
                state(m[0], HASHING, 200.0, 3500.0),
                state(m[1], HASHING, 100.0, None),  # its firmware reports no power
                state(m[2], OFFLINE, None, None, failures=3),
                state(m[3], SLEEPING, 0.0, 25.0),
                state(m[4], ERROR, 0.0, 100.0),  # answers, does not hash
                state(retired.id, HASHING, 500.0, 5000.0),
                alert(fleet, 0, "over_temperature"),
                alert(fleet, 0, "pool_down"),
                alert(fleet, 2, "offline"),
                alert(fleet, 3, "offline", cleared=True),
            ]
        )
    return fleet


def texas(fleet: Fleet) -> SiteKpi:
    return SiteKpi(fleet.site_id, "Texas North", 300.0, 3.5, 17.5, online=2, offline=1, alerting=2, total=4)


def quebec(fleet: Fleet) -> SiteKpi:
    return SiteKpi(fleet.other_site_id, "Quebec East", 0.0, 0.125, None, online=1, offline=0, alerting=0, total=2)


@pytest.mark.parametrize("role", [Role.OWNER, Role.ADMIN])
def test_owners_and_admins_see_every_site(populated: Fleet, role: Role) -> None:
    with populated.session_factory() as session:
        assert site_kpis(session, principal(role), None) == [quebec(populated), texas(populated)]
        assert site_kpis(session, principal(role), populated.site_id) == [texas(populated)]


def test_a_site_manager_sees_only_their_sites(populated: Fleet) -> None:
    manager = principal(Role.SITE_MANAGER, populated.site_id)
    with populated.session_factory() as session:
        assert site_kpis(session, manager, None) == [texas(populated)]
        with pytest.raises(PermissionDenied, match="outside your scope"):
            site_kpis(session, manager, populated.other_site_id)


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.GUEST])
def test_customers_and_guests_see_no_site_kpis(populated: Fleet, role: Role) -> None:
    with populated.session_factory() as session, pytest.raises(PermissionDenied):
        site_kpis(session, principal(role), None)


def test_a_site_without_miners_has_zero_kpis(fleet: Fleet) -> None:
    with fleet.session_factory() as session:
        kpis = site_kpis(session, principal(Role.OWNER), None)
    assert [(k.site_name, k.total, k.hashrate_ths, k.j_per_th) for k in kpis] == [
        ("Quebec East", 2, 0.0, None),
        ("Texas North", 3, 0.0, None),
    ]
