"""Custom fields: UTC datetimes, enums stored by name, JSON, exact money."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import peewee

_ONE = Decimal(1)


class UTCDateTimeField(peewee.DateTimeField):
    """Stores naive UTC in the database; hands back aware UTC datetimes.

    Every timestamp in the store is UTC (domain-model rule). A naive value given by
    code is taken as UTC already.
    """

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        value = super().python_value(value)
        if isinstance(value, datetime):
            if value.tzinfo is None:
                return value.replace(tzinfo=UTC)
            return value.astimezone(UTC)
        return value


class EnumField(peewee.CharField):
    """A StrEnum stored by its uppercase name (the seed's enum values)."""

    def __init__(self, enum: type[StrEnum], **kwargs: Any) -> None:
        self.enum = enum
        kwargs.setdefault("max_length", 32)
        super().__init__(**kwargs)

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return self.enum(value).value

    def python_value(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self.enum(value)
        except ValueError:
            return value


class JSONField(peewee.TextField):
    """JSON stored as text (portable between SQLite and PostgreSQL)."""

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)

    def python_value(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        try:
            return json.loads(value)
        except (TypeError, ValueError):
            return value


class MoneyField(peewee.DecimalField):
    """Exact money: NUMERIC column, Decimal in Python (never a binary float in code)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 18)
        kwargs.setdefault("decimal_places", 4)
        kwargs.setdefault("auto_round", True)
        super().__init__(**kwargs)

    def db_value(self, value: Any) -> Any:
        if isinstance(value, float):
            value = Decimal(str(value))
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            value = Decimal(repr(value))
        value = super().python_value(value)
        # The same Decimal on both backends: PostgreSQL's NUMERIC(18,4) hands back its
        # scale (6.5000), SQLite the shortest form (6.5; 1500 for 1500.0000). Equal either
        # way, but printed (JSON, API, CSV) they differ: use SQLite's, no trailing zeros.
        if isinstance(value, Decimal) and value.is_finite():
            if value == value.to_integral_value():
                return value.quantize(_ONE) + 0  # + 0: no "-0"
            return value.normalize()
        return value
