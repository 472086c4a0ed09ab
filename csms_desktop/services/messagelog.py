"""The OCPP message log (seed table ``ocpp_message``): every frame in and out."""

from __future__ import annotations

import hashlib
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


#: A payload longer than this (characters of JSON) is stored as its size, SHA-256 and
#: first characters: a 20,000-tag SendLocalList is 1.1 MB, once per charger per boot.
MAX_LOGGED_PAYLOAD = 64 * 1024
CAPPED_HEAD = 2048


def _capped(text: str) -> str:
    data = text.encode("utf-8")
    return _dumps({"_capped": {"chars": len(text), "bytes": len(data),
                               "sha256": hashlib.sha256(data).hexdigest(),
                               "head": text[:CAPPED_HEAD]}},
                  ensure_ascii=False, separators=(",", ":"))


def _storable(text: str) -> str:
    """``text`` as UTF-8 can carry it: a lone surrogate becomes its ``\\udXXX`` escape
    (one such row used to fail its whole batch and be dropped)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


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
        text = _dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)
        self.record_text(charge_point_id, direction, kind, message_id, action, text,
                         error_code)

    def record_text(self, charge_point_id: str, direction: MessageDirection, kind: MessageKind,
                    message_id: str, action: str, text: str,
                    error_code: str | None = None) -> None:
        """Buffer one frame whose payload is already JSON text (a prepared CALL)."""
        if not self.enabled:
            return
        if not text.isascii():
            text = _storable(text)
        if len(text) > MAX_LOGGED_PAYLOAD:
            text = _capped(text)
        # Field order of OCPPMessage; values already in database form (hot path).
        self.writer.add_values(OCPPMessage, (
            new_cuid(),
            _storable(str(message_id)[:64]),
            _storable(charge_point_id[:64]),
            direction.value,
            _storable((action or "")[:64]),
            text,
            datetime.now(UTC).replace(tzinfo=None),
            kind.value,
            _storable(error_code[:50]) if error_code is not None else None,
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
