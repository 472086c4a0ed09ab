"""Shared by the API benchmarks: ``main.py serve`` with the API, a token, timed HTTP GETs.

The server is the real one in its own process (``main.py serve``); requests go over
loopback on one keep-alive connection per client thread (``http.client``), so a figure is
what an integration sees: HTTP parsing, the token check, the query, the JSON.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import shlex
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import HOST, REPO, ServerProcess, free_port, percentile


def make_token(db_url: str, env: dict[str, str] | None = None) -> str:
    """A manager token with a rate limit no benchmark reaches (``main.py api-token``)."""
    out = subprocess.run([sys.executable, "main.py", "api-token", "create", "--role", "manager",
                          "--name", f"bench-{time.time_ns()}", "--rate-limit", "60000",
                          "--db", db_url], cwd=REPO, capture_output=True, text=True,
                         timeout=120, check=True, env=env)
    return out.stdout.strip()


@dataclass
class ApiServe:
    proc: ServerProcess
    ocpp_port: int
    api_port: int
    token: str


@contextlib.contextmanager
def serve_with_api(db_url: str, log: Path, extra: tuple[str, ...] = (),
                   ready_timeout: float = 120.0) -> Iterator[ApiServe]:
    token = make_token(db_url)
    ocpp, api = free_port(), free_port()
    cmd = [sys.executable, "main.py", "serve", "--db", db_url, "--host", HOST, "--port",
           str(ocpp), "--api-port", str(api), "--unknown-chargers", "accept", "--log-level",
           "WARNING", *extra]
    proc = ServerProcess("app", cmd, api, log)
    proc.start()
    try:
        if not proc.wait_ready(ready_timeout):
            raise SystemExit(f"the server did not start: {shlex.join(cmd)}\n{proc.tail()}")
        yield ApiServe(proc, ocpp, api, token)
    finally:
        proc.stop()


class Client:
    """One keep-alive HTTP connection to the API."""

    def __init__(self, port: int, token: str) -> None:
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.headers = {"Authorization": f"Bearer {token}"}

    def get(self, path: str, params: dict[str, Any] | None = None) -> tuple[int, Any, float]:
        """(status, JSON body, seconds)."""
        url = path + ("?" + urllib.parse.urlencode(params) if params else "")
        t0 = time.perf_counter()
        self.conn.request("GET", url, headers=self.headers)
        resp = self.conn.getresponse()
        raw = resp.read()
        dt = time.perf_counter() - t0
        return resp.status, json.loads(raw) if raw else None, dt

    def close(self) -> None:
        self.conn.close()


def ms_summary(seconds: list[float]) -> dict[str, float]:
    s = sorted(x * 1000 for x in seconds)
    return {"median": percentile(s, 50), "p90": percentile(s, 90), "p99": percentile(s, 99),
            "min": s[0] if s else float("nan"), "max": s[-1] if s else float("nan")}
