"""Batched writes for the hot path (message log, meter values, last-seen times).

Rows are buffered in memory and inserted in one transaction per flush, on the event
loop thread (Peewee is synchronous). ``await writer.durable()`` waits until everything
buffered so far is committed: a CALLRESULT that confirms a transaction start or stop is
sent only after that.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import peewee as pw

log = logging.getLogger(__name__)


def _quote(parts: tuple[str, ...], quote_chars: str) -> str:
    """An SQL identifier in the database's quote characters (e.g. '""' or '``')."""
    return ".".join(quote_chars[0] + p + quote_chars[1] for p in parts)


class BatchWriter:
    def __init__(self, interval: float = 0.25, max_rows: int = 5000) -> None:
        self.interval = interval
        self.max_rows = max_rows
        self._rows: dict[type[pw.Model], list[tuple[Any, ...]]] = defaultdict(list)
        self._plans: dict[type[pw.Model], tuple[str, list[tuple[str, Any, Any]]]] = {}
        self._updates: dict[tuple[type[pw.Model], str], dict[str, Any]] = {}
        self._count = 0
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._waiters: list[asyncio.Future[None]] = []
        self.after_flush: list[Callable[[dict[type[pw.Model], int]], None]] = []
        self.rows_written = 0
        self.last_flush_ms = 0.0
        self.failures = 0

    # -- buffering
    def add(self, model: type[pw.Model], row: dict[str, Any]) -> None:
        """Buffer one INSERT (keys are field names; missing fields take their default).

        Values are converted to database values now, so the flush is a plain
        ``executemany`` (Peewee's per-row SQL generation costs ~10x more).
        """
        plan = self._plans.get(model) or self._plan(model)
        self._rows[model].append(tuple(
            conv(row[name]) if name in row else conv(default() if callable(default) else default)
            for name, conv, default in plan[1]
        ))
        self._count += 1
        if self._count >= self.max_rows and self._wake is not None:
            self._wake.set()

    def add_values(self, model: type[pw.Model], values: tuple[Any, ...]) -> None:
        """Buffer one INSERT given as database values in the model's field order (hot path)."""
        self._rows[model].append(values)
        self._count += 1
        if self._count >= self.max_rows and self._wake is not None:
            self._wake.set()

    def update_later(self, model: type[pw.Model], pk: str, **values: Any) -> None:
        """Coalesced UPDATE by primary key (the last values win)."""
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
        return self._count + len(self._updates)

    # -- flushing
    def flush(self) -> None:
        if not self._count and not self._updates:
            self._release()
            return
        rows, self._rows = self._rows, defaultdict(list)
        updates, self._updates = self._updates, {}
        self._count = 0
        t0 = time.perf_counter()
        counts: dict[type[pw.Model], int] = {}
        try:
            first = next(iter(rows)) if rows else next(iter(updates))[0]
            db = first._meta.database
            with db.atomic():
                for model, batch in rows.items():
                    sql = (self._plans.get(model) or self._plan(model))[0]
                    db.cursor().executemany(sql, batch)
                    counts[model] = len(batch)
                self._run_updates(db, updates)
            self.rows_written += sum(counts.values())
        except Exception:
            self.failures += 1
            log.exception("batch write failed; retrying rows one by one")
            self._write_one_by_one(rows, updates)
        self.last_flush_ms = (time.perf_counter() - t0) * 1000
        self._release()
        for cb in self.after_flush:
            try:
                cb(counts)
            except Exception:
                log.exception("after_flush callback failed")

    @staticmethod
    def _run_updates(db: Any, updates: dict[tuple[type[pw.Model], str], dict[str, Any]]) -> None:
        """Coalesced updates as one ``executemany`` per (table, set of columns)."""
        groups: dict[tuple[type[pw.Model], tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
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
            db.cursor().executemany(sql, params)

    def _write_one_by_one(self, rows: dict[type[pw.Model], list[tuple[Any, ...]]],
                          updates: dict[tuple[type[pw.Model], str], dict[str, Any]]) -> None:
        for model, batch in rows.items():
            sql = (self._plans.get(model) or self._plan(model))[0]
            for row in batch:
                try:
                    with model._meta.database.atomic():
                        model._meta.database.execute_sql(sql, row)
                except Exception as exc:
                    log.error("dropped a %s row that cannot be stored: %s (%r)",
                              model.__name__, exc, row)
        for (model, pk), values in updates.items():
            try:
                model.update(**values).where(model._meta.primary_key == pk).execute()
            except Exception as exc:
                log.error("update of %s %s failed: %s", model.__name__, pk, exc)

    def _release(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    async def durable(self) -> None:
        """Flush now (coalescing concurrent callers into one commit)."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        self._waiters.append(fut)
        if len(self._waiters) == 1:
            loop.call_soon(self.flush)
        await fut

    # -- lifecycle
    def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="batch-writer")

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), self.interval)
            except TimeoutError:
                pass
            self._wake.clear()
            self.flush()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        self.flush()
