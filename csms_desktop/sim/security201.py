"""Certificates of the simulated 2.0.1 station (A02/A03, M03-M05 without ISO 15118):

- ``TriggerMessage SignChargingStationCertificate``: a new P-256 key and a CSR with CN =
  the station id, sent as SignCertificate (ChargingStationCertificate); the
  CertificateSigned that follows is checked against that key and kept with it
  (``client_certificate``/``client_key``) for security profile 3.
- InstallCertificate / GetInstalledCertificateIds / DeleteCertificate on an in-memory
  store of root certificates.
- SetNetworkProfile (A05): a slot with a CSMS url and a security profile, refused when it
  would lower the profile or the station is not set up for it; when
  ``NetworkConfigurationPriority`` puts it first, the station connects with it from its
  next connection (after the Reset the CSMS sends) and falls back if it cannot.
"""

from __future__ import annotations

import logging
from typing import Any

from ocpp.v201 import call, call_result
from ocpp.v201.enums import Action

from csms_desktop.sim.core import SimCore
from csms_desktop.sim.station_certs import new_csr, root_hash, signed_chain
from csms_desktop.sim.transport import on

log = logging.getLogger(__name__)


class Security201(SimCore):
    """Mixin of SimChargePoint201 (see the module docstring)."""

    _csr_key: Any = None
    installed_roots: dict[str, dict[str, Any]]  # serial -> {type, hash data, pem}
    network_profiles: dict[int, dict[str, Any]]

    @on(Action.set_network_profile)
    def on_set_network_profile(self, configuration_slot: int, connection_data: dict[str, Any],
                               **_: Any) -> Any:
        profile = int(connection_data.get("security_profile", 0))
        url = str(connection_data.get("ocpp_csms_url", ""))
        tls = url.startswith("wss://")
        ok = (not self.rejecting("SetNetworkProfile") and profile >= self.security_profile
              and (profile < 2 or tls) and (profile != 2 or bool(self.password))
              and (profile != 3 or self.has_client_certificate()))
        if not ok:
            return call_result.SetNetworkProfile(status="Rejected")
        self.network_profiles[int(configuration_slot)] = {"url": url, "profile": profile}
        return call_result.SetNetworkProfile(status="Accepted")

    def network_priority_changed(self, value: str) -> None:
        first = value.split(",")[0].strip()
        slot = self.network_profiles.get(int(first)) if first.isdigit() else None
        if slot is None or slot["profile"] == self.security_profile:
            return
        if slot["url"].startswith("wss://"):
            self.tls_url = slot["url"]
        self.next_profile = int(slot["profile"])  # from the next connection (the Reset)

    async def sign_certificate(self) -> str | None:
        key, csr_pem = new_csr(self.id)
        self._csr_key = key
        res = await self._call(call.SignCertificate(
            csr=csr_pem,
            certificate_type="ChargingStationCertificate"))
        return None if res is None else str(res.status)

    async def _sign_after_trigger(self) -> None:
        status = await self.sign_certificate()
        if status != "Accepted":
            log.warning("%s: the CSMS answered SignCertificate with %s", self.id, status)

    @on(Action.certificate_signed)
    def on_certificate_signed(self, certificate_chain: str, **_: Any) -> Any:
        got = signed_chain(self._csr_key, certificate_chain)
        if got is None or self.rejecting("CertificateSigned"):
            return call_result.CertificateSigned(status="Rejected")
        self.client_key, _chain = got
        self.client_certificate = certificate_chain
        self._csr_key = None
        return call_result.CertificateSigned(status="Accepted")

    @on(Action.install_certificate)
    def on_install_certificate(self, certificate_type: str, certificate: str,
                               **_: Any) -> Any:
        h = root_hash(certificate)
        if h is None or self.rejecting("InstallCertificate"):
            return call_result.InstallCertificate(status="Rejected")
        self.installed_roots[h["serialNumber"]] = {"type": certificate_type, "hash": h}
        return call_result.InstallCertificate(status="Accepted")

    @on(Action.get_installed_certificate_ids)
    def on_get_installed_certificate_ids(self, certificate_type: list[str] | None = None,
                                         **_: Any) -> Any:
        wanted = set(certificate_type or [])
        chain = [{"certificateType": v["type"], "certificateHashData": v["hash"]}
                 for v in self.installed_roots.values() if not wanted or v["type"] in wanted]
        if not chain:
            return call_result.GetInstalledCertificateIds(status="NotFound")
        return call_result.GetInstalledCertificateIds(status="Accepted",
                                                      certificate_hash_data_chain=chain)

    @on(Action.delete_certificate)
    def on_delete_certificate(self, certificate_hash_data: dict[str, Any], **_: Any) -> Any:
        serial = str(certificate_hash_data.get("serial_number", "")).lower()
        if self.installed_roots.pop(serial, None) is None:
            return call_result.DeleteCertificate(status="NotFound")
        return call_result.DeleteCertificate(status="Accepted")
