"""A conformance-style run of the OCPP 1.6J Central System test cases on security (OCTT
test case document, System Under Test: Central System, TC_073 to TC_088).

The test plays the OCTT's part, the charge point (the ``ocpp`` library's ChargePoint,
``tests/chargers16.py``), against the real server on loopback with TLS, and checks what
the test case document validates on the Central System side. Each test is named after
its test case; TC_088 (client certificate not from the CA) is named by its place in the
series. Not here: TC_081 onwards variants the document adds for firmware signatures the
charge point refuses (see ``test_v16_security.py`` for InvalidSignature) and TC_084
(downgrade: a charge point-side case).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
from collections.abc import AsyncIterator

import pytest
from chargers16 import connect16
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from helpers16 import eventually
from ocpp.v16 import call
from websockets.exceptions import InvalidHandshake, InvalidStatus

from csms_desktop.protocol.commands import Commands
from csms_desktop.protocol.server import OCPPServer
from csms_desktop.services.certificates import EXTRAS_KEY, CertificateStore, hash_data
from csms_desktop.services.credentials import CredentialService
from csms_desktop.services.passwords import hash_password
from csms_desktop.services.security_profiles import own_profile, set_profile, upgrade
from csms_desktop.store.models import ChargePoint, SecurityEventRecord

FQDN = "csms.depot.example"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> CertificateStore:
    s = CertificateStore(tmp_path_factory.mktemp("site") / "tls",
                         hostnames=[FQDN, "localhost", "127.0.0.1", "::1"])
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


def ws(site: OCPPServer) -> str:
    return f"ws://127.0.0.1:{site.port}/ocpp"


def wss(site: OCPPServer) -> str:
    return f"wss://127.0.0.1:{site.tls_port}/ocpp"


def known(cp_id: str, profile: int, password: str | None = None) -> None:
    ChargePoint.create(id=cp_id, name=cp_id,
                       password_hash=hash_password(password) if password else None)
    set_profile(cp_id, profile)


async def stored(services, kind: str) -> list[SecurityEventRecord]:  # type: ignore[no-untyped-def]
    await services.worker.call(services.writer.flush)
    return list(SecurityEventRecord.select().where(SecurityEventRecord.kind == kind))


def csr_for(cn: str) -> tuple[str, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CPO"),
                                    x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
           .sign(key, hashes.SHA256()))
    return (csr.public_bytes(serialization.Encoding.PEM).decode(),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


def root(cn: str) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


async def test_tc_073_csms_update_the_basic_authentication_password(services, site):
    known("CP-073", 1, "initial-password-073")
    creds = CredentialService(services, Commands(site))
    try:
        async with connect16(ws(site), "CP-073", password="initial-password-073") as cp:
            await cp.boot()
            result = await creds.provision("CP-073", force=True)
            assert result.ok, result
            sent = cp.calls("ChangeConfiguration")[-1]
    finally:
        creds.close()
    # key AuthorizationKey, hex of a 16 to 20 byte password, at most 40 hex digits
    assert sent["key"] == "AuthorizationKey" and len(sent["value"]) <= 40
    password = bytes.fromhex(sent["value"])
    assert 16 <= len(password) <= 20
    async with connect16(ws(site), "CP-073", password=password.decode()) as cp:
        assert (await cp.boot()).status == "Accepted"
    with pytest.raises(InvalidStatus):
        async with connect16(ws(site), "CP-073", password="initial-password-073"):
            pass


async def test_tc_074_csms_update_the_charge_point_certificate(services, site, store):
    known("CP-074", 3)
    first_cert, first_key = store.issue_client("CP-074")
    commands = Commands(site)
    ctx = store.client_context(first_cert, first_key)
    async with connect16(wss(site), "CP-074", ssl=ctx) as cp:
        await cp.boot()
        trig = await commands.extended_trigger_message("CP-074", "SignChargePointCertificate")
        assert trig.ok
        assert cp.calls("ExtendedTriggerMessage") == [
            {"requestedMessage": "SignChargePointCertificate"}]  # connectorId omitted
        csr, key = csr_for("CP-074")
        assert (await cp.send(call.SignCertificate(csr=csr))).status == "Accepted"
        signed = await cp.wait_for_call("CertificateSigned")
    new_ctx = store.client_context(signed["certificateChain"].encode(), key)
    async with connect16(wss(site), "CP-074", ssl=new_ctx) as cp:  # with the new certificate
        assert (await cp.boot()).status == "Accepted"


@pytest.mark.parametrize("kind", ["ManufacturerRootCertificate",
                                  "CentralSystemRootCertificate"])
async def test_tc_075_csms_install_a_certificate(services, site, kind):
    pem = root(f"Root of {kind}")
    commands = Commands(site)
    async with connect16(ws(site), "CP-075") as cp:
        await cp.boot()
        assert (await commands.install_certificate("CP-075", kind, pem)).ok
        assert cp.calls("InstallCertificate") == [{"certificateType": kind, "certificate": pem}]
        listed = await commands.get_installed_certificate_ids("CP-075", kind)
        assert cp.calls("GetInstalledCertificateIds") == [{"certificateType": kind}]
    h = hash_data(x509.load_pem_x509_certificate(pem.encode()))
    assert listed.ok and listed.data["items"] == [h]


async def test_tc_076_csms_delete_a_specific_certificate(services, site):
    pem = root("CentralSystemRootCertificate 2")
    commands = Commands(site)
    async with connect16(ws(site), "CP-076") as cp:
        await cp.boot()
        assert (await commands.install_certificate(
            "CP-076", "CentralSystemRootCertificate", pem)).ok
        # the hash algorithm and data as the charge point reports them
        listed = await commands.get_installed_certificate_ids(
            "CP-076", "CentralSystemRootCertificate")
        hash_data_ = listed.data["items"][0]
        assert (await commands.delete_certificate("CP-076", hash_data_)).ok
        assert cp.calls("DeleteCertificate") == [{"certificateHashData": hash_data_}]
        after = await commands.get_installed_certificate_ids(
            "CP-076", "CentralSystemRootCertificate")
    assert after.status == "NotFound" and after.data["items"] == []


async def test_tc_077_csms_invalid_charge_point_certificate_security_event(services, site):
    commands = Commands(site)
    async with connect16(ws(site), "CP-077") as cp:
        cp.modes["CertificateSigned"] = "reject"
        await cp.boot()
        assert (await commands.extended_trigger_message(
            "CP-077", "SignChargePointCertificate")).ok
        csr, _ = csr_for("CP-077")
        assert (await cp.send(call.SignCertificate(csr=csr))).status == "Accepted"
        await cp.wait_for_call("CertificateSigned")
        answer = await cp.send(call.SecurityEventNotification(
            type="InvalidChargePointCertificate", timestamp="2026-12-03T10:00:00Z",
            tech_info="CertificateSigned rejected"))
        assert answer is not None
    assert [r.source for r in await stored(services, "InvalidChargePointCertificate")] == \
        ["CHARGER"]
    await eventually(lambda: services.chargers.security.raised >= 2)
    assert [r.charge_point_id for r in await stored(services, "CertificateSignedRejected")] \
        == ["CP-077"]


async def test_tc_078_csms_invalid_central_system_certificate_security_event(services, site):
    commands = Commands(site)
    async with connect16(ws(site), "CP-078", mode="reject") as cp:
        await cp.boot()
        result = await commands.install_certificate("CP-078", "CentralSystemRootCertificate",
                                                    root("configured"))
        assert result.status == "Rejected"
        await cp.send(call.SecurityEventNotification(
            type="InvalidCentralSystemCertificate", timestamp="2026-12-03T10:00:00Z",
            tech_info="InstallCertificate rejected"))
    assert [r.charge_point_id for r in await stored(
        services, "InvalidCentralSystemCertificate")] == ["CP-078"]


async def test_tc_079_csms_get_security_log(services, site):
    async with connect16(ws(site), "CP-079") as cp:
        await cp.boot()
        got = await Commands(site).get_log("CP-079", "ftp://logs.example/")
        assert got.ok
        sent = cp.calls("GetLog")[0]
        assert sent["logType"] == "SecurityLog"
        assert sent["log"]["remoteLocation"] == "ftp://logs.example/"
        for status in ("Uploading", "Uploaded"):
            await cp.send(call.LogStatusNotification(status=status,
                                                     request_id=sent["requestId"]))
    assert ChargePoint.get_by_id("CP-079").diagnostics_status == "Uploaded"


async def test_tc_080_csms_secure_firmware_update(services, site, store):
    async with connect16(ws(site), "CP-080") as cp:
        await cp.boot()
        now = dt.datetime.now(dt.UTC)
        result = await Commands(site).signed_update_firmware(
            "CP-080", "ftp://fw.example/fw.bin", now, store.ca_pem().decode(), "c2lnbmF0dXJl")
        assert result.ok
        sent = cp.calls("SignedUpdateFirmware")[0]
        assert {"location", "retrieveDateTime", "signingCertificate", "signature"} <= \
            set(sent["firmware"])
        for status in ("Downloading", "Downloaded", "SignatureVerified", "Installing",
                       "Installed"):
            await cp.send(call.SignedFirmwareStatusNotification(
                status=status, request_id=sent["requestId"]))
    assert ChargePoint.get_by_id("CP-080").firmware_status == "Installed"


async def test_tc_083_csms_upgrade_the_security_profile(services, site, store):
    known("CP-083", 1, "profile-one-password")
    commands = Commands(site)
    async with connect16(ws(site), "CP-083", password="profile-one-password") as cp:
        await cp.boot()
        task = asyncio.create_task(upgrade(services, commands, "CP-083", 2, timeout=15))
        await cp.wait_for_call("Reset", timeout=5)
        assert cp.calls("ChangeConfiguration")[-1] == {"key": "SecurityProfile", "value": "2"}
        assert cp.calls("Reset") == [{"type": "Hard"}]
    # the charge point reboots and comes back at profile 2
    async with connect16(wss(site), "CP-083", password="profile-one-password",
                         ssl=store.client_context()) as cp:
        assert (await cp.boot()).status == "Accepted"
        for connector in (0, 1):
            await cp.status(connector, "Available")
        result = await task
    assert result.ok and own_profile("CP-083") == 2, result
    with pytest.raises(InvalidStatus) as caught:  # and no longer at profile 1
        async with connect16(ws(site), "CP-083", password="profile-one-password"):
            pass
    assert caught.value.response.status_code == 403


@pytest.mark.parametrize("as_hex", [False, True], ids=["plain", "hex"])
async def test_tc_085_csms_basic_authentication_valid(services, site, store, as_hex):
    password = "OCA_OCTT_admin_test"  # 19 characters
    cp_id = f"CP-085-{as_hex}"
    known(cp_id, 2, password)
    sent = password.encode().hex() if as_hex else password
    async with connect16(wss(site), cp_id, password=sent, ssl=store.client_context()) as cp:
        assert (await cp.boot()).status == "Accepted"


async def test_tc_086_csms_tls_server_certificate(services, site, store):
    suites = ("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
              "AES128-GCM-SHA256", "AES256-GCM-SHA384")
    for suite in suites:
        ctx = store.client_context()
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers(suite)
        _r, w = await asyncio.open_connection("127.0.0.1", site.tls_port, ssl=ctx,
                                              server_hostname=FQDN)
        tls = w.get_extra_info("ssl_object")
        assert tls.version() == "TLSv1.2" and tls.cipher()[0] == suite
        cert = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True))
        w.close()
        await w.wait_closed()
        key = cert.public_key()
        bits = key.key_size if isinstance(key, rsa.RSAPublicKey) else key.curve.key_size
        assert bits >= (2048 if isinstance(key, rsa.RSAPublicKey) else 224)
        assert cert.serial_number > 0
        assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == FQDN
    # below TLS 1.2 nothing is offered (this OpenSSL's clients refuse TLS 1.1 themselves,
    # so the listener's own setting is what shows it)
    assert site.ssl_context is not None
    assert site.ssl_context.minimum_version == ssl.TLSVersion.TLSv1_2


async def test_tc_087_csms_tls_client_certificate_valid(services, site, store):
    known("CP-087", 3)
    cert, key = store.issue_client("CP-087")
    async with connect16(wss(site), "CP-087", ssl=store.client_context(cert, key)) as cp:
        assert (await cp.boot()).status == "Accepted"


async def test_tc_088_csms_tls_client_certificate_invalid(services, site, store, tmp_path):
    known("CP-088", 3)
    other = CertificateStore(tmp_path / "another-ca", hostnames=["localhost"])
    cert, key = other.issue_client("CP-088")  # right CN, another CA
    with pytest.raises((OSError, InvalidHandshake, EOFError)):
        async with connect16(wss(site), "CP-088", ssl=store.client_context(cert, key)) as cp:
            await cp.boot()
    await eventually(lambda: services.chargers.security.raised > 0)
    assert await stored(services, "TLSHandshakeFailed")
    assert not ChargePoint.get_by_id("CP-088").connected
