"""``main.py tls ...`` as an operator uses it: real processes, a real data directory."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "CSMS_DATA_DIR": str(tmp / "data"), **env}
    environ.pop("CSMS_FORBID_QT", None)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=environ)


def test_status_export_import_profile_and_client_cert(tmp_path: Path) -> None:
    r = _run(tmp_path, "tls", "status")
    assert r.returncode == 0, r.stderr
    assert "site CA:" in r.stdout and "source: site-ca" in r.stdout
    assert (tmp_path / "data" / "tls" / "ca-key.pem").stat().st_mode & 0o777 == 0o600
    r = _run(tmp_path, "tls", "export-ca", str(tmp_path / "ca.pem"))
    assert r.returncode == 0, r.stderr
    ca = x509.load_pem_x509_certificate((tmp_path / "ca.pem").read_bytes())
    # an operator's PKCS#12, passphrase from the environment
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "depot.example")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(7)
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=200)).sign(key, hashes.SHA256()))
    (tmp_path / "site.p12").write_bytes(pkcs12.serialize_key_and_certificates(
        b"x", key, cert, None, serialization.BestAvailableEncryption(b"open sesame")))
    r = _run(tmp_path, "tls", "import", str(tmp_path / "site.p12"))
    assert r.returncode == 2 and "passphrase" in r.stderr
    r = _run(tmp_path, "tls", "import", str(tmp_path / "site.p12"), "--passphrase-env", "P12PW",
             P12PW="open sesame")
    assert r.returncode == 0, r.stderr
    assert "imported CN=depot.example" in r.stdout
    assert "source: imported" in _run(tmp_path, "tls", "status").stdout
    # chargers: profile and a client certificate
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = _run(tmp_path, "tls", "profile", "CP-9", "3", "--db", db)
    assert r.returncode == 2 and "no charger" in r.stderr
    import sqlite3

    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database
    from csms_desktop.store.models import ChargePoint

    migrate_database(open_database(db))
    ChargePoint.create(id="CP-9", name="n")
    close_database()
    r = _run(tmp_path, "tls", "profile", "CP-9", "3", "--db", db)
    assert r.returncode == 0 and "CP-9: security profile 3" in r.stdout, r.stderr
    r = _run(tmp_path, "tls", "client-cert", "CP-9", "--out", str(tmp_path / "out"), "--db", db)
    assert r.returncode == 0, r.stderr
    issued = x509.load_pem_x509_certificate((tmp_path / "out" / "CP-9-cert.pem").read_bytes())
    issued.verify_directly_issued_by(ca)
    assert (tmp_path / "out" / "CP-9-key.pem").stat().st_mode & 0o777 == 0o600
    con = sqlite3.connect(tmp_path / "x.db")
    assert con.execute("SELECT serial FROM charger_certificate WHERE charge_point_id='CP-9'"
                       ).fetchone()[0] == format(issued.serial_number, "x")
    con.close()
