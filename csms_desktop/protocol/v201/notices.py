"""OCPP 2.0.1/2.1 status reports and requests the CSMS only acknowledges or declines.

Security, firmware and log status, reservation updates, external charging limits,
certificates (no PKI here: signing and checks are declined with a reason), ISO 15118
charging needs, and the 2.1 notifications (DER, priority charging, settlement, battery
swap) that need no more than a logged acknowledgement.
"""

from __future__ import annotations

import logging
from typing import Any

from csms_desktop.domain.enums import NotificationType, ReservationStatus
from csms_desktop.protocol.connection import OCPPConnection
from csms_desktop.protocol.v201.common import set_charge_point, status_info
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.store.models import Reservation

log = logging.getLogger(__name__)

#: Security events an operator must see (a notification); the others are logged and
#: published on the hub only (StartupOfTheDevice, ResetOrReboot, SettingSystemTime...).
ALARMING_SECURITY_EVENTS = frozenset({
    "TamperDetectionActivated", "MemoryExhaustion", "SecurityLogWasCleared",
    "AttemptedReplayAttacks", "FailedToAuthenticateAtCsms", "CsmsFailedToAuthenticate",
    "InvalidFirmwareSignature", "InvalidFirmwareSigningCertificate", "InvalidCsmsCertificate",
    "InvalidChargingStationCertificate", "InvalidTLSVersion", "InvalidTLSCipherSuite",
    "MaintenanceLoginFailed",
})

NO_PKI = "this central system has no certificate authority"


def security_event_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """Stored like the CSMS's own events (``security_event``, source CHARGER, published on
    the hub); the kinds an operator must see also notify."""
    kind, detail = str(p["type"]), str(p.get("techInfo") or "")
    conn.services.chargers.security.raise_event(conn.cp_id, kind, detail, conn.remote,
                                                source="CHARGER", alarming=False)
    if kind in ALARMING_SECURITY_EVENTS:
        log.warning("security: %s reports %s at %s %s", conn.cp_id, kind, p["timestamp"], detail)
        conn.services.notifier.notify(
            NotificationType.SYSTEM_MAINTENANCE, f"Security event on {conn.cp_id}: {kind}",
            f"Reported at {p['timestamp']}. {detail}".strip(), charge_point_id=conn.cp_id)
    else:
        log.info("%s security event %s at %s %s", conn.cp_id, kind, p["timestamp"], detail)
    return {}


def firmware_status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    set_charge_point(conn, firmware_status=str(p["status"])[:40])
    return {}


def log_status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """GetLog progress, stored where 1.6 keeps DiagnosticsStatusNotification."""
    set_charge_point(conn, diagnostics_status=str(p["status"])[:40])
    return {}


def reservation_status_update(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """Expired -> EXPIRED, Removed -> CANCELED (only while the reservation is active)."""
    status = (ReservationStatus.EXPIRED if p["reservationUpdateStatus"] == "Expired"
              else ReservationStatus.CANCELED)
    n = Reservation.update(status=status).where(
        (Reservation.ocpp_reservation_id == int(p["reservationId"]))
        & (Reservation.charge_point == conn.cp_id)
        & (Reservation.status == ReservationStatus.ACTIVE)).execute()
    if n:
        conn.services.hub.publish(ChargerUpdated(conn.cp_id))
    else:
        log.info("%s: reservation %s %s, none active here", conn.cp_id, p["reservationId"],
                 p["reservationUpdateStatus"])
    return {}


def notify_charging_limit(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    limit = p["chargingLimit"]
    text = (f"{limit['chargingLimitSource']} limits EVSE {p.get('evseId', 'all')} "
            f"({len(p.get('chargingSchedule') or [])} schedule(s))")
    if limit.get("isGridCritical"):
        log.warning("%s: grid-critical %s", conn.cp_id, text)
        conn.services.notifier.notify(NotificationType.SYSTEM_MAINTENANCE,
                                      f"{conn.cp_id}: grid-critical charging limit", text,
                                      charge_point_id=conn.cp_id)
    else:
        log.info("%s: %s", conn.cp_id, text)
    return {}


def cleared_charging_limit(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    log.info("%s: %s charging limit cleared on EVSE %s", conn.cp_id, p["chargingLimitSource"],
             p.get("evseId", "all"))
    return {}


def get_certificate_status(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    return {"status": "Failed", "statusInfo": status_info("NotSupported", NO_PKI)}


def get_15118_ev_certificate(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    return {"status": "Failed", "exiResponse": "",
            "statusInfo": status_info("NotSupported", NO_PKI)}


def notify_ev_charging_needs(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """No ISO 15118 schedule negotiation: the station keeps its own schedule."""
    log.info("%s EV charging needs on EVSE %s: %s", conn.cp_id, p["evseId"],
             p["chargingNeeds"].get("requestedEnergyTransfer"))
    return {"status": "Rejected",
            "statusInfo": status_info("NotSupported", "no ISO 15118 schedules from this CSMS")}


def notify_ev_charging_schedule(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    log.info("%s EV charging schedule on EVSE %s", conn.cp_id, p["evseId"])
    return {"status": "Accepted"}


def acknowledge(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """2.1 notifications answered with an empty payload (logged in the message log)."""
    return {}


def pull_dynamic_schedule_update(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    return {"status": "Rejected",
            "statusInfo": status_info("NoSchedule", "no dynamic schedules from this CSMS")}


def vat_number_validation(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    return {"vatNumber": p["vatNumber"], "status": "Rejected",
            "statusInfo": status_info("NotSupported", "VAT numbers are not validated here")}
