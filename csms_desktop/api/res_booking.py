"""Routes: reservations and charging profiles (the Reservations page's and the profile
editor's services: the same checks, the same charger commands)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from csms_desktop.api.errors import invalid
from csms_desktop.api.routing import Api, Call, found, present
from csms_desktop.api.schema import partial
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.operators import Permission
from csms_desktop.services.profiles import ProfileDraft, ProfileRow, PushResult
from csms_desktop.services.reservations import ReservationRow
from csms_desktop.services.sites import site_filter

ProfileChanges = partial(ProfileDraft)
RES_FIELDS = {"driver": "user_id", "charge_point": "charge_point_id",
              "connector": "connector_no"}


@dataclass(frozen=True)
class ReservationInput:
    """A reservation: a driver books a charger (or one connector) for a time window."""

    user_id: str
    charge_point_id: str
    start_time: datetime
    end_time: datetime
    connector_no: int | None = field(default=None, metadata={"doc": "omit: the whole charger"})
    id_tag: str | None = field(default=None, metadata={
        "doc": "the tag to present; omit: the driver's first accepted tag"})


@dataclass(frozen=True)
class ReservationChanges:
    """A new window (or connector, or tag) for an ACTIVE reservation not yet at the charger."""

    charge_point_id: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    connector_no: int | None = None
    id_tag: str | None = None


@dataclass(frozen=True)
class ReservationQuery:
    start: datetime | None = field(default=None, metadata={
        "doc": "windows ending after this (default: 1 day ago)"})
    end: datetime | None = field(default=None, metadata={
        "doc": "windows starting before this (default: 30 days ahead)"})
    active_only: bool = False
    charge_point_id: str | None = None
    site: str | None = field(default=None, metadata={
        "doc": "a site's id or name: the reservations of its charge points"})


@dataclass(frozen=True)
class CancelOutcome:
    result: str  # "cancelled" or "cancelled; the charger answered ..."


@dataclass(frozen=True)
class ProfileQuery:
    installed: bool = field(default=False, metadata={
        "doc": "false: the library; true: what chargers accepted"})
    charge_point_id: str | None = None


@dataclass(frozen=True)
class PushTarget:
    charge_point_id: str
    connector_no: int = field(default=0, metadata={"doc": "0: the whole charger"})
    purpose: str | None = field(default=None, metadata={
        "doc": "TxDefaultProfile, TxProfile or ChargePointMaxProfile; default the profile's"})


def register(api: Api) -> None:
    # -------------------------------------------------------------- reservations
    @api.route("GET", "/api/v1/reservations", permission=Permission.RESERVATIONS,
               summary="List reservations", tag="reservations", query=ReservationQuery,
               response=list[ReservationRow], offload=True)
    async def list_reservations(call: Call) -> list[ReservationRow]:
        q: ReservationQuery = call.query
        start = q.start or utcnow() - timedelta(days=1)
        end = q.end or utcnow() + timedelta(days=30)
        if end <= start:
            raise invalid({"end": "the end must be after the start"})
        reservations = call.ctx.bundle.reservations

        def read() -> list[ReservationRow]:
            return reservations.rows(start, end, not q.active_only, site_filter(q.site))

        rows = await call.ctx.read(read)
        return [r for r in rows if not q.charge_point_id or r.charge_point_id == q.charge_point_id]

    async def _reservation(call: Call) -> ReservationRow:
        row: ReservationRow = await found(call, call.ctx.bundle.reservations.row,
                                          "reservation_id", "reservation")
        return row

    @api.route("POST", "/api/v1/reservations", permission=Permission.RESERVATIONS,
               summary="Book a reservation", tag="reservations", body=ReservationInput,
               status=201, response=ReservationRow, field_map=RES_FIELDS,
               description="Refused with the reason when it overlaps another or the charger "
                           "cannot take it; sent to the charger (ReserveNow) shortly before "
                           "it starts.")
    async def create_reservation(call: Call) -> ReservationRow | None:
        b: ReservationInput = call.body
        res = call.ctx.bundle.reservations.create(b.user_id, b.charge_point_id, b.connector_no,
                                                  b.start_time, b.end_time, b.id_tag)
        return call.ctx.bundle.reservations.row(str(res.id))

    @api.route("GET", "/api/v1/reservations/{reservation_id}",
               permission=Permission.RESERVATIONS, summary="Read a reservation",
               tag="reservations", response=ReservationRow, offload=True)
    async def get_reservation(call: Call) -> ReservationRow:
        return await _reservation(call)

    @api.route("PATCH", "/api/v1/reservations/{reservation_id}",
               permission=Permission.RESERVATIONS, summary="Move a reservation",
               tag="reservations", body=ReservationChanges, response=ReservationRow,
               field_map=RES_FIELDS)
    async def update_reservation(call: Call) -> ReservationRow | None:
        row = await _reservation(call)
        b: ReservationChanges = call.body
        given = present(b)
        svc = call.ctx.bundle.reservations
        svc.reschedule(
            row.id, b.charge_point_id or row.charge_point_id,
            b.connector_no if "connector_no" in given else row.connector_no,
            b.start_time or row.start_time, b.end_time or row.end_time,
            b.id_tag if "id_tag" in given else (row.id_tag or None))
        return svc.row(row.id)

    @api.route("DELETE", "/api/v1/reservations/{reservation_id}",
               permission=Permission.RESERVATIONS, summary="Cancel a reservation",
               tag="reservations", response=CancelOutcome,
               description="Tells the charger (CancelReservation) when it holds it.")
    async def cancel_reservation(call: Call) -> CancelOutcome:
        row = await _reservation(call)
        return CancelOutcome(await call.ctx.bundle.reservations.cancel(row.id, "via the API"))

    # -------------------------------------------------------------- charging profiles
    @api.route("GET", "/api/v1/charging-profiles", permission=Permission.CHARGE_POINTS,
               summary="List charging profiles", tag="charging profiles", query=ProfileQuery,
               response=list[ProfileRow], offload=True)
    async def list_profiles(call: Call) -> list[ProfileRow]:
        q: ProfileQuery = call.query
        svc = call.ctx.bundle.profiles
        if q.installed:
            return await call.ctx.read_answer(svc.installed, q.charge_point_id)
        return await call.ctx.read_answer(svc.library)

    async def _profile(call: Call) -> ProfileRow:
        row: ProfileRow = await found(call, call.ctx.bundle.profiles.get, "profile_id",
                                      "charging profile")
        return row

    @api.route("POST", "/api/v1/charging-profiles", permission=Permission.CHARGE_POINTS,
               summary="Add a profile to the library", tag="charging profiles",
               body=ProfileDraft, status=201, response=ProfileRow,
               description="Periods are [start second, limit] pairs in `unit` (A, W or kW).")
    async def create_profile(call: Call) -> ProfileRow:
        return call.ctx.bundle.profiles.save(call.body)

    @api.route("GET", "/api/v1/charging-profiles/{profile_id}",
               permission=Permission.CHARGE_POINTS, summary="Read a charging profile",
               tag="charging profiles", response=ProfileRow, offload=True)
    async def get_profile(call: Call) -> ProfileRow:
        return await _profile(call)

    @api.route("PATCH", "/api/v1/charging-profiles/{profile_id}",
               permission=Permission.CHARGE_POINTS, summary="Change a library profile",
               tag="charging profiles", body=ProfileChanges, response=ProfileRow)
    async def update_profile(call: Call) -> ProfileRow:
        row = await _profile(call)
        if row.charge_point_id is not None:
            raise invalid({"profile": "this row records what a charger accepted; change the "
                                      "library profile and push it again"})
        changes = {k: getattr(call.body, k) for k in present(call.body)}
        draft = dataclasses.replace(row.draft, **changes)
        return call.ctx.bundle.profiles.save(draft, row.id)

    @api.route("DELETE", "/api/v1/charging-profiles/{profile_id}",
               permission=Permission.CHARGE_POINTS, summary="Delete a charging profile",
               tag="charging profiles", status=204)
    async def delete_profile(call: Call) -> None:
        row = await _profile(call)
        call.ctx.bundle.profiles.delete(row.id)

    @api.route("POST", "/api/v1/charging-profiles/{profile_id}/push",
               permission=Permission.CHARGE_POINTS, summary="Send a profile to a charger",
               tag="charging profiles", body=PushTarget, response=PushResult,
               field_map={"connector": "connector_no", "charge_point": "charge_point_id"},
               description="Checked against the connector's limits and the purpose's rules "
                           "first (422 with the reason), then SetChargingProfile.")
    async def push_profile(call: Call) -> PushResult:
        row = await _profile(call)
        t: PushTarget = call.body
        return await call.ctx.bundle.profiles.push(row.id, t.charge_point_id, t.connector_no,
                                                   t.purpose)
