"""Connection plumbing shared by the 1.6 and 2.0.1 simulated chargers.

`SimCore` is mixed in front of an ocpp library ChargePoint: it owns the websocket session
(receive loop, boot with Pending/Rejected retry, heartbeat, chaos), the reconnect loop with
backoff, the forced `Behaviour` (Rejected / silent / delay) and the "after reply" queue
that lets a handler send follow-up messages only once its CALLRESULT is on the wire.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, ClassVar

from websockets.exceptions import ConnectionClosed, InvalidHandshake

from csms_desktop.sim.commands import SharedCommands
from csms_desktop.sim.lifecycle import Offline
from csms_desktop.sim.model import Behaviour, CState, SimParams, Stats
from csms_desktop.sim.transport import call_action, open_connection
from csms_desktop.sim.waiting import cancel_and_wait, wait_event

log = logging.getLogger("csms_desktop.sim")


class SimCore(SharedCommands):
    """Mixin placed before ocpp's ChargePoint in the bases of SimChargePoint16/201."""

    subprotocol: ClassVar[str]
    id: str
    _connection: Any
    _response_queue: asyncio.Queue[Any]
    _call_lock: asyncio.Lock
    password: str | None

    def _init_sim(self, params: SimParams | None, behaviour: Behaviour | None,
                  rng: random.Random | None, seed: int | str | None) -> None:
        self.params = params or SimParams()
        self.behaviour = behaviour or Behaviour()
        self.rng = rng or random.Random(None if seed is None else f"{seed}:{self.id}")
        self.stats = Stats()
        self.heartbeat_interval = self.params.heartbeat_interval
        self._tasks: set[asyncio.Task[Any]] = set()
        self._pending_after: list[Callable[[], Awaitable[None] | None]] = []
        self._hb_changed = asyncio.Event()
        self._restart = False
        self.boot_reason = "PowerUp"
        self.password: str | None = None  # HTTP Basic; set by run() or by the CSMS
        # OCPP security profile (0-3) and, for 2 and 3, where and how to connect with TLS:
        # ``tls_url`` (wss://...), ``tls_ca`` (PEM of the CSMS's CA; None: the system's
        # trust store) and, for 3, ``client_certificate``/``client_key`` (PEM; 1.6
        # SignCertificate fills them). A profile the CSMS raises (1.6 SecurityProfile) is
        # tried on the next connection; if that fails, the old one is kept (rollback).
        self.security_profile = 0
        self.tls_url: str | None = None
        self.tls_ca: str | None = None
        self.client_certificate: str | None = None
        self.client_key: str | None = None
        self.next_profile: int | None = None
        self.profile_rollbacks = 0
        self._init_lifecycle()

    def profile_changed(self, profile: int) -> None:
        """The security profile now in force (the 1.6 simulator shows it as a key)."""

    def raise_profile(self, value: str) -> str:
        """A CSMS's request to raise the security profile to ``value``: Accepted (tried
        from the next connection on, i.e. after the Reset the CSMS sends next) or Rejected
        (lower, unknown, or a profile this charger is not set up for: no TLS url, no
        password for 2, no client certificate for 3)."""
        try:
            target = int(value)
        except ValueError:
            return "Rejected"
        if target not in (1, 2, 3) or target <= self.security_profile:
            return "Rejected"  # a profile is never lowered remotely
        if target >= 2 and self.tls_url is None:
            return "Rejected"
        if target == 2 and not self.password:
            return "Rejected"
        if target == 3 and not self.has_client_certificate():
            return "Rejected"
        self.next_profile = target
        return "Accepted"

    def has_client_certificate(self) -> bool:
        return bool(self.client_certificate and self.client_key)

    def ssl_for(self, profile: int) -> ssl.SSLContext:
        """A fresh client context: the CSMS's CA trusted, TLS 1.2+, and at profile 3 the
        client certificate (a certificate never leaks into a profile-2 connection)."""
        ctx = ssl.create_default_context(cadata=self.tls_ca) if self.tls_ca else \
            ssl.create_default_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        if profile >= 3 and self.client_certificate and self.client_key:
            from csms_desktop.services.certificates import load_client_pair

            load_client_pair(ctx, self.client_certificate.encode(), self.client_key.encode())
        return ctx

    # ------------------------------------------------------------ hooks (per version)
    async def p_boot(self) -> tuple[str, float] | None:
        raise NotImplementedError

    async def p_heartbeat(self) -> None:
        raise NotImplementedError

    async def p_after_boot(self) -> None:
        """Report every connector's status after an accepted boot."""
        raise NotImplementedError

    # ------------------------------------------------------------ ocpp ChargePoint overrides
    async def route_message(self, raw_msg: str) -> None:
        self.stats.received += 1
        if self.behaviour.any_silent:
            action = call_action(raw_msg)
            if action is not None and self.behaviour.mode(action) == "silent":
                self.stats.ignored += 1
                return
        await super().route_message(raw_msg)  # type: ignore[misc]

    async def _handle_call(self, msg: Any) -> Any:
        if self.behaviour.delay > 0:
            await asyncio.sleep(self.behaviour.delay)
        self._pending_after = []
        result = await super()._handle_call(msg)  # type: ignore[misc]
        pending, self._pending_after = self._pending_after, []
        for fn in pending:
            out = fn()
            if out is not None:
                self.spawn(out)
        return result

    async def _send(self, message: str) -> None:
        if self._connection is None:
            raise Offline
        self.stats.sent += 1
        await super()._send(message)  # type: ignore[misc]

    # ------------------------------------------------------------ plumbing
    def after_reply(self, fn: Callable[[], Awaitable[None] | None]) -> None:
        """Run `fn` (spawning the coroutine it returns) once the current CALLRESULT is sent."""
        self._pending_after.append(fn)

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled():
            exc = task.exception()
            if exc is not None and not isinstance(exc, Offline | ConnectionClosed):
                log.error("%s: task failed", self.id, exc_info=exc)

    def mode(self, action: str) -> str:
        return self.behaviour.mode(action)

    def rejecting(self, action: str) -> bool:
        return self.behaviour.mode(action) == "Rejected"

    async def _call(self, payload: Any) -> Any:
        """`call()` that raises Offline when disconnected and gives None on timeout/CallError."""
        if self._connection is None:
            raise Offline
        try:
            return await self.call(payload)  # type: ignore[attr-defined]
        except ConnectionClosed as exc:
            raise Offline from exc
        except TimeoutError:
            self.stats.timeouts += 1
            log.debug("%s: no answer to %s", self.id, type(payload).__name__)
            return None

    def set_heartbeat_interval(self, seconds: float) -> None:
        if seconds > 0:
            self.heartbeat_interval = float(seconds)
            self._hb_changed.set()

    # ------------------------------------------------------------ one websocket session
    async def run_connection(self, ws: Any, stop: asyncio.Event | None = None) -> bool:
        """Serve one open connection until it closes (or `stop`); True if it booted."""
        self._connection = ws
        self._response_queue = asyncio.Queue()
        self._call_lock = asyncio.Lock()
        self.stats.connected, self.stats.booted = True, False
        self.stats.connects += 1
        for c in self.connectors:
            c.reported = None
        booted = False
        recv = asyncio.ensure_future(self._recv_loop())
        main = asyncio.ensure_future(self._main_loop())
        waiters: set[asyncio.Future[Any]] = {recv, main}
        stopper = asyncio.ensure_future(stop.wait()) if stop is not None else None
        if stopper is not None:
            waiters.add(stopper)
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            booted = self.stats.booted
            self.stats.connected = self.stats.booted = False
            everything = [t for t in (recv, main, stopper, *self._tasks) if t is not None]
            for t in everything:
                t.cancel()
            results = await cancel_and_wait(everything)
            for r in results:
                if isinstance(r, BaseException) and not isinstance(
                    r, asyncio.CancelledError | Offline | ConnectionClosed | ExceptionGroup
                ):
                    log.error("%s: session error", self.id, exc_info=r)
            self._tasks.clear()
            self._connection = None
            try:
                await asyncio.wait_for(ws.close(), 3)
            except Exception:
                pass
        return booted

    async def _recv_loop(self) -> None:
        try:
            await self.start()  # type: ignore[attr-defined]
        except ConnectionClosed:
            pass

    async def _main_loop(self) -> None:
        await self._boot()
        self.stats.booted = True
        self.stats.boots += 1
        await self.p_after_boot()
        self.spawn(self._heartbeat_loop())
        self.spawn(self._chaos_loop())
        # spawned (not a TaskGroup): the connection's end cancels each loop itself, again
        # if a cancellation was lost (sim.waiting.cancel_and_wait)
        await asyncio.gather(*(self.spawn(self._connector_loop(c)) for c in self.connectors))

    async def _boot(self) -> None:
        while True:
            answer = await self.p_boot()
            if answer is None:
                await asyncio.sleep(self.params.boot_retry)
                continue
            status, interval = answer
            self.stats.registration = status
            if status == "Accepted":
                self.set_heartbeat_interval(interval)
                self.boot_reason = "PowerUp"
                return
            await asyncio.sleep(interval if interval > 0 else self.params.boot_retry)

    async def _heartbeat_loop(self) -> None:
        while True:
            self._hb_changed.clear()
            if await wait_event(self._hb_changed, self.heartbeat_interval):
                continue  # interval changed: restart the timer
            await self.p_heartbeat()

    async def _chaos_loop(self) -> None:
        p = self.params
        if p.fault_prob <= 0 and p.disconnect_prob <= 0:
            return
        while True:
            await asyncio.sleep(self.meter_interval)
            for c in self.connectors:
                if c.state != CState.FAULTED and self.rng.random() < p.fault_prob:
                    self.inject_fault(c)
            if self.rng.random() < p.disconnect_prob and self._connection is not None:
                log.info("%s: simulated connection loss", self.id)
                await self._connection.close()
                return

    async def reset(self, reason: str = "SoftReset", wait_idle: bool = False) -> None:
        """Stop transactions (or wait for them when `wait_idle`), then reboot (reconnect)."""
        deadline = time.monotonic() + (3600.0 if wait_idle else 10.0)
        if not wait_idle:
            for c in self.connectors:
                if c.in_transaction:
                    c.stop_reason = reason
                    c.kick()
        while any(c.in_transaction for c in self.connectors) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        self.boot_reason = "RemoteReset"
        self._restart = True
        if self._connection is not None:
            await self._connection.close()

    # ------------------------------------------------------------ connect / reconnect
    async def run(self, url: str | Sequence[str], password: str | None = None,
                  stop: asyncio.Event | None = None) -> None:
        """Connect to `<url>/<id>` and keep the charger online (backoff) until `stop`.

        ``url``: one CSMS address, or several (the nodes of one site, like a charger's
        list of network profiles): a connection that fails moves on to the next one.
        ``password``: HTTP Basic password to start with; one the CSMS provisions later
        (1.6 AuthorizationKey, 2.0.1 BasicAuthPassword) replaces it from the next
        connection on."""
        urls = [url] if isinstance(url, str) else list(url)
        if not urls:
            raise ValueError("no CSMS url")
        slot = 0
        stop = stop or asyncio.Event()
        if password is not None and self.password is None:
            self.password = password
        if self.security_profile == 0 and self.password:
            self.security_profile = 1
        self.profile_changed(self.security_profile)
        delay = self.params.reconnect_min
        while not stop.is_set():
            trying = self.next_profile
            profile = self.security_profile if trying is None else trying
            target = self.tls_url if profile >= 2 and self.tls_url else urls[slot]
            try:
                ws = await open_connection(
                    target, self.id, self.subprotocol,
                    self.password if profile <= 2 else None,
                    timeout=min(10.0, self.params.response_timeout),
                    ssl=self.ssl_for(profile) if target.startswith("wss:") else None)
            except (OSError, InvalidHandshake, TimeoutError) as exc:
                self.stats.connect_failures += 1
                if trying is not None:
                    # the whitepaper's rollback: back to the profile that worked, at once
                    log.warning("%s: cannot connect at security profile %d (%s): back to %d",
                                self.id, trying, exc, self.security_profile)
                    self.next_profile = None
                    self.profile_rollbacks += 1
                    self.profile_changed(self.security_profile)
                    continue
                log.debug("%s: connect to %s failed: %s", self.id, target, exc)
                slot = (slot + 1) % len(urls)
                await self._sleep_unless(stop, delay * self.rng.uniform(0.7, 1.3))
                delay = min(delay * 2, self.params.reconnect_max)
                continue
            if trying is not None:
                self.security_profile, self.next_profile = trying, None
                self.profile_changed(trying)
            booted = await self.run_connection(ws, stop)
            if stop.is_set():
                break
            if self._restart:
                self._restart = False
                delay = self.params.reconnect_min
                await self._sleep_unless(stop, self.params.reset_delay)
                continue
            p = self.params
            delay = p.reconnect_min if booted else min(delay * 2, p.reconnect_max)
            await self._sleep_unless(stop, delay * self.rng.uniform(0.7, 1.3))

    @staticmethod
    async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
        await wait_event(stop, seconds)
