"""Retention: newest per day / ISO week / month, in the site's zone, plus the last 24 h."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta

from csms_desktop.domain.retention import Retention, to_keep

BKK = zoneinfo.ZoneInfo("Asia/Bangkok")
NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)


def _daily(days: int, hour: int = 20) -> list[tuple[str, datetime]]:
    """One backup a day at ``hour`` UTC for ``days`` days ending yesterday."""
    start = NOW.replace(hour=hour) - timedelta(days=days)
    return [((start + timedelta(days=i)).strftime("%Y-%m-%d"), start + timedelta(days=i))
            for i in range(days)]


def test_a_year_of_dailies_keeps_7_daily_4_weekly_12_monthly() -> None:
    backups = _daily(400)
    kept = to_keep(backups, Retention(7, 4, 12), UTC, NOW)
    by_day = sorted(kept, reverse=True)
    assert by_day[:7] == [k for k, _ in backups[-7:]][::-1]  # the last 7 days
    months = {k[:7] for k in kept}
    assert len(months) == 12 and "2025-07" in months and "2025-06" not in months
    # 7 daily + at most 4 weekly + 12 monthly, overlapping
    assert 12 <= len(kept) <= 7 + 4 + 12
    for month in months - {"2026-06"}:  # the newest backup of each older month
        assert max(k for k, _ in backups if k.startswith(month)) in kept


def test_days_are_the_sites_days() -> None:
    # 16:30 and 17:30 UTC fall on two different Bangkok days (UTC+7).
    a = ("a", datetime(2026, 6, 1, 16, 30, tzinfo=UTC))
    b = ("b", datetime(2026, 6, 1, 17, 30, tzinfo=UTC))
    policy = Retention(2, 0, 0, within=timedelta(0))
    assert to_keep([a, b], policy, BKK, NOW) == {"a", "b"}
    assert to_keep([a, b], policy, UTC, NOW) == {"b"}  # same UTC day: the newest


def test_backups_of_the_last_day_are_all_kept_and_the_newest_always() -> None:
    recent = [(f"r{i}", NOW - timedelta(hours=i)) for i in range(1, 5)]
    old = [("old1", NOW - timedelta(days=40, hours=2)), ("old2", NOW - timedelta(days=40))]
    kept = to_keep(recent + old, Retention(1, 0, 0), UTC, NOW)
    assert kept == {"r1", "r2", "r3", "r4"}
    assert to_keep(old, Retention(0, 0, 0, within=timedelta(0)), UTC, NOW) == {"old2"}
    assert to_keep([], Retention(), UTC, NOW) == set()


def test_policy_problems() -> None:
    assert Retention().problems() == {}
    assert "daily" in Retention(0, 0, 0).problems()
    assert Retention(-1, 4, 12).problems() == {"daily": "0 to 1000"}
