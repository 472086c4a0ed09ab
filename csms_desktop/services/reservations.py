"""Reservations: a driver books a charger (or one connector) for a time window.

Rules:

* no overlap with another ACTIVE reservation on the same connector; a charger-wide
  reservation (no connector) overlaps every reservation of that charger;
* not on a charger that is UNAVAILABLE, FAULTED or under maintenance, nor on a connector
  that is UNAVAILABLE or FAULTED;
* the driver is ACTIVE and has an ACCEPTED tag (or the reservation names one).

Within ``settings.reservation_lead_minutes`` of its start the scheduler sends ReserveNow
(integer id in ``ocpp_reservation_id``, expiry = end time) and keeps the charger's answer
in ``sent_status``; no answer (offline, timeout) or ``Occupied`` is retried on the next
tick. Cancelling sends CancelReservation. A reservation past its end unused becomes
EXPIRED; the one a transaction used becomes COMPLETED (``ChargingService``). Each change
is a notification for the driver.
"""

from __future__ import annotations

import asyncio
import logging
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import peewee as pw

from csms_desktop.domain.enums import (
    ChargePointStatus,
    ConnectorStatus,
    IdTagStatus,
    NotificationType,
    ReservationStatus,
    TransactionStatus,
    UserStatus,
)
from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.services.command_port import NO_ANSWER, CommandPort, outcome_word
from csms_desktop.services.events import ConnectorStatusChanged
from csms_desktop.services.sites import in_site
from csms_desktop.services.validation import QT_TR_NOOP, FieldError, Message, ValidationError
from csms_desktop.store.models import (
    ChargePoint,
    Connector,
    IdTag,
    Reservation,
    Setting,
    Transaction,
    User,
)

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

NEXT_ID_KEY = "ocpp_next_reservation_id"
TICK_S = 30.0
MAX_LENGTH = timedelta(days=7)
RETRY = NO_ANSWER | {"Occupied"}


class ReservationConflict(ValidationError):
    """The window collides with another reservation or the charger cannot take it."""


@dataclass(frozen=True)
class ReservationRow:
    id: str
    user_id: str
    driver: str
    charge_point_id: str
    connector_no: int | None
    start_time: datetime
    end_time: datetime
    status: str
    sent_status: str
    ocpp_reservation_id: int | None
    id_tag: str


@dataclass(frozen=True)
class TransactionBar:
    """A transaction drawn on the timeline next to the reservations."""

    transaction_id: str
    charge_point_id: str
    connector_no: int
    start_time: datetime
    end_time: datetime | None
    driver: str
    status: str


@dataclass(frozen=True)
class TickReport:
    sent: tuple[str, ...] = ()
    expired: tuple[str, ...] = ()


def _overlaps(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> bool:
    return a0 < b1 and b0 < a1


# the states a message names, lower case as in a sentence ("{charger} is faulted")
_STATE_WORDS = {
    "UNAVAILABLE": QT_TR_NOOP("unavailable"), "FAULTED": QT_TR_NOOP("faulted"),
    "MAINTENANCE": QT_TR_NOOP("under maintenance"),
}
# whole sentences where the subject decides the words (Portuguese agrees in gender)
_DRIVER_IS = {"BLOCKED": QT_TR_NOOP("the driver is blocked"),
              "EXPIRED": QT_TR_NOOP("the driver is expired")}
_RESERVATION_IS = {"COMPLETED": QT_TR_NOOP("the reservation is already completed"),
                   "CANCELED": QT_TR_NOOP("the reservation is already canceled"),
                   "EXPIRED": QT_TR_NOOP("the reservation is already expired")}


def _fmt(dt: datetime, tz_name: str = "UTC") -> str:
    """A time as the site reads it: 'Sat 21 Nov 10:34' in the site's zone."""
    try:
        tz: Any = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = UTC
    return as_utc(dt).astimezone(tz).strftime("%a %d %b %H:%M")


class ReservationService:
    def __init__(self, services: Services, commands: CommandPort | None) -> None:
        self.services = services
        self.commands = commands
        self._lock = asyncio.Lock()

    def _fmt(self, dt: datetime) -> str:
        return _fmt(dt, self.services.settings.time_zone)

    @property
    def lead(self) -> timedelta:
        return timedelta(minutes=self.services.settings.reservation_lead_minutes)

    # -------------------------------------------------------------- checks
    def check(self, user_id: str, cp_id: str, connector_no: int | None, start: datetime,
              end: datetime, id_tag: str | None = None, now: datetime | None = None,
              ignore_id: str | None = None) -> dict[str, Any]:
        """Resolved values for a new reservation, or ValidationError/ReservationConflict
        naming the field and the reason."""
        now = now or utcnow()
        start, end = as_utc(start), as_utc(end)
        errors: dict[str, str] = {}
        user = User.get_or_none(User.id == user_id) if user_id else None
        if user is None:
            errors["driver"] = QT_TR_NOOP("choose a driver")
        elif user.status != UserStatus.ACTIVE:
            errors["driver"] = _DRIVER_IS.get(str(user.status)) or Message(
                QT_TR_NOOP("the driver is {status}"), status=str(user.status).lower())
        cp = ChargePoint.get_or_none(ChargePoint.id == cp_id) if cp_id else None
        if cp is None:
            errors["charge_point"] = QT_TR_NOOP("choose a charge point")
        conn = None
        if cp is not None and connector_no:
            conn = Connector.get_or_none((Connector.charge_point == cp_id)
                                         & (Connector.connector_id == connector_no))
            if conn is None:
                errors["connector"] = Message(QT_TR_NOOP("{charger} has no connector {number}"),
                                              charger=cp_id, number=connector_no)
        if end <= start:
            errors["end_time"] = QT_TR_NOOP("the end must be after the start")
        elif end <= now:
            errors["end_time"] = QT_TR_NOOP("this window is already over")
        elif end - start > MAX_LENGTH:
            errors["end_time"] = QT_TR_NOOP("a reservation lasts 7 days at most")
        tag_value = (id_tag or "").strip() or None
        if user is not None and "driver" not in errors:
            tags = self._accepted_tags(user.id, now)
            if tag_value is not None:
                tag = IdTag.get_or_none(IdTag.id_tag == tag_value)
                if tag is None or tag.user_id != user.id:
                    errors["id_tag"] = Message(QT_TR_NOOP("tag {tag} is not one of this "
                                                          "driver's tags"), tag=tag_value)
            elif not tags:
                errors["id_tag"] = QT_TR_NOOP(
                    "the driver has no accepted tag to present at the charger")
        if errors:
            raise ValidationError(errors)
        assert cp is not None
        if cp.maintenance or cp.status in (ChargePointStatus.UNAVAILABLE,
                                           ChargePointStatus.FAULTED,
                                           ChargePointStatus.MAINTENANCE):
            what = (QT_TR_NOOP("under maintenance") if cp.maintenance
                    else _STATE_WORDS.get(str(cp.status), str(cp.status).lower()))
            raise ReservationConflict({"charge_point": Message(
                QT_TR_NOOP("{charger} is {state}"), charger=cp_id, state=Message(what))})
        if conn is not None and conn.status in (ConnectorStatus.UNAVAILABLE,
                                                ConnectorStatus.FAULTED):
            raise ReservationConflict({"connector": Message(
                QT_TR_NOOP("{charger} connector {number} is {state}"), charger=cp_id,
                number=connector_no, state=Message(_STATE_WORDS.get(
                    str(conn.status), str(conn.status).lower())))})
        for other in self._active_on(cp_id, start, end, ignore_id):
            if conn is None or other.connector_id is None or other.connector_id == conn.id:
                who = other.user.name or other.user.phone_number
                where = (Message(QT_TR_NOOP("connector {number}"),
                                 number=other.connector.connector_id)  # type: ignore[union-attr]
                         if other.connector_id
                         else Message(QT_TR_NOOP("the whole charger")))
                raise ReservationConflict({"start_time": Message(
                    QT_TR_NOOP("overlaps {driver}'s reservation of {where} on {charger}, "
                               "{start} to {end}"), driver=who, where=where, charger=cp_id,
                    start=self._fmt(other.start_time), end=self._fmt(other.end_time))})
        return {"user": user_id, "charge_point": cp_id, "connector": conn.id if conn else None,
                "start_time": start, "end_time": end, "id_tag": tag_value}

    @staticmethod
    def _active_on(cp_id: str, start: datetime, end: datetime,
                   ignore_id: str | None) -> list[Reservation]:
        q = Reservation.select().where(
            (Reservation.charge_point == cp_id) & (Reservation.status == ReservationStatus.ACTIVE)
            & (Reservation.start_time < end) & (Reservation.end_time > start))
        if ignore_id:
            q = q.where(Reservation.id != ignore_id)
        return list(q)

    @staticmethod
    def _accepted_tags(user_id: str, now: datetime) -> list[IdTag]:
        return [t for t in IdTag.select().where((IdTag.user == user_id)
                                                & (IdTag.status == IdTagStatus.ACCEPTED))
                .order_by(IdTag.created_at)
                if t.expiry_date is None or t.expiry_date > now]

    # -------------------------------------------------------------- create / cancel
    def create(self, user_id: str, cp_id: str, connector_no: int | None, start: datetime,
               end: datetime, id_tag: str | None = None,
               now: datetime | None = None) -> Reservation:
        values = self.check(user_id, cp_id, connector_no, start, end, id_tag, now)
        with Reservation._meta.database.atomic():
            res = Reservation.create(status=ReservationStatus.ACTIVE, **values)
        where = f"{cp_id}" + (f" connector {connector_no}" if connector_no else "")
        self._notify(res, "Reservation created",
                     f"{where}, {self._fmt(res.start_time)} to {self._fmt(res.end_time)}.")
        return res

    @staticmethod
    def _active(reservation_id: str) -> Reservation:
        """The ACTIVE reservation, or FieldError saying why not."""
        res = Reservation.get_or_none(Reservation.id == reservation_id)
        if res is None:
            raise FieldError("reservation", QT_TR_NOOP("this reservation does not exist any more"))
        if res.status != ReservationStatus.ACTIVE:
            raise FieldError("reservation", _RESERVATION_IS.get(str(res.status)) or Message(
                QT_TR_NOOP("the reservation is already {state}"), state=str(res.status).lower()))
        return res

    async def cancel(self, reservation_id: str, reason: str = "") -> str:
        """Cancel; tells the charger if it holds the reservation. Returns what happened."""
        res = self._active(reservation_id)
        outcome = "cancelled"
        if res.ocpp_reservation_id is not None and res.sent_status == "Accepted" \
                and self.commands is not None:
            answer = await self.commands.cancel_reservation(res.charge_point_id,
                                                            res.ocpp_reservation_id)
            word = outcome_word(answer)
            outcome = f"cancelled; the charger answered {word}"
            if word == "Accepted":
                self._unreserve_connector(res)
        Reservation.update(status=ReservationStatus.CANCELED).where(
            Reservation.id == res.id).execute()
        self._notify(res, "Reservation cancelled",
                     f"{res.charge_point_id}, {self._fmt(res.start_time)} to {self._fmt(res.end_time)}"
                     + (f": {reason}" if reason else "") + ".")
        return outcome

    def reschedule(self, reservation_id: str, cp_id: str, connector_no: int | None,
                   start: datetime, end: datetime, id_tag: str | None = None,
                   now: datetime | None = None) -> Reservation:
        """Move an ACTIVE reservation the charger does not hold yet (same checks as a new
        one, ignoring itself); it is sent again when due."""
        res = self._active(reservation_id)
        if res.sent_status == "Accepted":
            raise FieldError("reservation", Message(QT_TR_NOOP(
                "{charger} holds this reservation already: cancel it and book again"),
                charger=res.charge_point_id))
        values = self.check(res.user_id, cp_id, connector_no, start, end, id_tag, now,
                            ignore_id=str(res.id))
        values.pop("user")
        Reservation.update(sent_status=None, **values).where(Reservation.id == res.id).execute()
        res = Reservation.get_by_id(res.id)
        self._notify(res, "Reservation changed", f"{res.charge_point_id}, "
                     f"{self._fmt(res.start_time)} to {self._fmt(res.end_time)}.")
        return res

    # -------------------------------------------------------------- the scheduler
    async def tick(self, now: datetime | None = None) -> TickReport:
        """Expire what is over, send ReserveNow for what starts within the lead time."""
        now = now or utcnow()
        async with self._lock:
            expired = self.expire(now)
            sent = []
            due = Reservation.select().where(
                (Reservation.status == ReservationStatus.ACTIVE)
                & (Reservation.start_time <= now + self.lead) & (Reservation.end_time > now)
                & (Reservation.sent_status.is_null() | Reservation.sent_status.in_(list(RETRY))))
            for res in list(due):
                if await self.send(res, now):
                    sent.append(str(res.id))
        return TickReport(tuple(sent), tuple(expired))

    async def send(self, res: Reservation, now: datetime | None = None) -> bool:
        """Send ReserveNow for ``res``; True when the charger answered at all."""
        if self.commands is None:
            return False
        now = now or utcnow()
        tag = self._tag_for(res, now)
        if tag is None:
            self._set_sent(res, "NoTag", "the driver has no accepted tag any more")
            return False
        if res.ocpp_reservation_id is None:
            res.ocpp_reservation_id = self._allocate_id()
            Reservation.update(ocpp_reservation_id=res.ocpp_reservation_id).where(
                Reservation.id == res.id).execute()
        connector_no = res.connector.connector_id if res.connector_id else 0  # type: ignore[union-attr]
        answer = await self.commands.reserve_now(
            res.charge_point_id, connector_no, res.end_time, tag.id_tag,
            res.ocpp_reservation_id, tag.parent_id_tag)
        word = outcome_word(answer)
        self._set_sent(res, word, str(getattr(answer, "detail", "") or ""))
        if word == "Accepted" and res.connector_id:
            Connector.update(status=ConnectorStatus.RESERVED).where(
                (Connector.id == res.connector_id)
                & (Connector.status == ConnectorStatus.AVAILABLE)).execute()
            self.services.hub.publish(ConnectorStatusChanged(
                res.charge_point_id, connector_no, ConnectorStatus.RESERVED.value, "Reserved",
                None, now))
        return word not in NO_ANSWER

    def _set_sent(self, res: Reservation, word: str, detail: str) -> None:
        before = res.sent_status
        res.sent_status = word[:32]
        Reservation.update(sent_status=res.sent_status).where(Reservation.id == res.id).execute()
        if word in NO_ANSWER and before in NO_ANSWER:
            return  # still no answer: one notification is enough
        if before == word:
            return
        if word == "Accepted":
            text = f"{res.charge_point_id} holds the connector for you until {self._fmt(res.end_time)}."
        elif word in NO_ANSWER:
            text = (f"{res.charge_point_id} did not answer ({word}); "
                    "the CSMS tries again every 30 s.")
        else:
            text = f"{res.charge_point_id} answered {word}" + (f": {detail}" if detail else "")
        self._notify(res, f"Reservation sent to {res.charge_point_id}: {word}", text)

    def _tag_for(self, res: Reservation, now: datetime) -> IdTag | None:
        if res.id_tag:
            tag = IdTag.get_or_none(IdTag.id_tag == res.id_tag)
            if tag is not None:
                return tag
        tags = self._accepted_tags(res.user_id, now)
        return tags[0] if tags else None

    @staticmethod
    def _allocate_id() -> int:
        stored = Setting.get_or_none(Setting.key == NEXT_ID_KEY)
        highest = Reservation.select(pw.fn.MAX(Reservation.ocpp_reservation_id)).scalar() or 0
        value = max(int(stored.value) if stored and stored.value is not None else 1,
                    int(highest) + 1)
        Setting.insert(key=NEXT_ID_KEY, value=value + 1, updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value + 1}).execute()
        return value

    def expire(self, now: datetime | None = None) -> list[str]:
        """ACTIVE reservations whose end has passed become EXPIRED, each with a notification
        for the driver (``ChargingService.expire_reservations``, also run by the server's
        housekeeping)."""
        now = now or utcnow()
        over = [str(r.id) for r in Reservation.select(Reservation.id).where(
            (Reservation.status == ReservationStatus.ACTIVE) & (Reservation.end_time < now))]
        if over:
            self.services.charging.expire_reservations(now)
        return over

    @staticmethod
    def _unreserve_connector(res: Reservation) -> None:
        if res.connector_id:
            Connector.update(status=ConnectorStatus.AVAILABLE).where(
                (Connector.id == res.connector_id)
                & (Connector.status == ConnectorStatus.RESERVED)).execute()

    def _notify(self, res: Reservation, title: str, message: str) -> None:
        self.services.notifier.notify(NotificationType.GENERAL, title, message,
                                      user_id=res.user_id, charge_point_id=res.charge_point_id)

    # -------------------------------------------------------------- queries for the timeline
    @staticmethod
    def _query() -> Any:
        return (Reservation.select(Reservation, User, Connector)
                .join(User, on=(Reservation.user == User.id))
                .switch(Reservation)
                .join(Connector, pw.JOIN.LEFT_OUTER, on=(Reservation.connector == Connector.id)))

    @staticmethod
    def rows(start: datetime, end: datetime, include_closed: bool = True,
             site: str | None = None) -> list[ReservationRow]:
        """Reservations overlapping [start, end) (of ``site``'s chargers: a site id)."""
        q = (ReservationService._query()
             .where((Reservation.start_time < end) & (Reservation.end_time > start))
             .order_by(Reservation.start_time))
        if not include_closed:
            q = q.where(Reservation.status == ReservationStatus.ACTIVE)
        if site:
            q = q.where(in_site(Reservation.charge_point, site))
        return ReservationService._rows(q)

    @staticmethod
    def row(reservation_id: str) -> ReservationRow | None:
        rows = ReservationService._rows(
            ReservationService._query().where(Reservation.id == reservation_id))
        return rows[0] if rows else None

    @staticmethod
    def _rows(q: Any) -> list[ReservationRow]:
        out = []
        for r in q:
            out.append(ReservationRow(
                id=str(r.id), user_id=r.user_id, driver=r.user.name or r.user.phone_number,
                charge_point_id=r.charge_point_id,
                connector_no=r.connector.connector_id if r.connector_id else None,
                start_time=r.start_time, end_time=r.end_time, status=str(r.status),
                sent_status=r.sent_status or "", ocpp_reservation_id=r.ocpp_reservation_id,
                id_tag=r.id_tag or ""))
        return out

    @staticmethod
    def transaction_bars(start: datetime, end: datetime,
                         site: str | None = None) -> list[TransactionBar]:
        q = (Transaction.select(Transaction, Connector, User)
             .join(Connector, on=(Transaction.connector == Connector.id))
             .switch(Transaction)
             .join(User, pw.JOIN.LEFT_OUTER, on=(Transaction.user == User.id))
             .where((Transaction.start_time < end)
                    & (Transaction.end_time.is_null() | (Transaction.end_time > start)))
             .order_by(Transaction.start_time))
        if site:
            q = q.where(in_site(Transaction.charge_point, site))
        out = []
        for tx in q:
            driver = ((tx.user.name or tx.user.phone_number)  # type: ignore[union-attr]
                      if tx.user_id else (tx.id_tag or ""))
            out.append(TransactionBar(
                tx.transaction_id, tx.charge_point_id, tx.connector.connector_id, tx.start_time,
                tx.end_time if tx.status != TransactionStatus.ACTIVE else None, driver,
                str(tx.status)))
        return out

    @staticmethod
    def lanes(site: str | None = None) -> list[tuple[str, int, str]]:
        """(charge point, connector number, connector status) for every connector (of
        ``site``'s chargers)."""
        q = Connector.select()
        if site:
            q = q.where(in_site(Connector.charge_point, site))
        return [(c.charge_point_id, c.connector_id, str(c.status)) for c in
                q.order_by(Connector.charge_point, Connector.connector_id)]


async def run_reservation_scheduler(svc: ReservationService,
                                    interval: float = TICK_S) -> None:
    """Every ``interval`` seconds: expire, then send what starts within the lead time.

    Runs until cancelled; the app starts it next to the OCPP server with the shared
    service (``driver_services.install(...).reservations``).
    """
    while True:
        try:
            await svc.tick(utcnow())
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("reservation scheduler tick failed")
        await asyncio.sleep(interval)
