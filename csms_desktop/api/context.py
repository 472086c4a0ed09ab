"""What every handler is given: the services, the command interface, the shared driver /
reservation / profile services, tokens, the event broker and the webhook dispatcher."""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from csms_desktop.api.auth import RateLimiter, TokenCache
from csms_desktop.api.read_process import NotPortable, NotReady, ReadProcessLost, ReadWorkers
from csms_desktop.protocol.commands import Commands
from csms_desktop.services.context import Services
from csms_desktop.services.driver_services import DriverServices, install
from csms_desktop.store.db import database_proxy, opened_url

if TYPE_CHECKING:
    from csms_desktop.api.events import EventBroker
    from csms_desktop.api.webhooks import WebhookDispatcher

T = TypeVar("T")
log = logging.getLogger(__name__)

READ_THREADS = 2
"""Threads that serve the API's reads. Few on purpose: every read is Python work that
holds the interpreter lock the OCPP loop needs; more threads only queue for it."""
CONNECTION_AGE_S = 60.0
"""A read thread keeps its database connection this long (opening one per request cost
about a fifth of each read), then opens a fresh one."""

READ_PROCESSES = 1
"""Processes that serve the API's portable reads (a module-level function of picklable
arguments, and the JSON of its answer). Their Python work holds no interpreter lock the
OCPP loop needs, which threads' work does: at 50 requests/s the threads added tens of ms to
the chargers' p99 (bench/RESULTS.md). 0 = threads only; ``CSMS_API_READ_PROCESSES``
overrides. Reads that are not portable (a closure, a bound method) stay in the threads."""

_local = threading.local()

#: set by the request handler of an offloaded route (api/app.py): a read made with
#: ``read_answer`` while answering it also returns its JSON, made in the same trip to the
#: read process, recorded here as (value, JSON), so that a handler answering with that very
#: value sends the JSON as is (one trip instead of two: the value is not pickled back to a
#: process to be encoded). The read rows are frozen dataclasses: same object, same JSON.
ENCODED: contextvars.ContextVar[list[tuple[Any, str]] | None] = contextvars.ContextVar(
    "api_encoded_reads", default=None)


def read_and_encode(fn: Callable[..., Any], *args: Any) -> tuple[Any, str | None]:
    """``fn(*args)`` and its JSON (in the read process or thread); None for a value that
    is not an answer by itself (a model row, a PDF's bytes): the handler makes its own."""
    from csms_desktop.api.serialize import dumps

    value = fn(*args)
    if isinstance(value, bytes | bytearray):
        return value, None
    try:
        return value, dumps(value)
    except Exception:
        return value, None


def encoded(value: Any) -> str | None:
    """The JSON already made for ``value`` by a read of this request, if any."""
    for got, text in ENCODED.get() or ():
        if got is value:
            return text
    return None


def read_processes() -> int:
    text = os.environ.get("CSMS_API_READ_PROCESSES", "").strip()
    try:
        return max(0, int(text)) if text else READ_PROCESSES
    except ValueError:
        return READ_PROCESSES


def portable(fn: Callable[..., Any]) -> bool:
    """Whether another process can find ``fn`` by its module and name."""
    if not inspect.isfunction(fn):
        return False
    name = fn.__qualname__
    if "<" in name or "." in name:
        return False
    module = sys.modules.get(fn.__module__)
    return module is not None and getattr(module, name, None) is fn


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

    def __init__(self, threads: int = READ_THREADS, processes: int | None = None) -> None:
        self._threads = threads
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="api-read")
        self._want_processes = read_processes() if processes is None else processes
        self._procs: ReadWorkers | None = None
        self._procs_failed = False

    def start(self) -> None:
        """Starts the read processes now (a first request would otherwise wait for them)."""
        procs = self._processes()
        if procs is not None:
            procs.start()

    def _processes(self) -> ReadWorkers | None:
        if self._procs is not None or self._procs_failed or self._want_processes <= 0:
            return self._procs
        self._procs_failed = True
        if getattr(sys, "frozen", False):  # a bundle has no Python to start a worker with
            return None
        url = opened_url()
        if url is None:  # an in-memory database: only this process can read it
            return None
        loop = asyncio.get_running_loop()
        try:  # the loop must watch a pipe (qasync and the default loop do on Linux)
            r, w = os.pipe()
            try:
                loop.add_reader(r, lambda: None)
                loop.remove_reader(r)
            finally:
                os.close(r)
                os.close(w)
        except (NotImplementedError, RuntimeError) as exc:
            log.warning("API reads stay in threads: the loop cannot watch a pipe (%s)", exc)
            return None
        self._procs = ReadWorkers(self._want_processes, url)
        self._procs_failed = False
        return self._procs

    async def processes_ready(self, timeout: float = 30.0) -> bool:
        """Waits for the read processes (tests, benchmarks); False when reads use threads."""
        procs = self._processes()
        return procs is not None and await procs.ready(timeout)

    def process_pids(self) -> list[int]:
        return self._procs.pids() if self._procs is not None else []

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        procs = self._processes() if portable(fn) else None
        if procs is not None:
            try:
                return await procs.call(fn, args)
            except ReadProcessLost as exc:  # threads from now on
                log.error("%s; API reads go on in threads", exc)
                self._procs, self._procs_failed = None, True
                await procs.aclose()
            except NotReady:
                pass  # served in a thread while the processes start
            except NotPortable as exc:
                log.warning("API read %s cannot go to a process (%s): in a thread",
                            fn.__name__, exc)
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
        if self._procs is not None:
            await self._procs.aclose()
            self._procs = None


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

    async def read_answer(self, fn: Callable[..., T], *args: Any) -> T:
        """:meth:`read` for a value the handler answers with as it is (or not at all): its
        JSON is made in the same trip to the read process (see ``ENCODED``)."""
        slot = ENCODED.get()
        if slot is None or not portable(fn):
            return await self.reads.run(fn, *args)
        value, text = await self.reads.run(read_and_encode, fn, *args)
        if text is not None:
            slot.append((value, text))
        return value
