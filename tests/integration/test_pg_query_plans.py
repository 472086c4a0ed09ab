"""PostgreSQL uses an index for the hot queries (issue 19: "indexes for the same queries").

A database with 50,000 transactions, 200,000 meter values, 100,000 logged messages and
20,000 id tags over 200 chargers in two sites, ANALYZEd; then the very statements the
services run (recorded while they run, not written again here) are EXPLAINed (FORMAT
JSON) and no plan may read one of the big tables with a Seq Scan. Run on the PostgreSQL
pass (``CSMS_TEST_DB=postgresql``; ``scripts/test`` runs it); the plans are printed
(``-s``) for docs/decisions.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from csms_desktop.domain.enums import (
    MessageDirection,
    MessageKind,
    TransactionStatus,
)
from csms_desktop.services import history_queries as hq
from csms_desktop.services import live_queries as lq
from csms_desktop.services import sites
from csms_desktop.services.authorization import Authorizer
from csms_desktop.services.events import EventHub
from csms_desktop.store import models as m
from csms_desktop.store.db import close_database, open_database
from csms_desktop.store.migrations import migrate_database

pytestmark = [
    pytest.mark.skipif(os.environ.get("CSMS_TEST_DB", "sqlite") != "postgresql",
                       reason="PostgreSQL query plans: runs on the PostgreSQL pass "
                              "(CSMS_TEST_DB=postgresql)"),
    pytest.mark.timeout(600),
]

BIG = {"transaction", "meter_value", "ocpp_message", "id_tag"}
CHARGERS, TRANSACTIONS, METER_VALUES, MESSAGES, TAGS = 200, 50_000, 200_000, 100_000, 20_000
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _insert(model: Any, rows: Iterator[dict[str, Any]], batch: int = 2000) -> None:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == batch:
            model.insert_many(chunk).execute()
            chunk = []
    if chunk:
        model.insert_many(chunk).execute()


def _fill(db: Any) -> dict[str, str]:
    north, south = sites.ensure_site("North"), sites.ensure_site("South")
    cps = [f"CP{i:04d}" for i in range(CHARGERS)]
    with db.atomic():
        _insert(m.ChargePoint, ({"id": cp, "name": cp, "site": north.id if i % 2 else south.id}
                                for i, cp in enumerate(cps)))
        _insert(m.Connector, ({"id": f"c-{cp}", "charge_point": cp, "connector_id": 1}
                              for cp in cps))
        _insert(m.IdTag, ({"id_tag": f"TAG{i:06d}"} for i in range(TAGS)))
        per_cp = TRANSACTIONS // CHARGERS

        def txs() -> Iterator[dict[str, Any]]:
            for i in range(TRANSACTIONS):
                cp = cps[i % CHARGERS]
                start = T0 + timedelta(minutes=30 * (i // CHARGERS))
                last = i // CHARGERS == per_cp - 1
                yield {"id": f"t{i:06d}", "transaction_id": str(i + 1), "charge_point": cp,
                       "connector": f"c-{cp}", "start_time": start,
                       "end_time": None if last else start + timedelta(minutes=25),
                       "status": TransactionStatus.ACTIVE if last
                       else TransactionStatus.COMPLETED,
                       "total_energy": None if last else 10.0, "id_tag": f"TAG{i % TAGS:06d}"}

        _insert(m.Transaction, txs())
        _insert(m.MeterValue, ({"connector": f"c-{cps[i % CHARGERS]}",
                                "timestamp": T0 + timedelta(minutes=7 * (i // CHARGERS)),
                                "value": float(i), "power": 7.0}
                               for i in range(METER_VALUES)))
        _insert(m.OCPPMessage, ({"message_id": f"m{i}", "charge_point_id": cps[i % CHARGERS],
                                 "direction": MessageDirection.INBOUND, "kind": MessageKind.CALL,
                                 "action": "MeterValues", "payload": {},
                                 "timestamp": T0 + timedelta(seconds=20 * i)}
                                for i in range(MESSAGES)))
    east = sites.ensure_site("East")  # a small depot: 2 chargers of 200
    m.ChargePoint.update(site=east.id).where(m.ChargePoint.id.in_(cps[:2])).execute()
    db.execute_sql("ANALYZE")
    return {"north": north.id, "south": south.id, "east": east.id}


@contextlib.contextmanager
def _recorded(db: Any) -> Iterator[list[tuple[str, Any]]]:
    """The SELECTs run on ``db`` in the block, with their parameters."""
    seen: list[tuple[str, Any]] = []
    original = db.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        yield seen
    finally:
        del db.execute_sql


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from _nodes(child)


def _scans(db: Any, run: Callable[[], Any]) -> list[list[tuple[str, str, str]]]:
    """(node type, table, index) of each scan of each statement ``run`` makes."""
    with _recorded(db) as statements:
        run()
    assert statements, "the call ran no query"
    out = []
    for sql, params in statements:
        row = db.execute_sql("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()[0]
        plan = (row if isinstance(row, list) else json.loads(row))[0]["Plan"]
        out.append([(n["Node Type"], n.get("Relation Name", ""), n.get("Index Name", ""))
                    for n in _nodes(plan) if "Relation Name" in n])
    return out


def test_the_hot_queries_use_an_index_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        migrate_database(db)
        ids = _fill(db)
        first = hq.fetch_transactions(hq.TransactionFilter(), limit=hq.PAGE_SIZE)
        newest_msg = hq.fetch_messages(hq.MessageFilter(), limit=hq.PAGE_SIZE)
        cp = "CP0007"
        last_mv = T0 + timedelta(minutes=7 * (METER_VALUES // CHARGERS - 1))
        authorizer = Authorizer(EventHub())
        hot: dict[str, Callable[[], Any]] = {
            "transactions, first page": lambda: hq.fetch_transactions(hq.TransactionFilter()),
            "transactions, a deeper page (keyset)": lambda: hq.fetch_transactions(
                hq.TransactionFilter(), after=first[-1].cursor),
            "transactions of a site, first page": lambda: hq.fetch_transactions(
                hq.TransactionFilter(site=ids["north"])),
            "transactions of a small site (2 chargers of 200)": lambda: hq.fetch_transactions(
                hq.TransactionFilter(site=ids["east"])),
            "transaction totals of a site": lambda: hq.transaction_totals(
                hq.TransactionFilter(site=ids["east"])),
            "transactions of a charger": lambda: hq.fetch_transactions(
                hq.TransactionFilter(charge_point_id=cp)),
            "a charger's open transaction": lambda: lq.latest_transaction(cp, 1),
            "a charger's live state (running session)": lambda: lq.charger_state(cp),
            "meter values of a connector over 6 hours": lambda: lq.meter_history(
                cp, 1, last_mv - timedelta(hours=6), last_mv),
            "message log, first page": lambda: hq.fetch_messages(hq.MessageFilter()),
            "message log, a deeper page": lambda: hq.fetch_messages(
                hq.MessageFilter(), before=newest_msg[-1].cursor),
            "message log of a site": lambda: hq.fetch_messages(
                hq.MessageFilter(site=ids["south"])),
            "message log of a small site": lambda: hq.fetch_messages(
                hq.MessageFilter(site=ids["east"])),
            "message log of a charger": lambda: hq.fetch_messages(
                hq.MessageFilter(charge_point_id=cp)),
            "id-tag lookup (Authorize)": lambda: authorizer.authorize(cp, "TAG012345"),
            "dashboard of a site": lambda: lq.dashboard_snapshot("UTC", site=ids["north"]),
        }
        seq: dict[str, list[tuple[str, str, str]]] = {}
        for name, run in hot.items():
            plans = _scans(db, run)
            took = []
            for _ in range(3):
                t = time.perf_counter()
                run()
                took.append(time.perf_counter() - t)
            print(f"{name}: {sorted(took)[1] * 1000:.1f} ms {plans}")
            bad = [s for plan in plans for s in plan if s[0] == "Seq Scan" and s[1] in BIG]
            if bad:
                seq[name] = bad
        assert not seq, f"Seq Scans on big tables: {seq}"
        # and the check sees one: without the index on start_time the first page of
        # transactions reads the whole table
        with db.atomic() as txn:
            db.execute_sql('DROP INDEX "transaction_start_time"')
            plans = _scans(db, hot["transactions, first page"])
            txn.rollback()
        assert ("Seq Scan", "transaction", "") in plans[0], plans
    finally:
        close_database()
