"""Test charge points for OCPP 1.6J integration tests.

:class:`Charger16` is the ``ocpp`` library's own ``ocpp.v16.ChargePoint`` (client side):
it answers every CSMS -> charge point command of OCPP 1.6 (all six profiles) according
to ``mode``:

* ``"accept"``: the positive answer (Accepted, Unlocked, a configuration list, ...);
* ``"reject"``: the negative one (Rejected, UnlockFailed, Failed, unknown keys, ...;
  UpdateFirmware has no status in 1.6, so it is refused with a CALLERROR NotSupported);
* ``"silent"``: never answers (the CALL is recorded and dropped).

``modes`` overrides the mode per action (``charger.modes["Reset"] = "silent"``).
Every CALL received from the CSMS is recorded in ``received`` as ``(action, payload)``
with the payload as it was on the wire (camelCase), before the library validates it.

:func:`connect16` opens the websocket (real network, ``websockets`` client), starts the
reader task and yields the charger. :func:`connect_raw` yields a bare websocket for
frames the library refuses to send.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

import websockets
from charger_ws import charger_uri, reading
from ocpp.exceptions import NotSupportedError
from ocpp.routing import after, on
from ocpp.v16 import ChargePoint, call, call_result
from ocpp.v16.enums import Action
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

MODES = ("accept", "reject", "silent")


def iso(dt: datetime | None = None) -> str:
    """An OCPP timestamp (UTC, milliseconds, Z); now when ``dt`` is None."""
    dt = (dt or datetime.now(UTC)).astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def energy_sample(wh: float | str, unit: str | None = "Wh",
                  **extra: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"value": str(wh), "measurand": "Energy.Active.Import.Register",
                            **extra}
    if unit is not None:
        item["unit"] = unit
    return item


def basic_auth(cp_id: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{cp_id}:{password}".encode()).decode()


class Charger16(ChargePoint):
    """The ocpp library's 1.6 ChargePoint with a configurable answer to every command."""

    def __init__(self, cp_id: str, connection: Any, mode: str = "accept",
                 response_timeout: float = 2.0) -> None:
        super().__init__(cp_id, connection, response_timeout=response_timeout)
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.modes: dict[str, str] = {}
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.triggered: list[tuple[str, Any]] = []  # (message, the CSMS's answer)
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.config: dict[str, str] = {"HeartbeatInterval": "300",
                                       "MeterValueSampleInterval": "60"}
        self.local_list_version = 3
        self.signed_chain: str | None = None
        self.certificates: dict[str, dict[str, dict[str, str]]] = {}

    # ------------------------------------------------------------------ plumbing
    def mode_for(self, action: str) -> str:
        return self.modes.get(action, self.mode)

    async def start(self) -> None:
        try:
            await super().start()
        except ConnectionClosed as exc:
            self.close_code = exc.rcvd.code if exc.rcvd is not None else None
        finally:
            self.closed.set()
            self._changed.set()

    async def route_message(self, raw_msg: str) -> None:  # type: ignore[override]
        try:
            msg = json.loads(raw_msg)
        except ValueError:
            msg = None
        if isinstance(msg, list) and len(msg) == 4 and msg[0] == 2:
            self.received.append((msg[2], msg[3]))
            self._changed.set()
            if self.mode_for(msg[2]) == "silent":
                return
        await super().route_message(raw_msg)

    async def wait_for_call(self, action: str, timeout: float = 2.0) -> dict[str, Any]:
        """The payload of the first CALL ``action`` received from the CSMS."""
        async def wait() -> dict[str, Any]:
            while True:
                for name, payload in self.received:
                    if name == action:
                        return payload
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(wait(), timeout)

    def calls(self, action: str) -> list[dict[str, Any]]:
        return [p for name, p in self.received if name == action]

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _pick(self, action: str, accepted: str, rejected: str) -> str:
        return accepted if self.mode_for(action) == "accept" else rejected

    # ------------------------------------------------------------------ charge point -> CSMS
    async def send(self, payload: Any) -> Any:
        """A CALL; a CALLERROR answer raises the library's OCPPError."""
        return await self.call(payload, suppress=False)

    async def boot(self, vendor: str = "TestVendor", model: str = "TestModel",
                   **extra: Any) -> Any:
        return await self.send(call.BootNotification(
            charge_point_vendor=vendor, charge_point_model=model, **extra))

    async def heartbeat(self) -> Any:
        return await self.send(call.Heartbeat())

    async def status(self, connector_id: int, status: str, error_code: str = "NoError",
                     timestamp: datetime | None = None, **extra: Any) -> Any:
        return await self.send(call.StatusNotification(
            connector_id=connector_id, error_code=error_code, status=status,
            timestamp=iso(timestamp), **extra))

    async def authorize(self, id_tag: str) -> Any:
        return await self.send(call.Authorize(id_tag=id_tag))

    async def start_tx(self, connector_id: int, id_tag: str, meter_start: int,
                       timestamp: datetime | None = None,
                       reservation_id: int | None = None) -> Any:
        return await self.send(call.StartTransaction(
            connector_id=connector_id, id_tag=id_tag, meter_start=meter_start,
            timestamp=iso(timestamp), reservation_id=reservation_id))

    async def stop_tx(self, transaction_id: int, meter_stop: int,
                      timestamp: datetime | None = None, id_tag: str | None = None,
                      reason: str | None = None,
                      transaction_data: list[dict[str, Any]] | None = None) -> Any:
        return await self.send(call.StopTransaction(
            transaction_id=transaction_id, meter_stop=meter_stop, timestamp=iso(timestamp),
            id_tag=id_tag, reason=reason, transaction_data=transaction_data))

    async def meter(self, connector_id: int, sampled: list[dict[str, Any]],
                    transaction_id: int | None = None,
                    timestamp: datetime | None = None) -> Any:
        return await self.send(call.MeterValues(
            connector_id=connector_id, transaction_id=transaction_id,
            meter_value=[{"timestamp": iso(timestamp), "sampledValue": sampled}]))

    # ------------------------------------------------------------------ CSMS -> charge point
    @on(Action.remote_start_transaction)
    def on_remote_start(self, **_: Any) -> Any:
        return call_result.RemoteStartTransaction(
            status=self._pick("RemoteStartTransaction", "Accepted", "Rejected"))

    @on(Action.remote_stop_transaction)
    def on_remote_stop(self, **_: Any) -> Any:
        return call_result.RemoteStopTransaction(
            status=self._pick("RemoteStopTransaction", "Accepted", "Rejected"))

    @on(Action.reset)
    def on_reset(self, **_: Any) -> Any:
        return call_result.Reset(status=self._pick("Reset", "Accepted", "Rejected"))

    @on(Action.unlock_connector)
    def on_unlock(self, **_: Any) -> Any:
        return call_result.UnlockConnector(
            status=self._pick("UnlockConnector", "Unlocked", "UnlockFailed"))

    @on(Action.change_availability)
    def on_change_availability(self, **_: Any) -> Any:
        return call_result.ChangeAvailability(
            status=self._pick("ChangeAvailability", "Accepted", "Rejected"))

    @on(Action.get_configuration)
    def on_get_configuration(self, key: list[str] | None = None, **_: Any) -> Any:
        keys = list(self.config) if key is None else key
        if self.mode_for("GetConfiguration") != "accept":
            return call_result.GetConfiguration(configuration_key=[], unknown_key=keys)
        known = [{"key": k, "readonly": False, "value": self.config[k]}
                 for k in keys if k in self.config]
        unknown = [k for k in keys if k not in self.config]
        return call_result.GetConfiguration(configuration_key=known,
                                            unknown_key=unknown or None)

    @on(Action.change_configuration)
    def on_change_configuration(self, key: str, value: str, **_: Any) -> Any:
        status = self._pick("ChangeConfiguration", "Accepted", "Rejected")
        if status == "Accepted":
            self.config[key] = value
        return call_result.ChangeConfiguration(status=status)

    @on(Action.clear_cache)
    def on_clear_cache(self, **_: Any) -> Any:
        return call_result.ClearCache(status=self._pick("ClearCache", "Accepted", "Rejected"))

    @on(Action.trigger_message)
    def on_trigger_message(self, **_: Any) -> Any:
        return call_result.TriggerMessage(
            status=self._pick("TriggerMessage", "Accepted", "Rejected"))

    @after(Action.trigger_message)
    def after_trigger_message(self, requested_message: str, connector_id: int | None = None,
                              **_: Any) -> None:
        if self.mode_for("TriggerMessage") == "accept":
            self._spawn(self._send_triggered(requested_message, connector_id))

    async def _send_triggered(self, message: str, connector_id: int | None) -> None:
        payload: Any = {
            "BootNotification": call.BootNotification(
                charge_point_vendor="TestVendor", charge_point_model="TestModel"),
            "Heartbeat": call.Heartbeat(),
            "StatusNotification": call.StatusNotification(
                connector_id=connector_id or 0, error_code="NoError", status="Available",
                timestamp=iso()),
            "MeterValues": call.MeterValues(
                connector_id=connector_id or 1,
                meter_value=[{"timestamp": iso(), "sampledValue": [energy_sample(1000)]}]),
            "DiagnosticsStatusNotification": call.DiagnosticsStatusNotification(status="Idle"),
            "FirmwareStatusNotification": call.FirmwareStatusNotification(status="Idle"),
        }[message]
        answer = await self.send(payload)
        self.triggered.append((message, answer))
        self._changed.set()

    async def wait_for_trigger(self, message: str, timeout: float = 2.0) -> Any:
        async def wait() -> Any:
            while True:
                for name, answer in self.triggered:
                    if name == message:
                        return answer
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(wait(), timeout)

    @on(Action.reserve_now)
    def on_reserve_now(self, **_: Any) -> Any:
        return call_result.ReserveNow(status=self._pick("ReserveNow", "Accepted", "Rejected"))

    @on(Action.cancel_reservation)
    def on_cancel_reservation(self, **_: Any) -> Any:
        return call_result.CancelReservation(
            status=self._pick("CancelReservation", "Accepted", "Rejected"))

    @on(Action.set_charging_profile)
    def on_set_charging_profile(self, **_: Any) -> Any:
        return call_result.SetChargingProfile(
            status=self._pick("SetChargingProfile", "Accepted", "Rejected"))

    @on(Action.clear_charging_profile)
    def on_clear_charging_profile(self, **_: Any) -> Any:
        return call_result.ClearChargingProfile(
            status=self._pick("ClearChargingProfile", "Accepted", "Unknown"))

    @on(Action.get_composite_schedule)
    def on_get_composite_schedule(self, connector_id: int, duration: int,
                                  charging_rate_unit: str | None = None, **_: Any) -> Any:
        if self.mode_for("GetCompositeSchedule") != "accept":
            return call_result.GetCompositeSchedule(status="Rejected")
        return call_result.GetCompositeSchedule(
            status="Accepted", connector_id=connector_id, schedule_start=iso(),
            charging_schedule={
                "duration": duration, "chargingRateUnit": charging_rate_unit or "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0},
                                           {"startPeriod": 600, "limit": 10.5}]})

    @on(Action.send_local_list)
    def on_send_local_list(self, list_version: int, **_: Any) -> Any:
        status = self._pick("SendLocalList", "Accepted", "Failed")
        if status == "Accepted":
            self.local_list_version = list_version
        return call_result.SendLocalList(status=status)

    @on(Action.get_local_list_version)
    def on_get_local_list_version(self, **_: Any) -> Any:
        accepted = self.mode_for("GetLocalListVersion") == "accept"
        return call_result.GetLocalListVersion(
            list_version=self.local_list_version if accepted else -1)

    @on(Action.update_firmware)
    def on_update_firmware(self, **_: Any) -> Any:
        if self.mode_for("UpdateFirmware") != "accept":
            raise NotSupportedError(description="firmware updates are disabled")
        return call_result.UpdateFirmware()

    @on(Action.get_diagnostics)
    def on_get_diagnostics(self, **_: Any) -> Any:
        if self.mode_for("GetDiagnostics") != "accept":
            return call_result.GetDiagnostics()
        return call_result.GetDiagnostics(file_name=f"diag-{self.id}.zip")

    @on(Action.data_transfer)
    def on_data_transfer(self, vendor_id: str, **_: Any) -> Any:
        if self.mode_for("DataTransfer") != "accept":
            return call_result.DataTransfer(status="Rejected")
        return call_result.DataTransfer(status="Accepted", data=f"hello {vendor_id}")

    # ------------------------------------------------------------------ security extension
    # ``certificates``: what this charger holds, type -> {serial: (hash data, PEM)}
    @on(Action.certificate_signed)
    def on_certificate_signed(self, certificate_chain: str, **_: Any) -> Any:
        status = self._pick("CertificateSigned", "Accepted", "Rejected")
        if status == "Accepted":
            self.signed_chain = certificate_chain
        return call_result.CertificateSigned(status=status)

    @on(Action.install_certificate)
    def on_install_certificate(self, certificate_type: str, certificate: str, **_: Any) -> Any:
        status = self._pick("InstallCertificate", "Accepted", "Rejected")
        if status == "Accepted":
            from cryptography import x509

            from csms_desktop.services.certificates import hash_data

            h = hash_data(x509.load_pem_x509_certificate(certificate.encode()))
            self.certificates.setdefault(certificate_type, {})[h["serialNumber"]] = h
        return call_result.InstallCertificate(status=status)

    @on(Action.delete_certificate)
    def on_delete_certificate(self, certificate_hash_data: dict[str, str], **_: Any) -> Any:
        serial = certificate_hash_data["serial_number"]
        for held in self.certificates.values():
            if serial in held:
                del held[serial]
                return call_result.DeleteCertificate(status="Accepted")
        return call_result.DeleteCertificate(status="NotFound")

    @on(Action.get_installed_certificate_ids)
    def on_get_installed_certificate_ids(self, certificate_type: str, **_: Any) -> Any:
        held = list(self.certificates.get(certificate_type, {}).values())
        if not held:
            return call_result.GetInstalledCertificateIds(status="NotFound")
        return call_result.GetInstalledCertificateIds(status="Accepted",
                                                      certificate_hash_data=held)

    @on(Action.get_log)
    def on_get_log(self, log_type: str, **_: Any) -> Any:
        if self.mode_for("GetLog") != "accept":
            return call_result.GetLog(status="Rejected")
        return call_result.GetLog(status="Accepted", filename=f"{log_type}-{self.id}.log")

    @on(Action.signed_update_firmware)
    def on_signed_update_firmware(self, **_: Any) -> Any:
        return call_result.SignedUpdateFirmware(
            status=self._pick("SignedUpdateFirmware", "Accepted", "InvalidCertificate"))

    @on(Action.extended_trigger_message)
    def on_extended_trigger_message(self, requested_message: str, **_: Any) -> Any:
        return call_result.ExtendedTriggerMessage(
            status=self._pick("ExtendedTriggerMessage", "Accepted", "Rejected"))


def _headers(cp_id: str, password: str | None) -> dict[str, str]:
    return {"Authorization": basic_auth(cp_id, password)} if password is not None else {}


@contextlib.asynccontextmanager
async def connect16(url: str, cp_id: str, password: str | None = None,
                    subprotocols: Sequence[str] | None = ("ocpp1.6",), mode: str = "accept",
                    response_timeout: float = 2.0,
                    ssl: Any = None) -> AsyncIterator[Charger16]:
    """Connect a :class:`Charger16` to ``<url>/<cp_id>`` (the id URL-encoded).

    ``password`` sends HTTP Basic credentials (security profile 1); ``subprotocols``
    None or empty offers no subprotocol at all; ``ssl``: the client's SSLContext for a
    wss:// url (trusting the site CA, with a client certificate for profile 3).
    """
    extra: dict[str, Any] = {"ssl": ssl} if ssl is not None else {}
    ws = await websockets.connect(
        charger_uri(url, cp_id), subprotocols=list(subprotocols) if subprotocols else None,
        additional_headers=_headers(cp_id, password), open_timeout=5, close_timeout=1,
        **extra)
    charger = Charger16(cp_id, ws, mode=mode, response_timeout=response_timeout)
    async with reading(charger, ws, f"charger-{cp_id}"):
        yield charger


@contextlib.asynccontextmanager
async def connect_raw(url: str, cp_id: str, password: str | None = None,
                      subprotocols: Sequence[str] | None = ("ocpp1.6",)
                      ) -> AsyncIterator[ClientConnection]:
    """A bare websocket for hand-made (possibly broken) frames."""
    ws = await websockets.connect(
        charger_uri(url, cp_id), subprotocols=list(subprotocols) if subprotocols else None,
        additional_headers=_headers(cp_id, password), open_timeout=5, close_timeout=1)
    try:
        yield ws
    finally:
        await ws.close()


async def raw_call(ws: ClientConnection, action: str, payload: Any,
                   uid: str | None = None, timeout: float = 2.0) -> list[Any]:
    """Send ``[2, uid, action, payload]`` and return the decoded answer frame."""
    uid = uid or str(uuid.uuid4())
    await ws.send(json.dumps([2, uid, action, payload]))
    return await raw_recv(ws, timeout)


async def raw_recv(ws: ClientConnection, timeout: float = 2.0) -> list[Any]:
    return json.loads(await asyncio.wait_for(ws.recv(), timeout))  # type: ignore[no-any-return]


async def raw_boot(ws: ClientConnection) -> list[Any]:
    return await raw_call(ws, "BootNotification",
                          {"chargePointVendor": "RawVendor", "chargePointModel": "RawModel"})
