"""Tokens, roles, rate limit, audit log, errors, and the OpenAPI document."""

from __future__ import annotations

import pytest
from api_helpers import ApiSite
from openapi_spec_validator import validate

from csms_desktop.services import api_tokens

pytestmark = pytest.mark.timeout(30)


async def test_openapi_document_validates_and_is_served(site: ApiSite) -> None:
    a = await site.client.get("/openapi.json")
    assert a.status == 200
    validate(a.body)  # raises on an invalid document
    assert a.body["openapi"].startswith("3.1")
    paths = a.body["paths"]
    assert "/api/v1/charge-points/{charge_point_id}/commands/remote-start" in paths
    health = await site.client.get("/api/v1/health")
    assert health.status == 200 and health.body["status"] == "ok"


async def test_no_token_unknown_token_and_revoked_token_get_401(site: ApiSite) -> None:
    a = await site.client.get("/api/v1/charge-points")
    assert a.status == 401 and a.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in a.body["message"]
    a = await site.client.as_("csms_not-a-token").get("/api/v1/charge-points")
    assert a.status == 401 and "unknown or revoked" in a.body["message"]
    info, token = api_tokens.create_token("short-lived", "MANAGER")
    assert (await site.client.as_(token).get("/api/v1/charge-points")).status == 200
    await site.admin.ok("DELETE", f"/api/v1/tokens/{info.id}")
    a = await site.client.as_(token).get("/api/v1/charge-points")
    assert a.status == 401


async def test_attendant_cannot_change_tariffs_403_with_reason(site: ApiSite) -> None:
    body = {"name": "Day", "currency": "THB", "price_per_kwh": "6.5"}
    a = await site.attendant.post("/api/v1/tariffs", body)
    assert a.status == 403
    assert a.body["error"] == "forbidden"
    assert "an attendant token may not do this" in a.body["message"]
    assert "Billing permission (manager or administrator)" in a.body["message"]
    created = await site.manager.ok("POST", "/api/v1/tariffs", body, status=201)
    a = await site.attendant.patch(f"/api/v1/tariffs/{created['id']}", {"price_per_kwh": "1"})
    assert a.status == 403
    # and the denial is in the audit log, with who tried
    audit = await site.admin.ok("GET", "/api/v1/audit")
    denied = [r for r in audit["items"] if r["status"] == 403]
    assert denied and denied[0]["actor"] == "api:test-attendant"
    assert denied[0]["method"] == "PATCH"
