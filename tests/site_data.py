"""Test data of the site tests: a charger in a site with a running transaction, a logged
message, a notification and a reservation (services, API and GUI tests alike)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from csms_desktop.domain.enums import MessageDirection, MessageKind, NotificationType
from csms_desktop.store.models import ChargePoint, IdTag, Notification, OCPPMessage, Reservation


def charger_with_history(services: Any, cp: str, user: Any, site: str | None = None,
                         started_ago: timedelta = timedelta(minutes=5),
                         create: bool = True) -> None:
    now = datetime.now(UTC)
    if create:
        ChargePoint.create(id=cp, name=cp, site=site)
    IdTag.create(id_tag=f"TAG-{cp}", user=user)
    services.chargers.connector_row_id(cp, 1)
    services.charging.start_transaction(cp, 1, f"TAG-{cp}", 1.0, now - started_ago)
    OCPPMessage.create(message_id=f"m-{cp}", charge_point_id=cp,
                       direction=MessageDirection.INBOUND, kind=MessageKind.CALL,
                       action="Heartbeat", payload={})
    Notification.create(title=f"about {cp}", message="", charge_point_id=cp,
                        type=NotificationType.GENERAL)
    Reservation.create(user=user, charge_point=cp, start_time=now + timedelta(hours=1),
                       end_time=now + timedelta(hours=2))
