"""Helpers for the backup tests: every row of every table, through any connection."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any

Rows = dict[str, list[tuple[Any, ...]]]


def _tables(execute: Any) -> list[str]:
    return [r[0] for r in execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()]


def dump_with(execute: Any) -> Rows:
    """{table: rows in rowid order} read with ``execute(sql)`` (a cursor factory)."""
    return {t: [tuple(r) for r in execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()]
            for t in _tables(execute)}


def dump_file(path: Path) -> Rows:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dump_with(con.execute)
    finally:
        con.close()


def dump_app() -> Rows:
    """Through the application's own (Peewee) connection."""
    from csms_desktop.store.db import database_proxy

    return dump_with(database_proxy.execute_sql)


def counts(rows: Rows) -> dict[str, int]:
    return {t: len(r) for t, r in rows.items()}


def serve_args(url: str, unknown: str = "accept") -> argparse.Namespace:
    return argparse.Namespace(db=url, command="serve", unknown_chargers=unknown,
                              host="127.0.0.1", port=0)


def make_previous_release(path: Path) -> None:
    """A database as the release before backups left it: no migration 8, no backup_record."""
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database
    from csms_desktop.store.models import ChargePoint, Connector

    migrate_database(open_database(f"sqlite:///{path}"))
    ChargePoint.create(id="OLD-1", name="Bay 1")
    Connector.create(charge_point="OLD-1", connector_id=1, ocpp_status="Available")
    close_database()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE backup_record")
    con.execute("DELETE FROM schema_version WHERE version >= 8")
    con.commit()
    con.close()


def schema_of(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        con.close()
