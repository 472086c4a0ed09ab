"""The OCPP message log (seed table ``ocpp_message``): every frame in and out."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.writer import BatchWriter
from csms_desktop.store.models import OCPPMessage


class MessageLog:
    def __init__(self, writer: BatchWriter) -> None:
        self.writer = writer
        self.enabled = True

    def record(
        self,
        charge_point_id: str,
        direction: MessageDirection,
        kind: MessageKind,
        message_id: str,
        action: str,
        payload: Any,
        error_code: str | None = None,
    ) -> None:
        """Buffer one frame. ``action`` of a CALLRESULT/CALLERROR is its CALL's action."""
        if not self.enabled:
            return
        self.writer.add(
            OCPPMessage,
            {
                "id": new_cuid(),
                "message_id": str(message_id)[:64],
                "charge_point_id": charge_point_id[:64],
                "direction": direction.value,
                "action": (action or "")[:64],
                "payload": payload,
                "timestamp": utcnow(),
                "kind": kind.value,
                "error_code": error_code,
            },
        )

    @staticmethod
    def prune(retention_days: int) -> int:
        """Delete rows older than the retention; returns how many went."""
        cutoff = utcnow() - timedelta(days=retention_days)
        return int(OCPPMessage.delete().where(OCPPMessage.timestamp < cutoff).execute())
