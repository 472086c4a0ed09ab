"""OCPP 2.0.1 security against the real server: SignCertificate (ChargingStationCertificate,
a CSR made by the ``openssl`` command line) -> CertificateSigned -> a profile-3
connection with it; V2G certificates refused; SecurityEventNotification stored."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from chargers201 import connect201
from cryptography import x509
from cryptography.x509.oid import NameOID
from helpers16 import eventually

from csms_desktop.protocol.server import OCPPServer
from csms_desktop.services.certificates import EXTRAS_KEY, CertificateStore
from csms_desktop.services.security_profiles import set_profile
from csms_desktop.store.cert_models import ChargerCertificate
from csms_desktop.store.models import ChargePoint, SecurityEventRecord

OPENSSL = shutil.which("openssl")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> CertificateStore:
    s = CertificateStore(tmp_path_factory.mktemp("site") / "tls")
    s.ensure()
    return s


@pytest.fixture
async def site(services, store) -> AsyncIterator[OCPPServer]:  # type: ignore[no-untyped-def]
    services.extras[EXTRAS_KEY] = store
    srv = OCPPServer(services)
    await srv.start("127.0.0.1", 0, tls_port=0,
                    ssl_context=store.server_context(on_refused=srv.tls_refused))
    yield srv
    await srv.stop()


@pytest.mark.skipif(OPENSSL is None, reason="the openssl command is missing")
async def test_201_sign_certificate_round_trip_and_profile_3(services, site, store,
                                                             tmp_path: Path):
    key, csr = tmp_path / "key.pem", tmp_path / "cs.csr"
    subprocess.run([OPENSSL, "req", "-new", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key),
                    "-out", str(csr), "-subj", "/O=Depot/CN=CS-SIGN"],
                   check=True, capture_output=True, timeout=60)
    async with connect201(f"ws://127.0.0.1:{site.port}/ocpp", "CS-SIGN") as cs:
        await cs.boot()
        answer = await cs.send("SignCertificate", csr=csr.read_text(),
                               certificate_type="ChargingStationCertificate")
        assert answer.status == "Accepted"
        await cs.wait_until(lambda: cs.calls("CertificateSigned"))
        signed = cs.calls("CertificateSigned")[0]
        assert signed["certificateType"] == "ChargingStationCertificate"
        v2g = await cs.send("SignCertificate", csr=csr.read_text(),
                            certificate_type="V2GCertificate")
        assert v2g.status == "Rejected" and v2g.status_info["reason_code"] == "NotSupported"
    cert = x509.load_pem_x509_certificates(signed["certificateChain"].encode())[0]
    cert.verify_directly_issued_by(x509.load_pem_x509_certificate(store.ca_pem()))
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CS-SIGN"
    await eventually(lambda: ChargerCertificate.get(
        ChargerCertificate.charge_point_id == "CS-SIGN").delivered)
    set_profile("CS-SIGN", 3)
    ctx = store.client_context(signed["certificateChain"].encode(), key.read_bytes())
    async with connect201(f"wss://127.0.0.1:{site.tls_port}/ocpp", "CS-SIGN", ssl=ctx) as cs:
        assert (await cs.boot()).status == "Accepted"


async def test_201_security_event_notification_is_stored(services, site):
    async with connect201(f"ws://127.0.0.1:{site.port}/ocpp", "CS-SEV") as cs:
        await cs.boot()
        await cs.send("SecurityEventNotification", type="InvalidCsmsCertificate",
                      timestamp="2026-12-03T10:00:00Z", tech_info="unknown root")
    await services.worker.call(services.writer.flush)
    rows = list(SecurityEventRecord.select().where(
        SecurityEventRecord.kind == "InvalidCsmsCertificate"))
    assert [(r.charge_point_id, r.source, r.detail) for r in rows] == [
        ("CS-SEV", "CHARGER", "unknown root")]
    assert ChargePoint.get_by_id("CS-SEV")


async def test_201_certificates_against_the_simulator(services, site, store):
    """InstallCertificate (CSMSRootCertificate: the 1.6 name translated), the installed
    ids, DeleteCertificate, and TriggerMessage SignChargingStationCertificate -> the
    simulator's CSR -> CertificateSigned -> a profile-3 connection with it."""
    import asyncio

    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services.certificates import hash_data
    from csms_desktop.sim import Behaviour, SimChargePoint201, SimParams
    from csms_desktop.store.cert_models import InstalledCertificate

    params = SimParams(connectors=1, auto_sessions=False, fault_prob=0, disconnect_prob=0,
                       reconnect_min=0.1, reconnect_max=0.3, reset_delay=0.1)
    sim = SimChargePoint201("CS-SIM", params=params, behaviour=Behaviour(), seed=6)
    sim.tls_url = f"wss://127.0.0.1:{site.tls_port}/ocpp"
    sim.tls_ca = store.ca_pem().decode()
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(f"ws://127.0.0.1:{site.port}/ocpp", None, stop))
    commands = Commands(site)
    try:
        await eventually(lambda: site.connection("CS-SIM") is not None
                         and site.connection("CS-SIM").booted, timeout=10)
        ca = store.ca_pem().decode()
        h = hash_data(x509.load_pem_x509_certificate(store.ca_pem()))
        assert (await commands.install_certificate("CS-SIM", "CentralSystemRootCertificate",
                                                   ca)).ok
        assert [v["type"] for v in sim.installed_roots.values()] == ["CSMSRootCertificate"]
        listed = await commands.get_installed_certificate_ids(
            "CS-SIM", "CentralSystemRootCertificate")
        assert listed.ok and listed.data["items"][0]["serialNumber"] == h["serialNumber"]
        assert InstalledCertificate.get(InstalledCertificate.charge_point_id == "CS-SIM")
        assert (await commands.delete_certificate("CS-SIM", h)).ok
        assert sim.installed_roots == {}
        trig = await commands.extended_trigger_message("CS-SIM", "SignChargePointCertificate")
        assert trig.ok, trig
        await eventually(lambda: sim.client_certificate is not None, timeout=10)
        await eventually(lambda: ChargerCertificate.select().where(
            ChargerCertificate.charge_point_id == "CS-SIM",
            ChargerCertificate.delivered == True).exists())  # noqa: E712
        set_profile("CS-SIM", 3)
        sim.security_profile = 3  # 2.0.1 moves profiles with SetNetworkProfile: not yet
        await site.connection("CS-SIM").close(1001, "test: reconnect")
        await eventually(lambda: site.connection("CS-SIM") is not None
                         and site.connection("CS-SIM").booted
                         and site.connection("CS-SIM").ws.transport.get_extra_info(
                             "ssl_object") is not None, timeout=10)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
