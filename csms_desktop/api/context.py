"""What every handler is given: the services, the command interface, the shared driver /
reservation / profile services, tokens, the event broker and the webhook dispatcher."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from csms_desktop.api.auth import RateLimiter, TokenCache
from csms_desktop.protocol.commands import Commands
from csms_desktop.services.context import Services
from csms_desktop.services.driver_services import DriverServices, install
from csms_desktop.store.db import database_proxy

if TYPE_CHECKING:
    from csms_desktop.api.events import EventBroker
    from csms_desktop.api.webhooks import WebhookDispatcher

T = TypeVar("T")

READ_THREADS = 2
"""Threads that serve the API's reads. Few on purpose: every read is Python work that
holds the interpreter lock the OCPP loop needs; more threads only queue for it."""
CONNECTION_AGE_S = 60.0
"""A read thread keeps its database connection this long (opening one per request cost
about a fifth of each read), then opens a fresh one."""

_local = threading.local()


def _read_keeping_connection(fn: Callable[..., T], *args: Any) -> T:
    try:
        return fn(*args)
    finally:
        db = database_proxy.obj
        if db is not None and not db.is_closed():
            opened = getattr(_local, "opened", None)
            now = time.monotonic()
            if opened is None:
                _local.opened = now
            elif now - opened > CONNECTION_AGE_S:
                db.close()
                _local.opened = None
        else:
            _local.opened = None


class ReadPool:
    """The API's read threads, each with a connection it keeps (see CONNECTION_AGE_S)."""

    def __init__(self, threads: int = READ_THREADS) -> None:
        self._threads = threads
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="api-read")

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, _read_keeping_connection, fn, *args)

    async def aclose(self) -> None:
        """Close every read thread's connection (each closes its own), then end them."""
        n = self._threads
        barrier = threading.Barrier(n, timeout=10)

        def close_own() -> None:
            barrier.wait()  # holds each thread until all have one: one close per thread
            db = database_proxy.obj
            if db is not None and not db.is_closed():
                db.close()

        loop = asyncio.get_running_loop()
        try:
            await asyncio.gather(*(loop.run_in_executor(self._pool, close_own)
                                   for _ in range(n)))
        except threading.BrokenBarrierError:
            pass  # a read still running: its thread ends with the process
        self._pool.shutdown(wait=False)


@dataclass
class ApiContext:
    services: Services
    commands: Commands
    tokens: TokenCache = field(default_factory=TokenCache)
    limiter: RateLimiter = field(default_factory=RateLimiter)
    broker: EventBroker | None = None
    webhooks: WebhookDispatcher | None = None
    hits: set[tuple[str, str]] | None = None  # routes answered (tests check coverage)
    extras: dict[str, Any] = field(default_factory=dict)
    reads: ReadPool = field(default_factory=ReadPool)

    @property
    def bundle(self) -> DriverServices:
        return install(self.services, self.commands)

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` (database reads) in one of the read threads: the loop keeps
        serving the chargers meanwhile."""
        return await self.reads.run(fn, *args)
