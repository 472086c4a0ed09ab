"""Batched writes for the hot path (message log, meter values, last-seen times, statuses).

Rows are buffered in memory, converted to database values as they come, and written by
``executemany``. With the server running, the database thread (``services.dbworker``)
writes them: every ``interval`` seconds, and at once when a job asked for durability
(:meth:`require_durable`). Without it (scripts, tests) a background task on the loop
seals the buffer every ``interval`` seconds and drains it in chunks of ``chunk`` rows,
yielding between chunks. Order is kept: chunks are written in the order they were
sealed, and a synchronous :meth:`flush` drains everything pending first. Buffering is
thread-safe: the loop thread logs frames while the database thread writes.

``await writer.durable()`` returns once everything buffered before the call is
committed: a CALLRESULT that confirms a transaction start or stop, a boot or a status is
sent only after that. Concurrent callers share the same commits.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

import peewee as pw

log = logging.getLogger(__name__)

Rows = list[tuple[Any, ...]]
Updates = dict[tuple[type[pw.Model], str], dict[str, Any]]


def _quote(parts: tuple[str, ...], quote_chars: str) -> str:
    """An SQL identifier in the database's quote characters (e.g. '""' or '``')."""
    return ".".join(quote_chars[0] + p + quote_chars[1] for p in parts)


def _executemany(db: Any, sql: str, rows: Rows) -> None:
    """One statement over many rows. psycopg2's ``executemany`` makes a round trip per
    row (400 rows: ~45 ms on loopback); ``execute_batch`` sends them 100 to a trip
    (~7x faster). SQLite: its own ``executemany``."""
    cursor = db.cursor()
    if isinstance(getattr(db, "obj", db), pw.PostgresqlDatabase):
        from psycopg2.extras import execute_batch

        execute_batch(cursor, sql, rows, page_size=100)
    else:
        cursor.executemany(sql, rows)


def _resolve(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)


class BatchWriter:
    def __init__(self, interval: float = 0.25, max_rows: int = 5000, chunk: int = 400) -> None:
        self.interval = interval
        self.max_rows = max_rows
        self.chunk = chunk
        self._rows: dict[type[pw.Model], Rows] = defaultdict(list)
        self._plans: dict[type[pw.Model], tuple[str, list[tuple[str, Any, Any]]]] = {}
        self._updates: Updates = {}
        self._count = 0
        # sealed work, written in order: ("rows", model, rows) or ("updates", None, updates)
        self._queue: deque[tuple[str, Any, Any]] = deque()
        self._task: asyncio.Task[None] | None = None
        # The loop is kept from start(): under qasync a task can be stepped while no loop
        # is "running" for asyncio (Qt processing events outside run_forever), where
        # get_running_loop(), wait_for() and Event.wait() raise.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake_fut: asyncio.Future[None] | None = None
        self._wake_pending = False
        # durable() callers: (seal generation that will contain their rows, future)
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._sealed_gen = 0  # how many times the buffer was sealed
        self._counts: dict[type[pw.Model], int] = defaultdict(int)
        self.after_flush: list[Callable[[dict[type[pw.Model], int]], None]] = []
        self.rows_written = 0
        self.last_flush_ms = 0.0  # longest single chunk of the last drain
        self.failures = 0
        self.worker: Any = None  # services.dbworker.DbWorker once the server runs
        self._lock = threading.RLock()  # the buffer: the loop logs while the worker writes
        self._flushing = threading.Lock()  # one thread writes at a time, in seal order
        self._job = threading.local()  # the running database job asked for durability

    # -- buffering
    def add(self, model: type[pw.Model], row: dict[str, Any]) -> None:
        """Buffer one INSERT (keys are field names; missing fields take their default).

        Values are converted to database values now, so the flush is a plain
        ``executemany`` (Peewee's per-row SQL generation costs ~10x more).
        """
        plan = self._plans.get(model) or self._plan(model)
        values = tuple(
            conv(row[name]) if name in row else conv(default() if callable(default) else default)
            for name, conv, default in plan[1]
        )
        with self._lock:
            self._rows[model].append(values)
            self._bump()

    def add_values(self, model: type[pw.Model], values: tuple[Any, ...]) -> None:
        """Buffer one INSERT given as database values in the model's field order (hot path)."""
        with self._lock:
            self._rows[model].append(values)
            self._bump()

    def _bump(self) -> None:
        self._count += 1
        if self._count >= self.max_rows and self.worker is None:
            self._kick()

    def _kick(self) -> None:
        """Wake the background task now (or as soon as it next waits)."""
        fut = self._wake_fut
        if fut is not None and not fut.done():
            fut.set_result(None)
        else:
            self._wake_pending = True

    def update_later(self, model: type[pw.Model], pk: str, **values: Any) -> None:
        """Coalesced UPDATE by primary key (the last values win)."""
        with self._lock:
            self._updates.setdefault((model, pk), {}).update(values)

    def _plan(self, model: type[pw.Model]) -> tuple[str, list[tuple[str, Any, Any]]]:
        db = model._meta.database
        fields = model._meta.sorted_fields
        q = db.quote  # the database's identifier quote characters, e.g. '""'
        cols = ", ".join(_quote((f.column_name,), q) for f in fields)
        marks = ", ".join([db.param] * len(fields))
        sql = f"INSERT INTO {_quote((model._meta.table_name,), q)} ({cols}) VALUES ({marks})"
        plan = (sql, [(f.name, f.db_value, f.default) for f in fields])
        self._plans[model] = plan
        return plan

    @property
    def pending(self) -> int:
        return self._count + len(self._updates) + sum(
            len(item[2]) for item in self._queue)

    # -- sealing and writing
    def _seal(self) -> None:
        """Move the buffer to the queue as chunks (inserts first, then updates: an update
        may refer to a row inserted in the same batch)."""
        with self._lock:
            rows, self._rows = self._rows, defaultdict(list)
            updates, self._updates = self._updates, {}
            self._count = 0
            self._sealed_gen += 1
            for model, batch in rows.items():
                for i in range(0, len(batch), self.chunk):
                    self._queue.append(("rows", model, batch[i:i + self.chunk]))
            if updates:
                self._queue.append(("updates", None, updates))

    def _write_one(self) -> None:
        kind, model, data = self._queue.popleft()
        t0 = time.perf_counter()
        try:
            if kind == "rows":
                db = model._meta.database
                sql = (self._plans.get(model) or self._plan(model))[0]
                with db.atomic():
                    _executemany(db, sql, data)
                self._counts[model] += len(data)
                self.rows_written += len(data)
            else:
                db = next(iter(data))[0]._meta.database
                with db.atomic():
                    self._run_updates(db, data)
        except Exception:
            self.failures += 1
            log.exception("batch write failed; retrying rows one by one")
            if kind == "rows":
                self._write_rows_one_by_one(model, data)
            else:
                self._write_updates_one_by_one(data)
        self.last_flush_ms = max(self.last_flush_ms, (time.perf_counter() - t0) * 1000)

    def _drained(self, gen: int) -> None:
        """Everything sealed up to ``gen`` is committed: wake the durable() callers whose
        rows that covers, tell listeners."""
        still = []
        for need, fut in self._waiters:
            if need <= gen:
                if not fut.done():
                    fut.set_result(None)
            else:
                still.append((need, fut))
        self._waiters = still
        counts, self._counts = dict(self._counts), defaultdict(int)
        for cb in self.after_flush:
            try:
                cb(counts)
            except Exception:
                log.exception("after_flush callback failed")

    def flush(self) -> bool:
        """Write everything pending now, synchronously, in order; True when anything was
        written."""
        with self._flushing:
            self._seal()
            gen = self._sealed_gen
            self.last_flush_ms = 0.0
            wrote = bool(self._queue)
            while self._queue:
                self._write_one()
            self._drained(gen)
        return wrote

    # -- durability inside database jobs (services.dbworker)
    def begin_job(self) -> None:
        self._job.durable = False

    def end_job(self) -> bool:
        """End a job: did it ask for durability?"""
        asked = bool(getattr(self._job, "durable", False))
        self._job.durable = False
        return asked

    def require_durable(self) -> None:
        """The running database job's answer confirms what it wrote: commit before it is
        sent (on the database thread: with the job's batch; elsewhere: now)."""
        if self.worker is not None and self.worker.on_worker():
            self._job.durable = True
        else:
            self.flush()

    async def _drain(self) -> None:
        self._seal()
        gen = self._sealed_gen
        self.last_flush_ms = 0.0
        while self._queue:
            self._write_one()
            if self._queue:
                await asyncio.sleep(0)  # let the loop answer chargers between chunks
        self._drained(gen)

    @staticmethod
    def _run_updates(db: Any, updates: Updates) -> None:
        """Coalesced updates as one ``executemany`` per (table, set of columns)."""
        groups: dict[tuple[type[pw.Model], tuple[str, ...]], Rows] = defaultdict(list)
        for (model, pk), values in updates.items():
            names = tuple(sorted(values))
            fields = model._meta.fields
            groups[(model, names)].append(
                (*tuple(fields[n].db_value(values[n]) for n in names), pk))
        q = db.quote
        for (model, names), params in groups.items():
            sets = ", ".join(f"{_quote((model._meta.fields[n].column_name,), q)} = {db.param}"
                             for n in names)
            pk_field: Any = model._meta.primary_key
            pk_col = _quote((pk_field.column_name,), q)
            sql = (f"UPDATE {_quote((model._meta.table_name,), q)} SET {sets} "
                   f"WHERE {pk_col} = {db.param}")
            _executemany(db, sql, params)

    def _write_rows_one_by_one(self, model: type[pw.Model], batch: Rows) -> None:
        sql = (self._plans.get(model) or self._plan(model))[0]
        db = model._meta.database
        for row in batch:
            try:
                with db.atomic():
                    db.execute_sql(sql, row)
                self._counts[model] += 1
                self.rows_written += 1
            except Exception as exc:
                log.error("dropped a %s row that cannot be stored: %s (%r)",
                          model.__name__, exc, row)

    @staticmethod
    def _write_updates_one_by_one(updates: Updates) -> None:
        for (model, pk), values in updates.items():
            try:
                model.update(**values).where(model._meta.primary_key == pk).execute()
            except Exception as exc:
                log.error("update of %s %s failed: %s", model.__name__, pk, exc)

    async def durable(self) -> None:
        """Return once everything buffered before this call is committed."""
        if self.worker is not None and self.worker.running:
            await self.worker.durable()
            return
        if self._task is None or self._task.done():
            self.flush()  # no background task (scripts, unit tests): write now
            return
        assert self._loop is not None
        fut: asyncio.Future[None] = self._loop.create_future()
        self._waiters.append((self._sealed_gen + 1, fut))  # the next seal holds our rows
        self._kick()
        await fut

    # -- lifecycle
    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self.worker is not None:
            return  # the database thread writes (and on its interval)
        self._task = self._loop.create_task(self._run(), name="batch-writer")

    async def _sleep(self) -> None:
        """Until ``interval`` passes or someone calls _kick()."""
        assert self._loop is not None
        if self._wake_pending:
            self._wake_pending = False
            return
        fut: asyncio.Future[None] = self._loop.create_future()
        self._wake_fut = fut
        timer = self._loop.call_later(self.interval, _resolve, fut)
        try:
            await fut
        finally:
            timer.cancel()
            self._wake_fut = None

    async def _run(self) -> None:
        while True:
            await self._sleep()
            try:
                await self._drain()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("batch writer failed; will retry")
            if self._waiters:  # callers that arrived during the drain need the next one
                self._wake_pending = True

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        self.flush()
