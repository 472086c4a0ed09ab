"""OCPP 1.6 transaction ids from a PostgreSQL sequence (unique across nodes).

On SQLite one process serves the database and ``services.charging`` counts in memory
(persisted in the setting ``ocpp16_next_transaction_id``). On PostgreSQL several
processes (nodes) may serve one database: each id comes from ``nextval`` of the sequence
``ocpp16_transaction_id_seq``, which is atomic across every connection, so two nodes never
hand out the same id. The sequence is created by migration 13 (and with a new database)
starting above every id already used: the highest numeric ``transaction.transaction_id``
and the stored counter.
"""

from __future__ import annotations

import logging

import peewee as pw

log = logging.getLogger(__name__)

TX_SEQUENCE = "ocpp16_transaction_id_seq"
NEXT_TX_KEY = "ocpp16_next_transaction_id"  # the SQLite counter (a setting)
MAX_BATCH = 1000  # ids taken at once while walking past ids already in use


def uses_sequence(db: pw.Database | pw.DatabaseProxy) -> bool:
    """PostgreSQL (the models' proxy is looked through)."""
    return isinstance(getattr(db, "obj", db), pw.PostgresqlDatabase)


def _numeric_ids_floor(db: pw.Database) -> int:
    """The first id above every one in use: numeric transaction ids and the counter."""
    row = db.execute_sql(
        "SELECT GREATEST("
        " (SELECT MAX(CAST(transaction_id AS BIGINT)) FROM \"transaction\""
        "   WHERE transaction_id ~ '^[0-9]{1,18}$'),"
        " (SELECT CAST(value AS BIGINT) - 1 FROM setting"
        "   WHERE key = %s AND value ~ '^[0-9]{1,18}$'),"
        " 0)", (NEXT_TX_KEY,)).fetchone()
    return int(row[0]) + 1


def create_transaction_sequence(db: pw.Database) -> None:
    """Create the sequence (PostgreSQL; nothing on SQLite) starting above every id in use."""
    if not uses_sequence(db):
        return
    start = _numeric_ids_floor(db)
    db.execute_sql(f"CREATE SEQUENCE IF NOT EXISTS {TX_SEQUENCE} AS BIGINT START WITH {start}")
    log.info("1.6 transaction ids: sequence %s starts at %d", TX_SEQUENCE, start)


def advance_transaction_sequence(db: pw.Database) -> None:
    """After rows were brought in with their ids (``db copy``, no node serving): move the
    sequence above every id in use, never back. Without it the first start afterwards
    walks past the copied ids (``next_transaction_id``), correct but slow for many."""
    if not uses_sequence(db):
        return
    floor = _numeric_ids_floor(db)
    db.execute_sql(f"SELECT setval('{TX_SEQUENCE}', GREATEST(%s, (SELECT last_value FROM "
                   f"{TX_SEQUENCE})), true)", (floor - 1,))


def next_transaction_id(db: pw.Database) -> int:
    """The next 1.6 transaction id from the sequence (PostgreSQL only).

    Normally one ``nextval``. Ids already in use ahead of the sequence (rows copied or
    restored into the database after it was made) are walked past with more ``nextval``
    calls in growing batches; the sequence is never set back or moved by ``setval``,
    so every id handed out was handed to this caller alone.
    """
    value = int(db.execute_sql(f"SELECT nextval('{TX_SEQUENCE}')").fetchone()[0])
    batch = [value]
    size = 1
    while True:
        used = {int(t) for (t,) in db.execute_sql(
            'SELECT transaction_id FROM "transaction" WHERE transaction_id = ANY(%s)',
            ([str(v) for v in batch],)).fetchall()}
        free = [v for v in batch if v not in used]
        if free:
            if len(batch) > 1 or used:
                log.warning("1.6 transaction ids: %d ids from %s were already in use "
                            "(rows from elsewhere); skipped to %d", len(used), TX_SEQUENCE,
                            free[0])
            return free[0]
        size = min(size * 10, MAX_BATCH)
        batch = [int(r[0]) for r in db.execute_sql(
            f"SELECT nextval('{TX_SEQUENCE}') FROM generate_series(1, %s)", (size,)).fetchall()]
