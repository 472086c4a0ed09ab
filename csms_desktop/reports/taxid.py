"""Printing tax ids: Brazilian CPF / CNPJ masks and the Thai 13-digit id.

Formatting only; no check-digit validation (that belongs where the id is entered).
A value that does not look like a known kind prints as given.
"""

from __future__ import annotations

import re
from typing import Literal

TaxIdKind = Literal["cpf", "cnpj", "th", "other"]

_PUNCT = re.compile(r"[\s./\-]")
# CNPJ: 12 alphanumeric characters (alphanumeric CNPJ from July 2026) + 2 check digits.
_CNPJ = re.compile(r"^[0-9A-Z]{12}[0-9]{2}$")


def classify_tax_id(value: str, country: str) -> TaxIdKind:
    raw = _PUNCT.sub("", value).upper()
    country = country.upper()
    if country == "BR":
        if len(raw) == 11 and raw.isdigit():
            return "cpf"
        if _CNPJ.match(raw):
            return "cnpj"
    if country == "TH" and len(raw) == 13 and raw.isdigit():
        return "th"
    return "other"


def format_cpf(digits: str) -> str:
    """``"52998224725"`` -> ``"529.982.247-25"``."""
    d = _PUNCT.sub("", digits)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:11]}"


def format_cnpj(value: str) -> str:
    """``"12345678000195"`` -> ``"12.345.678/0001-95"`` (alphanumeric CNPJ too)."""
    d = _PUNCT.sub("", value).upper()
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:14]}"


def format_th_tax_id(digits: str) -> str:
    """``"0105512345678"`` -> ``"0-1055-12345-67-8"`` (Thai TIN / citizen id layout)."""
    d = _PUNCT.sub("", digits)
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def format_tax_id(value: str, country: str) -> tuple[TaxIdKind, str]:
    """The kind of id and its printed form, e.g. ``("cpf", "529.982.247-25")``."""
    kind = classify_tax_id(value, country)
    if kind == "cpf":
        return kind, format_cpf(value)
    if kind == "cnpj":
        return kind, format_cnpj(value)
    if kind == "th":
        return kind, format_th_tax_id(value)
    return kind, value.strip()
