"""Notifications (seed table ``notification``): stored, then published for the GUI."""

from __future__ import annotations

from csms_desktop.domain.enums import NotificationType
from csms_desktop.services.events import EventHub, NotificationCreated
from csms_desktop.store.models import Notification


class Notifier:
    def __init__(self, hub: EventHub) -> None:
        self.hub = hub

    def notify(
        self,
        type_: NotificationType,
        title: str,
        message: str,
        user_id: str | None = None,
        charge_point_id: str | None = None,
    ) -> str:
        row = Notification.create(
            type=type_, title=title[:200], message=message, user=user_id,
            charge_point_id=charge_point_id,
        )
        self.hub.publish(
            NotificationCreated(row.id, type_.value, row.title, message, charge_point_id)
        )
        return str(row.id)

    @staticmethod
    def unread_count() -> int:
        return int(Notification.select().where(Notification.is_read == False).count())  # noqa: E712

    @staticmethod
    def mark_read(ids: list[str] | None = None) -> int:
        q = Notification.update(is_read=True)
        if ids is not None:
            q = q.where(Notification.id.in_(ids))
        return int(q.execute())
