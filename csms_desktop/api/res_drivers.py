"""Routes: drivers, vehicles, RFID tags and their CSV import (the Drivers page's services)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from csms_desktop.api.errors import ApiError, invalid
from csms_desktop.api.routing import Api, Call, Page, PageOf, Paging, found, page_of, present
from csms_desktop.api.schema import partial
from csms_desktop.api.serialize import decode_cursor
from csms_desktop.services import api_reads
from csms_desktop.services.csv_io import KINDS, ImportReport, import_csv
from csms_desktop.services.drivers import (
    DriverInput,
    DriverRow,
    TagInput,
    TagRow,
    VehicleInput,
    VehicleRow,
)
from csms_desktop.services.operators import Permission

DriverChanges = partial(DriverInput)
VehicleChanges = partial(VehicleInput)
TagChanges = partial(TagInput)
DRIVER_FIELDS = {"client": "client_id"}
TAG_FIELDS = {"user": "user_id"}


@dataclass(frozen=True)
class DriverQuery(Paging):
    search: str = field(default="", metadata={
        "doc": "phone (typed any way), name, e-mail, plate or tag, as in the Drivers page"})


@dataclass(frozen=True)
class OwnerQuery(Paging):
    driver_id: str | None = field(default=None, metadata={"doc": "only this driver's"})


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    value = decode_cursor(cursor, 1)[0]
    if not isinstance(value, int) or value < 0:
        raise ValueError("this cursor is not one the API gave (use next_cursor)")
    return value


def _merge(current: Any, body: Any) -> Any:
    """``current`` (an input dataclass) with the fields the PATCH body named."""
    given = present(body)
    changes = {k: getattr(body, k) for k in given if hasattr(current, k)}
    nulls = [k for k, v in changes.items() if v is None and getattr(current, k) is not None
             and k not in ("client_id", "user_id", "expiry_date")]
    if nulls:
        raise invalid({k: "cannot be null; leave it out to keep it" for k in nulls})
    return dataclasses.replace(current, **changes)


def _driver_input(row: DriverRow) -> DriverInput:
    return DriverInput(phone=row.phone_number, name=row.name, email=row.email,
                       status=row.status, client_id=row.client_id)


def _tag_input(row: TagRow) -> TagInput:
    return TagInput(id_tag=row.id_tag, user_id=row.user_id, status=row.status,
                    expiry_date=row.expiry_date, parent_id_tag=row.parent_id_tag,
                    allowed_charge_points=row.allowed_charge_points, note=row.note)


def register(api: Api) -> None:
    # -------------------------------------------------------------- drivers
    @api.route("GET", "/api/v1/drivers", permission=Permission.DRIVERS, summary="List drivers",
               tag="drivers", query=DriverQuery, response=PageOf(DriverRow), offload=True)
    async def list_drivers(call: Call) -> Page:
        q: DriverQuery = call.query
        start = _offset(q.cursor)
        rows = await call.ctx.read(call.ctx.bundle.drivers.search, q.search, q.limit + 1, start)
        return page_of(rows, q.limit, lambda _: (start + q.limit,))

    async def _driver(call: Call) -> DriverRow:
        row: DriverRow = await found(call, call.ctx.bundle.drivers.get, "driver_id", "driver")
        return row

    @api.route("POST", "/api/v1/drivers", permission=Permission.DRIVERS,
               summary="Register a driver", tag="drivers", body=DriverInput, status=201,
               response=DriverRow, field_map=DRIVER_FIELDS,
               description="The phone number is read with the site's country, as in the GUI.")
    async def create_driver(call: Call) -> DriverRow | None:
        user = call.ctx.bundle.drivers.register(call.body)
        return call.ctx.bundle.drivers.get(str(user.id))

    @api.route("GET", "/api/v1/drivers/{driver_id}", permission=Permission.DRIVERS,
               summary="Read a driver", tag="drivers", response=DriverRow, offload=True)
    async def get_driver(call: Call) -> DriverRow:
        return await _driver(call)

    @api.route("PATCH", "/api/v1/drivers/{driver_id}", permission=Permission.DRIVERS,
               summary="Change a driver", tag="drivers", body=DriverChanges, response=DriverRow,
               field_map=DRIVER_FIELDS)
    async def update_driver(call: Call) -> DriverRow | None:
        row = await _driver(call)
        call.ctx.bundle.drivers.update(row.id, _merge(_driver_input(row), call.body))
        return call.ctx.bundle.drivers.get(row.id)

    @api.route("DELETE", "/api/v1/drivers/{driver_id}", permission=Permission.DRIVERS,
               summary="Delete a driver", tag="drivers", status=204,
               description="Only a driver without transactions; block the driver otherwise "
                           "(PATCH status BLOCKED).")
    async def delete_driver(call: Call) -> None:
        row = await _driver(call)
        call.ctx.bundle.drivers.delete(row.id)

    # -------------------------------------------------------------- vehicles
    @api.route("GET", "/api/v1/vehicles", permission=Permission.DRIVERS,
               summary="List vehicles", tag="drivers", query=OwnerQuery,
               response=PageOf(VehicleRow), offload=True)
    async def list_vehicles(call: Call) -> Page:
        q: OwnerQuery = call.query
        after = decode_cursor(q.cursor, 1)[0] if q.cursor else None
        rows = await call.ctx.read(api_reads.vehicles, q.driver_id, after, q.limit + 1)
        return page_of(rows, q.limit, lambda r: (r.id,))

    async def _vehicle(call: Call) -> VehicleRow:
        row: VehicleRow = await found(call, api_reads.vehicle, "vehicle_id", "vehicle")
        return row

    @api.route("POST", "/api/v1/drivers/{driver_id}/vehicles", permission=Permission.DRIVERS,
               summary="Add a vehicle to a driver", tag="drivers", body=VehicleInput,
               status=201, response=VehicleRow)
    async def create_vehicle(call: Call) -> VehicleRow | None:
        driver = await _driver(call)
        v = call.ctx.bundle.drivers.add_vehicle(driver.id, call.body)
        return api_reads.vehicle(str(v.id))

    @api.route("GET", "/api/v1/vehicles/{vehicle_id}", permission=Permission.DRIVERS,
               summary="Read a vehicle", tag="drivers", response=VehicleRow, offload=True)
    async def get_vehicle(call: Call) -> VehicleRow:
        return await _vehicle(call)

    @api.route("PATCH", "/api/v1/vehicles/{vehicle_id}", permission=Permission.DRIVERS,
               summary="Change a vehicle", tag="drivers", body=VehicleChanges,
               response=VehicleRow)
    async def update_vehicle(call: Call) -> VehicleRow | None:
        row = await _vehicle(call)
        current = VehicleInput(row.license_plate, row.make, row.model, row.type)
        call.ctx.bundle.drivers.update_vehicle(row.id, _merge(current, call.body))
        return api_reads.vehicle(row.id)

    @api.route("DELETE", "/api/v1/vehicles/{vehicle_id}", permission=Permission.DRIVERS,
               summary="Remove a vehicle", tag="drivers", status=204)
    async def delete_vehicle(call: Call) -> None:
        row = await _vehicle(call)
        call.ctx.bundle.drivers.remove_vehicle(row.id)

    # -------------------------------------------------------------- tags
    @api.route("GET", "/api/v1/tags", permission=Permission.DRIVERS, summary="List RFID tags",
               tag="drivers", query=OwnerQuery, response=PageOf(TagRow), offload=True)
    async def list_tags(call: Call) -> Page:
        q: OwnerQuery = call.query
        after = decode_cursor(q.cursor, 1)[0] if q.cursor else None
        rows = await call.ctx.read(lambda: call.ctx.bundle.drivers.tags(
            q.driver_id, after=after or "", limit=q.limit + 1))
        return page_of(rows, q.limit, lambda r: (r.id,))

    async def _tag(call: Call) -> TagRow:
        def one(tag_id: str) -> TagRow | None:
            return next(iter(call.ctx.bundle.drivers.tags(tag_id=tag_id)), None)

        row: TagRow = await found(call, one, "tag_id", "tag")
        return row

    @api.route("POST", "/api/v1/tags", permission=Permission.DRIVERS,
               summary="Register an RFID tag", tag="drivers", body=TagInput, status=201,
               response=TagRow, field_map=TAG_FIELDS)
    async def create_tag(call: Call) -> TagRow:
        tag = call.ctx.bundle.drivers.add_tag(call.body)
        return call.ctx.bundle.drivers.tags(tag_id=str(tag.id))[0]

    @api.route("GET", "/api/v1/tags/{tag_id}", permission=Permission.DRIVERS,
               summary="Read an RFID tag", tag="drivers", response=TagRow, offload=True)
    async def get_tag(call: Call) -> TagRow:
        return await _tag(call)

    @api.route("PATCH", "/api/v1/tags/{tag_id}", permission=Permission.DRIVERS,
               summary="Change an RFID tag", tag="drivers", body=TagChanges, response=TagRow,
               field_map=TAG_FIELDS,
               description="Blocking a tag (status BLOCKED) reaches the chargers' local "
                           "lists at once.")
    async def update_tag(call: Call) -> TagRow:
        row = await _tag(call)
        call.ctx.bundle.drivers.update_tag(row.id, _merge(_tag_input(row), call.body))
        return call.ctx.bundle.drivers.tags(tag_id=row.id)[0]

    @api.route("DELETE", "/api/v1/tags/{tag_id}", permission=Permission.DRIVERS,
               summary="Delete an RFID tag", tag="drivers", status=204)
    async def delete_tag(call: Call) -> None:
        row = await _tag(call)
        call.ctx.bundle.drivers.remove_tag(row.id)

    # -------------------------------------------------------------- CSV import
    for kind in KINDS:
        _import_route(api, kind)


def _import_route(api: Api, kind: str) -> None:
    async def import_file(call: Call) -> ImportReport:
        try:
            text = call.raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise invalid({"file": f"the file is not UTF-8 text ({exc.reason} at byte "
                                   f"{exc.start})"}) from None
        report = import_csv(kind, text, call.ctx.bundle.drivers)
        if not report.ok:
            raise ApiError(422, report.summary(), {
                f"line {p.line}" + (f" ({p.key})" if p.key else ""):
                    "; ".join(f"{k}: {v}" for k, v in p.errors.items())
                for p in report.problems})
        return report

    import_file.__name__ = f"import_{kind}"
    api.route("POST", f"/api/v1/{kind}/import", permission=Permission.DRIVERS,
              summary=f"Import {kind} from CSV", tag="drivers", raw_body="text/csv",
              response=ImportReport,
              description=f"The Drivers page's CSV import of {kind}: all rows or none; "
                          "a 422 lists every rejected line and why.")(import_file)
