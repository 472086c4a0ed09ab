"""OCPP 1.6 security extension (Improved security for OCPP 1.6-J): charge point -> CSMS.

- SecurityEventNotification: stored like the CSMS's own events (``security_event``,
  source CHARGER) and shown on the security log; the kinds the whitepaper marks critical
  and that need a person also raise a notification.
- SignCertificate -> CertificateSigned: protocol/certificate_signing.py (shared with
  2.0.1).
- LogStatusNotification, SignedFirmwareStatusNotification: progress of GetLog and
  SignedUpdateFirmware.

The CSMS -> charge point side (InstallCertificate, DeleteCertificate,
GetInstalledCertificateIds, ExtendedTriggerMessage) is in protocol/v16/commands.py.
"""

from __future__ import annotations

import logging
from typing import Any

from csms_desktop.protocol.certificate_signing import sign_certificate
from csms_desktop.protocol.connection import OCPPConnection

log = logging.getLogger(__name__)

#: Charger security events an operator must hear of (whitepaper, appendix 1: critical).
CRITICAL = frozenset({
    "TamperDetectionActivated", "SecurityLogWasCleared", "MemoryExhaustion",
    "InvalidFirmwareSignature", "AttemptedReplayAttacks",
})
__all__ = ["CRITICAL", "log_status_notification", "security_event_notification",
           "sign_certificate", "signed_firmware_status_notification"]


def security_event_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    kind = str(p["type"])
    detail = str(p.get("techInfo") or "")
    stamp = p.get("timestamp")
    if stamp:
        detail = f"{detail} (charger time {stamp})".strip()
    conn.services.chargers.security.raise_event(conn.cp_id, kind, detail, conn.remote,
                                                source="CHARGER", alarming=kind in CRITICAL)
    return {}


def log_status_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    """GetLog progress, kept where DiagnosticsStatusNotification's is (as 2.0.1 does)."""
    from csms_desktop.protocol.v16.core import _set_cp

    _set_cp(conn, diagnostics_status=str(p["status"])[:40])
    return {}


def signed_firmware_status_notification(conn: OCPPConnection,
                                        p: dict[str, Any]) -> dict[str, Any]:
    """SignedUpdateFirmware progress, kept where FirmwareStatusNotification's is; a
    signature the charger refused is a security event too."""
    from csms_desktop.protocol.v16.core import _set_cp

    status = str(p["status"])
    _set_cp(conn, firmware_status=status[:40])
    if status in ("InvalidSignature", "InstallVerificationFailed"):
        conn.services.chargers.security.raise_event(
            conn.cp_id, "FirmwareNotInstalled",
            f"SignedFirmwareStatusNotification {status} (request {p.get('requestId')})",
            conn.remote, alarming=True)
    return {}
