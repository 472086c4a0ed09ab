"""OCPP 1.6J: neutral command requests to CALLs, answers to results."""

from __future__ import annotations

import itertools
import time
from datetime import datetime
from typing import Any

from csms_desktop.domain.timeutil import format_ocpp_datetime, utcnow
from csms_desktop.protocol.results import CommandResult, Outcome, Request, status_result


def _dt(value: datetime | None) -> str | None:
    return format_ocpp_datetime(value) if value is not None else None


# requestIds of GetLog / SignedUpdateFirmware: unique enough across restarts (seconds
# since 2024 at start-up, then +1); written back into the request's args
_IDS = itertools.count(int(time.time()) - 1_704_067_200)


def _next_id(args: dict[str, Any], key: str) -> int:
    if args.get(key) is None:
        args[key] = next(_IDS)
    return int(args[key])


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def charging_profile_16(profile: dict[str, Any]) -> dict[str, Any]:
    """Neutral profile dict -> 1.6 csChargingProfiles."""
    schedule: dict[str, Any] = {
        "chargingRateUnit": profile.get("unit", "A"),
        "chargingSchedulePeriod": [
            {"startPeriod": int(start), "limit": round(float(limit), 1)}
            for start, limit in profile["periods"]
        ],
    }
    if profile.get("duration"):
        schedule["duration"] = int(profile["duration"])
    if profile.get("start_schedule"):
        schedule["startSchedule"] = _dt(profile["start_schedule"])
    if profile.get("min_rate") is not None:
        schedule["minChargingRate"] = round(float(profile["min_rate"]), 1)
    out: dict[str, Any] = {
        "chargingProfileId": int(profile["id"]),
        "stackLevel": int(profile.get("stack_level", 0)),
        "chargingProfilePurpose": profile.get("purpose", "TxDefaultProfile"),
        "chargingProfileKind": profile.get("kind", "Absolute"),
        "chargingSchedule": schedule,
    }
    if profile.get("kind") == "Recurring":
        out["recurrencyKind"] = profile.get("recurrency", "Daily")
    if profile.get("transaction_id") is not None:
        out["transactionId"] = int(profile["transaction_id"])
    if profile.get("valid_from"):
        out["validFrom"] = _dt(profile["valid_from"])
    if profile.get("valid_to"):
        out["validTo"] = _dt(profile["valid_to"])
    if out["chargingProfileKind"] == "Absolute" and "startSchedule" not in schedule:
        schedule["startSchedule"] = _dt(utcnow())
    return out


class V16Adapter:
    def build(self, r: Request) -> tuple[str, dict[str, Any]] | None:
        a = r.args
        match r.name:
            case "remote_start":
                p: dict[str, Any] = {"idTag": a["id_tag"]}
                if a.get("connector_id"):
                    p["connectorId"] = int(a["connector_id"])
                if a.get("charging_profile"):
                    prof = dict(a["charging_profile"])
                    prof.setdefault("purpose", "TxProfile")
                    p["chargingProfile"] = charging_profile_16(prof)
                return "RemoteStartTransaction", p
            case "remote_stop":
                return "RemoteStopTransaction", {"transactionId": int(a["transaction_id"])}
            case "reset":
                return "Reset", {"type": "Hard" if a.get("hard") else "Soft"}
            case "unlock":
                return "UnlockConnector", {"connectorId": int(a["connector_id"])}
            case "change_availability":
                return "ChangeAvailability", {
                    "connectorId": int(a["connector_id"]),
                    "type": "Operative" if a["available"] else "Inoperative"}
            case "get_configuration":
                return "GetConfiguration", ({"key": list(a["keys"])} if a.get("keys") else {})
            case "change_configuration":
                return "ChangeConfiguration", {"key": a["key"], "value": str(a["value"])}
            case "clear_cache":
                return "ClearCache", {}
            case "trigger_message":
                p = {"requestedMessage": a["message"]}
                if a.get("connector_id"):
                    p["connectorId"] = int(a["connector_id"])
                return "TriggerMessage", p
            case "reserve_now":
                return "ReserveNow", _drop_none({
                    "connectorId": int(a["connector_id"] or 0), "expiryDate": _dt(a["expiry"]),
                    "idTag": a["id_tag"], "reservationId": int(a["reservation_id"]),
                    "parentIdTag": a.get("parent_id_tag")})
            case "cancel_reservation":
                return "CancelReservation", {"reservationId": int(a["reservation_id"])}
            case "set_charging_profile":
                return "SetChargingProfile", {"connectorId": int(a["connector_id"]),
                                              "csChargingProfiles": charging_profile_16(a["profile"])}
            case "clear_charging_profile":
                return "ClearChargingProfile", _drop_none({
                    "id": a.get("profile_id"), "connectorId": a.get("connector_id"),
                    "chargingProfilePurpose": a.get("purpose"), "stackLevel": a.get("stack_level")})
            case "get_composite_schedule":
                return "GetCompositeSchedule", _drop_none({
                    "connectorId": int(a["connector_id"]), "duration": int(a["duration"]),
                    "chargingRateUnit": a.get("unit")})
            case "send_local_list":
                entries = []
                for e in a["entries"]:
                    item: dict[str, Any] = {"idTag": e["id_tag"]}
                    if e.get("status"):
                        item["idTagInfo"] = _drop_none({
                            "status": e["status"], "expiryDate": _dt(e.get("expiry_date")),
                            "parentIdTag": e.get("parent_id_tag")})
                    entries.append(item)
                return "SendLocalList", {
                    "listVersion": int(a["version"]), "localAuthorizationList": entries,
                    "updateType": "Full" if a.get("full", True) else "Differential"}
            case "get_local_list_version":
                return "GetLocalListVersion", {}
            case "update_firmware":
                return "UpdateFirmware", _drop_none({
                    "location": a["location"], "retrieveDate": _dt(a["retrieve_date"]),
                    "retries": a.get("retries"), "retryInterval": a.get("retry_interval")})
            case "get_diagnostics":
                return "GetDiagnostics", _drop_none({
                    "location": a["location"], "startTime": _dt(a.get("start")),
                    "stopTime": _dt(a.get("stop"))})
            case "data_transfer":
                return "DataTransfer", _drop_none({
                    "vendorId": a["vendor_id"], "messageId": a.get("message_id"),
                    "data": a.get("data")})
            # security extension
            case "install_certificate":
                return "InstallCertificate", {"certificateType": a["certificate_type"],
                                              "certificate": a["certificate"]}
            case "delete_certificate":
                return "DeleteCertificate", {"certificateHashData": dict(a["hash_data"])}
            case "get_installed_certificate_ids":
                return "GetInstalledCertificateIds", {"certificateType": a["certificate_type"]}
            case "get_log":
                return "GetLog", _drop_none({
                    "logType": a.get("log_type") or "SecurityLog",
                    "requestId": _next_id(a, "request_id"),
                    "log": _drop_none({"remoteLocation": a["location"],
                                       "oldestTimestamp": _dt(a.get("start")),
                                       "latestTimestamp": _dt(a.get("stop"))})})
            case "signed_update_firmware":
                return "SignedUpdateFirmware", _drop_none({
                    "requestId": _next_id(a, "request_id"),
                    "firmware": _drop_none({
                        "location": a["location"], "retrieveDateTime": _dt(a["retrieve_date"]),
                        "installDateTime": _dt(a.get("install_date")),
                        "signingCertificate": a["signing_certificate"],
                        "signature": a["signature"]}),
                    "retries": a.get("retries"), "retryInterval": a.get("retry_interval")})
            case "extended_trigger_message":
                p = {"requestedMessage": a["message"]}
                if a.get("connector_id"):
                    p["connectorId"] = int(a["connector_id"])
                return "ExtendedTriggerMessage", p
        return None

    def interpret(self, r: Request, answer: dict[str, Any]) -> CommandResult:
        match r.name:
            case "get_configuration":
                items = [{"key": k["key"], "value": k.get("value"), "readonly": k["readonly"],
                          "component": ""} for k in answer.get("configurationKey", [])]
                unknown = answer.get("unknownKey", [])
                return CommandResult(Outcome.ACCEPTED, "Accepted",
                                     f"{len(unknown)} unknown key(s)" if unknown else "",
                                     {"items": items, "unknown": unknown})
            case "get_local_list_version":
                version = int(answer["listVersion"])
                outcome = Outcome.NOT_SUPPORTED if version == -1 else Outcome.ACCEPTED
                return CommandResult(outcome, str(version), data={"version": version})
            case "get_diagnostics":
                name = answer.get("fileName")
                return CommandResult(Outcome.ACCEPTED, "Accepted",
                                     f"file {name}" if name else "no file", answer)
            case "get_composite_schedule":
                result = status_result(answer)
                sched = answer.get("chargingSchedule") or {}
                periods = [(p["startPeriod"], float(p["limit"]))
                           for p in sched.get("chargingSchedulePeriod", [])]
                data = {"periods": periods, "unit": sched.get("chargingRateUnit"),
                        "start": answer.get("scheduleStart"), "duration": sched.get("duration")}
                return CommandResult(result.outcome, result.status, result.detail, data)
            case "update_firmware":
                return CommandResult(Outcome.ACCEPTED, "Accepted")
            case "data_transfer":
                return status_result(answer)
            case "get_log":
                result = status_result(answer)
                name = answer.get("filename")
                if result.status == "AcceptedCanceled":
                    result = CommandResult(Outcome.ACCEPTED, result.status,
                                           "a running upload was canceled")
                return CommandResult(result.outcome, result.status,
                                     result.detail or (f"file {name}" if name else ""), answer)
            case "signed_update_firmware":
                if answer.get("status") == "AcceptedCanceled":
                    return CommandResult(Outcome.ACCEPTED, "AcceptedCanceled",
                                         "a running update was canceled", answer)
                return status_result(answer)
            case "get_installed_certificate_ids":
                items = list(answer.get("certificateHashData") or [])
                status = str(answer.get("status", ""))
                outcome = Outcome.ACCEPTED if status in ("Accepted", "NotFound") else \
                    Outcome.REJECTED
                return CommandResult(outcome, status, f"{len(items)} certificate(s)",
                                     {"items": items})
        return status_result(answer)
