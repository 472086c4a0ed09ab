"""Tests for csms_desktop.domain.plates."""

from __future__ import annotations

import unicodedata

import pytest

from csms_desktop.domain.plates import InvalidPlate, normalize_plate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc-1234", "ABC1234"),
        ("ABC 1234", "ABC1234"),
        ("abc.1234", "ABC1234"),
        (" abc1d23 ", "ABC1D23"),  # Mercosul
        ("1กข 1234", "1กข1234"),
        ("กข-1234 กรุงเทพมหานคร", "กข1234กรุงเทพมหานคร"),
        ("ab\u2013c\u00a0123", "ABC123"),  # en dash, no-break space
        ("ab\u200bc123", "ABC123"),  # zero-width space
        ("AB\tC\n123", "ABC123"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize_plate(text) == expected


def test_same_plate_typed_differently_compares_equal() -> None:
    assert normalize_plate("1กข-1234") == normalize_plate("1กข 1234") == normalize_plate("1กข1234")
    assert normalize_plate("abc-1234") == normalize_plate("A.B.C 1234")


def test_nfc() -> None:
    decomposed = "E\u0301X-1"  # E + combining acute
    out = normalize_plate(decomposed)
    assert out == "\u00c9X1"
    assert unicodedata.is_normalized("NFC", out)


def test_thai_characters_kept_intact() -> None:
    out = normalize_plate("ฆท 9999")
    assert out == "ฆท9999"
    assert all(unicodedata.name(c).startswith(("THAI", "DIGIT")) for c in out)


def test_thai_sara_am_not_decomposed() -> None:
    # NFC keeps U+0E33 (SARA AM); NFKC would split it, which we must not do.
    assert normalize_plate("กำ 12") == "กำ12"


@pytest.mark.parametrize("text", ["", "   ", " - . ", "\u200b"])
def test_empty_raises(text: str) -> None:
    with pytest.raises(InvalidPlate):
        normalize_plate(text)


def test_invalid_plate_is_value_error() -> None:
    assert issubclass(InvalidPlate, ValueError)
