"""A killed process: what the server confirmed to a charger is committed (on disk for
SQLite; in the PostgreSQL server for ``CSMS_TEST_DB=postgresql``)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import websockets
from dbcheck import other_query
from ocpp.v16 import ChargePoint, call

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _start_stop(port: int) -> tuple[int, int]:
    async with websockets.connect(f"ws://127.0.0.1:{port}/ocpp/KILL1",
                                  subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        cp = ChargePoint("KILL1", ws)
        reader = asyncio.ensure_future(cp.start())
        await cp.call(call.BootNotification(charge_point_vendor="V", charge_point_model="M"))
        first = await cp.call(call.StartTransaction(connector_id=1, id_tag="T1", meter_start=1000,
                                                    timestamp="2024-01-15T14:20:00Z"))
        await cp.call(call.StopTransaction(meter_stop=4500, timestamp="2024-01-15T15:20:00Z",
                                           transaction_id=first.transaction_id))
        second = await cp.call(call.StartTransaction(connector_id=1, id_tag="T1",
                                                     meter_start=4500,
                                                     timestamp="2024-01-15T16:00:00Z"))
        reader.cancel()
        return int(first.transaction_id), int(second.transaction_id)


def test_sigkill_right_after_the_answers_loses_no_confirmed_transaction(db_url: str) -> None:
    port = _free_port()
    env = {**os.environ}
    env.pop("CSMS_FORBID_QT", None)
    proc = subprocess.Popen(
        [sys.executable, "main.py", "serve", "--db", db_url, "--port", str(port),
         "--host", "127.0.0.1", "--unknown-chargers", "accept", "--log-level", "WARNING"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        first, second = asyncio.run(_start_stop(port))
        proc.send_signal(signal.SIGKILL)  # no shutdown, no flush: only what is committed
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    rows = dict(other_query('SELECT transaction_id, status FROM "transaction"', db_url))
    energy = other_query('SELECT total_energy FROM "transaction" WHERE transaction_id = '
                         f"'{first}'", db_url)[0][0]
    assert rows == {str(first): "COMPLETED", str(second): "ACTIVE"}
    assert energy == 3.5
