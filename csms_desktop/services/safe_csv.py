"""The one CSV writer every export uses: no cell a spreadsheet would evaluate.

A charger on the wire can plant text in the message log (an action name, a CALLERROR's
errorCode, an idTag) and an operator can type it into a driver's name; a spreadsheet
opening the export would run ``=HYPERLINK(...)`` or ``@SUM(...)``. Every text cell that
starts with ``= + - @``, a tab or a carriage return gets a leading apostrophe (OWASP's
advice; spreadsheets show the text as typed), except a plain number such as ``-3.50``,
which is no formula. :func:`restore` undoes it for the project's own imports.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def neutralise(value: Any) -> Any:
    """``value`` as a cell: text that could run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in DANGEROUS and _NUMBER.fullmatch(value) is None:
        return "'" + value
    return value


def restore(value: str) -> str:
    """The text :func:`neutralise` was given (an imported cell of our own export)."""
    if value[:1] == "'" and value[1:2] in DANGEROUS and _NUMBER.fullmatch(value[1:]) is None:
        return value[1:]
    return value


class SafeWriter:
    """``csv.writer`` whose every cell goes through :func:`neutralise`. Rows end in CRLF
    (RFC 4180): with ``\\n`` alone the csv module leaves a cell holding ``\\r`` unquoted,
    and the file breaks there."""

    def __init__(self, out: TextIO, **kwargs: Any) -> None:
        kwargs["lineterminator"] = "\r\n"
        self._w = csv.writer(out, **kwargs)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._w.writerow([neutralise(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(out: TextIO, **kwargs: Any) -> SafeWriter:
    return SafeWriter(out, **kwargs)
