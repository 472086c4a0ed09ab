"""Which charger times to believe.

A charger's clock is set by the CSMS (BootNotification / Heartbeat ``currentTime``) but
may be wrong anyway: reset to 1970 or to its firmware's build date after a power loss, or
years in the future. Offline-queued messages legitimately carry times well in the past,
so the past is believed down to :data:`EARLIEST_PLAUSIBLE`; the future only within a
tolerance. An unbelievable time is replaced by the server's receive time and flagged.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: No charger in service today has anything to report from before this date.
EARLIEST_PLAUSIBLE = datetime(2015, 1, 1, tzinfo=UTC)
#: A session longer than this (by the charger's own clock) is not believed for fees
#: that grow with time.
MAX_PLAUSIBLE_SESSION = timedelta(days=7)
FLAG_CLOCK = "CLOCK"  # a start or stop time was replaced by the receive time
FLAG_DURATION = "DURATION"  # the charger's times span more than MAX_PLAUSIBLE_SESSION


def believable(claimed: datetime, received: datetime, future_tolerance_s: float) -> bool:
    return EARLIEST_PLAUSIBLE <= claimed <= received + timedelta(seconds=future_tolerance_s)


def effective_time(claimed: datetime, received: datetime,
                   future_tolerance_s: float) -> tuple[datetime, bool]:
    """(the time to use, whether the charger's was replaced)."""
    if believable(claimed, received, future_tolerance_s):
        return claimed, False
    return received, True
