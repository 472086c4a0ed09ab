"""Tests for csms_desktop.domain.taxid."""

from __future__ import annotations

import pytest

from csms_desktop.domain.taxid import (
    InvalidTaxId,
    InvalidZip,
    format_tax_id,
    validate_tax_id,
    validate_zip,
)


# ----------------------------------------------------------------- CPF / CNPJ
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123.456.789-09", "12345678909"),
        ("12345678909", "12345678909"),
        (" 529.982.247-25 ", "52998224725"),
        ("529 982 247 25", "52998224725"),
        ("12.345.678/0001-95", "12345678000195"),
        ("12345678000195", "12345678000195"),
        ("11.222.333/0001-81", "11222333000181"),
        ("12.ABC.345/01DE-35", "12ABC34501DE35"),  # alphanumeric CNPJ (from 2026)
        ("12.abc.345/01de-35", "12ABC34501DE35"),
    ],
)
def test_valid_br(text: str, expected: str) -> None:
    assert validate_tax_id(text) == expected
    assert validate_tax_id(text, "br") == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("123.456.789-00", "CPF"),
        ("12345678908", "CPF"),
        ("111.111.111-11", "CPF"),  # repeated digits pass the checksum but are invalid
        ("12.345.678/0001-96", "CNPJ"),
        ("00.000.000/0000-00", "CNPJ"),
        ("1234567890", "neither"),  # 10 digits
        ("123456789012", "neither"),  # 12 digits
        ("123.456.789-0X", "neither"),
        ("12345678909a", "neither"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_invalid_br(text: str, message: str) -> None:
    with pytest.raises(InvalidTaxId, match=message):
        validate_tax_id(text, "BR")


def test_other_countries_free_form() -> None:
    assert validate_tax_id("  0105561234567 ", "TH") == "0105561234567"
    assert validate_tax_id("PT 123 456 789", "PT") == "PT 123 456 789"
    with pytest.raises(InvalidTaxId):
        validate_tax_id("  ", "TH")


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("12345678909", "123.456.789-09"),
        ("12345678000195", "12.345.678/0001-95"),
        ("12ABC34501DE35", "12.ABC.345/01DE-35"),
        ("123.456.789-09", "123.456.789-09"),  # already formatted
    ],
)
def test_format_br(digits: str, expected: str) -> None:
    assert format_tax_id(digits, "BR") == expected
    assert validate_tax_id(format_tax_id(digits, "BR")) == validate_tax_id(digits)


def test_format_br_wrong_length_and_other_country() -> None:
    with pytest.raises(InvalidTaxId):
        format_tax_id("12345", "BR")
    assert format_tax_id(" 0105561234567 ", "TH") == "0105561234567"


# ----------------------------------------------------------------- postal codes
@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("01310-100", "BR", "01310-100"),
        ("01310100", "BR", "01310-100"),
        ("01.310-100", "BR", "01310-100"),
        (" 01310 100 ", "br", "01310-100"),
        ("10200", "TH", "10200"),
        ("๑๐๒๐๐", "TH", "10200"),  # Thai digits
        ("1000-001", "PT", "1000-001"),
        ("1000001", "PT", "1000-001"),
        ("12345", "US", "12345"),
        ("12345-6789", "US", "12345-6789"),
        ("123456789", "US", "12345-6789"),
        ("10115", "DE", "10115"),
        ("SW1A 1AA", "GB", "SW1A 1AA"),
        ("sw1a1aa", "GB", "SW1A 1AA"),
        ("M1 1AE", "GB", "M1 1AE"),
        ("B33 8TH", "GB", "B33 8TH"),
        ("GIR 0AA", "GB", "GIR 0AA"),
        ("75008", "FR", "75008"),
        ("K1A 0B1", "CA", "K1A 0B1"),
        ("123456789012", "XX", "123456789012"),
    ],
)
def test_valid_zip(text: str, country: str, expected: str) -> None:
    assert validate_zip(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("0131-0100x", "BR"), ("0131010", "BR"), ("013101000", "BR"), ("ABCDE-FGH", "BR"),
        ("1020", "TH"), ("102000", "TH"), ("1020A", "TH"),
        ("1000-01", "PT"), ("10000-001", "PT"),
        ("1234", "US"), ("12345-678", "US"), ("123456", "US"),
        ("1011", "DE"), ("101155", "DE"),
        ("SW1A", "GB"), ("1AA SW1", "GB"), ("SW1A 1A", "GB"),
        ("", "FR"), ("   ", "BR"), ("1234567890123", "FR"),
    ],
)
def test_invalid_zip(text: str, country: str) -> None:
    with pytest.raises(InvalidZip):
        validate_zip(text, country)


def test_zip_message_names_country_and_shape() -> None:
    with pytest.raises(InvalidZip, match=r"BR \(NNNNN-NNN\)"):
        validate_zip("123", "BR")
