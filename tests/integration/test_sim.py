"""The charge point simulator against a small in-test CSMS built with the ocpp library.

Every CSMS command of OCPP 1.6 and 2.0.1 is sent to a simulated charger with behaviour
Accepted (natural answers), Rejected (negative answers) and silent (no answer: timeout);
full sessions must reach the CSMS with increasing energy registers.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ocpp.v16 import ChargePoint as CP16
from ocpp.v16 import call as c16
from ocpp.v16 import call_result as r16
from ocpp.v16.enums import Action as A16
from ocpp.v201 import ChargePoint as CP201
from ocpp.v201 import call as c201
from ocpp.v201 import call_result as r201
from ocpp.v201.enums import Action as A201
from websockets.asyncio.server import ServerConnection, serve

from csms_desktop.sim import Behaviour, SimChargePoint16, SimChargePoint201, SimFleet, SimParams
from csms_desktop.sim.transport import on  # ocpp.routing.on, typed

pytestmark = pytest.mark.timeout(60)

Record = tuple[str, str, dict[str, Any]]  # (charger id, action, payload)


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _later(hours: float = 1.0) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat().replace("+00:00", "Z")


class Log:
    def __init__(self) -> None:
        self.items: list[Record] = []

    def add(self, cp_id: str, action: str, payload: dict[str, Any]) -> None:
        self.items.append((cp_id, action, payload))

    def of(self, cp_id: str, action: str) -> list[dict[str, Any]]:
        return [p for c, a, p in self.items if c == cp_id and a == action]

    async def wait(self, cond: Callable[[], Any], timeout: float = 5.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = cond()
            if got:
                return got
            await asyncio.sleep(0.02)
        raise AssertionError("condition not met in time")


class Csms16(CP16):  # type: ignore[misc]
    log: Log

    def _rec(self, action: str, kw: dict[str, Any]) -> None:
        self.log.add(self.id, action, kw)

    @on(A16.boot_notification)
    def boot(self, **kw: Any) -> Any:
        self._rec("BootNotification", kw)
        return r16.BootNotification(current_time=_now(), interval=30, status="Accepted")

    @on(A16.heartbeat)
    def heartbeat(self, **kw: Any) -> Any:
        self._rec("Heartbeat", kw)
        return r16.Heartbeat(current_time=_now())

    @on(A16.status_notification)
    def status(self, **kw: Any) -> Any:
        self._rec("StatusNotification", kw)
        return r16.StatusNotification()

    @on(A16.authorize)
    def authorize(self, **kw: Any) -> Any:
        self._rec("Authorize", kw)
        return r16.Authorize(id_tag_info={"status": "Accepted"})

    @on(A16.start_transaction)
    def start_tx(self, **kw: Any) -> Any:
        self._rec("StartTransaction", kw)
        return r16.StartTransaction(transaction_id=1000 + len(self.log.items),
                                    id_tag_info={"status": "Accepted"})

    @on(A16.stop_transaction)
    def stop_tx(self, **kw: Any) -> Any:
        self._rec("StopTransaction", kw)
        return r16.StopTransaction(id_tag_info={"status": "Accepted"})

    @on(A16.meter_values)
    def meter(self, **kw: Any) -> Any:
        self._rec("MeterValues", kw)
        return r16.MeterValues()

    @on(A16.firmware_status_notification)
    def fw(self, **kw: Any) -> Any:
        self._rec("FirmwareStatusNotification", kw)
        return r16.FirmwareStatusNotification()

    @on(A16.diagnostics_status_notification)
    def diag(self, **kw: Any) -> Any:
        self._rec("DiagnosticsStatusNotification", kw)
        return r16.DiagnosticsStatusNotification()


class Csms201(CP201):  # type: ignore[misc]
    log: Log

    def _rec(self, action: str, kw: dict[str, Any]) -> None:
        self.log.add(self.id, action, kw)

    @on(A201.boot_notification)
    def boot(self, **kw: Any) -> Any:
        self._rec("BootNotification", kw)
        return r201.BootNotification(current_time=_now(), interval=30, status="Accepted")

    @on(A201.heartbeat)
    def heartbeat(self, **kw: Any) -> Any:
        self._rec("Heartbeat", kw)
        return r201.Heartbeat(current_time=_now())

    @on(A201.status_notification)
    def status(self, **kw: Any) -> Any:
        self._rec("StatusNotification", kw)
        return r201.StatusNotification()

    @on(A201.authorize)
    def authorize(self, **kw: Any) -> Any:
        self._rec("Authorize", kw)
        return r201.Authorize(id_token_info={"status": "Accepted"})

    @on(A201.transaction_event)
    def tx_event(self, **kw: Any) -> Any:
        self._rec("TransactionEvent", kw)
        return r201.TransactionEvent(id_token_info={"status": "Accepted"})

    @on(A201.meter_values)
    def meter(self, **kw: Any) -> Any:
        self._rec("MeterValues", kw)
        return r201.MeterValues()

    @on(A201.notify_report)
    def report(self, **kw: Any) -> Any:
        self._rec("NotifyReport", kw)
        return r201.NotifyReport()

    @on(A201.firmware_status_notification)
    def fw(self, **kw: Any) -> Any:
        self._rec("FirmwareStatusNotification", kw)
        return r201.FirmwareStatusNotification()

    @on(A201.log_status_notification)
    def logstatus(self, **kw: Any) -> Any:
        self._rec("LogStatusNotification", kw)
        return r201.LogStatusNotification()

    @on(A201.report_charging_profiles)
    def profiles(self, **kw: Any) -> Any:
        self._rec("ReportChargingProfiles", kw)
        return r201.ReportChargingProfiles()


class Server:
    def __init__(self, cls: type[Any], log: Log) -> None:
        self.cls, self.log = cls, log
        self.cps: dict[str, Any] = {}
        self.url = ""

    async def handler(self, conn: ServerConnection) -> None:
        assert conn.request is not None
        cp = self.cls(conn.request.path.strip("/"), conn, response_timeout=5)
        cp.log = self.log
        self.cps[cp.id] = cp
        try:
            await cp.start()
        except Exception:
            pass


@asynccontextmanager
async def csms(version: str) -> AsyncIterator[Server]:
    server = Server(Csms16 if version == "1.6" else Csms201, Log())
    proto = "ocpp1.6" if version == "1.6" else "ocpp2.0.1"
    async with serve(server.handler, "127.0.0.1", 0, subprotocols=[proto]) as ws_server:  # type: ignore[list-item]
        port = ws_server.sockets[0].getsockname()[1]
        server.url = f"ws://127.0.0.1:{port}"
        yield server


def fast_params(**kw: Any) -> SimParams:
    base: dict[str, Any] = dict(
        connectors=2, meter_interval=0.2, auto_sessions=False, plug_delay=(0.0, 0.02),
        fault_prob=0.0, disconnect_prob=0.0, firmware_step=0.02, reset_delay=0.1,
        response_timeout=5.0, time_scale=60.0, reconnect_min=0.1,
    )
    base.update(kw)
    return SimParams(**base)


@asynccontextmanager
async def running(sim: Any, server: Server) -> AsyncIterator[Any]:
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(server.url, stop=stop))
    try:
        await server.log.wait(lambda: server.log.of(sim.id, "BootNotification"))
        await server.log.wait(lambda: len(server.log.of(sim.id, "StatusNotification")) >= 2)
        yield server.cps[sim.id]
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


def grew(log: Log, cp_id: str, action: str, before: int) -> Callable[[], bool]:
    return lambda: len(log.of(cp_id, action)) > before


def energies16(log: Log, cp_id: str, tx: int) -> list[float]:
    out = []
    for mv in log.of(cp_id, "MeterValues"):
        if mv.get("transaction_id") == tx:
            for sv in mv["meter_value"][0]["sampled_value"]:
                if sv["measurand"] == "Energy.Active.Import.Register":
                    out.append(float(sv["value"]))
    return out


# ---------------------------------------------------------------------------- OCPP 1.6
async def _commands16(respond: str) -> None:
    async with csms("1.6") as server:
        log = server.log
        sim = SimChargePoint16(f"CP16{respond[0]}", params=fast_params(),
                               behaviour=Behaviour(respond=respond), seed=7)
        ok = respond == "Accepted"
        async with running(sim, server) as cp:
            sid = sim.id
            res = await cp.call(c16.GetConfiguration())
            keys = {k["key"]: k["value"] for k in res.configuration_key or []}
            if ok:
                assert keys["HeartbeatInterval"] == "30" and "MeterValueSampleInterval" in keys
            else:
                assert keys == {}
            res = await cp.call(c16.ChangeConfiguration(key="MeterValueSampleInterval", value="1"))
            assert res.status == ("Accepted" if ok else "Rejected")
            if ok:
                res = await cp.call(c16.ChangeConfiguration(key="NumberOfConnectors", value="3"))
                assert res.status == "Rejected"
                res = await cp.call(c16.ChangeConfiguration(key="NoSuchKey", value="1"))
                assert res.status == "NotSupported"
                await cp.call(c16.ChangeConfiguration(key="MeterValueSampleInterval", value="0"))
                await cp.call(c16.ChangeConfiguration(key="MeterValueSampleInterval", value="1"))
            assert (await cp.call(c16.ClearCache())).status == ("Accepted" if ok else "Rejected")
            res = await cp.call(c16.DataTransfer(vendor_id="acme", message_id="m", data="x"))
            assert res.status == ("Accepted" if ok else "Rejected")
            res = await cp.call(c16.SendLocalList(
                list_version=3, update_type="Full",
                local_authorization_list=[{"idTag": "T1", "idTagInfo": {"status": "Accepted"}}]))
            assert res.status == ("Accepted" if ok else "Failed")
            res = await cp.call(c16.GetLocalListVersion())
            assert res.list_version == (3 if ok else -1)

            for what, action in (("Heartbeat", "Heartbeat"), ("MeterValues", "MeterValues"),
                                 ("StatusNotification", "StatusNotification"),
                                 ("BootNotification", "BootNotification"),
                                 ("FirmwareStatusNotification", "FirmwareStatusNotification"),
                                 ("DiagnosticsStatusNotification",
                                  "DiagnosticsStatusNotification")):
                before = len(log.of(sid, action))
                res = await cp.call(c16.TriggerMessage(requested_message=what, connector_id=1))
                assert res.status == ("Accepted" if ok else "Rejected"), what
                if ok:
                    await log.wait(grew(log, sid, action, before))

            res = await cp.call(c16.ReserveNow(connector_id=1, expiry_date=_later(),
                                               id_tag="RES1", reservation_id=7))
            assert res.status == ("Accepted" if ok else "Rejected")
            if ok:
                await log.wait(lambda: any(s["status"] == "Reserved"
                                           for s in log.of(sid, "StatusNotification")))
            res = await cp.call(c16.CancelReservation(reservation_id=7))
            assert res.status == ("Accepted" if ok else "Rejected")
            res = await cp.call(c16.CancelReservation(reservation_id=99))
            assert res.status == "Rejected"

            res = await cp.call(c16.ChangeAvailability(connector_id=2, type="Inoperative"))
            assert res.status == ("Accepted" if ok else "Rejected")
            if ok:
                await log.wait(lambda: any(s["status"] == "Unavailable" and s["connector_id"] == 2
                                           for s in log.of(sid, "StatusNotification")))
            res = await cp.call(c16.ChangeAvailability(connector_id=2, type="Operative"))
            assert res.status == ("Accepted" if ok else "Rejected")

            profile = {"chargingProfileId": 5, "stackLevel": 1,
                       "chargingProfilePurpose": "TxDefaultProfile",
                       "chargingProfileKind": "Absolute",
                       "chargingSchedule": {"chargingRateUnit": "A",
                                            "chargingSchedulePeriod": [
                                                {"startPeriod": 0, "limit": 8.0}]}}
            res = await cp.call(c16.SetChargingProfile(connector_id=1,
                                                       cs_charging_profiles=profile))
            assert res.status == ("Accepted" if ok else "Rejected")
            res = await cp.call(c16.GetCompositeSchedule(connector_id=1, duration=600,
                                                         charging_rate_unit="A"))
            assert res.status == ("Accepted" if ok else "Rejected")
            if ok:
                periods = res.charging_schedule["charging_schedule_period"]
                assert float(periods[0]["limit"]) == 8.0
            res = await cp.call(c16.ClearChargingProfile(id=5))
            assert res.status == ("Accepted" if ok else "Unknown")
            res = await cp.call(c16.ClearChargingProfile(id=5))
            assert res.status == "Unknown"

            res = await cp.call(c16.UnlockConnector(connector_id=1))
            assert res.status == ("Unlocked" if ok else "UnlockFailed")

            await cp.call(c16.UpdateFirmware(location="http://127.0.0.1/fw.bin",
                                             retrieve_date=_now()))
            final = "Installed" if ok else "DownloadFailed"
            await log.wait(lambda: any(f["status"] == final
                                       for f in log.of(sid, "FirmwareStatusNotification")))
            res = await cp.call(c16.GetDiagnostics(location="ftp://127.0.0.1/diag"))
            if ok:
                assert res.file_name
                await log.wait(lambda: any(d["status"] == "Uploaded" for d in
                                           log.of(sid, "DiagnosticsStatusNotification")))
            else:
                assert res.file_name is None

            res = await cp.call(c16.RemoteStopTransaction(transaction_id=424242))
            assert res.status == "Rejected"
            tx_profile = {"chargingProfileId": 9, "stackLevel": 0,
                          "chargingProfilePurpose": "TxProfile",
                          "chargingProfileKind": "Relative",
                          "chargingSchedule": {"chargingRateUnit": "W",
                                               "chargingSchedulePeriod": [
                                                   {"startPeriod": 0, "limit": 3000.0}]}}
            res = await cp.call(c16.RemoteStartTransaction(id_tag="REMOTE1", connector_id=1,
                                                           charging_profile=tx_profile))
            assert res.status == ("Accepted" if ok else "Rejected")
            if ok:
                start = await log.wait(lambda: log.of(sid, "StartTransaction"))
                assert start[0]["id_tag"] == "REMOTE1"
                await log.wait(lambda: any(s["status"] == "Charging"
                                           for s in log.of(sid, "StatusNotification")))
                tx = await log.wait(lambda: sim.connectors[0].tx_id)
                await log.wait(lambda: len(energies16(log, sid, tx)) >= 2)
                for mv in log.of(sid, "MeterValues"):
                    if mv.get("transaction_id") == tx:
                        for sv in mv["meter_value"][0]["sampled_value"]:
                            if sv["measurand"] == "Power.Active.Import":
                                assert float(sv["value"]) <= 3000.0  # the TxProfile limits power
                res = await cp.call(c16.RemoteStopTransaction(transaction_id=tx))
                assert res.status == "Accepted"
                stop = await log.wait(lambda: log.of(sid, "StopTransaction"))
                assert stop[0]["reason"] == "Remote" and stop[0]["transaction_id"] == tx
                assert stop[0]["meter_stop"] >= start[0]["meter_start"]
                energies = energies16(log, sid, tx)
                assert energies == sorted(energies) and energies[-1] > energies[0]

            boots = len(log.of(sid, "BootNotification"))
            res = await cp.call(c16.Reset(type="Soft"))
            assert res.status == ("Accepted" if ok else "Rejected")
            if ok:
                await log.wait(lambda: len(log.of(sid, "BootNotification")) > boots)


def test_v16_commands_accepted() -> None:
    asyncio.run(_commands16("Accepted"))


def test_v16_commands_rejected() -> None:
    asyncio.run(_commands16("Rejected"))


async def _silent(version: str) -> None:
    async with csms(version) as server:
        cls = SimChargePoint16 if version == "1.6" else SimChargePoint201
        sim = cls("SILENT", params=fast_params(), behaviour=Behaviour(respond="silent"))
        async with running(sim, server) as cp:
            cp._response_timeout = 0.5
            payload = c16.ClearCache() if version == "1.6" else c201.ClearCache()
            with pytest.raises(asyncio.TimeoutError):
                await cp.call(payload)
            # the charger itself keeps working: its heartbeat is still answered
            trig = (c16.TriggerMessage(requested_message="Heartbeat") if version == "1.6"
                    else c201.TriggerMessage(requested_message="Heartbeat"))
            with pytest.raises(asyncio.TimeoutError):
                await cp.call(trig)
            assert sim.stats.ignored == 2


def test_silent_times_out() -> None:
    asyncio.run(_silent("1.6"))
    asyncio.run(_silent("2.0.1"))


async def _session16() -> None:
    async with csms("1.6") as server:
        log = server.log
        params = fast_params(connectors=1, auto_sessions=True, idle_range=(0.05, 0.1),
                             session_range=(1.4, 1.4))
        sim = SimChargePoint16("AUTO16", params=params, seed=3)
        async with running(sim, server):
            stop = await log.wait(lambda: log.of("AUTO16", "StopTransaction"), timeout=8)
            start = log.of("AUTO16", "StartTransaction")[0]
            assert log.of("AUTO16", "Authorize")[0]["id_tag"] == start["id_tag"]
            tx = stop[0]["transaction_id"]
            energies = energies16(log, "AUTO16", tx)
            assert len(energies) >= 3
            assert all(b > a for a, b in itertools.pairwise(energies))
            assert start["meter_start"] <= energies[0] <= energies[-1] <= stop[0]["meter_stop"] + 1
            def statuses() -> list[str]:
                return [s["status"] for s in log.of("AUTO16", "StatusNotification")
                        if s["connector_id"] == 1]

            await log.wait(lambda: statuses()[-1] == "Available")
            order = ["Available", "Preparing", "Charging", "Finishing", "Available"]
            it = iter(statuses())
            assert all(any(s == want for s in it) for want in order), statuses()


def test_v16_full_session() -> None:
    asyncio.run(_session16())


# ---------------------------------------------------------------------------- OCPP 2.0.1
def _var(component: str, variable: str, value: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"component": {"name": component}, "variable": {"name": variable}}
    if value is not None:
        d["attribute_value"] = value
    return d


async def _commands201(respond: str) -> None:
    async with csms("2.0.1") as server:
        log = server.log
        sim = SimChargePoint201(f"CP201{respond[0]}", params=fast_params(),
                                behaviour=Behaviour(respond=respond), seed=9)
        ok = respond == "Accepted"
        yes = "Accepted" if ok else "Rejected"
        async with running(sim, server) as cp:
            sid = sim.id
            boot = log.of(sid, "BootNotification")[0]
            assert boot["reason"] == "PowerUp" and boot["charging_station"]["vendor_name"]

            res = await cp.call(c201.GetVariables(get_variable_data=[
                _var("OCPPCommCtrlr", "HeartbeatInterval"), _var("Nope", "X"),
                _var("OCPPCommCtrlr", "Nope")]))
            statuses = [r["attribute_status"] for r in res.get_variable_result]
            if ok:
                assert statuses == ["Accepted", "UnknownComponent", "UnknownVariable"]
                assert res.get_variable_result[0]["attribute_value"] == "30"
            else:
                assert statuses == ["Rejected"] * 3
            res = await cp.call(c201.SetVariables(set_variable_data=[
                _var("SampledDataCtrlr", "TxUpdatedInterval", "1"),
                _var("SecurityCtrlr", "Identity", "x")]))
            statuses = [r["attribute_status"] for r in res.set_variable_result]
            assert statuses == (["Accepted", "Rejected"] if ok else ["Rejected", "Rejected"])
            if ok:
                await cp.call(c201.SetVariables(set_variable_data=[
                    _var("SampledDataCtrlr", "TxUpdatedInterval", "0")]))
                assert sim.meter_interval > 1000
                await cp.call(c201.SetVariables(set_variable_data=[
                    _var("SampledDataCtrlr", "TxUpdatedInterval", "1")]))

            res = await cp.call(c201.GetBaseReport(request_id=11, report_base="FullInventory"))
            assert res.status == yes
            if ok:
                parts = await log.wait(lambda: [r for r in log.of(sid, "NotifyReport")
                                                if r.get("tbc") is False])
                reports = log.of(sid, "NotifyReport")
                assert [r["seq_no"] for r in reports] == list(range(len(reports)))
                assert len(reports) > 1 and parts[0]["request_id"] == 11
                assert all(r.get("tbc") for r in reports[:-1])

            assert (await cp.call(c201.ClearCache())).status == yes
            res = await cp.call(c201.DataTransfer(vendor_id="acme", data={"a": 1}))
            assert res.status == yes
            res = await cp.call(c201.SendLocalList(
                version_number=4, update_type="Full",
                local_authorization_list=[{"idToken": {"idToken": "T1", "type": "ISO14443"},
                                           "idTokenInfo": {"status": "Accepted"}}]))
            assert res.status == ("Accepted" if ok else "Failed")
            res = await cp.call(c201.GetLocalListVersion())
            assert res.version_number == (4 if ok else 0)

            for what in ("Heartbeat", "MeterValues", "StatusNotification", "BootNotification",
                         "FirmwareStatusNotification", "LogStatusNotification"):
                before = len(log.of(sid, what))
                res = await cp.call(c201.TriggerMessage(requested_message=what,
                                                        evse={"id": 1}))
                assert res.status == yes, what
                if ok:
                    await log.wait(grew(log, sid, what, before))

            res = await cp.call(c201.ReserveNow(id=3, expiry_date_time=_later(),
                                                id_token={"idToken": "R", "type": "ISO14443"},
                                                evse_id=1))
            assert res.status == yes
            if ok:
                await log.wait(lambda: any(s["connector_status"] == "Reserved"
                                           for s in log.of(sid, "StatusNotification")))
            assert (await cp.call(c201.CancelReservation(reservation_id=3))).status == yes
            res = await cp.call(c201.ChangeAvailability(operational_status="Inoperative",
                                                        evse={"id": 2}))
            assert res.status == yes
            if ok:
                await log.wait(lambda: any(s["connector_status"] == "Unavailable"
                                           and s["evse_id"] == 2
                                           for s in log.of(sid, "StatusNotification")))
            res = await cp.call(c201.ChangeAvailability(operational_status="Operative",
                                                        evse={"id": 2}))
            assert res.status == yes

            profile = {"id": 21, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                       "chargingProfileKind": "Absolute",
                       "chargingSchedule": [{"id": 1, "chargingRateUnit": "W",
                                             "startSchedule": _now(),
                                             "chargingSchedulePeriod": [
                                                 {"startPeriod": 0, "limit": 4000.0}]}]}
            res = await cp.call(c201.SetChargingProfile(evse_id=1, charging_profile=profile))
            assert res.status == yes
            res = await cp.call(c201.GetChargingProfiles(request_id=5, charging_profile={
                "chargingProfilePurpose": "TxDefaultProfile"}))
            assert res.status == ("Accepted" if ok else "NoProfiles")
            if ok:
                rep = await log.wait(lambda: log.of(sid, "ReportChargingProfiles"))
                assert rep[0]["charging_profile"][0]["id"] == 21
            res = await cp.call(c201.GetCompositeSchedule(duration=300, evse_id=1,
                                                          charging_rate_unit="W"))
            assert res.status == yes
            if ok:
                assert float(res.schedule["charging_schedule_period"][0]["limit"]) == 4000.0
            res = await cp.call(c201.ClearChargingProfile(charging_profile_id=21))
            assert res.status == ("Accepted" if ok else "Unknown")

            res = await cp.call(c201.UnlockConnector(evse_id=1, connector_id=1))
            assert res.status == ("Unlocked" if ok else "UnlockFailed")
            res = await cp.call(c201.UpdateFirmware(request_id=8, firmware={
                "location": "http://127.0.0.1/fw.bin", "retrieveDateTime": _now()}))
            assert res.status == yes
            res = await cp.call(c201.GetLog(log={"remoteLocation": "ftp://127.0.0.1/log"},
                                            log_type="DiagnosticsLog", request_id=9))
            assert res.status == yes
            if ok:
                await log.wait(lambda: any(f["status"] == "Installed" and f["request_id"] == 8
                                           for f in log.of(sid, "FirmwareStatusNotification")))
                await log.wait(lambda: any(f["status"] == "Uploaded" and f["request_id"] == 9
                                           for f in log.of(sid, "LogStatusNotification")))

            res = await cp.call(c201.RequestStopTransaction(transaction_id="nope"))
            assert res.status == "Rejected"
            res = await cp.call(c201.RequestStartTransaction(
                id_token={"idToken": "REMOTE2", "type": "ISO14443"}, remote_start_id=77,
                evse_id=1))
            assert res.status == yes
            if ok:
                def events(kind: str) -> list[dict[str, Any]]:
                    return [e for e in log.of(sid, "TransactionEvent") if e["event_type"] == kind]

                started = (await log.wait(lambda: events("Started")))[0]
                assert started["trigger_reason"] == "RemoteStart"
                assert started["id_token"]["id_token"] == "REMOTE2"
                assert started["evse"] == {"id": 1, "connector_id": 1}
                assert started["transaction_info"]["remote_start_id"] == 77
                tx_id = started["transaction_info"]["transaction_id"]
                await log.wait(lambda: len([e for e in events("Updated")
                                            if e["trigger_reason"] == "MeterValuePeriodic"]) >= 2)
                res = await cp.call(c201.RequestStopTransaction(transaction_id=tx_id))
                assert res.status == "Accepted"
                ended = (await log.wait(lambda: events("Ended")))[0]
                assert ended["transaction_info"]["stopped_reason"] == "Remote"
                seqs = [e["seq_no"] for e in log.of(sid, "TransactionEvent")]
                assert seqs == list(range(len(seqs)))

            boots = len(log.of(sid, "BootNotification"))
            res = await cp.call(c201.Reset(type="Immediate"))
            assert res.status == yes
            if ok:
                await log.wait(lambda: len(log.of(sid, "BootNotification")) > boots)
                assert log.of(sid, "BootNotification")[-1]["reason"] == "RemoteReset"


def test_v201_commands_accepted() -> None:
    asyncio.run(_commands201("Accepted"))


def test_v201_commands_rejected() -> None:
    asyncio.run(_commands201("Rejected"))


async def _session201() -> None:
    async with csms("2.0.1") as server:
        log = server.log
        params = fast_params(connectors=1, auto_sessions=True, idle_range=(0.05, 0.1),
                             session_range=(1.4, 1.4), dc=True)
        sim = SimChargePoint201("AUTO201", params=params, seed=5)
        async with running(sim, server):
            await log.wait(lambda: [e for e in log.of("AUTO201", "TransactionEvent")
                                    if e["event_type"] == "Ended"], timeout=8)
            events = log.of("AUTO201", "TransactionEvent")
            first_tx = events[0]["transaction_info"]["transaction_id"]
            events = [e for e in events if e["transaction_info"]["transaction_id"] == first_tx]
            assert events[0]["event_type"] == "Started"
            assert events[0]["trigger_reason"] == "Authorized"
            assert events[-1]["event_type"] == "Ended"
            energies, socs = [], []
            for e in events:
                for mv in e.get("meter_value") or []:
                    for sv in mv["sampled_value"]:
                        if sv["measurand"] == "Energy.Active.Import.Register":
                            energies.append(float(sv["value"]))
                        if sv["measurand"] == "SoC":
                            socs.append(float(sv["value"]))
            assert len(energies) >= 4
            assert all(b > a for a, b in itertools.pairwise(energies))
            assert socs and socs == sorted(socs)


def test_v201_full_session() -> None:
    asyncio.run(_session201())


# ---------------------------------------------------------------------------- fleet and CLI
class PickyCsms16(Csms16):
    """First boot of each charger Pending, then Accepted."""

    @on(A16.boot_notification)
    def boot(self, **kw: Any) -> Any:
        self._rec("BootNotification", kw)
        first = len(self.log.of(self.id, "BootNotification")) == 1
        return r16.BootNotification(current_time=_now(), interval=1,
                                    status="Pending" if first else "Accepted")


class PickyCsms201(Csms201):
    """First boot of each station Rejected, then Accepted."""

    @on(A201.boot_notification)
    def boot(self, **kw: Any) -> Any:
        self._rec("BootNotification", kw)
        first = len(self.log.of(self.id, "BootNotification")) == 1
        return r201.BootNotification(current_time=_now(), interval=1,
                                     status="Rejected" if first else "Accepted")


async def _fleet() -> None:
    log = Log()
    conns: list[ServerConnection] = []
    auth: dict[str, str] = {}

    async def handler(conn: ServerConnection) -> None:
        assert conn.request is not None
        cp_id = conn.request.path.rsplit("/", 1)[-1]
        auth[cp_id] = conn.request.headers.get("Authorization", "")
        conns.append(conn)
        cls = PickyCsms16 if conn.subprotocol == "ocpp1.6" else PickyCsms201
        cp = cls(cp_id, conn)
        cp.log = log
        try:
            await cp.start()
        except Exception:
            pass

    async with serve(handler, "127.0.0.1", 0,
                     subprotocols=["ocpp1.6", "ocpp2.0.1"]) as srv:  # type: ignore[list-item]
        port = srv.sockets[0].getsockname()[1]
        params = fast_params(auto_sessions=True, idle_range=(0.05, 0.2), session_range=(0.5, 1.0))
        fleet = SimFleet(f"ws://127.0.0.1:{port}/ocpp", 4, protocol="mixed", connectors=2,
                         id_prefix="FL", password="s3cret", seed=11, params=params)
        assert [type(cp).__name__ for cp in fleet.chargers] == [
            "SimChargePoint16", "SimChargePoint201", "SimChargePoint16", "SimChargePoint201"]
        async with fleet:
            assert await fleet.wait_booted(timeout=10)
            assert all(len(log.of(cp.id, "BootNotification")) == 2 for cp in fleet.chargers)
            assert base64.b64decode(auth["FL001"].split()[1]) == b"FL001:s3cret"
            await log.wait(lambda: fleet.status().tx_started >= 4, timeout=10)
            for conn in list(conns):  # the CSMS drops every connection
                await conn.close()
            await log.wait(lambda: fleet.status().connected == 4 and sum(
                cp.stats.connects for cp in fleet.chargers) >= 8, timeout=10)
            assert await fleet.wait_booted(timeout=10)
            status = fleet.status()
            assert status.total == 4 and status.sent > 20 and status.timeouts == 0
        assert fleet.status().connected == 0


def test_fleet_mixed_auth_pending_rejected_and_reconnect() -> None:
    asyncio.run(_fleet())


def test_cli_runs_and_stops_on_sigint() -> None:
    ready = threading.Event()
    holder: dict[str, Any] = {}

    def serve_thread() -> None:
        async def main() -> None:
            async with csms("2.0.1") as server:
                holder["server"], holder["stop"] = server, asyncio.Event()
                ready.set()
                await holder["stop"].wait()

        loop = asyncio.new_event_loop()
        holder["loop"] = loop
        loop.run_until_complete(main())
        loop.close()

    thread = threading.Thread(target=serve_thread, daemon=True)
    thread.start()
    assert ready.wait(10)
    server: Server = holder["server"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "csms_desktop.sim.cli", "--url", server.url, "--count", "3",
         "--connectors", "1", "--protocol", "2.0.1", "--id-prefix", "CLI", "--seed", "1",
         "--meter-interval", "0.5", "--status-interval", "0.3", "--duration", "30",
         "--fault-prob", "0", "--disconnect-prob", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 15
        lines: list[str] = []
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "booted 3" in line:
                break
        assert any("connected 3/3 booted 3" in x for x in lines), lines
        os.kill(proc.pid, signal.SIGINT)
        out, _ = proc.communicate(timeout=15)
        assert proc.returncode == 0, out
        assert "stopped: connected 0/3" in out
        assert {f"CLI00{i}" for i in (1, 2, 3)} <= set(server.cps)
    finally:
        if proc.poll() is None:
            proc.kill()
        holder["loop"].call_soon_threadsafe(holder["stop"].set)
        thread.join(10)
