"""OCPP 1.6 security extension (Improved security for OCPP 1.6-J): charge point -> CSMS.

- SecurityEventNotification: stored like the CSMS's own events (``security_event``,
  source CHARGER) and shown on the security log; the kinds the whitepaper marks critical
  and that need a person also raise a notification.
- SignCertificate: the CSR is checked (valid signature, CN = the charger id, key strong
  enough) and signed by the site CA (services/certificates.py); the answer is Accepted or
  Rejected, and after an Accepted the certificate goes to the charger in a
  CertificateSigned CALL. The issued certificate is kept (``charger_certificate``) with
  its serial and expiry: with it the charger can connect at security profile 3.

The CSMS -> charge point side (InstallCertificate, DeleteCertificate,
GetInstalledCertificateIds, ExtendedTriggerMessage) is in protocol/v16/commands.py.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from cryptography.hazmat.primitives import serialization

from csms_desktop.protocol.connection import CallRejected, CallTimeout, ChargerOffline, OCPPConnection
from csms_desktop.services.certificates import CertificateError, site_store
from csms_desktop.services.security_profiles import record_issued
from csms_desktop.store.cert_models import ChargerCertificate

log = logging.getLogger(__name__)

#: Charger security events an operator must hear of (whitepaper, appendix 1: critical).
CRITICAL = frozenset({
    "TamperDetectionActivated", "SecurityLogWasCleared", "MemoryExhaustion",
    "InvalidFirmwareSignature", "AttemptedReplayAttacks",
})
CSR_REJECTED = "CSRRejected"
CERTIFICATE_NOT_INSTALLED = "CertificateSignedRejected"
SEND_DELAY_S = 0.05  # the CertificateSigned CALL follows the SignCertificate answer


def security_event_notification(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    kind = str(p["type"])
    detail = str(p.get("techInfo") or "")
    stamp = p.get("timestamp")
    if stamp:
        detail = f"{detail} (charger time {stamp})".strip()
    conn.services.chargers.security.raise_event(conn.cp_id, kind, detail, conn.remote,
                                                source="CHARGER", alarming=kind in CRITICAL)
    return {}


async def sign_certificate(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    store = site_store(conn.services)
    loop = asyncio.get_running_loop()
    serial = await conn.services.worker.call(_serial_number, conn.cp_id)
    try:
        cert = await loop.run_in_executor(None, lambda: store.sign_csr(
            p["csr"], conn.cp_id, serial_number=serial))
    except CertificateError as exc:
        conn.services.chargers.security.raise_event(conn.cp_id, CSR_REJECTED, str(exc),
                                                    conn.remote, alarming=False)
        return {"status": "Rejected"}
    row = await conn.services.worker.call(record_issued, conn.cp_id, cert, durable=True)
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    log.info("%s: signed its CSR (serial %x, expires %s)", conn.cp_id, cert.serial_number,
             cert.not_valid_after_utc.date())
    conn.spawn(_send_signed(conn, pem, row.id), name=f"certificate-signed-{conn.cp_id}")
    return {"status": "Accepted"}


async def _send_signed(conn: OCPPConnection, pem: str, row_id: str) -> None:
    await asyncio.sleep(SEND_DELAY_S)
    try:
        answer = await conn.call("CertificateSigned", {"certificateChain": pem})
    except (CallTimeout, CallRejected, ChargerOffline) as exc:
        log.warning("%s: CertificateSigned was not delivered: %s", conn.cp_id, exc)
        return
    if answer.get("status") == "Accepted":
        await conn.services.worker.call(_delivered, row_id, durable=True)
    else:
        conn.services.chargers.security.raise_event(
            conn.cp_id, CERTIFICATE_NOT_INSTALLED,
            f"the charger answered CertificateSigned with {answer.get('status')}",
            conn.remote, alarming=False)


def _delivered(row_id: str) -> None:
    ChargerCertificate.update(delivered=True).where(ChargerCertificate.id == row_id).execute()


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


def _serial_number(cp_id: str) -> str | None:
    from csms_desktop.store.models import ChargePoint

    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    return cp.serial_number if cp is not None and cp.serial_number else None
