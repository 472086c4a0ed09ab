"""Headless site administration: ``config get|set``, ``tags|drivers|vehicles import|export``
and ``api-token create|list|revoke``, through the same services as the GUI.

A ``serve`` site can be set up from scratch with these (see the README). Exit status: 0
done, 1 a CSV import rejected rows (nothing written; each line says why), 2 bad input
(one error line on stderr). Each command takes ``--db URL``. Every change is in the audit
log with actor "command line".

A composition root like ``cli.py``: it opens the store (``headless.open_store``) and
wires the services, so it sits outside the layers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from csms_desktop.services.validation import ValidationError

KINDS = ("drivers", "vehicles", "tags")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="database URL (default: the one the application uses)")


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    p = sub.add_parser("get", help="print settings (all, or one KEY)")
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("--json", action="store_true", help="as one JSON object")
    _db(p)
    p = sub.add_parser("set", help="change a setting, checked like the Settings page")
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    _db(p)
    from csms_desktop import load_cli

    load_cli.add_arguments(sub, _db)  # config load ... (issue 17)


def add_csv_arguments(parser: argparse.ArgumentParser, kind: str) -> None:
    sub = parser.add_subparsers(dest="csv_command", metavar="ACTION", required=True)
    p = sub.add_parser("import", help=f"import {kind} from CSV (all rows or none), as the "
                                      "Drivers page does")
    p.add_argument("file", metavar="FILE.csv")
    _db(p)
    p = sub.add_parser("export", help=f"export every {kind[:-1]} as CSV")
    p.add_argument("file", metavar="FILE.csv", help="output file ('-' for stdout)")
    _db(p)


def add_token_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    p = sub.add_parser("create", help="make a token (printed once; only its hash is kept)")
    p.add_argument("--name", required=True, help="who uses it, e.g. home-assistant")
    p.add_argument("--role", required=True, type=str.upper,
                   choices=["ATTENDANT", "MANAGER", "ADMIN"], help="the operator role it has")
    p.add_argument("--rate-limit", type=int, default=None, metavar="N",
                   help="requests per minute (default 600)")
    _db(p)
    p = sub.add_parser("list", help="list tokens (never the tokens themselves)")
    _db(p)
    p = sub.add_parser("revoke", help="revoke a token by id or name")
    p.add_argument("token", metavar="ID|NAME")
    _db(p)


def add_arguments(sub: Any) -> None:
    """The sub-commands on ``main.py``'s parser."""
    add_config_arguments(sub.add_parser("config", help="read or change site settings"))
    for kind in KINDS:
        add_csv_arguments(sub.add_parser(kind, help=f"import or export {kind} (CSV)"), kind)
    add_token_arguments(sub.add_parser("api-token", help="API tokens for the automation API"))
    from csms_desktop import tls_cli

    tls_cli.add_arguments(sub)  # tls status|export-ca|import|renew|profile|client-cert


COMMANDS = ("config", *KINDS, "api-token", "tls")


# ------------------------------------------------------------------ running


def _err(message: str) -> int:
    print(f"csms-desktop: error: {message}", file=sys.stderr)
    return 2


def _invalid(exc: ValidationError) -> int:
    for field, message in exc.errors.items():
        print(f"csms-desktop: error: {field}: {message}", file=sys.stderr)
    return 2


def _services(args: argparse.Namespace) -> Any:
    from csms_desktop.headless import open_store
    from csms_desktop.services.context import build_services

    open_store(getattr(args, "db", None))
    return build_services()


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def run_config(args: argparse.Namespace) -> int:
    from csms_desktop.services import settings_edit
    from csms_desktop.services.api_tokens import record_audit

    services = _services(args)
    if args.config_command == "load":
        from csms_desktop import load_cli

        return load_cli.run(args, lambda what, detail: record_audit(
            "command line", "CLI", what, 200, detail))
    if args.config_command == "get":
        values = settings_edit.all_values(services.settings)
        if args.key:
            if args.key not in values:
                return _err(f"unknown setting {args.key!r}; the settings are: "
                            + ", ".join(sorted(values)))
            values = {args.key: values[args.key]}
        if args.json:
            print(json.dumps(values, ensure_ascii=False, indent=2))
        elif args.key:
            print(_show(values[args.key]))
        else:
            for k, v in values.items():
                print(f"{k} = {_show(v)}")
        return 0
    try:
        value = settings_edit.set_value(services, args.key, args.value)
    except ValidationError as exc:
        return _invalid(exc)
    record_audit("command line", "CLI", f"config set {args.key}", 200,
                 {args.key: value})
    print(f"{args.key} = {_show(value)}")
    if args.key.startswith(("ocpp_", "api_")):
        print("applies when the server starts next", file=sys.stderr)
    else:
        print("a server running on this database reads it at its next start "
              "(or change it through the API: PATCH /api/v1/settings)", file=sys.stderr)
    return 0


def run_csv(args: argparse.Namespace) -> int:
    from csms_desktop.services.api_tokens import record_audit
    from csms_desktop.services.csv_io import export_csv, import_csv
    from csms_desktop.services.drivers import DriverService

    kind = args.command
    services = _services(args)
    if args.csv_command == "export":
        if args.file == "-":
            n = export_csv(kind, sys.stdout, bom=False)
        else:
            with Path(args.file).open("w", encoding="utf-8", newline="") as out:
                n = export_csv(kind, out)
        print(f"{kind}: {n} exported", file=sys.stderr)
        return 0
    try:
        text = Path(args.file).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return _err(f"cannot read {args.file}: {exc.strerror or exc}")
    except UnicodeDecodeError as exc:
        return _err(f"{args.file} is not UTF-8 text ({exc.reason} at byte {exc.start})")
    report = import_csv(kind, text, DriverService(services))
    record_audit("command line", "CLI", f"{kind} import {Path(args.file).name}",
                 200 if report.ok else 422,
                 {"rows": report.rows, "created": report.created, "updated": report.updated,
                  "problems": [str(p) for p in report.problems][:50]})
    for line in report.lines():
        print(line, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def run_token(args: argparse.Namespace) -> int:
    from csms_desktop.services import api_tokens

    _services(args)
    if args.token_command == "create":
        try:
            info, token = api_tokens.create_token(args.name, args.role,
                                                  rate_limit=args.rate_limit)
        except ValidationError as exc:
            return _invalid(exc)
        print(token)
        print(f"token {info.name!r} ({info.role}, id {info.id}) created; it is shown only "
              "now: keep it somewhere safe", file=sys.stderr)
        return 0
    if args.token_command == "list":
        for t in api_tokens.list_tokens():
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "active"
            used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
            print(f"{t.id}  {t.name:<24} {t.role:<9} {t.prefix}…  {state:<18} last used "
                  f"{used}")
        return 0
    found = api_tokens.find_token(args.token)
    if found is None:
        return _err(f"no token {args.token!r} (give its id, or the name of one active token)")
    try:
        api_tokens.revoke_token(found.id)
    except ValidationError as exc:
        return _invalid(exc)
    print(f"token {found.name!r} revoked", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "config":
        return run_config(args)
    if args.command in KINDS:
        return run_csv(args)
    if args.command == "tls":
        from csms_desktop import tls_cli

        return tls_cli.run(args)
    return run_token(args)
