"""OCPP 2.0.1 commands beyond the core: neutral requests to CALLs, answers to results.

Display messages (SetDisplayMessage, GetDisplayMessages, ClearDisplayMessage),
GetTransactionStatus, CostUpdated, GetReport with component / variable criteria,
SetVariables / GetVariables with several variables in one call, CustomerInformation,
monitoring (SetVariableMonitoring, ClearVariableMonitoring, GetMonitoringReport,
SetMonitoringBase, SetMonitoringLevel), firmware publication by a local controller
(PublishFirmware, UnpublishFirmware).
OCPP 1.6 has none of them: its adapter answers "not supported".

A variable is named by a neutral dict ``{"component", "variable", "instance",
"component_instance", "evse", "connector", "attribute_type", "value"}`` (only
``component`` and ``variable`` are required) or by a key ``"Component.Variable"``
/ ``"Component.Variable.Instance"``.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from csms_desktop.protocol.results import CommandResult, Outcome, Request, status_result
from csms_desktop.protocol.v201.common import drop_none, id_token, iso, station_transaction_id
from csms_desktop.protocol.v201.translate import parse_key

# Ids the CSMS invents (requestId, remoteStartId, message ids), unique enough across
# restarts: seconds since 2024 at start-up, then +1 per request.
_IDS = itertools.count(int(time.time()) - 1_704_067_200)

PRIORITIES = ("AlwaysFront", "InFront", "NormalCycle")
MESSAGE_STATES = ("Charging", "Faulted", "Idle", "Unavailable")
FORMATS = ("ASCII", "HTML", "URI", "UTF8")
COMPONENT_CRITERIA = ("Active", "Available", "Enabled", "Problem")
MONITOR_TYPES = ("UpperThreshold", "LowerThreshold", "Delta", "Periodic",
                 "PeriodicClockAligned")
MONITORING_CRITERIA = ("ThresholdMonitoring", "DeltaMonitoring", "PeriodicMonitoring")
MONITORING_BASES = ("All", "FactoryDefault", "HardWiredOnly")
#: SetVariables statuses that mean the value is taken
SET_OK = ("Accepted", "RebootRequired")
NAMES = frozenset({
    "set_display_message", "get_display_messages", "clear_display_message",
    "get_transaction_status", "cost_updated", "get_report", "set_variables",
    "get_variables", "customer_information", "set_variable_monitoring",
    "clear_variable_monitoring", "get_monitoring_report", "set_monitoring_base",
    "set_monitoring_level", "publish_firmware", "unpublish_firmware"})
_MD5 = re.compile(r"[0-9a-fA-F]{32}")


class BadRequest(ValueError):
    """A neutral request that cannot become a valid CALL (the text says which field)."""


def next_id(args: dict[str, Any], key: str) -> int:
    if args.get(key) is None:
        args[key] = next(_IDS)
    return int(args[key])


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise BadRequest(f"{what} must be one of {', '.join(allowed)}, not {value!r}")
    return str(value)


def _dt(value: datetime | str | None) -> str | None:
    return value if value is None or isinstance(value, str) else iso(value)


def variable_spec(item: dict[str, Any] | str, need_variable: bool = True) -> dict[str, Any]:
    """A neutral variable (dict or key) as a dict with component and (when
    ``need_variable``) variable."""
    if isinstance(item, str):
        ref = parse_key(item)
        if ref is None:
            raise BadRequest(f"{item!r} names no component (use Component.Variable)")
        return {"component": ref.component, "variable": ref.variable, "instance": ref.instance}
    if not item.get("component") or (need_variable and not item.get("variable")):
        raise BadRequest(f"a variable needs a component and a variable: {item!r}")
    return item


def component_variable(spec: dict[str, Any]) -> dict[str, Any]:
    """ComponentType + VariableType of a neutral variable."""
    component: dict[str, Any] = {"name": str(spec["component"])}
    if spec.get("component_instance"):
        component["instance"] = str(spec["component_instance"])
    if spec.get("evse") is not None:
        component["evse"] = drop_none({"id": int(spec["evse"]),
                                       "connectorId": spec.get("connector")})
    variable: dict[str, Any] = {"name": str(spec["variable"])}
    if spec.get("instance"):
        variable["instance"] = str(spec["instance"])
    return {"component": component, "variable": variable}


def neutral_of(result: dict[str, Any]) -> dict[str, Any]:
    """The neutral variable a Get/SetVariableResult is about."""
    comp, var = result["component"], result["variable"]
    evse = comp.get("evse") or {}
    return drop_none({"component": comp["name"], "component_instance": comp.get("instance"),
                      "evse": evse.get("id"), "connector": evse.get("connectorId"),
                      "variable": var["name"], "instance": var.get("instance"),
                      "attribute_type": result.get("attributeType") or "Actual"})


def _message_info(a: dict[str, Any]) -> dict[str, Any]:
    content = str(a["content"])
    if not content:
        raise BadRequest("the message is empty")
    message = drop_none({"format": _choice(a.get("message_format") or "UTF8", FORMATS,
                                           "message_format"),
                         "language": a.get("language"), "content": content})
    info: dict[str, Any] = {
        "id": next_id(a, "message_id"),
        "priority": _choice(a.get("priority") or "NormalCycle", PRIORITIES, "priority"),
        "message": message}
    if a.get("state") is not None:
        info["state"] = _choice(a["state"], MESSAGE_STATES, "state")
    start, end = a.get("start"), a.get("end")
    if isinstance(start, datetime) and isinstance(end, datetime) and end <= start:
        raise BadRequest("the message's end is not after its start")
    info.update(drop_none({"startDateTime": _dt(start), "endDateTime": _dt(end)}))
    if a.get("transaction_id"):
        info["transactionId"] = station_transaction_id(str(a.get("cp_id") or ""),
                                                       str(a["transaction_id"]))
    return info


def build(r: Request) -> tuple[str, dict[str, Any]] | None:
    """(action, payload) of an advanced 2.0.1 request; None when ``r`` is not one.
    Raises BadRequest for arguments no valid CALL can carry."""
    a = r.args
    match r.name:
        case "set_display_message":
            return "SetDisplayMessage", {"message": _message_info(a)}
        case "get_display_messages":
            p: dict[str, Any] = {"requestId": next_id(a, "request_id")}
            if a.get("ids"):
                p["id"] = [int(i) for i in a["ids"]]
            if a.get("priority") is not None:
                p["priority"] = _choice(a["priority"], PRIORITIES, "priority")
            if a.get("state") is not None:
                p["state"] = _choice(a["state"], MESSAGE_STATES, "state")
            a["full"] = len(p) == 1
            return "GetDisplayMessages", p
        case "clear_display_message":
            return "ClearDisplayMessage", {"id": int(a["message_id"])}
        case "get_transaction_status":
            if a.get("transaction_id") is None:
                return "GetTransactionStatus", {}
            return "GetTransactionStatus", {"transactionId": station_transaction_id(
                str(a.get("cp_id") or ""), str(a["transaction_id"]))}
        case "cost_updated":
            return "CostUpdated", {"totalCost": round(float(a["total_cost"]), 2),
                                   "transactionId": station_transaction_id(
                                       str(a.get("cp_id") or ""), str(a["transaction_id"]))}
        case "get_report":
            p = {"requestId": next_id(a, "request_id")}
            if a.get("variables"):
                p["componentVariable"] = [_criterion(variable_spec(v, need_variable=False))
                                          for v in a["variables"]]
            if a.get("criteria"):
                p["componentCriteria"] = [_choice(c, COMPONENT_CRITERIA, "criterion")
                                          for c in a["criteria"]]
            return "GetReport", p
        case "set_variables":
            items = [variable_spec(v) for v in a["variables"]]
            if not items:
                raise BadRequest("no variable to set")
            data = []
            for spec in items:
                if spec.get("value") is None:
                    raise BadRequest(f"no value for {spec['component']}.{spec['variable']}")
                data.append({**component_variable(spec), "attributeValue": str(spec["value"]),
                             **({"attributeType": spec["attribute_type"]}
                                if spec.get("attribute_type") else {})})
            return "SetVariables", {"setVariableData": data}
        case "get_variables":
            items = [variable_spec(v) for v in a["variables"]]
            if not items:
                raise BadRequest("no variable to read")
            return "GetVariables", {"getVariableData": [
                {**component_variable(spec), **({"attributeType": spec["attribute_type"]}
                                               if spec.get("attribute_type") else {})}
                for spec in items]}
        case "customer_information":
            if not (a.get("report") or a.get("clear")):
                raise BadRequest("ask for a report, a clear, or both")
            who = drop_none({
                "idToken": id_token(a["id_tag"], a.get("token_type")) if a.get("id_tag")
                else None,
                "customerIdentifier": a.get("customer_identifier")})
            if len(who) != 1:
                raise BadRequest("name the customer by exactly one of id_tag or "
                                 "customer_identifier")
            return "CustomerInformation", {"requestId": next_id(a, "request_id"),
                                           "report": bool(a.get("report")),
                                           "clear": bool(a.get("clear")), **who}
        case "set_variable_monitoring":
            monitors = [variable_spec(m) for m in a["monitors"]]
            if not monitors:
                raise BadRequest("no monitor to set")
            return "SetVariableMonitoring", {"setMonitoringData": [
                _monitor_data(m) for m in monitors]}
        case "clear_variable_monitoring":
            ids = [int(i) for i in a["ids"]]
            if not ids:
                raise BadRequest("no monitor id to clear")
            return "ClearVariableMonitoring", {"id": ids}
        case "get_monitoring_report":
            p = {"requestId": next_id(a, "request_id")}
            if a.get("variables"):
                p["componentVariable"] = [_criterion(variable_spec(v, need_variable=False))
                                          for v in a["variables"]]
            if a.get("criteria"):
                p["monitoringCriteria"] = [_choice(c, MONITORING_CRITERIA, "criterion")
                                           for c in a["criteria"]]
            a["full"] = len(p) == 1
            return "GetMonitoringReport", p
        case "set_monitoring_base":
            return "SetMonitoringBase", {"monitoringBase": _choice(
                a["base"], MONITORING_BASES, "monitoring base")}
        case "set_monitoring_level":
            return "SetMonitoringLevel", {"severity": _severity(a["severity"])}
        case "publish_firmware":
            location = str(a.get("location") or "")
            if not location:
                raise BadRequest("no firmware location")
            p = {"location": location, "checksum": _checksum(a.get("checksum")),
                 "requestId": next_id(a, "request_id")}
            for key, wire in (("retries", "retries"), ("retry_interval", "retryInterval")):
                if a.get(key) is not None:
                    if int(a[key]) < 0:
                        raise BadRequest(f"{key} must be 0 or more, not {a[key]!r}")
                    p[wire] = int(a[key])
            return "PublishFirmware", p
        case "unpublish_firmware":
            return "UnpublishFirmware", {"checksum": _checksum(a.get("checksum"))}
    return None


def _checksum(value: Any) -> str:
    """The MD5 of the firmware file as 32 hexadecimal digits (what 2.0.1 carries)."""
    text = str(value or "").strip()
    if not _MD5.fullmatch(text):
        raise BadRequest(f"checksum must be the file's MD5 in 32 hexadecimal digits, "
                         f"not {value!r}")
    return text.lower()


def _severity(value: Any) -> int:
    try:
        severity = int(value)
    except (TypeError, ValueError):
        severity = -1
    if not 0 <= severity <= 9:
        raise BadRequest(f"severity must be 0 (danger) to 9 (debug), not {value!r}")
    return severity


def _monitor_data(m: dict[str, Any]) -> dict[str, Any]:
    """SetMonitoringDataType of a neutral monitor (a variable plus type, value,
    severity, optional id and transaction)."""
    try:
        value = float(m["value"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BadRequest(f"a monitor needs a numeric value: {m!r}") from exc
    data: dict[str, Any] = {
        **component_variable(m), "value": value,
        "type": _choice(m.get("type"), MONITOR_TYPES, "monitor type"),
        "severity": _severity(m.get("severity", 5))}
    if m.get("id") is not None:
        data["id"] = int(m["id"])
    if m.get("transaction"):
        data["transaction"] = True
    return data


def _criterion(spec: dict[str, Any]) -> dict[str, Any]:
    """ComponentVariableType: a variable is optional in a GetReport criterion."""
    cv = component_variable({**spec, "variable": spec.get("variable") or "x"})
    if not spec.get("variable"):
        del cv["variable"]
    return cv


def interpret(r: Request, answer: dict[str, Any]) -> CommandResult | None:
    a = r.args
    match r.name:
        case "set_display_message":
            result = status_result(answer)
            status = result.status
            outcome = (Outcome.NOT_SUPPORTED if status.startswith("NotSupported")
                       else result.outcome)
            return CommandResult(outcome, status, result.detail,
                                 {**answer, "message_id": a.get("message_id")})
        case "get_display_messages":
            if answer.get("status") == "Unknown":
                return CommandResult(Outcome.ACCEPTED, "Unknown", "no matching messages",
                                     {"request_id": a.get("request_id"), "messages": 0})
            result = status_result(answer)
            return CommandResult(result.outcome, result.status, result.detail,
                                 {"request_id": a.get("request_id")})
        case "clear_display_message":
            result = status_result(answer)
            if result.status == "Unknown":
                return CommandResult(Outcome.REJECTED, "Unknown",
                                     f"the station has no message {a.get('message_id')}")
            return result
        case "get_transaction_status":
            queued, ongoing = bool(answer["messagesInQueue"]), answer.get("ongoingIndicator")
            detail = "messages queued" if queued else "nothing queued"
            if ongoing is not None:
                detail += ", transaction ongoing" if ongoing else ", transaction over"
            return CommandResult(Outcome.ACCEPTED, "Accepted", detail,
                                 {"messages_in_queue": queued, "ongoing": ongoing})
        case "cost_updated":
            return CommandResult(Outcome.ACCEPTED, "Accepted", data={
                "total_cost": a.get("total_cost")})
        case "get_report":
            if answer.get("status") == "EmptyResultSet":
                return CommandResult(Outcome.ACCEPTED, "EmptyResultSet", "nothing to report",
                                     {"request_id": a.get("request_id")})
            result = status_result(answer)
            return CommandResult(result.outcome, result.status, result.detail,
                                 {"request_id": a.get("request_id")})
        case "set_variables":
            return _many(answer["setVariableResult"], SET_OK)
        case "get_variables":
            return _many(answer["getVariableResult"], ("Accepted",))
        case "customer_information":
            result = status_result(answer)
            if result.status == "Invalid":
                return CommandResult(Outcome.REJECTED, "Invalid",
                                     result.detail or "the station knows no such customer",
                                     {"request_id": a.get("request_id")})
            return CommandResult(result.outcome, result.status, result.detail,
                                 {"request_id": a.get("request_id")})
        case "set_variable_monitoring":
            return _monitors_set(answer["setMonitoringResult"])
        case "clear_variable_monitoring":
            items = [{"id": int(r["id"]), "status": str(r["status"])}
                     for r in answer["clearMonitoringResult"]]
            refused = [i for i in items if i["status"] != "Accepted"]
            if not refused:
                return CommandResult(Outcome.ACCEPTED, "Accepted", data={"results": items})
            status = "Rejected" if len(refused) == len(items) else "PartlyRejected"
            return CommandResult(Outcome.REJECTED, status, ", ".join(
                f"{i['id']} ({i['status']})" for i in refused), {"results": items})
        case "get_monitoring_report":
            if answer.get("status") == "EmptyResultSet":
                return CommandResult(Outcome.ACCEPTED, "EmptyResultSet", "nothing to report",
                                     {"request_id": a.get("request_id")})
            result = status_result(answer)
            return CommandResult(result.outcome, result.status, result.detail,
                                 {"request_id": a.get("request_id")})
        case "publish_firmware":
            result = status_result(answer)
            return CommandResult(result.outcome, result.status, result.detail,
                                 {"request_id": a.get("request_id")})
        case "unpublish_firmware":
            status = str(answer["status"])
            if status == "Unpublished":
                return CommandResult(Outcome.ACCEPTED, status)
            return CommandResult(Outcome.REJECTED, status, UNPUBLISH_REFUSALS.get(status, ""))
    return None


UNPUBLISH_REFUSALS = {"NoFirmware": "the station publishes no firmware with that checksum",
                      "DownloadOngoing": "the station is still downloading that firmware"}


def _monitors_set(results: list[dict[str, Any]]) -> CommandResult:
    items = []
    for res in results:
        item = {**neutral_of(res), "status": str(res["status"]), "type": res["type"],
                "severity": int(res["severity"])}
        if res.get("id") is not None:
            item["id"] = int(res["id"])
        items.append(item)
    refused = [i for i in items if i["status"] != "Accepted"]
    data = {"results": items}
    if not refused:
        return CommandResult(Outcome.ACCEPTED, "Accepted", data=data)
    status = "Rejected" if len(refused) == len(items) else "PartlyRejected"
    names = ", ".join(f"{i['component']}.{i['variable']} ({i['status']})" for i in refused)
    return CommandResult(Outcome.REJECTED, status, f"{len(refused)} of {len(items)}: {names}",
                         data)


def _many(results: list[dict[str, Any]], ok: tuple[str, ...]) -> CommandResult:
    """One outcome for several variables: accepted when every one is, else rejected with
    the per-variable statuses in ``data['results']``."""
    items = []
    for res in results:
        item = {**neutral_of(res), "status": str(res["attributeStatus"])}
        if "attributeValue" in res:
            item["value"] = res["attributeValue"]
        info = res.get("attributeStatusInfo") or {}
        if info:
            item["detail"] = str(info.get("additionalInfo") or info.get("reasonCode") or "")
        items.append(item)
    refused = [i for i in items if i["status"] not in ok]
    reboot = any(i["status"] == "RebootRequired" for i in items)
    data = {"results": items, "reboot_required": reboot}
    if not refused:
        return CommandResult(Outcome.ACCEPTED, "RebootRequired" if reboot else "Accepted",
                             "a reboot applies them" if reboot else "", data)
    status = "Rejected" if len(refused) == len(items) else "PartlyRejected"
    names = ", ".join(f"{i['component']}.{i['variable']} ({i['status']})" for i in refused)
    return CommandResult(Outcome.REJECTED, status, f"{len(refused)} of {len(items)}: {names}",
                         data)


# ---------------------------------------------------------------- items per message
#: request name -> (its list argument, the station's limit: component, instance of
#: ``ItemsPerMessage``). A station takes at most that many items in one CALL (OCTT
#: TC_B_08, TC_N_18); a longer request goes in parts.
ITEM_LIMITS = {
    "get_variables": ("variables", "DeviceDataCtrlr", "GetVariables"),
    "set_variables": ("variables", "DeviceDataCtrlr", "SetVariables"),
    "set_variable_monitoring": ("monitors", "MonitoringCtrlr", "SetVariableMonitoring"),
    "clear_variable_monitoring": ("ids", "MonitoringCtrlr", "ClearVariableMonitoring"),
}


def message_limits(cp_id: str, name: str) -> tuple[int | None, int | None]:
    """The station's ``ItemsPerMessage`` and ``BytesPerMessage`` for request ``name`` as
    its device model was last read (NotifyReport, GetVariables); None: not known, or not
    a positive number (runs on the database thread)."""
    from csms_desktop.store.models import ChargePointVariable as V

    _, component, instance = ITEM_LIMITS[name]
    rows = V.select(V.variable, V.value).where(
        (V.charge_point == cp_id) & (V.component == component) & (V.instance == instance)
        & V.variable.in_(("ItemsPerMessage", "BytesPerMessage"))
        & (V.attribute_type == "Actual") & V.evse_id.is_null())
    found: dict[str, int] = {}
    for row in rows:
        try:
            number = int(str(row.value).strip())
        except ValueError:
            continue
        if number > 0:
            found[str(row.variable)] = number
    return found.get("ItemsPerMessage"), found.get("BytesPerMessage")


def split_items(items: list[Any], limit: int | None,
                fits: Callable[[list[Any]], bool]) -> list[list[Any]]:
    """``items`` in order, in parts of at most ``limit`` items each of which ``fits`` (the
    station's BytesPerMessage); an item too big alone still goes, alone.

    Each part is the longest prefix that fits (``fits`` grows with the part), found by
    doubling then halving: about 2·log2(part) calls per part, where trying every length
    encoded each growing part once per item (quadratic in a long GetVariables)."""
    parts: list[list[Any]] = []
    start = 0
    while start < len(items):
        cap = len(items) - start if limit is None else min(limit, len(items) - start)
        good, probe = 1, 2  # one item always goes
        while probe <= cap and fits(items[start:start + probe]):
            good, probe = probe, probe * 2
        bad = min(probe, cap + 1)  # the shortest length known not to fit (or beyond cap)
        while bad - good > 1:
            mid = (good + bad) // 2
            if fits(items[start:start + mid]):
                good = mid
            else:
                bad = mid
        parts.append(items[start:start + good])
        start += good
    return parts


def merge_parts(name: str, parts: list[CommandResult]) -> CommandResult:
    """One result for a request sent in parts: the per-item results in order; a part
    that got no answer (timed out, offline, CALLERROR) decides the outcome (the parts
    after it were not sent); else accepted when every item was."""
    items = [i for p in parts for i in p.data.get("results") or []]
    data: dict[str, Any] = {"results": items, "parts": len(parts)}
    stop = next((p for p in parts if p.outcome not in (Outcome.ACCEPTED, Outcome.REJECTED)),
                None)
    if stop is not None:
        return CommandResult(stop.outcome, stop.status, stop.detail, data)
    ok = SET_OK if name == "set_variables" else ("Accepted",)
    refused = [i for i in items if i["status"] not in ok]
    if name in ("get_variables", "set_variables"):
        data["reboot_required"] = any(i["status"] == "RebootRequired" for i in items)
    if not refused:
        reboot = data.get("reboot_required", False)
        return CommandResult(Outcome.ACCEPTED, "RebootRequired" if reboot else "Accepted",
                             "a reboot applies them" if reboot else "", data)
    status = "Rejected" if len(refused) == len(items) else "PartlyRejected"
    detail = "; ".join(p.detail for p in parts if p.detail)
    return CommandResult(Outcome.REJECTED, status, detail, data)
