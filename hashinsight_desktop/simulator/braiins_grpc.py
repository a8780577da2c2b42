"""Braiins OS+ (BOSer): the public gRPC API on port 50051, for the services pyasic's BOSer client calls.

``AuthenticationService/Login`` checks the miner's username/password and answers a session token in
the ``authorization`` initial metadata; every other call except ``GetApiVersion`` needs that token
in its ``authorization`` metadata (``UNAUTHENTICATED`` otherwise, as the firmware answers).
Served: ``ActionsService`` pause/resume mining, restart, reboot, locate LED; ``PerformanceService``
``SetPowerTarget`` (watts within ``power_range``; ``INVALID_ARGUMENT`` outside it) and
``GetTunerState``-free constraints (``ConfigurationService/GetConstraints``); ``PoolService``
``SetPoolGroups``; ``ConfigurationService/GetMinerConfiguration``. Anything else is ``UNIMPLEMENTED``.

The message classes are Braiins' public protobuf schema as betterproto generated it (shipped inside
pyasic); the server side here is the simulator's own, on grpclib. One grpclib server per Braiins miner.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import grpclib.const
from grpclib import GRPCError, Status
from grpclib.server import Server, Stream

from hashinsight_desktop.simulator.miner import SimulatedMiner

GRPC_PORT = 50051
API_VERSION = (1, 2, 0)
TOKEN_TIMEOUT_S = 3600


def power_range(miner: SimulatedMiner) -> tuple[int, int]:
    """The power targets BOS+ accepts on this model: from half of nominal up to 120 %."""
    return round(miner.nominal_w * 0.5), round(miner.nominal_w * 1.2)


class BraiinsApi:
    """The gRPC services of one miner (grpclib's ``__mapping__`` protocol)."""

    def __init__(self, miner: SimulatedMiner) -> None:
        from pyasic.web.braiins_os.proto.braiins import bos
        from pyasic.web.braiins_os.proto.braiins.bos import v1

        self.miner = miner
        self._bos, self._v1 = bos, v1
        self._tokens: set[str] = set()

    def __mapping__(self) -> dict[str, grpclib.const.Handler]:
        v1, bos = self._v1, self._bos
        unary = grpclib.const.Cardinality.UNARY_UNARY
        routes: dict[str, tuple[Callable[[Stream[Any, Any]], Awaitable[None]], Any, Any]] = {
            "/braiins.bos.ApiVersionService/GetApiVersion": (self._api_version, bos.ApiVersionRequest, bos.ApiVersion),
            "/braiins.bos.v1.AuthenticationService/Login": (self._login, v1.LoginRequest, v1.LoginResponse),
            "/braiins.bos.v1.ActionsService/PauseMining": (self._pause, v1.PauseMiningRequest, v1.PauseMiningResponse),
            "/braiins.bos.v1.ActionsService/ResumeMining": (
                self._resume,
                v1.ResumeMiningRequest,
                v1.ResumeMiningResponse,
            ),
            "/braiins.bos.v1.ActionsService/Restart": (self._restart, v1.RestartRequest, v1.RestartResponse),
            "/braiins.bos.v1.ActionsService/Reboot": (self._reboot, v1.RebootRequest, v1.RebootResponse),
            "/braiins.bos.v1.ActionsService/SetLocateDeviceStatus": (
                self._locate,
                v1.SetLocateDeviceStatusRequest,
                v1.LocateDeviceStatusResponse,
            ),
            "/braiins.bos.v1.PerformanceService/SetPowerTarget": (
                self._power_target,
                v1.SetPowerTargetRequest,
                v1.SetPowerTargetResponse,
            ),
            "/braiins.bos.v1.PoolService/SetPoolGroups": (
                self._pool_groups,
                v1.SetPoolGroupsRequest,
                v1.SetPoolGroupsResponse,
            ),
            "/braiins.bos.v1.ConfigurationService/GetMinerConfiguration": (
                self._configuration,
                v1.GetMinerConfigurationRequest,
                v1.GetMinerConfigurationResponse,
            ),
            "/braiins.bos.v1.ConfigurationService/GetConstraints": (
                self._constraints,
                v1.GetConstraintsRequest,
                v1.GetConstraintsResponse,
            ),
        }
        return {path: grpclib.const.Handler(func, unary, req, resp) for path, (func, req, resp) in routes.items()}

    # --- helpers -----------------------------------------------------------------------
    def _authorize(self, stream: Stream[Any, Any]) -> None:
        token = stream.metadata.get("authorization") if stream.metadata is not None else None
        if token not in self._tokens:
            raise GRPCError(Status.UNAUTHENTICATED, "authentication required")

    def _control(self, stream: Stream[Any, Any], name: str, parameter: str | None = None) -> bool:
        """Authorize and count a control call; whether to apply it (False: an ignore fault)."""
        self._authorize(stream)
        fault = self.miner.control_fault(name, parameter)
        if fault == "reject":
            raise GRPCError(Status.UNAVAILABLE, "miner is busy")
        return fault is None

    # --- handlers ----------------------------------------------------------------------
    async def _api_version(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        major, minor, patch = API_VERSION
        await stream.send_message(self._bos.ApiVersion(major=major, minor=minor, patch=patch))

    async def _login(self, stream: Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        if request is None or (request.username, request.password) != (self.miner.username, self.miner.password):
            raise GRPCError(Status.UNAUTHENTICATED, "invalid username or password")
        token = secrets.token_urlsafe(12)
        self._tokens.add(token)
        await stream.send_initial_metadata(metadata={"authorization": token})
        await stream.send_message(self._v1.LoginResponse(token=token, timeout_s=TOKEN_TIMEOUT_S))

    async def _pause(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        already = self.miner.sleeping
        if self._control(stream, "pause_mining"):
            self.miner.sleep()
        await stream.send_message(self._v1.PauseMiningResponse(already_paused=already))

    async def _resume(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        already = not self.miner.sleeping
        if self._control(stream, "resume_mining"):
            self.miner.wake()
        await stream.send_message(self._v1.ResumeMiningResponse(already_mining=already))

    async def _restart(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        if self._control(stream, "restart"):
            self.miner.restart()
        await stream.send_message(self._v1.RestartResponse(already_running=False))

    async def _reboot(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        if self._control(stream, "reboot"):
            self.miner.restart()
        await stream.send_message(self._v1.RebootResponse())

    async def _locate(self, stream: Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        enable = bool(request and request.enable)
        if self._control(stream, "set_locate_device_status", str(enable).lower()):
            self.miner.light = enable
        await stream.send_message(self._v1.LocateDeviceStatusResponse(enabled=self.miner.light))

    async def _power_target(self, stream: Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        self._authorize(stream)
        watts = int(request.power_target.watt) if request is not None else 0
        low, high = power_range(self.miner)
        if not low <= watts <= high:
            raise GRPCError(Status.INVALID_ARGUMENT, f"power target {watts} W is outside {low}-{high} W")
        if self._control(stream, "set_power_target", str(watts)):
            self.miner.set_power_limit(watts)
        target = self.miner.power_limit_w or watts
        await stream.send_message(self._v1.SetPowerTargetResponse(power_target=self._v1.Power(watt=target)))

    def _groups(self) -> list[Any]:
        v1 = self._v1
        pools = [
            v1.PoolConfiguration(uid=str(n), url=url, user=user, enabled=True)
            for n, (url, user, _password) in enumerate(self.miner.pools())
        ]
        return [v1.PoolGroupConfiguration(uid="0", name="Default", quota=v1.Quota(value=1), pools=pools)]

    async def _pool_groups(self, stream: Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        self._authorize(stream)
        pools = [
            (p.url, p.user, p.password or "")
            for group in (request.pool_groups if request is not None else [])
            for p in group.pools
            if p.enabled is not False
        ]
        if not any(url for url, _, _ in pools):
            raise GRPCError(Status.INVALID_ARGUMENT, "at least one enabled pool is needed")
        if self._control(stream, "set_pool_groups", pools[0][0]):
            self.miner.set_pools(pools)
            self.miner.restart()  # bosminer reconnects with the new pools
        await stream.send_message(self._v1.SetPoolGroupsResponse(pool_groups=self._groups()))

    async def _configuration(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        self._authorize(stream)
        v1 = self._v1
        watts = self.miner.power_limit_w or round(self.miner.nominal_w)
        tuner = v1.TunerConfiguration(enabled=True, tuner_mode=v1.TunerMode(1), power_target=v1.Power(watt=watts))
        await stream.send_message(v1.GetMinerConfigurationResponse(pool_groups=self._groups(), tuner=tuner))

    async def _constraints(self, stream: Stream[Any, Any]) -> None:
        await stream.recv_message()
        self._authorize(stream)
        v1 = self._v1
        low, high = power_range(self.miner)
        power = v1.PowerConstraints(
            default=v1.Power(watt=round(self.miner.nominal_w)), min=v1.Power(watt=low), max=v1.Power(watt=high)
        )
        await stream.send_message(v1.GetConstraintsResponse(tuner_constraints=v1.TunerConstraints(power_target=power)))


async def serve(miner: SimulatedMiner, port: int = GRPC_PORT) -> Server:
    """A started grpclib server for ``miner`` on its own address."""
    server = Server([BraiinsApi(miner)])
    await server.start(miner.host, port)
    return server
