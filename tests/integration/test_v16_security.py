"""OCPP 1.6 security extension against the real server: SecurityEventNotification,
SignCertificate -> CertificateSigned (the CSR made by the ``openssl`` command line), and
InstallCertificate / GetInstalledCertificateIds / DeleteCertificate / ExtendedTriggerMessage."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from chargers16 import connect16
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from helpers16 import eventually, logged
from ocpp.v16 import call

from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.protocol.server import OCPPServer
from csms_desktop.services.certificates import EXTRAS_KEY, CertificateStore, hash_data
from csms_desktop.services.security_profiles import set_profile
from csms_desktop.store.cert_models import ChargerCertificate, InstalledCertificate
from csms_desktop.store.models import ChargePoint, SecurityEventRecord

OPENSSL = shutil.which("openssl")
needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="the openssl command is missing")


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


async def stored(services, kind: str) -> list[SecurityEventRecord]:  # type: ignore[no-untyped-def]
    await services.worker.call(services.writer.flush)
    return list(SecurityEventRecord.select().where(SecurityEventRecord.kind == kind))


def openssl_csr(folder: Path, cn: str, kind: str = "ec") -> tuple[str, Path]:
    """A CSR and its key made by the openssl command line, as a charger's firmware would."""
    key = folder / f"{cn}-key.pem"
    csr = folder / f"{cn}.csr"
    new_key = (["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"] if kind == "ec"
               else ["-newkey", "rsa:2048"])
    subprocess.run([OPENSSL, "req", "-new", *new_key, "-nodes", "-keyout", str(key),
                    "-out", str(csr), "-subj", f"/O=Depot chargers/CN={cn}"],
                   check=True, capture_output=True, timeout=60)
    return csr.read_text(), key


async def test_security_event_notification_is_stored_as_the_chargers(services, site):
    url = f"ws://127.0.0.1:{site.port}/ocpp"
    async with connect16(url, "CP-SEV") as cp:
        await cp.boot()
        answer = await cp.send(call.SecurityEventNotification(
            type="TamperDetectionActivated", timestamp="2026-12-03T10:00:00Z",
            tech_info="enclosure opened"))
        assert answer is not None
    rows = await stored(services, "TamperDetectionActivated")
    assert [(r.charge_point_id, r.source) for r in rows] == [("CP-SEV", "CHARGER")]
    assert "enclosure opened" in rows[0].detail
    from csms_desktop.store.models import Notification

    await eventually(lambda: Notification.select().where(
        Notification.charge_point_id == "CP-SEV").exists())
    assert [r.action for r in logged(services, "CP-SEV")].count("SecurityEventNotification") == 2


@needs_openssl
@pytest.mark.parametrize("kind", ["ec", "rsa"])
async def test_sign_certificate_round_trip_with_an_openssl_csr(services, site, store, tmp_path,
                                                               kind):
    csr, key_file = openssl_csr(tmp_path, "CP-SIGN", kind)
    url = f"ws://127.0.0.1:{site.port}/ocpp"
    async with connect16(url, "CP-SIGN") as cp:
        await cp.boot()
        answer = await cp.send(call.SignCertificate(csr=csr))
        assert answer.status == "Accepted"
        chain = await cp.wait_for_call("CertificateSigned")
        await eventually(lambda: cp.signed_chain is not None)
    cert = x509.load_pem_x509_certificates(chain["certificateChain"].encode())[0]
    ca = x509.load_pem_x509_certificate(store.ca_pem())
    cert.verify_directly_issued_by(ca)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CP-SIGN"
    key = serialization.load_pem_private_key(key_file.read_bytes(), None)
    pub = serialization.PublicFormat.SubjectPublicKeyInfo
    assert cert.public_key().public_bytes(serialization.Encoding.DER, pub) == \
        key.public_key().public_bytes(serialization.Encoding.DER, pub)
    row = ChargerCertificate.get(ChargerCertificate.charge_point_id == "CP-SIGN")
    assert row.serial == format(cert.serial_number, "x")
    assert row.not_after == cert.not_valid_after_utc.replace(microsecond=0) or \
        abs((row.not_after - cert.not_valid_after_utc).total_seconds()) < 1
    # the signed certificate is the charger's way in at security profile 3
    set_profile("CP-SIGN", 3)
    ctx = store.client_context(chain["certificateChain"].encode(), key_file.read_bytes())
    async with connect16(f"wss://127.0.0.1:{site.tls_port}/ocpp", "CP-SIGN", ssl=ctx) as cp:
        assert (await cp.boot()).status == "Accepted"


@needs_openssl
async def test_sign_certificate_with_another_cn_is_rejected(services, site, tmp_path):
    csr, _ = openssl_csr(tmp_path, "CP-SOMEONE-ELSE")
    async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "CP-SIGNX") as cp:
        await cp.boot()
        answer = await cp.send(call.SignCertificate(csr=csr))
        assert answer.status == "Rejected"
        assert cp.calls("CertificateSigned") == []
    rows = await stored(services, "CSRRejected")
    assert [r.charge_point_id for r in rows] == ["CP-SIGNX"]
    assert "CP-SOMEONE-ELSE" in rows[0].detail
    assert not ChargerCertificate.select().where(
        ChargerCertificate.charge_point_id == "CP-SIGNX").exists()


async def test_sign_certificate_garbage_csr_is_rejected(services, site):
    async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "CP-SIGNG") as cp:
        await cp.boot()
        answer = await cp.send(call.SignCertificate(csr="-----BEGIN CERTIFICATE REQUEST-----"))
        assert answer.status == "Rejected"


async def test_charger_refusing_the_signed_certificate_raises_an_event(services, site, store):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CP-SIGNR")]))
           .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM).decode())
    async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "CP-SIGNR") as cp:
        cp.modes["CertificateSigned"] = "reject"
        await cp.boot()
        assert (await cp.send(call.SignCertificate(csr=csr))).status == "Accepted"
        await cp.wait_for_call("CertificateSigned")
        await eventually(lambda: services.chargers.security.raised > 0)
    rows = await stored(services, "CertificateSignedRejected")
    assert [r.charge_point_id for r in rows] == ["CP-SIGNR"]


async def test_install_list_delete_certificates(services, site, store):
    commands = Commands(site)
    ca_pem = store.ca_pem().decode()
    h = hash_data(x509.load_pem_x509_certificate(store.ca_pem()))
    async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "CP-INST") as cp:
        await cp.boot()
        none = await commands.get_installed_certificate_ids("CP-INST",
                                                            "CentralSystemRootCertificate")
        assert none.outcome == Outcome.ACCEPTED and none.status == "NotFound"
        r = await commands.install_certificate("CP-INST", "CentralSystemRootCertificate", ca_pem)
        assert r.ok, r
        assert cp.calls("InstallCertificate")[0]["certificate"] == ca_pem
        rows = list(InstalledCertificate.select().where(
            InstalledCertificate.charge_point_id == "CP-INST"))
        assert [(x.serial_number, x.issuer_key_hash) for x in rows] == \
            [(h["serialNumber"], h["issuerKeyHash"])]
        assert rows[0].not_after is not None
        listed = await commands.get_installed_certificate_ids("CP-INST",
                                                              "CentralSystemRootCertificate")
        assert listed.ok and listed.data["items"][0]["serialNumber"] == h["serialNumber"]
        assert listed.data["items"][0]["issuerNameHash"] == h["issuerNameHash"]
        deleted = await commands.delete_certificate("CP-INST", h)
        assert deleted.ok, deleted
        assert not InstalledCertificate.select().where(
            InstalledCertificate.charge_point_id == "CP-INST").exists()
        again = await commands.delete_certificate("CP-INST", h)
        assert again.outcome == Outcome.REJECTED and again.status == "NotFound"
        # the charger reports a certificate the CSMS did not install: recorded
        cp.certificates["ManufacturerRootCertificate"] = {"abc": {
            "hashAlgorithm": "SHA256", "issuerNameHash": "00" * 32,
            "issuerKeyHash": "11" * 32, "serialNumber": "abc"}}
        await commands.get_installed_certificate_ids("CP-INST", "ManufacturerRootCertificate")
        assert [x.serial_number for x in InstalledCertificate.select().where(
            InstalledCertificate.certificate_type == "ManufacturerRootCertificate")] == ["abc"]
        trig = await commands.extended_trigger_message("CP-INST", "SignChargePointCertificate")
        assert trig.ok
        assert cp.calls("ExtendedTriggerMessage") == [
            {"requestedMessage": "SignChargePointCertificate"}]


async def test_install_certificate_refused_records_nothing(services, site, store):
    commands = Commands(site)
    async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "CP-INSTR", mode="reject") as cp:
        await cp.boot()
        r = await commands.install_certificate("CP-INSTR", "CentralSystemRootCertificate",
                                               store.ca_pem().decode())
        assert r.outcome == Outcome.REJECTED
    assert not InstalledCertificate.select().where(
        InstalledCertificate.charge_point_id == "CP-INSTR").exists()
    assert ChargePoint.get_by_id("CP-INSTR")


# ---------------------------------------------------------------------- logs, signed firmware


async def test_get_log_and_signed_firmware_against_the_simulator(services, site, store):
    """GetLog -> LogStatusNotification, SignedUpdateFirmware -> SignedFirmwareStatus-
    Notification up to Installed; a bad signature ends InvalidSignature with security
    events from both sides; a signing certificate that is none is InvalidCertificate."""
    import asyncio
    from datetime import UTC, datetime

    from csms_desktop.sim import Behaviour, SimChargePoint16, SimParams

    params = SimParams(connectors=1, auto_sessions=False, fault_prob=0, disconnect_prob=0,
                       reconnect_min=0.1, reconnect_max=0.3, firmware_step=0.02)
    sim = SimChargePoint16("SIM-LOG", params=params, behaviour=Behaviour(), seed=5)
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(f"ws://127.0.0.1:{site.port}/ocpp", None, stop))
    commands = Commands(site)

    def cp() -> ChargePoint:
        return ChargePoint.get_by_id("SIM-LOG")

    try:
        await eventually(lambda: site.connection("SIM-LOG") is not None
                         and site.connection("SIM-LOG").booted, timeout=10)
        got = await commands.get_log("SIM-LOG", "ftp://logs.example/")
        assert got.ok and got.detail.startswith("file securitylog-SIM-LOG"), got
        await eventually(lambda: cp().diagnostics_status == "Uploaded")
        ca = store.ca_pem().decode()
        now = datetime.now(UTC)
        fw = await commands.signed_update_firmware("SIM-LOG", "https://fw.example/f.bin", now,
                                                   ca, "c2lnbmF0dXJl")
        assert fw.ok, fw
        await eventually(lambda: cp().firmware_status == "Installed")
        bad = await commands.signed_update_firmware("SIM-LOG", "https://fw.example/f.bin", now,
                                                    ca, "not base64!")
        assert bad.ok  # accepted: the charger finds out when it checks the signature
        await eventually(lambda: cp().firmware_status == "InvalidSignature")
        await eventually(lambda: services.chargers.security.raised >= 2)
        assert [r.charge_point_id for r in await stored(services, "FirmwareNotInstalled")] == \
            ["SIM-LOG"]
        charger_side = await stored(services, "InvalidFirmwareSignature")
        assert [(r.charge_point_id, r.source) for r in charger_side] == [("SIM-LOG", "CHARGER")]
        cert = await commands.signed_update_firmware("SIM-LOG", "https://fw.example/f.bin", now,
                                                     "no certificate", "c2ln")
        assert cert.status == "InvalidCertificate" and not cert.ok
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


@needs_openssl
async def test_sign_certificate_with_the_serial_number_as_cn(services, site, tmp_path):
    """The whitepaper puts the charger's serial number in the CSR's CN."""
    csr, _ = openssl_csr(tmp_path, "SN-77")
    async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "CP-SIGNSN") as cp:
        await cp.boot(charge_point_serial_number="SN-77")
        assert (await cp.send(call.SignCertificate(csr=csr))).status == "Accepted"
        chain = await cp.wait_for_call("CertificateSigned")
    cert = x509.load_pem_x509_certificates(chain["certificateChain"].encode())[0]
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "SN-77"
