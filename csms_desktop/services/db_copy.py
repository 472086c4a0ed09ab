"""Copy a site's database into another (``main.py db copy --from URL --to URL``).

For moving a depot's SQLite file into the central PostgreSQL database (issue 19), or the
other way. Every table of the schema, every row, with its ids: a driver, a transaction,
an invoice keeps the id that its printed documents, exports and chargers know.

* **Idempotent**: rows are upserted by primary key. A second run writes the same rows
  again (nothing duplicated, nothing fails) and brings rows changed in the source since
  the first run up to date, so a depot can be copied ahead of the cut-over and again at
  it. Rows deleted in the source are not deleted in the destination.
* **Nothing half-merged**: before anything is written, every unique key (a charger's
  connector number, an id tag, a transaction's OCPP id, an invoice number, a phone
  number, a plate...) is checked against the destination; a value that belongs there to
  *another* row (another site's transaction 17, another driver with that phone number)
  stops the copy with the list of conflicts, and nothing is written.
* **The destination's own**: operator accounts (by username) and settings (by key)
  already in the destination are kept, not overwritten (``replace_settings`` overwrites
  the settings); the result says how many were kept.
* The source must be at this program's schema version (open it once with this version:
  it migrates after a backup); the destination is opened and migrated by the caller.
* **Into a site** (``--site NAME``): every copied charger is put in the destination's site
  NAME (made when missing) instead of keeping the source's site; the source's site rows
  are not copied. The depot's chargers, and through them its sessions, show under that
  site on every node and workstation.
* Progress: ``report(CopyProgress)`` after each batch.

Both databases are plain connections: the source is read through queries bound to it,
the destination is the store's proxy, so every value goes through the fields' own
conversions (Decimal money, UTC times, JSON) in both directions.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import peewee as pw
from peewee import sort_models  # type: ignore[attr-defined]
from playhouse.db_url import connect

from csms_desktop.services.sites import ensure_site, find_site
from csms_desktop.services.validation import FieldError
from csms_desktop.store import models as m
from csms_desktop.store.db import database_proxy, sqlite_path_from_url
from csms_desktop.store.migrations import LATEST_VERSION
from csms_desktop.store.sequences import advance_transaction_sequence

# peewee's stubs type a query's rows as models and _meta's fields loosely: rows here are
# dicts and models are handled through their _meta
ModelT = Any

BATCH = 1000
# Tables whose rows already in the destination are kept (matched by this unique column,
# or by the primary key when None): another site's operators and settings.
DESTINATION_WINS: dict[str, str | None] = {"operator": "username", "setting": None}
# Not copied when the chargers go into a site of the destination (--site)
SITE_TABLES = ("site",)


class CopyError(Exception):
    """The copy cannot run or stopped; the message is for a person."""


@dataclass(frozen=True)
class Conflict:
    table: str
    columns: tuple[str, ...]
    value: tuple[Any, ...]

    def __str__(self) -> str:
        shown = ", ".join(f"{c}={v!r}" for c, v in zip(self.columns, self.value, strict=True))
        return f"{self.table}: {shown} belongs to another row in the destination"


class CopyConflict(CopyError):
    def __init__(self, conflicts: list[Conflict], more: int) -> None:
        self.conflicts = conflicts
        lines = "\n  ".join(str(c) for c in conflicts)
        extra = f"\n  ... and {more} more" if more else ""
        super().__init__(f"{len(conflicts) + more} rows of the source would overwrite or "
                         f"clash with other rows of the destination; nothing was copied:\n  "
                         f"{lines}{extra}")


@dataclass(frozen=True)
class CopyProgress:
    phase: str  # "checking" or "copying"
    table: str
    done: int
    total: int
    table_index: int
    tables: int


@dataclass
class TableResult:
    table: str
    rows: int = 0  # written (inserted or brought up to date)
    kept: int = 0  # the destination's own, not overwritten


@dataclass
class CopyResult:
    tables: list[TableResult] = field(default_factory=list)
    seconds: float = 0.0
    site: str | None = None  # the destination site's name the chargers went into

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def kept(self) -> int:
        return sum(t.kept for t in self.tables)

    def line(self) -> str:
        kept = f", kept {self.kept} of the destination's own" if self.kept else ""
        into = f", the chargers into site {self.site}" if self.site else ""
        return (f"copied {self.rows} rows in {len(self.tables)} tables{kept}{into} "
                f"({self.seconds:.1f} s)")


Report = Callable[[CopyProgress], None]


def models_in_order() -> list[ModelT]:
    """Every table, parents before children (foreign keys hold at every insert)."""
    return list(sort_models(list(m.ALL_MODELS)))


def open_source(url: str) -> pw.Database:
    path = sqlite_path_from_url(url)
    if url.startswith("sqlite") and (path is None or not path.is_file()):
        raise CopyError(f"no database file at {url}")
    try:
        src = connect(url.replace("postgres://", "postgresql://", 1))
        src.connect(reuse_if_open=True)
        tables = set(src.get_tables())
    except (pw.DatabaseError, ImportError) as exc:
        raise CopyError(f"cannot open the source {url}: {exc}") from exc
    if "schema_version" not in tables:
        src.close()
        raise CopyError(f"{url} is not a csms-desktop database (no schema_version table)")
    version = src.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0]
    if version != LATEST_VERSION:
        src.close()
        if version is not None and version > LATEST_VERSION:
            raise CopyError(f"the source is at schema version {version}, newer than this "
                            f"program ({LATEST_VERSION}): upgrade the program")
        raise CopyError(f"the source is at schema version {version}, this program at "
                        f"{LATEST_VERSION}: bring it up to date first (`main.py db backup "
                        f"--db {url}` migrates it after a backup)")
    return src


def _pk_fields(model: ModelT) -> list[pw.Field]:
    pk = model._meta.primary_key
    if isinstance(pk, pw.CompositeKey):
        return [model._meta.fields[name] for name in pk.field_names]
    return [pk]


def _unique_keys(model: ModelT) -> list[tuple[pw.Field, ...]]:
    keys: list[tuple[pw.Field, ...]] = [
        (f,) for f in model._meta.sorted_fields if f.unique and not f.primary_key]
    for index in model._meta.indexes or ():
        if isinstance(index, tuple) and index[1]:
            keys.append(tuple(model._meta.fields[name] for name in index[0]))
    return keys


def _rows(src: pw.Database, model: ModelT, batch: int) -> Iterator[list[dict[str, Any]]]:
    """The source's rows in primary-key order, a batch at a time (keyset paging)."""
    pks = _pk_fields(model)
    if len(pks) > 1:
        offset = 0
        while True:
            rows = list(model.select().order_by(*pks).offset(offset).limit(batch)
                        .bind(src).dicts())
            if not rows:
                return
            yield rows
            offset += len(rows)
    pk = pks[0]
    last: Any = None
    while True:
        query = model.select().order_by(pk).limit(batch)
        if last is not None:
            query = query.where(pk > last)
        rows = list(query.bind(src).dicts())
        if not rows:
            return
        yield rows
        last = rows[-1][pk.name]


def _self_referencing(model: ModelT) -> list[pw.ForeignKeyField]:
    return [f for f in model._meta.sorted_fields
            if isinstance(f, pw.ForeignKeyField) and f.rel_model is model]


def _parents_first(model: ModelT, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a table that refers to itself (an invoice correcting another), each after
    the row it refers to."""
    refs = _self_referencing(model)
    pk = model._meta.primary_key.name
    pending = {r[pk]: r for r in rows}
    placed: set[Any] = set()
    ordered: list[dict[str, Any]] = []
    while pending:
        ready = [k for k, r in pending.items()
                 if all(r[f.name] is None or r[f.name] in placed or r[f.name] not in pending
                        for f in refs)]
        if not ready:  # a cycle: impossible through the GUI; let the database refuse it
            ready = list(pending)
        for k in ready:
            ordered.append(pending.pop(k))
            placed.add(k)
    return ordered


def _batches(src: pw.Database, model: ModelT, batch: int
             ) -> Iterator[list[dict[str, Any]]]:
    if _self_referencing(model):
        rows = [r for chunk in _rows(src, model, batch) for r in chunk]
        ordered = _parents_first(model, rows)
        for i in range(0, len(ordered), batch):
            yield ordered[i:i + batch]
        return
    yield from _rows(src, model, batch)


def _pk_value(model: ModelT, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[f.name] for f in _pk_fields(model))


def _holders(model: ModelT, key: tuple[pw.Field, ...], values: list[tuple[Any, ...]]
             ) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """The destination's rows holding these unique values: value -> primary key."""
    pks = _pk_fields(model)
    cols = [*key, *pks]
    where = (key[0].in_([v[0] for v in values]) if len(key) == 1
             else pw.Tuple(*key).in_(values))
    found: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for row in model.select(*cols).where(where).tuples():
        found[tuple(row[:len(key)])] = tuple(row[len(key):])
    return found


def find_conflicts(src: pw.Database, batch: int = BATCH, report: Report | None = None,
                   limit: int = 20, without: tuple[str, ...] = ()
                   ) -> tuple[list[Conflict], int, dict[str, set[tuple[Any, ...]]]]:
    """Unique values of the source that another row of the destination holds (tables
    in ``without`` are not copied: not checked).

    Returns (conflicts shown, how many more, and for the destination-wins tables the
    source primary keys to skip)."""
    conflicts: list[Conflict] = []
    more = 0
    skip: dict[str, set[tuple[Any, ...]]] = {}
    models = models_in_order()
    for ix, model in enumerate(models):
        table = model._meta.table_name
        keys = _unique_keys(model)
        wins = DESTINATION_WINS.get(table, "")
        if table in without or (not keys and table not in DESTINATION_WINS):
            continue
        total = model.select().bind(src).count()
        done = 0
        for rows in _rows(src, model, batch):
            if table in DESTINATION_WINS:
                skip.setdefault(table, set()).update(_kept(model, rows, wins))
            for key in keys:
                if wins and key[0].name == wins and len(key) == 1:
                    continue
                keyed = [(tuple(r[f.name] for f in key), r) for r in rows]
                values = list({v for v, _ in keyed if None not in v})
                if not values:
                    continue
                holders = _holders(model, key, values)
                for value, r in keyed:
                    held = holders.get(value)
                    if held is not None and held != _pk_value(model, r):
                        if len(conflicts) < limit:
                            conflicts.append(Conflict(table, tuple(f.name for f in key), value))
                        else:
                            more += 1
            done += len(rows)
            if report:
                report(CopyProgress("checking", table, done, total, ix + 1, len(models)))
    return conflicts, more, skip


def _kept(model: ModelT, rows: list[dict[str, Any]], by: str | None
          ) -> set[tuple[Any, ...]]:
    """Source rows of a destination-wins table that the destination already has."""
    if by is None:  # by primary key
        pk = model._meta.primary_key
        present = {k for (k,) in model.select(pk).where(pk.in_([r[pk.name] for r in rows]))
                   .tuples()}
        return {(r[pk.name],) for r in rows if r[pk.name] in present}
    column = model._meta.fields[by]
    pk = model._meta.primary_key
    holder = dict(model.select(column, pk).where(column.in_([r[by] for r in rows])).tuples())
    # the same row (an earlier copy of this site) is brought up to date; another is kept
    return {_pk_value(model, r) for r in rows
            if r[by] in holder and holder[r[by]] != r[pk.name]}


def _write(model: ModelT, rows: list[dict[str, Any]]) -> None:
    pks = _pk_fields(model)
    names = {f.name for f in pks}  # by name: a Field's == builds an SQL expression
    others = [f for f in model._meta.sorted_fields if f.name not in names]
    query = model.insert_many(rows)
    (query.on_conflict(conflict_target=pks, preserve=others) if others
     else query.on_conflict_ignore()).execute()


def copy_database(src_url: str, report: Report | None = None, batch: int = BATCH,
                  replace_settings: bool = False, site: str | None = None) -> CopyResult:
    """Copy every row of ``src_url`` into the database the store has open (migrated);
    with ``site`` (a name or id) every charger into that site of the destination."""
    dst = database_proxy.obj
    if dst is None:
        raise CopyError("the destination database is not open")
    started = time.monotonic()
    src = open_source(src_url)
    try:
        if _same(src, dst):
            raise CopyError("the source and the destination are the same database")
        conflicts, more, skip = find_conflicts(src, batch, report,
                                               without=SITE_TABLES if site else ())
        if conflicts:
            raise CopyConflict(conflicts, more)
        if replace_settings:
            skip.pop("setting", None)
        into = _target_site(site) if site else None
        result = CopyResult(site=into[1] if into else None)
        models = models_in_order()
        for ix, model in enumerate(models):
            table = model._meta.table_name
            if into and table in SITE_TABLES:
                continue  # the destination's site is where the chargers go
            outcome = TableResult(table)
            total = model.select().bind(src).count()
            done = 0
            kept = skip.get(table, set())
            for rows in _batches(src, model, batch):
                todo = [r for r in rows if _pk_value(model, r) not in kept] if kept else rows
                if into and table == "charge_point":
                    todo = [{**r, "site": into[0]} for r in todo]
                outcome.kept += len(rows) - len(todo)
                if todo:
                    with dst.atomic():
                        _write(model, todo)
                outcome.rows += len(todo)
                done += len(rows)
                if report:
                    report(CopyProgress("copying", table, done, total, ix + 1, len(models)))
            result.tables.append(outcome)
        advance_transaction_sequence(dst)  # PostgreSQL: 1.6 ids go on above the copied ones
        result.seconds = time.monotonic() - started
        return result
    finally:
        src.close()


def _target_site(key: str) -> tuple[str, str]:
    """(id, name) of the destination's site ``key`` (an id or a name; made when missing)."""
    found = find_site(key)
    try:
        info = found if found is not None else ensure_site(key)
    except FieldError as exc:
        raise CopyError(f"--site: {exc.message}") from exc
    return info.id, info.name


def _same(src: pw.Database, dst: pw.Database) -> bool:
    if isinstance(src, pw.SqliteDatabase) and isinstance(dst, pw.SqliteDatabase):
        try:
            return os.path.samefile(src.database, dst.database)
        except OSError:
            return False
    if isinstance(src, pw.SqliteDatabase) or isinstance(dst, pw.SqliteDatabase):
        return False
    same_db = src.database == dst.database
    params = ("host", "port")
    return same_db and all(src.connect_params.get(p) == dst.connect_params.get(p)
                           for p in params)
