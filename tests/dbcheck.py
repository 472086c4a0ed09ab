"""A second connection to the test's database, whichever the backend (SQLite file or
PostgreSQL): what another process would see, i.e. only what is committed."""

from __future__ import annotations

import sqlite3
from typing import Any

from csms_desktop.store.db import opened_url, sqlite_path_from_url


def other_query(sql: str, url: str | None = None) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (no parameters) read on a new connection to ``url`` (default: the
    database the models are bound to)."""
    url = url or opened_url()
    assert url, "no database open"
    path = sqlite_path_from_url(url)
    if path is not None:
        con = sqlite3.connect(path)
        try:
            return list(con.execute(sql).fetchall())
        finally:
            con.close()
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())
    finally:
        conn.close()


def committed_count(table: str, url: str | None = None) -> int:
    """Rows of ``table`` committed (seen from another connection)."""
    return int(other_query(f'SELECT COUNT(*) FROM "{table}"', url)[0][0])


def table_names(url: str | None = None) -> set[str]:
    """The tables of the database (seen from another connection)."""
    url = url or opened_url()
    assert url, "no database open"
    if sqlite_path_from_url(url) is not None:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    return {r[0] for r in other_query(sql, url)}
