"""Money as ``Decimal``, never a binary float; rounding to the currency's minor units."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, is_currency

ROUNDING = ROUND_HALF_UP
ROUNDING_RULE = (
    "Amounts are rounded to the currency's minor units (ISO 4217 via babel: 2 for THB, "
    "BRL, EUR; 0 for JPY; 3 for KWD) with ROUND_HALF_UP, i.e. half away from zero: "
    "0.125 -> 0.13, -0.125 -> -0.13. Each line is rounded on its own; a total is the "
    "sum of rounded lines, tax is computed on the rounded subtotal and then rounded."
)


def to_decimal(x: str | int | Decimal | float) -> Decimal:
    """A finite Decimal from str, int or Decimal.

    A float goes through ``str(x)`` (its shortest repr), so ``0.1`` becomes
    ``Decimal("0.1")``, not the binary value 0.1000000000000000055...; prefer passing
    strings. Raises ValueError for bools, non-numbers, NaN and infinities.
    """
    if isinstance(x, bool) or not isinstance(x, str | int | Decimal | float):
        raise ValueError(f"not an amount: {x!r}")
    try:
        d = Decimal(str(x).strip() if isinstance(x, str | float) else x)
    except InvalidOperation:
        raise ValueError(f"not an amount: {x!r}") from None
    if not d.is_finite():
        raise ValueError(f"not a finite amount: {x!r}")
    return d


def currency_precision(currency: str) -> int:
    """Number of minor-unit digits of an ISO 4217 code; ValueError if unknown."""
    code = currency.strip().upper() if isinstance(currency, str) else ""
    if not is_currency(code):
        raise ValueError(f"unknown currency {currency!r}")
    return int(get_currency_precision(code))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """``amount`` rounded per ROUNDING_RULE to ``currency``'s minor units."""
    quantum = Decimal(1).scaleb(-currency_precision(currency))
    return to_decimal(amount).quantize(quantum, rounding=ROUNDING)


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """Localised display, e.g. ``R$ 1.234,50`` for pt_BR. Rounds with round_money first
    (babel alone would round half-even)."""
    code = currency.strip().upper()
    return str(format_currency(round_money(amount, code), code, locale=locale))
