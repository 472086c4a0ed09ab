"""``python main.py billing ...``: import, export, the monthly run, the monthly report.

No Qt. Exit status: 0 done, 1 some client (or import entry) failed, 2 bad input (one
error line on stderr, no traceback). Each command takes ``--db URL``.

This module is a composition root beside ``cli.py`` (which imports it by name), above the
services and the reports: it hands ``reports.billing``'s renderer to the billing services.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from csms_desktop.services.billing.common import BillingError, normalise_period


def _db(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before "billing" is not overwritten by this default
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="database URL (default: the one the application uses)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="billing_command", metavar="ACTION")
    p = sub.add_parser("import", help="import clients and invoices from a JSON file "
                                      "(the seed's shape)")
    p.add_argument("file", metavar="FILE.json")
    _db(p)
    p = sub.add_parser("export", help="export a client with its invoices as JSON")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", metavar="ID", action="append",
                     help="client id or client number (repeat for several)")
    who.add_argument("--all", action="store_true", help="every client (a JSON list)")
    p.add_argument("--seed-only", action="store_true",
                   help="only the seed's keys (leave out country, language, invoice numbers...)")
    p.add_argument("file", metavar="FILE.json", help="output file ('-' for stdout)")
    _db(p)
    p = sub.add_parser("run", help="issue the month's invoices (one per client with charging)")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="reference month")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    p.add_argument("--client", metavar="ID", action="append",
                   help="only this client (id or client number; repeatable)")
    _db(p)
    p = sub.add_parser("report", help="the manager's monthly report (PDF)")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=["pt_BR", "th_TH", "en"], default=None,
                   help="language (default: from the site's country)")
    _db(p)
    p = sub.add_parser("correct", help="issue a corrected invoice that replaces an unpaid one")
    p.add_argument("--invoice", required=True, metavar="ID|NUMBER")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--reason", default="")
    _db(p)
    p = sub.add_parser("paid", help="mark an invoice paid")
    p.add_argument("--invoice", required=True, metavar="ID|NUMBER")
    _db(p)
    p = sub.add_parser("list", help="list invoices")
    p.add_argument("--month", metavar="YYYY-MM")
    p.add_argument("--unpaid", action="store_true")
    _db(p)


def _err(message: str) -> int:
    print(f"csms-desktop billing: error: {message}", file=sys.stderr)
    return 2


def _open(args: argparse.Namespace) -> Any:
    from csms_desktop.headless import open_store
    from csms_desktop.services.settings import load_settings

    open_store(getattr(args, "db", None))
    return load_settings()


def _find_invoice(ref: str) -> str:
    from csms_desktop.store.models import Invoice

    inv = Invoice.get_or_none(Invoice.id == ref) or Invoice.get_or_none(
        Invoice.invoice_number == ref)
    if inv is None:
        raise BillingError(f"no invoice {ref!r} (give its id or number)")
    return str(inv.id)


def run(args: argparse.Namespace) -> int:
    from csms_desktop.headless import StartupError

    action = getattr(args, "billing_command", None)
    if action is None:
        return _err("choose an action: import, export, run, report, correct, paid, list "
                    "(see billing --help)")
    try:
        if action in ("run", "report"):
            normalise_period(args.month)  # bad input fails before the database opens
        settings = _open(args)
        handler = {"import": _import, "export": _export, "run": _run, "report": _report,
                   "correct": _correct, "paid": _paid, "list": _list}[action]
        return handler(args, settings)
    except (BillingError, StartupError) as exc:
        return _err(str(exc))
    except OSError as exc:
        return _err(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    finally:
        from csms_desktop.store.db import close_database

        close_database()


def _import(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.services.billing.json_io import import_file

    result = import_file(args.file)
    for line in result.lines():
        print(line)
    print(f"imported {len(result.clients) - result.failed} client(s), {result.failed} failed")
    return 1 if result.failed else 0


def _export(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.services.billing.json_io import export_json

    text = export_json(None if args.all else list(args.client),
                       extensions=not args.seed_only)
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"wrote {args.file}")
    return 0


def _run(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.reports.billing import render_invoice_document
    from csms_desktop.services.billing.invoices import ClientResult, run_month
    from csms_desktop.services.notifications import Notifier

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    state = {"done": 0, "total": 0}

    def progress(done: int, total: int, name: str) -> None:
        state["done"], state["total"] = done, total
        if done == 0:
            print(f"{normalise_period(args.month)}: {total} client(s) with charging", flush=True)

    def on_result(r: ClientResult) -> None:
        n = f"[{state['done'] + 1}/{state['total']}]"
        if r.status == "ISSUED":
            what = f"issued {r.invoice_number}, {r.amount_due} {r.currency}"
        else:
            what = f"{r.status.lower()}: {r.message}"
        print(f"{n} {r.client_name}: {what}", flush=True)
        for w in r.warnings:
            print(f"    warning: {w}", flush=True)

    result = run_month(args.month, settings, out_dir=out, render=render_invoice_document,
                       progress=progress, on_result=on_result, client_ids=args.client)
    from csms_desktop.services.billing.invoices import notify_overdue
    from csms_desktop.services.events import EventHub

    notify_overdue(Notifier(EventHub()), settings)
    print(result.summary())
    return 1 if result.failed else 0


def _report(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.reports.billing import render_report
    from csms_desktop.services.billing.report import monthly_figures

    fig = monthly_figures(args.month, settings, args.lang)
    path = render_report(fig, args.out)
    for w in fig.warnings:
        print(f"warning: {w}")
    print(f"wrote {path} ({sum(r.sessions for r in fig.per_charger)} sessions, "
          f"{sum(r.kwh for r in fig.per_charger):.3f} kWh)")
    return 0


def _correct(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.reports.billing import render_invoice_document
    from csms_desktop.services.billing.invoices import correct_invoice

    inv = correct_invoice(None, _find_invoice(args.invoice), settings, out_dir=args.out,
                          render=render_invoice_document, reason=args.reason)
    print(f"issued {inv.invoice_number} ({inv.amount_due} {inv.currency}), replacing "
          f"{args.invoice}: {Path(args.out) / inv.file_name}")
    return 0


def _paid(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.services.billing.invoices import mark_paid

    inv = mark_paid(None, _find_invoice(args.invoice))
    print(f"invoice {inv.invoice_number or inv.id} marked paid")
    return 0


def _list(args: argparse.Namespace, settings: Any) -> int:
    from csms_desktop.services.billing.documents import list_invoices

    for v in list_invoices(args.month, None, False if args.unpaid else None):
        flag = " OVERDUE" if v.overdue else ""
        print(f"{v.invoice_number or v.id:<14} {v.period or v.reference_month:<8} "
              f"{v.client_name[:30]:<30} {v.amount_due:>12} {v.currency} {v.status}{flag}")
    return 0
