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
* Each seqNo is applied once: a duplicate changes nothing and gets the same answer.
  ``transaction.seq_no`` keeps the highest seqNo applied; gaps are logged.
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
from csms_desktop.protocol.v201.common import (
    authorize_token,
    id_token_value,
    readings,
    state,
    token_info,
    ts,
)
from csms_desktop.protocol.v201.state import TxTrack
from csms_desktop.store.models import Connector, Transaction

log = logging.getLogger(__name__)

BEGIN, END = "Transaction.Begin", "Transaction.End"

# chargingState -> the 1.6 connector word the session rules (idle time, sessions) know.
_SESSION_WORD = {"Charging": "Charging", "SuspendedEV": "SuspendedEV",
                 "SuspendedEVSE": "SuspendedEVSE"}

Samples = list[tuple[datetime, MeterReading]]


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


def _evse_of(p: dict[str, Any], track: TxTrack, row: Transaction | None) -> int | None:
    evse = p.get("evse")
    if evse and evse.get("id") is not None:
        return int(evse["id"])
    if track.evse is not None:
        return track.evse
    if row is not None:
        return int(Connector.get_by_id(row.connector_id).connector_id)
    return None


def stored_transaction_id(cp_id: str, raw: str) -> str:
    """2.0.1 ids are chosen per station, ``transaction.transaction_id`` is unique site-wide.

    The station's own id is stored as is unless another station already used it; then
    it is stored as ``<id>@<station>`` (``V201Adapter`` strips the suffix on the wire).
    """
    owner = (Transaction.select(Transaction.charge_point)
             .where(Transaction.transaction_id == raw).scalar())
    if owner is None or owner == cp_id:
        return raw
    log.warning("%s reuses transaction id %s of %s: stored as %s@%s", cp_id, raw, owner, raw,
                cp_id)
    return f"{raw}@{cp_id}"[:64]


async def transaction_event(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    info = p["transactionInfo"]
    event, at, seq = p["eventType"], ts(p), int(p["seqNo"])
    cp_id, charging = conn.cp_id, conn.services.charging
    raw = str(info["transactionId"])
    known: dict[str, str] = conn.state.setdefault("stored_tx_ids", {})
    tx_id = known.get(raw) or known.setdefault(raw, stored_transaction_id(cp_id, raw))
    rows: dict[str, Transaction] = conn.state.setdefault("tx_rows", {})
    row = rows.get(tx_id) if event == "Updated" else None
    if row is None:  # an Updated event of a settled transaction reuses the row it read
        row = Transaction.get_or_none(Transaction.transaction_id == tx_id)
    track = state(conn).track(cp_id, tx_id, row)
    if row is not None and track.start_known and event == "Updated":
        rows[tx_id] = row  # its start is settled: later Updated events change no column read
    else:
        rows.pop(tx_id, None)
    token = p.get("idToken")
    tag = id_token_value(token)
    evse_no = _evse_of(p, track, row)
    if seq in track.seen:
        log.info("%s transaction %s: seqNo %d already applied; %s ignored", cp_id, tx_id, seq,
                 event)
        return _answer(conn, token, evse_no, at, row, event)
    samples = readings(conn, p.get("meterValue") or [])
    if row is None and evse_no is None:
        raise HandlerError("occurrence", f"transaction {tx_id} is new: evse is required")
    assert evse_no is not None
    track.note(cp_id, tx_id, seq)
    track.evse = evse_no
    answer_auth: dict[str, Any] | None = None

    if row is None:  # the first event to arrive creates the transaction
        start_at, start_kwh, exact = _start_point(event, at, samples)
        try:
            result = charging.start_transaction(
                cp_id, evse_no, tag, start_kwh or 0.0, start_at, transaction_id=tx_id,
                reservation_ocpp_id=p.get("reservationId"),
                remote_start_id=info.get("remoteStartId"))
        except LookupError as exc:
            raise HandlerError("security", str(exc)) from exc
        if tag is not None:
            answer_auth = token_info(result.auth, tag)
        track.start_known = exact
        track.meter_start_known = start_kwh is not None
        if event != "Started":
            log.warning("%s transaction %s: first event to arrive is %s (seqNo %d, offline %s)",
                        cp_id, tx_id, event, seq, bool(p.get("offline")))
    else:
        _late_start_facts(charging, track, row, event, at, samples, tag)

    if samples:
        charging.meter_values(cp_id, evse_no, tx_id, samples)
    changes: dict[str, Any] = {"seq_no": track.max_seq}
    if info.get("remoteStartId") is not None:
        changes["remote_start_id"] = int(info["remoteStartId"])
    charging_state = info.get("chargingState")
    newest = track.state_at is None or at >= track.state_at
    if charging_state and newest and not (track.ended and event != "Ended"):
        changes["charging_state"] = charging_state
        _session_rules(conn, track, evse_no, charging_state, at, event)
    if newest:
        track.state_at = at
    if event in ("Started", "Ended") or row is None:
        Transaction.update(**changes).where(Transaction.transaction_id == tx_id).execute()
    else:  # an Updated event (meter values): batched with them, not a commit each
        conn.services.writer.update_later(Transaction, str(row.id), **changes)

    if event == "Ended":
        track.ended = True
        charging.stop_transaction(cp_id, tx_id, _stop_register(samples), at,
                                  reason=info.get("stoppedReason") or "Local", id_tag=tag)
        missing = track.missing()
        if missing:
            log.warning("%s transaction %s ended with seqNo(s) %s not received yet",
                        cp_id, tx_id, missing[:20])
        _already_free(conn, evse_no, tx_id)
    if event in ("Started", "Ended") or row is None:
        await conn.services.writer.durable()  # the answer confirms a durable row
    return _answer(conn, token, evse_no, at, None, event, answer_auth, tx_id)


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


def _already_free(conn: OCPPConnection, evse_no: int, tx_id: str) -> None:
    """After an offline period the station may report the EVSE Available before it
    replays the transaction: once the transaction is closed, that status applies."""
    evse = Connector.get_or_none((Connector.charge_point == conn.cp_id)
                                 & (Connector.connector_id == evse_no))
    tx = Transaction.get(Transaction.transaction_id == tx_id)
    if evse is None or evse.ocpp_status != "Available" or evse.status_time is None \
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


def _answer(conn: OCPPConnection, token: dict[str, Any] | None, evse_no: int | None,
            at: datetime, row: Transaction | None, event: str,
            auth: dict[str, Any] | None = None, tx_id: str | None = None) -> dict[str, Any]:
    """idTokenInfo when the request carried an idToken; totalCost once it is closed."""
    answer: dict[str, Any] = {}
    if token is not None:
        answer["idTokenInfo"] = auth or authorize_token(conn, token, None, at)
    if event == "Ended":
        if row is None and tx_id is not None:
            row = Transaction.get_or_none(Transaction.transaction_id == tx_id)
        if row is not None and row.status != TransactionStatus.ACTIVE and \
                row.total_cost is not None:
            answer["totalCost"] = float(row.total_cost)
    return answer
