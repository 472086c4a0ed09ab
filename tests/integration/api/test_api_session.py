"""A whole session through the API against simulated 1.6 and 2.0.1 chargers: register the
driver and tag, remote start, meter values, remote stop; the event stream and a webhook
receiver see the transaction's events in order."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from typing import Any

import pytest
from aiohttp import web
from api_helpers import ApiSite, event_stream, sim_charger, wait_for

from csms_desktop.domain.enums import NotificationType

pytestmark = pytest.mark.timeout(60)


def _cmd(cp_id: str, name: str) -> str:
    return f"/api/v1/charge-points/{cp_id}/commands/{name}"


@pytest.mark.parametrize("version", ["1.6", "2.0.1"])
async def test_remote_start_meter_remote_stop(site: ApiSite, version: str) -> None:
    cp_id = f"FLOW-{version}"
    tag = f"TAG{version.replace('.', '')}"
    att = site.attendant
    driver = await att.ok("POST", "/api/v1/drivers", {"phone": "081 555 0101", "name": "Somchai"},
                          status=201)
    created = await att.ok("POST", "/api/v1/tags", {"id_tag": tag, "user_id": driver["id"]},
                           status=201)
    assert created["id_tag"] == tag and created["user_id"] == driver["id"]
    async with sim_charger(site.ocpp_url, cp_id, version), \
            event_stream(att, {"charge_point_id": cp_id}) as events:
        for _ in range(100):  # the status notifications reach the database (250 ms batches)
            cp = await att.ok("GET", f"/api/v1/charge-points/{cp_id}")
            if len(cp["connectors"]) == 2:
                break
            await asyncio.sleep(0.05)
        assert cp["connected"] and [c["connector_no"] for c in cp["connectors"]] == [1, 2]
        assert {c["status"] for c in cp["connectors"]} == {"AVAILABLE"}
        r = await att.ok("POST", _cmd(cp_id, "remote-start"), {"connector_id": 1, "id_tag": tag})
        assert r["outcome"] == "accepted", r
        started = await events.until("transaction.started", 10)
        tx_id = started["data"]["transaction_id"]
        assert started["charge_point_id"] == cp_id and started["data"]["id_tag"] == tag
        assert started["data"]["user_id"] == driver["id"]
        samples = [await events.until("meter.sample", 10, transaction_id=tx_id)
                   for _ in range(3)]
        energies = [s["data"]["energy_kwh"] for s in samples]
        assert energies == sorted(energies) and energies[-1] > energies[0], energies
        live = await att.ok("GET", f"/api/v1/charge-points/{cp_id}")
        session = live["connectors"][0]["session"]
        assert session["transaction_id"] == tx_id and session["driver"] == "Somchai"
        r = await att.ok("POST", _cmd(cp_id, "remote-stop"), {"transaction_id": tx_id})
        assert r["outcome"] == "accepted", r
        ended = await events.until("transaction.ended", 10, transaction_id=tx_id)
        assert ended["data"]["total_energy"] and ended["data"]["total_energy"] > 0
        seq = [e["id"] for e in events.events]
        assert seq == sorted(seq) and len(set(seq)) == len(seq)  # numbered, in order
        order = [e["event"] for e in events.events if e["data"].get("transaction_id") == tx_id]
        assert order[0] == "transaction.started" and order[-1] == "transaction.ended"
        assert set(order[1:-1]) == {"meter.sample"}
    page = await att.ok("GET", "/api/v1/transactions", params={"charge_point_id": cp_id})
    assert [t["transaction_id"] for t in page["items"]] == [tx_id]
    assert page["items"][0]["status"] == "COMPLETED" and page["next_cursor"] is None
    detail = await att.ok("GET", f"/api/v1/transactions/{tx_id}")
    assert detail["transaction"]["driver"] == "Somchai"
    assert detail["transaction"]["total_energy_kwh"] == ended["data"]["total_energy"]
    assert len(detail["meter_values"]) >= 3
    stamps = [m["timestamp"] for m in detail["meter_values"]]
    assert stamps == sorted(stamps)
    mv = await att.ok("GET", f"/api/v1/charge-points/{cp_id}/connectors/1/meter-values")
    assert len(mv) >= len(detail["meter_values"]) and mv[-1]["energy_kwh"] is not None


async def _booted(site: ApiSite, *cp_ids: str, connectors: int = 2) -> None:
    """Until every charger has reported the status of each of its connectors at boot: a
    boot status arriving late would otherwise pass for the status a command caused."""
    want = {(cp, n) for cp in cp_ids for n in range(connectors + 1)}
    for _ in range(200):
        seen = {(e.charge_point_id, e.data.get("connector_id"))
                for e in site.server.broker.recent if e.name == "connector.status"}
        if want <= seen:
            return
        await asyncio.sleep(0.025)
    raise AssertionError(f"no boot status from {sorted(want - seen)}")


async def test_event_stream_filters_and_replays(site: ApiSite) -> None:
    att = site.attendant
    async with sim_charger(site.ocpp_url, "EV-A"), sim_charger(site.ocpp_url, "EV-B"):
        await _booted(site, "EV-A", "EV-B")
        async with event_stream(att, {"charge_point_id": "EV-B",
                                      "events": "connector.status"}) as events:
            r = await att.ok("POST", _cmd("EV-A", "change-availability"),
                             {"connector_id": 1, "available": False})
            assert r["outcome"] == "accepted"
            r = await att.ok("POST", _cmd("EV-B", "change-availability"),
                             {"connector_id": 2, "available": False})
            first = await events.until("connector.status", 5, connector_id=2,
                                       status="UNAVAILABLE")
            assert first["charge_point_id"] == "EV-B"
            assert {e["charge_point_id"] for e in events.events} == {"EV-B"}
            assert {e["event"] for e in events.events} == {"connector.status"}
        # a reconnect with Last-Event-ID gets what it missed
        await att.ok("POST", _cmd("EV-B", "change-availability"),
                     {"connector_id": 2, "available": True})
        await asyncio.sleep(0.3)
        async with event_stream(att, {"charge_point_id": "EV-B", "events": "connector.status"},
                                headers={"Last-Event-ID": first["sse_id"]}) as again:
            back = await again.until("connector.status", 5, status="AVAILABLE")
            replayed = [int(e["id"]) for e in again.events]
            assert replayed == sorted(replayed) and replayed[0] > int(first["id"])
            kept = [e.seq for e in site.server.broker.recent if e.seq > int(first["id"])
                    and e.charge_point_id == "EV-B" and e.name == "connector.status"]
            assert replayed == kept[:len(replayed)] and back["charge_point_id"] == "EV-B"
    bad = await att.get("/api/v1/events", params={"events": "tx.started"})
    assert bad.status == 422 and "unknown event(s) tx.started" in bad.body["fields"]["events"]


class Receiver:
    """A webhook receiver: answers 500 to the first ``fail`` attempts of each delivery."""

    def __init__(self, fail: int) -> None:
        self.fail = fail
        self.requests: list[tuple[dict[str, str], bytes, float]] = []
        self.got = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append((dict(request.headers), body, time.monotonic()))
        self.got.set()
        attempt = int(request.headers["X-CSMS-Attempt"])
        return web.Response(status=500 if attempt <= self.fail else 204)

    def deliveries(self) -> dict[str, list[tuple[dict[str, str], bytes, float]]]:
        out: dict[str, list[Any]] = {}
        for h, b, t in self.requests:
            out.setdefault(h["X-CSMS-Delivery"], []).append((h, b, t))
        return out


async def _receiver(fail: int) -> tuple[Receiver, web.AppRunner, str]:
    rec = Receiver(fail)
    app = web.Application()
    app.router.add_post("/hook", rec.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return rec, runner, f"http://127.0.0.1:{port}/hook"


async def test_webhook_signed_and_retried_with_back_off(site: ApiSite) -> None:
    site.services.apply_settings(free_charging=True)
    rec, runner, url = await _receiver(fail=2)
    try:
        mgr = site.manager
        created = await mgr.ok("POST", "/api/v1/webhooks", {
            "url": url, "events": ["transaction.started", "transaction.ended"],
            "charge_points": ["HOOK-1"]}, status=201)
        secret, hook = created["secret"], created["webhook"]
        assert secret.startswith("whsec_") and "secret" not in hook
        async with sim_charger(site.ocpp_url, "HOOK-1", "2.0.1") as hook1, \
                sim_charger(site.ocpp_url, "HOOK-2"):
            for cp_id in ("HOOK-2", "HOOK-1"):  # HOOK-2's session is not asked for
                r = await site.attendant.ok("POST", _cmd(cp_id, "remote-start"),
                                            {"connector_id": 1, "id_tag": "FREE"})
                assert r["outcome"] == "accepted"
            await wait_for(lambda: len(rec.deliveries()) >= 1 and any(
                h["X-CSMS-Attempt"] == "3" for h, _, _ in rec.requests), 10, "the 3rd attempt")
            tx = json.loads(rec.requests[0][1])["data"]["transaction_id"]
            await wait_for(lambda: hook1.connectors[0].in_transaction, 5, "the charger's tx")
            r = await site.attendant.ok("POST", _cmd("HOOK-1", "remote-stop"),
                                        {"transaction_id": tx})
            await wait_for(lambda: len(rec.deliveries()) == 2 and all(
                len(v) == 3 for v in rec.deliveries().values()), 10, "both deliveries")
        by_id = rec.deliveries()
        names = []
        for attempts in by_id.values():
            assert [h["X-CSMS-Attempt"] for h, _, _ in attempts] == ["1", "2", "3"]
            gaps = [b[2] - a[2] for a, b in itertools.pairwise(attempts)]
            assert gaps[0] >= 0.045 and gaps[1] >= 0.095, gaps  # back-off: 0.05 s, then 0.1 s
            for h, body, _ in attempts:
                mac = hmac.new(secret.encode(), h["X-CSMS-Timestamp"].encode() + b"." + body,
                               hashlib.sha256).hexdigest()
                assert h["X-CSMS-Signature"] == f"sha256={mac}"
                event = json.loads(body)
                assert event["charge_point_id"] == "HOOK-1"
                assert h["X-CSMS-Event"] == event["event"]
            names.append(json.loads(attempts[0][1])["event"])
        assert names == ["transaction.started", "transaction.ended"]  # in order
        log = await mgr.ok("GET", f"/api/v1/webhooks/{hook['id']}/deliveries")
        assert [d["state"] for d in log] == ["delivered", "delivered"]
        assert [a["status"] for a in log[0]["attempts"]] == [500, 500, 204]
        # a forged or altered body does not verify
        h, body, _ = rec.requests[0]
        forged = hmac.new(b"wrong", h["X-CSMS-Timestamp"].encode() + b"." + body,
                          hashlib.sha256).hexdigest()
        assert h["X-CSMS-Signature"] != f"sha256={forged}"
    finally:
        await runner.cleanup()


async def test_webhook_gives_up_and_never_blocks(site: ApiSite) -> None:
    rec, runner, url = await _receiver(fail=99)
    try:
        created = await site.manager.ok("POST", "/api/v1/webhooks", {"url": url}, status=201)
        hook_id = created["webhook"]["id"]
        ping = await site.manager.ok("POST", f"/api/v1/webhooks/{hook_id}/ping")
        assert ping["state"] == "failed" and ping["attempts"][0]["status"] == 500
        t0 = time.perf_counter()
        site.services.notifier.notify(NotificationType.GENERAL, "Hello", "hooks")
        assert time.perf_counter() - t0 < 0.05  # publishing does not wait for the receiver
        await wait_for(lambda: len(rec.requests) >= 4, 10, "every attempt")
        await wait_for(lambda: site.server.ctx.webhooks.deliveries(hook_id)[0].state == "failed",
                       5, "giving up")
        assert len(rec.requests) == 5  # the ping, then 4 attempts of the notification
        await site.manager.ok("DELETE", f"/api/v1/webhooks/{hook_id}", status=204)
        assert site.server.ctx.webhooks.workers == {}
    finally:
        await runner.cleanup()
