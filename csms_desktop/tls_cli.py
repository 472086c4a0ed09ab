"""``main.py tls ...``: the site CA, the wss:// server certificate and chargers' security
profiles from the command line (what the GUI's Security page will do).

- ``tls status``: the site CA and server certificate (fingerprint, expiry, names, source).
- ``tls export-ca FILE``: the CA certificate to install on chargers ('-': stdout).
- ``tls import FILE [--key FILE]``: an operator's certificate, PEM or PKCS#12; the
  passphrase comes from ``--passphrase-env VAR`` (never on the command line).
- ``tls renew``: a new server certificate from the site CA now.
- ``tls profile CP [N]``: show or set a charger's security profile (0-3).
- ``tls client-cert CP --out DIR``: a client certificate from the site CA for a charger
  that cannot make its own CSR (recorded for it: profile 3).

Exit status 0, or 2 with one error line. A composition root like ``site_cli.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="database URL (default: the one the application uses)")


def add_arguments(sub: Any) -> None:
    parser = sub.add_parser("tls", help="site CA, wss:// certificate, chargers' security "
                                        "profiles")
    tls = parser.add_subparsers(dest="tls_command", metavar="ACTION", required=True)
    _db(tls.add_parser("status", help="the site CA and the server certificate"))
    p = tls.add_parser("export-ca", help="write the CA certificate to install on chargers")
    p.add_argument("file", metavar="FILE", help="output file ('-' for stdout)")
    _db(p)
    p = tls.add_parser("import", help="use an operator's certificate (PEM or PKCS#12)")
    _db(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--key", default=None, metavar="FILE", help="the private key (PEM), "
                   "when it is not in FILE")
    p.add_argument("--passphrase-env", default=None, metavar="VAR",
                   help="environment variable holding the PKCS#12 / key passphrase")
    _db(tls.add_parser("renew", help="issue a new server certificate from the site CA now "
                                     "(names: this computer's and the tls_hostnames setting)"))
    p = tls.add_parser("profile", help="show or set a charger's security profile")
    p.add_argument("charger", metavar="CP")
    p.add_argument("profile", nargs="?", type=int, choices=(0, 1, 2, 3), metavar="N")
    _db(p)
    p = tls.add_parser("client-cert", help="a client certificate for a charger (profile 3)")
    p.add_argument("charger", metavar="CP")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="folder for <CP>-cert.pem and <CP>-key.pem (key mode 0600)")
    _db(p)


def _err(message: str) -> int:
    print(f"csms-desktop: error: {message}", file=sys.stderr)
    return 2


def _store(args: argparse.Namespace) -> Any:
    """The site CA with the names the server gives it (the ``tls_hostnames`` setting)."""
    from csms_desktop.headless import open_store
    from csms_desktop.paths import data_dir
    from csms_desktop.services.certificates import CertificateStore, site_names
    from csms_desktop.services.settings import load_settings

    open_store(getattr(args, "db", None))
    return CertificateStore(data_dir() / "tls", hostnames=site_names(load_settings()))


def _print_status(store: Any) -> None:
    status = store.ensure()
    for label, cert in (("site CA", status.ca), ("server certificate", status.server)):
        print(f"{label}: {cert.subject}")
        print(f"  fingerprint SHA-256 {cert.fingerprint}")
        print(f"  expires {cert.not_after:%Y-%m-%d} ({cert.days_left():.0f} days)")
        if cert.names:
            print(f"  names {', '.join(cert.names)}")
    print(f"server certificate source: {status.source}"
          f"{' (renewal due)' if status.renewal_due else ''}")
    print(f"files: {store.folder}")


def run(args: argparse.Namespace) -> int:
    from csms_desktop.services.certificates import CertificateError

    store = _store(args)
    try:
        match args.tls_command:
            case "status":
                _print_status(store)
            case "export-ca":
                pem = store.ca_pem()
                if args.file == "-":
                    sys.stdout.write(pem.decode())
                else:
                    Path(args.file).write_bytes(pem)
                    print(f"wrote the site CA to {args.file}")
            case "import":
                passphrase = None
                if args.passphrase_env:
                    passphrase = os.environ.get(args.passphrase_env)
                    if passphrase is None:
                        return _err(f"--passphrase-env {args.passphrase_env}: not set")
                data = Path(args.file).read_bytes()
                key = Path(args.key).read_bytes() if args.key else None
                info = store.import_server(data, passphrase=passphrase, key_data=key)
                print(f"imported {info.subject}, expires {info.not_after:%Y-%m-%d}; a "
                      "running server uses it from its next start")
            case "renew":
                info = store.issue_server()
                print(f"issued {info.subject}, expires {info.not_after:%Y-%m-%d}; a running "
                      "server uses it from its next start")
            case "profile":
                return _profile(args)
            case "client-cert":
                return _client_cert(args, store)
    except CertificateError as exc:
        return _err(str(exc))
    except OSError as exc:
        return _err(f"{getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}".lstrip(": "))
    return 0


def _profile(args: argparse.Namespace) -> int:
    from csms_desktop.services.security_profiles import own_profile, set_profile
    from csms_desktop.store.models import ChargePoint

    if ChargePoint.get_or_none(ChargePoint.id == args.charger) is None:
        return _err(f"no charger {args.charger!r}")
    if args.profile is not None:
        set_profile(args.charger, args.profile)
    print(f"{args.charger}: security profile {own_profile(args.charger)}")
    return 0


def _client_cert(args: argparse.Namespace, store: Any) -> int:
    from cryptography import x509

    from csms_desktop.services.security_profiles import record_issued
    from csms_desktop.store.models import ChargePoint

    if ChargePoint.get_or_none(ChargePoint.id == args.charger) is None:
        return _err(f"no charger {args.charger!r}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cert, key = store.issue_client(args.charger)
    key_path = out / f"{args.charger}-key.pem"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    os.chmod(key_path, 0o600)
    (out / f"{args.charger}-cert.pem").write_bytes(cert)
    record_issued(args.charger, x509.load_pem_x509_certificate(cert), source="command line")
    print(f"wrote {out / (args.charger + '-cert.pem')} and {key_path}")
    return 0
