"""The store: every seed table and column with the prescribed names, constraints, pragmas."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import peewee
import pytest
from dbcheck import other_query

from csms_desktop.store import models as m

SEED_COLUMNS = {
    "user": "id phone_number name email status created_at updated_at",
    "user_vehicle": "id user_id license_plate make model type",
    "charge_point": "id name location latitude longitude protocol status max_power "
                    "connector_count",
    "connector": "id charge_point_id connector_id type status max_power max_current",
    "transaction": "id transaction_id user_id vehicle_id charge_point_id connector_id start_time "
                   "end_time start_meter_value end_meter_value total_energy total_cost status "
                   "stop_reason",
    "meter_value": "id transaction_id timestamp value power current voltage",
    "charging_session": "id session_id charge_point_id connector_id user_id status start_time "
                        "end_time last_activity",
    "reservation": "id user_id charge_point_id connector_id start_time end_time status",
    "charging_profile": "id charge_point_id connector_id name description charging_rate_unit "
                        "charging_schedule stack_level valid_from valid_to",
    "ocpp_message": "id message_id charge_point_id direction action payload timestamp",
    "notification": "id user_id title message type is_read created_at",
    "client": "id full_name street number complement neighborhood zip_code city state tax_id "
              "state_registration",
    "invoice": "id file_name client_id client_number reference_month due_date "
               "installation_number amount_due",
    "billed_item": "id invoice_id item_name unit quantity unit_price amount unit_rate",
    "consumption_history": "id invoice_id month_year consumption_kwh average_kwh_per_day days",
    "id_tag": "id id_tag user_id status expiry_date parent_id_tag token_type",
    "tariff": "id",
    "operator": "id",
}


def test_every_seed_table_and_column_exists(db):  # type: ignore[no-untyped-def]
    for table, cols in SEED_COLUMNS.items():
        have = {c.name for c in db.get_columns(table)}
        assert have, f"table {table} missing"
        missing = set(cols.split()) - have
        assert not missing, f"{table} lacks {missing}"


@pytest.mark.sqlite_only("the SQLite connection's PRAGMAs (WAL, foreign keys, synchronous)")
def test_pragmas(db):  # type: ignore[no-untyped-def]
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000


def _cp(cp_id="CP001"):  # type: ignore[no-untyped-def]
    return m.ChargePoint.create(id=cp_id, name=cp_id)


def test_unique_phone_number(db):  # type: ignore[no-untyped-def]
    m.User.create(phone_number="+66812345678")
    with pytest.raises(peewee.IntegrityError):
        m.User.create(phone_number="+66812345678")


def test_unique_license_plate(db):  # type: ignore[no-untyped-def]
    u = m.User.create(phone_number="+66812345678")
    m.UserVehicle.create(user=u, license_plate="1AB2345")
    with pytest.raises(peewee.IntegrityError):
        m.UserVehicle.create(user=u, license_plate="1AB2345")


def test_unique_charge_point_connector(db):  # type: ignore[no-untyped-def]
    cp = _cp()
    m.Connector.create(charge_point=cp, connector_id=1)
    m.Connector.create(charge_point=cp, connector_id=2)
    m.Connector.create(charge_point=_cp("CP002"), connector_id=1)
    with pytest.raises(peewee.IntegrityError):
        m.Connector.create(charge_point=cp, connector_id=1)


def test_unique_ocpp_transaction_id(db):  # type: ignore[no-untyped-def]
    cp = _cp()
    c = m.Connector.create(charge_point=cp, connector_id=1)
    now = datetime.now(UTC)
    m.Transaction.create(transaction_id="1", charge_point=cp, connector=c, start_time=now)
    with pytest.raises(peewee.IntegrityError):
        m.Transaction.create(transaction_id="1", charge_point=cp, connector=c, start_time=now)


def test_unique_id_tag(db):  # type: ignore[no-untyped-def]
    m.IdTag.create(id_tag="RFID1")
    with pytest.raises(peewee.IntegrityError):
        m.IdTag.create(id_tag="RFID1")


def test_foreign_keys_enforced(db):  # type: ignore[no-untyped-def]
    with pytest.raises(peewee.IntegrityError):
        m.Connector.create(charge_point="NOPE", connector_id=1)


def test_timestamps_are_utc_and_money_exact(db):  # type: ignore[no-untyped-def]
    cp = _cp()
    c = m.Connector.create(charge_point=cp, connector_id=1)
    bangkok = datetime.fromisoformat("2024-01-15T21:20:00+07:00")
    tx = m.Transaction.create(transaction_id="7", charge_point=cp, connector=c,
                              start_time=bangkok, total_cost=Decimal("1500.75"))
    row = m.Transaction.get_by_id(tx.id)
    assert row.start_time == datetime(2024, 1, 15, 14, 20, tzinfo=UTC)
    assert row.start_time.tzinfo is not None
    assert row.total_cost == Decimal("1500.75")
    assert isinstance(row.total_cost, Decimal)
    # stored as naive UTC: text on SQLite, a timestamp without time zone on PostgreSQL
    raw = other_query('SELECT start_time FROM "transaction"')[0][0]
    assert str(raw).startswith("2024-01-15 14:20:00")
    assert getattr(raw, "tzinfo", None) is None


def test_money_reads_back_the_same_on_both_backends(db):  # type: ignore[no-untyped-def]
    """NUMERIC(18,4) on PostgreSQL hands back 6.5000; printed (JSON, API) it must read 6.5
    as on SQLite: same value, same digits."""
    cp = _cp()
    c = m.Connector.create(charge_point=cp, connector_id=1)
    for i, text in enumerate(("6.5", "1500", "0.0001", "123456789.1234", "-2.5", "0")):
        tx = m.Transaction.create(transaction_id=f"m{i}", charge_point=cp, connector=c,
                                  start_time=datetime(2024, 1, 1, tzinfo=UTC),
                                  total_cost=Decimal(text))
        got = m.Transaction.get_by_id(tx.id).total_cost
        assert isinstance(got, Decimal) and str(got) == text


def test_floats_keep_double_precision(db):  # type: ignore[no-untyped-def]
    """A meter register of 12,345.678901 kWh reads back exactly (PostgreSQL's REAL, a
    4-byte float, would give 12345.679; the columns are DOUBLE PRECISION there)."""
    cp = _cp()
    c = m.Connector.create(charge_point=cp, connector_id=1)
    tx = m.Transaction.create(transaction_id="f1", charge_point=cp, connector=c,
                              start_time=datetime(2024, 1, 1, tzinfo=UTC),
                              start_meter_value=12345.678901, total_energy=0.1)
    row = m.Transaction.get_by_id(tx.id)
    assert row.start_meter_value == 12345.678901 and row.total_energy == 0.1


def test_text_with_nul_is_stored_and_found(db):  # type: ignore[no-untyped-def]
    """A charger may send any string (a message id, an idTag) with U+0000 in it.
    PostgreSQL's text cannot hold it: it is stored as U+FFFD there, and a lookup with
    the same string finds the row on both backends; nothing raises."""
    m.OCPPMessage.create(message_id="id\x00x", charge_point_id="CP\x00", direction="INBOUND",
                         action="Authorize", payload="{}", timestamp=datetime.now(UTC))
    found = m.OCPPMessage.get(m.OCPPMessage.message_id == "id\x00x")
    assert found.charge_point_id in ("CP\x00", "CP\ufffd")
    assert m.IdTag.get_or_none(m.IdTag.id_tag == "AB\x00") is None


def test_enums_stored_by_uppercase_name(db):  # type: ignore[no-untyped-def]
    m.User.create(phone_number="+5511912345678", status="BLOCKED")
    assert other_query('SELECT status FROM "user"') == [("BLOCKED",)]


def test_ids_are_cuid_and_uuid(db):  # type: ignore[no-untyped-def]
    u = m.User.create(phone_number="+66812345678")
    assert u.id.startswith("c") and len(u.id) == 25
    client = m.Client.create(full_name="Maria", street="Q", number="1", neighborhood="N",
                             zip_code="71909-000", city="C", state="DF", tax_id="1")
    assert len(client.id) == 36 and client.id.count("-") == 4
