"""``python main.py db ...``: backup, list-backups, verify, restore, copy.

No Qt. Exit status: 0 done, 1 the backup or restore failed (one line on stderr says why),
2 bad input or an unusable database. Each command takes ``--db URL``.

A composition root beside ``cli.py`` (which imports it by name), above the services: it
opens the store through ``headless.open_store``.
``restore`` does not open the database for use: it must not migrate or lock the file it
is about to replace.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from csms_desktop.services.backup.files import BackupError, human_bytes, list_files


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION")
    p = sub.add_parser("backup", help="back up the database now (online: the server may "
                                      "keep running); PostgreSQL: pg_dump")
    p.add_argument("--to", metavar="DIR", default=None,
                   help="folder for this backup (default: the backup folder in Settings → "
                        "Backups, or backups/ beside the database); no retention there")
    with_db = [p]
    p = sub.add_parser("list-backups", help="the backups in the backup folder, newest first, "
                                            "and recent failures")
    p.add_argument("--dir", metavar="DIR", default=None,
                   help="another folder to list (default: the backup folder)")
    with_db.append(p)
    p = sub.add_parser("verify", help="check a backup file (integrity, schema, manifest) "
                                      "without restoring it")
    p.add_argument("file", metavar="FILE")
    p = sub.add_parser("restore", help="replace the database with a backup (refused while "
                                       "a server runs on it; keeps a safety copy)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore = p
    p = sub.add_parser("copy", help="copy a whole site database into another (a depot's "
                                    "SQLite file into the central PostgreSQL): ids kept, "
                                    "idempotent, nothing written on a conflict")
    p.add_argument("--from", dest="copy_from", metavar="URL", required=True,
                   help="the source database (sqlite:///depot.db or postgresql://...)")
    p.add_argument("--to", dest="copy_to", metavar="URL", required=True,
                   help="the destination (created and migrated when new)")
    p.add_argument("--replace-settings", action="store_true",
                   help="overwrite the destination's settings with the source's (default: "
                        "the destination keeps its own)")
    p.add_argument("--site", metavar="NAME",
                   help="put every copied charger in this site of the destination (made "
                        "when missing) instead of the source's own sites")
    p = restore
    for q in (*with_db, p):  # SUPPRESS: a --db given before "db" is kept
        q.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                       help="database URL (default: the one the application uses)")


def _err(message: str, status: int = 2) -> int:
    print(f"csms-desktop db: error: {message}", file=sys.stderr)
    return status


def _url(args: argparse.Namespace) -> str:
    from csms_desktop.paths import default_db_url

    return getattr(args, "db", None) or default_db_url()


def run(args: argparse.Namespace) -> int:
    from csms_desktop.headless import StartupError


    # The command prints its own one-line outcome; without this the service's log line
    # would reach stderr a second time through logging's last-resort handler.
    logging.getLogger("csms_desktop").addHandler(logging.NullHandler())
    action = getattr(args, "db_command", None)
    if action is None:
        return _err("choose an action: backup, list-backups, verify, restore, copy "
                    "(see db --help)")
    try:
        if action == "copy":
            return _copy(args)
        if action == "verify":
            return _verify(Path(args.file))
        if action == "restore":
            return _restore(args)
        from csms_desktop.headless import open_store

        url = open_store(_url(args))
        return _backup(url, args) if action == "backup" else _list(url, args)
    except StartupError as exc:
        return _err(str(exc))
    except BackupError as exc:
        return _err(str(exc), 1)
    finally:
        from csms_desktop.store.db import close_database

        close_database()


@dataclass
class _CliServices:
    """What ``BackupService`` uses of the services, for a process without a server."""

    notifier: Any
    settings: Any
    writer: Any = None


def _service(url: str) -> Any:
    from csms_desktop.services.backup.hooks import record_deferred
    from csms_desktop.services.backup.taking import BackupService
    from csms_desktop.services.events import EventHub
    from csms_desktop.services.notifications import Notifier
    from csms_desktop.services.settings import load_settings

    record_deferred()
    return BackupService(_CliServices(Notifier(EventHub()), load_settings()), url)


def _backup(url: str, args: argparse.Namespace) -> int:
    from csms_desktop.services.backup.taking import Progress

    service = _service(url)
    to = Path(args.to).expanduser() if args.to else None
    folder = to or service.settings_folder()
    if service.engine == "postgresql":
        print(f"PostgreSQL database: backing up with pg_dump (custom format) into {folder}",
              flush=True)
    else:
        print(f"SQLite database: online backup into {folder}", flush=True)
    tty = sys.stderr.isatty()

    def report(p: Progress) -> None:
        if tty:
            print(f"\r{p.phase} {p.fraction:4.0%}", end="", file=sys.stderr, flush=True)

    result = asyncio.run(service.backup("manual", to=to, report=report))
    if tty:
        print(file=sys.stderr)
    if not result.ok:
        return _err(result.message, 1)
    print(result.line())
    return 0


def _list(url: str, args: argparse.Namespace) -> int:
    from csms_desktop.services.backup.taking import recent_records

    service = _service(url)
    folder = Path(args.dir).expanduser() if args.dir else service.settings_folder()
    tz = zoneinfo.ZoneInfo(service.services.settings.time_zone)
    files = list_files(folder, service.stem)
    print(f"backups of {service.stem} in {folder} (times in {tz.key}):")
    if not files:
        print("  none")
    for b in files:
        when = b.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        state = "verified" if b.verified else ("NOT VERIFIED" if b.manifest is None
                                               else "FAILED CHECK")
        rows = f"{b.rows:,} rows" if b.rows is not None else "rows ?"
        print(f"  {when}  {b.kind:<13} {human_bytes(b.size_bytes):>10}  {rows:>16}  "
              f"{state:<12} {b.path.name}")
    total = sum(b.size_bytes for b in files)
    print(f"{len(files)} backup(s), {human_bytes(total)}")
    failures = [r for r in recent_records(20) if r.status != "OK"]
    if failures:
        print("recent failures:")
        for r in failures[:10]:
            when = r.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
            print(f"  {when}  {r.kind:<13} {r.message}")
    return 0


def _verify(path: Path) -> int:
    from csms_desktop.services.backup.restore import check_backup

    check = check_backup(path)
    if not check.ok:
        return _err(f"{path} cannot be restored: {'; '.join(check.problems)}", 1)
    print(f"ok: {check.summary()}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from csms_desktop.services.backup.restore import check_backup, restore

    url = _url(args)
    path = Path(args.file).expanduser()
    check = check_backup(path)
    if not check.ok:
        return _err(f"{path} cannot be restored: {'; '.join(check.problems)}", 1)
    print(f"backup: {check.summary()}")
    if not args.yes:
        if not sys.stdin.isatty():
            return _err("restore replaces every row of the database: add --yes to confirm")
        answer = input(f"Replace ALL data in {url} with this backup? A safety copy of the "
                       "current database is kept. Type 'restore' to go on: ")
        if answer.strip().lower() != "restore":
            print("nothing was changed")
            return 1
    result = restore(url, path, step=lambda text: print(f"... {text}", flush=True))
    print(result.line())
    return 0


def _copy(args: argparse.Namespace) -> int:
    from csms_desktop.headless import open_store
    from csms_desktop.services.backup.postgres import redact
    from csms_desktop.services.db_copy import CopyError, CopyProgress, copy_database

    src, dst = args.copy_from, args.copy_to
    if src == dst:
        return _err("--from and --to name the same database")
    print(f"copying {redact(src)} into {redact(dst)}", flush=True)
    open_store(dst)
    tty = sys.stderr.isatty()
    shown: dict[str, int] = {}

    def report(p: CopyProgress) -> None:
        line = f"{p.phase} {p.table} {p.done}/{p.total} (table {p.table_index}/{p.tables})"
        if tty:
            print(f"\r{line:<72}", end="", file=sys.stderr, flush=True)
            return
        # a log or a pipe: one line per tenth of a big table and at each table's end
        step = max(p.total // 10, 1)
        if p.done >= p.total or p.done // step != shown.get(p.phase + p.table, -1):
            shown[p.phase + p.table] = p.done // step
            if p.total:
                print(line, file=sys.stderr, flush=True)

    try:
        result = copy_database(src, report=report, replace_settings=args.replace_settings,
                               site=getattr(args, "site", None))
    except CopyError as exc:
        if tty:
            print(file=sys.stderr)
        return _err(str(exc), 1)
    if tty:
        print(file=sys.stderr)
    for t in result.tables:
        if t.rows or t.kept:
            kept = f" (kept {t.kept} of the destination's own)" if t.kept else ""
            print(f"  {t.table}: {t.rows}{kept}")
    print(result.line())
    return 0
