"""The simulated chargers' certificate work, the same in 1.6 and 2.0.1: the CSR a charger
sends, the check of what CertificateSigned brings back against that CSR's key, and a root
certificate offered by InstallCertificate. The version mixins (security16, security201) wrap
these in their own messages."""

from __future__ import annotations

from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def public_der(key: Any) -> bytes:
    return bytes(key.public_bytes(serialization.Encoding.DER,
                                  serialization.PublicFormat.SubjectPublicKeyInfo))


def new_csr(cp_id: str) -> tuple[Any, str]:
    """A fresh key and the PEM CSR for it, CN = the charger id."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([
               x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Simulated chargers"),
               x509.NameAttribute(NameOID.COMMON_NAME, cp_id)]))
           .sign(key, hashes.SHA256()))
    return key, csr.public_bytes(serialization.Encoding.PEM).decode()


def signed_chain(key: Any, certificate_chain: str) -> tuple[str, list[x509.Certificate]] | None:
    """(the key as PKCS#8 PEM, the chain) when the chain's first certificate is for ``key``
    (the CSR this charger sent); None when it is not, or not PEM."""
    try:
        chain = x509.load_pem_x509_certificates(certificate_chain.encode())
    except ValueError:
        return None
    if key is None or not chain or public_der(chain[0].public_key()) != public_der(
            key.public_key()):
        return None
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    return pem, chain


def root_hash(certificate: str) -> dict[str, str] | None:
    """The CertificateHashData of a PEM root certificate; None when it is not one."""
    from csms_desktop.services.certificates import hash_data

    try:
        return hash_data(x509.load_pem_x509_certificate(certificate.encode()))
    except ValueError:
        return None
