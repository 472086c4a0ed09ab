"""Tax ids (Brazilian CPF/CNPJ with check digits) and postal codes per country."""

from __future__ import annotations

import re
import unicodedata

from validate_docbr import CNPJ, CPF

from csms_desktop.domain.messages import QT_TR_NOOP, Message


class InvalidTaxId(ValueError):
    """A tax id that fails validation; the message is shown to the operator."""


class InvalidZip(ValueError):
    """A postal code that does not fit the country's format."""


_SEPARATORS = re.compile(r"[\s./-]")
_CPF = re.compile(r"[0-9]{11}")
# CNPJ: 12 alphanumeric (the 2026 alphanumeric CNPJ) + 2 check digits
_CNPJ = re.compile(r"[0-9A-Z]{12}[0-9]{2}")


def _country(country: str) -> str:
    return country.strip().upper()


def _ascii_digits(text: str) -> str:
    """Any Unicode decimal digit (Thai ๑, Arabic-Indic...) to ASCII."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def validate_tax_id(text: str, country: str = "BR") -> str:
    """Normalised tax id: for BR the 11 CPF digits or 14 CNPJ characters, check digits
    verified; elsewhere the stripped text (free-form, non-empty).

    Raises InvalidTaxId with a human message.
    """
    raw = text.strip() if isinstance(text, str) else ""
    if not raw:
        raise InvalidTaxId(QT_TR_NOOP("the tax id is empty"))
    if _country(country) != "BR":
        return raw
    s = _SEPARATORS.sub("", _ascii_digits(raw)).upper()
    if _CPF.fullmatch(s):
        if not CPF().validate(s):
            raise InvalidTaxId(Message(QT_TR_NOOP("{text} is not a valid CPF (check digits)"),
                                       text=repr(raw)))
        return s
    if _CNPJ.fullmatch(s):
        if not CNPJ().validate(s):
            raise InvalidTaxId(Message(QT_TR_NOOP("{text} is not a valid CNPJ (check digits)"),
                                       text=repr(raw)))
        return s
    raise InvalidTaxId(Message(QT_TR_NOOP("{text} is neither a CPF (11 digits) nor a CNPJ "
                                          "(14 characters)"), text=repr(raw)))


def format_tax_id(digits: str, country: str = "BR") -> str:
    """Display form: CPF ``123.456.789-09``, CNPJ ``12.345.678/0001-95``; other
    countries as stored. Check digits are not re-verified here."""
    if _country(country) != "BR":
        return digits.strip()
    s = _SEPARATORS.sub("", _ascii_digits(digits)).upper()
    if _CPF.fullmatch(s):
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if _CNPJ.fullmatch(s):
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"
    raise InvalidTaxId(f"{digits!r} is neither a CPF nor a CNPJ")


_GB = re.compile(r"([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})|(GIR)(0AA)")
_DIGITS_ZIP: dict[str, tuple[tuple[int, ...], str]] = {
    # country: (accepted digit counts, description)
    "BR": ((8,), "NNNNN-NNN"),
    "TH": ((5,), "5 digits"),
    "PT": ((7,), "NNNN-NNN"),
    "US": ((5, 9), "NNNNN or NNNNN-NNNN"),
    "DE": ((5,), "5 digits"),
}
_ZIP_SPLIT = {"BR": 5, "PT": 4, "US": 5}
MAX_ZIP_LEN = 12


def validate_zip(text: str, country: str) -> str:
    """Postal code in the country's usual form: BR ``01310-100``, PT ``1000-001``,
    US ``12345``/``12345-6789``, TH and DE 5 digits, GB ``SW1A 1AA``; unformatted input
    is accepted. Other countries: non-empty, at most MAX_ZIP_LEN characters.
    Raises InvalidZip.
    """
    raw = text.strip() if isinstance(text, str) else ""
    c = _country(country)
    if not raw:
        raise InvalidZip(QT_TR_NOOP("the postal code is empty"))
    if c in _DIGITS_ZIP:
        counts, shape = _DIGITS_ZIP[c]
        s = re.sub(r"[\s.-]", "", _ascii_digits(raw))
        if not (s.isascii() and s.isdigit() and len(s) in counts):
            raise InvalidZip(Message(QT_TR_NOOP("{text} is not a postal code for {country} "
                                                "({shape})"), text=repr(raw), country=c,
                                     shape=shape))
        cut = _ZIP_SPLIT.get(c)
        return f"{s[:cut]}-{s[cut:]}" if cut is not None and len(s) > cut else s
    if c == "GB":
        m = _GB.fullmatch(re.sub(r"\s", "", raw).upper())
        if m is None:
            raise InvalidZip(Message(QT_TR_NOOP("{text} is not a UK postcode (e.g. SW1A 1AA)"),
                                     text=repr(raw)))
        outward, inward = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return f"{outward} {inward}"
    if len(raw) > MAX_ZIP_LEN:
        raise InvalidZip(Message(QT_TR_NOOP("{text} is longer than {count} characters"),
                                 text=repr(raw), count=MAX_ZIP_LEN))
    return raw
