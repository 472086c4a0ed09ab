"""The daily schedule: at the set hour, caught up after a night switched off, retried,
and a "backup missing" notice when the folder has no recent backup."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta
from pathlib import Path

from csms_desktop.services.backup.files import list_files, remove_backup
from csms_desktop.services.backup.schedule import BackupScheduler, last_scheduled
from csms_desktop.services.backup.settings import BackupSettings, save_backup_settings
from csms_desktop.services.backup.taking import BackupService
from csms_desktop.store.db import opened_url
from csms_desktop.store.models import Notification

BKK = zoneinfo.ZoneInfo("Asia/Bangkok")


def test_last_scheduled_is_the_sites_hour() -> None:
    now = datetime(2026, 6, 1, 19, 0, tzinfo=UTC)  # 02:00 on 2 June in Bangkok
    assert last_scheduled(now, 3, BKK) == datetime(2026, 5, 31, 20, 0, tzinfo=UTC)
    assert last_scheduled(now, 1, BKK) == datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    assert last_scheduled(now, 19, UTC) == now


def _settings(folder: Path, **kw: object) -> None:
    """This test's own backup folder: on PostgreSQL the default is the data directory's
    (shared by the run), where another test's backups of the same database name lie."""
    save_backup_settings(BackupSettings(folder=str(folder), **kw))  # type: ignore[arg-type]


def _scheduler(services, **kw) -> BackupScheduler:  # type: ignore[no-untyped-def]
    url = opened_url()  # the test's database: a SQLite file or PostgreSQL (pg_dump)
    assert url is not None
    return BackupScheduler(BackupService(services, url), **kw)


async def test_catch_up_after_start_then_daily_at_the_hour(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _settings(tmp_path / "backups", hour=3)
    sch = _scheduler(services, catch_up_delay=300)
    start = datetime(2026, 6, 2, 1, 0, tzinfo=UTC)  # 08:00 Bangkok: 03:00 was missed
    sch.state.started = start
    assert not sch.due(start + timedelta(minutes=4))  # let the site settle first
    assert sch.due(start + timedelta(minutes=5))
    await sch.step(start + timedelta(minutes=5))
    files = list_files(sch.service.settings_folder(), sch.service.stem)
    assert [f.kind for f in files] == ["daily"] and files[0].verified
    # made now (real time): the next slot is tomorrow's 03:00 after it
    made = files[0].created_at
    nxt = last_scheduled(made + timedelta(days=1), 3, BKK)
    assert not sch.due(nxt - timedelta(minutes=1))
    sch.state.last_attempt = None
    assert sch.due(nxt)  # running at that hour: at once, no catch-up delay


async def test_disabled_schedule_is_never_due(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _settings(tmp_path / "backups", daily=False)
    sch = _scheduler(services, catch_up_delay=0)
    assert not sch.due(datetime.now(UTC) + timedelta(days=3))


async def test_missing_backup_is_notified_once(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _settings(tmp_path / "backups")
    sch = _scheduler(services, catch_up_delay=0)
    result = await sch.service.backup("manual")
    assert result.ok and result.path is not None
    now = datetime.now(UTC)
    sch.state.started = now - timedelta(days=3)
    sch.state.last_attempt = now  # the daily backup was just tried (and is not retried)
    sch._missing_check(now + timedelta(hours=20))
    assert Notification.select().where(Notification.title == "Backup missing").count() == 0
    sch._missing_check(now + timedelta(hours=27))
    notes = list(Notification.select().where(Notification.title == "Backup missing"))
    assert len(notes) == 1 and "27 hours old" in notes[0].message
    remove_backup(result.path)  # someone emptied the folder
    sch._missing_check(now + timedelta(hours=28))  # once a day at most
    assert Notification.select().where(Notification.title == "Backup missing").count() == 1
    sch.state.last_missing_notice = None
    sch._missing_check(now + timedelta(hours=28))
    last = Notification.select().order_by(Notification.created_at.desc()).first()
    assert last.message.startswith("There is no backup of the database in ")
