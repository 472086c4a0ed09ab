"""Backup files: names, listing, retention on a real folder, folder checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from csms_desktop.domain.retention import Retention
from csms_desktop.services.backup.files import (
    BackupError,
    backup_name,
    free_name,
    list_files,
    parse_name,
    prepare_folder,
    prune,
    write_manifest,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _make(folder: Path, stem: str, when: datetime, kind: str) -> Path:
    path = free_name(folder, stem, when, kind, "db")
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    write_manifest(path, {"integrity": "ok", "row_counts": {"a": 2, "b": 3}})
    return path


def test_names_round_trip() -> None:
    when = datetime(2026, 3, 1, 3, 0, 5, tzinfo=UTC)
    name = backup_name("csms", when, "pre-migration", "db")
    assert name == "csms-20260301-030005Z-pre-migration.db"
    assert parse_name(name) == ("csms", when, "pre-migration")
    assert parse_name("my-site-20260301-030005Z-daily-2.dump") == ("my-site", when, "daily")
    for other in ("csms.db", "csms-20260301-030005Z-weird.db", "notes.txt",
                  "csms-20260301-030005Z-daily.db.json"):
        assert parse_name(other) is None


def test_listing_is_newest_first_and_only_our_files(tmp_path: Path) -> None:
    a = _make(tmp_path, "csms", NOW - timedelta(days=1), "daily")
    b = _make(tmp_path, "csms", NOW, "manual")
    _make(tmp_path, "demo", NOW, "manual")
    (tmp_path / "holiday.jpg").write_bytes(b"x")
    again = free_name(tmp_path, "csms", NOW, "manual", "db")
    assert again.name.endswith("-manual-2.db")
    files = list_files(tmp_path, "csms")
    assert [f.path for f in files] == [b, a]
    assert files[0].verified and files[0].rows == 5 and files[0].size_bytes == 116
    assert len(list_files(tmp_path)) == 3
    assert list_files(tmp_path / "missing") == []


def test_prune_applies_the_policy_and_keeps_everything_else(tmp_path: Path) -> None:
    daily = [_make(tmp_path, "csms", NOW - timedelta(days=d), "daily") for d in range(1, 11)]
    special = [_make(tmp_path, "csms", NOW - timedelta(days=d), "pre-migration")
               for d in range(20, 25)]
    other_db = _make(tmp_path, "demo", NOW - timedelta(days=300), "daily")
    foreign = tmp_path / "csms-notes.txt"
    foreign.write_text("mine")
    removed = prune(tmp_path, "csms", Retention(3, 0, 0), UTC, NOW)
    left = {f.path for f in list_files(tmp_path)}
    assert set(daily[:3]) <= left and not set(daily[3:]) & left
    assert set(special[:3]) <= left and not set(special[3:]) & left  # newest 3 per kind
    assert other_db in left and foreign.exists()
    assert sorted(removed) == sorted(daily[3:] + special[3:])
    assert not any(Path(f"{p}.json").exists() for p in removed)  # manifests go too


def test_folder_checks(tmp_path: Path) -> None:
    prepare_folder(tmp_path / "new" / "deep")  # created
    assert (tmp_path / "new" / "deep").is_dir()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="cannot be used: it is a file, not a folder"):
        prepare_folder(blocker)
    with pytest.raises(BackupError, match="cannot be used: Not a directory"):
        prepare_folder(blocker / "sub")
    with pytest.raises(BackupError, match=r"not enough free space in .*: the backup needs "
                                          r"about [\d,.]+ TB"):
        prepare_folder(tmp_path, need_bytes=10**18)
    assert list(tmp_path.glob(".write-test-*")) == []
