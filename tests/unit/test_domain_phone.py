"""Tests for csms_desktop.domain.phone."""

from __future__ import annotations

import pytest

from csms_desktop.domain.phone import InvalidPhone, normalize_phone


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("081 234 5678", "TH", "+66812345678"),
        ("0812345678", "TH", "+66812345678"),
        ("02-123-4567", "TH", "+6621234567"),
        ("+66 81 234 5678", "TH", "+66812345678"),
        ("+66 81 234 5678", "BR", "+66812345678"),
        ("๐๘๑ ๒๓๔ ๕๖๗๘", "TH", "+66812345678"),  # Thai digits
        ("(11) 91234-5678", "BR", "+5511912345678"),
        ("11 3456-7890", "BR", "+551134567890"),
        ("+55 61 99999-8888", "BR", "+5561999998888"),
        ("+55 61 99999-8888", "th", "+5561999998888"),
        ("  (11) 91234-5678  ", "br", "+5511912345678"),
        ("+1 202 555 0100", "TH", "+12025550100"),
    ],
)
def test_valid_numbers(text: str, region: str, expected: str) -> None:
    assert normalize_phone(text, region) == expected


def test_normalised_value_is_idempotent() -> None:
    e164 = normalize_phone("081 234 5678", "TH")
    assert normalize_phone(e164, "TH") == e164
    assert normalize_phone(e164, "BR") == e164


@pytest.mark.parametrize(
    ("text", "region", "message"),
    [
        ("0800", "TH", "not a valid phone number for TH"),
        ("12345", "BR", "not a valid phone number for BR"),
        ("(11) 1234-56", "BR", "for BR"),
        ("081 234 5678", "BR", "for BR"),  # Thai mobile typed as if Brazilian
        ("+55 11 1234", "TH", "for BR"),  # the number's own country is named
        ("+1 555 1234", "TH", "for US"),
        ("hello", "TH", "not a phone number"),
        ("+999 1234 5678", "TH", "unknown country code"),
        ("1", "TH", "phone number"),
        ("", "TH", "empty"),
        ("   ", "BR", "empty"),
    ],
)
def test_invalid_numbers(text: str, region: str, message: str) -> None:
    with pytest.raises(InvalidPhone, match=message):
        normalize_phone(text, region)


def test_invalid_phone_is_value_error() -> None:
    assert issubclass(InvalidPhone, ValueError)


def test_unknown_default_region_needs_plus() -> None:
    with pytest.raises(InvalidPhone, match="region"):
        normalize_phone("081 234 5678", "XX")
    assert normalize_phone("+66812345678", "XX") == "+66812345678"
