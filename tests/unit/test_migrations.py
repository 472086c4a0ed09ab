"""Migrations: an old (seed-only, version 1) database opens in this version without loss."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from csms_desktop.store import models as m
from csms_desktop.store.db import close_database, open_database
from csms_desktop.store.migrations import LATEST_VERSION, current_version, migrate_database

V1 = Path(__file__).resolve().parent.parent / "data" / "schema_v1.sql"


def _make_v1(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript(V1.read_text())
    con.executescript(
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
    con.commit()
    con.close()


def test_v1_database_migrates_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _make_v1(path)
    db = open_database(f"sqlite:///{path}")
    try:
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
    finally:
        close_database()


def test_unversioned_seed_database_is_taken_as_v1(tmp_path: Path) -> None:
    path = tmp_path / "unversioned.db"
    con = sqlite3.connect(path)
    con.executescript(V1.read_text())
    con.execute("INSERT INTO charge_point VALUES ('CP9','n','l',NULL,NULL,'OCPP16','AVAILABLE',"
                "NULL,1)")
    con.commit()
    con.close()
    db = open_database(f"sqlite:///{path}")
    try:
        assert migrate_database(db) == LATEST_VERSION
        assert m.ChargePoint.get_by_id("CP9").name == "n"
    finally:
        close_database()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    import pytest

    path = tmp_path / "new.db"
    db = open_database(f"sqlite:///{path}")
    try:
        migrate_database(db)
        db.execute_sql("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")
        with pytest.raises(RuntimeError, match="newer"):
            migrate_database(db)
    finally:
        close_database()


def test_migration_10_adds_the_security_tables_to_a_version_9_database(tmp_path: Path) -> None:
    from csms_desktop.store.cert_models import CERT_MODELS, ChargerSecurity

    path = tmp_path / "v9.db"
    db = open_database(f"sqlite:///{path}")
    try:
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
    finally:
        close_database()


def test_migration_11_adds_the_v201_tables_to_a_version_10_database(tmp_path: Path) -> None:
    """And migration 14 the tables of several nodes (csms_node, charger_presence,
    node_message)."""
    from csms_desktop.store.node_models import NODE_MODELS, ChargerPresence
    from csms_desktop.store.v201_models import V201_MODELS, DisplayMessage

    path = tmp_path / "v10.db"
    db = open_database(f"sqlite:///{path}")
    try:
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
    finally:
        close_database()


def test_migration_12_adds_firmware_publication_and_station_cost(tmp_path: Path) -> None:
    from decimal import Decimal

    from csms_desktop.store.v201_models import FirmwarePublication, StationCost

    db = open_database(f"sqlite:///{tmp_path / 'v11.db'}")
    try:
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
    finally:
        close_database()
