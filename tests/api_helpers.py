"""Helpers for the automation API tests: the real API server over real HTTP, tokens of
each role, simulated chargers of both versions, an SSE reader.

``HITS`` collects every (method, route) the API answered with a 2xx in this test process;
``tests/integration/api/test_api_zz_routes.py`` fails for any documented route missing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp
import pytest

from csms_desktop.api.server import ApiServer
from csms_desktop.api.webhooks import RetryPolicy
from csms_desktop.protocol.commands import Commands
from csms_desktop.services import api_tokens
from csms_desktop.services.driver_services import install
from csms_desktop.services.settings_edit import ApiConfig
from csms_desktop.sim import Behaviour, SimChargePoint16, SimChargePoint201, SimParams

HITS: set[tuple[str, str]] = set()
MISSING_FILES = pytest.StashKey[list[str]]()  # API test files not collected in this run
DESELECTED = pytest.StashKey[bool]()  # some API tests deselected (-k, -m)
ROLES = ("ATTENDANT", "MANAGER", "ADMIN")
FAST_RETRIES = RetryPolicy(max_attempts=4, base_delay=0.05, max_delay=0.2, timeout=2.0)


@dataclass
class Answer:
    status: int
    body: Any
    headers: Any
    raw: bytes = b""

    def __repr__(self) -> str:
        return f"Answer({self.status}, {self.body!r})"


@dataclass
class ApiClient:
    base: str
    session: aiohttp.ClientSession
    token: str | None = None

    def as_(self, token: str | None) -> ApiClient:
        return ApiClient(self.base, self.session, token)

    async def call(self, method: str, path: str, body: Any = None, *,
                   data: bytes | str | None = None, headers: dict[str, str] | None = None,
                   params: dict[str, Any] | None = None) -> Answer:
        h = dict(headers or {})
        if self.token is not None:
            h.setdefault("Authorization", f"Bearer {self.token}")
        kwargs: dict[str, Any] = {"headers": h, "params": params}
        if body is not None:
            kwargs["json"] = body
        elif data is not None:
            kwargs["data"] = data
        async with self.session.request(method, self.base + path, **kwargs) as resp:
            raw = await resp.read()
            parsed: Any = raw
            if resp.content_type == "application/json" and raw:
                parsed = json.loads(raw)
            return Answer(resp.status, parsed, resp.headers, raw)

    async def get(self, path: str, **kw: Any) -> Answer:
        return await self.call("GET", path, **kw)

    async def post(self, path: str, body: Any = None, **kw: Any) -> Answer:
        return await self.call("POST", path, body, **kw)

    async def patch(self, path: str, body: Any = None, **kw: Any) -> Answer:
        return await self.call("PATCH", path, body, **kw)

    async def delete(self, path: str, **kw: Any) -> Answer:
        return await self.call("DELETE", path, **kw)

    async def ok(self, method: str, path: str, body: Any = None, status: int | None = None,
                 **kw: Any) -> Any:
        """The body of a call that must succeed (``status``, else any 2xx)."""
        a = await self.call(method, path, body, **kw)
        assert (a.status == status) if status else (200 <= a.status < 300), (method, path, a)
        return a.body


@dataclass
class ApiSite:
    server: ApiServer
    ocpp_url: str
    tokens: dict[str, str]
    client: ApiClient
    commands: Commands
    services: Any
    extra: dict[str, Any] = field(default_factory=dict)

    def as_role(self, role: str) -> ApiClient:
        return self.client.as_(self.tokens[role.upper()])

    @property
    def admin(self) -> ApiClient:
        return self.as_role("ADMIN")

    @property
    def manager(self) -> ApiClient:
        return self.as_role("MANAGER")

    @property
    def attendant(self) -> ApiClient:
        return self.as_role("ATTENDANT")


@contextlib.asynccontextmanager
async def api_site(services: Any, server: Any, *, policy: RetryPolicy = FAST_RETRIES,
                   rate_limit: int | None = None) -> AsyncIterator[ApiSite]:
    """The API on 127.0.0.1 (a free port) for ``server`` (a started OCPPServer)."""
    commands = Commands(server)
    install(services, commands)
    api = ApiServer(services, commands, ApiConfig(host="127.0.0.1", port=0), policy=policy,
                    hits=HITS)
    await api.start()
    tokens = {}
    for role in ROLES:
        _, tokens[role] = api_tokens.create_token(f"test-{role.lower()}", role,
                                                  rate_limit=rate_limit or 60_000)
    async with aiohttp.ClientSession() as session:
        client = ApiClient(f"http://127.0.0.1:{api.port}", session)
        try:
            yield ApiSite(api, f"ws://127.0.0.1:{server.port}/ocpp", tokens, client, commands,
                          services)
        finally:
            await api.stop()


# ------------------------------------------------------------------ simulated chargers

FAST = SimParams(connectors=2, dc=False, meter_interval=0.2, heartbeat_interval=300.0,
                 auto_sessions=False, plug_delay=(0.02, 0.05), session_range=(3600, 3600),
                 fault_prob=0.0, disconnect_prob=0.0, time_scale=60.0, response_timeout=5.0,
                 reset_delay=0.2, firmware_step=0.05)


@contextlib.asynccontextmanager
async def sim_charger(url: str, cp_id: str, version: str = "1.6", respond: str = "Accepted",
                      **params: Any) -> AsyncIterator[Any]:
    """A booted simulated charger (``respond``: Accepted, Rejected or silent)."""
    cls = SimChargePoint16 if version == "1.6" else SimChargePoint201
    cp = cls(cp_id, params=replace(FAST, **params), behaviour=Behaviour(respond=respond),
             seed=1)
    stop = asyncio.Event()
    task = asyncio.ensure_future(cp.run(url, None, stop))
    try:
        await wait_for(lambda: cp.stats.booted, 10.0, f"{cp_id} never booted")
        yield cp
    finally:
        stop.set()
        try:
            await asyncio.wait_for(task, 15)
        except TimeoutError:
            task.cancel()


async def wait_for(predicate: Any, timeout: float = 5.0, what: str = "condition") -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting: {what}")
        await asyncio.sleep(0.02)


# ------------------------------------------------------------------ server-sent events


class SseReader:
    """Reads ``GET /api/v1/events`` as it streams: ``await reader.next()`` -> event dict."""

    def __init__(self, resp: aiohttp.ClientResponse) -> None:
        self.resp = resp
        self.events: list[dict[str, Any]] = []

    async def next(self, timeout: float = 5.0) -> dict[str, Any]:
        async def one() -> dict[str, Any]:
            fields: dict[str, str] = {}
            while True:
                line = (await self.resp.content.readline()).decode("utf-8")
                if line == "":
                    raise EOFError("the stream ended")
                line = line.rstrip("\n")
                if not line:
                    if "data" in fields:
                        event = {"sse_id": fields.get("id"), "sse_event": fields.get("event"),
                                 **json.loads(fields["data"])}
                        self.events.append(event)
                        return event
                    fields = {}
                    continue
                if line.startswith(":"):
                    continue
                key, _, value = line.partition(":")
                fields[key] = value.lstrip(" ")

        return await asyncio.wait_for(one(), timeout)

    async def until(self, name: str, timeout: float = 10.0, **match: Any) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            left = deadline - loop.time()
            if left <= 0:
                raise AssertionError(f"no {name} event {match} within {timeout} s")
            e = await self.next(left)
            if e["event"] == name and all(e["data"].get(k) == v for k, v in match.items()):
                return e


@contextlib.asynccontextmanager
async def event_stream(client: ApiClient, params: dict[str, Any] | None = None,
                       headers: dict[str, str] | None = None) -> AsyncIterator[SseReader]:
    h = {"Authorization": f"Bearer {client.token}", **(headers or {})}
    async with client.session.get(client.base + "/api/v1/events", params=params,
                                  headers=h) as resp:
        assert resp.status == 200, await resp.text()
        assert resp.headers["Content-Type"].startswith("text/event-stream")
        yield SseReader(resp)
