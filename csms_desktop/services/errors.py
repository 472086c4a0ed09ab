"""Errors the services raise for charger input they refuse (no Qt, no protocol)."""

from __future__ import annotations


class ChargerInputError(ValueError):
    """Input from a charger that the rules refuse. The protocol layer answers the CALL
    with the CALLERROR of ``kind`` (a semantic kind of ``protocol.frames.error_code_for``:
    "property", "occurrence", "security"...) and ``description``; nothing is applied."""

    def __init__(self, kind: str, description: str) -> None:
        super().__init__(description)
        self.kind = kind
        self.description = description
