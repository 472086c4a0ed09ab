"""The 1.6 security extension of the simulated charge point (whitepaper edition 2).

- ``ExtendedTriggerMessage SignChargePointCertificate``: a new P-256 key and a CSR with
  CN = the charger id, sent as SignCertificate; the CertificateSigned that follows is
  checked against that key and kept with it (``client_certificate``/``client_key``) for
  the connections at security profile 3.
- InstallCertificate / GetInstalledCertificateIds / DeleteCertificate on an in-memory
  store of root certificates.
- GetLog (LogStatusNotification Uploading, Uploaded) and SignedUpdateFirmware: the
  signing certificate must be a PEM certificate and the signature base64, else
  InvalidCertificate / InvalidSignature (SignedFirmwareStatusNotification Downloading,
  Downloaded, SignatureVerified, Installing, Installed otherwise).
- SecurityEventNotification: ``send_security_event`` (also after a profile rollback).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
from typing import Any

from cryptography import x509
from ocpp.v16 import call, call_result
from ocpp.v16.enums import Action

from csms_desktop.sim.core import SimCore
from csms_desktop.sim.model import now_utc
from csms_desktop.sim.profiles import format_time
from csms_desktop.sim.station_certs import new_csr, root_hash, signed_chain
from csms_desktop.sim.transport import on

log = logging.getLogger(__name__)

EXTENDED_TRIGGERS = ("BootNotification", "Heartbeat", "StatusNotification",
                     "SignChargePointCertificate")


class Security16(SimCore):
    """Mixin of SimChargePoint16 (see the module docstring)."""

    _csr_key: Any = None
    firmware_status: str
    diagnostics_status: str
    installed_roots: dict[str, dict[str, Any]]  # serial -> {type, hash data, pem}

    async def _trigger(self, what: str, connector_id: int | None) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ outgoing
    async def sign_certificate(self) -> str | None:
        """Send a CSR for this charger; the CSMS's answer (Accepted / Rejected)."""
        key, csr_pem = new_csr(self.id)
        self._csr_key = key
        res = await self._call(call.SignCertificate(csr=csr_pem))
        return None if res is None else str(res.status)

    async def _sign_after_trigger(self) -> None:
        status = await self.sign_certificate()
        if status != "Accepted":
            log.warning("%s: the CSMS answered SignCertificate with %s", self.id, status)

    async def send_security_event(self, kind: str, tech_info: str | None = None) -> None:
        await self._call(call.SecurityEventNotification(
            type=kind, timestamp=format_time(now_utc()), tech_info=tech_info))

    # ------------------------------------------------------------ incoming
    @on(Action.extended_trigger_message)
    def on_extended_trigger_message(self, requested_message: str,
                                    connector_id: int | None = None, **_: Any) -> Any:
        if requested_message not in EXTENDED_TRIGGERS:
            return call_result.ExtendedTriggerMessage(status="NotImplemented")
        if self.rejecting("ExtendedTriggerMessage"):
            return call_result.ExtendedTriggerMessage(status="Rejected")
        if requested_message == "SignChargePointCertificate":
            self.after_reply(self._sign_after_trigger)
        else:
            self.after_reply(lambda: self._trigger(requested_message, connector_id))
        return call_result.ExtendedTriggerMessage(status="Accepted")

    @on(Action.certificate_signed)
    def on_certificate_signed(self, certificate_chain: str, **_: Any) -> Any:
        got = signed_chain(self._csr_key, certificate_chain)
        if got is None or self.rejecting("CertificateSigned"):
            self.after_reply(lambda: self.send_security_event(
                "InvalidChargePointCertificate", "CertificateSigned does not match my CSR"))
            return call_result.CertificateSigned(status="Rejected")
        self.client_key, chain = got
        self.client_certificate = certificate_chain
        self._csr_key = None
        log.info("%s: installed its client certificate (serial %x)", self.id,
                 chain[0].serial_number)
        return call_result.CertificateSigned(status="Accepted")

    @on(Action.install_certificate)
    def on_install_certificate(self, certificate_type: str, certificate: str,
                               **_: Any) -> Any:
        h = root_hash(certificate)
        if h is None or self.rejecting("InstallCertificate"):
            return call_result.InstallCertificate(status="Rejected")
        self.installed_roots[h["serialNumber"]] = {"type": certificate_type, "hash": h,
                                                   "pem": certificate}
        return call_result.InstallCertificate(status="Accepted")

    @on(Action.get_installed_certificate_ids)
    def on_get_installed_certificate_ids(self, certificate_type: str, **_: Any) -> Any:
        held = [v["hash"] for v in self.installed_roots.values()
                if v["type"] == certificate_type]
        if not held:
            return call_result.GetInstalledCertificateIds(status="NotFound")
        return call_result.GetInstalledCertificateIds(status="Accepted",
                                                      certificate_hash_data=held)

    @on(Action.delete_certificate)
    def on_delete_certificate(self, certificate_hash_data: dict[str, Any], **_: Any) -> Any:
        serial = str(certificate_hash_data.get("serial_number", "")).lower()
        if self.installed_roots.pop(serial, None) is None:
            return call_result.DeleteCertificate(status="NotFound")
        return call_result.DeleteCertificate(status="Accepted")

    # ------------------------------------------------------------ logs and signed firmware
    @on(Action.get_log)
    def on_get_log(self, log: dict[str, Any], log_type: str, request_id: int,
                   **_: Any) -> Any:
        if self.rejecting("GetLog"):
            return call_result.GetLog(status="Rejected")
        name = f"{log_type.lower()}-{self.id}-{now_utc():%Y%m%d%H%M%S}.log"
        self.after_reply(lambda: self._security_sequence(
            "log", request_id, ["Uploading", "Uploaded"]))
        return call_result.GetLog(status="Accepted", filename=name)

    @on(Action.signed_update_firmware)
    def on_signed_update_firmware(self, request_id: int, firmware: dict[str, Any],
                                  **_: Any) -> Any:
        if self.rejecting("SignedUpdateFirmware"):
            return call_result.SignedUpdateFirmware(status="Rejected")
        try:
            x509.load_pem_x509_certificate(str(firmware["signing_certificate"]).encode())
        except ValueError:
            self.after_reply(lambda: self.send_security_event(
                "InvalidFirmwareSigningCertificate", "not a PEM certificate"))
            return call_result.SignedUpdateFirmware(status="InvalidCertificate")
        try:
            base64.b64decode(str(firmware["signature"]), validate=True)
            valid = True
        except (binascii.Error, ValueError):
            valid = False
        steps = (["Downloading", "Downloaded", "SignatureVerified", "Installing", "Installed"]
                 if valid else ["Downloading", "Downloaded", "InvalidSignature"])
        self.after_reply(lambda: self._security_sequence("firmware", request_id, steps))
        return call_result.SignedUpdateFirmware(status="Accepted")

    async def _security_sequence(self, kind: str, request_id: int, steps: list[str]) -> None:
        for status in steps:
            await asyncio.sleep(self.params.firmware_step)
            if kind == "firmware":
                self.firmware_status = status
                await self._call(call.SignedFirmwareStatusNotification(
                    status=status, request_id=request_id))
                if status == "InvalidSignature":
                    await self.send_security_event("InvalidFirmwareSignature")
            else:
                self.diagnostics_status = status
                await self._call(call.LogStatusNotification(status=status,
                                                            request_id=request_id))
