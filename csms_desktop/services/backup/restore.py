"""Restoring a SQLite backup: check it, keep a safety copy of the current file, replace.

1. The backup is checked first: an SQLite file, ``integrity_check`` ok, a CSMS Desktop
   database (``schema_version``, the seed tables) no newer than this program, and, when
   its manifest is beside it, the SHA-256 and row counts it was made with.
2. ``restore.lock`` is taken; a running server on the database (``store.server_lock``)
   refuses the restore.
3. A safety copy of the current database goes to the backup folder as a ``pre-restore``
   backup (a raw copy of the files when the current database is too damaged to copy).
4. A copy of the backup replaces the database file (``store.sqlite_backup.restore_file``:
   written beside it, then renamed over it), then the result is checked against the
   backup's row counts; on a mismatch the safety copy is put back.

An older backup is migrated at the next start (after its own pre-migration backup).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.backup import postgres as pg_backup
from csms_desktop.services.backup.files import (
    BackupError,
    free_name,
    parse_name,
    prepare_folder,
    read_manifest,
)
from csms_desktop.services.backup.settings import PREFIX, default_folder
from csms_desktop.services.backup.taking import SqliteJob
from csms_desktop.services.validation import QT_TR_NOOP, Message
from csms_desktop.store import sqlite_backup as sb
from csms_desktop.store.db import sqlite_path_from_url
from csms_desktop.store.migrations import LATEST_VERSION
from csms_desktop.store.server_lock import DatabaseInUse, acquire_restore_lock

REQUIRED_TABLES = ("charge_point", "connector", "transaction", "setting")

Step = Callable[[str], None]  # told each step as it starts, for progress lines


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    created_at: datetime | None
    kind: str | None
    schema_version: int | None
    row_counts: dict[str, int] = field(default_factory=dict)
    integrity: str = ""
    manifest_note: str = ""
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        made = self.created_at.strftime("%Y-%m-%d %H:%M:%S UTC") if self.created_at else "?"
        tx = self.row_counts.get("transaction", 0)
        return (f"{self.path.name}: made {made}, schema {self.schema_version}, "
                f"{sum(self.row_counts.values()):,} rows ({tx:,} transactions), integrity "
                f"{self.integrity}, {self.manifest_note}")


def check_backup(path: Path) -> BackupCheck:
    """What ``path`` holds and whether it can be restored (never raises for a bad file)."""
    parsed = parse_name(path.name)
    created = parsed[1] if parsed else None
    kind = parsed[2] if parsed else None
    try:
        check = sb.verify(path)
    except sb.BackupFileError as exc:
        return BackupCheck(path, created, kind, None, problems=(str(exc),))
    problems: list[str] = []
    if not check.ok:
        problems.append(Message(QT_TR_NOOP("integrity_check failed: {result}"),
                                result=check.integrity))
        return BackupCheck(path, created, kind, None, integrity=check.integrity,
                           problems=tuple(problems))
    version = check.schema_version
    missing = [t for t in REQUIRED_TABLES if t not in check.row_counts]
    if version is None or missing:
        problems.append(Message(QT_TR_NOOP("not a CSMS Desktop database (no {tables})"),
                                tables="schema_version" if version is None
                                else ", ".join(missing)))
    elif version > LATEST_VERSION:
        problems.append(Message(QT_TR_NOOP(
            "made by a newer version of CSMS Desktop (schema {version}; this program knows "
            "up to {latest}): upgrade first"), version=version, latest=LATEST_VERSION))
    note: str = QT_TR_NOOP("no manifest beside it (not compared)")
    meta = read_manifest(path)
    if meta is not None:
        with contextlib.suppress(ValueError, TypeError):
            created = datetime.fromisoformat(str(meta.get("created_at")))
        digest = sb.sha256_file(path)
        if meta.get("sha256") and meta["sha256"] != digest:
            problems.append(QT_TR_NOOP("the file changed since the backup was made (its "
                                       "SHA-256 differs from the manifest's)"))
        elif meta.get("row_counts") not in (None, check.row_counts):
            problems.append(QT_TR_NOOP("its row counts differ from the manifest's"))
        else:
            note = QT_TR_NOOP("SHA-256 and row counts match its manifest")
    return BackupCheck(path, created, kind, version, check.row_counts, check.integrity, note,
                       tuple(problems))


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    backup: BackupCheck
    safety_copy: Path | None  # None: there was no database to keep

    def line(self) -> str:
        kept = (f"; the previous database is kept at {self.safety_copy}"
                if self.safety_copy else "")
        return f"restored {self.backup.summary()} into {self.target}{kept}"


def configured_folder(db_path: Path) -> Path:
    """The backup folder set in ``db_path``'s settings (read without opening it for use)."""
    default = default_folder(f"sqlite:///{db_path}")
    if not db_path.is_file():
        return default
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?",
                              (PREFIX + "folder",)).fetchone()
        finally:
            con.close()
        value = json.loads(row[0]) if row and row[0] else ""
    except (sqlite3.Error, ValueError, TypeError):
        return default
    return Path(value).expanduser() if isinstance(value, str) and value.strip() else default


def _raw_copy(db_path: Path, folder: Path) -> Path:
    """Copy the database's files as they are (the database is too damaged to read)."""
    target = free_name(folder, db_path.stem, utcnow(), "pre-restore", "db")
    shutil.copy2(db_path, target)
    for suffix in ("-wal",):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + suffix))
    return target


def safety_copy(db_path: Path, step: Step | None = None) -> Path:
    """A verified copy of the current database (raw files if it cannot be read)."""
    folders = [configured_folder(db_path)]
    if default_folder(f"sqlite:///{db_path}") not in folders:
        folders.append(default_folder(f"sqlite:///{db_path}"))
    reasons: list[str] = []
    for folder in folders:
        try:
            prepare_folder(folder, db_path.stat().st_size)
        except BackupError as exc:
            reasons.append(str(exc))
            continue
        job = SqliteJob(db_path, folder, "pre-restore")
        try:
            job.pin()
            result = job.run()
        except BackupError as exc:
            if step is not None:
                step(Message(QT_TR_NOOP("the current database cannot be copied cleanly "
                                        "({error}); keeping its files as they are"),
                             error=str(exc)))
            try:
                return _raw_copy(db_path, folder)
            except OSError as err:
                reasons.append(f"{folder}: {err.strerror or err}")
                continue
        assert result.path is not None
        return result.path
    raise BackupError("no safety copy of the current database could be made ("
                      + "; ".join(reasons) + "); nothing was changed")


def restore(db_url: str, backup: Path, step: Step | None = None) -> RestoreResult:
    """Restore ``backup`` into the SQLite database of ``db_url`` (see the module doc)."""
    say = step or (lambda text: None)
    if pg_backup.is_postgres(db_url):
        raise BackupError("restoring a PostgreSQL database is done with pg_restore: "
                          "pg_restore --clean --if-exists --no-owner -d DBNAME FILE.dump "
                          "(with the server stopped)")
    target = sqlite_path_from_url(db_url)
    if target is None:
        raise BackupError(f"{db_url} is not a database file")
    if backup.resolve() == target.resolve():
        raise BackupError(QT_TR_NOOP("that file is the database itself"))
    say(Message(QT_TR_NOOP("checking {file}"), file=str(backup)))
    check = check_backup(backup)
    if not check.ok:
        raise BackupError(f"{backup} cannot be restored: {'; '.join(check.problems)}")
    try:
        lock = acquire_restore_lock(target)
    except DatabaseInUse as exc:
        raise BackupError(f"refusing to restore: {exc}") from exc
    try:
        kept: Path | None = None
        if target.exists():
            say(QT_TR_NOOP("keeping a safety copy of the current database"))
            kept = safety_copy(target, say)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
        say(Message(QT_TR_NOOP("restoring into {target}"), target=str(target)))
        sb.restore_file(backup, target)
        after = sb.verify(target)
        if not after.ok or after.row_counts != check.row_counts:
            back = kept is not None and sb.verify(kept).ok
            if back and kept is not None:
                sb.restore_file(kept, target)
            raise BackupError("the restored database does not match the backup ("
                              f"{after.integrity}); " + ("the previous one was put back"
                                                         if back else
                                                         f"the previous one is at {kept}"))
        return RestoreResult(target, check, kept)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"restore failed: {exc}") from exc
    finally:
        lock.release()
