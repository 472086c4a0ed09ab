"""``main.py db copy --from URL --to URL``: a depot's SQLite file into another database
(a SQLite file, the central PostgreSQL), every row with its ids, idempotent, nothing
written when a unique value belongs to another row of the destination."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw
import pytest
from billing_data import charger, client, driver, session, site_tariff
from playhouse.db_url import connect

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.store.db import close_database, open_database
from csms_desktop.store.migrations import migrate_database
from csms_desktop.store.models import (
    ALL_MODELS,
    BilledItem,
    IdTag,
    Invoice,
    MeterValue,
    Notification,
    OCPPMessage,
    Operator,
    Setting,
    Transaction,
)

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _copy(src: str, dst: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CSMS_FORBID_QT"}
    return subprocess.run([sys.executable, "main.py", "db", "copy", "--from", src, "--to", dst,
                           *extra], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False, env=env)


def _depot(path: Path) -> str:
    """A depot written by the application's models: drivers, tags, chargers, priced
    sessions with meter values, an invoice and its correction, log, settings, operator."""
    url = f"sqlite:///{path}"
    migrate_database(open_database(url))
    try:
        site_tariff()
        owner = client(number="C-1")
        maria = driver(owner, "Maria", plate="ABC-1234")
        IdTag.create(id_tag="TAG-MARIA", user=maria)
        for cp in ("DEPOT1-CP1", "DEPOT1-CP2"):
            conns = charger(cp, 2)
            for n in range(3):
                tx = session(maria, conns[n % 2], T0 + timedelta(hours=n * 3), 10.5 + n)
                for k in range(5):
                    MeterValue.create(transaction=tx, connector=conns[n % 2],
                                      timestamp=tx.start_time + timedelta(minutes=10 * k),
                                      value=k * 2.1, power=11.0)
        first = Invoice.create(file_name="a.pdf", client=owner, client_number="C-1",
                               reference_month="03/2026", due_date=T0, installation_number="1",
                               amount_due=Decimal("123.45"), invoice_number="INV-1")
        # rows are copied in id order: the correction's id sorts before the invoice it
        # corrects, so the copy must place the corrected one first
        Invoice.create(id="00000000-0000-0000-0000-000000000001", file_name="b.pdf",
                       client=owner, client_number="C-1", reference_month="03/2026",
                       due_date=T0, installation_number="1", amount_due=Decimal("-3.10"),
                       invoice_number="INV-2", corrects=first)
        BilledItem.create(invoice=first, item_name="Energy", amount=Decimal("123.45"),
                          quantity=Decimal("16.4600"))
        OCPPMessage.create(message_id="m1", charge_point_id="DEPOT1-CP1", direction="INBOUND",
                           action="Heartbeat", payload={"a": [1, "ภาษาไทย"]})
        Notification.create(title="Fault", message="Connector 2 faulted", user=maria)
        Setting.create(key="site_name", value="Depot 1")
        Operator.create(username="admin", name="Depot admin", role=OperatorRole.ADMIN,
                        hash_password="x")
        Operator.create(username="ana", name="Ana", hash_password="y")
    finally:
        close_database()
    return url


def _table_rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows as the application reads them (Decimal, aware times, JSON)."""
    db = connect(url)
    try:
        out = {}
        for model in ALL_MODELS:
            pk = model._meta.primary_key
            order = ([model._meta.fields[n] for n in pk.field_names]
                     if isinstance(pk, pw.CompositeKey) else [pk])
            out[model._meta.table_name] = list(model.select().order_by(*order).bind(db).dicts())
        return out
    finally:
        db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def destination(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.db'}"
    return str(request.getfixturevalue("pg_url"))


def test_copy_keeps_every_row_and_id_and_is_idempotent(tmp_path: Path,
                                                      destination: str) -> None:
    src = _depot(tmp_path / "depot1.db")
    done = _copy(src, destination)
    assert done.returncode == 0, done.stderr
    assert "copying transaction 6/6" in done.stderr  # progress, per table
    assert "copied" in done.stdout and "transaction: 6" in done.stdout
    before = _table_rows(src)
    after = _table_rows(destination)
    for table, rows in before.items():
        if table == "setting":  # the destination's own start-up settings are there too
            assert all(r in after[table] for r in rows), table
            continue
        assert after[table] == rows, table
    assert sum(len(r) for r in before.values()) > 50
    money = {r["invoice_number"]: r["amount_due"] for r in after["invoice"]}
    assert money == {"INV-1": Decimal("123.45"), "INV-2": Decimal("-3.10")}

    again = _copy(src, destination)  # nothing duplicated, nothing fails
    assert again.returncode == 0, again.stderr
    assert _table_rows(destination) == after

    # changed in the depot after the first copy: the second copy brings it up to date
    open_database(src)
    try:
        tx = Transaction.select().order_by(Transaction.transaction_id).first()
        tx.total_cost = Decimal("99.99")
        tx.save()
        tx_id = tx.id
    finally:
        close_database()
    assert _copy(src, destination).returncode == 0
    updated = {r["id"]: r for r in _table_rows(destination)["transaction"]}
    assert updated[tx_id]["total_cost"] == Decimal("99.99")


def test_a_unique_value_of_another_row_stops_the_copy_before_anything_is_written(
        tmp_path: Path, destination: str) -> None:
    src = _depot(tmp_path / "depot1.db")
    other = _depot(tmp_path / "depot2.db")  # another site: its own ids, same numbers
    assert _copy(other, destination).returncode == 0
    before = _table_rows(destination)
    refused = _copy(src, destination)
    assert refused.returncode == 1
    assert "nothing was copied" in refused.stderr
    assert "client: client_number='C-1'" in refused.stderr
    assert "invoice: invoice_number='INV-1'" in refused.stderr
    assert _table_rows(destination) == before


def test_the_destinations_operators_and_settings_are_kept(tmp_path: Path) -> None:
    src = _depot(tmp_path / "depot1.db")
    dst_path = tmp_path / "central.db"
    dst = f"sqlite:///{dst_path}"
    migrate_database(open_database(dst))
    try:
        Operator.create(username="admin", name="Central admin", role=OperatorRole.ADMIN,
                        hash_password="central")
        Setting.create(key="site_name", value="Central")
    finally:
        close_database()
    done = _copy(src, dst)
    assert done.returncode == 0, done.stderr
    assert "operator: 1 (kept 1 of the destination's own)" in done.stdout
    rows = _table_rows(dst)
    assert sorted((r["username"], r["name"]) for r in rows["operator"]) == [
        ("admin", "Central admin"), ("ana", "Ana")]
    assert {r["key"]: r["value"] for r in rows["setting"]}["site_name"] == "Central"
    replaced = _copy(src, dst, "--replace-settings")
    assert replaced.returncode == 0, replaced.stderr
    assert {r["key"]: r["value"] for r in _table_rows(dst)["setting"]}["site_name"] == "Depot 1"


def test_a_source_of_another_schema_version_or_none_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    import sqlite3

    with sqlite3.connect(old) as conn:
        conn.executescript((ROOT / "tests" / "data" / "schema_v1.sql").read_text())
        conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                     "description TEXT, applied_at TEXT)")
        conn.execute("INSERT INTO schema_version VALUES (1, 'seed', '2025-01-01')")
    dst = f"sqlite:///{tmp_path / 'central.db'}"
    refused = _copy(f"sqlite:///{old}", dst)
    assert refused.returncode == 1
    assert "schema version 1" in refused.stderr and "db backup" in refused.stderr
    missing = _copy(f"sqlite:///{tmp_path / 'nope.db'}", dst)
    assert missing.returncode == 1 and "no database file" in missing.stderr
    same = _copy(dst, dst)
    assert same.returncode == 2


def test_a_depot_copied_into_its_site(tmp_path: Path, destination: str) -> None:
    """``--site``: the depot's chargers land in its site of the central database (made
    when missing), their sessions with them; a second copy changes nothing; a bad name
    writes nothing."""
    north = _depot(tmp_path / "north.db")
    done = _copy(north, destination, "--site", "North")
    assert done.returncode == 0, done.stderr
    assert "the chargers into site North" in done.stdout
    rows = _table_rows(destination)
    sites = {r["id"]: r["name"] for r in rows["site"]}
    assert sorted(sites.values()) == ["Default", "North"]
    assert {sites[r["site"]] for r in rows["charge_point"]} == {"North"}
    again = _copy(north, destination, "--site", "north")  # by name, any case
    assert again.returncode == 0, again.stderr
    assert _table_rows(destination) == rows
    bad = _copy(north, destination, "--site", "x" * 101)
    assert bad.returncode == 1 and "--site: a site name has at most 100" in bad.stderr
    assert _table_rows(destination) == rows
