"""The OCPP message log (ocpp_message): retention pruning."""

from __future__ import annotations

from datetime import timedelta

from helpers16 import logged

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.messagelog import MessageLog
from csms_desktop.store.models import OCPPMessage


async def test_prune_removes_rows_past_retention(services, cp):
    await cp.heartbeat()
    rows = logged(services, "CP001")
    assert len(rows) == 6  # boot, status, heartbeat: CALL + CALLRESULT each
    old = [r.id for r in rows[:4]]
    OCPPMessage.update(timestamp=utcnow() - timedelta(days=91)).where(
        OCPPMessage.id.in_(old[:2])).execute()
    OCPPMessage.update(timestamp=utcnow() - timedelta(days=89)).where(
        OCPPMessage.id.in_(old[2:])).execute()

    assert MessageLog.prune(90) == 2
    kept = {r.id for r in OCPPMessage.select()}
    assert kept == {r.id for r in rows[2:]}
    assert MessageLog.prune(30) == 2
    assert {r.id for r in OCPPMessage.select()} == {r.id for r in rows[4:]}
    assert MessageLog.prune(1) == 0


async def test_message_log_can_be_switched_off(services, cp):
    services.messages.enabled = False
    await cp.heartbeat()
    assert logged(services, "CP001", "Heartbeat") == []
