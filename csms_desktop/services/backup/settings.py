"""Backup settings: folder, daily schedule and retention, in table ``setting`` (``backup_*``).

Kept apart from ``SiteSettings`` (their own keys, their own validation), read fresh where
they are used, so the Settings page, the scheduler and ``main.py db`` agree.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from csms_desktop.domain.retention import Retention
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.paths import data_dir
from csms_desktop.services.validation import QT_TR_NOOP
from csms_desktop.store.db import sqlite_path_from_url
from csms_desktop.store.models import Setting

PREFIX = "backup_"


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # empty: the default, backups/ beside the database
    daily: bool = True
    hour: int = 3  # local time (site time zone) of the daily backup
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12

    @property
    def retention(self) -> Retention:
        return Retention(self.keep_daily, self.keep_weekly, self.keep_monthly)

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not 0 <= self.hour <= 23:
            errors["hour"] = QT_TR_NOOP("an hour from 0 to 23")
        folder = self.folder.strip()
        if folder and not os.path.isabs(os.path.expanduser(folder)):
            errors["folder"] = QT_TR_NOOP("a full path, e.g. /mnt/backup/csms or D:\\Backups")
        for key, message in self.retention.problems().items():
            errors[f"keep_{key}"] = message
        return errors


def default_folder(db_url: str) -> Path:
    """``backups/`` beside the SQLite file (the data directory for the default database);
    the data directory's ``backups/`` for PostgreSQL."""
    path = sqlite_path_from_url(db_url)
    base = path.resolve().parent if path is not None else data_dir()
    return base / "backups"


def folder_for(settings: BackupSettings, db_url: str) -> Path:
    folder = settings.folder.strip()
    return Path(os.path.expanduser(folder)) if folder else default_folder(db_url)


def load_backup_settings() -> BackupSettings:
    """The stored settings; defaults for anything missing (or an old schema without them)."""
    names = {f.name: f.type for f in dataclasses.fields(BackupSettings)}
    values: dict[str, Any] = {}
    try:
        rows = list(Setting.select().where(Setting.key.startswith(PREFIX)))
    except pw.DatabaseError:  # a database from before table "setting" (pre-migration)
        return BackupSettings()
    for row in rows:
        name = row.key[len(PREFIX):]
        if name in names and row.value is not None:
            values[name] = row.value
    try:
        loaded = BackupSettings(**values)
    except TypeError:
        return BackupSettings()
    return loaded if not loaded.validate() else BackupSettings()


def save_backup_settings(settings: BackupSettings) -> None:
    errors = settings.validate()
    if errors:
        raise ValueError("; ".join(f"{k}: {v}" for k, v in errors.items()))
    now = utcnow()
    with Setting._meta.database.atomic():
        for name, value in dataclasses.asdict(settings).items():
            key = PREFIX + name
            Setting.insert(key=key, value=value, updated_at=now).on_conflict(
                conflict_target=[Setting.key],
                update={Setting.value: value, Setting.updated_at: now},
            ).execute()
