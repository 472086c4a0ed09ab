"""OCPP 2.0.1/2.1 provisioning and availability: station -> CSMS messages.

BootNotification, Heartbeat, StatusNotification, Authorize, MeterValues, DataTransfer.
Handlers are thin: they call the same services as 1.6.

EVSE and connectors: an EVSE id is stored as ``connector.connector_id`` (one row per
EVSE); the connectorId within the EVSE goes to ``connector.ocpp_connector_id``. When an
EVSE has several connectors, its row shows the most telling of their statuses
(Occupied > Reserved > Available > Faulted > Unavailable: while one connector charges,
the others report Unavailable and the EVSE is Occupied).
"""

from __future__ import annotations

import logging
from typing import Any

from csms_desktop.domain.enums import ChargePointStatus, RegistrationStatus
from csms_desktop.domain.status import canonical_status_201, map_connector_status_201
from csms_desktop.domain.timeutil import format_ocpp_datetime, utcnow
from csms_desktop.protocol.connection import HandlerError, OCPPConnection, on_loop
from csms_desktop.protocol.inputs import readings, ts
from csms_desktop.protocol.v201.common import authorize_token, state, status_info
from csms_desktop.services.chargers import BootInfo

log = logging.getLogger(__name__)

PENDING_RETRY_INTERVAL = 30  # s, BootNotification retry for Pending/Rejected

_PRIORITY = {"Occupied": 0, "Reserved": 1, "Available": 2, "Faulted": 3, "Unavailable": 4}
_STATION_STATUS = {
    "Available": ChargePointStatus.AVAILABLE,
    "Occupied": ChargePointStatus.OCCUPIED,
    "Reserved": ChargePointStatus.OCCUPIED,
    "Unavailable": ChargePointStatus.UNAVAILABLE,
    "Faulted": ChargePointStatus.FAULTED,
}


def boot_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    station = p["chargingStation"]
    modem = station.get("modem") or {}
    info = BootInfo(
        vendor=station.get("vendorName"), model=station.get("model"),
        serial_number=station.get("serialNumber"),
        firmware_version=station.get("firmwareVersion"),
        iccid=modem.get("iccid"), imsi=modem.get("imsi"), reason=p.get("reason"),
    )
    chargers = conn.services.chargers
    status = chargers.boot(conn.cp_id, conn.version, info)
    conn.registered = status == RegistrationStatus.ACCEPTED
    conn.booted = status in (RegistrationStatus.ACCEPTED, RegistrationStatus.PENDING)
    if status != RegistrationStatus.REJECTED and conn.cp_id not in chargers.connected:
        chargers.on_connected(conn.cp_id, conn.version, conn.remote)
    interval = (conn.services.settings.heartbeat_interval if conn.registered
                else PENDING_RETRY_INTERVAL)
    answer: dict[str, Any] = {"status": status.value.capitalize(),
                              "currentTime": format_ocpp_datetime(utcnow()),
                              "interval": interval}
    if status == RegistrationStatus.PENDING:
        answer["statusInfo"] = status_info("Pending", "waiting for the operator's approval")
    elif status == RegistrationStatus.REJECTED:
        answer["statusInfo"] = status_info("Rejected", "not admitted by this central system")
    conn.services.writer.require_durable()
    return answer


@on_loop
def heartbeat(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    conn.services.chargers.touch(conn.cp_id, heartbeat=True)
    return {"currentTime": format_ocpp_datetime(utcnow())}


def status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    evse_no, connector_no = int(p["evseId"]), int(p["connectorId"])
    chargers = conn.services.chargers
    chargers.check_connector(conn.cp_id, evse_no, "evseId")
    if connector_no < 0 or connector_no > chargers.settings.max_connectors_per_charger:
        raise HandlerError("property", f"connectorId {connector_no} is out of range")
    raw = p["connectorStatus"]
    try:
        reported = canonical_status_201(raw)
    except ValueError as exc:
        raise HandlerError("property", f"unknown connectorStatus {raw!r}") from exc
    at = ts(conn, p)
    if evse_no == 0:  # not a real EVSE: the station as a whole
        chargers.record_status(conn.cp_id, 0, _STATION_STATUS[reported], reported, None, at)
        conn.services.writer.require_durable()
        return {}
    per_connector = state(conn).evse(conn.cp_id, evse_no)
    per_connector[connector_no] = reported
    shown_connector, shown = min(per_connector.items(), key=lambda kv: _PRIORITY[kv[1]])
    fresh = chargers.record_status(
        conn.cp_id, evse_no, map_connector_status_201(shown), shown, None, at,
        ocpp_connector_id=shown_connector,
    )
    if fresh:
        conn.services.charging.on_connector_status(conn.cp_id, evse_no, shown, at)
    conn.services.writer.require_durable()  # status rows are batched; answer once committed
    return {}


def authorize(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = {"idTokenInfo": authorize_token(conn, p["idToken"])}
    if p.get("iso15118CertificateHashData") or p.get("certificate"):
        # No PKI here: an ISO 15118 contract certificate cannot be verified.
        answer["certificateStatus"] = "NoCertificateAvailable"
    return answer


def meter_values(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """Meter values outside transactions (2.0.1 sends transaction data in TransactionEvent);
    EVSE 0 is the station's main meter."""
    evse_no = int(p["evseId"])
    conn.services.chargers.check_connector(conn.cp_id, evse_no, "evseId")
    conn.services.charging.meter_values(conn.cp_id, evse_no, None,
                                        readings(conn, p["meterValue"]))
    return {}


def data_transfer(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    log.info("%s DataTransfer from vendor %s message %s", conn.cp_id, p.get("vendorId"),
             p.get("messageId"))
    return {"status": "UnknownVendorId"}
