"""Helpers of the several-nodes tests (integration and GUI): ``serve`` nodes as real
processes on a PostgreSQL database, the test's own view of that database, simulator knobs."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from pgcluster import _free_port

from csms_desktop.sim import SimParams

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
ENV.pop("CSMS_FORBID_QT", None)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=90, env=ENV)


class Node:
    def __init__(self, name: str, url: str, log_dir: Path, site: str | None = None) -> None:
        self.name = name
        self.port = _free_port()
        self.api_port = _free_port()
        self.log = log_dir / f"node-{name}.log"
        self._out = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "main.py", "serve", "--db", url, "--host", "127.0.0.1",
             "--port", str(self.port), "--api-port", str(self.api_port),
             "--unknown-chargers", "accept", "--log-level", "INFO",
             *(("--site", site) if site else ())],
            cwd=ROOT, stdout=self._out, stderr=subprocess.STDOUT, text=True, env=ENV)

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ocpp"

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.api_port}/api/v1"

    def output(self) -> str:
        self._out.flush()
        return self.log.read_text()

    async def ready(self, http: aiohttp.ClientSession, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.output()
            try:
                async with http.get(self.api + "/health") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
        raise AssertionError(f"node {self.name} never answered:\n{self.output()}")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._out.close()


async def until(cond: Any, what: str, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = cond()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


def sim_params() -> SimParams:
    return SimParams(connectors=1, meter_interval=0.3, auto_sessions=False,
                     plug_delay=(0.0, 0.02), fault_prob=0.0, disconnect_prob=0.0,
                     time_scale=60.0, reconnect_min=0.2, reconnect_max=1.0,
                     response_timeout=10.0, heartbeat_interval=30.0)


class Db:
    """The third process's view: the test reads PostgreSQL itself."""

    def __init__(self, cluster: Any, url: str) -> None:
        self.conn = cluster.connect(url.rsplit("/", 1)[1])

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with self.conn.cursor() as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())

    def transactions(self, cp_id: str) -> list[tuple[Any, ...]]:
        return self.rows('SELECT transaction_id, status, stop_reason, total_energy, id '
                         'FROM "transaction" WHERE charge_point_id = %s ORDER BY start_time',
                         cp_id)

    def meter_count(self, row_id: str) -> int:
        return int(self.rows("SELECT count(*) FROM meter_value WHERE transaction_id = %s",
                             row_id)[0][0])

    def holder(self, cp_id: str) -> str | None:
        found = self.rows("SELECT n.name FROM charger_presence p JOIN csms_node n "
                          "ON n.id = p.node_id WHERE p.charge_point_id = %s", cp_id)
        return str(found[0][0]) if found else None


