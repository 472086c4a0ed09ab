"""The batch writer: order, chunking, and durable() meaning what it says."""

from __future__ import annotations

import asyncio

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.services.messagelog import MessageLog
from csms_desktop.services.writer import BatchWriter
from csms_desktop.store.models import ChargePoint, OCPPMessage


def _log(writer: BatchWriter, n: int, cp: str = "CP1") -> None:
    log = MessageLog(writer)
    for i in range(n):
        log.record(cp, MessageDirection.INBOUND, MessageKind.CALL, f"m{i}", "Heartbeat", {})


async def test_durable_covers_rows_added_while_a_drain_is_running(db) -> None:  # type: ignore[no-untyped-def]
    writer = BatchWriter(interval=10.0, chunk=50)  # only wakes when asked
    writer.start()
    try:
        _log(writer, 1000)  # 20 chunks: the drain yields 19 times
        first = asyncio.ensure_future(writer.durable())
        await asyncio.sleep(0)  # the drain has started and is between chunks
        await asyncio.sleep(0)
        _log(writer, 7, cp="LATE")  # added mid-drain, after the first seal
        await writer.durable()
        assert first.done()
        assert OCPPMessage.select().where(OCPPMessage.charge_point_id == "LATE").count() == 7
        assert OCPPMessage.select().count() == 1007
    finally:
        await writer.stop()


async def test_sync_flush_in_the_middle_of_a_drain_keeps_everything(db) -> None:  # type: ignore[no-untyped-def]
    writer = BatchWriter(interval=10.0, chunk=10)
    writer.start()
    try:
        _log(writer, 200)
        pending = asyncio.ensure_future(writer.durable())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        writer.flush()  # e.g. a StopTransaction cross-checking meter rows
        assert OCPPMessage.select().count() == 200
        await pending
    finally:
        await writer.stop()


def test_updates_are_coalesced_and_follow_inserts(db) -> None:  # type: ignore[no-untyped-def]
    writer = BatchWriter()
    ChargePoint.create(id="CPU", name="x")
    writer.update_later(ChargePoint, "CPU", name="first", location="a")
    writer.update_later(ChargePoint, "CPU", name="second")
    writer.flush()
    cp = ChargePoint.get_by_id("CPU")
    assert (cp.name, cp.location) == ("second", "a")


def test_a_bad_row_is_dropped_alone(db) -> None:  # type: ignore[no-untyped-def]
    writer = BatchWriter()
    _log(writer, 3)
    writer.add_values(OCPPMessage, (None,) * 9)  # NOT NULL violations
    _log(writer, 2)
    writer.flush()
    assert OCPPMessage.select().count() == 5
    assert writer.failures == 1
