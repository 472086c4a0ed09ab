"""In-memory bookkeeping of the 2.0.1/2.1 handlers, kept across reconnections.

It lives in ``services.extras["v201"]`` (one per Services bundle, so per process):

* per transaction: the seqNos seen (duplicates change nothing), whether the start is
  known exactly (a Started event arrived), the timestamp of the chargingState stored
  (an older event never overwrites a newer state);
* per EVSE: the status of each of its connectors (an EVSE row shows the most telling one);
* per NotifyReport / ReportChargingProfiles request: the parts seen so far.

After a restart only what the database holds is known: ``transaction.seq_no`` (the
highest seqNo applied) counts as seen, and an existing transaction's start is trusted.
"""

from __future__ import annotations

import itertools
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.services.ratelimit import RateLimitedLog

if TYPE_CHECKING:
    from csms_desktop.services.context import Services
    from csms_desktop.store.models import Transaction

log = logging.getLogger(__name__)
_gap_log = RateLimitedLog(log)

MAX_TRACKED_TRANSACTIONS = 10_000
MAX_TRACKED_REPORTS = 1_000
MAX_SEEN_PER_TRANSACTION = 64  # the newest (seqNo, eventType) pairs; older ones: max_seq
MAX_PARTS_PER_REPORT = 4_096  # a report's seqNos remembered (duplicates); older ones forgotten


def gaps(numbers: set[int] | list[int], limit: int = 100, start: int | None = None) -> list[int]:
    """The first ``limit`` integers missing between ``start`` (default: the lowest) and
    the highest of ``numbers``. Walks the gaps, never the range: a station may send
    seqNo 0 and then 2**31 - 1."""
    seqs = sorted(set(numbers))
    if start is not None and seqs and start < seqs[0]:
        seqs.insert(0, start - 1)
    out: list[int] = []
    for a, b in itertools.pairwise(seqs):
        out.extend(range(a + 1, min(b, a + 1 + limit - len(out))))
        if len(out) >= limit:
            break
    return out


@dataclass
class TxTrack:
    """What the CSMS knows about one 2.0.1 transaction beyond its row."""

    seen: set[tuple[int, str]] = field(default_factory=set)  # (seqNo, eventType) applied
    max_seq: int | None = None
    start_known: bool = False  # a Started event (or Transaction.Begin sample) set the start
    meter_start_known: bool = False  # start_meter_value is a real register reading
    state_at: datetime | None = None  # timestamp of the event whose chargingState is stored
    charged: bool = False  # energy has flowed (EVConnected then means "finished")
    evse: int | None = None
    ended: bool = False
    last_word: str | None = None  # the session word last applied (Charging, SuspendedEV...)
    stored_id: str | None = None  # transaction.transaction_id (may be "<id>@<station>")
    restored_seq: int | None = None  # transaction.seq_no when the track was made from the row

    def is_duplicate(self, seq: int, event: str, active: bool) -> bool:
        """Was this very event applied already? A seqNo seen with another eventType is not
        a duplicate (a charger that reuses seqNo 3 for Ended after an Updated 3 must not
        have its stop dropped), and an Ended is applied while the transaction is still
        open, whatever its seqNo. After a restart only the highest seqNo applied is known
        (``restored_seq``): an Updated at or below it counts as applied."""
        if (seq, event) in self.seen:
            return event != "Ended" or not active
        if event == "Ended":
            return not active and self.restored_seq is not None and seq <= self.restored_seq
        return event == "Updated" and self.restored_seq is not None and seq <= self.restored_seq

    def note(self, cp_id: str, tx_id: str, seq: int, event: str) -> None:
        """Record an applied event; log a gap (a message lost or still queued)."""
        if self.max_seq is not None and seq > self.max_seq + 1:
            _gap_log.warning(cp_id, "%s transaction %s: seqNo gap, %d follows %d (missing or "
                             "late events)", cp_id, tx_id, seq, self.max_seq)
        self.seen.add((seq, event))
        self.max_seq = seq if self.max_seq is None else max(self.max_seq, seq)
        while len(self.seen) > MAX_SEEN_PER_TRANSACTION:  # a charger may send seqNos at will
            oldest = min(self.seen)
            self.seen.discard(oldest)
            # an Updated at or below the forgotten ones still counts as applied
            self.restored_seq = max(self.restored_seq or oldest[0], oldest[0])

    def missing(self, limit: int = 100) -> list[int]:
        """The first ``limit`` seqNos not seen between the lowest and the highest (walks
        the gaps, not the range: a station may jump from 0 to 2**31)."""
        return gaps({n for n, _ in self.seen}, limit)


@dataclass
class ReportTrack:
    """Parts of one multi-part report (NotifyReport, ReportChargingProfiles, ...)."""

    parts: set[int] = field(default_factory=set)
    rows: int = 0
    done: bool = False
    items: list[Any] = field(default_factory=list)  # kept only where nothing is stored
    # an unfiltered request (GetDisplayMessages): when it was sent; its last part
    # removes what the station no longer has
    full_since: datetime | None = None


class V201State:
    def __init__(self) -> None:
        self.transactions: OrderedDict[tuple[str, str], TxTrack] = OrderedDict()
        self.reports: OrderedDict[tuple[str, str, int], ReportTrack] = OrderedDict()
        self.evse_status: dict[tuple[str, int], dict[int, str]] = {}
        # per charger: its tracked transaction ids and EVSEs (forget_charger)
        self._tracked: dict[str, set[str]] = {}
        self._evses: dict[str, set[int]] = {}

    def track(self, cp_id: str, tx_id: str, row: Transaction | None) -> TxTrack:
        key = (cp_id, tx_id)
        track = self.transactions.get(key)
        if track is not None:
            self.transactions.move_to_end(key)
            return track
        track = TxTrack()
        if row is not None:  # known from the database only (e.g. after a restart)
            track.start_known = track.meter_start_known = True
            if row.seq_no is not None:
                track.restored_seq = track.max_seq = int(row.seq_no)
            track.ended = row.status != TransactionStatus.ACTIVE
            track.state_at = row.end_time if track.ended else None
        self.transactions[key] = track
        self._tracked.setdefault(cp_id, set()).add(tx_id)
        while len(self.transactions) > MAX_TRACKED_TRANSACTIONS:
            (old_cp, old_tx), _ = self.transactions.popitem(last=False)
            ids = self._tracked.get(old_cp)
            if ids is not None:
                ids.discard(old_tx)
                if not ids:
                    del self._tracked[old_cp]
        return track

    def evse(self, cp_id: str, evse_no: int) -> dict[int, str]:
        """The last status of each connector of an EVSE (connector id -> status)."""
        self._evses.setdefault(cp_id, set()).add(evse_no)
        return self.evse_status.setdefault((cp_id, evse_no), {})

    def forget_charger(self, cp_id: str) -> None:
        """``cp_id`` connected after another node served it (services/nodebus.py): its
        transactions are tracked again from their rows (seqNo, ended), its EVSEs'
        connector statuses afresh."""
        for tx_id in self._tracked.pop(cp_id, ()):
            self.transactions.pop((cp_id, tx_id), None)
        for evse in self._evses.pop(cp_id, ()):
            self.evse_status.pop((cp_id, evse), None)

    def report(self, kind: str, cp_id: str, request_id: int) -> ReportTrack:
        key = (kind, cp_id, request_id)
        track = self.reports.get(key)
        if track is None:
            track = self.reports[key] = ReportTrack()
            while len(self.reports) > MAX_TRACKED_REPORTS:
                self.reports.popitem(last=False)
        return track


def state_of(services: Services) -> V201State:
    state = services.extras.get("v201")
    if state is None:
        state = services.extras["v201"] = V201State()
        # several nodes: dropped when a charger connects (ChargerService.on_connected)
        services.chargers.forgetters.append(state.forget_charger)
    return state
