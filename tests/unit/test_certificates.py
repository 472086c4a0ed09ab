"""The site CA and server certificate (services/certificates.py): files, renewal, import."""

from __future__ import annotations

import datetime as dt
import os
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from csms_desktop.services.certificates import (
    IMPORTED,
    SITE_CA,
    CertificateError,
    CertificateStore,
)

NAMES = ["localhost", "127.0.0.1", "::1", "depot-pc"]


class Clock:
    def __init__(self) -> None:
        self.t = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> CertificateStore:
    return CertificateStore(tmp_path / "tls", hostnames=NAMES, now=clock)


def foreign_cert(days: int = 90, key_size: int = 2048,
                 cn: str = "csms.example") -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), critical=False)
            .sign(key, hashes.SHA256()))
    return cert, key


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key, password: bytes | None = None) -> bytes:  # type: ignore[no-untyped-def]
    enc = (serialization.BestAvailableEncryption(password) if password
           else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)


def test_first_use_creates_the_ca_and_server_certificate_with_private_keys_0600(store):
    status = store.ensure()
    assert status.source == SITE_CA and not status.renewal_due
    for key in (store.ca_key_path, store.key_path, store.ec_key_path):
        assert key.stat().st_mode & 0o777 == 0o600, key
    assert store.folder.stat().st_mode & 0o777 == 0o700
    ca = x509.load_pem_x509_certificate(store.ca_cert_path.read_bytes())
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    server = store.server_certificate()
    assert server is not None and server.issuer == ca.subject
    server.verify_directly_issued_by(ca)
    assert set(NAMES) <= set(status.server.names)
    # the API's names for the same files (api/server.py site_certificate)
    assert (store.folder / "site-cert.pem").is_file() and (store.folder / "site-key.pem").is_file()
    # ssl can use them
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(store.cert_path, store.key_path)


def test_second_use_keeps_the_same_ca_and_certificate(store, tmp_path, clock):
    first = store.ensure()
    again = CertificateStore(tmp_path / "tls", hostnames=NAMES, now=clock).ensure()
    assert again.ca.fingerprint == first.ca.fingerprint
    assert again.server.fingerprint == first.server.fingerprint


def test_key_written_0600_even_with_a_permissive_umask(store):
    old = os.umask(0)
    try:
        store.ensure()
    finally:
        os.umask(old)
    assert store.ca_key_path.stat().st_mode & 0o777 == 0o600


def test_renewal_30_days_before_expiry(store, clock):
    first = store.ensure().server
    clock.t += dt.timedelta(days=300)  # 65 days left: not yet
    assert store.renew_if_due() is False
    clock.t += dt.timedelta(days=36)  # 29 days left
    assert store.status().renewal_due
    assert store.renew_if_due() is True
    renewed = store.status()
    assert renewed.server.fingerprint != first.fingerprint
    assert renewed.server.not_after > first.not_after
    assert renewed.ca.fingerprint == store.status().ca.fingerprint
    assert not renewed.renewal_due


def test_a_new_host_name_gets_a_new_certificate(store, tmp_path, clock):
    first = store.ensure().server
    wider = CertificateStore(tmp_path / "tls", hostnames=[*NAMES, "10.0.0.5"], now=clock)
    status = wider.ensure()
    assert status.server.fingerprint != first.fingerprint
    assert "10.0.0.5" in status.server.names


def test_import_pkcs12_with_passphrase(store):
    store.ensure()
    cert, key = foreign_cert()
    blob = pkcs12.serialize_key_and_certificates(
        b"site", key, cert, None, serialization.BestAvailableEncryption(b"pass phrase"))
    info = store.import_server(blob, passphrase="pass phrase")
    assert info.subject == "CN=csms.example"
    assert store.source() == IMPORTED
    assert store.server_certificate().fingerprint(hashes.SHA256()).hex() == info.fingerprint
    assert store.key_path.stat().st_mode & 0o777 == 0o600
    assert not store.ec_cert_path.exists()  # the site CA's ECDSA twin is not mixed in
    # an imported certificate is not replaced by the site CA's
    assert store.renew_if_due() is False
    assert store.ensure().source == IMPORTED
    store.server_context()  # ssl takes it


def test_import_pkcs12_wrong_passphrase_keeps_the_current_certificate(store):
    before = store.ensure().server.fingerprint
    cert, key = foreign_cert()
    blob = pkcs12.serialize_key_and_certificates(
        b"site", key, cert, None, serialization.BestAvailableEncryption(b"right"))
    with pytest.raises(CertificateError, match="passphrase"):
        store.import_server(blob, passphrase="wrong")
    assert store.status().server.fingerprint == before and store.source() == SITE_CA


def test_import_pem_chain_with_separate_encrypted_key(store):
    cert, key = foreign_cert()
    with pytest.raises(CertificateError, match="passphrase"):
        store.import_server(pem(cert), key_data=key_pem(key, b"k3y"))
    info = store.import_server(pem(cert), key_data=key_pem(key, b"k3y"), passphrase="k3y")
    assert info.subject == "CN=csms.example" and store.source() == IMPORTED
    # the key file is written decrypted (the listener starts unattended), 0600
    assert b"ENCRYPTED" not in store.key_path.read_bytes()


def test_import_refuses_bad_input_clearly(store):
    before = store.ensure().server.fingerprint
    cert, key = foreign_cert()
    other_cert, _ = foreign_cert()
    with pytest.raises(CertificateError, match="does not belong"):
        store.import_server(pem(other_cert) + key_pem(key))
    with pytest.raises(CertificateError, match="no private key"):
        store.import_server(pem(cert))
    expired, ekey = foreign_cert(days=-1)
    with pytest.raises(CertificateError, match="expired"):
        store.import_server(pem(expired) + key_pem(ekey))
    weak, wkey = foreign_cert(key_size=1024)
    with pytest.raises(CertificateError, match="2048"):
        store.import_server(pem(weak) + key_pem(wkey))
    with pytest.raises(CertificateError):
        store.import_server(b"not a certificate at all")
    assert store.status().server.fingerprint == before


def _csr(cn: str, key=None):  # type: ignore[no-untyped-def]
    key = key or ec.generate_private_key(ec.SECP256R1())
    return (x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
            .sign(key, hashes.SHA256()))


def test_sign_csr_checks_cn_and_signature(store):
    csr = _csr("CP-7")
    cert = store.sign_csr(csr.public_bytes(serialization.Encoding.PEM), "CP-7")
    ca = x509.load_pem_x509_certificate(store.ca_pem())
    cert.verify_directly_issued_by(ca)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CP-7"
    with pytest.raises(CertificateError, match="not the charger id"):
        store.sign_csr(csr.public_bytes(serialization.Encoding.PEM), "CP-8")
    # a CSR whose signature does not match its content (one byte of the key flipped)
    der = bytearray(csr.public_bytes(serialization.Encoding.DER))
    der[-5] ^= 0x01
    with pytest.raises(CertificateError):
        store.sign_csr(bytes(der), "CP-7")
    with pytest.raises(CertificateError):
        store.sign_csr(b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                       b"-----END CERTIFICATE REQUEST-----\n", "CP-7")
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(CertificateError, match="2048"):
        store.sign_csr(_csr("CP-7", weak).public_bytes(serialization.Encoding.PEM), "CP-7")


def test_settings_accept_profiles_0_to_3_and_the_listener_options() -> None:
    from csms_desktop.services.settings import SiteSettings

    for p in (0, 1, 2, 3):
        assert "security_profile" not in SiteSettings(security_profile=p).validate()
    assert "security_profile" in SiteSettings(security_profile=4).validate()
    assert "ws_enabled" in SiteSettings(ws_enabled=False, tls_enabled=False).validate()
    assert SiteSettings(ws_enabled=False, tls_enabled=True).validate() == {}
    assert "tls_cert" in SiteSettings(tls_cert="/x.pem").validate()
    assert "tls_port" in SiteSettings(tls_port=0).validate()


def test_expiry_notices_once_per_certificate_and_week(db, tmp_path, clock):
    from csms_desktop.services.events import EventHub
    from csms_desktop.services.notifications import Notifier
    from csms_desktop.services.security_profiles import expiry_notices, record_issued
    from csms_desktop.store.models import ChargePoint, Notification

    store = CertificateStore(tmp_path / "tls", hostnames=NAMES, now=clock)
    store.ensure()
    notifier = Notifier(EventHub())
    ChargePoint.create(id="CP-EXP", name="x")
    cert = x509.load_pem_x509_certificate(
        CertificateStore(tmp_path / "tls", hostnames=NAMES,
                         now=lambda: clock.t - dt.timedelta(days=350)).issue_client("CP-EXP")[0])
    record_issued("CP-EXP", cert)  # 15 days left
    fresh = x509.load_pem_x509_certificate(store.issue_client("CP-OK")[0])
    record_issued("CP-OK", fresh)  # a year left: no notice
    raised = expiry_notices(notifier, store, now=clock.t)
    assert raised == [f"Certificate of CP-EXP expires {cert.not_valid_after_utc:%Y-%m-%d}"]
    assert Notification.get().charge_point_id == "CP-EXP"
    assert expiry_notices(notifier, store, now=clock.t) == []  # not again this week
    # an imported server certificate close to expiry is announced (it cannot renew itself)
    foreign, key = foreign_cert(days=20)
    store.import_server(pem(foreign) + key_pem(key))
    assert expiry_notices(notifier, store, now=clock.t) == [
        f"Server certificate expires {foreign.not_valid_after_utc:%Y-%m-%d}"]


def test_server_cn_is_the_host_name_and_tls_hostnames_come_first(tmp_path, clock):
    from csms_desktop.services.certificates import server_common_name, site_names
    from csms_desktop.services.settings import SiteSettings

    assert server_common_name(["localhost", "127.0.0.1", "::1", "depot-pc"]) == "depot-pc"
    assert server_common_name(["localhost", "127.0.0.1"]) == "localhost"
    settings = SiteSettings(tls_hostnames="csms.depot.example, 10.1.2.3")
    names = site_names(settings)
    assert names[:2] == ["csms.depot.example", "10.1.2.3"] and "localhost" in names
    status = CertificateStore(tmp_path / "tls", hostnames=names, now=clock).ensure()
    assert status.server.subject.startswith("CN=csms.depot.example")
    assert {"csms.depot.example", "10.1.2.3", "127.0.0.1"} <= set(status.server.names)
    assert "tls_hostnames" in SiteSettings(tls_hostnames="bad name!").validate()
    assert SiteSettings(tls_hostnames="a.example,fe80::1").validate() == {}


def test_sign_csr_accepts_the_serial_number_as_cn(store):
    csr = _csr("SN-4711").public_bytes(serialization.Encoding.PEM)
    with pytest.raises(CertificateError, match="nor its serial number 'SN-1'"):
        store.sign_csr(csr, "CP-7", serial_number="SN-1")
    cert = store.sign_csr(csr, "CP-7", serial_number="SN-4711")
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "SN-4711"
