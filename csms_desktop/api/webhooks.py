"""Webhook deliveries: each chosen event POSTed as JSON, signed, retried with back-off.

Per webhook, one queue and one task deliver the events in order. An attempt that fails
(connection refused, timeout, any status but 2xx) is retried after 2, 4, 8, ... seconds
(``base_delay`` doubling, at most ``max_delay``) up to ``max_attempts`` times; then the
event is given up and the next one goes. Nothing here waits on the event loop's hot path:
the broker's listener only puts into a bounded queue (a full queue drops the new event and
counts it). The last deliveries of each webhook are kept in memory for the API.

Headers of every request::

    Content-Type: application/json
    X-CSMS-Event: transaction.started
    X-CSMS-Delivery: <delivery id, the same on every retry>
    X-CSMS-Attempt: 1
    X-CSMS-Timestamp: <unix seconds>
    X-CSMS-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + body)>
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from csms_desktop import __version__
from csms_desktop.api.events import ApiEvent, EventBroker
from csms_desktop.api.serialize import iso
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services import webhook_config
from csms_desktop.services.webhook_config import WebhookRow

log = logging.getLogger(__name__)


def signature(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body,
                   hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@dataclass
class Attempt:
    at: str
    status: int | None
    error: str
    duration_ms: float


@dataclass
class Delivery:
    id: str
    event: str
    event_id: int
    state: str = "pending"  # pending, delivered, failed, dropped
    attempts: list[Attempt] = field(default_factory=list)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6
    base_delay: float = 2.0
    max_delay: float = 300.0
    timeout: float = 10.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))


async def post_once(dispatcher: WebhookDispatcher, url: str, secret: str, d: Delivery,
                    body: bytes, attempt: int) -> bool:
    """One signed POST of ``body``; the attempt is recorded on ``d``. True on 2xx."""
    stamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json", "User-Agent": f"csms-desktop/{__version__}",
        "X-CSMS-Event": d.event, "X-CSMS-Delivery": d.id, "X-CSMS-Attempt": str(attempt),
        "X-CSMS-Timestamp": stamp, "X-CSMS-Signature": signature(secret, stamp, body),
    }
    t0 = time.perf_counter()
    status: int | None = None
    error = ""
    try:
        session = await dispatcher.session()
        async with session.post(url, data=body, headers=headers, allow_redirects=False) as resp:
            status = resp.status
            await resp.read()
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        error = f"{type(exc).__name__}: {exc}".strip(": ")
    ok = status is not None and 200 <= status < 300
    if status is not None and not ok:
        error = f"HTTP {status}"
    d.attempts.append(Attempt(iso(utcnow()), status, error,
                              round((time.perf_counter() - t0) * 1000, 1)))
    return ok


class _Worker:
    def __init__(self, dispatcher: WebhookDispatcher, hook: WebhookRow, secret: str) -> None:
        self.dispatcher = dispatcher
        self.hook = hook
        self.secret = secret
        self.queue: asyncio.Queue[tuple[Delivery, bytes]] = asyncio.Queue(1000)
        self.recent: deque[Delivery] = deque(maxlen=100)
        self.dropped = 0
        self.task = asyncio.ensure_future(self._run())

    def wants(self, e: ApiEvent) -> bool:
        return ((not self.hook.events or e.name in self.hook.events)
                and (not self.hook.charge_points or e.charge_point_id in self.hook.charge_points))

    def offer(self, e: ApiEvent) -> None:
        d = Delivery(uuid.uuid4().hex, e.name, e.seq)
        body = e.text.encode("utf-8")
        try:
            self.queue.put_nowait((d, body))
        except asyncio.QueueFull:
            self.dropped += 1
            d.state = "dropped"
            self.recent.append(d)
            if self.dropped in (1, 10, 100) or self.dropped % 1000 == 0:
                log.warning("webhook %s is behind: %d event(s) dropped", self.hook.url,
                            self.dropped)
            return
        self.recent.append(d)

    async def _run(self) -> None:
        while True:
            d, body = await self.queue.get()
            await self.deliver(d, body)

    async def deliver(self, d: Delivery, body: bytes) -> None:
        policy = self.dispatcher.policy
        for attempt in range(1, policy.max_attempts + 1):
            ok = await self._attempt(d, body, attempt)
            if ok:
                d.state = "delivered"
                return
            if attempt < policy.max_attempts:
                await asyncio.sleep(policy.delay(attempt))
        d.state = "failed"
        log.warning("webhook %s: %s %s given up after %d attempts", self.hook.url, d.event,
                    d.id, policy.max_attempts)

    async def _attempt(self, d: Delivery, body: bytes, attempt: int) -> bool:
        return await post_once(self.dispatcher, self.hook.url, self.secret, d, body, attempt)

    async def stop(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task


class WebhookDispatcher:
    def __init__(self, broker: EventBroker, policy: RetryPolicy | None = None) -> None:
        self.broker = broker
        self.policy = policy or RetryPolicy()
        self.workers: dict[str, _Worker] = {}
        self._session: aiohttp.ClientSession | None = None
        broker.listeners.append(self._on_event)

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.policy.timeout))
        return self._session

    def _on_event(self, e: ApiEvent) -> None:
        for w in self.workers.values():
            if w.wants(e):
                w.offer(e)

    def reload(self) -> None:
        """Follow the configuration: new webhooks start, removed or paused ones stop (their
        pending deliveries are dropped), changed ones apply to the next event."""
        wanted = {hook.id: (hook, secret) for hook, secret in webhook_config.active_with_secrets()}
        for hook_id in list(self.workers):
            if hook_id not in wanted:
                self.workers.pop(hook_id).task.cancel()
        for hook_id, (hook, secret) in wanted.items():
            worker = self.workers.get(hook_id)
            if worker is None:
                self.workers[hook_id] = _Worker(self, hook, secret)
            else:
                worker.hook, worker.secret = hook, secret

    def deliveries(self, hook_id: str) -> list[Delivery]:
        worker = self.workers.get(hook_id)
        return list(reversed(worker.recent)) if worker is not None else []

    async def ping(self, hook: WebhookRow, secret: str) -> Delivery:
        """One signed ``ping`` POST, once, right now (to test a receiver)."""
        d = Delivery(uuid.uuid4().hex, "ping", 0)
        body = (b'{"id":0,"event":"ping","at":"' + iso(utcnow()).encode()
                + b'","charge_point_id":null,"data":{}}')
        ok = await post_once(self, hook.url, secret, d, body, 1)
        d.state = "delivered" if ok else "failed"
        return d

    async def stop(self) -> None:
        with contextlib.suppress(ValueError):
            self.broker.listeners.remove(self._on_event)
        for w in list(self.workers.values()):
            await w.stop()
        self.workers.clear()
        if self._session is not None:
            await self._session.close()

    def stats(self) -> dict[str, Any]:
        return {hook_id: {"queued": w.queue.qsize(), "dropped": w.dropped}
                for hook_id, w in self.workers.items()}
