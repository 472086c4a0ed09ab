"""Taking backups: online (while the server runs), verified, recorded, pruned, notified.

One backup, SQLite (``store.sqlite_backup`` does the copying):

1. the folder is prepared (created, a test file written, free space for the database);
2. the snapshot is pinned (a read transaction; quick, on the caller's thread: in the app
   that is the event loop, so the backup holds exactly what was committed at that point);
3. in a worker thread: copied in steps into a hidden ``.partial`` file, ``integrity_check``
   and row counts on the copy, row counts of the snapshot (they must be equal), SHA-256;
4. renamed to its final name, manifest written beside it; the attempt is recorded in
   ``backup_record`` (failures too) and a failure raises a notification.

PostgreSQL: ``pg_dump`` of an exported snapshot (``services.backup.postgres``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import threading
import time
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import peewee as pw

from csms_desktop import __version__
from csms_desktop.domain.enums import NotificationType
from csms_desktop.domain.messages import message_of
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.backup import postgres as pg_backup
from csms_desktop.services.backup.files import (
    BackupError,
    BackupFile,
    free_name,
    human_bytes,
    list_files,
    prepare_folder,
    prune,
    write_manifest,
)
from csms_desktop.services.backup.settings import folder_for, load_backup_settings
from csms_desktop.services.validation import QT_TR_NOOP, Message
from csms_desktop.store import sqlite_backup as sb
from csms_desktop.store.backup_models import BackupRecord
from csms_desktop.store.db import sqlite_path_from_url

log = logging.getLogger(__name__)

SPACE_MARGIN = 64 * 1024 * 1024  # bytes of free space wanted beyond the database's size


@dataclass(frozen=True)
class Progress:
    phase: str  # "copying", "verifying", "done"
    done: int = 0  # pages copied (copying)
    total: int = 0

    @property
    def fraction(self) -> float:
        if self.phase == "done":
            return 1.0
        if self.phase == "verifying" or not self.total:
            return 0.9 if self.phase == "verifying" else 0.0
        return 0.9 * self.done / self.total  # copying is most of the time; checks the rest


@dataclass(frozen=True)
class BackupResult:
    ok: bool
    kind: str
    engine: str
    created_at: datetime
    path: Path | None = None
    size_bytes: int | None = None
    sha256: str | None = None
    integrity: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    duration_s: float = 0.0
    message: str = ""

    def line(self) -> str:
        if not self.ok:
            return f"backup failed: {self.message}"
        rows = sum(self.row_counts.values())
        what = "pg_dump of PostgreSQL" if self.engine == "postgresql" else "backup"
        return (f"{what} ok: {self.path} ({human_bytes(self.size_bytes or 0)}, {rows:,} rows "
                f"in {len(self.row_counts)} tables, integrity {self.integrity}, "
                f"{self.duration_s:.1f} s)")


Report = Callable[[Progress], None]


def stem_of(db_url: str) -> str:
    path = sqlite_path_from_url(db_url)
    if path is not None:
        return path.stem
    return str(pg_backup.connection_args(db_url)[2]["dbname"])


class SqliteJob:
    """One SQLite backup; :meth:`pin` on the caller's thread, :meth:`run` on any thread."""

    def __init__(self, db_path: Path, folder: Path, kind: str,
                 pages_per_step: int = sb.PAGES_PER_STEP) -> None:
        self.db_path = db_path
        self.folder = folder
        self.kind = kind
        self.snapshot = sb.SnapshotCopy(db_path, pages_per_step)
        self.created_at = utcnow()
        self.started = time.monotonic()

    def pin(self) -> None:
        """Fix the instant the backup holds (raises BackupError)."""
        try:
            self.snapshot.open()
        except sb.BackupFileError as exc:
            raise BackupError(str(exc)) from exc
        self.created_at = utcnow()

    def run(self, report: Report | None = None) -> BackupResult:
        try:
            return self._run(report)
        finally:
            self.snapshot.close()

    def _run(self, report: Report | None) -> BackupResult:
        prepare_folder(self.folder, self.snapshot.total_bytes + SPACE_MARGIN)
        final = free_name(self.folder, self.db_path.stem, self.created_at, self.kind, "db")
        partial = final.with_name(f".{final.name}.partial")
        partial.unlink(missing_ok=True)  # left by a crash
        try:
            def copied(done: int, total: int) -> None:
                if report is not None:
                    report(Progress("copying", done, total))

            try:
                self.snapshot.copy(partial, copied)
            except Exception as exc:  # sqlite3.Error, OSError (disk full, share gone)
                raise BackupError(Message(QT_TR_NOOP("writing {folder} failed: {error}"),
                                          folder=str(partial.parent), error=str(exc))) from exc
            if report is not None:
                report(Progress("verifying"))
            check = sb.verify(partial)
            try:
                expected = self.snapshot.source_counts()
            except sqlite3.Error as exc:  # a damaged database copies, but cannot be read
                raise BackupError(Message(QT_TR_NOOP("the database cannot be read: {error}"),
                                          error=str(exc))) from exc
            problem = _compare(check, expected)
            if problem:
                raise BackupError(f"the copy failed its check: {problem}")
            sb.fsync_file(partial)
            digest = sb.sha256_file(partial)
            os.replace(partial, final)
            sb.fsync_dir(self.folder)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        result = BackupResult(
            True, self.kind, "sqlite", self.created_at, final, final.stat().st_size, digest,
            check.integrity, check.row_counts, check.schema_version,
            round(time.monotonic() - self.started, 3))
        write_manifest(final, manifest(result, str(self.db_path)))
        if report is not None:
            report(Progress("done"))
        return result


def _compare(check: sb.Verification, expected: dict[str, int]) -> str:
    if not check.ok:
        return f"integrity_check: {check.integrity}"
    for table, rows in expected.items():
        got = check.row_counts.get(table)
        if got != rows:
            return f"table {table}: {rows} rows in the database, {got} in the copy"
    return ""


def manifest(result: BackupResult, source: str) -> dict[str, Any]:
    return {
        "app_version": __version__, "engine": result.engine, "kind": result.kind,
        "source": pg_backup.redact(source), "created_at": result.created_at.isoformat(),
        "schema_version": result.schema_version, "size_bytes": result.size_bytes,
        "sha256": result.sha256, "integrity": result.integrity,
        "row_counts": result.row_counts, "duration_s": result.duration_s,
    }


def postgres_backup(db_url: str, folder: Path, kind: str) -> BackupResult:
    """A pg_dump backup (blocking: a worker thread)."""
    started = time.monotonic()
    prepare_folder(folder)
    created = utcnow()
    final = free_name(folder, stem_of(db_url), created, kind, "dump")
    partial = final.with_name(f".{final.name}.partial")
    try:
        sb.create_private(partial)  # pg_dump writes into it, keeping the mode
        counts, version = pg_backup.dump(db_url, partial)
        integrity = pg_backup.verify_dump(partial, list(counts))
        if integrity != "ok":
            raise BackupError(f"the dump failed its check: {integrity}")
        sb.fsync_file(partial)
        digest = sb.sha256_file(partial)
        os.replace(partial, final)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    result = BackupResult(True, kind, "postgresql", created, final, final.stat().st_size,
                          digest, integrity, counts, version,
                          round(time.monotonic() - started, 3))
    write_manifest(final, manifest(result, db_url))
    return result


def failed(kind: str, engine: str, message: str, started: float) -> BackupResult:
    return BackupResult(False, kind, engine, utcnow(), message=message,
                        duration_s=round(time.monotonic() - started, 3))


def backup_blocking(db_url: str, folder: Path, kind: str, report: Report | None = None,
                    pages_per_step: int = sb.PAGES_PER_STEP) -> BackupResult:
    """One backup, start to end, on this thread (start-up, command line); never raises."""
    started = time.monotonic()
    engine = "postgresql" if pg_backup.is_postgres(db_url) else "sqlite"
    try:
        if engine == "postgresql":
            return postgres_backup(db_url, folder, kind)
        path = sqlite_path_from_url(db_url)
        if path is None:
            raise BackupError(f"{db_url} is not a database file that can be backed up")
        job = SqliteJob(path, folder, kind, pages_per_step)
        job.pin()
        return job.run(report)
    except BackupError as exc:
        return failed(kind, engine, message_of(exc), started)


def record(result: BackupResult) -> None:
    """Remember the attempt in ``backup_record`` (skipped on a schema without it)."""
    try:
        BackupRecord.create(
            created_at=result.created_at, kind=result.kind, engine=result.engine,
            status="OK" if result.ok else "FAILED", path=str(result.path or ""),
            size_bytes=result.size_bytes, sha256=result.sha256, integrity=result.integrity,
            row_counts=result.row_counts or None, schema_version=result.schema_version,
            duration_s=result.duration_s, message=result.message)
    except pw.DatabaseError:
        log.warning("backup not recorded (no table backup_record yet): %s", result.line())


def mark_pruned(paths: list[Path]) -> None:
    if paths:
        BackupRecord.update(pruned_at=utcnow()).where(
            BackupRecord.path.in_([str(p) for p in paths])).execute()


class BackupService:
    """Backups of the running site: one at a time, recorded, failures notified."""

    def __init__(self, services: Any, db_url: str) -> None:
        self.services = services  # services.context.Services
        self.db_url = db_url
        self.engine = "postgresql" if pg_backup.is_postgres(db_url) else "sqlite"
        self.stem = stem_of(db_url)
        self._busy = threading.Lock()
        self.last_result: BackupResult | None = None
        self.pages_per_step = sb.PAGES_PER_STEP

    @property
    def running(self) -> bool:
        return self._busy.locked()

    def settings_folder(self) -> Path:
        return folder_for(load_backup_settings(), self.db_url)

    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.services.settings.time_zone)

    async def backup(self, kind: str = "manual", to: Path | None = None,
                     report: Report | None = None,
                     on_pinned: Callable[[], None] | None = None,
                     notify: bool = True) -> BackupResult:
        """Back up now. ``to``: another folder (no retention there). ``report`` is called
        on the loop's thread; ``on_pinned`` right after the snapshot is fixed. A failure is
        notified unless ``notify`` is False (the scheduler paces its own notices)."""
        started = time.monotonic()
        if not self._busy.acquire(blocking=False):
            return failed(kind, self.engine, QT_TR_NOOP("another backup is running"), started)
        try:
            folder = to if to is not None else self.settings_folder()
            result = await self._take(folder, kind, report, on_pinned, started)
            self._after(result, pruning=to is None and result.ok, folder=folder)
            if not result.ok and notify:
                self.notify_failure(result)
            return result
        finally:
            self._busy.release()

    async def _take(self, folder: Path, kind: str, report: Report | None,
                    on_pinned: Callable[[], None] | None, started: float) -> BackupResult:
        loop = asyncio.get_running_loop()
        relay: Report | None = None
        if report is not None:
            def relay(p: Progress) -> None:
                loop.call_soon_threadsafe(report, p)
        writer = getattr(self.services, "writer", None)
        if writer is not None:
            await writer.durable()  # what the chargers were told is in the backup
        try:
            if self.engine == "postgresql":
                return await loop.run_in_executor(None, postgres_backup, self.db_url,
                                                  folder, kind)
            path = sqlite_path_from_url(self.db_url)
            if path is None:
                raise BackupError(f"{self.db_url} is not a file that can be backed up")
            job = SqliteJob(path, folder, kind, self.pages_per_step)
            job.pin()  # on the loop: no other write of this process runs meanwhile
            try:
                if on_pinned is not None:
                    on_pinned()
            except BaseException:
                job.snapshot.close()  # never leave the read transaction open
                raise
            return await loop.run_in_executor(None, job.run, relay)
        except BackupError as exc:
            return failed(kind, self.engine, message_of(exc), started)
        except Exception as exc:  # a bug or an odd OS error: still a clear failure
            log.exception("backup failed")
            return failed(kind, self.engine, f"{type(exc).__name__}: {exc}", started)

    def _after(self, result: BackupResult, pruning: bool, folder: Path) -> None:
        self.last_result = result
        if result.ok:
            log.info("%s", result.line())
        else:
            log.error("%s", result.line())
        record(result)
        if pruning:
            settings = load_backup_settings()
            removed = prune(folder, self.stem, settings.retention, self.tz())
            mark_pruned(removed)
            if removed:
                log.info("retention: removed %d old backup(s) from %s", len(removed), folder)

    def notify_failure(self, result: BackupResult) -> None:
        what = {"daily": "The daily backup", "manual": "The backup"}.get(
            result.kind, f"The {result.kind} backup")
        self.services.notifier.notify(
            NotificationType.SYSTEM_MAINTENANCE, "Backup failed",
            f"{what} of the database could not be made: {result.message}. "
            "Check the backup folder in Settings → Backups, then back up now.")

    def newest(self) -> BackupFile | None:
        """The newest backup file of this database in the configured folder."""
        files = list_files(self.settings_folder(), self.stem)
        return files[0] if files else None

    def notify_missing(self, age: timedelta | None) -> None:
        folder = self.settings_folder()
        text = ("There is no backup of the database" if age is None else
                f"The newest backup of the database is {age.total_seconds() / 3600:.0f} "
                "hours old")
        log.error("backup missing: %s in %s", text.lower(), folder)
        self.services.notifier.notify(
            NotificationType.SYSTEM_MAINTENANCE, "Backup missing",
            f"{text} in {folder}. Check the backup folder and the daily schedule in "
            "Settings → Backups, then back up now.")


def recent_records(limit: int = 50) -> list[BackupRecord]:
    return list(BackupRecord.select().order_by(BackupRecord.created_at.desc()).limit(limit))
