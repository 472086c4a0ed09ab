"""Database connection: one proxy bound at start-up to SQLite (default) or PostgreSQL by URL."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import peewee
from playhouse.db_url import connect

log = logging.getLogger(__name__)

database_proxy = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -64 * 1024,  # 64 MiB
}


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is for a person."""


def redact_url(url: str) -> str:
    """``url`` without its password (for messages and logs)."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def sqlite_path_from_url(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    # sqlite:///relative.db -> "relative.db"; sqlite:////abs/x.db -> "/abs/x.db"
    raw = url[len("sqlite:///") :] if url.startswith("sqlite:///") else parsed.path
    if raw in ("", ":memory:"):
        return None
    return Path(raw)


def open_database(url: str) -> peewee.Database:
    """Open the database at ``url`` and bind the models' proxy to it.

    Raises DatabaseError with a one-line explanation when the URL is unusable.
    """
    scheme = urlparse(url).scheme
    if scheme not in ("sqlite", "postgresql", "postgres"):
        raise DatabaseError(
            f"unsupported database URL {redact_url(url)!r}: use sqlite:///path.db or "
            "postgresql://..."
        )
    path = sqlite_path_from_url(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder for {path}: {exc.strerror}") from exc
        if path.exists() and path.is_dir():
            raise DatabaseError(f"{path} is a directory, not a database file")
    try:
        if scheme == "sqlite":
            # BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so two
            # threads' transactions wait for each other (busy_timeout) instead of one
            # failing at once with "database is locked" when it upgrades a read snapshot
            # that the other's commit made stale (the database thread and the GUI's).
            db = connect(url, pragmas=SQLITE_PRAGMAS, check_same_thread=False,
                         lock_type="IMMEDIATE")
        else:
            _register_nul_safe_strings()
            db = connect(url.replace("postgres://", "postgresql://", 1))
        db.connect(reuse_if_open=True)
        if scheme == "sqlite":
            # Touch the file so an unreadable or corrupt one fails here, not later.
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        # psycopg2's messages span lines ("... Connection refused\n\tIs the server
        # running ..."): one line for a person
        raise DatabaseError(f"cannot open database {redact_url(url)}: "
                            f"{' '.join(str(exc).split())}") from exc
    except ImportError as exc:
        raise DatabaseError(f"cannot open {redact_url(url)}: driver missing ({exc})") from exc
    database_proxy.initialize(db)
    global _opened_url
    _opened_url = url
    log.info("database open: %s", redact_url(url))
    return db


_opened_url: str | None = None
_nul_safe = False


def _register_nul_safe_strings() -> None:
    """PostgreSQL's text cannot hold NUL (U+0000): psycopg2 raises ValueError for any
    string parameter with one, where SQLite stores and compares it. Such strings come
    from outside (a charger's message id or idTag, a search box, a CSV cell): every str
    parameter has NUL replaced by U+FFFD, in writes and in lookups alike, so the row is
    kept (the message log records the frame) and a lookup simply finds nothing."""
    global _nul_safe
    if _nul_safe:
        return
    from psycopg2.extensions import QuotedString, register_adapter

    def adapt(value: str) -> QuotedString:
        return QuotedString(value.replace("\x00", "\ufffd") if "\x00" in value else value)

    register_adapter(str, adapt)
    _nul_safe = True


def opened_url() -> str | None:
    """The URL :func:`open_database` last opened (another process opens the same with it),
    None before any or for an in-memory database."""
    if _opened_url is None or (_opened_url.startswith("sqlite")
                               and sqlite_path_from_url(_opened_url) is None):
        return None
    return _opened_url


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


def refresh_statistics() -> None:
    """Light planner statistics (SQLite ``PRAGMA optimize``, bounded to a few ms) so the
    planner picks the selective index, e.g. one driver's transactions rather than every
    COMPLETED one. Without them a 200,000-transaction invoice query read every row."""
    if is_sqlite():
        database_proxy.execute_sql("PRAGMA analysis_limit=400")
        database_proxy.execute_sql("PRAGMA optimize")


def is_sqlite() -> bool:
    return isinstance(database_proxy.obj, peewee.SqliteDatabase)


def release_database_memory() -> None:
    """Give back this connection's page cache (SQLite ``shrink_memory``; it refills as
    queries need it). Called after a burst, with the heap trim."""
    db = database_proxy.obj
    if db is None or not isinstance(db, peewee.SqliteDatabase):
        return
    try:
        db.execute_sql("PRAGMA shrink_memory")
    except peewee.DatabaseError:
        pass
