"""Restore: the backup is checked first; the current database is kept; odd cases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from backup_helpers import dump_file

from csms_desktop.services.backup.files import BackupError, list_files, manifest_path
from csms_desktop.services.backup.restore import check_backup, restore
from csms_desktop.services.backup.taking import BackupResult, backup_blocking
from csms_desktop.store.db import close_database
from csms_desktop.store.models import ChargePoint

pytestmark = pytest.mark.sqlite_only(
    "restores a SQLite backup file over a SQLite file; a PostgreSQL dump's restore is "
    "tests/integration/test_backup_postgres.py")


def _backup(db_path: Path, folder: Path) -> BackupResult:
    result = backup_blocking(f"sqlite:///{db_path}", folder, "manual")
    assert result.ok, result.message
    assert result.path is not None
    return result


def _edit(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


def test_checks_refuse_what_cannot_be_restored(db, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ChargePoint.create(id="CP1", name="one")
    good = _backup(db_path, tmp_path / "b").path
    assert good is not None
    assert good.stat().st_mode & 0o777 == 0o600  # password hashes, personal data
    ok = check_backup(good)
    assert ok.ok and ok.schema_version is not None and ok.row_counts["charge_point"] == 1
    assert "SHA-256 and row counts match its manifest" in ok.summary()

    text = tmp_path / "notes.db"
    text.write_text("hello")
    assert check_backup(text).problems == (f"{text} is not an SQLite database",)
    assert "does not exist" in check_backup(tmp_path / "nope.db").problems[0]

    changed = tmp_path / "changed.db"
    changed.write_bytes(good.read_bytes())
    manifest_path(changed).write_bytes(manifest_path(good).read_bytes())
    _edit(changed, "UPDATE charge_point SET name = 'renamed'")
    assert "changed since the backup was made" in check_backup(changed).problems[0]

    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    _edit(newer, "INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")
    assert "made by a newer version of CSMS Desktop (schema 999" in \
        check_backup(newer).problems[0]

    other = tmp_path / "other.db"
    _edit(other, "CREATE TABLE t (x)")
    assert check_backup(other).problems[0].startswith("not a CSMS Desktop database")

    broken = tmp_path / "broken.db"
    data = bytearray(good.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scribble over every page but the first
        data[p * page + 100: p * page + 400] = b"\xff" * 300
    broken.write_bytes(bytes(data))
    problem = check_backup(broken).problems[0]
    assert "integrity_check" in problem or "unreadable" in problem, problem

    for bad in (text, changed, newer, other, broken):
        with pytest.raises(BackupError, match="cannot be restored"):
            restore(f"sqlite:///{tmp_path / 'target.db'}", bad)
    assert not (tmp_path / "target.db").exists()  # nothing written for a bad backup
    with pytest.raises(BackupError, match="that file is the database itself"):
        restore(f"sqlite:///{good}", good)
    with pytest.raises(BackupError, match="pg_restore --clean"):
        restore("postgresql://u@h/db", good)


def test_restore_onto_a_new_machine_and_over_a_damaged_database(db, db_path: Path,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    ChargePoint.create(id="CP1", name="one")
    backup = _backup(db_path, tmp_path / "b").path
    assert backup is not None
    close_database()
    fresh = tmp_path / "new-pc" / "csms.db"
    done = restore(f"sqlite:///{fresh}", backup)
    assert done.safety_copy is None and dump_file(fresh) == dump_file(backup)
    with sqlite3.connect(fresh) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    damaged = tmp_path / "damaged" / "csms.db"
    damaged.parent.mkdir()
    data = bytearray(backup.read_bytes())
    data[4096 * 2:4096 * 6] = b"\xee" * (4096 * 4)
    damaged.write_bytes(bytes(data))
    steps: list[str] = []
    done = restore(f"sqlite:///{damaged}", backup, step=steps.append)
    assert dump_file(damaged) == dump_file(backup)
    assert any("cannot be copied cleanly" in s for s in steps), steps
    kept = done.safety_copy
    assert kept is not None and kept.read_bytes() == bytes(data)  # the files as they were
    assert [f.kind for f in list_files(damaged.parent / "backups", "csms")] == ["pre-restore"]
