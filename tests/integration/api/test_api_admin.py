"""Settings, tokens, the audit log, webhook configuration and the rate limit."""

from __future__ import annotations

import dataclasses

import pytest
from api_helpers import ApiSite, api_site

from csms_desktop.services import api_tokens
from csms_desktop.services.settings_edit import validate_settings

pytestmark = pytest.mark.timeout(30)


async def test_settings_read_and_change_like_the_settings_page(site: ApiSite) -> None:
    mgr = site.manager
    s = await mgr.ok("GET", "/api/v1/settings")
    assert s["heartbeat_interval"] == 60 and s["currency"] == "THB"
    changed = await mgr.ok("PATCH", "/api/v1/settings", {"free_charging": True,
                                                         "site_name": "Depot Sul"})
    assert changed["free_charging"] is True and site.services.settings.free_charging is True
    assert site.services.authorizer.free_charging is True  # applied to the running services
    wrong = {"heartbeat_interval": 5, "ocpp_host": "not a host!", "site_name": " "}
    bad = await mgr.patch("/api/v1/settings", wrong)
    gui = validate_settings(dataclasses.replace(site.services.settings, **wrong))
    assert bad.status == 422 and bad.body["fields"] == gui
    assert set(gui) == {"heartbeat_interval", "ocpp_host", "site_name"}
    typed = await mgr.patch("/api/v1/settings", {"heartbeat_interval": "often"})
    assert typed.status == 422 and "whole number" in typed.body["fields"]["heartbeat_interval"]
    assert (await mgr.patch("/api/v1/settings", {})).status == 422
    assert site.services.settings.site_name == "Depot Sul"  # nothing else changed
    denied = await site.attendant.get("/api/v1/settings")
    assert denied.status == 403


async def test_tokens_and_audit_log(site: ApiSite) -> None:
    adm = site.admin
    made = await adm.ok("POST", "/api/v1/tokens", {"name": "bms", "role": "manager"},
                        status=201)
    token = made["token"]
    assert token.startswith("csms_") and made["info"]["role"] == "MANAGER"
    assert made["info"]["prefix"] == token[:12]
    listed = await adm.ok("GET", "/api/v1/tokens")
    assert "bms" in {t["name"] for t in listed} and all("token" not in t for t in listed)
    from csms_desktop.store.api_models import ApiToken

    stored = ApiToken.get_by_id(made["info"]["id"])
    assert stored.token_hash == api_tokens.hash_token(token) and token not in stored.token_hash
    bad = await adm.post("/api/v1/tokens", {"name": " ", "role": "boss"})
    assert bad.status == 422 and set(bad.body["fields"]) == {"name", "role"}
    mgr_made = await site.manager.post("/api/v1/tokens", {"name": "x", "role": "ADMIN"})
    assert mgr_made.status == 403  # only administrators make tokens
    await site.client.as_(token).ok("POST", "/api/v1/drivers", {"phone": "0819998877",
                                                                "password": "hunter2"},
                                    status=422)
    revoked = await adm.ok("DELETE", f"/api/v1/tokens/{made['info']['id']}")
    assert revoked["revoked_at"]
    again = await adm.delete(f"/api/v1/tokens/{made['info']['id']}")
    assert again.status == 422 and "already revoked" in again.body["fields"]["token_id"]
    assert (await adm.delete("/api/v1/tokens/none")).status == 404
    page = await adm.ok("GET", "/api/v1/audit", params={"limit": "2"})
    rest = await adm.ok("GET", "/api/v1/audit", params={"cursor": page["next_cursor"]})
    rows = page["items"] + rest["items"]
    assert [r["at"] for r in rows] == sorted((r["at"] for r in rows), reverse=True)
    driver_write = next(r for r in rows if r["path"] == "/api/v1/drivers")
    assert driver_write["actor"] == "api:bms" and driver_write["status"] == 422
    assert driver_write["detail"]["password"] == "***"  # secrets never reach the log
    assert any(r["method"] == "REVOKE" and r["actor"] == "api:test-admin" for r in rows)
    only = await adm.ok("GET", "/api/v1/audit", params={"token_id": made["info"]["id"]})
    assert {r["actor"] for r in only["items"]} == {"api:bms"}


async def test_webhook_configuration(site: ApiSite) -> None:
    mgr = site.manager
    bad = await mgr.post("/api/v1/webhooks", {"url": "ftp://x", "events": ["tx.done"]})
    assert bad.status == 422 and set(bad.body["fields"]) == {"url", "events"}
    made = await mgr.ok("POST", "/api/v1/webhooks", {"url": "http://127.0.0.1:9/hook",
                                                     "events": ["notification"]}, status=201)
    hook = made["webhook"]
    assert (await mgr.ok("GET", f"/api/v1/webhooks/{hook['id']}")) == hook
    assert [h["id"] for h in await mgr.ok("GET", "/api/v1/webhooks")] == [hook["id"]]
    changed = await mgr.ok("PATCH", f"/api/v1/webhooks/{hook['id']}",
                           {"active": False, "rotate_secret": True})
    assert changed["webhook"]["active"] is False and changed["secret"] != made["secret"]
    assert site.server.ctx.webhooks.workers == {}  # paused: no worker
    paused = await mgr.post(f"/api/v1/webhooks/{hook['id']}/ping")
    assert paused.status == 422
    assert (await mgr.ok("GET", f"/api/v1/webhooks/{hook['id']}/deliveries")) == []
    assert (await mgr.get("/api/v1/webhooks/none")).status == 404


async def test_rate_limit_per_token(services, server) -> None:  # type: ignore[no-untyped-def]
    async with api_site(services, server, rate_limit=60) as site:  # burst 6, then 1/s
        att = site.attendant
        statuses = [(await att.get("/api/v1/charge-points")).status for _ in range(8)]
        assert statuses[:6] == [200] * 6 and statuses[6:] == [429, 429]
        limited = await att.get("/api/v1/charge-points")
        assert limited.headers["Retry-After"] == "1"
        assert "rate limit of 60 requests per minute" in limited.body["message"]
        assert (await site.manager.get("/api/v1/charge-points")).status == 200  # per token


async def test_unknown_routes_and_methods_answer_json(site: ApiSite) -> None:
    a = await site.attendant.get("/api/v1/nothing")
    assert a.status == 404 and a.body["error"] == "not_found"
    a = await site.attendant.call("PUT", "/api/v1/drivers")
    assert a.status == 405 and "allowed: GET, POST" in a.body["message"]
    a = await site.attendant.post("/api/v1/drivers", data=b"[1, 2]")
    assert a.status == 400 and a.body["message"] == "the body must be a JSON object"
