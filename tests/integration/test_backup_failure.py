"""Acceptance: a backup folder that cannot be used gives a notification and one clear
line, and the server keeps serving. Tests run as root in CI (chmod stops nobody), so the
folder is made unusable by putting it under a regular file."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from backup_helpers import serve_args
from chargers16 import connect16

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.headless import build_runtime, start_server
from csms_desktop.services.backup.schedule import BackupScheduler
from csms_desktop.services.backup.settings import BackupSettings, save_backup_settings
from csms_desktop.store.backup_models import BackupRecord
from csms_desktop.store.db import close_database
from csms_desktop.store.models import Notification, Transaction

pytestmark = pytest.mark.sqlite_only(
    "a SQLite backup into an unusable folder")

ROOT = Path(__file__).resolve().parents[2]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno >= logging.ERROR and r.name.startswith("csms_desktop")]


@pytest.mark.timeout(60)
async def test_unusable_folder_notifies_once_and_the_server_keeps_serving(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the backup folder's parent should be")
    folder = blocker / "backups"
    url = f"sqlite:///{tmp_path / 'site.db'}"
    args = serve_args(url)
    rt = build_runtime(args)
    rt.services.apply_settings(free_charging=True)
    save_backup_settings(BackupSettings(folder=str(folder), hour=3))
    await start_server(rt, args)
    scheduler = BackupScheduler(rt.services.extras["backups"], catch_up_delay=0)
    try:
        caplog.clear()
        with caplog.at_level(logging.INFO):
            await scheduler.step(utcnow() + timedelta(minutes=1))  # the daily backup is due
        errors = _errors(caplog)
        assert errors == [f"backup failed: the backup folder {folder} cannot be used: "
                          "Not a directory"], errors
        notes = list(Notification.select().where(Notification.title == "Backup failed"))
        assert len(notes) == 1 and notes[0].type == "SYSTEM_MAINTENANCE"
        assert str(folder) in notes[0].message and "Settings → Backups" in notes[0].message
        record = BackupRecord.get()
        assert (record.status, record.kind) == ("FAILED", "daily")
        assert "Not a directory" in record.message

        # The next minutes' looks neither retry at once nor notify again.
        caplog.clear()
        await scheduler.step(utcnow() + timedelta(minutes=2))
        assert _errors(caplog) == []
        assert Notification.select().where(Notification.title == "Backup failed").count() == 1

        # The server goes on serving: a charger boots, charges and stops.
        async with connect16(f"ws://127.0.0.1:{rt.server.port}/ocpp", "AFTER1") as cp:
            assert (await cp.boot()).status == "Accepted"
            await cp.status(1, "Available")
            started = await cp.start_tx(1, "TAG1", 1000)
            assert started.id_tag_info["status"] == "Accepted"
            await cp.stop_tx(started.transaction_id, 5000)
        tx = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
        assert tx.status == "COMPLETED"
    finally:
        await rt.server.stop()
        close_database()


def test_command_line_backup_to_an_unusable_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = subprocess.run(
        [sys.executable, "main.py", "db", "backup", "--db", f"sqlite:///{tmp_path / 's.db'}",
         "--to", str(blocker / "backups")],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.splitlines() == [
        f"csms-desktop db: error: the backup folder {blocker / 'backups'} cannot be used: "
        "Not a directory"], proc.stderr
