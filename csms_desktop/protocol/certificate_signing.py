"""SignCertificate -> the site CA signs -> CertificateSigned, for both versions.

1.6 (security extension) and 2.0.1 (A02/A03, certificateType ChargingStationCertificate)
work alike: the CSR is checked (valid signature, CN = the charger id or the serial number
it reported at boot, key strong enough) and signed by the site CA
(services/certificates.py); the answer is Accepted or Rejected, and after an Accepted the
certificate goes to the charger in a CertificateSigned CALL. The issued certificate is
kept (``charger_certificate``, ``delivered`` once the charger accepts it): with it the
charger connects at security profile 3.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from cryptography.hazmat.primitives import serialization

from csms_desktop.domain.enums import OCPPVersion
from csms_desktop.protocol.connection import CallRejected, CallTimeout, ChargerOffline, OCPPConnection
from csms_desktop.services.certificates import CertificateError, site_store
from csms_desktop.services.security_profiles import record_issued
from csms_desktop.store.cert_models import ChargerCertificate

log = logging.getLogger(__name__)

CSR_REJECTED = "CSRRejected"
CERTIFICATE_NOT_INSTALLED = "CertificateSignedRejected"
SEND_DELAY_S = 0.05  # the CertificateSigned CALL follows the SignCertificate answer


def _rejected(conn: OCPPConnection, reason: str, text: str) -> dict[str, Any]:
    if conn.version == OCPPVersion.OCPP16:
        return {"status": "Rejected"}
    return {"status": "Rejected", "statusInfo": {"reasonCode": reason[:20],
                                                 "additionalInfo": text[:512]}}


async def sign_certificate(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    kind = p.get("certificateType")  # 2.0.1 only; absent: the CSMS connection's
    if kind == "V2GCertificate":
        return _rejected(conn, "NotSupported", "no ISO 15118 V2G certificate authority here")
    store = site_store(conn.services)
    loop = asyncio.get_running_loop()
    serial = await conn.services.worker.call(_serial_number, conn.cp_id)
    try:
        cert = await loop.run_in_executor(None, lambda: store.sign_csr(
            p["csr"], conn.cp_id, serial_number=serial))
    except CertificateError as exc:
        conn.services.chargers.security.raise_event(conn.cp_id, CSR_REJECTED, str(exc),
                                                    conn.remote, alarming=False)
        return _rejected(conn, "InvalidCSR", str(exc))
    row = await conn.services.worker.call(record_issued, conn.cp_id, cert, durable=True)
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    log.info("%s: signed its CSR (serial %x, expires %s)", conn.cp_id, cert.serial_number,
             cert.not_valid_after_utc.date())
    conn.spawn(_send_signed(conn, pem, row.id, kind), name=f"certificate-signed-{conn.cp_id}")
    return {"status": "Accepted"}


async def _send_signed(conn: OCPPConnection, pem: str, row_id: str,
                       kind: str | None) -> None:
    await asyncio.sleep(SEND_DELAY_S)
    payload: dict[str, Any] = {"certificateChain": pem}
    if kind is not None:
        payload["certificateType"] = kind
    try:
        answer = await conn.call("CertificateSigned", payload)
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


def _serial_number(cp_id: str) -> str | None:
    from csms_desktop.store.models import ChargePoint

    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    return cp.serial_number if cp is not None and cp.serial_number else None
