"""Which backups to keep: daily / weekly / monthly buckets (grandfather-father-son).

The rule of common backup tools (e.g. restic's ``--keep-daily``): for each of the last
``daily`` days that *have* a backup, keep the newest backup of that day; the same for the
last ``weekly`` ISO weeks and ``monthly`` calendar months. A backup kept by any rule is
kept; the newest backup is always kept, and so is every backup of the last ``within``
(24 h: a backup made by hand before a risky change is not deleted by the next one that
day). Days, weeks and months are the site's (``tz``): a backup at 00:30 Bangkok time
belongs to that Bangkok day.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    within: timedelta = timedelta(hours=24)

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for name in ("daily", "weekly", "monthly"):
            value = getattr(self, name)
            if not 0 <= value <= 1000:
                errors[name] = "0 to 1000"
        if self.daily + self.weekly + self.monthly == 0:
            errors["daily"] = "keep at least one backup"
        return errors


def _buckets(items: list[tuple[K, datetime]], count: int,
             bucket: Callable[[datetime], Hashable]) -> set[K]:
    kept: set[K] = set()
    seen: set[Hashable] = set()
    for key, when in items:  # newest first
        b = bucket(when)
        if b in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(b)
        kept.add(key)
    return kept


def to_keep(backups: Iterable[tuple[K, datetime]], policy: Retention, tz: tzinfo,
            now: datetime) -> set[K]:
    """The keys of the backups to keep; ``backups`` are (key, aware instant) pairs."""
    items = sorted(((k, when.astimezone(tz)) for k, when in backups),
                   key=lambda kw: kw[1], reverse=True)
    if not items:
        return set()
    keep: set[K] = {items[0][0]}
    keep |= {k for k, when in items if now - when < policy.within}
    keep |= _buckets(items, policy.daily, lambda d: d.date())
    keep |= _buckets(items, policy.weekly, lambda d: tuple(d.isocalendar())[:2])
    keep |= _buckets(items, policy.monthly, lambda d: (d.year, d.month))
    return keep
