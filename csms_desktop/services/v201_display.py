"""Reads for the display-message window: the stations that have a display (OCPP 2.0.1
and 2.1) and the messages stored for them (``v201_display_message``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from csms_desktop.domain.enums import OCPPVersion
from csms_desktop.store.models import ChargePoint
from csms_desktop.store.v201_models import DisplayMessage


@dataclass(frozen=True)
class DisplayStation:
    id: str
    name: str
    protocol: str


@dataclass(frozen=True)
class StoredMessage:
    charge_point_id: str
    message_id: int
    priority: str
    state: str | None
    language: str | None
    start_at: datetime | None
    end_at: datetime | None
    content: str
    source: str  # station (reported by it) | csms (set, not reported yet)


def display_stations() -> list[DisplayStation]:
    """Every 2.0.1 / 2.1 station, by id."""
    q = (ChargePoint.select(ChargePoint.id, ChargePoint.name, ChargePoint.protocol)
         .where(ChargePoint.protocol.in_([OCPPVersion.OCPP20, OCPPVersion.OCPP21]))
         .order_by(ChargePoint.id))
    return [DisplayStation(str(r.id), str(r.name or r.id), str(r.protocol.value)) for r in q]


def stored_messages(cp_ids: list[str]) -> list[StoredMessage]:
    """The messages stored for ``cp_ids``, by station and message id."""
    if not cp_ids:
        return []
    q = (DisplayMessage.select().where(DisplayMessage.charge_point_id.in_(cp_ids))
         .order_by(DisplayMessage.charge_point_id, DisplayMessage.message_id))
    return [StoredMessage(r.charge_point_id, int(r.message_id), r.priority, r.state,
                          r.language, r.start_at, r.end_at, r.content, r.source) for r in q]
