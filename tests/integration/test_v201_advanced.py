"""OCPP 2.0.1 beyond the core, CSMS -> station through ``Commands``, round trips with the
built-in simulator (csms_desktop.sim.SimChargePoint201) on the real server.

The simulator is the ``ocpp`` library's station: every CALL it receives is checked
against the official 2.0.1 JSON schema before its handler runs, so a payload of ours
that breaks the schema fails the test with a CALLERROR. Each message is tried against
an accepting, a refusing (``Behaviour(respond="Rejected")``) and a silent station.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from chargers16 import connect16
from chargers201 import eventually, flushed

from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.sim import Behaviour, SimChargePoint201, SimParams
from csms_desktop.store.models import OCPPMessage
from csms_desktop.store.v201_models import DisplayMessage

pytestmark = pytest.mark.timeout(60)

CP = "SIM-ADV"
WHEN = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def _params() -> SimParams:
    return SimParams(connectors=2, meter_interval=3600, auto_sessions=False, fault_prob=0,
                     disconnect_prob=0, reconnect_min=0.1, reconnect_max=0.3,
                     response_timeout=5.0, firmware_step=0.01)


@asynccontextmanager
async def simulated(server: Any, url: str, respond: str = "Accepted",
                    cp_id: str = CP) -> AsyncIterator[SimChargePoint201]:
    """The simulator, connected and booted (every EVSE reported)."""
    sim = SimChargePoint201(cp_id, params=_params(), behaviour=Behaviour(respond=respond),
                            seed=3)
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(url, None, stop))
    try:
        await eventually(lambda: sim.stats.booted and server.connection(cp_id) is not None
                         and all(c.reported for c in sim.connectors), timeout=10)
        yield sim
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


def _rows(cp_id: str = CP) -> dict[int, DisplayMessage]:
    return {r.message_id: r for r in DisplayMessage.select().where(
        DisplayMessage.charge_point_id == cp_id)}


def _logged(action: str) -> int:
    return OCPPMessage.select().where((OCPPMessage.charge_point_id == CP)
                                      & (OCPPMessage.action == action)).count()


# ---------------------------------------------------------------- display messages
async def test_display_messages_accepted(services, server, url):
    commands = Commands(server)
    async with simulated(server, url) as sim:
        th = await commands.set_display_message(
            CP, "ยินดีต้อนรับ", message_id=1, priority="AlwaysFront", language="th")
        assert (th.outcome, th.status, th.data["message_id"]) == (
            Outcome.ACCEPTED, "Accepted", 1)
        pt = await commands.set_display_message(
            CP, "Carregando, aguarde", priority="InFront", state="Charging",
            language="pt-BR", start=WHEN, end=WHEN + timedelta(hours=2))
        assert pt.ok, pt
        pt_id = pt.data["message_id"]  # chosen by the CSMS
        assert sim.display_messages[1]["message"] == {"format": "UTF8", "language": "th",
                                                      "content": "ยินดีต้อนรับ"}
        shown = sim.display_messages[pt_id]
        assert (shown["priority"], shown["state"], shown["start_date_time"],
                shown["end_date_time"]) == ("InFront", "Charging", "2030-01-02T03:04:05.000Z",
                                            "2030-01-02T05:04:05.000Z")
        rows = _rows()
        assert set(rows) == {1, pt_id}
        assert (rows[1].source, rows[1].priority, rows[1].language, rows[1].content) == (
            "csms", "AlwaysFront", "th", "ยินดีต้อนรับ")
        assert (rows[pt_id].state, rows[pt_id].start_at, rows[pt_id].end_at) == (
            "Charging", WHEN, WHEN + timedelta(hours=2))

        # what the station shows, read back: NotifyDisplayMessages stored, in parts
        sim.report_chunk = 1
        got = await commands.get_display_messages(CP)
        assert (got.outcome, got.status) == (Outcome.ACCEPTED, "Accepted")
        await eventually(lambda: all(r.source == "station" for r in _rows().values()))
        assert {n: r.request_id for n, r in _rows().items()} == {
            1: got.data["request_id"], pt_id: got.data["request_id"]}
        # a filter the station matches / does not match
        assert (await commands.get_display_messages(CP, priority="InFront")).status == \
            "Accepted"
        none = await commands.get_display_messages(CP, state="Faulted")
        assert (none.outcome, none.status) == (Outcome.ACCEPTED, "Unknown")

        cleared = await commands.clear_display_message(CP, 1)
        assert cleared.ok and 1 not in sim.display_messages
        assert set(_rows()) == {pt_id}
        unknown = await commands.clear_display_message(CP, 1)
        assert (unknown.outcome, unknown.status) == (Outcome.REJECTED, "Unknown")

        # the station lost a message on its own: a full report removes its row ...
        del sim.display_messages[pt_id]
        sim.display_messages[9] = {"id": 9, "priority": "NormalCycle",
                                   "message": {"format": "ASCII", "content": "Hello"}}
        assert (await commands.get_display_messages(CP)).ok
        await eventually(lambda: set(_rows()) == {9})
        # ... and "Unknown" to an unfiltered request means the station shows nothing
        sim.display_messages.clear()
        assert (await commands.get_display_messages(CP)).status == "Unknown"
        assert _rows() == {}
        # a format the display cannot show
        html = await commands.set_display_message(CP, "<b>x</b>", message_format="HTML")
        assert (html.outcome, html.status) == (Outcome.NOT_SUPPORTED,
                                               "NotSupportedMessageFormat")
        assert _rows() == {}
    flushed(services)
    assert _logged("NotifyDisplayMessages") == 2 * 4  # 2 + 1 + 1 parts, CALL and answer


async def test_display_messages_refused(services, server, url):
    commands = Commands(server)
    async with simulated(server, url, respond="Rejected") as sim:
        no = await commands.set_display_message(CP, "Hello", message_id=4)
        assert (no.outcome, no.status) == (Outcome.REJECTED, "Rejected")
        got = await commands.get_display_messages(CP, ids=[4])
        assert (got.outcome, got.status) == (Outcome.ACCEPTED, "Unknown")
        cleared = await commands.clear_display_message(CP, 4)
        assert (cleared.outcome, cleared.status) == (Outcome.REJECTED, "Unknown")
        assert sim.display_messages == {} and _rows() == {}


async def test_display_messages_not_answered(services, server, url):
    commands = Commands(server)
    async with simulated(server, url, respond="silent") as sim:
        results = [await commands.set_display_message(CP, "Hello", message_id=5),
                   await commands.get_display_messages(CP),
                   await commands.clear_display_message(CP, 5)]
        assert [r.outcome for r in results] == [Outcome.TIMED_OUT] * 3
        assert sim.stats.ignored == 3
    assert _rows() == {}


async def test_display_message_bad_input_sends_nothing(services, server, url):
    commands = Commands(server)
    async with simulated(server, url) as sim:
        before = sim.stats.received
        long = await commands.set_display_message(CP, "x" * 513)
        assert (long.outcome, long.status) == (Outcome.ERROR, "PropertyConstraintViolation")
        assert "content" in long.detail
        bad = await commands.set_display_message(CP, "Hi", priority="Urgent")
        assert (bad.outcome, bad.status) == (Outcome.ERROR, "BadRequest")
        assert "priority" in bad.detail
        window = await commands.set_display_message(CP, "Hi", start=WHEN, end=WHEN)
        assert window.outcome == Outcome.ERROR and "end" in window.detail
        assert sim.stats.received == before and _rows() == {}


async def test_display_messages_do_not_exist_in_16(services, server, url):
    commands = Commands(server)
    async with connect16(url, "CP16") as cp:
        assert (await cp.boot()).status == "Accepted"
        result = await commands.set_display_message("CP16", "Hello")
        assert result.outcome == Outcome.NOT_SUPPORTED
        status = await commands.get_transaction_status("CP16")
        assert status.outcome == Outcome.NOT_SUPPORTED
        assert "get_transaction_status does not exist" in status.detail
