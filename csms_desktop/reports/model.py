"""Input model of the printable documents: plain frozen dataclasses, no database.

The services layer builds these from the store; the renderers in this package only read
them. Rules (docs/domain-model.md):

* money is :class:`~decimal.Decimal`, never ``float`` (a float raises ``TypeError``);
* timestamps are timezone-aware UTC; they are shown in ``SiteInfo.time_zone``;
* an invoice's ``amount_due`` equals the sum of its billed lines' ``amount`` exactly, and
  every amount on it is already rounded to the currency's minor unit (``ValueError``
  otherwise), so the printed lines add up to the printed total;
* ``SiteInfo.time_zone`` is an IANA zone name that ``zoneinfo`` knows (on Windows that
  needs the ``tzdata`` package).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.numbers import get_currency_precision

Language = Literal["pt_BR", "th_TH", "en"]
SUPPORTED_LANGUAGES: tuple[str, ...] = ("pt_BR", "th_TH", "en")

Number = Decimal | float | int

_MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def parse_month(value: str) -> tuple[int, int]:
    """``"2024-10"`` -> ``(2024, 10)``; ``ValueError`` for anything else."""
    m = _MONTH_RE.match(value)
    if not m:
        raise ValueError(f"month must be 'YYYY-MM', got {value!r}")
    return int(m.group(1)), int(m.group(2))


def days_in_month(value: str) -> int:
    """Number of days of a ``YYYY-MM`` month."""
    year, month = parse_month(value)
    return calendar.monthrange(year, month)[1]


def _money(value: object, what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, got {type(value).__name__}: {value!r}")
    if not value.is_finite():
        raise ValueError(f"{what} must be finite, got {value!r}")


def currency_digits(currency: str) -> int:
    """Decimal places of a currency's minor unit (BRL 2, THB 2, JPY 0, BHD 3)."""
    return int(get_currency_precision(currency))


def _minor_units(value: Decimal, digits: int, what: str) -> None:
    """Money on an invoice is already rounded to the currency's minor unit, so the
    printed lines add up to the printed total."""
    if value != value.quantize(Decimal(1).scaleb(-digits)):
        raise ValueError(f"{what} ({value}) has more than {digits} decimal places")


def _aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {value!r}")


def _language(value: str) -> None:
    if value not in SUPPORTED_LANGUAGES:
        raise ValueError(f"language must be one of {SUPPORTED_LANGUAGES}, got {value!r}")


def _currency(value: str) -> None:
    if not (isinstance(value, str) and len(value) == 3 and value.isalpha() and value.isupper()):
        raise ValueError(f"currency must be an ISO 4217 code such as 'BRL', got {value!r}")


# --------------------------------------------------------------------------- shared


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """The operator's site (depot) printed in the document header."""

    name: str
    address_lines: tuple[str, ...] = ()
    installation_number: str = ""
    tax_id: str | None = None
    time_zone: str = "UTC"
    currency: str = "BRL"
    logo_path: str | Path | None = None
    tax_id_country: str = "BR"

    def __post_init__(self) -> None:
        object.__setattr__(self, "address_lines", tuple(self.address_lines))
        _currency(self.currency)
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.time_zone!r}") from exc


# --------------------------------------------------------------------------- invoice


@dataclass(frozen=True, slots=True)
class ClientBlock:
    """The billed party (seed ``Client``) as printed on the invoice."""

    full_name: str
    street: str
    number: str
    complement: str | None
    neighborhood: str
    zip_code: str
    city: str
    state: str
    country: str = "BR"
    tax_id: str = ""
    tax_id_country: str = "BR"
    state_registration: str | None = None
    email: str | None = None
    client_number: str = ""


@dataclass(frozen=True, slots=True)
class BilledLine:
    """One billed item (seed ``BilledItem``): energy, fee or tax.

    ``unit_price`` includes taxes, ``unit_rate`` excludes them; both per ``unit``.
    """

    item_name: str
    unit: str | None
    quantity: Decimal | None
    unit_price: Decimal | None
    unit_rate: Decimal | None
    amount: Decimal

    def __post_init__(self) -> None:
        _money(self.amount, "BilledLine.amount")
        _money(self.unit_price, "BilledLine.unit_price", optional=True)
        _money(self.unit_rate, "BilledLine.unit_rate", optional=True)
        if self.quantity is not None and not isinstance(self.quantity, Decimal):
            raise TypeError(f"BilledLine.quantity must be a Decimal or None: {self.quantity!r}")


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One month of the client's consumption history (seed ``ConsumptionHistory``)."""

    month_year: str  # "YYYY-MM"
    consumption_kwh: Number
    average_kwh_per_day: Number
    days: int

    def __post_init__(self) -> None:
        parse_month(self.month_year)


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One charging session of the month, listed in the invoice annex."""

    start: datetime  # aware, UTC
    charger: str
    driver: str
    vehicle: str | None
    kwh: Number
    cost: Decimal

    def __post_init__(self) -> None:
        _aware(self.start, "SessionRow.start")
        _money(self.cost, "SessionRow.cost")


@dataclass(frozen=True, slots=True)
class InvoiceDoc:
    """Everything printed on one invoice."""

    site: SiteInfo
    client: ClientBlock
    invoice_number: str
    reference_month: str  # "YYYY-MM"
    issued_at: datetime  # aware, UTC
    due_date: date
    installation_number: str
    currency: str
    amount_due: Decimal
    items: tuple[BilledLine, ...]
    history: tuple[HistoryRow, ...] = ()
    sessions: tuple[SessionRow, ...] = ()
    language: str = "pt_BR"
    corrects: str | None = None  # number of the invoice this one corrects
    status: str = ""  # free text, e.g. "Emitida", "Paga"
    invoice_id: str | None = None  # UUID, printed small in the footer when set

    def __post_init__(self) -> None:
        for name in ("items", "history", "sessions"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        parse_month(self.reference_month)
        _aware(self.issued_at, "InvoiceDoc.issued_at")
        _language(self.language)
        _currency(self.currency)
        _money(self.amount_due, "InvoiceDoc.amount_due")
        digits = currency_digits(self.currency)
        _minor_units(self.amount_due, digits, "InvoiceDoc.amount_due")
        for line in self.items:
            _minor_units(line.amount, digits, f"amount of {line.item_name!r}")
        for row in self.sessions:
            _minor_units(row.cost, digits, f"cost of the session at {row.start.isoformat()}")
        total = sum((line.amount for line in self.items), Decimal(0))
        if total != self.amount_due:
            raise ValueError(f"billed items sum to {total} but amount_due is {self.amount_due}")


# --------------------------------------------------------------------------- monthly report


@dataclass(frozen=True, slots=True)
class ChargerUsageRow:
    charger: str
    sessions: int
    kwh: Number
    revenue: Decimal

    def __post_init__(self) -> None:
        _money(self.revenue, "ChargerUsageRow.revenue")


@dataclass(frozen=True, slots=True)
class ClientUsageRow:
    client: str
    sessions: int
    kwh: Number
    revenue: Decimal

    def __post_init__(self) -> None:
        _money(self.revenue, "ClientUsageRow.revenue")


@dataclass(frozen=True, slots=True)
class UtilisationRow:
    """Hours a connector spent charging; ``percent_of_month`` (0-100) is derived from
    the month's length when left ``None``."""

    charger: str
    connector: int | str
    hours_charging: Number
    percent_of_month: Number | None = None


@dataclass(frozen=True, slots=True)
class DriverRow:
    driver: str
    sessions: int
    kwh: Number


@dataclass(frozen=True, slots=True)
class FaultRow:
    charger: str
    connector: int | str | None  # None: the charge point itself (connector 0)
    fault_count: int
    downtime_hours: Number


@dataclass(frozen=True, slots=True)
class MonthlyReportDoc:
    site: SiteInfo
    month: str  # "YYYY-MM"
    language: str
    currency: str
    per_charger: tuple[ChargerUsageRow, ...] = ()
    per_client: tuple[ClientUsageRow, ...] = ()
    sessions_per_day: tuple[tuple[date, int], ...] = ()
    utilisation: tuple[UtilisationRow, ...] = ()
    top_drivers: tuple[DriverRow, ...] = ()
    faults: tuple[FaultRow, ...] = ()
    generated_at: datetime | None = None  # aware UTC; printed in the footer when set

    def __post_init__(self) -> None:
        for name in (
            "per_charger",
            "per_client",
            "utilisation",
            "top_drivers",
            "faults",
        ):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        spd: Sequence[tuple[date, int]] = self.sessions_per_day
        object.__setattr__(self, "sessions_per_day", tuple((d, int(n)) for d, n in spd))
        parse_month(self.month)
        _language(self.language)
        _currency(self.currency)
        if self.generated_at is not None:
            _aware(self.generated_at, "MonthlyReportDoc.generated_at")
