"""A backup is made (and checked) before a schema migration changes an existing database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from backup_helpers import dump_file, make_previous_release, schema_of

from csms_desktop.headless import StartupError, open_store
from csms_desktop.services.backup.files import list_files
from csms_desktop.store.backup_models import BackupRecord
from csms_desktop.store.db import close_database
from csms_desktop.store.migrations import LATEST_VERSION

pytestmark = pytest.mark.sqlite_only(
    "the SQLite file copied before a migration; PostgreSQL's pg_dump before one: "
    "test_backup_postgres.py")

def test_migration_backs_up_first_and_records_it(tmp_path: Path) -> None:
    db = tmp_path / "site.db"
    make_previous_release(db)
    before = dump_file(db)
    old = schema_of(db)
    assert old < LATEST_VERSION
    try:
        open_store(f"sqlite:///{db}")
        records = [(r.kind, r.status, r.schema_version) for r in BackupRecord.select()]
    finally:
        close_database()
    assert schema_of(db) == LATEST_VERSION
    files = list_files(tmp_path / "backups", "site")
    assert [f.kind for f in files] == ["pre-migration"] and files[0].verified
    assert dump_file(files[0].path) == before  # the database exactly as it was
    assert files[0].manifest is not None and files[0].manifest["schema_version"] == old
    assert records == [("pre-migration", "OK", old)]

    try:  # an up-to-date database is not backed up again at the next start
        open_store(f"sqlite:///{db}")
    finally:
        close_database()
    assert len(list_files(tmp_path / "backups", "site")) == 1


def test_configured_folder_unusable_falls_back_beside_the_database(tmp_path: Path) -> None:
    db = tmp_path / "site.db"
    make_previous_release(db)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
                ("backup_folder", json.dumps(str(blocker / "b")), "2024-01-01 00:00:00"))
    con.commit()
    con.close()
    try:
        open_store(f"sqlite:///{db}")
        records = [(r.status, r.message) for r in BackupRecord.select()
                   .order_by(BackupRecord.status)]
    finally:
        close_database()
    assert [f.kind for f in list_files(tmp_path / "backups", "site")] == ["pre-migration"]
    assert records[0][0] == "FAILED" and "Not a directory" in records[0][1]
    assert records[1][0] == "OK"


def test_no_backup_possible_means_no_migration(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "site.db"
    make_previous_release(db)
    old = schema_of(db)
    (tmp_path / "backups").write_text("a file where the default backup folder would be")
    with pytest.raises(StartupError, match=rf"no backup could be made before migrating the "
                       rf"database from schema {old} to {LATEST_VERSION} .*it is a file, not a "
                       r"folder.*nothing was changed"):
        open_store(f"sqlite:///{db}")
    close_database()
    assert schema_of(db) == old

    monkeypatch.setenv("CSMS_SKIP_PRE_MIGRATION_BACKUP", "1")
    try:
        open_store(f"sqlite:///{db}")
    finally:
        close_database()
    assert schema_of(db) == LATEST_VERSION
