"""One clock: every date and time a person sees or types in the GUI is in the site's zone.

The zone comes from the settings service (``SiteSettings.time_zone``), read on every call
through the getter bound by :func:`bind_site_zone` (the ``GuiContext`` binds it), so a zone
changed in Settings applies at once. Nothing in ``gui/`` formats a time with the machine's
zone (``datetime.astimezone()`` without an argument, ``datetime.now()``,
``QDateTime.currentDateTime()``): it calls one of these.

Date-time edits hold the site's wall-clock time in a UTC-spec ``QDateTime`` (its fields
only), so the machine's zone and its daylight-saving gaps never shift what is typed.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from csms_desktop.domain.timeutil import as_utc
from csms_desktop.domain.timeutil import utcnow as utcnow  # re-exported for the pages

_getter: Callable[[], str] = lambda: "UTC"  # noqa: E731


def bind_site_zone(getter: Callable[[], str]) -> None:
    """Where the site's zone name comes from (called with the settings service's)."""
    global _getter
    _getter = getter


@lru_cache(maxsize=16)
def _zone(name: str) -> tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def site_zone() -> tzinfo:
    try:
        name = _getter()
    except AttributeError:  # services not ready yet
        name = "UTC"
    return _zone(name or "UTC")


def zone_name() -> str:
    z = site_zone()
    return getattr(z, "key", None) or "UTC"


def zone_label(now: datetime | None = None) -> str:
    """"Asia/Bangkok (UTC+07:00)": the zone as the status bar shows it, once."""
    local = in_site(now or utcnow())
    off = local.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    return f"{zone_name()} (UTC{sign}{hh:02d}:{mm:02d})"


def in_site(dt: datetime) -> datetime:
    """The instant in the site's zone (a naive datetime is taken as UTC)."""
    return as_utc(dt).astimezone(site_zone())


def now_site() -> datetime:
    return in_site(utcnow())


def today() -> date:
    """The site's calendar date now."""
    return now_site().date()


def date_time(dt: datetime | None, seconds: bool = False, empty: str = "") -> str:
    """``2026-12-03 01:30`` (``:48`` with seconds), in the site's zone."""
    if dt is None:
        return empty
    return in_site(dt).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def date_time_ms(dt: datetime) -> str:
    local = in_site(dt)
    return local.strftime("%Y-%m-%d %H:%M:%S.") + f"{local.microsecond // 1000:03d}"


def time_of_day(dt: datetime | None, seconds: bool = False) -> str:
    if dt is None:
        return ""
    return in_site(dt).strftime("%H:%M:%S" if seconds else "%H:%M")


def day_label(dt: datetime) -> str:
    """``Thu 03 Dec``."""
    return in_site(dt).strftime("%a %d %b")


def day_time(dt: datetime) -> str:
    """``Thu 03 Dec 19:00``."""
    return in_site(dt).strftime("%a %d %b %H:%M")


def stamp_now() -> str:
    """The time of an outcome banner: ``19:00:05``."""
    return now_site().strftime("%H:%M:%S")


def file_stamp(now: datetime | None = None) -> str:
    """For file names: ``20261203-0130`` (site's zone)."""
    return in_site(now or utcnow()).strftime("%Y%m%d-%H%M")


def day_start(dt: datetime) -> datetime:
    """UTC instant of the site's midnight starting the day that holds ``dt``."""
    local = in_site(dt)
    midnight = datetime(local.year, local.month, local.day, tzinfo=site_zone())
    return midnight.astimezone(UTC)


def local_to_utc(wall: datetime) -> datetime:
    """A naive wall-clock time in the site's zone -> aware UTC."""
    return wall.replace(tzinfo=site_zone()).astimezone(UTC)


def to_qdatetime(dt: datetime) -> QDateTime:
    """The site's wall-clock time of ``dt`` for a date-time edit."""
    local = in_site(dt)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second), QTimeZone.utc())


def from_qdatetime(q: QDateTime) -> datetime:
    """What a person typed in a date-time edit (the site's wall clock) -> aware UTC."""
    d, t = q.date(), q.time()
    wall = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    return local_to_utc(wall)


def prepare_edit(edit: object) -> None:
    """A QDateTimeEdit whose values are UTC-spec wall clocks (see the module's note)."""
    set_spec = getattr(edit, "setTimeZone", None)
    if set_spec is not None:  # Qt >= 6.7
        set_spec(QTimeZone.utc())
    else:  # pragma: no cover - older Qt
        from PySide6.QtCore import Qt

        edit.setTimeSpec(Qt.TimeSpec.UTC)  # type: ignore[attr-defined]


def label(value: object) -> str:
    """A stored code as words: ``ACTIVE`` -> ``Active``, ``NOT_FOUND`` -> ``Not found``
    (enum values are for the database and the protocol, not for people)."""
    text = str(getattr(value, "value", value) or "")
    if text.isupper() or "_" in text:
        return text.replace("_", " ").capitalize()
    return text
