"""PostgreSQL keeps measurements to the digit: peewee's FloatField was ``real`` there
(4 bytes: a 123,456.789 kWh register read back 123,456.79); migration 15 makes every
such column ``double precision`` on a database made before it."""

from __future__ import annotations

from csms_desktop.store import models as m
from csms_desktop.store.db import close_database, open_database
from csms_desktop.store.migrations import LATEST_VERSION, current_version, migrate_database


def _types(db, table: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c.name: c.data_type for c in db.get_columns(table)}


def test_measurements_are_double_precision_new_and_migrated(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        migrate_database(db)
        assert _types(db, "meter_value")["value"] == "double precision"
        # a database of before: the measurement columns were real
        for table, column in (("meter_value", "value"), ("transaction", "total_energy"),
                              ("connector", "last_meter_kwh")):
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE real')
        db.execute_sql("DELETE FROM schema_version WHERE version >= 15")
        assert current_version(db) < 15
        cp = m.ChargePoint.create(id="CP-REG", name="register")
        conn = m.Connector.create(charge_point=cp, connector_id=1, last_meter_kwh=123456.789)
        assert abs(m.Connector.get_by_id(conn.id).last_meter_kwh - 123456.789) > 1e-4  # lost
        assert migrate_database(db) == LATEST_VERSION
        for table, column in (("meter_value", "value"), ("transaction", "total_energy"),
                              ("connector", "last_meter_kwh")):
            assert _types(db, table)[column] == "double precision", (table, column)
        m.Connector.update(last_meter_kwh=123456.789).where(m.Connector.id == conn.id).execute()
        assert m.Connector.get_by_id(conn.id).last_meter_kwh == 123456.789
    finally:
        close_database()
