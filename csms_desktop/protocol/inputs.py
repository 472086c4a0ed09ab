"""Reading a charger's times and meter samples, the same way for every OCPP version.

Both are where a buggy or hostile charger's data meets the ledger, so neither may cost
the message it came in: an unbelievable time is replaced by the receive time (and
reported), a sample that cannot be read is left out (and reported), and the rest of the
message (a stop, an Ended event) is applied.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from csms_desktop.domain.clock import effective_time
from csms_desktop.domain.timeutil import parse_ocpp_datetime, utcnow
from csms_desktop.domain.units import MeterReading, read_sampled_values
from csms_desktop.protocol.connection import HandlerError, OCPPConnection
from csms_desktop.services.security import BAD_SAMPLE, CLOCK


class Stamp:
    """A charger time as used: ``at`` (believed, or the receive time), ``claimed`` (what
    the charger said), ``received`` (the server's clock) and ``replaced``."""

    __slots__ = ("at", "claimed", "received", "replaced")

    def __init__(self, at: datetime, claimed: datetime, received: datetime,
                 replaced: bool) -> None:
        self.at = at
        self.claimed = claimed
        self.received = received
        self.replaced = replaced


def stamp(conn: OCPPConnection, payload: dict[str, Any], key: str = "timestamp") -> Stamp:
    """The time ``payload[key]`` (now when absent), checked against the server's clock."""
    received = utcnow()
    value = payload.get(key)
    if value is None:
        return Stamp(received, received, received, False)
    try:
        claimed = parse_ocpp_datetime(value)
    except ValueError as exc:
        raise HandlerError("property", f"{key} is not a date-time: {value!r}") from exc
    at, replaced = effective_time(claimed, received, conn.services.settings.clock_tolerance_s)
    if replaced:
        conn.services.chargers.security.raise_event(
            conn.cp_id, CLOCK, f"{key} {value} is not believable; the receive time "
            f"{received:%Y-%m-%d %H:%M:%S} UTC is used", conn.remote, alarming=False)
    return Stamp(at, claimed, received, replaced)


def ts(conn: OCPPConnection, payload: dict[str, Any], key: str = "timestamp") -> datetime:
    return stamp(conn, payload, key).at


def readings(conn: OCPPConnection, meter_values: list[dict[str, Any]]
             ) -> list[tuple[datetime, MeterReading]]:
    """MeterValue list -> (timestamp, reading in store units), in the order sent.

    A sampled value that cannot be read (a unit of another quantity, a number that is
    none) is dropped and reported as a ``MeterValueDropped`` security event; the others
    are kept.
    """
    out = []
    dropped: list[str] = []
    for mv in meter_values:
        reading, problems = read_sampled_values(mv.get("sampledValue", []), conn.wire_version)
        dropped += problems
        out.append((ts(conn, mv), reading))
    if dropped:
        conn.services.chargers.security.raise_event(
            conn.cp_id, BAD_SAMPLE, f"{len(dropped)} sampled value(s) left out: "
            + "; ".join(dropped[:5]), conn.remote, alarming=False)
    return out
