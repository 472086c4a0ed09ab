"""The monthly report's figures: plain data that services.billing.report computes from the
store and reports.billing prints (a report receives data, it never queries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from csms_desktop.domain.timeutil import utcnow


@dataclass(frozen=True)
class UsageRow:
    name: str | None  # None: transactions of drivers with no client
    sessions: int
    kwh: float
    revenue: Decimal


@dataclass(frozen=True)
class ConnectorUse:
    charger: str
    connector: int
    hours: float


@dataclass(frozen=True)
class DriverUse:
    driver: str
    sessions: int
    kwh: float


@dataclass(frozen=True)
class FaultFigures:
    charger: str
    connector: int | None  # None: the charge point itself (connector 0)
    faults: int
    downtime_hours: float


@dataclass
class MonthlyFigures:
    period: str
    language: str
    currency: str
    site: dict[str, Any]
    per_charger: list[UsageRow] = field(default_factory=list)
    per_client: list[UsageRow] = field(default_factory=list)
    sessions_per_day: list[tuple[date, int]] = field(default_factory=list)
    utilisation: list[ConnectorUse] = field(default_factory=list)
    top_drivers: list[DriverUse] = field(default_factory=list)
    faults: list[FaultFigures] = field(default_factory=list)
    generated_at: datetime = field(default_factory=utcnow)
    warnings: list[str] = field(default_factory=list)
