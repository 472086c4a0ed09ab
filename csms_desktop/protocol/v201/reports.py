"""OCPP 2.0.1/2.1 device model reports: NotifyReport, NotifyEvent, NotifyMonitoringReport,
ReportChargingProfiles, NotifyCustomerInformation, NotifyDisplayMessages.

NotifyReport parts (same requestId, seqNo 0, 1, 2..., ``tbc`` true until the last) are
stored as they arrive, one ``charge_point_variable`` row per component / EVSE /
connector / variable / instance / attribute type, so nothing is lost when a station
drops the connection mid-report; repeated reports update the rows in place. The
database has no column for a component's *instance*: it is stored in ``component`` as
``Name[instance]`` (and in ``characteristics.componentInstance``).
"""

from __future__ import annotations

import logging
from typing import Any

from csms_desktop.domain.enums import NotificationType
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.protocol.connection import OCPPConnection
from csms_desktop.protocol.v201.common import state
from csms_desktop.protocol.v201.state import MAX_PARTS_PER_REPORT, ReportTrack, gaps
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.store.models import ChargePointVariable

log = logging.getLogger(__name__)

MAX_PROFILES_REPORTED = 1_000  # per request: a station has a few dozen at most

VarKey = tuple[str, int | None, int | None, str, str, str]


def component_name(component: dict[str, Any]) -> str:
    instance = component.get("instance")
    return f"{component['name']}[{instance}]" if instance else str(component["name"])


def variable_key(component: dict[str, Any], variable: dict[str, Any],
                 attribute_type: str = "Actual") -> VarKey:
    evse = component.get("evse") or {}
    connector = evse.get("connectorId")
    return (component_name(component), evse.get("id"),
            int(connector) if connector is not None else None,
            str(variable["name"]), str(variable.get("instance") or ""), attribute_type)


def store_variables(cp_id: str, rows: dict[VarKey, dict[str, Any]]) -> int:
    """Insert or update rows (key -> column values) in one database transaction."""
    if not rows:
        return 0
    existing: dict[VarKey, str] = {}
    q = ChargePointVariable.select().where(ChargePointVariable.charge_point == cp_id)
    for v in q:
        existing[(v.component, v.evse_id, v.connector_id, v.variable, v.instance,
                  v.attribute_type)] = str(v.id)
    now = utcnow()
    with ChargePointVariable._meta.database.atomic():
        for key, values in rows.items():
            row_id = existing.get(key)
            if row_id is not None:
                ChargePointVariable.update(updated_at=now, **values).where(
                    ChargePointVariable.id == row_id).execute()
                continue
            component, evse_id, connector_id, variable, instance, attribute = key
            ChargePointVariable.create(
                charge_point=cp_id, component=component, evse_id=evse_id,
                connector_id=connector_id, variable=variable, instance=instance,
                attribute_type=attribute, updated_at=now, **values)
    return len(rows)


def _part(conn: OCPPConnection, kind: str, request_id: int, seq: int,
          tbc: bool) -> ReportTrack | None:
    """Bookkeeping of one part; None when the part was already received."""
    track = state(conn).report(kind, conn.cp_id, request_id)
    if seq in track.parts:
        log.info("%s %s %d: part %d received again; ignored", conn.cp_id, kind, request_id, seq)
        return None
    if track.parts and seq != max(track.parts) + 1:
        log.warning("%s %s %d: part %d follows part %d", conn.cp_id, kind, request_id, seq,
                    max(track.parts))
    track.parts.add(seq)
    if len(track.parts) > MAX_PARTS_PER_REPORT:  # bounded: a station may number parts at will
        track.parts.discard(min(track.parts))
    if not tbc:
        track.done = True
    return track


def notify_report(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    request_id, seq, tbc = int(p["requestId"]), int(p["seqNo"]), bool(p.get("tbc", False))
    track = _part(conn, "NotifyReport", request_id, seq, tbc)
    if track is None:
        return {}
    rows: dict[VarKey, dict[str, Any]] = {}
    for item in p.get("reportData") or []:
        chars = {k: v for k, v in (item.get("variableCharacteristics") or {}).items()
                 if k != "customData"}
        if item["component"].get("instance"):
            chars["componentInstance"] = item["component"]["instance"]
        for attr in item["variableAttribute"]:
            key = variable_key(item["component"], item["variable"], attr.get("type", "Actual"))
            flags = {k: attr[k] for k in ("mutability", "persistent", "constant") if k in attr}
            rows[key] = {"value": attr.get("value"),
                         "readonly": attr.get("mutability") == "ReadOnly",
                         "data_type": chars.get("dataType"),
                         "characteristics": {**chars, **flags} or None}
    track.rows += store_variables(conn.cp_id, rows)
    if track.done:
        missing = gaps(track.parts, limit=20, start=0)
        log.info("%s report %d complete: %d variable attributes in %d part(s)%s", conn.cp_id,
                 request_id, track.rows, len(track.parts),
                 f", parts {missing} missing" if missing else "")
        conn.services.hub.publish(ChargerUpdated(conn.cp_id))
    return {}


def _alerting(event: dict[str, Any]) -> bool:
    if event["variable"]["name"] == "Problem":
        return str(event["actualValue"]).lower() == "true"
    return event["trigger"] == "Alerting" and not event.get("cleared", False)


def _monitor_notifies(cp_id: str, monitor_id: int) -> bool | None:
    """The operator's choice for the monitor's events (None: not set, or unknown)."""
    from csms_desktop.store.v201_models import VariableMonitor

    row = VariableMonitor.get_or_none((VariableMonitor.charge_point_id == cp_id)
                                      & (VariableMonitor.monitor_id == monitor_id))
    return None if row is None else row.notify


def notify_event(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """Monitoring events: the actual value is stored; alerts and problems notify, and an
    event of a monitor notifies as the operator chose for it (``notify`` of its
    ``v201_variable_monitor`` row) when they did."""
    rows: dict[VarKey, dict[str, Any]] = {}
    for event in p["eventData"]:
        key = variable_key(event["component"], event["variable"])
        rows[key] = {"value": event["actualValue"]}
        where = f"{key[0]}{'/' + str(key[1]) if key[1] is not None else ''}.{key[3]}"
        text = f"{where} = {event['actualValue']}"
        if event.get("techInfo"):
            text += f" ({event['techInfo']})"
        monitor = event.get("variableMonitoringId")
        wanted = _monitor_notifies(conn.cp_id, int(monitor)) if monitor is not None else None
        if monitor is not None:
            text += f" [monitor {monitor}]"
        if wanted if wanted is not None else _alerting(event):
            log.warning("%s event %s: %s", conn.cp_id, event["eventId"], text)
            conn.services.notifier.notify(
                NotificationType.SYSTEM_MAINTENANCE, f"{conn.cp_id}: {where}", text,
                charge_point_id=conn.cp_id)
        else:
            log.info("%s event %s (%s): %s", conn.cp_id, event["eventId"], event["trigger"],
                     text)
    store_variables(conn.cp_id, rows)
    return {}


def report_charging_profiles(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """Profiles installed at the station (answer to GetChargingProfiles), kept in memory:
    ``state.reports[("ReportChargingProfiles", cp, requestId)].items``."""
    track = state(conn).report("ReportChargingProfiles", conn.cp_id, int(p["requestId"]))
    for profile in p["chargingProfile"]:
        track.items.append({"evseId": p["evseId"], "source": p["chargingLimitSource"],
                            **profile})
    if len(track.items) > MAX_PROFILES_REPORTED:  # bounded: the newest are kept
        del track.items[:len(track.items) - MAX_PROFILES_REPORTED]
        log.warning("%s reports more than %d charging profiles (request %s): the oldest "
                    "are not kept", conn.cp_id, MAX_PROFILES_REPORTED, p["requestId"])
    if not p.get("tbc", False):
        track.done = True
    log.info("%s reports %d charging profile(s) on EVSE %s (request %s)", conn.cp_id,
             len(p["chargingProfile"]), p["evseId"], p["requestId"])
    return {}
