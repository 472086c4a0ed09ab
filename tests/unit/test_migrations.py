"""Migrations: an old (seed-only, version 1) database and one made by the schema before
this version open in this version without loss, on the run's backend (SQLite, or
PostgreSQL with CSMS_TEST_DB=postgresql: ``db_url`` is an empty database of either)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store import models as m
from csms_desktop.store.db import close_database, open_database, sqlite_path_from_url
from csms_desktop.store.migrations import LATEST_VERSION, current_version, migrate_database

V1 = Path(__file__).resolve().parent.parent / "data" / "schema_v1.sql"


def _postgres_dialect(script: str) -> str:
    """schema_v1.sql (SQLite, as peewee made it) as peewee made the same models on
    PostgreSQL then: TIMESTAMP for DATETIME, BOOLEAN for the BooleanField, REAL kept (a
    4-byte float there: what migration 13 widens)."""
    script = re.sub(r"^PRAGMA .*$", "", script, flags=re.M)
    script = script.replace('"is_read" INTEGER', '"is_read" BOOLEAN')
    return re.sub(r"\bDATETIME\b", "TIMESTAMP", script)


def _run_script(url: str, script: str) -> None:
    """Run an SQL script on ``url`` on a connection of its own (not the models')."""
    path = sqlite_path_from_url(url)
    if path is not None:
        con = sqlite3.connect(path)
        con.executescript(script)
        con.commit()
        con.close()
        return
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(_postgres_dialect(script))
        conn.commit()
    finally:
        conn.close()


@contextlib.contextmanager
def _opened(url: str) -> Iterator[pw.Database]:
    """The models bound to ``url`` for the block."""
    try:
        yield open_database(url)
    finally:
        close_database()


def _make_v1(url: str) -> None:
    _run_script(url, V1.read_text())
    _run_script(url,
        """
        CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200)
            NOT NULL, applied_at DATETIME NOT NULL);
        INSERT INTO schema_version VALUES (1, 'seed schema', '2024-01-01 00:00:00');
        INSERT INTO "user" VALUES ('cu1', '+66812345678', 'Somchai', NULL, 'ACTIVE',
            '2024-01-01 00:00:00', '2024-01-01 00:00:00');
        INSERT INTO charge_point VALUES ('CP001', 'Bay 1', 'Depot', 13.7, 100.5, 'OCPP16',
            'AVAILABLE', 22.0, 2);
        INSERT INTO connector VALUES ('cc1', 'CP001', 1, 'TYPE_2', 'AVAILABLE', 22.0, 32.0);
        INSERT INTO "transaction" VALUES ('ct1', '12345', 'cu1', NULL, 'CP001', 'cc1',
            '2024-01-15 14:20:00', '2024-01-15 16:00:00', 12.5, 16.0, 3.5, 17.5, 'COMPLETED',
            'Local');
        INSERT INTO meter_value VALUES ('cm1', 'ct1', '2024-01-15 15:30:00', 15.0, 7.2, 32.0,
            230.0);
        INSERT INTO client VALUES ('54dc6ee3-1baa-4521-88a9-4373eb3c49f8', 'Maria da Silva',
            'Quadra 203', '10', 'Bloco A', 'Águas Claras', '71909-000', 'Águas Claras', 'DF',
            '123.456.789-00', '1234567890');
        INSERT INTO invoice VALUES ('75998926-ee1f-4bff-8fcf-2edbaabfc8a4',
            'invoice_october_2024.pdf', '54dc6ee3-1baa-4521-88a9-4373eb3c49f8', '1001',
            'October 2024', '2024-10-31 00:00:00', 'INST-5678', 1500.75);
        """
    )


def test_v1_database_migrates_without_loss(db_url: str) -> None:
    from csms_desktop.store.sequences import uses_sequence

    _make_v1(db_url)
    with _opened(db_url) as db:
        assert current_version(db) == 1
        assert migrate_database(db) == LATEST_VERSION
        assert current_version(db) == LATEST_VERSION
        # old data intact
        u = m.User.get_by_id("cu1")
        assert (u.phone_number, u.name) == ("+66812345678", "Somchai")
        assert u.client_id is None
        tx = m.Transaction.get_by_id("ct1")
        assert tx.transaction_id == "12345" and tx.total_energy == 3.5
        assert tx.total_cost == Decimal("17.5")
        assert tx.zombie is False  # new column got its default
        mv = m.MeterValue.get_by_id("cm1")
        assert mv.value == 15.0 and mv.connector_id is None
        inv = m.Invoice.get_by_id("75998926-ee1f-4bff-8fcf-2edbaabfc8a4")
        assert inv.amount_due == Decimal("1500.75")
        cp = m.ChargePoint.get_by_id("CP001")
        assert cp.registration_status == "ACCEPTED" and cp.connected is False
        assert cp.site_id == m.DEFAULT_SITE_ID  # migration 16: into the default site
        # new tables usable
        m.IdTag.create(id_tag="RFID123456", user="cu1")
        m.Tariff.create(name="Site")
        # the migrated schema has every column a fresh one has
        for model in m.ALL_MODELS:
            have = {c.name for c in db.get_columns(model._meta.table_name)}
            want = {f.column_name for f in model._meta.sorted_fields}
            assert want <= have, (model._meta.table_name, want - have)
        # migrating again is a no-op
        assert migrate_database(db) == LATEST_VERSION
        # the next 1.6 id is above the old one (PostgreSQL: the sequence migration 13 made)
        assert _next_ids(2) == [12346, 12347]
        if uses_sequence(db):  # the seed's REAL (4-byte) columns widened
            assert _float_columns_are(db, "double precision") == []


def _next_ids(n: int) -> list[int]:
    """The next ``n`` 1.6 transaction ids a server on this database would hand out."""
    from csms_desktop.services.context import build_services

    charging = build_services().charging
    return [charging._allocate_transaction_id() for _ in range(n)]


def _float_columns_are(db, sqltype: str) -> list[str]:  # type: ignore[no-untyped-def]
    """PostgreSQL: the model float columns whose type is not ``sqltype``."""
    types = {(t, c): d for t, c, d in db.execute_sql(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema()").fetchall()}
    return [f"{model._meta.table_name}.{f.column_name}" for model in m.ALL_MODELS
            for f in model._meta.sorted_fields if isinstance(f, pw.FloatField)
            and types[(model._meta.table_name, f.column_name)] != sqltype]


def _old_site(db) -> None:  # type: ignore[no-untyped-def]
    """Rows of a site that ran the previous version: 1.6 ids counted in the setting (57
    next), 41 the highest in use, a 2.0.1 (text) id beside them."""
    from csms_desktop.store.sequences import NEXT_TX_KEY

    cp = m.ChargePoint.create(id="CP-OLD", name="kept")
    c = m.Connector.create(charge_point=cp, connector_id=1)
    m.Transaction.create(transaction_id="41", charge_point=cp, connector=c, start_time=utcnow())
    m.Transaction.create(transaction_id="a-2.0.1-uuid", charge_point=cp, connector=c,
                         start_time=utcnow())
    m.Setting.create(key=NEXT_TX_KEY, value=57)


@pytest.mark.parametrize("made_by", ["schema 11", "schema 15 without 13"])
def test_a_database_of_the_previous_schema_gets_the_id_sequence(db_url: str,
                                                                 made_by: str) -> None:
    """A site made by the previous version (schema 11; or 1-11 and 15: the double
    precision migration merged before 13) migrates, 13 included although it is below 15,
    and goes on above the ids it handed out (the stored counter, 57)."""
    from csms_desktop.store.sequences import TX_SEQUENCE, uses_sequence

    with _opened(db_url) as db:
        migrate_database(db)
        _old_site(db)
        if uses_sequence(db):  # PostgreSQL before 13: no sequence
            db.execute_sql(f"DROP SEQUENCE {TX_SEQUENCE}")
        if made_by == "schema 11":
            db.execute_sql("DELETE FROM schema_version WHERE version > 11")
            assert current_version(db) == 11
        else:
            db.execute_sql("DELETE FROM schema_version WHERE version = 13")
            assert current_version(db) == LATEST_VERSION
        assert migrate_database(db) == LATEST_VERSION
        assert {v for (v,) in db.execute_sql("SELECT version FROM schema_version")} >= {13, 15}
        assert _next_ids(3) == [57, 58, 59]
        assert m.Transaction.get(m.Transaction.transaction_id == "41").charge_point_id == "CP-OLD"


def test_a_new_database_starts_its_ids_at_1(db_url: str) -> None:
    with _opened(db_url) as db:
        migrate_database(db)
        assert _next_ids(2) == [1, 2]


def test_unversioned_seed_database_is_taken_as_v1(db_url: str) -> None:
    _run_script(db_url, V1.read_text())
    _run_script(db_url, "INSERT INTO charge_point VALUES ('CP9','n','l',NULL,NULL,'OCPP16',"
                        "'AVAILABLE',NULL,1)")
    with _opened(db_url) as db:
        assert migrate_database(db) == LATEST_VERSION
        assert m.ChargePoint.get_by_id("CP9").name == "n"


def test_newer_database_is_refused(db_url: str) -> None:
    with _opened(db_url) as db:
        migrate_database(db)
        db.execute_sql("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")
        with pytest.raises(RuntimeError, match="newer"):
            migrate_database(db)


def test_migration_10_adds_the_security_tables_to_a_version_9_database(db_url: str) -> None:
    from csms_desktop.store.cert_models import CERT_MODELS, ChargerSecurity

    with _opened(db_url) as db:
        migrate_database(db)
        m.ChargePoint.create(id="CP-OLD", name="kept", password_hash="sha256$x$y")
        db.drop_tables(list(CERT_MODELS))
        db.execute_sql("DELETE FROM schema_version WHERE version >= 10")
        assert current_version(db) == 9
        assert migrate_database(db) == LATEST_VERSION
        tables = set(db.get_tables())
        assert {"charger_security", "charger_certificate", "installed_certificate"} <= tables
        assert m.ChargePoint.get_by_id("CP-OLD").password_hash == "sha256$x$y"
        ChargerSecurity.create(charge_point_id="CP-OLD", profile=2, password_set=True)


def test_migration_11_adds_the_v201_tables_to_a_version_10_database(db_url: str) -> None:
    """And migration 14 the tables of several nodes (csms_node, charger_presence,
    node_message)."""
    from csms_desktop.store.node_models import NODE_MODELS, ChargerPresence
    from csms_desktop.store.v201_models import V201_MODELS, DisplayMessage

    with _opened(db_url) as db:
        migrate_database(db)
        m.ChargePoint.create(id="CP-OLD", name="kept")
        db.drop_tables(list(V201_MODELS) + list(NODE_MODELS))
        db.execute_sql("DELETE FROM schema_version WHERE version >= 11")
        assert current_version(db) == 10
        assert migrate_database(db) == LATEST_VERSION
        tables = set(db.get_tables())
        assert {"v201_display_message", "v201_customer_information",
                "v201_variable_monitor"} <= tables
        assert {"csms_node", "charger_presence", "node_message"} <= tables
        assert m.ChargePoint.get_by_id("CP-OLD").name == "kept"
        DisplayMessage.create(charge_point_id="CP-OLD", message_id=1, priority="InFront",
                              message_format="UTF8", content="hello")
        ChargerPresence.create(charge_point_id="CP-OLD", node_id="n1")


def test_migration_12_adds_firmware_publication_and_station_cost(db_url: str) -> None:
    from decimal import Decimal

    from csms_desktop.store.v201_models import FirmwarePublication, StationCost

    with _opened(db_url) as db:
        migrate_database(db)
        m.ChargePoint.create(id="CP-OLD", name="kept")
        db.drop_tables([FirmwarePublication, StationCost])
        db.execute_sql("DELETE FROM schema_version WHERE version >= 12")
        assert current_version(db) == 11
        assert migrate_database(db) == LATEST_VERSION
        assert {"v201_firmware_publication", "v201_station_cost"} <= set(db.get_tables())
        assert m.ChargePoint.get_by_id("CP-OLD").name == "kept"
        FirmwarePublication.create(charge_point_id="CP-OLD", request_id=1, status="Requested")
        StationCost.create(transaction_id="t", charge_point_id="CP-OLD", currency="THB",
                           station_total=Decimal("1.2345"))
        assert StationCost.get().station_total == Decimal("1.2345")


def test_migration_16_puts_the_chargers_of_a_version_15_database_in_the_default_site(
        db_url: str) -> None:
    """(The column itself is added as in the v1 test above, from the seed schema: SQLite
    cannot drop a foreign-key column to make a true version 15 here.)"""
    with _opened(db_url) as db:
        migrate_database(db)
        m.ChargePoint.create(id="CP-OLD", name="kept")
        m.ChargePoint.create(id="CP-OLD2", name="kept too")
        m.ChargePoint.update(site=None).execute()
        m.Site.delete().execute()
        db.execute_sql("DELETE FROM schema_version WHERE version >= 16")
        assert current_version(db) == 15
        assert migrate_database(db) == LATEST_VERSION
        assert "site" in db.get_tables()
        default = m.Site.get_by_id(m.DEFAULT_SITE_ID)
        assert default.name == m.DEFAULT_SITE_NAME
        assert {cp.id: cp.site_id for cp in m.ChargePoint.select()} == {
            "CP-OLD": m.DEFAULT_SITE_ID, "CP-OLD2": m.DEFAULT_SITE_ID}
        north = m.Site.create(name="North")
        m.ChargePoint.update(site=north.id).where(m.ChargePoint.id == "CP-OLD").execute()
        with pytest.raises(pw.IntegrityError), db.atomic():  # names are unique
            m.Site.create(name="North")


def test_a_new_database_has_the_default_site(db_url: str) -> None:
    with _opened(db_url) as db:
        migrate_database(db)
        assert [(s.id, s.name) for s in m.Site.select()] == [
            (m.DEFAULT_SITE_ID, m.DEFAULT_SITE_NAME)]
