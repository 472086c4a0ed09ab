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
from decimal import Decimal
from typing import Any

import pytest
from chargers16 import connect16
from chargers201 import eventually, flushed

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.protocol.v201.advanced import customer_information
from csms_desktop.services import v201_followup
from csms_desktop.sim import Behaviour, SimChargePoint201, SimParams
from csms_desktop.store.models import (
    ChargePointVariable,
    IdTag,
    Notification,
    OCPPMessage,
    Tariff,
    Transaction,
)
from csms_desktop.store.v201_models import (
    CustomerInformationPart,
    DisplayMessage,
    VariableMonitor,
)

pytestmark = pytest.mark.timeout(60)

CP = "SIM-ADV"
WHEN = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def _params() -> SimParams:
    # a session charges until stopped (AC, 1 h of energy per wall second, a sample
    # every half second)
    return SimParams(connectors=2, dc=False, meter_interval=0.5, auto_sessions=False,
                     fault_prob=0, disconnect_prob=0, reconnect_min=0.1, reconnect_max=0.3,
                     response_timeout=5.0, firmware_step=0.01, plug_delay=(0.01, 0.02),
                     session_range=(3600.0, 3600.0), time_scale=3600.0)


@asynccontextmanager
async def simulated(server: Any, url: str, respond: str = "Accepted", cp_id: str = CP,
                    sim: SimChargePoint201 | None = None) -> AsyncIterator[SimChargePoint201]:
    """The simulator (a new one, or ``sim`` again), connected and booted (every EVSE
    reported)."""
    if sim is None:
        sim = SimChargePoint201(cp_id, params=_params(),
                                behaviour=Behaviour(respond=respond), seed=3)
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
        # a report with a message the CSMS cannot read stores none of its messages
        from ocpp.v201 import call

        good = {"id": 20, "priority": "NormalCycle",
                "message": {"format": "ASCII", "content": "ok"}}
        bad = {**good, "id": 21, "start_date_time": "next tuesday"}
        answer = await sim._call(call.NotifyDisplayMessages(request_id=77,
                                                            message_info=[good, bad]))
        assert answer is None  # a CALLERROR
        assert _rows() == {}
    flushed(services)
    assert _logged("NotifyDisplayMessages") == 2 * 5  # 2 + 1 + 1 parts + the bad one


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


# ---------------------------------------------------------------- transactions
def _tariff() -> None:
    Tariff.create(name="Standard", price_per_kwh=Decimal("10.00"), currency="THB",
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))


async def _charging(commands: Commands, sim: SimChargePoint201, evse: int = 1) -> str:
    """A remote-started session on ``evse``, charging with energy stored; its id."""
    assert (await commands.remote_start(CP, evse, "TAG-1")).ok
    c = sim.connector(evse)
    assert c is not None
    await eventually(lambda: c.in_transaction and Transaction.select().where(
        (Transaction.transaction_id == str(c.tx_id))
        & (Transaction.charging_state == "Charging")).exists(), timeout=10)
    return str(c.tx_id)


async def test_total_cost_on_ended_reaches_the_station(services, server, url):
    _tariff()
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with simulated(server, url) as sim:
        tx_id = await _charging(commands, sim)
        await asyncio.sleep(0.3)  # some energy
        assert (await commands.remote_stop(CP, tx_id)).ok
        await eventually(lambda: tx_id in sim.final_costs, timeout=10)
    tx = Transaction.get(Transaction.transaction_id == tx_id)
    assert tx.status == TransactionStatus.COMPLETED and tx.total_energy > 0
    assert tx.total_cost == (Decimal(str(tx.total_energy)) * 10).quantize(Decimal("0.01"))
    assert sim.final_costs[tx_id] == float(tx.total_cost) > 0


class _Recording(Commands):
    """Commands that remember every CostUpdated asked for."""

    def __init__(self, server: Any) -> None:
        super().__init__(server)
        self.cost_calls: list[tuple[str, str, float]] = []

    async def cost_updated(self, cp_id: str, transaction_id: str, total_cost: float) -> Any:
        self.cost_calls.append((cp_id, transaction_id, total_cost))
        return await super().cost_updated(cp_id, transaction_id, total_cost)


async def test_cost_updated_goes_to_charging_stations_only(services, server, url):
    _tariff()
    IdTag.create(id_tag="TAG-1")
    IdTag.create(id_tag="TAG-16")
    commands = _Recording(server)
    follow = v201_followup.TransactionFollowUp(services, commands, interval=lambda: 0.2)
    try:
        async with simulated(server, url) as sim, connect16(url, "CP16") as cp16:
            assert (await cp16.boot()).status == "Accepted"
            started = await cp16.start_tx(1, "TAG-16", 1000)
            tx16 = str(started.transaction_id)
            tx_id = await _charging(commands, sim)
            start = Transaction.get(Transaction.transaction_id == tx_id).start_time
            # EVSE 2: a transaction that is not charging (EV connected, no energy yet)
            services.charging.start_transaction(CP, 2, None, 0.0, start,
                                                transaction_id="IDLE-2")
            Transaction.update(charging_state="EVConnected").where(
                Transaction.transaction_id == "IDLE-2").execute()
            # the 1.6 session looks like a charging one, but 1.6 has no CostUpdated
            Transaction.update(charging_state="Charging").where(
                Transaction.transaction_id == tx16).execute()
            loop = asyncio.create_task(follow.run())
            try:
                await eventually(lambda: follow.costs_sent >= 2 and sim.costs.get(tx_id),
                                 timeout=10)
            finally:
                loop.cancel()
            assert {(cp, t) for cp, t, _ in commands.cost_calls} == {(CP, tx_id)}
            assert set(sim.costs) == {tx_id} and sim.costs[tx_id] > 0
            # the running cost follows the energy: 10 THB per kWh stored so far
            row = Transaction.get(Transaction.transaction_id == tx_id)
            priced = v201_followup.running_cost(row, services.settings.time_zone,
                                                datetime.now(UTC))
            assert priced is not None and priced[0].total >= Decimal(str(sim.costs[tx_id]))
            # switched off: nothing more is sent
            follow.interval = lambda: 0
            before = len(commands.cost_calls)
            loop = asyncio.create_task(follow.run())
            await asyncio.sleep(0.6)
            loop.cancel()
            assert len(commands.cost_calls) == before
            # a refusing station (NotSupported) is counted as not sent
            sim.behaviour = Behaviour(respond="Rejected")
            assert await follow.send_costs() == 0
            refused = await commands.cost_updated(CP, tx_id, 1.0)
            assert (refused.outcome, refused.status) == (Outcome.NOT_SUPPORTED, "NotSupported")
            sim.behaviour = Behaviour(respond="silent")
            silent = await commands.cost_updated(CP, tx_id, 1.0)
            assert silent.outcome == Outcome.TIMED_OUT
    finally:
        follow.close()


async def test_reconciliation_after_reconnect(services, server, url):
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    follow = v201_followup.TransactionFollowUp(services, commands, delay_s=0.1,
                                               retry_s=0.1, retries=1)
    try:
        async with simulated(server, url) as sim:
            await eventually(lambda: CP in follow.checks)  # the first boot: nothing open
            assert follow.checks.pop(CP) == []
            running = await _charging(commands, sim)
        # while the station is away, the CSMS still has a transaction it never ended (on
        # no EVSE yet: no status of the station says it is free)
        start = Transaction.get(Transaction.transaction_id == running).start_time
        services.charging.start_transaction(CP, 0, None, 0.0, start, transaction_id="LOST-2")
        async with simulated(server, url, sim=sim):
            await eventually(lambda: CP in follow.checks, timeout=10)
            checks = {c.transaction_id: c.verdict for c in follow.checks[CP]}
            assert checks == {running: v201_followup.ONGOING,
                              "LOST-2": v201_followup.ABANDONED}
            flushed(services)
            sent = [p for a, p in _received(sim) if a == "GetTransactionStatus"]
            assert {p["transactionId"] for p in sent} == {running, "LOST-2"}
            lost = Transaction.get(Transaction.transaction_id == "LOST-2")
            assert (lost.zombie, lost.status) == (True, TransactionStatus.ACTIVE)
            assert not Transaction.get(Transaction.transaction_id == running).zombie
            note = Notification.get(Notification.title == "Transaction LOST-2 looks abandoned")
            assert "nothing queued" in note.message
            # messages still queued at the station: asked again, then left alone
            services.charging.start_transaction(CP, 0, None, 0.0, start,
                                                transaction_id="LATE-3")
            Transaction.update(status=TransactionStatus.COMPLETED).where(
                Transaction.transaction_id == "LOST-2").execute()
            sim.queued_messages = 2
            assert await follow.reconcile(CP) == [
                v201_followup.TxCheck(running, v201_followup.ONGOING,
                                      "messages queued, transaction ongoing"),
                v201_followup.TxCheck("LATE-3", v201_followup.QUEUED, "messages still queued")]
            assert not Transaction.get(Transaction.transaction_id == "LATE-3").zombie
            # refused / not answered: nothing changes
            sim.behaviour = Behaviour(respond="Rejected")
            assert [c.verdict for c in await follow.reconcile(CP)] == [
                v201_followup.UNANSWERED] * 2
            sim.behaviour = Behaviour(respond="silent")
            assert [c.verdict for c in await follow.reconcile(CP)] == [
                v201_followup.UNANSWERED] * 2
            assert not Transaction.get(Transaction.transaction_id == "LATE-3").zombie
    finally:
        follow.close()


def _received(sim: SimChargePoint201) -> list[tuple[str, dict[str, Any]]]:
    """GetTransactionStatus CALLs the station received, from the message log."""
    flushed_rows = OCPPMessage.select().where(
        (OCPPMessage.charge_point_id == sim.id) & (OCPPMessage.action == "GetTransactionStatus")
        & (OCPPMessage.kind == "CALL"))
    return [(str(r.action), r.payload) for r in flushed_rows]


def test_cost_update_interval_is_off_by_default_and_checked():
    from csms_desktop.services.settings import SiteSettings

    assert SiteSettings().cost_update_interval == 0
    assert "cost_update_interval" not in SiteSettings(cost_update_interval=60).validate()
    assert "cost_update_interval" in SiteSettings(cost_update_interval=5).validate()
    assert "cost_update_interval" in SiteSettings(cost_update_interval=-1).validate()



# ---------------------------------------------------------------- reports and variables
def _stored() -> set[tuple[str, int | None, str]]:
    return {(v.component, v.evse_id, v.variable) for v in ChargePointVariable.select().where(
        ChargePointVariable.charge_point == CP)}


async def test_get_report_with_criteria(services, server, url):
    commands = Commands(server)
    async with simulated(server, url) as sim:
        sim.report_chunk = 2
        result = await commands.get_report(CP, variables=[
            {"component": "OCPPCommCtrlr"},
            {"component": "EVSE", "evse": 1, "variable": "Power"}])
        assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Accepted")
        want = {("OCPPCommCtrlr", None, "HeartbeatInterval"),
                ("OCPPCommCtrlr", None, "OfflineThreshold"),
                ("OCPPCommCtrlr", None, "ResetRetries"),
                # the slot order of SetNetworkProfile (issue 15's security-profile upgrade)
                ("OCPPCommCtrlr", None, "NetworkConfigurationPriority"),
                ("OCPPCommCtrlr[Default]", None, "MessageTimeout"), ("EVSE", 1, "Power")}
        await eventually(lambda: _stored() == want)
        power = ChargePointVariable.get(ChargePointVariable.variable == "Power")
        assert power.value == "22000" and power.readonly

        # components meeting a criterion (Enabled = true), here limited to two of them
        enabled = await commands.get_report(CP, criteria=["Enabled"], variables=[
            {"component": "AuthCacheCtrlr"}, "SmartChargingCtrlr.Enabled",
            {"component": "EVSE", "evse": 2}])
        assert enabled.ok
        await eventually(lambda: {("AuthCacheCtrlr", None, "Enabled"),
                                  ("SmartChargingCtrlr", None, "Enabled")} <= _stored())
        assert not any(c == "EVSE" and e == 2 for c, e, _ in _stored())
        empty = await commands.get_report(CP, variables=[{"component": "NoSuchCtrlr"}])
        assert (empty.outcome, empty.status) == (Outcome.ACCEPTED, "EmptyResultSet")
        bad = await commands.get_report(CP, criteria=["Broken"])
        assert (bad.outcome, bad.status) == (Outcome.ERROR, "BadRequest")

        # without a transaction: only whether messages are queued
        status = await commands.get_transaction_status(CP)
        assert status.data == {"messages_in_queue": False, "ongoing": None}

        sim.behaviour = Behaviour(respond="Rejected")
        no = await commands.get_report(CP, criteria=["Available"])
        assert (no.outcome, no.status) == (Outcome.REJECTED, "Rejected")
        refused = await commands.get_transaction_status(CP)
        assert refused.outcome == Outcome.NOT_SUPPORTED
        sim.behaviour = Behaviour(respond="silent")
        assert (await commands.get_report(CP, criteria=["Available"])).outcome == \
            Outcome.TIMED_OUT
    flushed(services)
    assert _logged("NotifyReport") == 2 * 4  # 3 + 1 parts


async def test_set_and_get_several_variables_in_one_call(services, server, url):
    commands = Commands(server)
    async with simulated(server, url) as sim:
        ok = await commands.set_variables(CP, [
            {"component": "OCPPCommCtrlr", "variable": "HeartbeatInterval", "value": 120},
            {"component": "SampledDataCtrlr", "variable": "TxUpdatedInterval", "value": "30"}])
        assert (ok.outcome, ok.status) == (Outcome.ACCEPTED, "Accepted")
        assert [(r["variable"], r["status"]) for r in ok.data["results"]] == [
            ("HeartbeatInterval", "Accepted"), ("TxUpdatedInterval", "Accepted")]
        assert sim.heartbeat_interval == 120 and sim.meter_interval == 30

        mixed = await commands.set_variables(CP, [
            {"component": "OCPPCommCtrlr", "variable": "ResetRetries", "value": "2"},
            {"component": "ChargingStation", "variable": "Model", "value": "Other"},
            {"component": "Nope", "variable": "X", "value": "1"}])
        assert (mixed.outcome, mixed.status) == (Outcome.REJECTED, "PartlyRejected")
        assert [r["status"] for r in mixed.data["results"]] == [
            "Accepted", "Rejected", "UnknownComponent"]
        assert "ChargingStation.Model (Rejected)" in mixed.detail

        read = await commands.get_variables(CP, [
            "OCPPCommCtrlr.HeartbeatInterval",
            {"component": "EVSE", "evse": 2, "variable": "Power"},
            {"component": "OCPPCommCtrlr", "variable": "ResetRetries"}])
        assert read.ok, read
        assert [(r["component"], r.get("evse"), r["variable"], r["value"])
                for r in read.data["results"]] == [
            ("OCPPCommCtrlr", None, "HeartbeatInterval", "120"),
            ("EVSE", 2, "Power", "22000"), ("OCPPCommCtrlr", None, "ResetRetries", "2")]
        # what was set and read is stored with the device model's rows (not the refused)
        stored = {(v.component, v.evse_id, v.variable): v.value
                  for v in ChargePointVariable.select().where(
                      ChargePointVariable.charge_point == CP)}
        assert stored == {("OCPPCommCtrlr", None, "HeartbeatInterval"): "120",
                          ("SampledDataCtrlr", None, "TxUpdatedInterval"): "30",
                          ("OCPPCommCtrlr", None, "ResetRetries"): "2",
                          ("EVSE", 2, "Power"): "22000"}
        unknown = await commands.get_variables(CP, ["Nope.X", "OCPPCommCtrlr.ResetRetries"])
        assert (unknown.outcome, unknown.status) == (Outcome.REJECTED, "PartlyRejected")

        no_value = await commands.set_variables(CP, [{"component": "A", "variable": "B"}])
        assert (no_value.outcome, no_value.status) == (Outcome.ERROR, "BadRequest")
        assert (await commands.get_variables(CP, ["NoComponent"])).status == "BadRequest"

        sim.behaviour = Behaviour(respond="Rejected")
        refused = await commands.set_variables(CP, [
            {"component": "OCPPCommCtrlr", "variable": "HeartbeatInterval", "value": "60"},
            {"component": "OCPPCommCtrlr", "variable": "ResetRetries", "value": "3"}])
        assert (refused.outcome, refused.status) == (Outcome.REJECTED, "Rejected")
        assert sim.heartbeat_interval == 120
        sim.behaviour = Behaviour(respond="silent")
        assert (await commands.get_variables(CP, ["OCPPCommCtrlr.ResetRetries"])).outcome == \
            Outcome.TIMED_OUT



# ---------------------------------------------------------------- customer information
def _parts(request_id: int) -> list[tuple[int, bool]]:
    q = (CustomerInformationPart.select().where(
        (CustomerInformationPart.charge_point_id == CP)
        & (CustomerInformationPart.request_id == request_id))
        .order_by(CustomerInformationPart.seq_no))
    return [(r.seq_no, r.tbc) for r in q]


async def test_customer_information_report_and_clear(services, server, url):
    from ocpp.v201 import call

    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with simulated(server, url) as sim:
        assert (await commands.send_local_list(CP, 3, [{"id_tag": "TAG-1",
                                                        "status": "Accepted"}])).ok
        for n in range(4):
            sim.remember_customer("TAG-1", f"session s-{n:02d} on EVSE 1, 12.5 kWh")
        report = await commands.customer_information(CP, report=True, clear=False,
                                                     id_tag="TAG-1")
        assert (report.outcome, report.status) == (Outcome.ACCEPTED, "Accepted")
        rid = report.data["request_id"]
        body = "TAG-1: local list: Accepted; " + "; ".join(
            f"session s-{n:02d} on EVSE 1, 12.5 kWh" for n in range(4))
        await eventually(lambda: len(_parts(rid)) == 2)  # 100 characters a part
        assert _parts(rid) == [(0, True), (1, False)]
        assert customer_information(CP, rid) == body
        # a part sent again is kept once
        await sim._call(call.NotifyCustomerInformation(data="again", seq_no=1,
                                                       generated_at="2030-01-01T00:00:00Z",
                                                       request_id=rid))
        assert customer_information(CP, rid) == body

        # clear only: the station forgets the driver (local list entry too)
        cleared = await commands.customer_information(CP, report=False, clear=True,
                                                      id_tag="TAG-1")
        assert cleared.ok and "TAG-1" not in sim.customer_log
        assert "TAG-1" not in sim.local_list
        again = await commands.customer_information(CP, report=True, clear=True,
                                                    customer_identifier="TAG-1")
        assert again.ok
        await eventually(lambda: customer_information(CP, again.data["request_id"])
                         == "TAG-1: no data")

        both = await commands.customer_information(CP, report=True, clear=False,
                                                   id_tag="TAG-1", customer_identifier="x")
        assert (both.outcome, both.status) == (Outcome.ERROR, "BadRequest")
        neither = await commands.customer_information(CP, report=False, clear=False,
                                                      id_tag="TAG-1")
        assert (neither.outcome, neither.status) == (Outcome.ERROR, "BadRequest")

        sim.behaviour = Behaviour(respond="Rejected")
        no = await commands.customer_information(CP, report=True, clear=False,
                                                 id_tag="TAG-1", request_id=900)
        assert (no.outcome, no.status) == (Outcome.REJECTED, "Rejected")
        sim.behaviour = Behaviour(respond="silent")
        silent = await commands.customer_information(CP, report=True, clear=False,
                                                     id_tag="TAG-1", request_id=901)
        assert silent.outcome == Outcome.TIMED_OUT
        await asyncio.sleep(0.2)
        assert _parts(900) == _parts(901) == []



# ---------------------------------------------------------------- monitoring
def _monitors() -> dict[int, tuple[Any, ...]]:
    return {m.monitor_id: (m.component, m.evse_id, m.variable, m.monitor_type, m.value,
                           m.severity, m.transaction, m.source)
            for m in VariableMonitor.select().where(VariableMonitor.charge_point_id == CP)}


POWER = {"component": "EVSE", "evse": 1, "variable": "Power"}
HEARTBEAT = {"component": "OCPPCommCtrlr", "variable": "HeartbeatInterval"}


async def test_variable_monitoring_accepted(services, server, url):
    commands = Commands(server)
    async with simulated(server, url) as sim:
        mixed = await commands.set_variable_monitoring(CP, [
            {**POWER, "type": "UpperThreshold", "value": 20000, "severity": 4},
            {**HEARTBEAT, "type": "Delta", "value": 10, "severity": 8, "transaction": True},
            {"component": "Nope", "variable": "X", "type": "Delta", "value": 1},
            {**HEARTBEAT, "type": "PeriodicClockAligned", "value": 900}])
        assert (mixed.outcome, mixed.status) == (Outcome.REJECTED, "PartlyRejected")
        results = mixed.data["results"]
        assert [r["status"] for r in results] == [
            "Accepted", "Accepted", "UnknownComponent", "UnsupportedMonitorType"]
        power_id, hb_id = results[0]["id"], results[1]["id"]
        assert sim.monitors[power_id]["monitor"]["value"] == 20000
        assert _monitors() == {
            power_id: ("EVSE", 1, "Power", "UpperThreshold", 20000.0, 4, False, "csms"),
            hb_id: ("OCPPCommCtrlr", None, "HeartbeatInterval", "Delta", 10.0, 8, True,
                    "csms")}

        threshold = await commands.get_monitoring_report(CP, criteria=["ThresholdMonitoring"])
        assert (threshold.outcome, threshold.status) == (Outcome.ACCEPTED, "Accepted")
        await eventually(lambda: _monitors()[power_id][-1] == "station")
        assert _monitors()[hb_id][-1] == "csms"
        only = await commands.get_monitoring_report(CP, variables=[HEARTBEAT])
        assert only.ok
        await eventually(lambda: _monitors()[hb_id][-1] == "station")

        cleared = await commands.clear_variable_monitoring(CP, [power_id, 999])
        assert (cleared.outcome, cleared.status) == (Outcome.REJECTED, "PartlyRejected")
        assert cleared.data["results"] == [{"id": power_id, "status": "Accepted"},
                                           {"id": 999, "status": "NotFound"}]
        assert set(_monitors()) == {hb_id} and set(sim.monitors) == {hb_id}

        # the station lost a monitor and has a new one: a full report says so
        del sim.monitors[hb_id]
        sim.report_chunk = 1
        added = await commands.set_variable_monitoring(CP, [
            {**POWER, "type": "LowerThreshold", "value": 100, "severity": 2},
            {**HEARTBEAT, "type": "Periodic", "value": 3600, "severity": 9}])
        assert added.ok, added
        low_id, periodic_id = (r["id"] for r in added.data["results"])
        assert (await commands.get_monitoring_report(CP)).ok
        await eventually(lambda: set(_monitors()) == {low_id, periodic_id}
                         and {m[-1] for m in _monitors().values()} == {"station"})

        level = await commands.set_monitoring_level(CP, 3)
        assert level.ok and sim.monitoring_level == 3
        base = await commands.set_monitoring_base(CP, "FactoryDefault")
        assert base.ok and sim.monitors == {}
        empty = await commands.get_monitoring_report(CP)
        assert (empty.outcome, empty.status) == (Outcome.ACCEPTED, "EmptyResultSet")
        assert _monitors() == {}

        for bad in (await commands.set_monitoring_level(CP, 10),
                    await commands.set_monitoring_base(CP, "Everything"),
                    await commands.set_variable_monitoring(CP, [{**POWER, "type": "Bigger",
                                                                 "value": 1}]),
                    await commands.set_variable_monitoring(CP, [{**POWER,
                                                                 "type": "Delta"}]),
                    await commands.get_monitoring_report(CP, criteria=["Sometimes"])):
            assert (bad.outcome, bad.status) == (Outcome.ERROR, "BadRequest"), bad
    flushed(services)
    assert _logged("NotifyMonitoringReport") == 2 * 4  # 1 + 1 + 2 parts


async def test_variable_monitoring_refused_and_not_answered(services, server, url):
    commands = Commands(server)
    async with simulated(server, url, respond="Rejected") as sim:
        set_ = await commands.set_variable_monitoring(CP, [
            {**POWER, "type": "UpperThreshold", "value": 20000}])
        assert (set_.outcome, set_.status) == (Outcome.REJECTED, "Rejected")
        clear = await commands.clear_variable_monitoring(CP, [1])
        assert (clear.outcome, clear.status) == (Outcome.REJECTED, "Rejected")
        report = await commands.get_monitoring_report(CP)
        assert (report.outcome, report.status) == (Outcome.REJECTED, "Rejected")
        base = await commands.set_monitoring_base(CP, "All")
        level = await commands.set_monitoring_level(CP, 5)
        assert [(r.outcome, r.status) for r in (base, level)] == [
            (Outcome.REJECTED, "Rejected")] * 2
        assert sim.monitors == {} and _monitors() == {}
        sim.behaviour = Behaviour(respond="silent")
        silent = [await commands.set_variable_monitoring(CP, [
                      {**POWER, "type": "UpperThreshold", "value": 1}]),
                  await commands.clear_variable_monitoring(CP, [1]),
                  await commands.get_monitoring_report(CP),
                  await commands.set_monitoring_base(CP, "All"),
                  await commands.set_monitoring_level(CP, 5)]
        assert [r.outcome for r in silent] == [Outcome.TIMED_OUT] * 5
    assert _monitors() == {}


# ---------------------------------------------------------------- field coverage
TX_DEFAULT = {"purpose": "TxDefaultProfile", "kind": "Absolute", "unit": "A",
              "periods": [(0, 16)], "start_schedule": WHEN}


def _reported(services: Any, request_id: int) -> list[int]:
    from csms_desktop.protocol.v201.state import state_of

    track = state_of(services).reports.get(("ReportChargingProfiles", CP, request_id))
    return sorted(p["id"] for p in track.items) if track is not None and track.done else []


async def test_field_coverage_connector_type_and_profile_criteria(services, server, url):
    commands = Commands(server)
    expiry = datetime.now(UTC) + timedelta(hours=1)
    async with simulated(server, url) as sim:
        one = await commands.change_availability(CP, 2, False, ocpp_connector_id=1)
        assert (one.outcome, one.status) == (Outcome.ACCEPTED, "Accepted")
        assert not sim.connector(2).operative and sim.connector(1).operative
        other = await commands.change_availability(CP, 1, False, ocpp_connector_id=2)
        assert (other.outcome, other.status) == (Outcome.REJECTED, "Rejected")

        # any EVSE with a Type 2 socket: EVSE 1 (EVSE 2 is out of service)
        typed = await commands.reserve_now(CP, None, expiry, "TAG-1", 7,
                                           connector_type="cType2")
        assert (typed.outcome, typed.status) == (Outcome.ACCEPTED, "Accepted")
        await eventually(lambda: sim.connector(1).reservation is not None)
        assert sim.connector(1).reservation.id == 7
        ccs = await commands.reserve_now(CP, None, expiry, "TAG-1", 8,
                                         connector_type="cCCS2")
        assert (ccs.outcome, ccs.status) == (Outcome.REJECTED, "Rejected")

        for profile_id, level in ((5, 2), (6, 3)):
            assert (await commands.set_charging_profile(CP, 1, {
                **TX_DEFAULT, "id": profile_id, "stack_level": level})).ok
        found = await commands.get_charging_profiles(CP, 80, 1, purpose="TxDefaultProfile",
                                                     stack_level=3)
        assert (found.outcome, found.status) == (Outcome.ACCEPTED, "Accepted")
        await eventually(lambda: _reported(services, 80) == [6])
        assert (await commands.get_charging_profiles(CP, 81, profile_ids=[5, 6],
                                                     sources=["CSO"])).ok
        await eventually(lambda: _reported(services, 81) == [5, 6])
        for none in (await commands.get_charging_profiles(CP, 82, profile_ids=[99]),
                     await commands.get_charging_profiles(CP, 83, sources=["EMS"])):
            assert (none.outcome, none.status) == (Outcome.ACCEPTED, "NoProfiles")

        sim.behaviour = Behaviour(respond="Rejected")
        refused = [await commands.change_availability(CP, 1, True, ocpp_connector_id=1),
                   await commands.reserve_now(CP, None, expiry, "TAG-1", 9,
                                              connector_type="cType2")]
        assert [(r.outcome, r.status) for r in refused] == [(Outcome.REJECTED, "Rejected")] * 2
        assert (await commands.get_charging_profiles(CP, 84, purpose="TxDefaultProfile")
                ).status == "NoProfiles"
        sim.behaviour = Behaviour(respond="silent")
        silent = [await commands.change_availability(CP, 1, True, ocpp_connector_id=1),
                  await commands.reserve_now(CP, None, expiry, "TAG-1", 9,
                                             connector_type="cType2"),
                  await commands.get_charging_profiles(CP, 85, stack_level=1)]
        assert [r.outcome for r in silent] == [Outcome.TIMED_OUT] * 3
    flushed(services)
    sent = {r.payload["requestId"]: r.payload for r in OCPPMessage.select().where(
        (OCPPMessage.charge_point_id == CP) & (OCPPMessage.action == "GetChargingProfiles")
        & (OCPPMessage.kind == "CALL"))}
    assert sent[80] == {"requestId": 80, "evseId": 1, "chargingProfile": {
        "chargingProfilePurpose": "TxDefaultProfile", "stackLevel": 3}}
    assert sent[81]["chargingProfile"] == {"chargingProfileId": [5, 6],
                                           "chargingLimitSource": ["CSO"]}


async def test_monitor_events_notify_as_the_operator_chose(services, server, url):
    from ocpp.v201 import call

    commands = Commands(server)
    async with simulated(server, url) as sim:
        result = await commands.set_variable_monitoring(CP, [
            {**POWER, "type": "UpperThreshold", "value": 20000, "severity": 2,
             "notify": False},
            {**HEARTBEAT, "type": "Delta", "value": 10, "severity": 8, "notify": True}])
        assert result.ok, result
        power_id, hb_id = (r["id"] for r in result.data["results"])
        assert [m.notify for m in VariableMonitor.select().order_by(
            VariableMonitor.monitor_id)] == [False, True]
        # a report from the station keeps the operator's choice
        assert (await commands.get_monitoring_report(CP)).ok
        await eventually(lambda: all(m.source == "station" for m in VariableMonitor.select()))
        assert {m.monitor_id: m.notify for m in VariableMonitor.select()} == {
            power_id: False, hb_id: True}

        def event(n: int, trigger: str, value: str, component: dict[str, Any],
                  variable: str, monitor: int) -> dict[str, Any]:
            return {"event_id": n, "timestamp": "2030-01-01T00:00:00Z", "trigger": trigger,
                    "actual_value": value, "component": component,
                    "variable": {"name": variable}, "variable_monitoring_id": monitor,
                    "event_notification_type": "CustomMonitor"}

        answer = await sim._call(call.NotifyEvent(
            generated_at="2030-01-01T00:00:00Z", seq_no=0, event_data=[
                event(1, "Alerting", "23000", {"name": "EVSE", "evse": {"id": 1}}, "Power",
                      power_id),
                event(2, "Delta", "120", {"name": "OCPPCommCtrlr"}, "HeartbeatInterval",
                      hb_id),
                event(3, "Alerting", "1", {"name": "EVSE", "evse": {"id": 2}}, "Power", 999)]))
        assert answer is not None
    titles = sorted(n.title for n in Notification.select().where(
        (Notification.charge_point_id == CP) & Notification.title.startswith(f"{CP}: ")))
    # the Power alert of monitor power_id is muted; the Delta of hb_id notifies; the
    # unknown monitor's alert follows the default rule
    assert titles == [f"{CP}: EVSE/2.Power", f"{CP}: OCPPCommCtrlr.HeartbeatInterval"]
    note = Notification.get(Notification.title == f"{CP}: OCPPCommCtrlr.HeartbeatInterval")
    assert f"[monitor {hb_id}]" in note.message
