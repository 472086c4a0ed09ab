"""1.6 transaction ids on PostgreSQL come from a database sequence: several processes
(nodes) on one database never hand out the same id, and none reuses an id already in
the table (rows copied in after the sequence was made). Always on PostgreSQL (the
throwaway cluster), whichever backend the run's ``db`` fixture uses."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import websockets
from ocpp.v16 import ChargePoint, call

from csms_desktop.store import models as m
from csms_desktop.store.db import close_database, open_database
from csms_desktop.store.migrations import migrate_database
from csms_desktop.store.sequences import TX_SEQUENCE, next_transaction_id

ROOT = Path(__file__).resolve().parents[2]

ALLOCATE = """
import sys, time
from pathlib import Path
from csms_desktop.store.db import open_database
from csms_desktop.services.context import build_services
open_database(sys.argv[1])
charging = build_services().charging
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
print(" ".join(str(charging._allocate_transaction_id()) for _ in range(int(sys.argv[3]))))
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CSMS_FORBID_QT", None)
    return env


def _migrated(url: str) -> None:
    migrate_database(open_database(url))
    close_database()


def test_two_processes_on_one_database_allocate_disjoint_ids(pg_url: str,
                                                             tmp_path: Path) -> None:
    _migrated(pg_url)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", ALLOCATE, pg_url, str(go), "300"],
                              cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    time.sleep(1.5)  # both connected and waiting
    go.touch()  # ... then allocating at the same time
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        outs.append([int(x) for x in out.split()])
    a, b = outs
    assert len(a) == len(b) == 300
    assert not set(a) & set(b), sorted(set(a) & set(b))[:10]
    assert sorted(a + b) == list(range(1, 601))  # no id lost either (one sequence)
    assert a == sorted(a) and b == sorted(b)


def test_ids_already_in_the_table_are_skipped(pg_url: str) -> None:
    """Rows brought in after the sequence was made (a copy, a restore of one table)
    hold ids ahead of it: the sequence walks past them, never setting itself back."""
    db = open_database(pg_url)
    try:
        migrate_database(db)
        cp = m.ChargePoint.create(id="CP-COPY", name="copied")
        c = m.Connector.create(charge_point=cp, connector_id=1)
        for tx_id in ["1", "2", "3", *map(str, range(5, 2000))]:
            m.Transaction.create(transaction_id=tx_id, charge_point=cp, connector=c,
                                 start_time="2024-01-01 00:00:00")
        got = [next_transaction_id(db) for _ in range(3)]
        assert got[0] == 4  # the free one in between
        assert got[1] >= 2000 and got[2] > got[1]
        used = {t for (t,) in m.Transaction.select(m.Transaction.transaction_id).tuples()}
        assert not {str(g) for g in got} & used
    finally:
        close_database()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(url: str, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "main.py", "serve", "--db", url, "--port", str(port),
         "--host", "127.0.0.1", "--unknown-chargers", "accept", "--no-api",
         "--log-level", "WARNING"],
        cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_listening(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"serve did not listen on {port}")


async def _sessions(port: int, cp_id: str, n: int) -> list[int]:
    """``n`` start/stop pairs on ``cp_id``: the ids the node handed out."""
    async with websockets.connect(f"ws://127.0.0.1:{port}/ocpp/{cp_id}",
                                  subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        cp = ChargePoint(cp_id, ws)
        reader = asyncio.ensure_future(cp.start())
        await cp.call(call.BootNotification(charge_point_vendor="V", charge_point_model="M"))
        ids = []
        for i in range(n):
            started = await cp.call(call.StartTransaction(
                connector_id=1, id_tag="T1", meter_start=1000 * i,
                timestamp=f"2024-01-15T14:{i:02d}:00Z"))
            ids.append(int(started.transaction_id))
            await cp.call(call.StopTransaction(meter_stop=1000 * i + 500,
                                               timestamp=f"2024-01-15T14:{i:02d}:30Z",
                                               transaction_id=started.transaction_id))
        reader.cancel()
        return ids


@pytest.mark.timeout(120)
def test_two_serve_nodes_on_one_database_hand_out_disjoint_ids(pg_url: str) -> None:
    """Two ``serve`` processes on one PostgreSQL database, a 1.6 charger on each, starting
    sessions at the same time: every id is different and every session is stored."""
    _migrated(pg_url)
    ports = [_free_port(), _free_port()]
    nodes = [_serve(pg_url, port) for port in ports]
    try:
        for port, node in zip(ports, nodes, strict=True):
            _wait_listening(port, node)

        async def both() -> list[list[int]]:
            return list(await asyncio.gather(_sessions(ports[0], "NODE-A-CP", 15),
                                             _sessions(ports[1], "NODE-B-CP", 15)))

        on_a, on_b = asyncio.run(both())
    finally:
        for node in nodes:
            node.terminate()
        for node in nodes:
            try:
                node.wait(timeout=20)
            except subprocess.TimeoutExpired:
                node.kill()
    assert not set(on_a) & set(on_b)
    assert len(set(on_a + on_b)) == 30
    db = open_database(pg_url)
    try:
        rows = {(t.transaction_id, t.charge_point_id, t.status)
                for t in m.Transaction.select()}
        assert rows == {*((str(i), "NODE-A-CP", "COMPLETED") for i in on_a),
                        *((str(i), "NODE-B-CP", "COMPLETED") for i in on_b)}
        last = db.execute_sql(f"SELECT last_value FROM {TX_SEQUENCE}").fetchone()[0]
        assert last >= max(on_a + on_b)
    finally:
        close_database()


def test_a_copied_depot_goes_on_above_its_ids(pg_url: str, tmp_path: Path) -> None:
    """``db copy`` of a SQLite depot whose 1.6 ids reach 1,500 into PostgreSQL: the next id
    is 1,501 at once (the copy moves the sequence), not a walk past 1,500 used ids."""
    from csms_desktop.services.db_copy import copy_database

    depot = f"sqlite:///{tmp_path / 'depot.db'}"
    db = open_database(depot)
    migrate_database(db)
    cp = m.ChargePoint.create(id="CP-DEPOT", name="depot")
    c = m.Connector.create(charge_point=cp, connector_id=1)
    m.Transaction.insert_many([
        {"transaction_id": str(i), "charge_point": cp.id, "connector": c.id,
         "start_time": "2024-01-01 00:00:00", "id": f"c{i:024d}"} for i in range(1, 1501)
    ]).execute()
    close_database()
    db = open_database(pg_url)
    try:
        migrate_database(db)
        copy_database(depot)
        before = db.execute_sql(f"SELECT last_value FROM {TX_SEQUENCE}").fetchone()[0]
        assert before == 1500
        assert next_transaction_id(db) == 1501
    finally:
        close_database()
