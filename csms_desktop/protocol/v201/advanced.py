"""OCPP 2.0.1 beyond the core, the station -> CSMS side and what is stored.

* NotifyDisplayMessages (answer to GetDisplayMessages): each MessageInfo is written to
  ``v201_display_message`` (one row per station and message id, updated in place). When
  the GetDisplayMessages had no filter, its last part (``tbc`` false) also removes the
  rows of messages the station no longer has (reported before the request was sent and
  not in its report). A SetDisplayMessage the station accepted writes its row
  (``source`` "csms"); a ClearDisplayMessage accepted deletes it.
* NotifyCustomerInformation (answer to CustomerInformation with ``report``): each part is
  a row of ``v201_customer_information``; a part received again is kept once.
* NotifyMonitoringReport (answer to GetMonitoringReport): each monitor is a row of
  ``v201_variable_monitor`` (station, monitor id), a part received again changes nothing;
  the last part of an unfiltered request removes the monitors it did not name, as for
  display messages. Accepted SetVariableMonitoring results write their rows (``source``
  csms), accepted ClearVariableMonitoring results delete them.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from csms_desktop.domain.timeutil import parse_ocpp_datetime, utcnow
from csms_desktop.protocol.connection import HandlerError, OCPPConnection
from csms_desktop.protocol.v201.common import drop_none, state
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.store.v201_models import (
    CustomerInformationPart,
    DisplayMessage,
    VariableMonitor,
    upsert,
)

log = logging.getLogger(__name__)

DISPLAY_REPORT = "NotifyDisplayMessages"
MONITORING_REPORT = "NotifyMonitoringReport"
CUSTOMER_REPORT = "NotifyCustomerInformation"
MAX_CUSTOMER_DATA = 512  # characters of one part (the schema's maxLength)


def _when(text: str | None, what: str) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_ocpp_datetime(text)
    except ValueError as exc:
        raise HandlerError("format", f"{what} is not a date-time: {text!r}") from exc


def display_row(info: dict[str, Any]) -> dict[str, Any]:
    """Column values of one MessageInfoType (camelCase, as on the wire)."""
    message = info["message"]
    return {"priority": str(info["priority"]), "state": info.get("state"),
            "start_at": _when(info.get("startDateTime"), "startDateTime"),
            "end_at": _when(info.get("endDateTime"), "endDateTime"),
            "transaction_id": info.get("transactionId"),
            "message_format": str(message["format"]), "language": message.get("language"),
            "content": str(message["content"]), "display": info.get("display")}


def store_display_message(cp_id: str, message_id: int, values: dict[str, Any],
                          source: str, request_id: int | None = None) -> None:
    """Insert or update the row of (station, message id)."""
    values = {**values, "source": source, "request_id": request_id, "updated_at": utcnow()}
    upsert(DisplayMessage, (DisplayMessage.charge_point_id == cp_id)
           & (DisplayMessage.message_id == message_id),
           {"charge_point_id": cp_id, "message_id": message_id}, values)


def forget_display_message(cp_id: str, message_id: int) -> int:
    return int(DisplayMessage.delete().where(
        (DisplayMessage.charge_point_id == cp_id)
        & (DisplayMessage.message_id == message_id)).execute())


def forget_display_messages_before(cp_id: str, request_id: int | None,
                                   before: datetime) -> int:
    """Rows of ``cp_id`` the complete report ``request_id`` did not name (None: the station
    answered that it has no message at all), written before the request was sent."""
    where = (DisplayMessage.charge_point_id == cp_id) & (DisplayMessage.updated_at <= before)
    if request_id is not None:
        where &= (DisplayMessage.request_id.is_null() | (DisplayMessage.request_id != request_id))
    return int(DisplayMessage.delete().where(where).execute())


def notify_display_messages(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    request_id, tbc = int(p["requestId"]), bool(p.get("tbc", False))
    infos = p.get("messageInfo") or []
    rows = [(int(info["id"]), display_row(info)) for info in infos]  # all checked first
    db = DisplayMessage._meta.database
    with db.atomic():
        for message_id, values in rows:
            store_display_message(conn.cp_id, message_id, values, "station", request_id)
    track = state(conn).report(DISPLAY_REPORT, conn.cp_id, request_id)
    track.rows += len(rows)
    if not tbc:
        track.done = True
        if track.full_since is not None:
            gone = forget_display_messages_before(conn.cp_id, request_id, track.full_since)
            if gone:
                log.info("%s no longer shows %d display message(s)", conn.cp_id, gone)
    log.info("%s display messages (request %d): %d%s", conn.cp_id, request_id, len(rows),
             " (more to come)" if tbc else "")
    conn.services.hub.publish(ChargerUpdated(conn.cp_id))
    return {}


def notify_customer_information(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    request_id, seq, tbc = int(p["requestId"]), int(p["seqNo"]), bool(p.get("tbc", False))
    generated = _when(p.get("generatedAt"), "generatedAt")
    track = state(conn).report(CUSTOMER_REPORT, conn.cp_id, request_id)
    exists = CustomerInformationPart.select().where(
        (CustomerInformationPart.charge_point_id == conn.cp_id)
        & (CustomerInformationPart.request_id == request_id)
        & (CustomerInformationPart.seq_no == seq)).exists()
    if exists:
        log.info("%s customer information %d: part %d received again; ignored", conn.cp_id,
                 request_id, seq)
    else:
        CustomerInformationPart.create(
            charge_point_id=conn.cp_id, request_id=request_id, seq_no=seq, tbc=tbc,
            data=str(p["data"])[:MAX_CUSTOMER_DATA], generated_at=generated)
        track.parts.add(seq)
        track.rows += 1
    if not tbc:
        track.done = True
    log.info("%s customer information (request %d part %d%s)", conn.cp_id, request_id, seq,
             ", more to come" if tbc else ", last")
    return {}


def customer_information(cp_id: str, request_id: int) -> str:
    """The report of request ``request_id`` put together from its parts in seqNo order."""
    q = (CustomerInformationPart.select(CustomerInformationPart.data)
         .where((CustomerInformationPart.charge_point_id == cp_id)
                & (CustomerInformationPart.request_id == request_id))
         .order_by(CustomerInformationPart.seq_no))
    return "".join(str(r.data) for r in q)


def expect_full_report(services: Any, cp_id: str, request_id: int,
                       kind: str = DISPLAY_REPORT) -> None:
    """An unfiltered GetDisplayMessages (or GetMonitoringReport, ``kind``) is about to be
    sent: its complete report (or an Unknown / EmptyResultSet answer) replaces the
    station's rows written before now."""
    from csms_desktop.protocol.v201.state import state_of

    state_of(services).report(kind, cp_id, request_id).full_since = utcnow()


def after_command(cp_id: str, request: Any, result: Any) -> None:
    """What the answer to a 2.0.1 command changes in the store (display messages,
    monitors, variables; runs on the database thread)."""
    a = request.args
    if request.name == "set_display_message" and result.ok:
        from csms_desktop.protocol.v201.advanced_commands import build

        built = build(request)
        assert built is not None
        info = built[1]["message"]
        store_display_message(cp_id, int(info["id"]), display_row(info), "csms")
    elif request.name == "clear_display_message" and result.ok:
        forget_display_message(cp_id, int(a["message_id"]))
    elif request.name == "get_display_messages" and result.status == "Unknown" \
            and a.get("full"):
        forget_display_messages_before(cp_id, None, utcnow())
    elif request.name == "set_variable_monitoring":
        store_monitors_set(cp_id, a.get("monitors") or [], result.data.get("results") or [])
    elif request.name == "clear_variable_monitoring":
        ids = [i["id"] for i in result.data.get("results") or [] if i["status"] == "Accepted"]
        VariableMonitor.delete().where((VariableMonitor.charge_point_id == cp_id)
                                       & VariableMonitor.monitor_id.in_(ids)).execute()
    elif request.name == "get_monitoring_report" and result.status == "EmptyResultSet" \
            and a.get("full"):
        forget_monitors_before(cp_id, None, utcnow())
    elif request.name == "publish_firmware" and result.ok:
        from csms_desktop.protocol.v201 import firmware

        firmware.requested(cp_id, int(a["request_id"]), str(a["location"]),
                           str(a["checksum"]).strip().lower())
    elif request.name == "unpublish_firmware" and result.ok:
        from csms_desktop.protocol.v201 import firmware

        firmware.unpublished(cp_id, str(a["checksum"]).strip())
    elif request.name in ("set_variables", "get_variables"):
        store_variable_results(cp_id, request.name, a.get("variables") or [],
                               result.data.get("results") or [])


def _var_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return (item.get("component"), item.get("component_instance") or None,
            item.get("evse"), item.get("connector"), item.get("variable"),
            item.get("instance") or None, item.get("attribute_type") or "Actual")


def store_variable_results(cp_id: str, name: str, asked: list[Any],
                           results: list[dict[str, Any]]) -> int:
    """The values a SetVariables / GetVariables took or read, on the same
    ``charge_point_variable`` rows as NotifyReport (``Name[instance]`` components)."""
    from csms_desktop.protocol.v201.advanced_commands import SET_OK, variable_spec
    from csms_desktop.services.chargers import ChargerService

    values = {_var_key(spec): spec.get("value") for spec in map(variable_spec, asked)}
    items = []
    for res in results:
        if res["status"] not in (SET_OK if name == "set_variables" else ("Accepted",)):
            continue
        if name == "set_variables":
            key = _var_key(res)
            if key not in values:
                continue
            value = values[key]
        else:
            value = res.get("value")
        component = str(res["component"])
        if res.get("component_instance"):
            component = f"{component}[{res['component_instance']}]"
        items.append({"component": component, "evse_id": res.get("evse"),
                      "connector_id": res.get("connector"), "variable": res["variable"],
                      "instance": res.get("instance") or "",
                      "attribute_type": res.get("attribute_type"), "value": value})
    return ChargerService.store_variables(cp_id, items)


# ---------------------------------------------------------------- monitoring
def _monitor_columns(component: dict[str, Any], variable: dict[str, Any],
                     monitor: dict[str, Any]) -> dict[str, Any]:
    from csms_desktop.protocol.v201.reports import component_name

    evse = component.get("evse") or {}
    return {"component": component_name(component)[:120], "evse_id": evse.get("id"),
            "connector_id": evse.get("connectorId"), "variable": str(variable["name"])[:100],
            "instance": str(variable.get("instance") or "")[:100],
            "monitor_type": str(monitor["type"]), "value": float(monitor["value"]),
            "severity": int(monitor["severity"]),
            "transaction": bool(monitor.get("transaction", False))}


def store_monitor(cp_id: str, monitor_id: int, values: dict[str, Any], source: str,
                  request_id: int | None = None) -> None:
    values = {**values, "source": source, "request_id": request_id, "updated_at": utcnow()}
    upsert(VariableMonitor, (VariableMonitor.charge_point_id == cp_id)
           & (VariableMonitor.monitor_id == monitor_id),
           {"charge_point_id": cp_id, "monitor_id": monitor_id}, values)


def forget_monitors_before(cp_id: str, request_id: int | None, before: datetime) -> int:
    where = (VariableMonitor.charge_point_id == cp_id) & (VariableMonitor.updated_at <= before)
    if request_id is not None:
        where &= (VariableMonitor.request_id.is_null()
                  | (VariableMonitor.request_id != request_id))
    return int(VariableMonitor.delete().where(where).execute())


def notify_monitoring_report(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    from csms_desktop.protocol.v201.reports import _part

    request_id, seq, tbc = int(p["requestId"]), int(p["seqNo"]), bool(p.get("tbc", False))
    rows = [(int(m["id"]), _monitor_columns(item["component"], item["variable"], m))
            for item in p.get("monitor") or [] for m in item["variableMonitoring"]]
    track = _part(conn, MONITORING_REPORT, request_id, seq, tbc)
    if track is None:
        return {}
    with VariableMonitor._meta.database.atomic():
        for monitor_id, values in rows:
            store_monitor(conn.cp_id, monitor_id, values, "station", request_id)
    track.rows += len(rows)
    if track.done and track.full_since is not None:
        gone = forget_monitors_before(conn.cp_id, request_id, track.full_since)
        if gone:
            log.info("%s no longer has %d monitor(s)", conn.cp_id, gone)
    log.info("%s monitoring report %d part %d: %d monitor(s)", conn.cp_id, request_id, seq,
             len(rows))
    if track.done:
        conn.services.hub.publish(ChargerUpdated(conn.cp_id))
    return {}


def store_monitors_set(cp_id: str, asked: list[Any], results: list[dict[str, Any]]) -> int:
    """Rows of the monitors a SetVariableMonitoring installed (Accepted, with an id)."""
    from csms_desktop.protocol.v201.advanced_commands import (
        _monitor_data,
        neutral_of,
        variable_spec,
    )

    sent = [_monitor_data(variable_spec(m)) for m in asked]

    def key(d: dict[str, Any]) -> tuple[Any, ...]:
        n = neutral_of(d)
        return (n.get("component"), n.get("component_instance"), n.get("evse"),
                n.get("connector"), n.get("variable"), n.get("instance"), d["type"],
                int(d["severity"]))

    values = {key(d): d for d in sent}
    asked_notify = {key(d): variable_spec(m).get("notify") for d, m in zip(sent, asked,
                                                                          strict=True)}
    n = 0
    for res in results:
        if res["status"] != "Accepted" or res.get("id") is None:
            continue
        wire = {"component": drop_none({"name": res["component"],
                                        "instance": res.get("component_instance"),
                                        "evse": drop_none({"id": res.get("evse"),
                                                           "connectorId": res.get("connector")})
                                        or None}),
                "variable": drop_none({"name": res["variable"], "instance": res.get("instance")}),
                "type": res["type"], "severity": res["severity"]}
        match = values.get(key(wire))
        if match is None:
            continue
        columns = _monitor_columns(wire["component"], wire["variable"],
                                   {**match, "type": res["type"]})
        notify = asked_notify.get(key(wire))
        if notify is not None:
            columns["notify"] = bool(notify)
        store_monitor(cp_id, int(res["id"]), columns, "csms")
        n += 1
    return n
