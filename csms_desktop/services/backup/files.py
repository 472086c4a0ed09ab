"""Backup files in a folder: names, JSON manifests, listing and the retention policy.

A backup is ``<db>-<YYYYmmdd-HHMMSS>Z-<kind>.db`` (``.dump`` for PostgreSQL, pg_dump's
custom format) with ``<file>.json`` beside it: what was verified when it was made (schema
version, row counts, integrity_check, SHA-256). Only files with this name pattern and the
database's own prefix are ever listed or deleted: a shared folder keeps everything else.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from csms_desktop.domain.retention import Retention, to_keep
from csms_desktop.services.validation import QT_TR_NOOP, Message

AUTOMATIC = ("daily", "manual")  # kinds the daily/weekly/monthly policy applies to
SPECIAL = ("pre-migration", "pre-restore")  # kept by count instead
KINDS = AUTOMATIC + SPECIAL
KEEP_SPECIAL = 3  # newest pre-migration and pre-restore copies kept
EXTENSIONS = ("db", "dump")
_STAMP = "%Y%m%d-%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6}Z)-(?P<kind>" + "|".join(KINDS)
                   + r")(?:-(?P<n>\d+))?\.(?P<ext>" + "|".join(EXTENSIONS) + r")$")
MANIFEST_FORMAT = 1


class BackupError(Exception):
    """A backup cannot be made or used; the message is one line for a person."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: datetime  # aware UTC, from the name (the snapshot's instant, to the second)
    kind: str
    size_bytes: int
    manifest: dict[str, Any] | None

    @property
    def verified(self) -> bool:
        return bool(self.manifest and self.manifest.get("integrity") == "ok")

    @property
    def rows(self) -> int | None:
        counts = (self.manifest or {}).get("row_counts")
        return sum(int(v) for v in counts.values()) if isinstance(counts, dict) else None


def backup_name(stem: str, when: datetime, kind: str, ext: str, n: int = 1) -> str:
    suffix = f"-{n}" if n > 1 else ""
    return f"{stem}-{when.astimezone(UTC).strftime(_STAMP)}-{kind}{suffix}.{ext}"


def parse_name(name: str) -> tuple[str, datetime, str] | None:
    """(stem, instant, kind) of a backup file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    when = datetime.strptime(match["ts"], _STAMP).replace(tzinfo=UTC)
    return match["stem"], when, match["kind"]


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def free_name(folder: Path, stem: str, when: datetime, kind: str, ext: str) -> Path:
    n = 1
    while True:
        path = folder / backup_name(stem, when, kind, ext, n)
        if not path.exists():
            return path
        n += 1


def prepare_folder(folder: Path, need_bytes: int = 0) -> None:
    """Create ``folder`` if needed and prove a file can be written there, with room for
    ``need_bytes`` more; BackupError with the reason otherwise."""
    if folder.exists() and not folder.is_dir():
        raise BackupError(Message(QT_TR_NOOP("the backup folder {folder} cannot be used: it "
                                             "is a file, not a folder"), folder=str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise BackupError(Message(QT_TR_NOOP("the backup folder {folder} cannot be used: "
                                             "{reason}"), folder=str(folder), reason=why)
                          ) from exc
    if need_bytes:
        free = shutil.disk_usage(folder).free
        if free < need_bytes:
            raise BackupError(Message(QT_TR_NOOP(
                "not enough free space in {folder}: the backup needs about {needed}, {free} "
                "free"), folder=str(folder), needed=human_bytes(need_bytes),
                free=human_bytes(free)))


def write_manifest(path: Path, data: dict[str, Any]) -> None:
    target = manifest_path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(json.dumps({"format": MANIFEST_FORMAT, **data}, indent=2, sort_keys=True),
                   encoding="utf-8")
    os.replace(tmp, target)


def read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def list_files(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """The backups in ``folder`` (of database ``stem`` when given), newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        path = Path(entry.path)
        found.append(BackupFile(path, parsed[1], parsed[2], size, read_manifest(path)))
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def remove_backup(path: Path) -> None:
    for p in (path, manifest_path(path)):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def prune(folder: Path, stem: str, policy: Retention, tz: tzinfo,
          now: datetime | None = None) -> list[Path]:
    """Delete the backups of ``stem`` in ``folder`` the policy does not keep; returns them."""
    files = list_files(folder, stem)
    regular = [(b.path, b.created_at) for b in files if b.kind in AUTOMATIC]
    keep = to_keep(regular, policy, tz, now or datetime.now(UTC))
    for kind in SPECIAL:
        keep |= {b.path for b in [f for f in files if f.kind == kind][:KEEP_SPECIAL]}
    removed: list[Path] = []
    for b in files:
        if b.path not in keep:
            try:
                remove_backup(b.path)
            except OSError:
                continue
            removed.append(b.path)
    return removed


def human_bytes(n: float) -> str:
    unit = "B"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            break
        n /= 1000
    return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
