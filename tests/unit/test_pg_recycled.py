"""The PostgreSQL run's ``db`` fixture hands every test the same database emptied back
to the migrated template (tests/pgcluster.RecycledDatabase): what one test wrote, the
ids it took, the connections its threads left and a schema it changed do not reach the
next one."""

from __future__ import annotations

import threading

from pgcluster import RecycledDatabase

from csms_desktop.store import models as m
from csms_desktop.store.db import close_database, open_database
from csms_desktop.store.sequences import TX_SEQUENCE, next_transaction_id


def _counts(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            for t in db.get_tables() if t != "schema_version"}


def test_reset_empties_rows_restarts_ids_and_ends_other_connections(
        pg_recycled: RecycledDatabase) -> None:
    db = open_database(pg_recycled.url())
    try:
        versions = db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
        cp = m.ChargePoint.create(id="CP-R", name="r")
        m.Connector.create(charge_point=cp, connector_id=1)
        m.Setting.create(key="site_name", value="x")
        assert [next_transaction_id(db) for _ in range(3)] == [1, 2, 3]
        held = threading.Event()

        ended: list[BaseException] = []

        def other_thread() -> None:  # a connection of its own, left open in a transaction
            try:
                with db.atomic():
                    m.ChargePoint.update(name="held").execute()
                    held.set()
                    threading.Event().wait(1.0)
            except Exception as exc:  # its connection was ended under it
                ended.append(exc)

        t = threading.Thread(target=other_thread, daemon=True)
        t.start()
        held.wait(5)
    finally:
        close_database()
    pg_recycled.reset()  # the other thread's transaction holds locks: it is ended
    t.join(5)
    assert ended, "the other thread's connection was not ended"
    db = open_database(pg_recycled.url())
    try:
        assert set(_counts(db).values()) == {0}
        assert db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0] == versions
        assert next_transaction_id(db) == 1
    finally:
        close_database()


def test_a_changed_schema_is_made_again_from_the_template(
        pg_recycled: RecycledDatabase) -> None:
    db = open_database(pg_recycled.url())
    try:
        db.execute_sql("DROP TABLE v201_display_message")
        db.execute_sql(f"DROP SEQUENCE {TX_SEQUENCE}")
    finally:
        close_database()
    pg_recycled.reset()
    db = open_database(pg_recycled.url())
    try:
        assert "v201_display_message" in db.get_tables()
        assert next_transaction_id(db) == 1
    finally:
        close_database()
