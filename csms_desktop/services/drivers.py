"""Drivers (``user``), their vehicles (``user_vehicle``) and RFID tags (``id_tag``).

Phone numbers are typed the way people type them ("081 234 5678") and stored E.164 with
the site's default country; licence plates are stored normalised ("1กข1234") so that
"1กข-1234" and "1กข 1234" are the same car. Invalid input raises
:class:`~csms_desktop.services.validation.ValidationError` (field -> message).

Every change that can alter who may charge publishes :class:`DriversChanged`; the local
authorization lists follow it (``services.local_list``).
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import peewee as pw
import phonenumbers

from csms_desktop.domain.enums import IdTagStatus, TransactionStatus, UserStatus, VehicleType
from csms_desktop.domain.messages import QT_TR_NOOP, Message, message_of
from csms_desktop.domain.phone import InvalidPhone, normalize_phone
from csms_desktop.domain.plates import InvalidPlate, normalize_plate
from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.services.events import Event, UnknownTagSeen
from csms_desktop.services.validation import FieldError, ValidationError, check_email, raise_if
from csms_desktop.store.models import (
    ChargePoint,
    Client,
    IdTag,
    IdTagChargePoint,
    Transaction,
    User,
    UserVehicle,
)

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

MAX_TAG_LENGTH = 36  # 2.0.1 IdToken; 1.6 chargers take 20 (local lists skip longer ones)
OCPP16_TAG_LENGTH = 20


@dataclass(frozen=True)
class DriversChanged(Event):
    """Drivers, tags or allowed chargers changed: who may charge may have changed.

    ``urgent``: a block; local lists are pushed at once instead of after the debounce.
    """

    user_id: str | None = None
    urgent: bool = False


# ------------------------------------------------------------------ inputs and rows


@dataclass(frozen=True)
class DriverInput:
    phone: str
    name: str = ""
    email: str = ""
    status: str = UserStatus.ACTIVE.value
    client_id: str | None = None


@dataclass(frozen=True)
class VehicleInput:
    license_plate: str
    make: str = ""
    model: str = ""
    type: str = VehicleType.ELECTRIC.value


@dataclass(frozen=True)
class TagInput:
    id_tag: str
    user_id: str | None = None
    status: str = IdTagStatus.ACCEPTED.value
    expiry_date: datetime | None = None
    parent_id_tag: str = ""
    allowed_charge_points: tuple[str, ...] = ()  # empty: every charger
    note: str = ""


@dataclass(frozen=True)
class DriverRow:
    """One line of the drivers table (immutable; the GUI model never queries)."""

    id: str
    phone_number: str
    name: str
    email: str
    status: str
    client_id: str | None
    client_name: str
    plates: tuple[str, ...]
    tags: tuple[str, ...]
    created_at: datetime


@dataclass(frozen=True)
class VehicleRow:
    id: str
    user_id: str
    license_plate: str
    make: str
    model: str
    type: str


@dataclass(frozen=True)
class TagRow:
    id: str
    id_tag: str
    user_id: str | None
    status: str
    expiry_date: datetime | None
    parent_id_tag: str
    allowed_charge_points: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class HistoryRow:
    transaction_id: str
    charge_point_id: str
    start_time: datetime
    end_time: datetime | None
    total_energy: float | None
    total_cost: str | None
    currency: str | None
    status: str
    vehicle_plate: str
    id_tag: str


@dataclass(frozen=True)
class DriverHistory:
    rows: tuple[HistoryRow, ...]
    count: int
    energy_kwh: float
    costs: dict[str, str] = field(default_factory=dict)  # currency -> total as text


@dataclass(frozen=True)
class SeenTag:
    charge_point_id: str
    id_tag: str
    seen_at: datetime


# ------------------------------------------------------------------ pure validation


def clean_driver(data: DriverInput, country: str) -> dict[str, Any]:
    """Normalised column values, or ValidationError (uniqueness is checked by the service)."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    try:
        values["phone_number"] = normalize_phone(data.phone, country)
    except InvalidPhone as exc:
        errors["phone"] = message_of(exc)
    name = (data.name or "").strip()
    if len(name) > 200:
        errors["name"] = QT_TR_NOOP("the name is too long (200 characters at most)")
    values["name"] = name or None
    email = (data.email or "").strip()
    msg = check_email(email)
    if msg:
        errors["email"] = msg
    values["email"] = email or None
    try:
        values["status"] = UserStatus(str(data.status).strip().upper())
    except ValueError:
        errors["status"] = Message(QT_TR_NOOP("status must be ACTIVE, BLOCKED or EXPIRED, not "
                                              "{status}"), status=repr(data.status))
    values["client"] = data.client_id or None
    if errors:
        raise ValidationError(errors)
    return values


def clean_vehicle(data: VehicleInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    try:
        plate = normalize_plate(data.license_plate)
        if len(plate) > 20:
            errors["license_plate"] = QT_TR_NOOP(
                "the licence plate is too long (20 characters at most)")
        values["license_plate"] = plate
    except InvalidPlate as exc:
        errors["license_plate"] = message_of(exc)
    for key in ("make", "model"):
        text = (getattr(data, key) or "").strip()
        if len(text) > 60:
            errors[key] = (QT_TR_NOOP("the make is too long (60 characters at most)")
                           if key == "make" else
                           QT_TR_NOOP("the model is too long (60 characters at most)"))
        values[key] = text or None
    try:
        values["type"] = VehicleType(str(data.type).strip().upper())
    except ValueError:
        errors["type"] = QT_TR_NOOP("type must be ELECTRIC, HYBRID or PLUGIN_HYBRID")
    if errors:
        raise ValidationError(errors)
    return values


_TAG_CHARS = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII without blanks (OCPP CiString)


def clean_tag(data: TagInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    value = "".join((data.id_tag or "").split())
    if not value:
        errors["id_tag"] = QT_TR_NOOP("type the tag's value (the RFID card number)")
    elif len(value) > MAX_TAG_LENGTH:
        errors["id_tag"] = Message(QT_TR_NOOP("a tag has {count} characters at most"),
                                   count=MAX_TAG_LENGTH)
    elif not _TAG_CHARS.match(value):
        errors["id_tag"] = QT_TR_NOOP("a tag uses letters, digits and ASCII symbols only")
    values["id_tag"] = value
    try:
        values["status"] = IdTagStatus(str(data.status).strip().upper())
    except ValueError:
        errors["status"] = QT_TR_NOOP("status must be ACCEPTED, BLOCKED, EXPIRED or INVALID")
    parent = "".join((data.parent_id_tag or "").split())
    if parent and len(parent) > MAX_TAG_LENGTH:
        errors["parent_id_tag"] = Message(QT_TR_NOOP("a group tag has {count} characters at "
                                                     "most"), count=MAX_TAG_LENGTH)
    elif parent and value and parent.upper() == value.upper():
        errors["parent_id_tag"] = QT_TR_NOOP("a tag cannot be its own group")
    values["parent_id_tag"] = parent or None
    values["expiry_date"] = as_utc(data.expiry_date) if data.expiry_date else None
    values["user"] = data.user_id or None
    allowed = tuple(dict.fromkeys(c.strip() for c in data.allowed_charge_points if c.strip()))
    values["restricted"] = bool(allowed)
    values["allowed"] = allowed
    note = (data.note or "").strip()
    if len(note) > 200:
        errors["note"] = QT_TR_NOOP("the note is too long (200 characters at most)")
    values["note"] = note
    if errors:
        raise ValidationError(errors)
    return values


def phone_search_digits(text: str) -> tuple[str, bool]:
    """Digits to look for in stored E.164 numbers, and whether they must be a prefix.

    "+66 81" -> ("+6681", True); "081 234" -> ("81234", False) (the trunk 0 is not
    stored); "(11) 91234" -> ("1191234", False).
    """
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+"):
        return "+" + digits, True
    if digits.startswith("0"):
        digits = digits.lstrip("0")
    return digits, False


# ------------------------------------------------------------------ the service


class DriverService:
    """Drivers, vehicles and tags; every write is one database transaction."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.hub = services.hub
        self.recent_unknown: deque[SeenTag] = deque(maxlen=20)
        self._waiters: list[asyncio.Future[SeenTag]] = []
        self._unsubscribe = self.hub.subscribe(UnknownTagSeen, self._on_unknown_tag)

    def close(self) -> None:
        self._unsubscribe()
        for fut in self._waiters:
            if not fut.done():
                fut.cancel()

    @property
    def country(self) -> str:
        return self.services.settings.default_country

    def _changed(self, user_id: str | None = None, urgent: bool = False) -> None:
        self.hub.publish(DriversChanged(user_id, urgent))

    @staticmethod
    def _atomic() -> Any:
        return User._meta.database.atomic()

    # -------------------------------------------------------------- drivers
    def validate_driver(self, data: DriverInput, user_id: str | None = None) -> dict[str, Any]:
        """Column values for ``data`` (all checks, including uniqueness), or ValidationError."""
        errors: dict[str, str] = {}
        try:
            values = clean_driver(data, self.country)
        except ValidationError as exc:
            errors.update(exc.errors)
            values = {}
        phone = values.get("phone_number")
        if phone:
            other = User.get_or_none(User.phone_number == phone)
            if other is not None and other.id != user_id:
                errors["phone"] = (
                    Message(QT_TR_NOOP("{phone} is already registered to {driver}"),
                            phone=phone, driver=other.name) if other.name
                    else Message(QT_TR_NOOP("{phone} is already registered to another driver"),
                                 phone=phone))
        client_id = values.get("client")
        if client_id and Client.get_or_none(Client.id == client_id) is None:
            errors["client"] = QT_TR_NOOP("this client does not exist any more")
        raise_if(errors)
        return values

    def register(self, data: DriverInput) -> User:
        values = self.validate_driver(data)
        with self._atomic():
            user = User.create(**values)
        self._changed(str(user.id))
        return user

    def update(self, user_id: str, data: DriverInput) -> User:
        user = self._user(user_id)
        values = self.validate_driver(data, user_id)
        was = user.status
        for key, value in values.items():
            setattr(user, key, value)
        with self._atomic():
            user.save()
        self._changed(user_id, urgent=was != user.status and user.status != UserStatus.ACTIVE)
        return user

    def set_status(self, user_id: str, status: UserStatus | str) -> User:
        """ACTIVE / BLOCKED / EXPIRED. Blocking refuses the driver's tags at once: the
        authorizer checks the driver's status, and the local lists are pushed now."""
        user = self._user(user_id)
        try:
            new = UserStatus(str(status).upper())
        except ValueError:
            raise FieldError("status", Message(QT_TR_NOOP("unknown status {status}"),
                                               status=repr(status))) from None
        if user.status == new:
            return user
        user.status = new
        user.save()
        self._changed(user_id, urgent=new != UserStatus.ACTIVE)
        return user

    def block(self, user_id: str) -> User:
        return self.set_status(user_id, UserStatus.BLOCKED)

    def unblock(self, user_id: str) -> User:
        return self.set_status(user_id, UserStatus.ACTIVE)

    def delete(self, user_id: str) -> None:
        """Delete a driver with no transactions (their history is billed: block instead)."""
        user = self._user(user_id)
        n = Transaction.select().where(Transaction.user == user.id).count()
        if n:
            raise FieldError("driver", Message(
                QT_TR_NOOP("{driver} has 1 transaction; block the driver instead of deleting")
                if n == 1 else
                QT_TR_NOOP("{driver} has {count} transactions; block the driver instead of "
                           "deleting"), driver=user.name or user.phone_number, count=n))
        with self._atomic():
            IdTag.delete().where(IdTag.user == user.id).execute()
            user.delete_instance(recursive=True)
        self._changed(user_id, urgent=True)

    @staticmethod
    def _user(user_id: str) -> User:
        user = User.get_or_none(User.id == user_id)
        if user is None:
            raise FieldError("driver", QT_TR_NOOP("this driver does not exist any more"))
        return user

    def get(self, user_id: str) -> DriverRow | None:
        rows = self._rows(User.select().where(User.id == user_id))
        return rows[0] if rows else None

    def search(self, text: str = "", limit: int = 1000, offset: int = 0) -> list[DriverRow]:
        """Drivers whose phone (typed any way), name, e-mail, plate or tag matches."""
        q = User.select()
        text = text.strip()
        if text:
            cond = User.name.contains(text) | User.email.contains(text)
            digits, prefix = phone_search_digits(text)
            if len(digits.lstrip("+")) >= 2:
                cond |= (User.phone_number.startswith(digits) if prefix
                         else User.phone_number.contains(digits))
            try:
                plate = normalize_plate(text)
            except InvalidPlate:
                plate = ""
            if plate:
                cond |= User.id.in_(UserVehicle.select(UserVehicle.user)
                                    .where(UserVehicle.license_plate.contains(plate)))
            tag = "".join(text.split())
            cond |= User.id.in_(IdTag.select(IdTag.user).where(
                pw.fn.UPPER(IdTag.id_tag).contains(tag.upper()) & IdTag.user.is_null(False)))
            q = q.where(cond)
        q = q.order_by(User.name, User.phone_number, User.id).limit(limit).offset(offset)
        return self._rows(q)

    @staticmethod
    def _rows(q: Any) -> list[DriverRow]:
        users = list(q)
        ids = [u.id for u in users]
        plates: dict[str, list[str]] = {}
        tags: dict[str, list[str]] = {}
        clients: dict[str, str] = {}
        if ids:
            for v in UserVehicle.select().where(UserVehicle.user.in_(ids)).order_by(
                    UserVehicle.license_plate):
                plates.setdefault(v.user_id, []).append(v.license_plate)
            for t in IdTag.select().where(IdTag.user.in_(ids)).order_by(IdTag.created_at):
                tags.setdefault(str(t.user_id), []).append(t.id_tag)
            client_ids = {u.client_id for u in users if u.client_id}
            if client_ids:
                clients = {c.id: c.full_name for c in
                           Client.select(Client.id, Client.full_name)
                           .where(Client.id.in_(list(client_ids)))}
        return [DriverRow(
            id=str(u.id), phone_number=u.phone_number, name=u.name or "", email=u.email or "",
            status=str(u.status), client_id=u.client_id,
            client_name=clients.get(u.client_id or "", ""),
            plates=tuple(plates.get(u.id, ())), tags=tuple(tags.get(u.id, ())),
            created_at=u.created_at) for u in users]

    @staticmethod
    def clients() -> list[tuple[str, str]]:
        """(id, name) of every client, for the driver form's company list."""
        return [(c.id, c.full_name) for c in
                Client.select(Client.id, Client.full_name).order_by(Client.full_name)]

    @staticmethod
    def history(user_id: str, limit: int = 500) -> DriverHistory:
        """The driver's transactions (newest first), their count, energy and cost."""
        q = (Transaction.select()
             .where(Transaction.user == user_id)
             .order_by(Transaction.start_time.desc()))
        plates = {v.id: v.license_plate for v in UserVehicle.select(
            UserVehicle.id, UserVehicle.license_plate).where(UserVehicle.user == user_id)}
        rows = []
        for tx in q.limit(limit):
            plate = plates.get(tx.vehicle_id or "", "")
            rows.append(HistoryRow(
                transaction_id=tx.transaction_id, charge_point_id=tx.charge_point_id,
                start_time=tx.start_time, end_time=tx.end_time, total_energy=tx.total_energy,
                total_cost=str(tx.total_cost) if tx.total_cost is not None else None,
                currency=tx.currency, status=str(tx.status), vehicle_plate=plate,
                id_tag=tx.id_tag or ""))
        count = Transaction.select().where(Transaction.user == user_id).count()
        energy = (Transaction.select(pw.fn.SUM(Transaction.total_energy))
                  .where((Transaction.user == user_id)
                         & (Transaction.status != TransactionStatus.ACTIVE)).scalar()) or 0.0
        costs: dict[str, Any] = {}
        for tx in (Transaction.select(Transaction.total_cost, Transaction.currency)
                   .where((Transaction.user == user_id) & Transaction.total_cost.is_null(False))):
            key = tx.currency or ""
            costs[key] = costs.get(key, 0) + tx.total_cost
        return DriverHistory(tuple(rows), int(count), float(energy),
                             {k: str(v) for k, v in costs.items()})

    # -------------------------------------------------------------- vehicles
    def validate_vehicle(self, data: VehicleInput,
                         vehicle_id: str | None = None) -> dict[str, Any]:
        values = clean_vehicle(data)
        other = UserVehicle.get_or_none(UserVehicle.license_plate == values["license_plate"])
        if other is not None and other.id != vehicle_id:
            owner = other.user
            raise FieldError("license_plate", Message(
                QT_TR_NOOP("{plate} is already registered to {driver}"),
                plate=values["license_plate"], driver=owner.name or owner.phone_number))
        return values

    def add_vehicle(self, user_id: str, data: VehicleInput) -> UserVehicle:
        self._user(user_id)
        values = self.validate_vehicle(data)
        with self._atomic():
            return UserVehicle.create(user=user_id, **values)

    def update_vehicle(self, vehicle_id: str, data: VehicleInput) -> UserVehicle:
        vehicle = UserVehicle.get_or_none(UserVehicle.id == vehicle_id)
        if vehicle is None:
            raise FieldError("license_plate", QT_TR_NOOP("this vehicle does not exist any more"))
        for key, value in self.validate_vehicle(data, vehicle_id).items():
            setattr(vehicle, key, value)
        vehicle.save()
        return vehicle

    @staticmethod
    def remove_vehicle(vehicle_id: str) -> None:
        UserVehicle.delete().where(UserVehicle.id == vehicle_id).execute()

    @staticmethod
    def vehicles(user_id: str) -> list[VehicleRow]:
        return [VehicleRow(str(v.id), v.user_id, v.license_plate, v.make or "", v.model or "",
                           str(v.type))
                for v in UserVehicle.select().where(UserVehicle.user == user_id)
                .order_by(UserVehicle.license_plate)]

    @staticmethod
    def set_transaction_vehicle(tx_id: str, vehicle_id: str | None) -> None:
        """Link a transaction (row id or OCPP transaction id) to one of its driver's vehicles.

        A transaction without a driver takes the vehicle's owner as its driver.
        """
        tx = (Transaction.get_or_none(Transaction.id == tx_id)
              or Transaction.get_or_none(Transaction.transaction_id == tx_id))
        if tx is None:
            raise FieldError("transaction", Message(QT_TR_NOOP("no transaction {id}"), id=tx_id))
        if vehicle_id is None:
            Transaction.update(vehicle=None, updated_at=utcnow()).where(
                Transaction.id == tx.id).execute()
            return
        vehicle = UserVehicle.get_or_none(UserVehicle.id == vehicle_id)
        if vehicle is None:
            raise FieldError("vehicle", QT_TR_NOOP("this vehicle does not exist any more"))
        if tx.user_id is not None and tx.user_id != vehicle.user_id:
            raise FieldError("vehicle", Message(QT_TR_NOOP("{plate} belongs to another driver"),
                                                plate=vehicle.license_plate))
        Transaction.update(vehicle=vehicle.id, user=vehicle.user_id, updated_at=utcnow()).where(
            Transaction.id == tx.id).execute()

    # -------------------------------------------------------------- tags
    def validate_tag(self, data: TagInput, tag_id: str | None = None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        try:
            values = clean_tag(data)
        except ValidationError as exc:
            errors.update(exc.errors)
            values = {}
        value = values.get("id_tag")
        if value:
            other = IdTag.get_or_none(pw.fn.UPPER(IdTag.id_tag) == value.upper())
            if other is not None and other.id != tag_id:
                owner = other.user
                errors["id_tag"] = (
                    Message(QT_TR_NOOP("tag {tag} is already registered ({driver})"),
                            tag=other.id_tag, driver=owner.name or owner.phone_number)
                    if owner else
                    Message(QT_TR_NOOP("tag {tag} is already registered (no driver)"),
                            tag=other.id_tag))
        user_id = values.get("user")
        if user_id and User.get_or_none(User.id == user_id) is None:
            errors["user"] = QT_TR_NOOP("this driver does not exist any more")
        allowed = tuple(c.strip() for c in data.allowed_charge_points if c.strip())
        if allowed:
            known = {c.id for c in ChargePoint.select(ChargePoint.id)
                     .where(ChargePoint.id.in_(list(allowed)))}
            missing = [c for c in allowed if c not in known]
            if missing:
                errors["allowed_charge_points"] = Message(
                    QT_TR_NOOP("unknown charge point(s): {chargers}"), chargers=", ".join(missing))
        raise_if(errors)
        return values

    def add_tag(self, data: TagInput) -> IdTag:
        values = self.validate_tag(data)
        allowed = values.pop("allowed")
        with self._atomic():
            tag = IdTag.create(**values)
            self._set_allowed(tag, allowed)
        self._changed(values.get("user"))
        return tag

    def update_tag(self, tag_id: str, data: TagInput) -> IdTag:
        tag = IdTag.get_or_none(IdTag.id == tag_id)
        if tag is None:
            raise FieldError("id_tag", QT_TR_NOOP("this tag does not exist any more"))
        values = self.validate_tag(data, tag_id)
        allowed = values.pop("allowed")
        urgent = values["status"] != IdTagStatus.ACCEPTED and tag.status == IdTagStatus.ACCEPTED
        for key, value in values.items():
            setattr(tag, key, value)
        with self._atomic():
            tag.save()
            self._set_allowed(tag, allowed)
        self._changed(tag.user_id, urgent=urgent)
        return tag

    def set_tag_status(self, tag_id: str, status: IdTagStatus | str) -> None:
        new = IdTagStatus(str(status).upper())
        IdTag.update(status=new).where(IdTag.id == tag_id).execute()
        self._changed(None, urgent=new != IdTagStatus.ACCEPTED)

    def remove_tag(self, tag_id: str) -> None:
        tag = IdTag.get_or_none(IdTag.id == tag_id)
        if tag is None:
            return
        tag.delete_instance(recursive=True)
        self._changed(tag.user_id, urgent=True)

    @staticmethod
    def _set_allowed(tag: IdTag, allowed: Iterable[str]) -> None:
        IdTagChargePoint.delete().where(IdTagChargePoint.id_tag == tag.id).execute()
        rows = [{"id_tag": tag.id, "charge_point": cp} for cp in allowed]
        if rows:
            IdTagChargePoint.insert_many(rows).execute()

    @staticmethod
    def tags(user_id: str | None = None, *, tag_id: str | None = None,
             after: str | None = None, limit: int | None = None) -> list[TagRow]:
        """Tags (a driver's, or one by id), by creation; ``after``/``limit`` page them by id."""
        q = IdTag.select().order_by(IdTag.created_at)
        if user_id is not None:
            q = q.where(IdTag.user == user_id)
        if tag_id is not None:
            q = q.where(IdTag.id == tag_id)
        if after is not None or limit is not None:
            q = q.order_by(IdTag.id)
            if after is not None:
                q = q.where(IdTag.id > after)
            if limit is not None:
                q = q.limit(limit)
        tags = list(q)
        allowed: dict[str, list[str]] = {}
        if tags:
            for link in IdTagChargePoint.select().where(
                    IdTagChargePoint.id_tag.in_([t.id for t in tags])):
                allowed.setdefault(link.id_tag_id, []).append(link.charge_point_id)
        return [TagRow(str(t.id), t.id_tag, t.user_id, str(t.status), t.expiry_date,
                       t.parent_id_tag or "", tuple(sorted(allowed.get(t.id, ()))), t.note or "")
                for t in tags]

    @staticmethod
    def charge_point_ids() -> list[str]:
        return [c.id for c in ChargePoint.select(ChargePoint.id).order_by(ChargePoint.id)]

    # -------------------------------------------------------------- "present the card"
    def _on_unknown_tag(self, event: UnknownTagSeen) -> None:
        seen = SeenTag(event.charge_point_id, event.id_tag, utcnow())
        self.recent_unknown.append(seen)
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(seen)
        self._waiters.clear()

    def next_unknown_tag(self) -> SeenTag | None:
        """The newest unknown tag presented at a charger that is still not registered."""
        for seen in reversed(self.recent_unknown):
            if IdTag.get_or_none(pw.fn.UPPER(IdTag.id_tag) == seen.id_tag.upper()) is None:
                return seen
        return None

    async def wait_for_unknown_tag(self, timeout: float | None = None,
                                   since: datetime | None = None) -> SeenTag:
        """The next unknown tag presented at any charger (TimeoutError after ``timeout``)."""
        if since is not None:
            for seen in self.recent_unknown:
                if seen.seen_at >= since:
                    return seen
        fut: asyncio.Future[SeenTag] = asyncio.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)


def display_phone(e164: str) -> str:
    """'+66812345678' -> '+66 81 234 5678' (as stored when it does not parse)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def driver_label(user: User | DriverRow) -> str:
    name = user.name or ""
    return f"{name} ({user.phone_number})" if name else str(user.phone_number)


