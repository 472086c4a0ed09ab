"""OCPP 1.6J Core profile: charge point -> central system messages.

Handlers are thin: payload in (camelCase, validated), service call, payload out.
"""

from __future__ import annotations

import logging
from typing import Any

from csms_desktop.domain.enums import OCPPVersion, RegistrationStatus
from csms_desktop.domain.status import (
    canonical_status_16,
    map_charge_point_status,
    map_connector_status_16,
)
from csms_desktop.domain.timeutil import format_ocpp_datetime, utcnow
from csms_desktop.domain.units import to_kwh
from csms_desktop.protocol.connection import HandlerError, OCPPConnection, on_loop
from csms_desktop.protocol.inputs import readings, stamp, ts
from csms_desktop.services.authorization import AuthResult
from csms_desktop.services.chargers import BootInfo

log = logging.getLogger(__name__)

PENDING_RETRY_INTERVAL = 30  # s, BootNotification retry for Pending/Rejected


def id_tag_info(auth: AuthResult) -> dict[str, Any]:
    info: dict[str, Any] = {"status": auth.status}
    if auth.expiry_date is not None:
        info["expiryDate"] = format_ocpp_datetime(auth.expiry_date)
    if auth.parent_id_tag:
        info["parentIdTag"] = auth.parent_id_tag
    return info


def boot_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    info = BootInfo(
        vendor=p.get("chargePointVendor"), model=p.get("chargePointModel"),
        serial_number=p.get("chargePointSerialNumber") or p.get("chargeBoxSerialNumber"),
        firmware_version=p.get("firmwareVersion"), iccid=p.get("iccid"), imsi=p.get("imsi"),
        meter_type=p.get("meterType"), meter_serial_number=p.get("meterSerialNumber"),
    )
    status = conn.services.chargers.boot(conn.cp_id, OCPPVersion.OCPP16, info)
    conn.registered = status == RegistrationStatus.ACCEPTED
    conn.booted = status in (RegistrationStatus.ACCEPTED, RegistrationStatus.PENDING)
    if status != RegistrationStatus.REJECTED and conn.cp_id not in conn.services.chargers.connected:
        conn.services.chargers.on_connected(conn.cp_id, OCPPVersion.OCPP16, conn.remote)
    interval = (conn.services.settings.heartbeat_interval if conn.registered
                else PENDING_RETRY_INTERVAL)
    conn.services.writer.require_durable()
    return {"status": status.value.capitalize(), "currentTime": format_ocpp_datetime(utcnow()),
            "interval": interval}


@on_loop
def heartbeat(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    conn.services.chargers.touch(conn.cp_id, heartbeat=True)
    return {"currentTime": format_ocpp_datetime(utcnow())}


def status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    connector_no = int(p["connectorId"])
    conn.services.chargers.check_connector(conn.cp_id, connector_no)
    raw = p["status"]
    try:
        ocpp_status = canonical_status_16(raw)
        seed = (map_charge_point_status(ocpp_status) if connector_no == 0
                else map_connector_status_16(ocpp_status))
    except ValueError as exc:
        raise HandlerError("property", f"unknown status {raw!r}") from exc
    at = ts(conn, p)
    fresh = conn.services.chargers.record_status(
        conn.cp_id, connector_no, seed, ocpp_status, p.get("errorCode"), at,
        info=p.get("info"), vendor_error_code=p.get("vendorErrorCode"),
    )
    if fresh:
        conn.services.charging.on_connector_status(conn.cp_id, connector_no, ocpp_status, at)
    conn.services.writer.require_durable()  # status rows are batched; answer once committed
    return {}


def authorize(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    # ConcurrentTx is a StartTransaction.conf answer in 1.6, never an Authorize one: the
    # rule "a tag may hold N active transactions" is applied when a transaction starts.
    auth = conn.services.authorizer.authorize(conn.cp_id, p["idTag"])
    return {"idTagInfo": id_tag_info(auth)}


def start_transaction(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    connector_no = int(p["connectorId"])
    if connector_no <= 0:
        raise HandlerError("property", f"connectorId {connector_no}: a transaction starts on a "
                                       "connector numbered from 1")
    when = stamp(conn, p)
    try:
        result = conn.services.charging.start_transaction(
            conn.cp_id, connector_no, p["idTag"], to_kwh(p["meterStart"], "Wh"), when.at,
            reservation_ocpp_id=p.get("reservationId"), received_at=when.received,
            clock_replaced=when.replaced,
        )
    except LookupError as exc:
        raise HandlerError("security", str(exc)) from exc
    conn.services.writer.require_durable()  # the answer confirms a durable row
    return {"transactionId": int(result.transaction_id), "idTagInfo": id_tag_info(result.auth)}


def stop_transaction(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    tx_id = str(p["transactionId"])
    samples = readings(conn, p.get("transactionData") or [])
    charging = conn.services.charging
    tx_row = charging.transaction_row_id(conn.cp_id, tx_id)
    connector_no = _open_tx_connector(tx_row) if samples and tx_row is not None else None
    if connector_no is not None:  # a repeated stop must not store its transactionData again
        charging.meter_values(conn.cp_id, connector_no, tx_id, samples)
    when = stamp(conn, p)
    result = charging.stop_transaction(
        conn.cp_id, tx_id, to_kwh(p["meterStop"], "Wh"), when.at, reason=p.get("reason", "Local"),
        id_tag=p.get("idTag"), received_at=when.received, clock_replaced=when.replaced,
    )
    conn.services.writer.require_durable()
    answer: dict[str, Any] = {}
    if p.get("idTag"):
        info = ({"status": "Invalid"} if result.foreign else
                id_tag_info(conn.services.authorizer.authorize(conn.cp_id, p["idTag"])))
        answer["idTagInfo"] = info
    return answer


def _open_tx_connector(tx_row: str) -> int | None:
    """The connector number of a transaction still ACTIVE, else None."""
    from csms_desktop.domain.enums import TransactionStatus
    from csms_desktop.store.models import Connector, Transaction

    tx = Transaction.get_by_id(tx_row)
    if tx.status != TransactionStatus.ACTIVE:
        return None
    return int(Connector.get_by_id(tx.connector_id).connector_id)


def meter_values(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    tx_id = p.get("transactionId")
    connector_no = int(p["connectorId"])
    conn.services.chargers.check_connector(conn.cp_id, connector_no)
    conn.services.charging.meter_values(
        conn.cp_id, connector_no, str(tx_id) if tx_id is not None else None,
        readings(conn, p["meterValue"]),
    )
    return {}


def data_transfer(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    log.info("%s DataTransfer from vendor %s message %s", conn.cp_id, p.get("vendorId"),
             p.get("messageId"))
    return {"status": "UnknownVendorId"}


def diagnostics_status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    _set_cp(conn, diagnostics_status=p["status"])
    return {}


def firmware_status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    _set_cp(conn, firmware_status=p["status"])
    return {}


def _set_cp(conn: OCPPConnection, **values: Any) -> None:
    from csms_desktop.services.events import ChargerUpdated
    from csms_desktop.store.models import ChargePoint

    ChargePoint.update(**values).where(ChargePoint.id == conn.cp_id).execute()
    conn.services.hub.publish(ChargerUpdated(conn.cp_id))
