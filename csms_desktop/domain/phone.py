"""Phone numbers stored as E.164 (``+66812345678``), parsed with ``phonenumbers``."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from csms_desktop.domain.messages import QT_TR_NOOP, Message

_PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: QT_TR_NOOP("{number} has an unknown country code"),
    NumberParseException.TOO_SHORT_NSN: QT_TR_NOOP("{number} is too short for a phone number"),
    NumberParseException.TOO_SHORT_AFTER_IDD: QT_TR_NOOP(
        "{number} is too short for a phone number"),
    NumberParseException.TOO_LONG: QT_TR_NOOP("{number} is too long for a phone number"),
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
        raise InvalidPhone(QT_TR_NOOP("the phone number is empty"))
    if region not in phonenumbers.SUPPORTED_REGIONS and not raw.startswith("+"):
        raise InvalidPhone(Message(QT_TR_NOOP(
            "unknown region {region}; type the number with +country"),
            region=repr(default_region)))
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as e:
        why = _PARSE_ERRORS.get(e.error_type, QT_TR_NOOP("{number} is not a phone number"))
        raise InvalidPhone(Message(why, number=repr(raw))) from None
    if not phonenumbers.is_valid_number(number):
        cc = number.country_code or 0
        where = phonenumbers.region_code_for_number(
            number
        ) or phonenumbers.region_code_for_country_code(cc)
        if where in ("ZZ", "001"):
            where = f"+{cc}"
        raise InvalidPhone(Message(QT_TR_NOOP("{number} is not a valid phone number for "
                                              "{region}"), number=repr(raw), region=where))
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))
