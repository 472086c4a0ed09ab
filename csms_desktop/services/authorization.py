"""Who may charge: id tags, their drivers, parent groups, allowed chargers, reservations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from csms_desktop.domain.enums import IdTagStatus, ReservationStatus, UserStatus
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.events import EventHub, UnknownTagSeen
from csms_desktop.store.models import Connector, IdTag, IdTagChargePoint, Reservation

# OCPP 1.6 AuthorizationStatus names; 2.0.1 maps these in its handlers.
ACCEPTED = "Accepted"
BLOCKED = "Blocked"
EXPIRED = "Expired"
INVALID = "Invalid"


@dataclass(frozen=True)
class AuthResult:
    status: str
    expiry_date: datetime | None = None
    parent_id_tag: str | None = None
    user_id: str | None = None
    reservation_id: str | None = None
    known: bool = True  # False: a tag nobody registered, let in by free charging

    @property
    def accepted(self) -> bool:
        return self.status == ACCEPTED


class Authorizer:
    def __init__(self, hub: EventHub, free_charging: bool = False) -> None:
        self.hub = hub
        self.free_charging = free_charging

    def authorize(
        self,
        charge_point_id: str,
        id_tag: str,
        connector_no: int | None = None,
        now: datetime | None = None,
    ) -> AuthResult:
        now = now or utcnow()
        tag = IdTag.get_or_none(IdTag.id_tag == id_tag)
        if tag is None:
            self.hub.publish(UnknownTagSeen(charge_point_id, id_tag))
            if self.free_charging:
                return AuthResult(ACCEPTED, known=False)
            return AuthResult(INVALID, known=False)
        user = tag.user
        parent = tag.parent_id_tag
        if self.free_charging:
            return AuthResult(ACCEPTED, tag.expiry_date, parent, user.id if user else None)
        status = self._tag_status(tag, now)
        if status == ACCEPTED and parent:
            group = IdTag.get_or_none(IdTag.id_tag == parent)
            if group is not None and group.id != tag.id:
                group_status = self._tag_status(group, now)
                if group_status != ACCEPTED:
                    status = group_status
        if status == ACCEPTED and tag.restricted:
            allowed = IdTagChargePoint.get_or_none(
                (IdTagChargePoint.id_tag == tag.id)
                & (IdTagChargePoint.charge_point == charge_point_id)
            )
            if allowed is None:
                status = INVALID
        reservation_id = None
        if status == ACCEPTED and connector_no is not None:
            ok, reservation_id = self._reservation_admits(charge_point_id, connector_no, tag, now)
            if not ok:
                status = INVALID
        return AuthResult(status, tag.expiry_date, parent, user.id if user else None,
                          reservation_id)

    @staticmethod
    def _tag_status(tag: IdTag, now: datetime) -> str:
        user = tag.user
        if tag.status == IdTagStatus.BLOCKED or (user and user.status == UserStatus.BLOCKED):
            return BLOCKED
        if tag.status == IdTagStatus.EXPIRED or (user and user.status == UserStatus.EXPIRED):
            return EXPIRED
        if tag.expiry_date is not None and tag.expiry_date < now:
            return EXPIRED
        if tag.status == IdTagStatus.INVALID:
            return INVALID
        return ACCEPTED

    @staticmethod
    def _reservation_admits(
        charge_point_id: str, connector_no: int, tag: IdTag, now: datetime
    ) -> tuple[bool, str | None]:
        """A connector under an active reservation admits only its tag or its group."""
        conn = Connector.get_or_none(
            (Connector.charge_point == charge_point_id) & (Connector.connector_id == connector_no)
        )
        q = Reservation.select().where(
            (Reservation.charge_point == charge_point_id)
            & (Reservation.status == ReservationStatus.ACTIVE)
            & (Reservation.start_time <= now)
            & (Reservation.end_time > now)
        )
        for res in q:
            if res.connector_id is not None and (conn is None or res.connector_id != conn.id):
                continue
            tags = {t.id_tag for t in IdTag.select().where(IdTag.user == res.user_id)}
            if res.id_tag:
                tags.add(res.id_tag)
            if tag.id_tag in tags or (tag.parent_id_tag and tag.parent_id_tag in tags):
                return True, str(res.id)
            return False, None
        return True, None
