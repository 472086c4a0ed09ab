"""Database look-ups shared by the OCPP 1.6 integration tests."""

from __future__ import annotations

import asyncio
from typing import Any


def logged(services: Any, cp_id: str, action: str | None = None) -> list[Any]:
    """The charger's ocpp_message rows (buffered ones flushed first), oldest first."""
    from csms_desktop.store.models import OCPPMessage

    services.writer.flush()
    q = OCPPMessage.select().where(OCPPMessage.charge_point_id == cp_id)
    if action is not None:
        q = q.where(OCPPMessage.action == action)
    return list(q.order_by(OCPPMessage.timestamp, OCPPMessage.id))


def shape(rows: list[Any]) -> list[tuple[str, str, str]]:
    """(direction, kind, action) of each message-log row."""
    return [(r.direction.value, r.kind.value, r.action) for r in rows]


async def eventually(predicate: Any, timeout: float = 5.0, step: float = 0.01) -> None:
    """Wait until ``predicate()`` is true (the server works on its own task)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s: {predicate}")
        await asyncio.sleep(step)


def connected(cp_id: str) -> bool:
    from csms_desktop.store.models import ChargePoint

    row = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    return bool(row and row.connected)
