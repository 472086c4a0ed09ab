"""OCPP 2.0.1/2.1 TransactionEvent, mapped onto the same ChargingService as 1.6.

The transactionId is the station's string. Rules:

* The first event to arrive creates the transaction (``start_transaction`` with that
  id): normally Started; after an offline period possibly Updated or Ended. Its start is
  then the earliest thing the event knows (a Transaction.Begin sample, else its earliest
  sample, else its timestamp). When the Started event arrives later, it corrects the
  start (``correct_start``); a transaction already closed is measured and priced again.
* Updated adds meter values and stores ``transactionInfo.chargingState``; an idToken on a
  transaction that had none (cable first, authorization later) attaches the driver.
* Ended adds its meter values and closes with ``stop_transaction`` (stoppedReason,
  default Local); the stop register is the Transaction.End sample, else the latest one.
* Each (seqNo, eventType) is applied once: a duplicate changes nothing and gets the same
  answer. A seqNo seen with another eventType is not a duplicate, and an Ended is applied
  while its transaction is open whatever its seqNo. ``transaction.seq_no`` keeps the
  highest seqNo applied, committed in the same database transaction as the event's effect
  (Started, Ended, and the event that creates the transaction): a kill between them can
  never leave an acknowledged Ended recorded as applied but not applied. Gaps are logged.
* ``evse`` may be missing from the event that creates a transaction: it is kept on a
  placeholder EVSE 0 until an event names its EVSE, then moved there with its samples.
* Every lookup is scoped to the station: another station's transaction is never reached.
* Events are applied in the order of their own timestamps where order matters: an event
  older than the chargingState stored does not overwrite it, and a late event never
  reopens a closed transaction (its meter values are still stored, with their own times).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.domain.units import MeterReading
from csms_desktop.protocol.connection import HandlerError, OCPPConnection
from csms_desktop.protocol.inputs import Stamp, readings, stamp
from csms_desktop.protocol.v201.common import (
    authorize_token,
    id_token_value,
    site_transaction_id,
    state,
    token_info,
)
from csms_desktop.protocol.v201.state import TxTrack
from csms_desktop.services.errors import ChargerInputError
from csms_desktop.store.models import Connector, Transaction

log = logging.getLogger(__name__)

BEGIN, END = "Transaction.Begin", "Transaction.End"

# chargingState -> the 1.6 connector word the session rules (idle time, sessions) know.
_SESSION_WORD = {"Charging": "Charging", "SuspendedEV": "SuspendedEV",
                 "SuspendedEVSE": "SuspendedEVSE"}

Samples = list[tuple[datetime, MeterReading]]
# Per connection (a station may name transaction ids at will): the site-wide ids of the
# station's own ids, and the rows of its settled transactions reused by Updated events.
MAX_KNOWN_IDS = 256
MAX_CACHED_ROWS = 16


def _registers(samples: Samples) -> list[tuple[datetime, float, str | None]]:
    return sorted((at, r.energy_kwh, r.context) for at, r in samples
                  if r.energy_kwh is not None)


def _start_point(event: str, at: datetime, samples: Samples
                 ) -> tuple[datetime, float | None, bool]:
    """(start time, start register or None, exact) implied by one event."""
    regs = _registers(samples)
    begin = next(((t, v) for t, v, ctx in regs if ctx == BEGIN), None)
    if begin is not None:
        return (min(at, begin[0]) if event == "Started" else begin[0]), begin[1], True
    if event == "Started":
        return at, (regs[0][1] if regs else None), True
    if regs and regs[0][0] <= at:
        return regs[0][0], regs[0][1], False
    return at, (regs[0][1] if regs else None), False


def _stop_register(samples: Samples) -> float | None:
    regs = _registers(samples)
    end = [v for _, v, ctx in regs if ctx == END]
    if end:
        return end[-1]
    return regs[-1][1] if regs else None


def _evse_of(conn: OCPPConnection, p: dict[str, Any], track: TxTrack,
             row: Transaction | None) -> int | None:
    """The EVSE this event is about: the event's own ``evse`` (when its id is in range),
    else the one known for the transaction. None: not known yet (a transaction may start
    before the station knows on which EVSE, e.g. Authorized before the cable)."""
    evse = p.get("evse")
    if evse and evse.get("id") is not None:
        n = int(evse["id"])
        try:
            conn.services.chargers.check_connector(conn.cp_id, n, "evse.id")
        except ChargerInputError:
            if row is None and track.evse is None:
                raise
            # a known transaction's Ended must close it whatever the evse says
            log.warning("%s: evse.id %d is out of range: the transaction's EVSE is used",
                        conn.cp_id, n)
        else:
            if n > 0:
                return n
    if track.evse is not None:
        return track.evse
    if row is not None:
        no = int(Connector.get_by_id(row.connector_id).connector_id)
        return no or None
    return None


def stored_transaction_id(cp_id: str, raw: str) -> str:
    """The site-wide id of station ``cp_id``'s transaction ``raw`` (see
    :func:`common.site_transaction_id`)."""
    def taken_by_other(candidate: str) -> bool:
        owner = (Transaction.select(Transaction.charge_point)
                 .where(Transaction.transaction_id == candidate).scalar())
        return owner is not None and owner != cp_id

    stored = site_transaction_id(cp_id, raw, taken_by_other)
    if stored != raw:
        log.warning("%s reuses transaction id %s of another station: stored as %s", cp_id,
                    raw, stored)
    return stored


def transaction_event(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    info = p["transactionInfo"]
    event, when, seq = p["eventType"], stamp(conn, p), int(p["seqNo"])
    at = when.at
    cp_id, charging = conn.cp_id, conn.services.charging
    raw = str(info["transactionId"])
    known: dict[str, str] = conn.state.setdefault("stored_tx_ids", {})
    tx_id = known.get(raw)
    if tx_id is None:
        tx_id = stored_transaction_id(cp_id, raw)
        if len(known) >= MAX_KNOWN_IDS:
            known.clear()
        known[raw] = tx_id
    rows: dict[str, Transaction] = conn.state.setdefault("tx_rows", {})
    row = rows.get(tx_id) if event == "Updated" else None
    if row is None:  # an Updated event of a settled transaction reuses the row it read
        row = Transaction.get_or_none((Transaction.transaction_id == tx_id)
                                      & (Transaction.charge_point == cp_id))
    track = state(conn).track(cp_id, tx_id, row)
    active = row is None or row.status == TransactionStatus.ACTIVE
    if row is not None and track.start_known and event == "Updated" and active \
            and len(rows) < MAX_CACHED_ROWS:
        rows[tx_id] = row  # its start is settled: later Updated events change no column read
    else:
        rows.pop(tx_id, None)
    token = p.get("idToken")
    tag = id_token_value(token)
    if track.is_duplicate(seq, event, active):
        log.info("%s transaction %s: %s seqNo %d already applied; answered again", cp_id,
                 tx_id, event, seq)
        return _answer(conn, token, at, row, event)
    evse_no = _evse_of(conn, p, track, row)
    samples = readings(conn, p.get("meterValue") or [])
    durable = event in ("Started", "Ended") or row is None
    if event == "Ended":
        conn.services.writer.flush()  # earlier samples take part in the stop's cross-check
    db = Transaction._meta.database
    try:
        if durable:  # the effect and its seqNo bookkeeping commit together, or not at all
            with db.atomic():
                answer_auth = _apply(conn, p, event, when, seq, tx_id, row, track, evse_no,
                                     samples, tag, direct=True)
        else:
            answer_auth = _apply(conn, p, event, when, seq, tx_id, row, track, evse_no,
                                 samples, tag, direct=False)
    except Exception:
        charging.forget(cp_id, tx_id)  # caches may hold a row that was rolled back
        rows.pop(tx_id, None)
        state(conn).transactions.pop((cp_id, tx_id), None)  # rebuilt from the database
        raise
    track.note(cp_id, tx_id, seq, event)
    if event == "Ended":
        track.ended = True
        missing = track.missing()
        if missing:
            log.warning("%s transaction %s ended with seqNo(s) %s not received yet",
                        cp_id, tx_id, missing[:20])
        _already_free(conn, tx_id)
        if p.get("costDetails"):  # OCPP 2.1: the station's own price, checked against ours
            from csms_desktop.protocol.v201.tariffs import cost_details_received

            cost_details_received(conn, tx_id, p["costDetails"])
    if durable:
        conn.services.writer.require_durable()  # the answer confirms a durable row
    return _answer(conn, token, at, None, event, answer_auth, tx_id)


def _apply(conn: OCPPConnection, p: dict[str, Any], event: str, when: Stamp, seq: int,
           tx_id: str, row: Transaction | None, track: TxTrack, evse_no: int | None,
           samples: Samples, tag: str | None, direct: bool) -> dict[str, Any] | None:
    """Everything one TransactionEvent changes (inside the caller's database transaction
    when ``direct``); returns the idTokenInfo the answer carries, if any."""
    info = p["transactionInfo"]
    cp_id, charging, at = conn.cp_id, conn.services.charging, when.at
    answer_auth: dict[str, Any] | None = None
    seq_no = seq if track.max_seq is None else max(track.max_seq, seq)
    if row is None:  # the first event to arrive creates the transaction
        start_at, start_kwh, exact = _start_point(event, at, samples)
        try:
            result = charging.start_transaction(
                cp_id, evse_no or 0, tag, start_kwh or 0.0, start_at, transaction_id=tx_id,
                reservation_ocpp_id=p.get("reservationId"),
                remote_start_id=info.get("remoteStartId"), received_at=when.received,
                clock_replaced=when.replaced, extra={"seq_no": seq_no})
        except LookupError as exc:
            raise HandlerError("security", str(exc)) from exc
        if tag is not None:
            answer_auth = token_info(result.auth, tag)
        track.start_known = exact
        track.meter_start_known = start_kwh is not None
        if evse_no is None:
            log.info("%s transaction %s started without an EVSE: kept on EVSE 0 until an "
                     "event names it", cp_id, tx_id)
        if event != "Started":
            log.warning("%s transaction %s: first event to arrive is %s (seqNo %d, offline %s)",
                        cp_id, tx_id, event, seq, bool(p.get("offline")))
    else:
        _late_start_facts(charging, track, row, event, at, samples, tag)
        if evse_no is not None and charging.assign_evse(cp_id, tx_id, evse_no):
            log.info("%s transaction %s: now on EVSE %d", cp_id, tx_id, evse_no)
        if tag is not None and event != "Ended" and not row.id_tag and \
                charging.tag_over_limit(tag, tx_id):
            answer_auth = {"status": "ConcurrentTx"}
    if evse_no is not None:
        track.evse = evse_no
    where = evse_no or 0
    if samples:
        charging.meter_values(cp_id, where, tx_id, samples, direct=direct)
    changes: dict[str, Any] = {"seq_no": seq_no}
    if info.get("remoteStartId") is not None:
        changes["remote_start_id"] = int(info["remoteStartId"])
    charging_state = info.get("chargingState")
    newest = track.state_at is None or at >= track.state_at
    if charging_state and newest and not (track.ended and event != "Ended"):
        changes["charging_state"] = charging_state
        if evse_no is not None:
            _session_rules(conn, track, evse_no, charging_state, at, event)
    if newest:
        track.state_at = at
    if event == "Ended":
        charging.stop_transaction(cp_id, tx_id, _stop_register(samples), at,
                                  reason=info.get("stoppedReason") or "Local", id_tag=tag,
                                  received_at=when.received, clock_replaced=when.replaced,
                                  extra=changes)
    elif direct:
        Transaction.update(**changes).where((Transaction.transaction_id == tx_id)
                                            & (Transaction.charge_point == cp_id)).execute()
    else:  # an Updated event (meter values): batched with them, not a commit each
        assert row is not None
        conn.services.writer.update_later(Transaction, str(row.id), **changes)
    return answer_auth


def _late_start_facts(charging: Any, track: TxTrack, row: Transaction, event: str,
                      at: datetime, samples: Samples, tag: str | None) -> None:
    """What a later event tells about the start: the Started event itself, an earlier
    register reading (while Started is still missing), a late authorization."""
    tx_id = str(row.transaction_id)
    if not track.start_known:
        start_at, start_kwh, exact = _start_point(event, at, samples)
        if event == "Started" or exact:
            charging.correct_start(tx_id, start_at, start_kwh,
                                   tag if event == "Started" else None)
            track.start_known = True
            track.meter_start_known = track.meter_start_known or start_kwh is not None
        elif start_kwh is not None and (not track.meter_start_known
                                        or start_at < row.start_time):
            charging.correct_start(tx_id, start_at, start_kwh)
            track.meter_start_known = True
    if tag is not None and event != "Ended":
        charging.correct_start(tx_id, id_tag=tag)  # no-op when the transaction has a tag


def _already_free(conn: OCPPConnection, tx_id: str) -> None:
    """After an offline period the station may report the EVSE Available before it
    replays the transaction: once the transaction is closed, that status applies."""
    tx = Transaction.get_or_none((Transaction.transaction_id == tx_id)
                                 & (Transaction.charge_point == conn.cp_id))
    if tx is None:
        return
    evse = Connector.get_by_id(tx.connector_id)
    evse_no = int(evse.connector_id)
    if evse_no == 0 or evse.ocpp_status != "Available" or evse.status_time is None \
            or evse.status_time < tx.start_time:
        return
    if tx.zombie:  # the station did end it: it was not abandoned
        Transaction.update(zombie=False).where(Transaction.id == tx.id).execute()
    conn.services.charging.on_connector_status(conn.cp_id, evse_no, "Available",
                                               evse.status_time)


def _session_rules(conn: OCPPConnection, track: TxTrack, evse_no: int, charging_state: str,
                   at: datetime, event: str) -> None:
    """chargingState drives the same session / idle-time rules as 1.6 connector statuses."""
    if charging_state in ("Charging", "SuspendedEVSE"):
        track.charged = True
    word = _SESSION_WORD.get(charging_state)
    if charging_state == "EVConnected":
        word = "Finishing" if track.charged else "Preparing"
    if word == track.last_word:
        return  # every meter event repeats the state: the session rules ran already
    track.last_word = word
    if word is not None and event != "Ended":
        conn.services.charging.on_connector_status(conn.cp_id, evse_no, word, at)
        # the EVSE says Occupied; its chargingState is what an attendant wants to see
        conn.services.chargers.record_charging_state(conn.cp_id, evse_no, word, at)


def _answer(conn: OCPPConnection, token: dict[str, Any] | None, at: datetime,
            row: Transaction | None, event: str, auth: dict[str, Any] | None = None,
            tx_id: str | None = None) -> dict[str, Any]:
    """idTokenInfo when the request carried an idToken; totalCost once it is closed."""
    answer: dict[str, Any] = {}
    if token is not None:
        answer["idTokenInfo"] = auth or authorize_token(conn, token, None, at)
    if event == "Ended":
        if row is None and tx_id is not None:
            row = Transaction.get_or_none((Transaction.transaction_id == tx_id)
                                          & (Transaction.charge_point == conn.cp_id))
        if row is not None and row.status != TransactionStatus.ACTIVE and \
                row.total_cost is not None:
            answer["totalCost"] = float(row.total_cost)
    return answer
