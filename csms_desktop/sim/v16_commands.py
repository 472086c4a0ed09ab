"""CSMS -> charge point command handlers of the simulated OCPP 1.6 charge point."""

from __future__ import annotations

from typing import Any

from ocpp.v16 import call_result
from ocpp.v16.enums import Action

from csms_desktop.sim.config16 import ConfigStore
from csms_desktop.sim.core import SimCore
from csms_desktop.sim.model import now_utc
from csms_desktop.sim.profiles import TX_PURPOSE, format_time, parse_time
from csms_desktop.sim.transport import on

TRIGGERS = ("BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
            "Heartbeat", "MeterValues", "StatusNotification")


class Commands16(SimCore):
    """Mixin with the command handlers; state and outgoing messages live in SimChargePoint16."""

    config: ConfigStore
    local_list: dict[str, dict[str, Any]]
    local_list_version: int

    async def send_status0(self) -> None:
        raise NotImplementedError

    async def _notify_sequence(self, kind: str, statuses: list[str]) -> None:
        raise NotImplementedError

    async def _trigger(self, what: str, connector_id: int | None) -> None:
        raise NotImplementedError

    @on(Action.remote_start_transaction)
    def on_remote_start_transaction(self, id_tag: str, connector_id: int | None = None,
                                    charging_profile: dict[str, Any] | None = None,
                                    **_: Any) -> Any:
        ok = not self.rejecting("RemoteStartTransaction") and (
            charging_profile is None
            or charging_profile.get("charging_profile_purpose") == TX_PURPOSE)
        if ok:
            ok = self.remote_start(connector_id, id_tag, None, charging_profile) is not None
        return call_result.RemoteStartTransaction(status="Accepted" if ok else "Rejected")

    @on(Action.remote_stop_transaction)
    def on_remote_stop_transaction(self, transaction_id: int, **_: Any) -> Any:
        ok = not self.rejecting("RemoteStopTransaction") and self.request_stop(transaction_id)
        return call_result.RemoteStopTransaction(status="Accepted" if ok else "Rejected")

    @on(Action.reset)
    def on_reset(self, type: str, **_: Any) -> Any:
        if self.rejecting("Reset"):
            return call_result.Reset(status="Rejected")
        self.after_reply(lambda: self.reset("HardReset" if type == "Hard" else "SoftReset"))
        return call_result.Reset(status="Accepted")

    @on(Action.unlock_connector)
    def on_unlock_connector(self, connector_id: int, **_: Any) -> Any:
        c = self.connector(connector_id)
        if c is None:
            return call_result.UnlockConnector(status="NotSupported")
        if self.rejecting("UnlockConnector"):
            return call_result.UnlockConnector(status="UnlockFailed")
        if c.in_transaction:
            self.request_stop(c.tx_id, "UnlockCommand")
        return call_result.UnlockConnector(status="Unlocked")

    @on(Action.change_availability)
    def on_change_availability(self, connector_id: int, type: str, **_: Any) -> Any:
        status = None
        if not self.rejecting("ChangeAvailability"):
            status = self.change_availability(connector_id, type == "Operative")
            if status is not None and connector_id == 0:
                self.after_reply(self.send_status0)
        return call_result.ChangeAvailability(status=status or "Rejected")

    @on(Action.get_configuration)
    def on_get_configuration(self, key: list[str] | None = None, **_: Any) -> Any:
        if self.rejecting("GetConfiguration"):
            return call_result.GetConfiguration(configuration_key=[], unknown_key=key or None)
        known, unknown = self.config.get(key)
        return call_result.GetConfiguration(configuration_key=known, unknown_key=unknown or None)

    @on(Action.change_configuration)
    def on_change_configuration(self, key: str, value: str, **_: Any) -> Any:
        if self.rejecting("ChangeConfiguration"):
            return call_result.ChangeConfiguration(status="Rejected")
        if key == "SecurityProfile":  # 1.6 security whitepaper: raise, never lower
            return call_result.ChangeConfiguration(status=self.raise_profile(value))
        status = self.config.change(key, value)
        return call_result.ChangeConfiguration(status=status)

    @on(Action.clear_cache)
    def on_clear_cache(self, **_: Any) -> Any:
        status = "Rejected" if self.rejecting("ClearCache") else "Accepted"
        return call_result.ClearCache(status=status)

    @on(Action.trigger_message)
    def on_trigger_message(self, requested_message: str, connector_id: int | None = None,
                           **_: Any) -> Any:
        if requested_message not in TRIGGERS:
            return call_result.TriggerMessage(status="NotImplemented")
        bad_connector = connector_id not in (None, 0) and self.connector(connector_id) is None
        if self.rejecting("TriggerMessage") or bad_connector:
            return call_result.TriggerMessage(status="Rejected")
        self.after_reply(lambda: self._trigger(requested_message, connector_id))
        return call_result.TriggerMessage(status="Accepted")

    @on(Action.reserve_now)
    def on_reserve_now(self, connector_id: int, expiry_date: str, id_tag: str,
                       reservation_id: int, **_: Any) -> Any:
        expiry = parse_time(expiry_date) or now_utc()
        status = "Rejected" if self.rejecting("ReserveNow") else self.reserve(
            connector_id, reservation_id, id_tag, expiry)
        return call_result.ReserveNow(status=status)

    @on(Action.cancel_reservation)
    def on_cancel_reservation(self, reservation_id: int, **_: Any) -> Any:
        ok = not self.rejecting("CancelReservation") and self.cancel_reservation(reservation_id)
        return call_result.CancelReservation(status="Accepted" if ok else "Rejected")

    @on(Action.set_charging_profile)
    def on_set_charging_profile(self, connector_id: int, cs_charging_profiles: dict[str, Any],
                                **_: Any) -> Any:
        ok = not self.rejecting("SetChargingProfile") and self.set_profile(
            connector_id, cs_charging_profiles)
        return call_result.SetChargingProfile(status="Accepted" if ok else "Rejected")

    @on(Action.clear_charging_profile)
    def on_clear_charging_profile(self, id: int | None = None, connector_id: int | None = None,
                                  charging_profile_purpose: str | None = None,
                                  stack_level: int | None = None, **_: Any) -> Any:
        removed = 0 if self.rejecting("ClearChargingProfile") else self.clear_profiles(
            id, connector_id, charging_profile_purpose, stack_level)
        return call_result.ClearChargingProfile(status="Accepted" if removed else "Unknown")

    @on(Action.get_composite_schedule)
    def on_get_composite_schedule(self, connector_id: int, duration: int,
                                  charging_rate_unit: str | None = None, **_: Any) -> Any:
        unit = charging_rate_unit or "W"
        schedule = None if self.rejecting("GetCompositeSchedule") else self.composite_schedule(
            connector_id, duration, unit)
        if schedule is None:
            return call_result.GetCompositeSchedule(status="Rejected")
        start, periods = schedule
        return call_result.GetCompositeSchedule(
            status="Accepted", connector_id=connector_id, schedule_start=format_time(start),
            charging_schedule={
                "duration": duration, "start_schedule": format_time(start),
                "charging_rate_unit": unit,
                "charging_schedule_period": [{"start_period": s, "limit": lim}
                                             for s, lim in periods]})

    @on(Action.send_local_list)
    def on_send_local_list(self, list_version: int, update_type: str,
                           local_authorization_list: list[dict[str, Any]] | None = None,
                           **_: Any) -> Any:
        if self.rejecting("SendLocalList"):
            return call_result.SendLocalList(status="Failed")
        entries = local_authorization_list or []
        if update_type == "Full":
            self.local_list = {e["id_tag"]: e.get("id_tag_info", {}) for e in entries}
        else:
            if list_version <= self.local_list_version:
                return call_result.SendLocalList(status="VersionMismatch")
            for e in entries:
                if e.get("id_tag_info") is None:
                    self.local_list.pop(e["id_tag"], None)
                else:
                    self.local_list[e["id_tag"]] = e["id_tag_info"]
        self.local_list_version = list_version
        return call_result.SendLocalList(status="Accepted")

    @on(Action.get_local_list_version)
    def on_get_local_list_version(self, **_: Any) -> Any:
        version = -1 if self.rejecting("GetLocalListVersion") else self.local_list_version
        return call_result.GetLocalListVersion(list_version=version)

    @on(Action.update_firmware)
    def on_update_firmware(self, location: str, retrieve_date: str, **_: Any) -> Any:
        steps = (["Downloading", "DownloadFailed"] if self.rejecting("UpdateFirmware")
                 else ["Downloading", "Downloaded", "Installing", "Installed"])
        self.after_reply(lambda: self._notify_sequence("firmware", steps))
        return call_result.UpdateFirmware()

    @on(Action.get_diagnostics)
    def on_get_diagnostics(self, location: str, **_: Any) -> Any:
        if self.rejecting("GetDiagnostics"):
            return call_result.GetDiagnostics()
        name = f"diagnostics-{self.id}-{now_utc():%Y%m%d%H%M%S}.log"
        self.after_reply(lambda: self._notify_sequence("diagnostics", ["Uploading", "Uploaded"]))
        return call_result.GetDiagnostics(file_name=name)

    @on(Action.data_transfer)
    def on_data_transfer(self, vendor_id: str, message_id: str | None = None,
                         data: str | None = None, **_: Any) -> Any:
        if self.rejecting("DataTransfer"):
            return call_result.DataTransfer(status="Rejected")
        return call_result.DataTransfer(status="Accepted", data=data)
