"""Shared pieces of billing: permissions, errors, months in the site's zone, exact JSON.

Months: a reference month is ``YYYY-MM`` (the ``period`` column) and covers
``[first day 00:00, next month's first day 00:00)`` in the site's time zone. The seed's
text columns (``invoice.reference_month``, ``consumption_history.month_year``) hold the
seed's own form, ``"October 2024"`` (English month name and year); both forms parse.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.services.operators import OperatorInfo, Permission, require

MANAGE_BILLING = Permission.BILLING  # managers and admins (services.operators)

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_EN_MONTH_NAMES = (  # not calendar.month_name: that follows the process locale
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
_MONTHS = {name.lower(): i for i, name in enumerate(_EN_MONTH_NAMES) if name}


class BillingError(Exception):
    """A billing rule refused an action; the message is for the operator."""


class PermissionDenied(BillingError):
    """The operator's role may not do this."""


class ValidationFailed(BillingError):
    """Input with field errors: ``errors`` maps a field name to a message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def require_manager(operator: OperatorInfo | None, permission: str = MANAGE_BILLING) -> None:
    """Tariffs, clients and invoices are for managers (and admins).

    ``operator`` None is a trusted local caller (the command line, tests): whoever can
    open the database file can change it anyway. A GUI session passes its operator and
    ``services.operators.require`` decides.
    """
    if operator is None:
        return
    try:
        require(operator, permission)
    except PermissionError as exc:
        raise PermissionDenied(str(exc)) from exc


def rows(query: Any) -> list[tuple[Any, ...]]:
    """A peewee query's rows as plain tuples (typed loosely on purpose)."""
    return list(query.tuples())


# ----------------------------------------------------------------------- months


def parse_period(text: str) -> tuple[int, int]:
    """``"2024-10"`` or ``"October 2024"`` -> ``(2024, 10)``; BillingError otherwise."""
    s = (text or "").strip()
    m = _PERIOD.match(s)
    if m:
        return int(m.group(1)), int(m.group(2))
    parts = s.split()
    if len(parts) == 2 and parts[0].lower() in _MONTHS and parts[1].isdigit():
        return int(parts[1]), _MONTHS[parts[0].lower()]
    raise BillingError(Message(QT_TR_NOOP("month must be YYYY-MM (for example 2024-10), got "
                                          "{text}"), text=repr(text)))


def period_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def normalise_period(text: str) -> str:
    return period_key(*parse_period(text))


def period_label(period: str) -> str:
    """``"2024-10"`` -> ``"October 2024"`` (the seed's ``reference_month`` form)."""
    year, month = parse_period(period)
    return f"{_EN_MONTH_NAMES[month]} {year}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_bounds(period: str, tz: str) -> tuple[datetime, datetime]:
    """UTC instants ``[start, end)`` of a month in the site's time zone."""
    year, month = parse_period(period)
    zone = ZoneInfo(tz)
    ny, nm = add_months(year, month, 1)
    start = datetime(year, month, 1, tzinfo=zone).astimezone(UTC)
    end = datetime(ny, nm, 1, tzinfo=zone).astimezone(UTC)
    return start, end


def days_in(period: str) -> int:
    year, month = parse_period(period)
    return calendar.monthrange(year, month)[1]


def local_date(instant: datetime, tz: str) -> date:
    return instant.astimezone(ZoneInfo(tz)).date()


def local_period(instant: datetime, tz: str) -> str:
    d = local_date(instant, tz)
    return period_key(d.year, d.month)


# ----------------------------------------------------------------------- exact JSON

_DEC_MARK = "\u0000dec:"
_DEC_RE = re.compile('"\\\\u0000dec:(-?[0-9.]+)"')


def decimal_text(value: Decimal) -> str:
    """Shortest exact decimal text: 75.0000 -> "75", 1500.7500 -> "1500.75"."""
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):f}"
    return f"{value.normalize():f}"


def json_number(value: Decimal | float | int | None) -> Any:
    """A marker that :func:`dumps_exact` writes as a bare JSON number, digit for digit."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("a bool is not a number")
    if isinstance(value, int):
        return value
    d = value if isinstance(value, Decimal) else Decimal(repr(value))
    return _DEC_MARK + decimal_text(d)


def dumps_exact(doc: Any, indent: int | None = 2) -> str:
    """``json.dumps`` where :func:`json_number` markers become exact numbers."""
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    return _DEC_RE.sub(lambda m: m.group(1), text)


def loads_exact(text: str) -> Any:
    """JSON with every non-integer number as Decimal (never a binary float)."""
    return json.loads(text, parse_float=Decimal)


def iso_utc(dt: datetime) -> str:
    """``2024-10-31T00:00:00.000Z`` (the seed's form)."""
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    s = str(text).strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def as_decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return Decimal(str(value).strip())


def plain_number(value: Any) -> Any:
    """An int when the value is integral (the seed writes 500, not 500.0), else exact."""
    if value is None:
        return None
    d = as_decimal(value)
    assert d is not None
    if d == d.to_integral_value():
        return int(d)
    return json_number(d)

