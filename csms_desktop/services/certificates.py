"""The site certificate authority and the TLS listener's certificate (no Qt).

Everything lives in one folder (``<data dir>/tls/`` in the application):

- ``ca-cert.pem`` / ``ca-key.pem``: the site CA, created on first use (RSA 3072, ten
  years). Operators install ``ca-cert.pem`` on chargers as the CSMS root certificate;
  it signs the server certificate and the chargers' client certificates (profile 3).
- ``site-cert.pem`` / ``site-key.pem``: the server certificate (RSA 2048) the ``wss://``
  listener presents, signed by the site CA with the machine's host names and addresses,
  ``localhost``, ``127.0.0.1`` and ``::1`` as subject alternative names, or imported by
  the operator (PEM, or PKCS#12 with a passphrase). The automation API uses the same
  files beyond the loopback (api/server.py).
- ``site-ec-cert.pem`` / ``site-ec-key.pem``: a second server certificate (ECDSA P-256)
  from the site CA, so the ECDHE-ECDSA suites of OCPP's security profiles work too
  (OpenSSL picks the one that fits what the charger offers). Not used with an imported
  certificate.
- ``server.json``: where the server certificate came from (``site-ca`` or ``imported``).

Private keys are written with mode 0600 (and the folder 0700), through a temporary file
renamed over the old one, so a failed write never leaves half a key. A certificate of
the site CA is re-issued when it is within :data:`RENEW_BEFORE` (30 days) of expiry or
lacks a host name it should carry; an imported one is not replaced (``status()`` says
that it is due).

All X.509 work is the ``cryptography`` package's; the listener is Python's ``ssl``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import json
import logging
import os
import socket
import ssl
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

log = logging.getLogger(__name__)

RENEW_BEFORE = dt.timedelta(days=30)
CA_DAYS = 3650
SERVER_DAYS = 365
CLIENT_DAYS = 365
#: TLS 1.2 suites, in the server's order of preference: the four a CSMS must offer (OCPP
#: 1.6 security whitepaper, 2.0.1 Part 2 A00.FR.318, checked by OCTT TC_086_CSMS):
#: TLS_ECDHE_ECDSA_WITH_AES_128/256_GCM_SHA256/384 and TLS_RSA_WITH_AES_128/256_GCM_SHA256/
#: 384, with the ECDHE-RSA pair before the plain-RSA one (forward secrecy for the chargers
#: that offer it). TLS 1.3 has only AEAD suites and Python cannot narrow them.
OCPP_CIPHERS = ":".join((
    "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384",
    "AES128-GCM-SHA256", "AES256-GCM-SHA384",
))
SITE_CA = "site-ca"
IMPORTED = "imported"

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class CertificateError(ValueError):
    """A certificate, key, CSR or file that cannot be used; the message is for a person."""


@dataclass(frozen=True)
class CertInfo:
    subject: str
    issuer: str
    serial: str  # hex, lower case
    fingerprint: str  # SHA-256 of the DER, hex
    not_before: dt.datetime
    not_after: dt.datetime
    names: tuple[str, ...] = ()  # subject alternative names

    def days_left(self, now: dt.datetime | None = None) -> float:
        now = now or _now()
        return (self.not_after - now).total_seconds() / 86400

    def due(self, now: dt.datetime | None = None) -> bool:
        return self.not_after - (now or _now()) <= RENEW_BEFORE


@dataclass(frozen=True)
class ServerStatus:
    ca: CertInfo
    server: CertInfo
    source: str  # SITE_CA or IMPORTED
    renewal_due: bool  # within 30 days of expiry (an imported one must be replaced by hand)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def info(cert: x509.Certificate) -> CertInfo:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = tuple([*san.get_values_for_type(x509.DNSName),
                       *(str(a) for a in san.get_values_for_type(x509.IPAddress))])
    except x509.ExtensionNotFound:
        names = ()
    return CertInfo(
        subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
        not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc, names=names)


def common_name(cert: x509.Certificate | x509.CertificateSigningRequest) -> str:
    attrs = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(attrs[0].value) if attrs else ""


def machine_names() -> list[str]:
    """This computer's host name and the addresses it resolves to locally, plus the
    loopback names (no network lookups beyond the resolver)."""
    names = ["localhost", "127.0.0.1", "::1"]
    try:
        host = socket.gethostname()
    except OSError:
        return names
    if host:
        names.append(host)
        try:
            for *_, addr in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP):
                names.append(str(addr[0]).split("%", 1)[0])
        except (OSError, UnicodeError):
            pass
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return out


def server_common_name(names: Iterable[str]) -> str:
    """The server certificate's CN: the first DNS name that is not ``localhost`` (OCTT
    TC_086_CSMS wants the FQDN of the endpoint there), else ``localhost``."""
    for n in names:
        try:
            ipaddress.ip_address(n)
            continue
        except ValueError:
            pass
        if n and n != "localhost":
            return n[:64]
    return "localhost"


def _general_name(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def _write(path: Path, data: bytes, private: bool = False) -> None:
    """Atomically: a temporary file in the same folder, fsynced, renamed over ``path``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.chmod(tmp, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _check_key_strength(public: Any, what: str) -> None:
    """OCPP 1.6 security / 2.0.1 A00.FR.3xx: RSA at least 2048 bits, EC at least 224."""
    if isinstance(public, rsa.RSAPublicKey):
        if public.key_size < 2048:
            raise CertificateError(f"{what}: RSA key of {public.key_size} bits (2048 at least)")
    elif isinstance(public, ec.EllipticCurvePublicKey):
        if public.curve.key_size < 224:
            raise CertificateError(f"{what}: EC key of {public.curve.key_size} bits "
                                   "(224 at least)")
    else:
        raise CertificateError(f"{what}: only RSA and EC keys are accepted")


class CertificateStore:
    """The site CA and the server certificate in ``folder`` (see the module docstring).

    ``hostnames``: the names the server certificate must carry (default:
    :func:`machine_names`). ``now``: the clock (tests move it).
    """

    def __init__(self, folder: str | Path, hostnames: Iterable[str] | None = None,
                 now: Callable[[], dt.datetime] = _now) -> None:
        self.folder = Path(folder)
        self.hostnames = list(hostnames) if hostnames is not None else machine_names()
        self.now = now

    # ------------------------------------------------------------------ paths
    @property
    def ca_cert_path(self) -> Path:
        return self.folder / "ca-cert.pem"

    @property
    def ca_key_path(self) -> Path:
        return self.folder / "ca-key.pem"

    @property
    def cert_path(self) -> Path:
        return self.folder / "site-cert.pem"

    @property
    def key_path(self) -> Path:
        return self.folder / "site-key.pem"

    @property
    def ec_cert_path(self) -> Path:
        return self.folder / "site-ec-cert.pem"

    @property
    def ec_key_path(self) -> Path:
        return self.folder / "site-ec-key.pem"

    @property
    def _meta_path(self) -> Path:
        return self.folder / "server.json"

    def _mkdir(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)

    # ------------------------------------------------------------------ the CA
    def ca(self) -> tuple[x509.Certificate, PrivateKey]:
        """The site CA, created when there is none yet."""
        if self.ca_cert_path.is_file() and self.ca_key_path.is_file():
            cert = x509.load_pem_x509_certificate(self.ca_cert_path.read_bytes())
            key = serialization.load_pem_private_key(self.ca_key_path.read_bytes(), None)
            assert isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
            return cert, key
        self._mkdir()
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        now = self.now()
        name = x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "csms-desktop site"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"csms-desktop site CA {now:%Y-%m-%d}"),
        ])
        ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
        cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=CA_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256())
        )
        _write(self.ca_key_path, _key_pem(key), private=True)
        _write(self.ca_cert_path, _cert_pem(cert))
        log.info("created the site CA in %s (fingerprint %s)", self.folder,
                 info(cert).fingerprint)
        return cert, key

    def ca_pem(self) -> bytes:
        """The CA certificate to install on chargers (created when missing)."""
        return _cert_pem(self.ca()[0])

    def _issue(self, subject: x509.Name, public: Any, days: int, *, server: bool,
               names: Iterable[str] = ()) -> x509.Certificate:
        ca_cert, ca_key = self.ca()
        now = self.now()
        not_after = min(now + dt.timedelta(days=days), ca_cert.not_valid_after_utc)
        if not_after <= now:
            raise CertificateError("the site CA has expired: create a new one")
        usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
        builder = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(ca_cert.subject)
            .public_key(public).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False,
                key_encipherment=isinstance(public, rsa.RSAPublicKey), data_encipherment=False,
                key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
        )
        names = list(names)
        if names:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([_general_name(n) for n in names]), critical=False)
        return builder.sign(ca_key, hashes.SHA256())

    # ------------------------------------------------------------------ the server certificate
    def source(self) -> str:
        try:
            return str(json.loads(self._meta_path.read_text())["source"])
        except (OSError, ValueError, KeyError, TypeError):
            return SITE_CA

    def server_certificate(self) -> x509.Certificate | None:
        if not self.cert_path.is_file():
            return None
        return x509.load_pem_x509_certificate(self.cert_path.read_bytes())

    def issue_server(self) -> CertInfo:
        """A new server certificate (RSA and ECDSA) from the site CA, replacing any."""
        self._mkdir()
        cn = server_common_name(self.hostnames)
        subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "csms-desktop site"),
                             x509.NameAttribute(NameOID.COMMON_NAME, cn[:64])])
        ca_cert = self.ca()[0]
        rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        rsa_cert = self._issue(subject, rsa_key.public_key(), SERVER_DAYS, server=True,
                               names=self.hostnames)
        ec_key = ec.generate_private_key(ec.SECP256R1())
        ec_cert = self._issue(subject, ec_key.public_key(), SERVER_DAYS, server=True,
                              names=self.hostnames)
        _write(self.ec_key_path, _key_pem(ec_key), private=True)
        _write(self.ec_cert_path, _cert_pem(ec_cert) + _cert_pem(ca_cert))
        _write(self.key_path, _key_pem(rsa_key), private=True)
        _write(self.cert_path, _cert_pem(rsa_cert) + _cert_pem(ca_cert))
        _write(self._meta_path, json.dumps({"source": SITE_CA}).encode())
        log.info("issued the server certificate from the site CA (expires %s; names %s)",
                 rsa_cert.not_valid_after_utc.date(), ", ".join(self.hostnames))
        return info(rsa_cert)

    def _needs_new(self) -> bool:
        cert = self.server_certificate()
        if cert is None or not self.key_path.is_file():
            return True
        if self.source() == IMPORTED:
            return False
        if not (self.ec_cert_path.is_file() and self.ec_key_path.is_file()):
            return True
        have = set(info(cert).names)
        return info(cert).due(self.now()) or not set(self.hostnames) <= have

    def ensure(self) -> ServerStatus:
        """The CA and a usable server certificate: created on first use, re-issued when
        due (30 days before expiry) or missing a host name. Returns the status."""
        self.ca()
        if self._needs_new():
            self.issue_server()
        return self.status()

    def renew_if_due(self) -> bool:
        """Re-issue the server certificate when it is due; True when it was."""
        if self._needs_new():
            self.issue_server()
            return True
        return False

    def status(self) -> ServerStatus:
        ca = info(self.ca()[0])
        cert = self.server_certificate()
        if cert is None:
            raise CertificateError("no server certificate yet")
        server = info(cert)
        return ServerStatus(ca, server, self.source(),
                            renewal_due=server.due(self.now()) or ca.due(self.now()))

    def import_server(self, data: bytes, passphrase: str | None = None,
                      key_data: bytes | None = None) -> CertInfo:
        """Use an operator's certificate: PEM (certificate chain and key in ``data``, or
        the key in ``key_data``; an encrypted key needs ``passphrase``) or PKCS#12 (with
        ``passphrase``). Checked whole before anything is written: on any error the
        current certificate stays."""
        pw = passphrase.encode() if passphrase else None
        if b"-----BEGIN" in data:
            try:
                chain = x509.load_pem_x509_certificates(data)
            except ValueError as exc:
                raise CertificateError(f"no certificate in the PEM data: {exc}") from exc
            raw_key = key_data if key_data is not None else data
            if b"PRIVATE KEY-----" not in raw_key:
                raise CertificateError("no private key: give the key file too")
            try:
                key: Any = serialization.load_pem_private_key(raw_key, pw)
            except TypeError as exc:
                raise CertificateError("the private key is encrypted: give its passphrase"
                                       if pw is None else f"the key: {exc}") from exc
            except ValueError as exc:
                raise CertificateError(f"cannot read the private key (wrong passphrase?): "
                                       f"{exc}") from exc
        else:
            try:
                key, leaf, extra = pkcs12.load_key_and_certificates(data, pw)
            except ValueError as exc:
                raise CertificateError(f"cannot read the PKCS#12 file (wrong passphrase?): "
                                       f"{exc}") from exc
            if key is None or leaf is None:
                raise CertificateError("the PKCS#12 file holds no certificate and key")
            chain = [leaf, *extra]
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
            raise CertificateError("only RSA and EC keys are accepted")
        leaf = chain[0]
        pub = serialization.PublicFormat.SubjectPublicKeyInfo
        if key.public_key().public_bytes(serialization.Encoding.DER, pub) != \
                leaf.public_key().public_bytes(serialization.Encoding.DER, pub):
            raise CertificateError("the private key does not belong to the certificate")
        _check_key_strength(leaf.public_key(), "the certificate")
        now = self.now()
        if leaf.not_valid_after_utc <= now:
            raise CertificateError(f"the certificate expired on {leaf.not_valid_after_utc:%Y-%m-%d}")
        if leaf.not_valid_before_utc > now:
            raise CertificateError("the certificate is not valid yet")
        # the same checks ssl will make, before the files are replaced
        with tempfile.TemporaryDirectory() as tmp:
            c, k = Path(tmp) / "c.pem", Path(tmp) / "k.pem"
            c.write_bytes(b"".join(_cert_pem(x) for x in chain))
            k.write_bytes(_key_pem(key))
            try:
                ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(str(c), str(k))
            except ssl.SSLError as exc:
                raise CertificateError(f"TLS cannot use this certificate: {exc}") from exc
        self._mkdir()
        self.ca()  # chargers' client certificates are still checked against the site CA
        _write(self.key_path, _key_pem(key), private=True)
        _write(self.cert_path, b"".join(_cert_pem(x) for x in chain))
        _write(self._meta_path, json.dumps({"source": IMPORTED}).encode())
        for p in (self.ec_cert_path, self.ec_key_path):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        log.info("imported the server certificate %s (expires %s)",
                 leaf.subject.rfc4514_string(), leaf.not_valid_after_utc.date())
        return info(leaf)

    # ------------------------------------------------------------------ chargers
    def sign_csr(self, csr_pem: bytes | str, charger_id: str, days: int = CLIENT_DAYS,
                 serial_number: str | None = None) -> x509.Certificate:
        """The site CA's certificate for a charger's CSR (1.6 SignCertificate): its
        signature must be valid, its CN the charger id (or ``serial_number``, the one the
        charger reported at boot: the whitepaper puts the serial number there) and its key
        strong enough."""
        data = csr_pem.encode() if isinstance(csr_pem, str) else csr_pem
        try:
            csr = x509.load_pem_x509_csr(data)
        except ValueError:
            try:
                csr = x509.load_der_x509_csr(data)
            except ValueError as exc:
                raise CertificateError(f"not a certificate signing request: {exc}") from exc
        try:
            valid = csr.is_signature_valid
        except (InvalidSignature, ValueError, TypeError):
            valid = False
        if not valid:
            raise CertificateError("the CSR's signature is not valid")
        cn = common_name(csr)
        if cn != charger_id and not (serial_number and cn == serial_number):
            also = f" nor its serial number {serial_number!r}" if serial_number else ""
            raise CertificateError(f"the CSR's CN is {cn!r}, not the charger id "
                                   f"{charger_id!r}{also}")
        _check_key_strength(csr.public_key(), "the CSR")
        return self._issue(csr.subject, csr.public_key(), days, server=False)

    def issue_client(self, charger_id: str, days: int = CLIENT_DAYS) -> tuple[bytes, bytes]:
        """(certificate PEM, key PEM) of a new client certificate for ``charger_id``
        (for a charger that cannot make its own CSR, and for the simulator)."""
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, charger_id)])
        cert = self._issue(subject, key.public_key(), days, server=False)
        return _cert_pem(cert), _key_pem(key)

    # ------------------------------------------------------------------ TLS
    def server_context(self, on_refused: Callable[[str], None] | None = None,
                       cert: str | Path | None = None,
                       key: str | Path | None = None) -> ssl.SSLContext:
        """The ``wss://`` listener's context: TLS 1.2+, the OCPP suites, the server
        certificate (``cert``/``key`` when given, else the site's, created or renewed as
        needed) and client certificates requested and checked against the site CA
        (optional at TLS level: profile 3 is enforced per charger at the handshake).
        ``on_refused(reason)`` hears of each TLS handshake that failed."""
        if cert is None or key is None:
            self.ensure()
        else:
            self.ca()
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers(OCPP_CIPHERS)
        ctx.options |= ssl.OP_NO_COMPRESSION | ssl.OP_CIPHER_SERVER_PREFERENCE
        try:
            if cert is not None and key is not None:
                ctx.load_cert_chain(str(cert), str(key))
            else:
                ctx.load_cert_chain(str(self.cert_path), str(self.key_path))
                if self.source() == SITE_CA and self.ec_cert_path.is_file():
                    ctx.load_cert_chain(str(self.ec_cert_path), str(self.ec_key_path))
        except (OSError, ssl.SSLError) as exc:
            raise CertificateError(f"cannot use the server certificate: {exc}") from exc
        ctx.load_verify_locations(cafile=str(self.ca_cert_path))
        ctx.verify_mode = ssl.CERT_OPTIONAL
        if on_refused is not None:
            ctx.sslobject_class = _audited(on_refused)
        return ctx

    def reload(self, ctx: ssl.SSLContext) -> None:
        """Load the (renewed) site certificate into a running listener's context: new
        connections get it, open ones keep theirs."""
        ctx.load_cert_chain(str(self.cert_path), str(self.key_path))
        if self.source() == SITE_CA and self.ec_cert_path.is_file():
            ctx.load_cert_chain(str(self.ec_cert_path), str(self.ec_key_path))

    def client_context(self, cert_pem: bytes | None = None,
                       key_pem: bytes | None = None) -> ssl.SSLContext:
        """A charger's context trusting the site CA (the simulator and tests), with a
        client certificate when given."""
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(self.ca_cert_path))
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        if cert_pem is not None and key_pem is not None:
            load_client_pair(ctx, cert_pem, key_pem)
        return ctx


def load_client_pair(ctx: ssl.SSLContext, cert_pem: bytes, key_pem: bytes) -> None:
    """``ssl`` reads a certificate only from files: a private temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        c, k = Path(tmp) / "c.pem", Path(tmp) / "k.pem"
        c.write_bytes(cert_pem)
        fd = os.open(k, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key_pem)
        ctx.load_cert_chain(str(c), str(k))


def hash_data(cert: x509.Certificate, issuer: x509.Certificate | None = None
              ) -> dict[str, str]:
    """OCPP's CertificateHashData of ``cert`` (SHA256; ``issuer`` defaults to ``cert``
    itself, as for the root certificates InstallCertificate installs): the issuer name and
    key hashes of an OCSP CertID."""
    from cryptography.x509 import ocsp

    req = ocsp.OCSPRequestBuilder().add_certificate(
        cert, issuer or cert, hashes.SHA256()).build()
    return {"hashAlgorithm": "SHA256", "issuerNameHash": req.issuer_name_hash.hex(),
            "issuerKeyHash": req.issuer_key_hash.hex(),
            "serialNumber": format(cert.serial_number, "x")}


def peer_certificate(ssl_object: Any) -> tuple[str, str] | None:
    """(CN, serial hex lower case) of the verified client certificate on a TLS
    connection, or None when the charger sent none."""
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(binary_form=True)
    if not der:
        return None
    cert = x509.load_der_x509_certificate(der)
    return common_name(cert), format(cert.serial_number, "x")


def _audited(on_refused: Callable[[str], None]) -> type[ssl.SSLObject]:
    class AuditedSSLObject(ssl.SSLObject):
        """Tells of a failed TLS handshake (the charger never reaches HTTP, so the
        handshake check cannot see it)."""

        def do_handshake(self) -> None:
            try:
                super().do_handshake()
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                raise
            except ssl.SSLCertVerificationError as exc:
                on_refused(f"client certificate refused: {exc.verify_message or exc}")
                raise
            except ssl.SSLError as exc:
                on_refused(f"TLS handshake failed: {exc.reason or exc}")
                raise

    return AuditedSSLObject


EXTRAS_KEY = "certificates"


def site_names(settings: Any) -> list[str]:
    """The server certificate's names: the ``tls_hostnames`` setting first (its first
    name is the CN), then :func:`machine_names`."""
    out: list[str] = []
    for n in [*settings.tls_names(), *machine_names()]:
        if n not in out:
            out.append(n)
    return out


def site_store(services: Any) -> CertificateStore:
    """The site CA of a running site: ``services.extras["certificates"]``, by default the
    one in ``<data dir>/tls/`` (the same the wss:// listener uses)."""
    store = services.extras.get(EXTRAS_KEY)
    if store is None:
        from csms_desktop.paths import data_dir

        store = services.extras[EXTRAS_KEY] = CertificateStore(
            data_dir() / "tls", hostnames=site_names(services.settings))
    return store
