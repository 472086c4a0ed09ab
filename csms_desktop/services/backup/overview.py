"""What the Backups panel shows: the folder's backups and the recent attempts (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csms_desktop.services.backup.files import BackupFile, list_files
from csms_desktop.services.backup.settings import BackupSettings, load_backup_settings
from csms_desktop.services.backup.taking import BackupService, recent_records


@dataclass(frozen=True)
class Attempt:
    created_at: datetime
    kind: str
    ok: bool
    size_bytes: int | None
    rows: int | None
    path: str
    message: str
    file_state: str  # "present", "missing", "removed by retention", "" (failed: no file)


@dataclass(frozen=True)
class Overview:
    folder: Path
    default_folder: bool
    settings: BackupSettings
    newest: BackupFile | None
    count: int
    total_bytes: int
    attempts: tuple[Attempt, ...]


def overview(service: BackupService, limit: int = 30) -> Overview:
    """Read in a worker thread: lists the folder and table ``backup_record``."""
    settings = load_backup_settings()
    folder = service.settings_folder()
    files = list_files(folder, service.stem)
    attempts = []
    for r in recent_records(limit):
        state = ""
        if r.status == "OK":
            state = ("removed by retention" if r.pruned_at is not None else
                     "present" if Path(r.path).is_file() else "missing")
        counts = r.row_counts if isinstance(r.row_counts, dict) else None
        attempts.append(Attempt(r.created_at, r.kind, r.status == "OK", r.size_bytes,
                                sum(counts.values()) if counts else None, r.path, r.message,
                                state))
    return Overview(folder, not settings.folder.strip(), settings,
                    files[0] if files else None, len(files),
                    sum(f.size_bytes for f in files), tuple(attempts))

