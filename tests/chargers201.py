"""Test charging stations for the OCPP 2.0.1 and 2.1 integration tests.

:class:`Station201` is the ``ocpp`` library's own ``ocpp.v201.ChargePoint`` (client
side), :class:`Station21` its ``ocpp.v21.ChargePoint``. Both answer every CSMS ->
station command the CSMS sends, according to ``mode``:

* ``"accept"``: the positive answer (Accepted, Unlocked, variable values, a schedule...);
* ``"reject"``: the negative one (Rejected, UnlockFailed, UnknownVariable, NoProfiles...);
* ``"silent"``: never answers (the CALL is recorded and dropped).

``modes`` overrides the mode per action. Every CALL from the CSMS is recorded in
``received`` as ``(action, payload)`` exactly as it was on the wire (camelCase). The
library validates each CALL against its own schemas before the handler runs, so a
malformed command from the CSMS fails the test with a CALLERROR.

After an accepted GetBaseReport the station sends its ``report`` (list of ReportData)
in NotifyReport parts of ``report_part_size``; after an accepted TriggerMessage it
sends the requested message; after an accepted GetChargingProfiles, one
ReportChargingProfiles.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import ocpp.v21
import ocpp.v201
import websockets
from charger_ws import charger_uri, reading
from ocpp.routing import after, on
from ocpp.v201.enums import Action
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

MODES = ("accept", "reject", "silent")
SUBPROTOCOL = {"2.0.1": "ocpp2.0.1", "2.1": "ocpp2.1"}


def iso(dt: datetime | None = None) -> str:
    dt = (dt or datetime.now(UTC)).astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def energy(wh: float, context: str | None = None, **extra: Any) -> dict[str, Any]:
    """A SampledValueType of the energy register in Wh."""
    item: dict[str, Any] = {"value": wh, "measurand": "Energy.Active.Import.Register",
                            "unitOfMeasure": {"unit": "Wh"}, **extra}
    if context:
        item["context"] = context
    return item


def power(w: float) -> dict[str, Any]:
    return {"value": w, "measurand": "Power.Active.Import", "unitOfMeasure": {"unit": "W"}}


def meter(at: datetime, *sampled: dict[str, Any]) -> dict[str, Any]:
    return {"timestamp": iso(at), "sampledValue": list(sampled)}


def report_item(component: str, variable: str, value: str | None, *, mutability: str =
                "ReadWrite", data_type: str = "integer", evse: int | None = None,
                connector: int | None = None, instance: str | None = None,
                attribute: str = "Actual") -> dict[str, Any]:
    comp: dict[str, Any] = {"name": component}
    if evse is not None:
        comp["evse"] = {"id": evse, **({"connectorId": connector} if connector else {})}
    var: dict[str, Any] = {"name": variable, **({"instance": instance} if instance else {})}
    attr: dict[str, Any] = {"type": attribute, "mutability": mutability}
    if value is not None:
        attr["value"] = value
    return {"component": comp, "variable": var, "variableAttribute": [attr],
            "variableCharacteristics": {"dataType": data_type, "supportsMonitoring": False}}


DEFAULT_REPORT = [
    report_item("OCPPCommCtrlr", "HeartbeatInterval", "300"),
    report_item("SampledDataCtrlr", "TxUpdatedInterval", "60"),
    report_item("ChargingStation", "Model", "TestModel", mutability="ReadOnly",
                data_type="string"),
    report_item("EVSE", "Power", "22000", mutability="ReadOnly", data_type="decimal", evse=1),
    report_item("Connector", "ConnectorType", "cType2", mutability="ReadOnly",
                data_type="string", evse=1, connector=1),
    report_item("OCPPCommCtrlr", "MessageAttempts", "3", instance="TransactionEvent"),
    report_item("AuthCtrlr", "MasterPassGroupId", None, mutability="WriteOnly",
                data_type="string"),
]


class _Station:
    """Behaviour shared by the 2.0.1 and 2.1 stations (mixed into the library's class)."""

    _call: Any
    _call_result: Any

    def __init__(self, cp_id: str, connection: Any, mode: str = "accept",
                 response_timeout: float = 2.0) -> None:
        super().__init__(cp_id, connection, response_timeout=response_timeout)  # type: ignore[call-arg]
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.modes: dict[str, str] = {}
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.sent_after: list[tuple[str, Any]] = []  # (action, the CSMS's answer)
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.variables: dict[tuple[str, str], str] = {("OCPPCommCtrlr", "HeartbeatInterval"):
                                                      "300"}
        self.report = list(DEFAULT_REPORT)
        self.report_part_size = 3
        self.list_version = 7
        self.seq = 0

    # ------------------------------------------------------------------ plumbing
    def mode_for(self, action: str) -> str:
        return self.modes.get(action, self.mode)

    def _ok(self, action: str) -> bool:
        return self.mode_for(action) == "accept"

    def _pick(self, action: str, accepted: str, rejected: str) -> str:
        return accepted if self._ok(action) else rejected

    async def start(self) -> None:
        with contextlib.suppress(ConnectionClosed):
            await super().start()  # type: ignore[misc]

    async def route_message(self, raw_msg: str) -> None:
        try:
            msg = json.loads(raw_msg)
        except ValueError:
            msg = None
        if isinstance(msg, list) and len(msg) == 4 and msg[0] == 2:
            self.received.append((msg[2], msg[3]))
            self._changed.set()
            if self.mode_for(msg[2]) == "silent":
                return
        await super().route_message(raw_msg)  # type: ignore[misc]

    async def wait_until(self, predicate: Any, timeout: float = 3.0) -> None:
        async def wait() -> None:
            while not predicate():
                self._changed.clear()
                await self._changed.wait()
        await asyncio.wait_for(wait(), timeout)

    def calls(self, action: str) -> list[dict[str, Any]]:
        return [p for name, p in self.received if name == action]

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_after(self, action: str, **kwargs: Any) -> None:
        answer = await self.send(action, **kwargs)
        self.sent_after.append((action, answer))
        self._changed.set()

    # ------------------------------------------------------------------ station -> CSMS
    async def send(self, message: str, /, **kwargs: Any) -> Any:
        """A CALL built from the library's payload class; a CALLERROR raises OCPPError."""
        return await self.call(getattr(self._call, message)(**kwargs), suppress=False)  # type: ignore[attr-defined]

    async def boot(self, reason: str = "PowerUp", vendor: str = "TestVendor",
                   model: str = "TestModel", **station: Any) -> Any:
        return await self.send("BootNotification", reason=reason, charging_station={
            "vendorName": vendor, "model": model, **station})

    async def heartbeat(self) -> Any:
        return await self.send("Heartbeat")

    async def status(self, evse: int, status: str, connector: int = 1,
                     at: datetime | None = None) -> Any:
        return await self.send("StatusNotification", timestamp=iso(at), connector_status=status,
                               evse_id=evse, connector_id=connector)

    async def authorize(self, token: str, token_type: str = "ISO14443") -> Any:
        return await self.send("Authorize", id_token={"idToken": token, "type": token_type})

    async def tx_event(self, event: str, tx_id: str, *, seq: int | None = None,
                       trigger: str = "Trigger", at: datetime | None = None,
                       evse: int | None = 1, token: str | None = None,
                       meter_values: list[dict[str, Any]] | None = None,
                       state: str | None = None, stopped: str | None = None,
                       offline: bool | None = None, remote_start_id: int | None = None,
                       token_type: str = "ISO14443") -> Any:
        if seq is None:
            seq, self.seq = self.seq, self.seq + 1
        info: dict[str, Any] = {"transactionId": tx_id}
        if state:
            info["chargingState"] = state
        if stopped:
            info["stoppedReason"] = stopped
        if remote_start_id is not None:
            info["remoteStartId"] = remote_start_id
        return await self.send(
            "TransactionEvent", event_type=event, timestamp=iso(at), trigger_reason=trigger,
            seq_no=seq, transaction_info=info, offline=offline,
            evse={"id": evse} if evse is not None else None,
            id_token={"idToken": token, "type": token_type} if token else None,
            meter_value=meter_values)

    async def meter_values(self, evse: int, *values: dict[str, Any]) -> Any:
        return await self.send("MeterValues", evse_id=evse, meter_value=list(values))

    # ------------------------------------------------------------------ CSMS -> station
    @on(Action.request_start_transaction)
    def on_request_start(self, **_: Any) -> Any:
        ok = self._ok("RequestStartTransaction")
        return self._call_result.RequestStartTransaction(
            status="Accepted" if ok else "Rejected")

    @on(Action.request_stop_transaction)
    def on_request_stop(self, **_: Any) -> Any:
        return self._call_result.RequestStopTransaction(
            status=self._pick("RequestStopTransaction", "Accepted", "Rejected"))

    @on(Action.reset)
    def on_reset(self, **_: Any) -> Any:
        return self._call_result.Reset(status=self._pick("Reset", "Accepted", "Rejected"))

    @on(Action.unlock_connector)
    def on_unlock(self, **_: Any) -> Any:
        return self._call_result.UnlockConnector(
            status=self._pick("UnlockConnector", "Unlocked", "UnlockFailed"))

    @on(Action.change_availability)
    def on_change_availability(self, **_: Any) -> Any:
        return self._call_result.ChangeAvailability(
            status=self._pick("ChangeAvailability", "Accepted", "Rejected"))

    @on(Action.get_variables)
    def on_get_variables(self, get_variable_data: list[dict[str, Any]], **_: Any) -> Any:
        results = []
        for item in get_variable_data:
            key = (item["component"]["name"], item["variable"]["name"])
            res: dict[str, Any] = {"component": item["component"],
                                   "variable": item["variable"]}
            if self._ok("GetVariables") and key in self.variables:
                res.update(attribute_status="Accepted", attribute_value=self.variables[key])
            else:
                res["attribute_status"] = ("UnknownVariable" if self._ok("GetVariables")
                                           else "Rejected")
            results.append(res)
        return self._call_result.GetVariables(get_variable_result=results)

    @on(Action.set_variables)
    def on_set_variables(self, set_variable_data: list[dict[str, Any]], **_: Any) -> Any:
        results = []
        for item in set_variable_data:
            key = (item["component"]["name"], item["variable"]["name"])
            status = self._pick("SetVariables", "Accepted", "Rejected")
            if status == "Accepted":
                self.variables[key] = item["attribute_value"]
            results.append({"attribute_status": status, "component": {"name": key[0]},
                            "variable": {"name": key[1]}})
        return self._call_result.SetVariables(set_variable_result=results)

    @on(Action.get_base_report)
    def on_get_base_report(self, **_: Any) -> Any:
        return self._call_result.GetBaseReport(
            status=self._pick("GetBaseReport", "Accepted", "Rejected"))

    @after(Action.get_base_report)
    def after_get_base_report(self, request_id: int, **_: Any) -> None:
        if self._ok("GetBaseReport"):
            self._spawn(self._send_report(request_id))

    async def _send_report(self, request_id: int) -> None:
        size = self.report_part_size
        parts = [self.report[i:i + size] for i in range(0, len(self.report), size)] or [[]]
        for seq, part in enumerate(parts):
            await self._send_after("NotifyReport", request_id=request_id, generated_at=iso(),
                                   seq_no=seq, tbc=seq < len(parts) - 1,
                                   report_data=part or None)

    @on(Action.clear_cache)
    def on_clear_cache(self, **_: Any) -> Any:
        return self._call_result.ClearCache(status=self._pick("ClearCache", "Accepted",
                                                              "Rejected"))

    @on(Action.trigger_message)
    def on_trigger_message(self, **_: Any) -> Any:
        return self._call_result.TriggerMessage(
            status=self._pick("TriggerMessage", "Accepted", "Rejected"))

    @after(Action.trigger_message)
    def after_trigger_message(self, requested_message: str, evse: dict[str, Any] | None = None,
                              **_: Any) -> None:
        if not self._ok("TriggerMessage"):
            return
        evse_id = (evse or {}).get("id", 1)
        kwargs: dict[str, Any] = {
            "BootNotification": {"reason": "Triggered", "charging_station": {
                "vendorName": "TestVendor", "model": "TestModel"}},
            "Heartbeat": {},
            "StatusNotification": {"timestamp": iso(), "connector_status": "Available",
                                   "evse_id": evse_id, "connector_id": 1},
            "MeterValues": {"evse_id": evse_id,
                            "meter_value": [meter(datetime.now(UTC), energy(1000))]},
            "FirmwareStatusNotification": {"status": "Idle"},
            "LogStatusNotification": {"status": "Idle"},
        }.get(requested_message, {})
        self._spawn(self._send_after(requested_message, **kwargs))

    @on(Action.reserve_now)
    def on_reserve_now(self, **_: Any) -> Any:
        return self._call_result.ReserveNow(status=self._pick("ReserveNow", "Accepted",
                                                              "Occupied"))

    @on(Action.cancel_reservation)
    def on_cancel_reservation(self, **_: Any) -> Any:
        return self._call_result.CancelReservation(
            status=self._pick("CancelReservation", "Accepted", "Rejected"))

    @on(Action.set_charging_profile)
    def on_set_charging_profile(self, **_: Any) -> Any:
        return self._call_result.SetChargingProfile(
            status=self._pick("SetChargingProfile", "Accepted", "Rejected"))

    @on(Action.clear_charging_profile)
    def on_clear_charging_profile(self, **_: Any) -> Any:
        return self._call_result.ClearChargingProfile(
            status=self._pick("ClearChargingProfile", "Accepted", "Unknown"))

    @on(Action.get_composite_schedule)
    def on_get_composite_schedule(self, evse_id: int, duration: int,
                                  charging_rate_unit: str | None = None, **_: Any) -> Any:
        if not self._ok("GetCompositeSchedule"):
            return self._call_result.GetCompositeSchedule(status="Rejected")
        return self._call_result.GetCompositeSchedule(status="Accepted", schedule={
            "evseId": evse_id, "duration": duration, "scheduleStart": iso(),
            "chargingRateUnit": charging_rate_unit or "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0},
                                       {"startPeriod": 600, "limit": 10.5}]})

    @on(Action.get_charging_profiles)
    def on_get_charging_profiles(self, **_: Any) -> Any:
        return self._call_result.GetChargingProfiles(
            status=self._pick("GetChargingProfiles", "Accepted", "NoProfiles"))

    @after(Action.get_charging_profiles)
    def after_get_charging_profiles(self, request_id: int, **_: Any) -> None:
        if self._ok("GetChargingProfiles"):
            self._spawn(self._send_after(
                "ReportChargingProfiles", request_id=request_id, charging_limit_source="CSO",
                evse_id=1, charging_profile=[{
                    "id": 5, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                    "chargingProfileKind": "Relative", "chargingSchedule": [{
                        "id": 5, "chargingRateUnit": "A",
                        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 32.0}]}]}]))

    @on(Action.send_local_list)
    def on_send_local_list(self, version_number: int, **_: Any) -> Any:
        status = self._pick("SendLocalList", "Accepted", "Failed")
        if status == "Accepted":
            self.list_version = version_number
        return self._call_result.SendLocalList(status=status)

    @on(Action.get_local_list_version)
    def on_get_local_list_version(self, **_: Any) -> Any:
        return self._call_result.GetLocalListVersion(
            version_number=self.list_version if self._ok("GetLocalListVersion") else 0)

    @on(Action.update_firmware)
    def on_update_firmware(self, **_: Any) -> Any:
        return self._call_result.UpdateFirmware(
            status=self._pick("UpdateFirmware", "Accepted", "Rejected"))

    @on(Action.get_log)
    def on_get_log(self, **_: Any) -> Any:
        if not self._ok("GetLog"):
            return self._call_result.GetLog(status="Rejected")
        return self._call_result.GetLog(status="Accepted", filename=f"log-{self.id}.zip")

    @on(Action.data_transfer)
    def on_data_transfer(self, vendor_id: str, **_: Any) -> Any:
        if not self._ok("DataTransfer"):
            return self._call_result.DataTransfer(status="UnknownVendorId")
        return self._call_result.DataTransfer(status="Accepted", data=f"hello {vendor_id}")


class Station201(_Station, ocpp.v201.ChargePoint):  # type: ignore[misc]
    """An OCPP 2.0.1 charging station (the ocpp library's client)."""


class Station21(_Station, ocpp.v21.ChargePoint):  # type: ignore[misc]
    """An OCPP 2.1 charging station (the ocpp library's client)."""


@contextlib.asynccontextmanager
async def connect201(url: str, cp_id: str, mode: str = "accept", version: str = "2.0.1",
                     response_timeout: float = 2.0, password: str | None = None,
                     ssl: Any = None) -> AsyncIterator[_Station]:
    """Connect a station speaking ``version`` ("2.0.1" or "2.1") to ``<url>/<cp_id>``
    (``password``: HTTP Basic; ``ssl``: the client context of a wss:// url)."""
    extra: dict[str, Any] = {"ssl": ssl} if ssl is not None else {}
    if password is not None:
        import base64

        token = base64.b64encode(f"{cp_id}:{password}".encode()).decode()
        extra["additional_headers"] = {"Authorization": f"Basic {token}"}
    ws = await websockets.connect(charger_uri(url, cp_id), subprotocols=[SUBPROTOCOL[version]],
                                  open_timeout=5, close_timeout=1, **extra)
    assert ws.subprotocol == SUBPROTOCOL[version]
    cls = Station21 if version == "2.1" else Station201
    station = cls(cp_id, ws, mode=mode, response_timeout=response_timeout)
    async with reading(station, ws, f"station-{cp_id}"):
        yield station


@contextlib.asynccontextmanager
async def booted(url: str, cp_id: str = "CS001", mode: str = "accept",
                 version: str = "2.0.1", evses: int = 1,
                 at: datetime | None = None) -> AsyncIterator[_Station]:
    """A connected station, booted (Accepted) with each EVSE reported Available (at
    ``at``, default now)."""
    async with connect201(url, cp_id, mode=mode, version=version) as station:
        answer = await station.boot()
        assert answer.status == "Accepted", answer
        for evse in range(1, evses + 1):
            await station.status(evse, "Available", at=at)
        yield station


@contextlib.asynccontextmanager
async def connect_raw(url: str, cp_id: str, subprotocol: str = "ocpp2.0.1"
                      ) -> AsyncIterator[ClientConnection]:
    """A bare websocket for hand-made (possibly broken) frames."""
    ws = await websockets.connect(charger_uri(url, cp_id), subprotocols=[subprotocol],
                                  open_timeout=5, close_timeout=1)
    try:
        yield ws
    finally:
        await ws.close()


async def raw_call(ws: ClientConnection, action: str, payload: Any,
                   timeout: float = 2.0) -> list[Any]:
    """Send ``[2, uid, action, payload]``; return the decoded answer frame."""
    await ws.send(json.dumps([2, str(uuid.uuid4()), action, payload]))
    return await raw_recv(ws, timeout)


async def raw_recv(ws: ClientConnection, timeout: float = 2.0) -> list[Any]:
    return json.loads(await asyncio.wait_for(ws.recv(), timeout))  # type: ignore[no-any-return]


def flushed(services: Any) -> None:
    """Write everything buffered (message log, meter values) before querying."""
    services.writer.flush()


async def eventually(predicate: Any, timeout: float = 3.0, step: float = 0.01) -> None:
    """Wait until ``predicate()`` is true (the server works on its own tasks)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s: {predicate}")
        await asyncio.sleep(step)
