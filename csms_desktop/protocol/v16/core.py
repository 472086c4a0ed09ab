"""OCPP 1.6J Core profile: charge point -> central system messages.

Handlers are thin: payload in (camelCase, validated), service call, payload out.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from csms_desktop.domain.enums import OCPPVersion, RegistrationStatus
from csms_desktop.domain.status import (
    canonical_status_16,
    map_charge_point_status,
    map_connector_status_16,
)
from csms_desktop.domain.timeutil import format_ocpp_datetime, parse_ocpp_datetime, utcnow
from csms_desktop.domain.units import MeterReading, UnitError, combine_sampled_values, to_kwh
from csms_desktop.protocol.connection import HandlerError, OCPPConnection
from csms_desktop.services.authorization import AuthResult
from csms_desktop.services.chargers import BootInfo

log = logging.getLogger(__name__)

PENDING_RETRY_INTERVAL = 30  # s, BootNotification retry for Pending/Rejected


def ts(payload: dict[str, Any], key: str = "timestamp") -> datetime:
    value = payload.get(key)
    if value is None:
        return utcnow()
    try:
        return parse_ocpp_datetime(value)
    except ValueError as exc:
        raise HandlerError("property", f"{key} is not a date-time: {value!r}") from exc


def id_tag_info(auth: AuthResult) -> dict[str, Any]:
    info: dict[str, Any] = {"status": auth.status}
    if auth.expiry_date is not None:
        info["expiryDate"] = format_ocpp_datetime(auth.expiry_date)
    if auth.parent_id_tag:
        info["parentIdTag"] = auth.parent_id_tag
    return info


async def boot_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    info = BootInfo(
        vendor=p.get("chargePointVendor"), model=p.get("chargePointModel"),
        serial_number=p.get("chargePointSerialNumber") or p.get("chargeBoxSerialNumber"),
        firmware_version=p.get("firmwareVersion"), iccid=p.get("iccid"), imsi=p.get("imsi"),
        meter_type=p.get("meterType"), meter_serial_number=p.get("meterSerialNumber"),
    )
    status = conn.services.chargers.boot(conn.cp_id, OCPPVersion.OCPP16, info)
    conn.registered = status == RegistrationStatus.ACCEPTED
    if status != RegistrationStatus.REJECTED and conn.cp_id not in conn.services.chargers.connected:
        conn.services.chargers.on_connected(conn.cp_id, OCPPVersion.OCPP16, conn.remote)
    interval = (conn.services.settings.heartbeat_interval if conn.registered
                else PENDING_RETRY_INTERVAL)
    await conn.services.writer.durable()
    return {"status": status.value.capitalize(), "currentTime": format_ocpp_datetime(utcnow()),
            "interval": interval}


def heartbeat(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    conn.services.chargers.touch(conn.cp_id, heartbeat=True)
    return {"currentTime": format_ocpp_datetime(utcnow())}


async def status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    connector_no = int(p["connectorId"])
    raw = p["status"]
    try:
        ocpp_status = canonical_status_16(raw)
        seed = (map_charge_point_status(ocpp_status) if connector_no == 0
                else map_connector_status_16(ocpp_status))
    except ValueError as exc:
        raise HandlerError("property", f"unknown status {raw!r}") from exc
    at = ts(p)
    fresh = conn.services.chargers.record_status(
        conn.cp_id, connector_no, seed, ocpp_status, p.get("errorCode"), at,
        info=p.get("info"), vendor_error_code=p.get("vendorErrorCode"),
    )
    if fresh:
        conn.services.charging.on_connector_status(conn.cp_id, connector_no, ocpp_status, at)
    await conn.services.writer.durable()  # status rows are batched; answer once committed
    return {}


def authorize(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    auth = conn.services.authorizer.authorize(conn.cp_id, p["idTag"])
    if auth.accepted and conn.services.charging.tag_in_active_transaction(p["idTag"]):
        # 1.6: the tag is already charging somewhere (a local stop needs no Authorize)
        return {"idTagInfo": {**id_tag_info(auth), "status": "ConcurrentTx"}}
    return {"idTagInfo": id_tag_info(auth)}


async def start_transaction(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    try:
        result = conn.services.charging.start_transaction(
            conn.cp_id, int(p["connectorId"]), p["idTag"], to_kwh(p["meterStart"], "Wh"), ts(p),
            reservation_ocpp_id=p.get("reservationId"),
        )
    except LookupError as exc:
        raise HandlerError("security", str(exc)) from exc
    await conn.services.writer.durable()  # the answer confirms a durable row
    return {"transactionId": int(result.transaction_id), "idTagInfo": id_tag_info(result.auth)}


def _readings(conn: OCPPConnection, meter_values: list[dict[str, Any]]
              ) -> list[tuple[datetime, MeterReading]]:
    out = []
    for mv in meter_values:
        try:
            out.append((ts(mv), combine_sampled_values(mv.get("sampledValue", []), "1.6")))
        except UnitError as exc:
            raise HandlerError("property", str(exc)) from exc
    return out


async def stop_transaction(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    tx_id = str(p["transactionId"])
    readings = _readings(conn, p.get("transactionData") or [])
    charging = conn.services.charging
    tx_row = charging.transaction_row_id(tx_id)
    connector_no = _open_tx_connector(tx_row) if readings and tx_row is not None else None
    if connector_no is not None:  # a repeated stop must not store its transactionData again
        charging.meter_values(conn.cp_id, connector_no, tx_id, readings)
    charging.stop_transaction(
        conn.cp_id, tx_id, to_kwh(p["meterStop"], "Wh"), ts(p), reason=p.get("reason", "Local"),
        id_tag=p.get("idTag"),
    )
    await conn.services.writer.durable()
    answer: dict[str, Any] = {}
    if p.get("idTag"):
        answer["idTagInfo"] = id_tag_info(conn.services.authorizer.authorize(conn.cp_id,
                                                                             p["idTag"]))
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
    conn.services.charging.meter_values(
        conn.cp_id, int(p["connectorId"]), str(tx_id) if tx_id is not None else None,
        _readings(conn, p["meterValue"]),
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
