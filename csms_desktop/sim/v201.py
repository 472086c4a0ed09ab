"""Simulated OCPP 2.0.1 charging station (client side of the ocpp library).

Each connector of the version-neutral model is an EVSE with one connector (evse id = n,
connector id 1). Transactions start at authorization (TxStartPoint Authorized).
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from ocpp.v201 import ChargePoint as ChargePoint201
from ocpp.v201 import call, call_result
from ocpp.v201.enums import Action

from csms_desktop.sim.device_model import DeviceModel, Variable, default_variables
from csms_desktop.sim.model import (
    CHARGING_STATES,
    Behaviour,
    Connector,
    CState,
    SimParams,
    timestamp,
)
from csms_desktop.sim.physics import Reading
from csms_desktop.sim.security201 import Security201
from csms_desktop.sim.transport import on
from csms_desktop.sim.v201_advanced import Advanced201
from csms_desktop.sim.v201_commands import Commands201

STATUS = {CState.AVAILABLE: "Available", CState.RESERVED: "Reserved",
          CState.UNAVAILABLE: "Unavailable", CState.FAULTED: "Faulted"}
CHARGING_STATE = {CState.PREPARING: "EVConnected", CState.CHARGING: "Charging",
                  CState.SUSPENDED_EV: "SuspendedEV", CState.SUSPENDED_EVSE: "SuspendedEVSE",
                  CState.FINISHING: "EVConnected"}
STOP = {  # neutral reason -> (stoppedReason, triggerReason)
    "Local": ("Local", "StopAuthorized"),
    "Remote": ("Remote", "RemoteStop"),
    "EVDisconnected": ("EVDisconnected", "EVDeparted"),
    "DeAuthorized": ("DeAuthorized", "Deauthorized"),
    "Fault": ("Other", "AbnormalCondition"),
    "SoftReset": ("ImmediateReset", "ResetCommand"),
    "HardReset": ("ImmediateReset", "ResetCommand"),
    "UnlockCommand": ("Other", "UnlockCommand"),
}


def sampled_values(r: Reading, context: str) -> list[dict[str, Any]]:
    def sv(measurand: str, value: float, unit: str, **extra: Any) -> dict[str, Any]:
        return {"value": round(value, 2), "context": context, "measurand": measurand,
                "location": "Outlet", "unit_of_measure": {"unit": unit}, **extra}

    out = [sv("Energy.Active.Import.Register", r.energy_wh, "Wh"),
           sv("Power.Active.Import", r.power_w, "W")]
    for phase, amps in r.currents.items():
        out.append(sv("Current.Import", amps, "A", **({"phase": phase} if phase else {})))
    out.append(sv("Voltage", r.voltage, "V", **({"phase": "L1-N"} if "L1" in r.currents else {})))
    if r.soc is not None:
        out.append({**sv("SoC", r.soc, "Percent"), "location": "EV"})
    return out


class SimChargePoint201(Advanced201, Commands201, Security201, ChargePoint201):  # type: ignore[misc]
    """An OCPP 2.0.1 charging station with `params.connectors` EVSEs."""

    subprotocol = "ocpp2.0.1"

    def __init__(self, cp_id: str, params: SimParams | None = None,
                 behaviour: Behaviour | None = None, seed: int | str | None = None,
                 rng: random.Random | None = None) -> None:
        resp_timeout = (params or SimParams()).response_timeout
        ChargePoint201.__init__(self, cp_id, None, response_timeout=resp_timeout)
        self._init_sim(params, behaviour, rng, seed)
        p = self.params
        evses = [(c.id, c.hw.dc, c.hw.max_power_w) for c in self.connectors]
        self.device = DeviceModel(default_variables(evses, cp_id, p.vendor, p.model, p.firmware),
                                  self._variable_changed, self._resolve)
        self.device.set_actual("SampledDataCtrlr", "TxUpdatedInterval",
                               str(int(self.meter_interval)))
        self.local_list: dict[str, dict[str, Any]] = {}
        self.local_list_version = 0
        self.firmware_status = "Idle"
        self.log_status = "Idle"
        self.installed_roots: dict[str, dict[str, Any]] = {}
        self.network_profiles: dict[int, dict[str, Any]] = {}  # SetNetworkProfile slots
        self.report_chunk = 8
        self._init_advanced()

    def profile_changed(self, profile: int) -> None:
        self.device.set_actual("SecurityCtrlr", "SecurityProfile", str(profile))

    def _variable_changed(self, component: str, variable: str, value: str) -> None:
        if (component, variable) == ("OCPPCommCtrlr", "NetworkConfigurationPriority"):
            self.network_priority_changed(value)
        elif (component, variable) == ("SecurityCtrlr", "BasicAuthPassword"):
            self.password = value  # used from the next connection on
        elif (component, variable) == ("OCPPCommCtrlr", "HeartbeatInterval") and int(value) > 0:
            self.set_heartbeat_interval(int(value))
        elif (component, variable) == ("SampledDataCtrlr", "TxUpdatedInterval"):
            self.meter_interval = float(value) if int(value) > 0 else 86_400.0
        elif (component, variable) == ("AuthCtrlr", "AuthorizeRemoteStart"):
            self.authorize_remote = value.lower() == "true"

    def _resolve(self, var: Variable) -> str | None:
        if var.variable != "AvailabilityState":
            return None
        if var.evse is None:
            return "Available" if any(c.operative for c in self.connectors) else "Unavailable"
        c = self.connector(var.evse)
        return None if c is None else STATUS.get(c.state, "Occupied")

    def new_transaction_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # ------------------------------------------------------------ outgoing
    async def p_boot(self) -> tuple[str, float] | None:
        p = self.params
        res = await self._call(call.BootNotification(
            charging_station={"model": p.model, "vendor_name": p.vendor,
                              "firmware_version": p.firmware, "serial_number": f"SN-{self.id}"},
            reason=self.boot_reason))
        if res is None:
            return None
        if res.status == "Accepted" and res.interval > 0:
            self.device.set_actual("OCPPCommCtrlr", "HeartbeatInterval", str(res.interval))
        return str(res.status), float(res.interval)

    async def p_heartbeat(self) -> None:
        await self._call(call.Heartbeat())

    async def p_after_boot(self) -> None:
        for c in self.connectors:
            await self.p_state(c, c.state)

    async def send_status(self, c: Connector) -> None:
        c.reported = STATUS.get(c.state, "Occupied")
        await self._call(call.StatusNotification(
            timestamp=timestamp(), connector_status=c.reported, evse_id=c.id, connector_id=1))

    async def p_state(self, c: Connector, old: CState) -> None:
        if c.reported != STATUS.get(c.state, "Occupied"):
            await self.send_status(c)
        if c.in_transaction and c.state in CHARGING_STATES and old != c.state:
            await self._tx_event(c, "Updated", "ChargingStateChanged")

    async def p_authorize(self, tag: str) -> bool | None:
        res = await self._call(call.Authorize(id_token={"id_token": tag, "type": "ISO14443"}))
        return None if res is None else bool(res.id_token_info.get("status") == "Accepted")

    async def _tx_event(self, c: Connector, event: str, trigger: str,
                        meter: list[dict[str, Any]] | None = None,
                        stopped_reason: str | None = None, **extra: Any) -> Any:
        info: dict[str, Any] = {"transaction_id": str(c.tx_id),
                                "charging_state": CHARGING_STATE.get(c.state, "Idle")}
        if stopped_reason is not None:
            info["stopped_reason"] = stopped_reason
        if c.remote_start_id is not None and event == "Started":
            info["remote_start_id"] = c.remote_start_id
        seq, c.seq_no = c.seq_no, c.seq_no + 1
        extra.update(self._tx_extras(c, event, meter))
        return await self._call(self.transaction_event_call(
            event_type=event, timestamp=timestamp(), trigger_reason=trigger, seq_no=seq,
            transaction_info=info, meter_value=meter, evse={"id": c.id, "connector_id": 1},
            **extra))

    #: the TransactionEvent dataclass of the version spoken (2.1 has costDetails)
    transaction_event_call: Any = call.TransactionEvent

    def _tx_extras(self, c: Connector, event: str,
                   meter: list[dict[str, Any]] | None) -> dict[str, Any]:
        """Fields a later version adds to a TransactionEvent (2.1: costDetails)."""
        return {}

    def _meter(self, c: Connector, context: str) -> list[dict[str, Any]]:
        return [{"timestamp": timestamp(),
                 "sampled_value": sampled_values(self.reading(c), context)}]

    async def p_start(self, c: Connector) -> bool:
        c.tx_id = self.new_transaction_id()
        if c.tag:
            self.remember_customer(c.tag, f"session {c.tx_id} on EVSE {c.id}")
        extra: dict[str, Any] = {"id_token": {"id_token": c.tag or "", "type": "ISO14443"}}
        if c.reservation is not None and c.reservation.tag == c.tag:
            extra["reservation_id"] = c.reservation.id
        trigger = "RemoteStart" if c.remote_start_id is not None else "Authorized"
        res = await self._tx_event(c, "Started", trigger, self._meter(c, "Transaction.Begin"),
                                   **extra)
        info = getattr(res, "id_token_info", None) or {}
        return bool(info.get("status", "Accepted") == "Accepted")

    async def p_meter(self, c: Connector, context: str) -> None:
        if c.in_transaction and context == "Sample.Periodic":
            await self._tx_event(c, "Updated", "MeterValuePeriodic", self._meter(c, context))
        else:
            await self._call(call.MeterValues(evse_id=c.id, meter_value=self._meter(c, context)))

    async def p_stop(self, c: Connector, reason: str) -> None:
        stopped, trigger = STOP.get(reason, ("Other", "AbnormalCondition"))
        if reason == "Fault" and c.error_code == "GroundFailure":
            stopped = "GroundFault"
        extra: dict[str, Any] = {}
        if reason == "Local" and c.tag:
            extra["id_token"] = {"id_token": c.tag, "type": "ISO14443"}
        res = await self._tx_event(c, "Ended", trigger, self._meter(c, "Transaction.End"),
                                   stopped_reason=stopped, **extra)
        if getattr(res, "total_cost", None) is not None:  # the CSMS's price, for the display
            self.final_costs[str(c.tx_id)] = float(res.total_cost)

    # ------------------------------------------------------------ incoming: device model
    @on(Action.get_variables)
    def on_get_variables(self, get_variable_data: list[dict[str, Any]], **_: Any) -> Any:
        if self.rejecting("GetVariables"):
            results = [{"attribute_status": "Rejected", "component": d.get("component", {}),
                        "variable": d.get("variable", {})} for d in get_variable_data]
        else:
            results = [self.device.get(d) for d in get_variable_data]
        return call_result.GetVariables(get_variable_result=results)

    @on(Action.set_variables)
    def on_set_variables(self, set_variable_data: list[dict[str, Any]], **_: Any) -> Any:
        if self.rejecting("SetVariables"):
            results = [{"attribute_status": "Rejected", "component": d.get("component", {}),
                        "variable": d.get("variable", {})} for d in set_variable_data]
        else:
            results = [self.device.set(d) for d in set_variable_data]
        return call_result.SetVariables(set_variable_result=results)

    @on(Action.get_base_report)
    def on_get_base_report(self, request_id: int, report_base: str, **_: Any) -> Any:
        if self.rejecting("GetBaseReport"):
            return call_result.GetBaseReport(status="Rejected")
        items = self.device.report(report_base)
        if not items:
            return call_result.GetBaseReport(status="EmptyResultSet")
        self.after_reply(lambda: self._send_report(request_id, items))
        return call_result.GetBaseReport(status="Accepted")

    async def _send_report(self, request_id: int, items: list[dict[str, Any]]) -> None:
        n = self.report_chunk
        parts = [items[i:i + n] for i in range(0, len(items), n)]
        for seq, part in enumerate(parts):
            await self._call(call.NotifyReport(
                request_id=request_id, generated_at=timestamp(), seq_no=seq,
                report_data=part, tbc=seq < len(parts) - 1))
