"""CSMS -> station command handlers of the simulated OCPP 2.0.1 charging station."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from ocpp.v201 import call, call_result
from ocpp.v201.enums import Action

from csms_desktop.sim.core import SimCore
from csms_desktop.sim.device_model import DeviceModel
from csms_desktop.sim.model import Connector, now_utc
from csms_desktop.sim.profiles import TX_PURPOSE, format_time, parse_time
from csms_desktop.sim.transport import on

TRIGGERS = ("BootNotification", "Heartbeat", "StatusNotification", "MeterValues",
            "TransactionEvent", "FirmwareStatusNotification", "LogStatusNotification",
            "SignChargingStationCertificate")


class Commands201(SimCore):
    """Mixin with the command handlers; state and outgoing messages live in SimChargePoint201."""

    local_list: dict[str, dict[str, Any]]
    local_list_version: int
    firmware_status: str
    log_status: str
    device: DeviceModel
    _sign_after_trigger: Callable[[], Awaitable[None]]  # security201.Security201

    async def send_status(self, c: Connector) -> None:
        raise NotImplementedError

    async def _tx_event(self, c: Connector, event: str, trigger: str,
                        meter: list[dict[str, Any]] | None = None,
                        stopped_reason: str | None = None, **extra: Any) -> Any:
        raise NotImplementedError

    def _meter(self, c: Connector, context: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _targets(self, evse: dict[str, Any] | None) -> list[Connector]:
        evse_id = (evse or {}).get("id")
        return [c for c in self.connectors if evse_id in (None, 0, c.id)]

    async def _trigger(self, what: str, evse: dict[str, Any] | None) -> None:
        targets = self._targets(evse)
        if what == "BootNotification":
            self.boot_reason = "Triggered"
            await self.p_boot()
        elif what == "Heartbeat":
            await self.p_heartbeat()
        elif what == "StatusNotification":
            for c in targets:
                await self.send_status(c)
        elif what == "MeterValues":
            for c in targets:
                await self.p_meter(c, "Trigger")
        elif what == "TransactionEvent":
            for c in targets:
                if c.in_transaction:
                    await self._tx_event(c, "Updated", "Trigger", self._meter(c, "Trigger"))
        elif what == "FirmwareStatusNotification":
            await self._call(call.FirmwareStatusNotification(status=self.firmware_status))
        elif what == "LogStatusNotification":
            await self._call(call.LogStatusNotification(status=self.log_status))

    async def _notify_sequence(self, kind: str, request_id: int, statuses: list[str]) -> None:
        for status in statuses:
            await asyncio.sleep(self.params.firmware_step)
            if kind == "firmware":
                self.firmware_status = status
                await self._call(call.FirmwareStatusNotification(status=status,
                                                                 request_id=request_id))
            else:
                self.log_status = status
                await self._call(call.LogStatusNotification(status=status, request_id=request_id))

    @on(Action.request_start_transaction)
    def on_request_start_transaction(self, id_token: dict[str, Any], remote_start_id: int,
                                     evse_id: int | None = None,
                                     charging_profile: dict[str, Any] | None = None,
                                     **_: Any) -> Any:
        ok = not self.rejecting("RequestStartTransaction") and (
            charging_profile is None
            or charging_profile.get("charging_profile_purpose") == TX_PURPOSE)
        if ok:
            c = self.remote_start(evse_id, str(id_token.get("id_token", "")), remote_start_id,
                                  charging_profile)
            ok = c is not None
        return call_result.RequestStartTransaction(status="Accepted" if ok else "Rejected")

    @on(Action.request_stop_transaction)
    def on_request_stop_transaction(self, transaction_id: str, **_: Any) -> Any:
        ok = not self.rejecting("RequestStopTransaction") and self.request_stop(transaction_id)
        return call_result.RequestStopTransaction(status="Accepted" if ok else "Rejected")

    @on(Action.reset)
    def on_reset(self, type: str, evse_id: int | None = None, **_: Any) -> Any:
        if self.rejecting("Reset"):
            return call_result.Reset(status="Rejected")
        if evse_id:
            c = self.connector(evse_id)
            if c is None:
                return call_result.Reset(status="Rejected")
            if c.in_transaction:
                self.request_stop(c.tx_id, "SoftReset")
            return call_result.Reset(status="Accepted")
        busy = any(c.in_transaction for c in self.connectors)
        if type == "OnIdle" and busy:
            self.after_reply(lambda: self.reset("SoftReset", wait_idle=True))
            return call_result.Reset(status="Scheduled")
        self.after_reply(lambda: self.reset("HardReset"))
        return call_result.Reset(status="Accepted")

    @on(Action.unlock_connector)
    def on_unlock_connector(self, evse_id: int, connector_id: int, **_: Any) -> Any:
        c = self.connector(evse_id)
        if c is None or connector_id != 1:
            status = "UnknownConnector"
        elif self.rejecting("UnlockConnector"):
            status = "UnlockFailed"
        elif c.in_transaction:
            status = "OngoingAuthorizedTransaction"
        else:
            status = "Unlocked"
        return call_result.UnlockConnector(status=status)

    @on(Action.change_availability)
    def on_change_availability(self, operational_status: str, evse: dict[str, Any] | None = None,
                               **_: Any) -> Any:
        status = None
        # one connector per EVSE here: connectorId 1 or none
        if not self.rejecting("ChangeAvailability") and (evse or {}).get("connector_id") in (
                None, 1):
            status = self.change_availability(int((evse or {}).get("id", 0)),
                                              operational_status == "Operative")
        return call_result.ChangeAvailability(status=status or "Rejected")

    @on(Action.clear_cache)
    def on_clear_cache(self, **_: Any) -> Any:
        status = "Rejected" if self.rejecting("ClearCache") else "Accepted"
        return call_result.ClearCache(status=status)

    @on(Action.trigger_message)
    def on_trigger_message(self, requested_message: str, evse: dict[str, Any] | None = None,
                           **_: Any) -> Any:
        if requested_message not in TRIGGERS:
            return call_result.TriggerMessage(status="NotImplemented")
        bad = evse is not None and evse.get("id") and self.connector(evse["id"]) is None
        if self.rejecting("TriggerMessage") or bad:
            return call_result.TriggerMessage(status="Rejected")
        if requested_message == "SignChargingStationCertificate":
            self.after_reply(self._sign_after_trigger)
        else:
            self.after_reply(lambda: self._trigger(requested_message, evse))
        return call_result.TriggerMessage(status="Accepted")

    @on(Action.reserve_now)
    def on_reserve_now(self, id: int, expiry_date_time: str, id_token: dict[str, Any],
                       evse_id: int | None = None, connector_type: str | None = None,
                       **_: Any) -> Any:
        if self.rejecting("ReserveNow"):
            return call_result.ReserveNow(status="Rejected")
        if connector_type is not None:
            fitting = [c for c in self.connectors
                       if ("cCCS2" if c.hw.dc else "cType2") == connector_type
                       and evse_id in (None, 0, c.id)]
            if not fitting:
                return call_result.ReserveNow(status="Rejected")
            free = next((c for c in fitting if c.state.value == "Available" and c.operative
                         and c.reservation is None), fitting[0])
            evse_id = free.id
        status = self.reserve(evse_id or 0, id, str(id_token.get("id_token", "")),
                              parse_time(expiry_date_time) or now_utc())
        return call_result.ReserveNow(status=status)

    @on(Action.cancel_reservation)
    def on_cancel_reservation(self, reservation_id: int, **_: Any) -> Any:
        ok = not self.rejecting("CancelReservation") and self.cancel_reservation(reservation_id)
        return call_result.CancelReservation(status="Accepted" if ok else "Rejected")

    @on(Action.set_charging_profile)
    def on_set_charging_profile(self, evse_id: int, charging_profile: dict[str, Any],
                                **_: Any) -> Any:
        ok = not self.rejecting("SetChargingProfile") and self.set_profile(
            evse_id, charging_profile)
        return call_result.SetChargingProfile(status="Accepted" if ok else "Rejected")

    @on(Action.clear_charging_profile)
    def on_clear_charging_profile(self, charging_profile_id: int | None = None,
                                  charging_profile_criteria: dict[str, Any] | None = None,
                                  **_: Any) -> Any:
        crit = charging_profile_criteria or {}
        removed = 0 if self.rejecting("ClearChargingProfile") else self.clear_profiles(
            charging_profile_id, crit.get("evse_id"), crit.get("charging_profile_purpose"),
            crit.get("stack_level"))
        return call_result.ClearChargingProfile(status="Accepted" if removed else "Unknown")

    @on(Action.get_charging_profiles)
    def on_get_charging_profiles(self, request_id: int, charging_profile: dict[str, Any],
                                 evse_id: int | None = None, **_: Any) -> Any:
        if self.rejecting("GetChargingProfiles"):
            return call_result.GetChargingProfiles(status="NoProfiles")
        ids = charging_profile.get("charging_profile_id") or []
        sources = charging_profile.get("charging_limit_source") or ["CSO"]
        found = [p for p in self.profiles.matching(
                     connector_id=evse_id, purpose=charging_profile.get("charging_profile_purpose"),
                     stack_level=charging_profile.get("stack_level"))
                 if (not ids or p.id in ids) and "CSO" in sources]
        if not found:
            return call_result.GetChargingProfiles(status="NoProfiles")
        groups: dict[int, list[dict[str, Any]]] = {}
        for p in found:
            groups.setdefault(p.connector_id, []).append(p.raw)
        self.after_reply(lambda: self._report_profiles(request_id, groups))
        return call_result.GetChargingProfiles(status="Accepted")

    async def _report_profiles(self, request_id: int,
                               groups: dict[int, list[dict[str, Any]]]) -> None:
        keys = sorted(groups)
        for i, evse in enumerate(keys):
            await self._call(call.ReportChargingProfiles(
                request_id=request_id, charging_limit_source="CSO", charging_profile=groups[evse],
                evse_id=evse, tbc=i < len(keys) - 1))

    @on(Action.get_composite_schedule)
    def on_get_composite_schedule(self, duration: int, evse_id: int,
                                  charging_rate_unit: str | None = None, **_: Any) -> Any:
        unit = charging_rate_unit or "W"
        schedule = None if self.rejecting("GetCompositeSchedule") else self.composite_schedule(
            evse_id, duration, unit)
        if schedule is None:
            return call_result.GetCompositeSchedule(status="Rejected")
        start, periods = schedule
        return call_result.GetCompositeSchedule(status="Accepted", schedule={
            "evse_id": evse_id, "duration": duration, "schedule_start": format_time(start),
            "charging_rate_unit": unit,
            "charging_schedule_period": [{"start_period": s, "limit": lim} for s, lim in periods]})

    @on(Action.send_local_list)
    def on_send_local_list(self, version_number: int, update_type: str,
                           local_authorization_list: list[dict[str, Any]] | None = None,
                           **_: Any) -> Any:
        if self.rejecting("SendLocalList"):
            return call_result.SendLocalList(status="Failed")
        entries = local_authorization_list or []
        if update_type == "Full":
            self.local_list = {}
        elif version_number <= self.local_list_version:
            return call_result.SendLocalList(status="VersionMismatch")
        for e in entries:
            tag = str(e.get("id_token", {}).get("id_token", ""))
            if e.get("id_token_info") is None and update_type != "Full":
                self.local_list.pop(tag, None)
            else:
                self.local_list[tag] = e.get("id_token_info") or {}
        self.local_list_version = version_number
        self.device.set_actual("LocalAuthListCtrlr", "Entries", str(len(self.local_list)))
        return call_result.SendLocalList(status="Accepted")

    @on(Action.get_local_list_version)
    def on_get_local_list_version(self, **_: Any) -> Any:
        version = 0 if self.rejecting("GetLocalListVersion") else self.local_list_version
        return call_result.GetLocalListVersion(version_number=version)

    @on(Action.update_firmware)
    def on_update_firmware(self, request_id: int, firmware: dict[str, Any], **_: Any) -> Any:
        if self.rejecting("UpdateFirmware"):
            return call_result.UpdateFirmware(status="Rejected")
        steps = ["Downloading", "Downloaded", "Installing", "Installed"]
        self.after_reply(lambda: self._notify_sequence("firmware", request_id, steps))
        return call_result.UpdateFirmware(status="Accepted")

    @on(Action.get_log)
    def on_get_log(self, log: dict[str, Any], log_type: str, request_id: int, **_: Any) -> Any:
        if self.rejecting("GetLog"):
            return call_result.GetLog(status="Rejected")
        name = f"{log_type.lower()}-{self.id}-{now_utc():%Y%m%d%H%M%S}.log"
        steps = ["Uploading", "Uploaded"]
        self.after_reply(lambda: self._notify_sequence("log", request_id, steps))
        return call_result.GetLog(status="Accepted", filename=name)

    @on(Action.data_transfer)
    def on_data_transfer(self, vendor_id: str, message_id: str | None = None, data: Any = None,
                         **_: Any) -> Any:
        if self.rejecting("DataTransfer"):
            return call_result.DataTransfer(status="Rejected")
        return call_result.DataTransfer(status="Accepted", data=data)

