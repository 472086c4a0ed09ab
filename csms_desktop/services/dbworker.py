"""The database thread: every piece of database work of the OCPP server runs here.

Peewee and SQLite are synchronous. Run on the event loop thread, a commit, a WAL
checkpoint, a start's session rules or a status read stalled every other charger (lag
p99 163 ms, max 3.5 s at 2,000 chargers). Here one thread owns the server's database
connection and runs *jobs* in arrival order: a charger's CALL handler, a connection's
bookkeeping, housekeeping. The loop only parses, validates, logs and answers.

Group commit: the thread takes every job waiting, runs them, then commits what they
buffered (``BatchWriter.flush``) once — when one of them asked for durability
(``writer.require_durable()``: a start, a stop, a boot, a status) or when the flush
interval has passed — and only then resolves their futures: an answer that confirms a
row is sent after the row is committed, and a burst of 4,000 starts costs a few commits,
not 4,000.

SQLite releases the GIL while it works, so the loop keeps running during commits and
checkpoints. Events the jobs publish are delivered on the loop (``EventHub``), in order.
Without a running worker (scripts, unit tests) :meth:`call` runs the job inline.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from csms_desktop.services.events import Event, EventHub
    from csms_desktop.services.writer import BatchWriter

log = logging.getLogger(__name__)

MAX_BATCH = 256  # jobs run before the futures of a batch are resolved
MAX_BATCH_S = 0.02  # ... or this long


class _Job:
    __slots__ = ("args", "durable", "error", "fn", "future", "result")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...],
                 future: asyncio.Future[Any] | None, durable: bool) -> None:
        self.fn = fn
        self.args = args
        self.future = future
        self.durable = durable
        self.result: Any = None
        self.error: BaseException | None = None


_STOP = object()
_WAKE = object()  # an urgent job is waiting


class DbWorker:
    def __init__(self, writer: BatchWriter, flush_interval: float = 0.25,
                 hub: EventHub | None = None) -> None:
        self.writer = writer
        self.hub = hub  # its events from a batch are delivered after the batch's commit
        self.flush_interval = flush_interval
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        # jobs that go before the queue: a charger's handshake must not wait behind the
        # database work of a ramp (a client gives up its handshake after ~10 s)
        self._urgent: collections.deque[_Job] = collections.deque()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._last_flush = time.monotonic()
        self.jobs_run = 0
        self.batches = 0
        self.commits = 0
        self.busy_s = 0.0  # time spent running jobs and commits (diagnostics)

    # ------------------------------------------------------------------ lifecycle
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def on_worker(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def start(self) -> None:
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._run, name="csms-db", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        """Run what is queued, commit, and end the thread."""
        thread = self._thread
        if thread is None:
            return
        self._queue.put(_STOP)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, thread.join, 30)
        self._thread = None

    # ------------------------------------------------------------------ submitting
    async def call(self, fn: Callable[..., Any], *args: Any, durable: bool = False,
                   urgent: bool = False) -> Any:
        """Run ``fn(*args)`` on the database thread and return its result (its exception
        is raised here). ``durable``: return only once its writes are committed.
        ``urgent``: before the jobs already queued (short reads of a handshake)."""
        if not self.running or self.on_worker():
            result = fn(*args)
            if durable:
                self.writer.flush()
            return result
        assert self._loop is not None
        future: asyncio.Future[Any] = self._loop.create_future()
        job = _Job(fn, args, future, durable)
        if urgent:
            self._urgent.append(job)
            self._queue.put(_WAKE)
        else:
            self._queue.put(job)
        return await future

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args)`` on the database thread; nobody waits for it (errors are
        logged)."""
        if not self.running or self.on_worker():
            try:
                fn(*args)
            except Exception:
                log.exception("database job %s failed", getattr(fn, "__name__", fn))
            return
        self._queue.put(_Job(fn, args, None, False))

    async def durable(self) -> None:
        """Return once everything buffered before this call is committed."""
        await self.call(_nothing, durable=True)

    # ------------------------------------------------------------------ the thread
    def _run(self) -> None:
        stopping = False
        while not stopping:
            timeout = max(0.0, self.flush_interval - (time.monotonic() - self._last_flush))
            try:
                first = self._queue.get(timeout=timeout)
            except queue.Empty:
                self._flush()
                continue
            batch: list[_Job] = []
            t0 = time.monotonic()
            item = first
            if self.hub is not None:
                self.hub.hold()
            while True:
                while self._urgent:  # the handshakes' reads first
                    job = self._urgent.popleft()
                    batch.append(job)
                    self._execute(job)
                if item is _STOP:
                    stopping = True
                    break
                if item is not _WAKE:
                    batch.append(item)
                    self._execute(item)
                if len(batch) >= MAX_BATCH or time.monotonic() - t0 > MAX_BATCH_S:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            durable = [j for j in batch if j.durable]
            if durable or stopping or time.monotonic() - self._last_flush >= self.flush_interval:
                self._flush()
            self.busy_s += time.monotonic() - t0
            self.batches += 1
            events = self.hub.release() if self.hub is not None else []
            self._resolve(batch, events)
        self._flush()

    def _execute(self, job: _Job) -> None:
        self.writer.begin_job()
        try:
            job.result = job.fn(*job.args)
        except BaseException as exc:  # delivered to the caller
            job.error = exc
            if job.future is None:
                log.error("database job %s failed", getattr(job.fn, "__name__", job.fn),
                          exc_info=exc)
        finally:
            if self.writer.end_job():
                job.durable = True
        self.jobs_run += 1

    def _flush(self) -> None:
        try:
            if self.writer.flush():
                self.commits += 1
        except Exception:
            log.exception("committing the buffered rows failed; they are kept for the next try")
        self._last_flush = time.monotonic()

    def _resolve(self, batch: list[_Job], events: list[Event] | None = None) -> None:
        waiting = [j for j in batch if j.future is not None]
        if not waiting and not events:
            return
        loop = self._loop
        assert loop is not None
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            if events:  # first the events (in order), then the answers
                assert self.hub is not None
                loop.call_soon_threadsafe(self.hub.deliver_all, events)
            if waiting:
                loop.call_soon_threadsafe(_settle, waiting)


def _nothing() -> None:
    return None


def _settle(jobs: list[_Job]) -> None:
    for job in jobs:
        fut = job.future
        if fut is None or fut.done():
            continue
        if job.error is not None:
            fut.set_exception(job.error)
        else:
            fut.set_result(job.result)


def report_other_threads(db: Any, worker: DbWorker) -> None:
    """Diagnostic (``CSMS_DB_THREAD_CHECK=1``): log, once per place in the code, SQL run
    on a thread other than the database thread while it runs: work left on the loop."""
    import traceback

    seen: set[str] = set()
    original = db.execute_sql

    def execute_sql(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if worker.running and not worker.on_worker():
            frames = [f for f in traceback.extract_stack()[:-1]
                      if "csms_desktop" in f.filename and "dbworker" not in f.filename]
            where = " <- ".join(f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno}:{f.name}"
                                for f in reversed(frames[-4:]))
            if where not in seen:
                seen.add(where)
                log.warning("SQL off the database thread (%s): %.80s | %s",
                            threading.current_thread().name, sql, where)
        return original(sql, params, *args, **kwargs)

    db.execute_sql = execute_sql
