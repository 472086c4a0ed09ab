"""Tests for csms_desktop.domain.money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from csms_desktop.domain.money import (
    ROUNDING_RULE,
    currency_precision,
    format_money,
    round_money,
    to_decimal,
)


@pytest.mark.parametrize(
    ("x", "expected"),
    [("1.10", Decimal("1.10")), (" 2.5 ", Decimal("2.5")), (3, Decimal(3)),
     (Decimal("4.000"), Decimal("4.000")), (0.1, Decimal("0.1")), (1e-7, Decimal("1E-7")),
     ("-0.01", Decimal("-0.01")), ("1e3", Decimal("1E+3"))],
)
def test_to_decimal(x: str | int | Decimal | float, expected: Decimal) -> None:
    d = to_decimal(x)
    assert d == expected
    assert str(d) == str(expected)


def test_to_decimal_float_goes_through_str_not_binary() -> None:
    assert to_decimal(0.1) != Decimal.from_float(0.1)
    assert to_decimal(0.1) + to_decimal(0.2) == Decimal("0.3")


@pytest.mark.parametrize(
    "bad", ["", "abc", "1,50", "NaN", "Infinity", float("nan"), float("inf"), True, None, [1]]
)
def test_to_decimal_rejects(bad: object) -> None:
    with pytest.raises(ValueError):
        to_decimal(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [("0.125", "USD", "0.13"), ("0.135", "USD", "0.14"), ("0.124999", "USD", "0.12"),
     ("-0.125", "BRL", "-0.13"), ("2.5", "JPY", "3"), ("3.5", "JPY", "4"),
     ("1.0005", "KWD", "1.001"), ("10", "THB", "10.00"), ("7.005", "thb", "7.01"),
     ("0.005", "EUR", "0.01"), ("0.004999", "EUR", "0.00")],
)
def test_round_money_half_up(amount: str, currency: str, expected: str) -> None:
    out = round_money(Decimal(amount), currency)
    assert str(out) == expected


def test_round_money_rejects_unknown_currency() -> None:
    with pytest.raises(ValueError, match="currency"):
        round_money(Decimal("1"), "ZZZ")
    with pytest.raises(ValueError):
        round_money(Decimal("1"), "")


def test_currency_precision() -> None:
    assert currency_precision("BRL") == 2
    assert currency_precision("THB") == 2
    assert currency_precision("JPY") == 0
    assert currency_precision(" kwd ") == 3


def test_rounding_rule_is_stated() -> None:
    assert "ROUND_HALF_UP" in ROUNDING_RULE


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected_parts"),
    [("1234.5", "BRL", "pt_BR", ["R$", "1.234,50"]),
     ("1234.5", "THB", "th_TH", ["฿", "1,234.50"]),
     ("0.125", "USD", "en_US", ["$0.13"]),  # babel alone would round half-even to 0.12
     ("1000", "JPY", "ja_JP", ["1,000"])],
)
def test_format_money(amount: str, currency: str, locale: str, expected_parts: list[str]) -> None:
    text = format_money(Decimal(amount), currency, locale)
    for part in expected_parts:
        assert part in text
