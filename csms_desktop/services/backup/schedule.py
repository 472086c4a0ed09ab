"""The daily backup and the "backup missing" check, next to the running server.

Every minute: if daily backups are on and no backup was made since the last scheduled
time (``hour``:00 in the site's time zone), one is made — at that time when the app is
running then, else ``catch_up_delay`` after start (a depot PC switched off at night still
gets its backup in the morning). A failed attempt is retried after ``retry_after``; its
notification comes at most every ``renotify`` while it keeps failing. When the newest
backup in the folder is older than ``missing_after`` (or there is none, or its file was
deleted), a "backup missing" notification is raised, at most once a day.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.backup.settings import load_backup_settings
from csms_desktop.services.backup.taking import BackupResult, BackupService

log = logging.getLogger(__name__)


def last_scheduled(now: datetime, hour: int, tz: tzinfo) -> datetime:
    """The most recent ``hour``:00 local time at or before ``now`` (aware, UTC)."""
    local = now.astimezone(tz)
    at = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if at > local:
        at = (local - timedelta(days=1)).replace(hour=hour, minute=0, second=0,
                                                 microsecond=0)
    return at.astimezone(now.tzinfo)


@dataclass
class ScheduleState:
    started: datetime
    last_attempt: datetime | None = None
    last_failure_notice: float | None = None  # monotonic
    last_missing_notice: float | None = None


class BackupScheduler:
    def __init__(self, service: BackupService, catch_up_delay: float = 300.0,
                 retry_after: float = 3600.0, renotify: float = 6 * 3600.0,
                 missing_after: float = 26 * 3600.0, tick: float = 60.0) -> None:
        self.service = service
        self.catch_up_delay = catch_up_delay
        self.retry_after = retry_after
        self.renotify = renotify
        self.missing_after = missing_after
        self.tick = tick
        self.state = ScheduleState(started=utcnow())

    def due(self, now: datetime) -> bool:
        settings = load_backup_settings()
        if not settings.daily:
            return False
        slot = last_scheduled(now, settings.hour, self.service.tz())
        newest = self.service.newest()
        if newest is not None and newest.created_at >= slot:
            return False
        st = self.state
        if st.last_attempt is not None and (now - st.last_attempt).total_seconds() \
                < self.retry_after:
            return False
        missed_while_off = slot < st.started
        return not missed_while_off or (now - st.started).total_seconds() \
            >= self.catch_up_delay

    async def step(self, now: datetime | None = None) -> None:
        """One look at the clock (the loop calls it every ``tick``)."""
        now = now or utcnow()
        if self.service.running:
            return
        if self.due(now):
            self.state.last_attempt = now
            result = await self.service.backup("daily", notify=False)
            if not result.ok:
                self._failure_notice(result)
            return
        self._missing_check(now)

    def _failure_notice(self, result: BackupResult) -> None:
        mono = time.monotonic()
        last = self.state.last_failure_notice
        if last is None or mono - last >= self.renotify:
            self.state.last_failure_notice = mono
            self.service.notify_failure(result)

    def _missing_check(self, now: datetime) -> None:
        if not load_backup_settings().daily:
            return
        if (now - self.state.started).total_seconds() < self.catch_up_delay + 3600:
            return  # give the catch-up backup its chance first
        newest = self.service.newest()
        age = None if newest is None else now - newest.created_at
        if age is not None and age.total_seconds() < self.missing_after:
            return
        mono = time.monotonic()
        last = self.state.last_missing_notice
        if last is None or mono - last >= 24 * 3600:
            self.state.last_missing_notice = mono
            self.service.notify_missing(age)

    async def run(self) -> None:
        while True:
            try:
                await self.step()
            except Exception:
                log.exception("backup scheduler step failed")
            await asyncio.sleep(self.tick)
