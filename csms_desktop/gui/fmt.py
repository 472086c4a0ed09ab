"""One clock: every date and time a person sees or types in the GUI is in the site's zone.

The zone comes from the settings service (``SiteSettings.time_zone``), read on every call
through the getter bound by :func:`bind_site_zone` (the ``GuiContext`` binds it), so a zone
changed in Settings applies at once. Nothing in ``gui/`` formats a time with the machine's
zone (``datetime.astimezone()`` without an argument, ``datetime.now()``,
``QDateTime.currentDateTime()``): it calls one of these.

Date-time edits hold the site's wall-clock time in a UTC-spec ``QDateTime`` (its fields
only), so the machine's zone and its daylight-saving gaps never shift what is typed.

One formatter per language too: numbers, money, percentages and dates follow the
interface's language (:func:`csms_desktop.gui.i18n.current_language`) with Babel's CLDR
rules, so a page never writes ``:,.2f`` or ``THB`` itself:

* :func:`money` ``THB 1,077.75`` (en) / ``฿1,077.75`` (th) / ``R$ 1.077,75`` (pt_BR, BRL),
  the site's currency unless the row carries its own;
* :func:`number` (fixed decimals, grouped), :func:`integer`, :func:`kwh`, :func:`kw`,
  :func:`percent`;
* :func:`date_time` / :func:`date_only`: ISO ``2026-12-03 01:30`` in English (what the
  logs and CSV exports write, so an attendant can compare them), day-first
  ``03/12/2026 01:30`` in Thai and Portuguese. Thai stays on the Gregorian year on screen
  (the date edits and charger logs use it; the printed invoices carry the Buddhist year);
  weekday and month names (:func:`day_label`) are the language's own.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent as _babel_percent
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from csms_desktop.domain.money import format_money
from csms_desktop.domain.timeutil import as_utc
from csms_desktop.domain.timeutil import utcnow as utcnow  # re-exported for the pages

_getter: Callable[[], str] = lambda: "UTC"  # noqa: E731
_currency_getter: Callable[[], str] = lambda: "THB"  # noqa: E731

_BABEL_LOCALES = {"en": "en", "th": "th_TH", "pt_BR": "pt_BR"}
_DAY_FIRST = {"th", "pt_BR"}
_CODE_GLUED = re.compile(r"([A-Z]{3})(?=\d)")


def bind_site_zone(getter: Callable[[], str]) -> None:
    """Where the site's zone name comes from (called with the settings service's)."""
    global _getter
    _getter = getter


def bind_site_currency(getter: Callable[[], str]) -> None:
    """Where the site's currency (ISO 4217) comes from, for :func:`money` without one."""
    global _currency_getter
    _currency_getter = getter


def language() -> str:
    """The interface's language now (en, th, pt_BR)."""
    from csms_desktop.gui.i18n import current_language

    return current_language()


def locale_name() -> str:
    """The Babel/CLDR locale of the interface's language: ``en``, ``th_TH``, ``pt_BR``."""
    return _BABEL_LOCALES.get(language(), "en")


def site_currency() -> str:
    try:
        code = _currency_getter()
    except AttributeError:  # services not ready yet
        code = ""
    return (code or "THB").strip().upper()


# ---------------------------------------------------------------- numbers and money
def _decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        d = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def number(value: object, digits: int = 2, empty: str = "", grouping: bool = True) -> str:
    """``1,077.75`` / ``1.077,75``: ``digits`` decimals, grouped, in the interface's
    language (``empty`` for None or not a number)."""
    d = _decimal(value)
    if d is None:
        return empty
    pattern = ("#,##0" if grouping else "0") + ("." + "0" * digits if digits > 0 else "")
    return str(_babel_decimal(d, format=pattern, locale=locale_name(),
                              decimal_quantization=True))


def integer(value: object, empty: str = "") -> str:
    """``12,345`` / ``12.345``."""
    return number(value, 0, empty)


def kwh(value: object, digits: int = 3, empty: str = "") -> str:
    """``12.345 kWh`` / ``12,345 kWh``."""
    text = number(value, digits, "")
    return f"{text} kWh" if text else empty


def kw(value: object, digits: int = 1, empty: str = "") -> str:
    """``49.5 kW`` / ``49,5 kW``."""
    text = number(value, digits, "")
    return f"{text} kW" if text else empty


def percent(value: object, digits: int = 0, empty: str = "") -> str:
    """``value`` is a fraction (0.42 -> ``42%`` / ``42 %``)."""
    d = _decimal(value)
    if d is None:
        return empty
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "%"
    return str(_babel_percent(d, format=pattern, locale=locale_name(),
                              decimal_quantization=True))


def money(amount: object, currency: str | None = None, empty: str = "") -> str:
    """``THB 1,077.75`` (en), ``฿1,077.75`` (th), ``R$ 1.077,75`` (pt_BR, BRL): the amount
    in ``currency`` (default: the site's), rounded to its minor units, written the
    interface language's way. The one way money is shown on screen."""
    d = _decimal(amount)
    if d is None:
        return empty
    code = (currency or site_currency()).strip().upper()
    try:
        text = format_money(d, code, locale_name())
        # CLDR glues a code to the digits in English ("THB1,077.75"): a no-break space
        return _CODE_GLUED.sub("\\1\u00a0", text)
    except ValueError:  # not an ISO 4217 code: the amount and the code as stored
        return f"{number(d, 2)} {code}".strip()


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


def _date_pattern() -> str:
    return "%d/%m/%Y" if language() in _DAY_FIRST else "%Y-%m-%d"


def qt_date_format(time: bool = False, seconds: bool = False) -> str:
    """The display format of a QDateEdit/QDateTimeEdit that writes dates like
    :func:`date_time` (``yyyy-MM-dd HH:mm`` / ``dd/MM/yyyy HH:mm``)."""
    day = "dd/MM/yyyy" if language() in _DAY_FIRST else "yyyy-MM-dd"
    if not time:
        return day
    return day + (" HH:mm:ss" if seconds else " HH:mm")


def qt_month_format() -> str:
    """A month picker's display format: ``yyyy-MM`` / ``MM/yyyy``."""
    return "MM/yyyy" if language() in _DAY_FIRST else "yyyy-MM"


def date_only(value: date | datetime | None, empty: str = "") -> str:
    """``2026-12-03`` (en) / ``03/12/2026`` (th, pt_BR); a datetime in the site's zone."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = in_site(value).date()
    return value.strftime(_date_pattern())


def date_time(dt: datetime | None, seconds: bool = False, empty: str = "") -> str:
    """``2026-12-03 01:30`` (``:48`` with seconds), in the site's zone; day-first
    ``03/12/2026 01:30`` in Thai and Portuguese."""
    if dt is None:
        return empty
    return in_site(dt).strftime(_date_pattern() + (" %H:%M:%S" if seconds else " %H:%M"))


def date_time_ms(dt: datetime) -> str:
    local = in_site(dt)
    return local.strftime(_date_pattern() + " %H:%M:%S.") + f"{local.microsecond // 1000:03d}"


def time_of_day(dt: datetime | None, seconds: bool = False) -> str:
    if dt is None:
        return ""
    return in_site(dt).strftime("%H:%M:%S" if seconds else "%H:%M")


def day_label(dt: datetime) -> str:
    """``Thu 03 Dec`` (``qui. 03 dez.``, ``พฤ. 03 ธ.ค.``): names in the interface's language."""
    local = in_site(dt)
    if language() == "en":
        return local.strftime("%a %d %b")
    return str(_babel_date(local.date(), "EEE dd MMM", locale=locale_name()))


def day_time(dt: datetime) -> str:
    """``Thu 03 Dec 19:00``."""
    return f"{day_label(dt)} {in_site(dt).strftime('%H:%M')}"


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


_words_cache: dict[int, dict[str, str]] = {}


def _code_words() -> dict[str, str]:
    """The stored codes people see (statuses, roles, kinds), in the interface's language.
    Built when first needed after each translator install (tr() needs the translator;
    tables call this for every cell they paint)."""
    from csms_desktop.gui import i18n

    words = _words_cache.get(i18n.generation)
    if words is None:
        _words_cache.clear()
        words = _words_cache[i18n.generation] = _code_words_now()
    return words


def _code_words_now() -> dict[str, str]:
    from csms_desktop.gui.i18n import tr

    return {
        "Active": tr("Active"), "Blocked": tr("Blocked"), "Expired": tr("Expired"),
        "Completed": tr("Completed"), "Failed": tr("Failed"), "Canceled": tr("Canceled"),
        "Timeout": tr("Timeout"), "Available": tr("Available"), "Occupied": tr("Occupied"),
        "Reserved": tr("Reserved"), "Unavailable": tr("Unavailable"),
        "Faulted": tr("Faulted"), "Maintenance": tr("Maintenance"),
        "Accepted": tr("Accepted"), "Invalid": tr("Invalid"), "Pending": tr("Pending"),
        "Rejected": tr("Rejected"), "Issued": tr("Issued"), "Paid": tr("Paid"),
        "Attendant": tr("Attendant"), "Manager": tr("Manager"), "Admin": tr("Admin"),
        "Electric": tr("Electric"), "Hybrid": tr("Hybrid"),
        "Plugin hybrid": tr("Plug-in hybrid"), "Inbound": tr("Inbound"),
        "Outbound": tr("Outbound"), "Not found": tr("Not found"),
        "Charging started": tr("Charging started"), "Charging stopped": tr("Charging stopped"),
        "Charging completed": tr("Charging completed"),
        "Payment required": tr("Payment required"),
        "System maintenance": tr("System maintenance"), "General": tr("General"),
        "Reject": tr("Reject"), "Accept": tr("Accept"),
        "Concurrent tx": tr("Concurrent transaction"),
    }


def stop_reason(reason: str | None, empty: str = "") -> str:
    """An OCPP stop reason (``EVDisconnected``, ``Remote``; 1.6 and 2.0.1) in words; an
    unknown one as the charger sent it."""
    from csms_desktop.gui.i18n import tr

    if not reason:
        return empty
    words = {
        "EmergencyStop": tr("Emergency stop"), "EVDisconnected": tr("EV disconnected"),
        "HardReset": tr("Hard reset"), "SoftReset": tr("Soft reset"), "Local": tr("Local"),
        "Remote": tr("Remote"), "Other": tr("Other"), "PowerLoss": tr("Power loss"),
        "Reboot": tr("Reboot"), "UnlockCommand": tr("Unlock command"),
        "DeAuthorized": tr("Deauthorized"), "EnergyLimitReached": tr("Energy limit reached"),
        "GroundFault": tr("Ground fault"), "ImmediateReset": tr("Immediate reset"),
        "LocalOutOfCredit": tr("Out of credit"), "MasterPass": tr("Master pass"),
        "OvercurrentFault": tr("Overcurrent fault"), "PowerQuality": tr("Power quality"),
        "SOCLimitReached": tr("SoC limit reached"), "StoppedByEV": tr("Stopped by the EV"),
        "TimeLimitReached": tr("Time limit reached"), "Timeout": tr("Timeout"),
    }
    return words.get(reason, reason)


def role_label(role: object) -> str:
    """An operator's role as people read it (``ADMIN`` -> ``Administrator``)."""
    from csms_desktop.gui.i18n import tr

    code = str(getattr(role, "value", role) or "")
    names = {"ATTENDANT": tr("Attendant"), "MANAGER": tr("Manager"),
             "ADMIN": tr("Administrator")}
    return names.get(code, label(code))


def label(value: object) -> str:
    """A stored code as words: ``ACTIVE`` -> ``Active``, ``NOT_FOUND`` -> ``Not found``
    (enum values are for the database and the protocol, not for people), in the
    interface's language when the code is a known one."""
    text = str(getattr(value, "value", value) or "")
    if text.isupper() or "_" in text:
        words = text.replace("_", " ").capitalize()
        return _code_words().get(words, words)
    return text
