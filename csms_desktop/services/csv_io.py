"""CSV import and export of drivers, vehicles and tags.

One file per kind; the first line names the columns (any order, extra columns refused).
Import is all or nothing: every row is validated first (including duplicates inside the
file and against the database) and only when all are valid are they written, in one
database transaction. Otherwise nothing is written and the report says, row by row,
what was rejected and why. A row whose key exists already (phone number, plate, tag
value) updates that record.

Files are UTF-8 (a BOM is accepted and written, so spreadsheet programs show Thai and
Portuguese text correctly); ``,`` ``;`` or tab separated.
"""

from __future__ import annotations

import csv
import io
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, TextIO

import peewee as pw

from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.plates import InvalidPlate, normalize_plate
from csms_desktop.domain.timeutil import as_utc, format_ocpp_datetime
from csms_desktop.services import safe_csv
from csms_desktop.services.drivers import (
    DriverInput,
    DriversChanged,
    DriverService,
    TagInput,
    VehicleInput,
    clean_driver,
    clean_tag,
    clean_vehicle,
)
from csms_desktop.services.validation import ValidationError
from csms_desktop.store.models import (
    ChargePoint,
    Client,
    IdTag,
    IdTagChargePoint,
    User,
    UserVehicle,
)

KINDS = ("drivers", "vehicles", "tags")
COLUMNS: dict[str, tuple[str, ...]] = {
    "drivers": ("phone_number", "name", "email", "status", "client_number"),
    "vehicles": ("license_plate", "phone_number", "make", "model", "type"),
    "tags": ("id_tag", "phone_number", "status", "expiry_date", "parent_id_tag",
             "allowed_charge_points", "note"),
}
REQUIRED = {"drivers": ("phone_number",), "vehicles": ("license_plate", "phone_number"),
            "tags": ("id_tag",)}


@dataclass(frozen=True)
class RowProblem:
    line: int  # 1 is the header
    key: str
    errors: dict[str, str]

    def __str__(self) -> str:
        reasons = "; ".join(f"{k}: {v}" for k, v in self.errors.items())
        return f"line {self.line}" + (f" ({self.key})" if self.key else "") + f": {reasons}"


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    written: bool = False
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return Message(QT_TR_NOOP("{kind}: nothing imported; {count} of {rows} row(s) "
                                      "rejected"), kind=self.kind, count=len(self.problems),
                           rows=self.rows)
        return Message(QT_TR_NOOP("{kind}: {created} created, {updated} updated"),
                       kind=self.kind, created=self.created, updated=self.updated)

    def lines(self) -> list[str]:
        return [self.summary(), *(str(p) for p in self.problems)]


# ------------------------------------------------------------------ reading


def _sniff(text: str) -> str:
    head = text.split("\n", 1)[0]
    counts = {d: head.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(header, [(line number, {column: value})]); blank lines are skipped."""
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text), delimiter=_sniff(text))
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    for values in reader:
        line = reader.line_num
        if not header:
            header = [h.strip().lower().replace(" ", "_") for h in values]
            continue
        if not any(v.strip() for v in values):
            continue
        padded = [*values, *([""] * (len(header) - len(values)))]
        row = {h: safe_csv.restore(padded[i].strip()) for i, h in enumerate(header)}
        if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
            row["__extra__"] = "x"
        rows.append((line, row))
    return header, rows


def _parse_expiry(text: str, tz_name: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        tz: Any = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    if len(text) == 10:  # a date: valid until the end of that day, site time
        day = datetime.strptime(text, "%Y-%m-%d").date()
        return as_utc(datetime.combine(day, time(23, 59, 59), tz))
    dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    return as_utc(dt if dt.tzinfo else dt.replace(tzinfo=tz))


# ------------------------------------------------------------------ import


Plan = list[Callable[[], None]]


def import_csv(kind: str, text: str, drivers: DriverService) -> ImportReport:
    """Validate every row of ``text``; write them all (one transaction) or none."""
    if kind not in KINDS:
        raise ValueError(f"kind is one of {KINDS}")
    report = ImportReport(kind)
    header, rows = read_rows(text)
    report.rows = len(rows)
    if not header:
        report.problems.append(RowProblem(1, "", {"file": "the file is empty"}))
        return report
    unknown = [h for h in header if h not in COLUMNS[kind]]
    missing = [c for c in REQUIRED[kind] if c not in header]
    if unknown or missing:
        errs = {}
        if missing:
            errs["header"] = "missing column(s): " + ", ".join(missing)
        if unknown:
            errs["columns"] = ("unknown column(s): " + ", ".join(unknown)
                               + "; expected " + ", ".join(COLUMNS[kind]))
        report.problems.append(RowProblem(1, "", errs))
        return report
    check = {"drivers": _plan_driver, "vehicles": _plan_vehicle, "tags": _plan_tag}[kind]
    plan: Plan = []
    seen: dict[str, int] = {}
    for line, row in rows:
        key = row.get(REQUIRED[kind][0], "")
        norm_key = _row_key(kind, key, drivers)
        try:
            if row.pop("__extra__", None):
                raise ValidationError({"columns": "more values than columns"})
            if norm_key and norm_key in seen:
                raise ValidationError({REQUIRED[kind][0]: f"appears twice in the file "
                                                          f"(line {seen[norm_key]} too)"})
            if norm_key:
                seen[norm_key] = line
            _, action, created = check(row, drivers)
            plan.append(action)
            if created:
                report.created += 1
            else:
                report.updated += 1
        except ValidationError as exc:
            report.problems.append(RowProblem(line, key, exc.errors))
    if report.problems:
        report.created = report.updated = 0
        return report
    with User._meta.database.atomic():
        for action in plan:
            action()
    report.written = True
    if kind in ("drivers", "tags") and plan:
        drivers.hub.publish(DriversChanged(None, urgent=False))
    return report


def _row_key(kind: str, value: str, drivers: DriverService) -> str | None:
    """The comparable form of a row's key (None when it does not even parse)."""
    try:
        if kind == "drivers":
            return str(clean_driver(DriverInput(value), drivers.country)["phone_number"])
        if kind == "vehicles":
            return normalize_plate(value)
    except (ValidationError, InvalidPlate):
        return None
    return "".join(value.split()).upper() or None


def _present(values: dict[str, Any], row: dict[str, str], columns: dict[str, str]
             ) -> dict[str, Any]:
    """Only the columns the file has: an update leaves the others as they are."""
    return {k: v for k, v in values.items() if columns.get(k, k) in row}


def _owner(phone: str, drivers: DriverService, required: bool) -> User | None:
    if not phone:
        if required:
            raise ValidationError({"phone_number": "the owner's phone number is required"})
        return None
    values = clean_driver(DriverInput(phone), drivers.country)
    user = User.get_or_none(User.phone_number == values["phone_number"])
    if user is None:
        raise ValidationError({"phone_number": f"no driver with phone "
                                               f"{values['phone_number']}; import drivers first"})
    return user


def _plan_driver(row: dict[str, str], drivers: DriverService
                 ) -> tuple[str, Callable[[], None], bool]:
    errors: dict[str, str] = {}
    client_id = None
    number = row.get("client_number", "")
    if number:
        client = Client.get_or_none(Client.client_number == number)
        if client is None:
            errors["client_number"] = Message(QT_TR_NOOP("no client number {number}"),
                                              number=number)
        else:
            client_id = client.id
    try:
        values = clean_driver(DriverInput(
            row.get("phone_number", ""), row.get("name", ""), row.get("email", ""),
            row.get("status", "") or "ACTIVE", client_id), drivers.country)
    except ValidationError as exc:
        errors.update({("phone_number" if k == "phone" else k): v for k, v in exc.errors.items()})
        values = {}
    if errors:
        raise ValidationError(errors)
    phone = values["phone_number"]
    existing = User.get_or_none(User.phone_number == phone)
    if existing is not None:
        values = _present(values, row, {"client": "client_number"})

    def write() -> None:
        if existing is None:
            User.create(**values)
        else:
            for k, v in values.items():
                setattr(existing, k, v)
            existing.save()

    return phone, write, existing is None


def _plan_vehicle(row: dict[str, str], drivers: DriverService
                  ) -> tuple[str, Callable[[], None], bool]:
    errors: dict[str, str] = {}
    try:
        values = clean_vehicle(VehicleInput(row.get("license_plate", ""), row.get("make", ""),
                                            row.get("model", ""),
                                            row.get("type", "") or "ELECTRIC"))
    except ValidationError as exc:
        errors.update(exc.errors)
        values = {}
    owner = None
    try:
        owner = _owner(row.get("phone_number", ""), drivers, True)
    except ValidationError as exc:
        errors.update({("phone_number" if k == "phone" else k): v for k, v in exc.errors.items()})
    if errors:
        raise ValidationError(errors)
    assert owner is not None
    plate = values["license_plate"]
    existing = UserVehicle.get_or_none(UserVehicle.license_plate == plate)
    if existing is not None and existing.user_id != owner.id:
        other = existing.user
        raise ValidationError({"license_plate": f"{plate} is registered to "
                                                f"{other.name or other.phone_number}"})
    if existing is not None:
        values = _present(values, row, {})

    def write() -> None:
        if existing is None:
            UserVehicle.create(user=owner.id, **values)
        else:
            for k, v in values.items():
                setattr(existing, k, v)
            existing.save()

    return plate, write, existing is None


def _plan_tag(row: dict[str, str], drivers: DriverService
              ) -> tuple[str, Callable[[], None], bool]:
    errors: dict[str, str] = {}
    owner = None
    try:
        owner = _owner(row.get("phone_number", ""), drivers, False)
    except ValidationError as exc:
        errors.update({("phone_number" if k == "phone" else k): v for k, v in exc.errors.items()})
    expiry = None
    try:
        expiry = _parse_expiry(row.get("expiry_date", ""), drivers.services.settings.time_zone)
    except ValueError:
        errors["expiry_date"] = (f"{row.get('expiry_date')!r} is not a date "
                                 "(2026-12-31 or 2026-12-31T23:59:59Z)")
    allowed = tuple(c for c in row.get("allowed_charge_points", "").replace("|", " ").split() if c)
    try:
        values = clean_tag(TagInput(row.get("id_tag", ""), owner.id if owner else None,
                                    row.get("status", "") or "ACCEPTED", expiry,
                                    row.get("parent_id_tag", ""), allowed, row.get("note", "")))
    except ValidationError as exc:
        errors.update(exc.errors)
        values = {}
    if allowed:
        known = {c.id for c in ChargePoint.select(ChargePoint.id)
                 .where(ChargePoint.id.in_(list(allowed)))}
        missing = [c for c in allowed if c not in known]
        if missing:
            errors["allowed_charge_points"] = Message(
                QT_TR_NOOP("unknown charge point(s): {chargers}"), chargers=", ".join(missing))
    if errors:
        raise ValidationError(errors)
    value = values["id_tag"]
    allowed_ids = values.pop("allowed")
    existing = IdTag.get_or_none(pw.fn.UPPER(IdTag.id_tag) == value.upper())
    keep_allowed = existing is not None and "allowed_charge_points" not in row
    if existing is not None:
        values = _present(values, row, {"user": "phone_number",
                                        "restricted": "allowed_charge_points"})

    def write() -> None:
        if existing is None:
            tag = IdTag.create(**values)
        else:
            tag = existing
            for k, v in values.items():
                if k != "id_tag":
                    setattr(tag, k, v)
            tag.save()
        if keep_allowed:
            return
        IdTagChargePoint.delete().where(IdTagChargePoint.id_tag == tag.id).execute()
        if allowed_ids:
            IdTagChargePoint.insert_many([{"id_tag": tag.id, "charge_point": c}
                                          for c in allowed_ids]).execute()

    return value.upper(), write, existing is None


# ------------------------------------------------------------------ export


def export_csv(kind: str, out: TextIO, bom: bool = True) -> int:
    """Write every record of ``kind`` in the import format; returns the row count."""
    if kind not in KINDS:
        raise ValueError(f"kind is one of {KINDS}")
    if bom:
        out.write("\ufeff")
    w = safe_csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS[kind])
    n = 0
    if kind == "drivers":
        clients = {c.id: c.client_number or "" for c in Client.select(Client.id,
                                                                       Client.client_number)}
        for u in User.select().order_by(User.phone_number):
            w.writerow([u.phone_number, u.name or "", u.email or "", str(u.status),
                        clients.get(u.client_id or "", "")])
            n += 1
    elif kind == "vehicles":
        for v in (UserVehicle.select(UserVehicle, User).join(User)
                  .order_by(UserVehicle.license_plate)):
            w.writerow([v.license_plate, v.user.phone_number, v.make or "", v.model or "",
                        str(v.type)])
            n += 1
    else:
        links: dict[str, list[str]] = {}
        for link in IdTagChargePoint.select():
            links.setdefault(link.id_tag_id, []).append(link.charge_point_id)
        phones = {u.id: u.phone_number for u in User.select(User.id, User.phone_number)}
        for t in IdTag.select().order_by(IdTag.id_tag):
            w.writerow([t.id_tag, phones.get(t.user_id or "", ""), str(t.status),
                        format_ocpp_datetime(t.expiry_date) if t.expiry_date else "",
                        t.parent_id_tag or "", " ".join(sorted(links.get(t.id, []))),
                        t.note or ""])
            n += 1
    return n


def export_text(kind: str) -> str:
    buf = io.StringIO()
    export_csv(kind, buf, bom=False)
    return buf.getvalue()
