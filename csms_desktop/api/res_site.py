"""Routes: health, the OpenAPI document, site settings, charge points and meter values."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from csms_desktop import __version__
from csms_desktop.api.errors import invalid, not_found
from csms_desktop.api.routing import Api, Call, Page, PageOf, Paging, page_of
from csms_desktop.api.schema import partial
from csms_desktop.api.serialize import decode_cursor
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services import api_reads, settings_edit, sites
from csms_desktop.services.api_reads import ChargePointFilter, ChargePointLive
from csms_desktop.services.live_queries import MeterPoint, meter_history
from csms_desktop.services.operators import Permission
from csms_desktop.services.settings import SiteSettings
from csms_desktop.services.sites import SiteInfo

SettingsChanges = partial(SiteSettings, "SettingsChanges")
MAX_METER_POINTS = 50_000


@dataclass(frozen=True)
class Health:
    status: str
    version: str
    time: datetime
    chargers_connected: int


@dataclass(frozen=True)
class ChargePointQuery(Paging):
    connected: bool | None = field(default=None, metadata={"doc": "only (dis)connected ones"})
    registration: str | None = field(default=None, metadata={
        "doc": "ACCEPTED, PENDING or REJECTED"})
    status: str | None = field(default=None, metadata={"doc": "AVAILABLE, FAULTED, ..."})
    search: str = field(default="", metadata={"doc": "part of the id, name or location"})
    site: str | None = field(default=None, metadata={
        "doc": "a site's id or name: its charge points (GET /api/v1/sites)"})


@dataclass(frozen=True)
class ChargePointChanges:
    """What an operator changes on a charge point through the API."""

    site: str = field(metadata={"doc": "the site (id or name) the charge point moves to"})


@dataclass(frozen=True)
class SiteInput:
    name: str = field(metadata={"doc": "the site's name (unique)"})


@dataclass(frozen=True)
class MeterQuery:
    start: datetime | None = field(default=None, metadata={
        "doc": "from (inclusive); default 24 h before `end`"})
    end: datetime | None = field(default=None, metadata={"doc": "to (inclusive); default now"})
    limit: int = field(default=5000, metadata={
        "doc": f"at most this many samples, the newest (1 to {MAX_METER_POINTS})"})


def _connector_no(call: Call) -> int:
    text = call.arg("connector_no")
    if not text.isdigit():
        raise invalid({"connector_no": f"a connector number (1, 2, ...), not {text!r}"})
    return int(text)


def register(api: Api) -> None:
    @api.route("GET", "/api/v1/health", permission=None, summary="Health", tag="site",
               response=Health, description="Is the server up? No token needed.")
    async def health(call: Call) -> Health:
        return Health("ok", __version__, utcnow(), len(call.ctx.services.chargers.connected))

    @api.route("GET", "/openapi.json", permission=None, summary="This document",
               tag="site", response=None, description="OpenAPI 3.1, generated from the code.")
    async def openapi(call: Call) -> Any:
        doc = call.ctx.extras.get("openapi")
        return web.json_response(doc)

    @api.route("GET", "/api/v1/settings", permission=Permission.SETTINGS,
               summary="Read the site settings", tag="settings", response=SiteSettings)
    async def get_settings(call: Call) -> SiteSettings:
        return call.ctx.services.settings

    @api.route("PATCH", "/api/v1/settings", permission=Permission.SETTINGS,
               summary="Change site settings", tag="settings", body=SettingsChanges,
               response=SiteSettings,
               description="Only the fields given change; checked exactly like the Settings "
                           "page (the OCPP host and port apply at the next start).")
    async def patch_settings(call: Call) -> SiteSettings:
        changes = {k: v for k, v in dataclasses.asdict(call.body).items() if v is not None}
        if not changes:
            raise invalid({"body": "name at least one setting to change"})
        return settings_edit.apply_changes(call.ctx.services, changes)

    @api.route("GET", "/api/v1/charge-points", permission=Permission.CHARGE_POINTS,
               summary="List charge points", tag="charge points", query=ChargePointQuery,
               response=PageOf(ChargePointLive), offload=True,
               description="With their connectors' live status, power and running session.")
    async def list_charge_points(call: Call) -> Page:
        q: ChargePointQuery = call.query
        after = decode_cursor(q.cursor, 1)[0] if q.cursor else None
        flt = ChargePointFilter(q.connected, q.registration, q.status, q.search, q.site)
        rows = await call.ctx.read(api_reads.charge_points, flt, after, q.limit + 1)
        return page_of(rows, q.limit, lambda r: (r.id,))

    @api.route("GET", "/api/v1/charge-points/{charge_point_id}",
               permission=Permission.CHARGE_POINTS, summary="Read a charge point",
               tag="charge points", response=ChargePointLive, offload=True)
    async def get_charge_point(call: Call) -> Any:
        cp_id = call.arg("charge_point_id")
        row = await call.ctx.read_answer(api_reads.charge_point, cp_id)
        if row is None:
            raise not_found(f"no charge point {cp_id}")
        return row

    @api.route("PATCH", "/api/v1/charge-points/{charge_point_id}",
               permission=Permission.CHARGE_POINTS, summary="Move a charge point to another "
               "site", tag="charge points", body=ChargePointChanges, response=ChargePointLive,
               description="Like the Charge points page's edit form: the site it belongs to "
                           "(a site made with POST /api/v1/sites or by a node's --site).")
    async def patch_charge_point(call: Call) -> Any:
        cp_id = call.arg("charge_point_id")
        if await call.ctx.read(api_reads.charge_point, cp_id) is None:
            raise not_found(f"no charge point {cp_id}")
        sites.move_charger(cp_id, call.body.site, call.ctx.services.hub)
        return await call.ctx.read(api_reads.charge_point, cp_id)

    @api.route("GET", "/api/v1/sites", permission=Permission.CHARGE_POINTS,
               summary="List sites", tag="site", response=list[SiteInfo], offload=True,
               description="Every site (depot) with its number of charge points; the "
                           "default site holds the chargers no node put elsewhere.")
    async def list_sites(call: Call) -> list[SiteInfo]:
        return await call.ctx.read(sites.list_sites)

    @api.route("POST", "/api/v1/sites", permission=Permission.SETTINGS,
               summary="Add a site", tag="site", body=SiteInput, response=SiteInfo,
               description="Made if missing (a name is found case-insensitively); a node "
                           "started with --site NAME makes its site the same way.")
    async def add_site(call: Call) -> SiteInfo:
        return sites.ensure_site(call.body.name)

    @api.route("GET", "/api/v1/charge-points/{charge_point_id}/connectors/{connector_no}/"
               "meter-values", permission=Permission.CHARGE_POINTS,
               summary="Meter values of a connector over a time range", tag="charge points",
               query=MeterQuery, response=list[MeterPoint], offload=True)
    async def connector_meter_values(call: Call) -> list[MeterPoint]:
        cp_id = call.arg("charge_point_id")
        no = _connector_no(call)
        q: MeterQuery = call.query
        end = q.end or utcnow()
        start = q.start or end - timedelta(hours=24)
        errors = {}
        if start > end:
            errors["start"] = "the start must be before the end"
        if not 1 <= q.limit <= MAX_METER_POINTS:
            errors["limit"] = f"1 to {MAX_METER_POINTS}"
        if errors:
            raise invalid(errors)
        if not await call.ctx.read(api_reads.connector_exists, cp_id, no):
            raise not_found(f"{cp_id} has no connector {no}")
        return await call.ctx.read_answer(meter_history, cp_id, no, start, end, q.limit)
