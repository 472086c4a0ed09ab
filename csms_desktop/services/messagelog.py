"""The OCPP message log (seed table ``ocpp_message``): every frame in and out."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.writer import BatchWriter
from csms_desktop.store.models import OCPPMessage

_dumps = json.dumps
_ORDER = ("id", "message_id", "charge_point_id", "direction", "action", "payload", "timestamp",
          "kind", "error_code")


class MessageLog:
    def __init__(self, writer: BatchWriter) -> None:
        self.check_field_order()
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
        # Field order of OCPPMessage; values already in database form (hot path).
        self.writer.add_values(OCPPMessage, (
            new_cuid(),
            str(message_id)[:64],
            charge_point_id[:64],
            direction.value,
            (action or "")[:64],
            _dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str),
            datetime.now(UTC).replace(tzinfo=None),
            kind.value,
            error_code,
        ))

    @staticmethod
    def check_field_order() -> None:
        """The hot path writes tuples: fail loudly if the model's field order changes."""
        order = tuple(f.name for f in OCPPMessage._meta.sorted_fields)
        if order != _ORDER:
            raise RuntimeError(f"OCPPMessage field order changed: {order}")

    @staticmethod
    def prune(retention_days: int) -> int:
        """Delete rows older than the retention; returns how many went."""
        cutoff = utcnow() - timedelta(days=retention_days)
        return int(OCPPMessage.delete().where(OCPPMessage.timestamp < cutoff).execute())
