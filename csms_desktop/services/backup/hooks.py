"""Backups at start-up: before a schema migration, and the service of a running site.

``before_migration`` is given to ``migrate_database`` by ``headless.open_store``: an
existing database is copied (and verified) before any migration changes it. If that copy
cannot be made in the configured folder nor in ``backups/`` beside the database, the
start stops with the reason; ``CSMS_SKIP_PRE_MIGRATION_BACKUP=1`` migrates without one.
The attempt is recorded once the migration has created ``backup_record``.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import peewee as pw

from csms_desktop.services.backup.files import BackupError
from csms_desktop.services.backup.settings import default_folder, folder_for, load_backup_settings
from csms_desktop.services.backup.taking import BackupResult, BackupService, backup_blocking, record

log = logging.getLogger(__name__)

SKIP_ENV = "CSMS_SKIP_PRE_MIGRATION_BACKUP"
_deferred: list[BackupResult] = []


def url_of(db: pw.Database) -> str:
    """The URL of an open Peewee database (for SQLite, its resolved file)."""
    if isinstance(db, pw.SqliteDatabase):
        return f"sqlite:///{Path(db.database).resolve()}"
    params = db.connect_params
    user = params.get("user", "")
    password = params.get("password", "")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = params.get("host", "")
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{auth}{host}{port}/{db.database}"


def before_migration(db: pw.Database, from_version: int, to_version: int) -> None:
    """Back up ``db`` before it is migrated from ``from_version`` to ``to_version``."""
    if os.environ.get(SKIP_ENV) == "1":
        log.warning("%s=1: migrating schema %d -> %d without a backup", SKIP_ENV,
                    from_version, to_version)
        return
    url = url_of(db)
    folders = [folder_for(load_backup_settings(), url)]
    if default_folder(url) not in folders:
        folders.append(default_folder(url))
    reasons: list[str] = []
    for folder in folders:
        result = backup_blocking(url, folder, "pre-migration")
        if result.ok:
            log.info("before migrating schema %d -> %d: %s", from_version, to_version,
                     result.line())
            _deferred.append(result)
            return
        reasons.append(result.message)
        _deferred.append(result)
    raise BackupError(f"no backup could be made before migrating the database from schema "
                      f"{from_version} to {to_version} ({'; '.join(reasons)}); nothing was "
                      f"changed. Fix the folder, or set {SKIP_ENV}=1 to migrate without a "
                      "backup")


def record_deferred() -> None:
    """Record the pre-migration attempts (the table exists once the migration ran)."""
    while _deferred:
        record(_deferred.pop(0))


def install(services: Any, db_url: str) -> BackupService:
    """The site's backup service, in ``services.extras["backups"]``."""
    service = BackupService(services, db_url)
    services.extras["backups"] = service
    return service


def service_for(services: Any) -> BackupService:
    """The running site's backup service, or one for the database that is open."""
    existing = services.extras.get("backups")
    if isinstance(existing, BackupService):
        return existing
    from csms_desktop.store.db import database_proxy

    return install(services, url_of(database_proxy.obj))


def hold_database(db_url: str, mode: str) -> Any:
    """Mark the SQLite database as served by this process until the lock is released
    (``store.server_lock``); None for PostgreSQL. Raises DatabaseInUse during a restore."""
    from csms_desktop.store.db import sqlite_path_from_url
    from csms_desktop.store.server_lock import acquire_server_lock

    path = sqlite_path_from_url(db_url)
    if path is None:
        return None
    try:
        return acquire_server_lock(path.resolve(), mode)
    except OSError as exc:  # the folder is not writable: opening the database says why
        log.warning("no server lock beside %s: %s", path, exc.strerror or exc)
        return None
