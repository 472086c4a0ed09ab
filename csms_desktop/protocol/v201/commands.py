"""OCPP 2.0.1/2.1: neutral command requests to CALLs, answers to CommandResults.

Ids the CSMS must invent (remoteStartId, the requestId of UpdateFirmware and GetLog) are
written back into ``request.args`` so the caller can match later events to them.
"""

from __future__ import annotations

from typing import Any

from csms_desktop.domain.enums import OCPPVersion
from csms_desktop.protocol.results import CommandResult, Outcome, Request, status_result
from csms_desktop.protocol.v201 import advanced_commands, tariffs
from csms_desktop.protocol.v201.common import (
    drop_none,
    id_token,
    iso,
    station_transaction_id,
)
from csms_desktop.protocol.v201.translate import (
    KNOWN_KEYS,
    VariableRef,
    charging_profile,
    parse_key,
    purpose,
    ref_of,
    trigger,
)

# one counter for every id the CSMS invents (advanced_commands.next_id)
_next_id = advanced_commands.next_id

#: 1.6 certificate type names -> 2.0.1's (the others are the same in both)
CERTIFICATE_TYPES = {"CentralSystemRootCertificate": "CSMSRootCertificate"}

_NOT_SUPPORTED_ATTRIBUTE = {"UnknownComponent", "UnknownVariable", "NotSupportedAttributeType"}


def _refs(args: dict[str, Any]) -> list[VariableRef]:
    keys = args.get("keys") or list(KNOWN_KEYS)
    refs, unresolved = [], []
    for key in keys:
        ref = parse_key(key)
        if ref is None:
            unresolved.append(key)
        else:
            refs.append(ref)
    args["unresolved"] = unresolved
    return refs


class V201Adapter:
    """One adapter serves 2.0.1 and 2.1 (the messages used are compatible)."""

    def __init__(self, version: OCPPVersion = OCPPVersion.OCPP20) -> None:
        self.version = version

    def build(self, r: Request) -> tuple[str, dict[str, Any]] | None:
        a = r.args
        match r.name:
            case "remote_start":
                p: dict[str, Any] = {"idToken": id_token(a["id_tag"]),
                                     "remoteStartId": _next_id(a, "remote_start_id")}
                if a.get("connector_id"):
                    p["evseId"] = int(a["connector_id"])
                if a.get("charging_profile"):
                    p["chargingProfile"] = charging_profile(a["charging_profile"], "TxProfile")
                return "RequestStartTransaction", p
            case "remote_stop":
                # a site-wide id "<id>@<station>" goes back on the wire as the station's id
                tx = station_transaction_id(str(a.get("cp_id") or ""), str(a["transaction_id"]))
                return "RequestStopTransaction", {"transactionId": tx}
            case "reset":
                p = {"type": "Immediate" if a.get("hard") else "OnIdle"}
                if a.get("evse_id"):
                    p["evseId"] = int(a["evse_id"])
                return "Reset", p
            case "unlock":
                return "UnlockConnector", {"evseId": int(a["connector_id"]),
                                           "connectorId": int(a.get("ocpp_connector_id") or 1)}
            case "change_availability":
                p = {"operationalStatus": "Operative" if a["available"] else "Inoperative"}
                if a.get("connector_id"):
                    p["evse"] = {"id": int(a["connector_id"])}
                    if a.get("ocpp_connector_id"):  # one connector of the EVSE
                        p["evse"]["connectorId"] = int(a["ocpp_connector_id"])
                return "ChangeAvailability", p
            case "get_configuration":
                refs = _refs(a)
                if not refs:
                    return None
                return "GetVariables", {"getVariableData": [ref.as_json() for ref in refs]}
            case "change_configuration":
                ref = parse_key(a["key"], a.get("component"))
                if ref is None:
                    return None
                return "SetVariables", {"setVariableData": [
                    {**ref.as_json(), "attributeValue": str(a["value"])}]}
            case "clear_cache":
                return "ClearCache", {}
            case "trigger_message":
                p = {"requestedMessage": trigger(a["message"])}
                if a.get("connector_id"):
                    p["evse"] = {"id": int(a["connector_id"])}
                    if p["requestedMessage"] == "StatusNotification":
                        p["evse"]["connectorId"] = 1
                return "TriggerMessage", p
            case "reserve_now":
                p = {"id": int(a["reservation_id"]), "expiryDateTime": iso(a["expiry"]),
                     "idToken": id_token(a["id_tag"])}
                if a.get("connector_id"):
                    p["evseId"] = int(a["connector_id"])
                if a.get("parent_id_tag"):
                    p["groupIdToken"] = id_token(a["parent_id_tag"])
                if a.get("connector_type"):  # e.g. cType2, cCCS2 (ConnectorEnumType)
                    p["connectorType"] = str(a["connector_type"])
                return "ReserveNow", p
            case "cancel_reservation":
                return "CancelReservation", {"reservationId": int(a["reservation_id"])}
            case "set_charging_profile":
                return "SetChargingProfile", {"evseId": int(a["connector_id"]),
                                              "chargingProfile": charging_profile(a["profile"])}
            case "clear_charging_profile":
                criteria = drop_none({
                    "evseId": a.get("connector_id"), "stackLevel": a.get("stack_level"),
                    "chargingProfilePurpose": purpose(a["purpose"]) if a.get("purpose")
                    else None})
                return "ClearChargingProfile", drop_none({
                    "chargingProfileId": a.get("profile_id"),
                    "chargingProfileCriteria": criteria or None})
            case "get_composite_schedule":
                return "GetCompositeSchedule", drop_none({
                    "duration": int(a["duration"]), "evseId": int(a["connector_id"]),
                    "chargingRateUnit": a.get("unit")})
            case "get_charging_profiles":
                criterion = drop_none({
                    "chargingProfilePurpose": purpose(a["purpose"]) if a.get("purpose")
                    else None,
                    "stackLevel": a.get("stack_level"),
                    "chargingProfileId": [int(i) for i in a["profile_ids"]]
                    if a.get("profile_ids") else None,
                    "chargingLimitSource": list(a["sources"]) if a.get("sources") else None})
                return "GetChargingProfiles", drop_none({
                    "requestId": int(a["request_id"]), "evseId": a.get("connector_id"),
                    "chargingProfile": criterion})
            case "send_local_list":
                return "SendLocalList", drop_none({
                    "versionNumber": int(a["version"]),
                    "updateType": "Full" if a.get("full", True) else "Differential",
                    "localAuthorizationList": [self._auth_data(e) for e in a["entries"]]
                    or None})
            case "get_local_list_version":
                return "GetLocalListVersion", {}
            case "update_firmware":
                return "UpdateFirmware", drop_none({
                    "requestId": _next_id(a, "request_id"),
                    "firmware": {"location": a["location"],
                                 "retrieveDateTime": iso(a["retrieve_date"])},
                    "retries": a.get("retries"), "retryInterval": a.get("retry_interval")})
            case "get_diagnostics":
                return "GetLog", {
                    "logType": "DiagnosticsLog", "requestId": _next_id(a, "request_id"),
                    "log": drop_none({"remoteLocation": a["location"],
                                      "oldestTimestamp": iso(a.get("start")),
                                      "latestTimestamp": iso(a.get("stop"))})}
            case "set_network_profile":
                return "SetNetworkProfile", {
                    "configurationSlot": int(a["slot"]),
                    "connectionData": {
                        "ocppVersion": "OCPP20", "ocppTransport": "JSON",
                        "ocppCsmsUrl": a["url"], "messageTimeout": int(a["message_timeout"]),
                        "securityProfile": int(a["security_profile"]),
                        "ocppInterface": a.get("interface") or "Wired0"}}
            # certificates (2.0.1 A, M): the 1.6 type names translated
            case "install_certificate":
                return "InstallCertificate", {
                    "certificateType": CERTIFICATE_TYPES.get(a["certificate_type"],
                                                             a["certificate_type"]),
                    "certificate": a["certificate"]}
            case "delete_certificate":
                return "DeleteCertificate", {"certificateHashData": dict(a["hash_data"])}
            case "get_installed_certificate_ids":
                return "GetInstalledCertificateIds", {"certificateType": [
                    CERTIFICATE_TYPES.get(a["certificate_type"], a["certificate_type"])]}
            case "extended_trigger_message":  # 2.0.1 has one TriggerMessage
                p = {"requestedMessage": trigger(a["message"])}
                if a.get("connector_id"):
                    p["evse"] = {"id": int(a["connector_id"])}
                return "TriggerMessage", p
            case "get_log":
                return "GetLog", {
                    "logType": a.get("log_type") or "SecurityLog",
                    "requestId": _next_id(a, "request_id"),
                    "log": drop_none({"remoteLocation": a["location"],
                                      "oldestTimestamp": iso(a.get("start")),
                                      "latestTimestamp": iso(a.get("stop"))})}
            case "signed_update_firmware":
                return "UpdateFirmware", drop_none({
                    "requestId": _next_id(a, "request_id"),
                    "firmware": drop_none({
                        "location": a["location"], "retrieveDateTime": iso(a["retrieve_date"]),
                        "installDateTime": iso(a.get("install_date")),
                        "signingCertificate": a["signing_certificate"],
                        "signature": a["signature"]}),
                    "retries": a.get("retries"), "retryInterval": a.get("retry_interval")})
            case "get_base_report":
                return "GetBaseReport", {"requestId": int(a["request_id"]),
                                         "reportBase": a.get("report_base") or "FullInventory"}
            case "data_transfer":
                return "DataTransfer", drop_none({
                    "vendorId": a["vendor_id"], "messageId": a.get("message_id"),
                    "data": a.get("data")})
        if r.name in tariffs.NAMES:  # OCPP 2.1 only
            return tariffs.build(r) if self.version == OCPPVersion.OCPP21 else None
        return advanced_commands.build(r)

    @staticmethod
    def _auth_data(entry: dict[str, Any]) -> dict[str, Any]:
        item: dict[str, Any] = {"idToken": id_token(entry["id_tag"], entry.get("token_type"))}
        if entry.get("status"):
            item["idTokenInfo"] = drop_none({
                "status": entry["status"], "cacheExpiryDateTime": iso(entry.get("expiry_date")),
                "groupIdToken": id_token(entry["parent_id_tag"]) if entry.get("parent_id_tag")
                else None})
        return item

    def interpret(self, r: Request, answer: dict[str, Any]) -> CommandResult:
        a = r.args
        match r.name:
            case "remote_start":
                result = status_result(answer)
                return CommandResult(result.outcome, result.status, result.detail, {
                    "remote_start_id": a.get("remote_start_id"),
                    "transaction_id": answer.get("transactionId")})
            case "get_configuration":
                return self._variables(a, answer)
            case "change_configuration":
                item = answer["setVariableResult"][0]
                status = str(item["attributeStatus"])
                if status in _NOT_SUPPORTED_ATTRIBUTE:
                    return CommandResult(Outcome.NOT_SUPPORTED, status, ref_of(item).path, answer)
                return status_result({**item, "status": status}, data=answer)
            case "get_local_list_version":
                version = int(answer["versionNumber"])
                return CommandResult(Outcome.ACCEPTED, str(version), data={"version": version})
            case "get_composite_schedule":
                result = status_result(answer)
                sched = answer.get("schedule") or {}
                periods = [(int(p["startPeriod"]), float(p["limit"]))
                           for p in sched.get("chargingSchedulePeriod", [])
                           if p.get("limit") is not None]
                return CommandResult(result.outcome, result.status, result.detail, {
                    "periods": periods, "unit": sched.get("chargingRateUnit"),
                    "start": sched.get("scheduleStart"), "duration": sched.get("duration")})
            case "get_charging_profiles" if answer.get("status") == "NoProfiles":
                return CommandResult(Outcome.ACCEPTED, "NoProfiles", "no matching profiles",
                                     {"profiles": 0})
            case "get_base_report" if answer.get("status") == "EmptyResultSet":
                return CommandResult(Outcome.ACCEPTED, "EmptyResultSet", "nothing to report",
                                     answer)
            case "get_installed_certificate_ids":
                chain = list(answer.get("certificateHashDataChain") or [])
                items = [c["certificateHashData"] for c in chain]
                status = str(answer.get("status", ""))
                outcome = Outcome.ACCEPTED if status in ("Accepted", "NotFound") else \
                    Outcome.REJECTED
                return CommandResult(outcome, status, f"{len(items)} certificate(s)",
                                     {"items": items, "chain": chain})
            case "update_firmware" | "get_diagnostics" | "get_log" | "signed_update_firmware":
                status = str(answer.get("status", ""))
                result = status_result(answer)
                if status == "AcceptedCanceled":
                    result = CommandResult(Outcome.ACCEPTED, status,
                                           "a running request was canceled")
                name = answer.get("filename")
                return CommandResult(result.outcome, result.status,
                                     result.detail or (f"file {name}" if name else ""),
                                     {**answer, "request_id": a.get("request_id")})
        advanced = (tariffs.interpret(r, answer) if r.name in tariffs.NAMES
                    else advanced_commands.interpret(r, answer))
        return advanced if advanced is not None else status_result(answer)

    @staticmethod
    def _variables(a: dict[str, Any], answer: dict[str, Any]) -> CommandResult:
        items, unknown = [], list(a.get("unresolved") or [])
        for res in answer["getVariableResult"]:
            ref = ref_of(res)
            if res["attributeStatus"] == "Accepted":
                # readonly None: GetVariables does not say (NotifyReport rows do)
                items.append({"key": ref.key, "value": res.get("attributeValue"),
                              "readonly": None, "component": ref.component,
                              "variable": ref.variable, "instance": ref.instance or ""})
            else:
                unknown.append(ref.path)
        return CommandResult(Outcome.ACCEPTED, "Accepted",
                             f"{len(unknown)} unknown key(s)" if unknown else "",
                             {"items": items, "unknown": unknown})
