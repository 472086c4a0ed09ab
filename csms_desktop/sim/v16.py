"""Simulated OCPP 1.6J charge point (client side of the ocpp library)."""

from __future__ import annotations

import asyncio
import random
from typing import Any

from ocpp.v16 import ChargePoint as ChargePoint16
from ocpp.v16 import call

from csms_desktop.sim.config16 import ConfigStore
from csms_desktop.sim.model import Behaviour, Connector, CState, SimParams, timestamp
from csms_desktop.sim.physics import Reading
from csms_desktop.sim.security16 import Security16
from csms_desktop.sim.v16_commands import Commands16


def sampled_values(r: Reading, context: str) -> list[dict[str, str]]:
    base = {"context": context, "format": "Raw", "location": "Outlet"}
    out = [
        {**base, "measurand": "Energy.Active.Import.Register", "unit": "Wh",
         "value": f"{r.energy_wh:.1f}"},
        {**base, "measurand": "Power.Active.Import", "unit": "W", "value": f"{r.power_w:.0f}"},
    ]
    for phase, amps in r.currents.items():
        item = {**base, "measurand": "Current.Import", "unit": "A", "value": f"{amps:.1f}"}
        if phase:
            item["phase"] = phase
        out.append(item)
    volt = {**base, "measurand": "Voltage", "unit": "V", "value": f"{r.voltage:.1f}"}
    if "L1" in r.currents:
        volt["phase"] = "L1-N"
    out.append(volt)
    if r.soc is not None:
        out.append({**base, "location": "EV", "measurand": "SoC", "unit": "Percent",
                    "value": f"{r.soc:.0f}"})
    return out


class SimChargePoint16(Commands16, Security16, ChargePoint16):  # type: ignore[misc]
    """An OCPP 1.6J charge point with `params.connectors` connectors.

    Drive it with `await sim.run(url, password, stop_event)` (connects to `<url>/<id>`,
    reconnects with backoff) or `await sim.run_connection(ws)` on an open websocket.
    """

    subprotocol = "ocpp1.6"

    def __init__(self, cp_id: str, params: SimParams | None = None,
                 behaviour: Behaviour | None = None, seed: int | str | None = None,
                 rng: random.Random | None = None) -> None:
        resp_timeout = (params or SimParams()).response_timeout
        ChargePoint16.__init__(self, cp_id, None, response_timeout=resp_timeout)
        self._init_sim(params, behaviour, rng, seed)
        self.config = ConfigStore(len(self.connectors), self._config_changed)
        self.config.set_value("MeterValueSampleInterval", str(int(self.meter_interval)))
        self.local_list: dict[str, dict[str, Any]] = {}
        self.local_list_version = 0
        self.firmware_status = "Idle"
        self.diagnostics_status = "Idle"
        self.installed_roots: dict[str, dict[str, Any]] = {}

    def profile_changed(self, profile: int) -> None:
        self.config.set_value("SecurityProfile", str(profile))

    def _config_changed(self, key: str, value: str) -> None:
        if key == "AuthorizationKey":
            self.password = bytes.fromhex(value).decode("ascii")
        elif key == "HeartbeatInterval" and int(value) > 0:
            self.set_heartbeat_interval(int(value))
        elif key == "MeterValueSampleInterval":
            self.meter_interval = float(value) if int(value) > 0 else 86_400.0
        elif key == "AuthorizeRemoteTxRequests":
            self.authorize_remote = value.lower() == "true"

    # ------------------------------------------------------------ outgoing
    async def p_boot(self) -> tuple[str, float] | None:
        p = self.params
        res = await self._call(call.BootNotification(
            charge_point_model=p.model, charge_point_vendor=p.vendor, firmware_version=p.firmware,
            charge_point_serial_number=f"SN-{self.id}", meter_type="SimMeter"))
        if res is None:
            return None
        if res.status == "Accepted" and res.interval > 0:
            self.config.set_value("HeartbeatInterval", str(res.interval))
        return str(res.status), float(res.interval)

    async def p_heartbeat(self) -> None:
        await self._call(call.Heartbeat())

    async def p_after_boot(self) -> None:
        await self.send_status0()
        for c in self.connectors:
            await self.p_state(c, c.state)

    async def send_status0(self) -> None:
        status = "Available" if any(c.operative for c in self.connectors) else "Unavailable"
        await self._call(call.StatusNotification(
            connector_id=0, error_code="NoError", status=status, timestamp=timestamp()))

    async def p_state(self, c: Connector, old: CState) -> None:
        error = c.error_code if c.state == CState.FAULTED else "NoError"
        c.reported = c.state.value
        await self._call(call.StatusNotification(
            connector_id=c.id, error_code=error, status=c.state.value, timestamp=timestamp()))

    async def p_authorize(self, tag: str) -> bool | None:
        res = await self._call(call.Authorize(id_tag=tag))
        return None if res is None else bool(res.id_tag_info.get("status") == "Accepted")

    async def p_start(self, c: Connector) -> bool:
        rid = c.reservation.id if c.reservation and c.reservation.tag == c.tag else None
        res = await self._call(call.StartTransaction(
            connector_id=c.id, id_tag=c.tag or "", meter_start=round(c.meter_start),
            timestamp=timestamp(), reservation_id=rid))
        if res is None:
            c.tx_id = None
            return False
        c.tx_id = int(res.transaction_id)
        return bool(res.id_tag_info.get("status") == "Accepted")

    async def p_meter(self, c: Connector, context: str) -> None:
        mv = {"timestamp": timestamp(), "sampledValue": sampled_values(self.reading(c), context)}
        tx = c.tx_id if isinstance(c.tx_id, int) else None
        await self._call(call.MeterValues(connector_id=c.id, meter_value=[mv], transaction_id=tx))

    async def p_stop(self, c: Connector, reason: str) -> None:
        reason = {"Fault": "Other", "UnlockCommand": "UnlockCommand"}.get(reason, reason)
        end = {"timestamp": timestamp(), "sampledValue": [{
            "value": f"{c.energy_wh:.1f}", "context": "Transaction.End", "format": "Raw",
            "measurand": "Energy.Active.Import.Register", "location": "Outlet", "unit": "Wh"}]}
        await self._call(call.StopTransaction(
            meter_stop=round(c.energy_wh), timestamp=timestamp(), transaction_id=int(c.tx_id or 0),
            reason=reason, id_tag=c.tag, transaction_data=[end]))

    async def _notify_sequence(self, kind: str, statuses: list[str]) -> None:
        for status in statuses:
            await asyncio.sleep(self.params.firmware_step)
            if kind == "firmware":
                self.firmware_status = status
                await self._call(call.FirmwareStatusNotification(status=status))
            else:
                self.diagnostics_status = status
                await self._call(call.DiagnosticsStatusNotification(status=status))

    async def _trigger(self, what: str, connector_id: int | None) -> None:
        targets = [c for c in self.connectors if connector_id in (None, 0, c.id)]
        if what == "BootNotification":
            await self.p_boot()
        elif what == "Heartbeat":
            await self.p_heartbeat()
        elif what == "FirmwareStatusNotification":
            await self._call(call.FirmwareStatusNotification(status=self.firmware_status))
        elif what == "DiagnosticsStatusNotification":
            await self._call(call.DiagnosticsStatusNotification(status=self.diagnostics_status))
        elif what == "StatusNotification":
            if not connector_id:
                await self.send_status0()
            for c in targets:
                await self.p_state(c, c.state)
        elif what == "MeterValues":
            for c in targets:
                await self.p_meter(c, "Trigger")
