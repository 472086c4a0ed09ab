"""Phone numbers stored as E.164 (``+66812345678``), parsed with ``phonenumbers``."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

_PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: "has an unknown country code",
    NumberParseException.TOO_SHORT_NSN: "is too short for a phone number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "is too short for a phone number",
    NumberParseException.TOO_LONG: "is too long for a phone number",
}


class InvalidPhone(ValueError):
    """Text that is not a valid phone number; the message is shown to the operator."""


def normalize_phone(text: str, default_region: str) -> str:
    """E.164 form of a number typed locally ("081 234 5678" in TH) or with ``+``.

    ``default_region`` is an ISO 3166 code (TH, BR...) used when there is no ``+``.
    Raises InvalidPhone with a human message.
    """
    region = default_region.strip().upper()
    raw = text.strip() if isinstance(text, str) else ""
    if not raw:
        raise InvalidPhone("the phone number is empty")
    if region not in phonenumbers.SUPPORTED_REGIONS and not raw.startswith("+"):
        raise InvalidPhone(f"unknown region {default_region!r}; type the number with +country")
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as e:
        why = _PARSE_ERRORS.get(e.error_type, "is not a phone number")
        raise InvalidPhone(f"{raw!r} {why}") from None
    if not phonenumbers.is_valid_number(number):
        cc = number.country_code or 0
        where = phonenumbers.region_code_for_number(
            number
        ) or phonenumbers.region_code_for_country_code(cc)
        if where in ("ZZ", "001"):
            where = f"+{cc}"
        raise InvalidPhone(f"{raw!r} is not a valid phone number for {where}")
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))
