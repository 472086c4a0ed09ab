"""Transactions, meter values and charging sessions, version-neutral.

1.6 and 2.0.1 handlers both call these methods: energy and cost follow one code path.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee as pw

from csms_desktop.domain.clock import FLAG_CLOCK, FLAG_DURATION, MAX_PLAUSIBLE_SESSION
from csms_desktop.domain.enums import (
    ConnectorStatus,
    NotificationType,
    ReservationStatus,
    SessionStatus,
    TransactionStatus,
)
from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.domain.units import MeterReading, energy_delta_kwh
from csms_desktop.services import security
from csms_desktop.services.authorization import Authorizer, AuthResult
from csms_desktop.services.chargers import ChargerService
from csms_desktop.services.events import (
    EventHub,
    MeterSampled,
    TransactionEnded,
    TransactionStarted,
)
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.pricing import price_transaction
from csms_desktop.services.ratelimit import RateLimitedLog
from csms_desktop.services.settings import SiteSettings
from csms_desktop.services.writer import BatchWriter
from csms_desktop.store.models import (
    ChargePoint,
    ChargingSession,
    Connector,
    MeterValue,
    Reservation,
    Setting,
    Transaction,
)
from csms_desktop.store.sequences import NEXT_TX_KEY, next_transaction_id, uses_sequence

log = logging.getLogger(__name__)

MISMATCH_TOLERANCE_KWH = 0.5  # meterStop vs. the last register sample
CONCURRENT_TX = "ConcurrentTx"
MAX_REMEMBERED = 20_000  # (charger, transaction id) lookups kept in memory


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > MAX_REMEMBERED:
        cache.popitem(last=False)


@dataclass(frozen=True)
class StartResult:
    transaction_id: str
    auth: AuthResult
    duplicate: bool


@dataclass(frozen=True)
class StopResult:
    found: bool
    duplicate: bool
    energy_flag: str | None = None
    foreign: bool = False  # the id belongs to another charger's transaction: not touched


class ChargingService:
    def __init__(self, hub: EventHub, writer: BatchWriter, settings: SiteSettings,
                 chargers: ChargerService, authorizer: Authorizer, notifier: Notifier) -> None:
        self.hub = hub
        self.writer = writer
        self.settings = settings
        self.chargers = chargers
        self.authorizer = authorizer
        self.notifier = notifier
        self._next_tx: int | None = None
        # (charger, OCPP transaction id) -> row id; bounded: a charger can name ids at will
        self._tx_rows: OrderedDict[tuple[str, str], str] = OrderedDict()
        # (charger, id) a charger named that is none of its transactions: the next meter
        # values naming it cost no query (a charger may send them for minutes)
        self._not_mine: OrderedDict[tuple[str, str], str | None] = OrderedDict()  # -> owner
        self._rate_log = RateLimitedLog(log)
        chargers.forgetters.append(self.forget_charger)

    # ------------------------------------------------------------ ids
    def _allocate_transaction_id(self) -> int:
        """1.6 integer ids: unique and never reused, even after rows are deleted.

        PostgreSQL: from the database's sequence (several nodes may serve one database);
        SQLite: counted here, the counter stored with the transaction."""
        db = Transaction._meta.database
        if uses_sequence(db):
            return next_transaction_id(db)
        if self._next_tx is None:
            stored = Setting.get_or_none(Setting.key == NEXT_TX_KEY)
            start = int(stored.value) if stored and stored.value is not None else 1
            ids: list[tuple[str]] = list(
                Transaction.select(Transaction.transaction_id).tuples())  # type: ignore[arg-type]
            numeric = [int(t) for (t,) in ids if str(t).isdigit()]
            self._next_tx = max([start, *(n + 1 for n in numeric)])
        value = self._next_tx
        self._next_tx += 1
        Setting.insert(key=NEXT_TX_KEY, value=self._next_tx, updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: self._next_tx}
        ).execute()
        return value

    def transaction_row_id(self, cp_id: str, transaction_id: str) -> str | None:
        """The row of ``cp_id``'s transaction ``transaction_id`` (None: none of its own).

        Every lookup by an OCPP id is scoped to the charger that names it: a transaction
        belongs to the charger that started it, and no other charger's message reaches it.
        """
        key = (cp_id, transaction_id)
        row_id = self._tx_rows.get(key)
        if row_id is not None:
            return row_id
        if key in self._not_mine:
            return None
        row = (Transaction.select(Transaction.id)
               .where((Transaction.transaction_id == transaction_id)
                      & (Transaction.charge_point == cp_id)).scalar())
        if row is None:
            _remember(self._not_mine, key, self.owner_of(transaction_id))
            return None
        _remember(self._tx_rows, key, str(row))
        return str(row)

    def _forget_unknown(self, cp_id: str, transaction_id: str) -> None:
        self._not_mine.pop((cp_id, transaction_id), None)

    def forget(self, cp_id: str, transaction_id: str) -> None:
        """Drop what is cached about a transaction (its row may have been rolled back)."""
        self._tx_rows.pop((cp_id, transaction_id), None)
        self._not_mine.pop((cp_id, transaction_id), None)

    def forget_charger(self, cp_id: str) -> None:
        """``cp_id`` connected after another node served it: the ids it named that were
        none of its transactions may be its transactions now (started on that node), so
        the negative cache is dropped (all of it: it only grows with ids chargers invent,
        and a lookup by key is what it is for). Found rows stay: a row's id never changes."""
        self._not_mine.clear()

    def tag_over_limit(self, id_tag: str, transaction_id: str) -> bool:
        """Would ``id_tag`` exceed its active transactions if it joined this one?"""
        return self.active_transactions_of_tag(id_tag, excluding=transaction_id) >= \
            self.settings.max_active_transactions_per_tag

    def assign_evse(self, cp_id: str, transaction_id: str, evse_no: int) -> bool:
        """Move a transaction that started without an EVSE (on the placeholder EVSE 0) to
        EVSE ``evse_no``, with its samples and session. False when nothing moved."""
        tx = Transaction.get_or_none((Transaction.transaction_id == transaction_id)
                                     & (Transaction.charge_point == cp_id))
        if tx is None:
            return False
        old = Connector.get_by_id(tx.connector_id)
        if old.connector_id != 0 or evse_no == 0:
            return False
        new_id = self.chargers.connector_row_id(cp_id, evse_no)
        assert new_id is not None
        with Transaction._meta.database.atomic():
            Transaction.update(connector=new_id).where(Transaction.id == tx.id).execute()
            MeterValue.update(connector=new_id).where(
                (MeterValue.transaction == tx.id) & (MeterValue.connector == old.id)).execute()
            live = (ChargingSession.select().where(
                (ChargingSession.connector == new_id)
                & (ChargingSession.status == SessionStatus.ACTIVE)).first())
            mine = ChargingSession.select().where(ChargingSession.transaction == tx.id)
            if live is not None:  # the EVSE's own session (its cable) takes the transaction
                ChargingSession.update(transaction=tx.id, user=tx.user_id or live.user_id,
                                       start_time=min(live.start_time, tx.start_time)).where(
                    ChargingSession.id == live.id).execute()
                ChargingSession.delete().where(ChargingSession.id.in_(
                    [s.id for s in mine if s.id != live.id])).execute()
            else:
                ChargingSession.update(connector=new_id).where(
                    ChargingSession.transaction == tx.id).execute()
            still_used = (Transaction.select().where(Transaction.connector == old.id).exists()
                          or MeterValue.select().where(MeterValue.connector == old.id).exists()
                          or ChargingSession.select().where(
                              ChargingSession.connector == old.id).exists())
            if not still_used:
                Connector.delete().where(Connector.id == old.id).execute()
                self.chargers.forget_connector(cp_id, 0)
        return True

    def owner_of(self, transaction_id: str) -> str | None:
        """The charger a transaction id belongs to (None: no such transaction)."""
        return (Transaction.select(Transaction.charge_point)
                .where(Transaction.transaction_id == transaction_id).scalar())

    def _foreign(self, cp_id: str, transaction_id: str, what: str) -> bool:
        """True (and a security event) when ``transaction_id`` is another charger's."""
        key = (cp_id, transaction_id)
        owner = self._not_mine[key] if key in self._not_mine else self.owner_of(transaction_id)
        if owner is None or owner == cp_id:
            return False
        self.chargers.security.raise_event(
            cp_id, security.FOREIGN_TRANSACTION,
            f"{what} names transaction {transaction_id} of charger {owner}: ignored")
        return True

    @staticmethod
    def active_transactions_of_tag(id_tag: str, excluding: str | None = None) -> int:
        """ACTIVE transactions the tag was accepted for (tags compare case-insensitively;
        one refused at its start, which the charger is about to stop, does not count)."""
        q = Transaction.select().where(
            (pw.fn.LOWER(Transaction.id_tag) == id_tag.lower())
            & (Transaction.status == TransactionStatus.ACTIVE)
            & (Transaction.auth_status.is_null() | (Transaction.auth_status == "Accepted")))
        if excluding is not None:
            q = q.where(Transaction.transaction_id != excluding)
        return int(q.count())

    def active_transaction(self, cp_id: str, connector_no: int) -> Transaction | None:
        conn_id = self.chargers.connector_row_id(cp_id, connector_no, create=False)
        if conn_id is None:
            return None
        return (Transaction.select()
                .where((Transaction.connector == conn_id)
                       & (Transaction.status == TransactionStatus.ACTIVE))
                .order_by(Transaction.start_time.desc()).first())

    # ------------------------------------------------------------ start
    def start_transaction(
        self,
        cp_id: str,
        connector_no: int,
        id_tag: str | None,
        meter_start_kwh: float,
        timestamp: datetime,
        transaction_id: str | None = None,
        reservation_ocpp_id: int | None = None,
        remote_start_id: int | None = None,
        received_at: datetime | None = None,
        clock_replaced: bool = False,
        extra: dict[str, object] | None = None,
    ) -> StartResult:
        """Create the transaction row (durably, in one database transaction).

        ``transaction_id`` None means 1.6: the CSMS issues an integer. A retry of the same
        StartTransaction (same charger, connector, tag, meter and time) returns the same id.
        A tag already holding ``max_active_transactions_per_tag`` ACTIVE transactions gets
        ``ConcurrentTx`` (the transaction is still recorded: the charger has started it
        and will stop it). ``received_at`` is the server's clock when the start arrived;
        ``clock_replaced`` that the charger's time was not believed (``timestamp`` is then
        the receive time). ``extra``: more columns for the new row (2.0.1 seqNo), written
        in the same database transaction.
        """
        conn_id = self.chargers.connector_row_id(cp_id, connector_no)
        if conn_id is None:
            raise LookupError(f"unknown charge point {cp_id}")
        auth = (self.authorizer.authorize(cp_id, id_tag, connector_no, timestamp) if id_tag
                else AuthResult("Accepted"))
        db = Transaction._meta.database
        with db.atomic():
            if transaction_id is None:
                dup = Transaction.get_or_none(
                    (Transaction.connector == conn_id) & (Transaction.id_tag == id_tag)
                    & (Transaction.start_time == timestamp)
                    & (Transaction.start_meter_value == meter_start_kwh)
                )
                if dup is not None:
                    log.info("%s: repeated StartTransaction, answering id %s again",
                             cp_id, dup.transaction_id)
                    return StartResult(str(dup.transaction_id), auth, True)
                transaction_id = str(self._allocate_transaction_id())
            else:
                existing = Transaction.get_or_none(Transaction.transaction_id == transaction_id)
                if existing is not None:
                    return StartResult(transaction_id, auth, True)
            # a tag nobody registered (free charging) names no account to protect: one
            # central token may start many chargers (an operator's, a fleet card reader's)
            if id_tag and auth.accepted and auth.known and \
                    self.active_transactions_of_tag(id_tag) >= \
                    self.settings.max_active_transactions_per_tag:
                # checked and inserted in one database transaction, on one thread: two
                # chargers starting with the same tag at once cannot both pass
                log.info("%s: tag %s already holds %d active transaction(s): ConcurrentTx",
                         cp_id, id_tag, self.settings.max_active_transactions_per_tag)
                auth = dataclasses.replace(auth, status=CONCURRENT_TX)
            reservation = self._use_reservation(cp_id, conn_id, id_tag, reservation_ocpp_id,
                                                auth.reservation_id)
            tx = Transaction.create(
                transaction_id=transaction_id, user=auth.user_id, charge_point=cp_id,
                connector=conn_id, start_time=timestamp, start_meter_value=meter_start_kwh,
                status=TransactionStatus.ACTIVE, id_tag=id_tag, reservation=reservation,
                remote_start_id=remote_start_id, start_received_at=received_at or utcnow(),
                auth_status=auth.status if id_tag else None,
                clock_flag=FLAG_CLOCK if clock_replaced else None, **(extra or {}),
            )
            _remember(self._tx_rows, (cp_id, transaction_id), str(tx.id))
            self._forget_unknown(cp_id, transaction_id)
            self._open_session(cp_id, conn_id, auth.user_id, timestamp, tx.id)
        if reservation is not None:
            self._reservation_note(reservation, "Reservation used",
                                   f"Transaction {transaction_id} started on {cp_id}/"
                                   f"{connector_no}: the reservation is complete.")
        self.hub.publish(TransactionStarted(cp_id, connector_no, transaction_id, id_tag,
                                            auth.user_id, timestamp))
        self.notifier.notify(
            NotificationType.CHARGING_STARTED, f"Charging started on {cp_id}/{connector_no}",
            f"Transaction {transaction_id} with tag {id_tag or '-'}.", user_id=auth.user_id,
            charge_point_id=cp_id,
        )
        return StartResult(transaction_id, auth, False)

    @staticmethod
    def _use_reservation(cp_id: str, conn_id: str, id_tag: str | None,
                         ocpp_id: int | None, res_id: str | None) -> str | None:
        res = None
        if ocpp_id is not None:
            res = Reservation.get_or_none(Reservation.ocpp_reservation_id == ocpp_id)
        if res is None and res_id is not None:
            res = Reservation.get_or_none(Reservation.id == res_id)
        if res is None or res.status != ReservationStatus.ACTIVE:
            return None
        Reservation.update(status=ReservationStatus.COMPLETED).where(
            Reservation.id == res.id).execute()
        return str(res.id)

    # ------------------------------------------------------------ stop
    def stop_transaction(
        self,
        cp_id: str,
        transaction_id: str,
        meter_stop_kwh: float | None,
        timestamp: datetime,
        reason: str | None = None,
        id_tag: str | None = None,
        status: TransactionStatus = TransactionStatus.COMPLETED,
        received_at: datetime | None = None,
        clock_replaced: bool = False,
        extra: dict[str, object] | None = None,
    ) -> StopResult:
        """Close ``cp_id``'s transaction (one database transaction with ``extra`` columns,
        e.g. the 2.0.1 seqNo: the effect and its bookkeeping commit together)."""
        tx = Transaction.get_or_none((Transaction.transaction_id == transaction_id)
                                     & (Transaction.charge_point == cp_id))
        if tx is None:
            if self._foreign(cp_id, transaction_id, "a stop"):
                return StopResult(False, False, foreign=True)
            log.warning("%s: stop for unknown transaction %s accepted and logged",
                        cp_id, transaction_id)
            return StopResult(False, False)
        if tx.status != TransactionStatus.ACTIVE:
            log.info("%s: transaction %s already closed; repeated stop ignored",
                     cp_id, transaction_id)
            return StopResult(True, True, tx.energy_flag)
        if not Transaction._meta.database.in_transaction():
            # meter samples buffered so far take part in the cross-check (inside a caller's
            # transaction, the caller flushed before it: a batch of other chargers' rows
            # must never depend on a transaction that may roll back)
            self.writer.flush()
        last = (MeterValue.select(MeterValue.value)
                .where((MeterValue.transaction == tx.id) & MeterValue.value.is_null(False))
                .order_by(MeterValue.timestamp.desc()).scalar())
        if meter_stop_kwh is None:
            meter_stop_kwh = last if last is not None else tx.start_meter_value
        energy, flag = energy_delta_kwh(float(tx.start_meter_value), float(meter_stop_kwh))
        if flag is None and last is not None and abs(float(last) - meter_stop_kwh) > (
            MISMATCH_TOLERANCE_KWH + 0.01 * energy
        ) and last > meter_stop_kwh:
            flag = "MISMATCH"
        if flag is not None:
            log.warning("%s: transaction %s energy flagged %s (start %.3f, stop %.3f kWh)",
                        cp_id, transaction_id, flag, tx.start_meter_value, meter_stop_kwh)
        if timestamp < tx.start_time:
            # a stop before its start: one of the charger's times is wrong (or the start
            # was replaced by its receive time); the server's clock orders them
            log.warning("%s: transaction %s stops (%s) before it starts (%s): clock flagged",
                        cp_id, transaction_id, timestamp, tx.start_time)
            timestamp = max(received_at or utcnow(), tx.start_time)
            clock_replaced = True
        tx.end_time = timestamp
        tx.end_meter_value = meter_stop_kwh
        tx.total_energy = None if flag in ("NEGATIVE", "ABSURD") else round(energy, 6)
        tx.energy_flag = flag
        tx.status = status
        tx.stop_reason = reason
        tx.stop_id_tag = id_tag
        tx.updated_at = utcnow()
        tx.end_received_at = received_at or tx.updated_at
        if clock_replaced:
            tx.clock_flag = FLAG_CLOCK
        elif tx.clock_flag is None and tx.end_time - tx.start_time > MAX_PLAUSIBLE_SESSION:
            tx.clock_flag = FLAG_DURATION
        if tx.charging_ended_at is None:
            tx.charging_ended_at = timestamp
        for column, value in (extra or {}).items():
            setattr(tx, column, value)
        self._price(tx)
        with Transaction._meta.database.atomic():
            tx.save()
            ChargingSession.update(last_activity=timestamp).where(
                (ChargingSession.transaction == tx.id)
                & (ChargingSession.status == SessionStatus.ACTIVE)).execute()
        conn = Connector.get_by_id(tx.connector_id)
        self.hub.publish(TransactionEnded(
            cp_id, conn.connector_id, transaction_id, tx.total_energy,
            str(tx.total_cost) if tx.total_cost is not None else None, reason, timestamp))
        energy_txt = f"{tx.total_energy:.3f} kWh" if tx.total_energy is not None else \
            f"energy needs review ({flag})"
        self.notifier.notify(
            NotificationType.CHARGING_STOPPED, f"Charging stopped on {cp_id}/{conn.connector_id}",
            f"Transaction {transaction_id}: {energy_txt}, reason {reason or 'Local'}.",
            user_id=tx.user_id, charge_point_id=cp_id,
        )
        return StopResult(True, False, flag)

    def _price(self, tx: Transaction) -> None:
        try:
            priced = price_transaction(tx, self.settings.time_zone)
        except Exception:
            log.exception("pricing transaction %s failed; cost left empty", tx.transaction_id)
            return
        if priced is None:
            return
        cost, tariff = priced
        tx.total_cost = cost.total
        tx.currency = tariff.currency
        tx.tariff_id = tariff.id
        tx.cost_breakdown = json.loads(cost.to_json())  # a JSON object, not a JSON string

    def correct_start(
        self,
        transaction_id: str,
        start_time: datetime | None = None,
        meter_start_kwh: float | None = None,
        id_tag: str | None = None,
    ) -> bool:
        """Late facts about a transaction's start (OCPP 2.0.1 events arriving out of order).

        An earlier ``start_time`` or a real ``meter_start_kwh`` replaces what the first
        event to arrive implied; ``id_tag`` is attached (with its driver) when the
        transaction has none yet (cable plugged in first, authorized later). A closed
        transaction is measured and priced again, through the same rules as a stop.
        Returns True when something changed.
        """
        tx = Transaction.get_or_none(Transaction.transaction_id == transaction_id)
        if tx is None:
            return False
        changed = False
        if start_time is not None and start_time < tx.start_time:
            ChargingSession.update(start_time=start_time).where(
                (ChargingSession.transaction == tx.id)
                & (ChargingSession.start_time > start_time)).execute()
            tx.start_time = start_time
            changed = True
        if meter_start_kwh is not None and meter_start_kwh != tx.start_meter_value:
            tx.start_meter_value = meter_start_kwh
            changed = True
        if id_tag and not tx.id_tag:
            auth = self.authorizer.authorize(tx.charge_point_id, id_tag, None, tx.start_time)
            tx.id_tag = id_tag
            if tx.user_id is None and auth.user_id is not None:
                tx.user_id = auth.user_id
            changed = True
        if not changed:
            return False
        if tx.status != TransactionStatus.ACTIVE and tx.end_meter_value is not None:
            energy, flag = energy_delta_kwh(float(tx.start_meter_value),
                                            float(tx.end_meter_value))
            tx.total_energy = None if flag in ("NEGATIVE", "ABSURD") else round(energy, 6)
            tx.energy_flag = flag
            tx.total_cost = None
            self._price(tx)
        tx.updated_at = utcnow()
        tx.save()
        log.info("transaction %s: start corrected (%s, %.3f kWh, tag %s)", transaction_id,
                 tx.start_time, tx.start_meter_value, tx.id_tag or "-")
        return True

    def force_close(self, transaction_id: str, operator: str, reason: str) -> StopResult:
        """An operator closes a transaction the charger never stopped (a zombie)."""
        if not reason.strip():
            raise ValueError(QT_TR_NOOP("a reason is required to force-close a transaction"))
        tx = Transaction.get_or_none(Transaction.transaction_id == transaction_id)
        if tx is None:
            raise LookupError(Message(QT_TR_NOOP("no transaction {id}"), id=transaction_id))
        result = self.stop_transaction(
            tx.charge_point_id, transaction_id, None, utcnow(),
            reason=f"Forced: {reason.strip()}"[:100],
        )
        Transaction.update(closed_by=operator[:100], zombie=False).where(
            Transaction.id == tx.id).execute()
        self._close_sessions(tx.connector_id, SessionStatus.COMPLETED, utcnow())
        return result

    # ------------------------------------------------------------ meter values
    def meter_values(
        self,
        cp_id: str,
        connector_no: int,
        transaction_id: str | None,
        samples: list[tuple[datetime, MeterReading]],
        direct: bool = False,
    ) -> None:
        """Store samples against ``cp_id``'s connector and, when it is one of its own,
        its transaction. Samples naming another charger's transaction are dropped (and
        raise a security event); an id the charger has no transaction for is remembered,
        so its next meter values cost no query, and logged at a bounded rate.
        ``direct``: written now, in the caller's database transaction, instead of batched
        (samples that must commit with the event they came in, e.g. a 2.0.1 Ended)."""
        tx_row = self.transaction_row_id(cp_id, transaction_id) if transaction_id else None
        if transaction_id and tx_row is None:
            if self._foreign(cp_id, transaction_id, "MeterValues"):
                return
            self._rate_log.info((cp_id, "unknown-tx"), "%s: meter values for unknown "
                                "transaction %s kept against the connector", cp_id,
                                transaction_id)
        conn_id = self.chargers.connector_row_id(cp_id, connector_no) if connector_no else None
        if conn_id is None and tx_row is not None:
            conn_id = Transaction.get_by_id(tx_row).connector_id
        latest: tuple[datetime, MeterReading] | None = None
        for ts, r in samples:
            if (r.energy_kwh is None and r.power_kw is None and r.current_a is None
                    and r.voltage_v is None and r.soc_percent is None):
                continue
            values = {
                "id": new_cuid(), "transaction": tx_row, "connector": conn_id, "timestamp": ts,
                "value": r.energy_kwh, "power": r.power_kw, "current": r.current_a,
                "voltage": r.voltage_v, "soc": r.soc_percent, "context": r.context,
            }
            if direct:
                MeterValue.insert(**values).execute()
            else:
                self.writer.add(MeterValue, values)
            if latest is None or ts >= latest[0]:
                latest = (ts, r)
        if latest is None:
            return
        ts, r = latest
        if conn_id is not None:
            upd: dict[str, object] = {"last_meter_time": ts}
            if r.power_kw is not None:
                upd["power_kw"] = r.power_kw
            if r.soc_percent is not None:
                upd["soc"] = r.soc_percent
            if r.energy_kwh is not None:
                upd["last_meter_kwh"] = r.energy_kwh
            self.writer.update_later(Connector, conn_id, **upd)
        self.hub.publish(MeterSampled(cp_id, connector_no, transaction_id, ts, r.energy_kwh,
                                      r.power_kw, r.current_a, r.voltage_v, r.soc_percent))

    # ------------------------------------------------------------ sessions
    def _open_session(self, cp_id: str, conn_id: str, user_id: str | None, at: datetime,
                      tx_row: str | None = None) -> None:
        s = (ChargingSession.select()
             .where((ChargingSession.connector == conn_id)
                    & (ChargingSession.status == SessionStatus.ACTIVE)).first())
        if s is None:
            ChargingSession.create(session_id=new_cuid(), charge_point=cp_id, connector=conn_id,
                                   user=user_id, start_time=at, last_activity=at,
                                   transaction=tx_row)
        elif tx_row is not None:
            ChargingSession.update(transaction=tx_row, user=user_id or s.user_id,
                                   last_activity=at).where(ChargingSession.id == s.id).execute()

    @staticmethod
    def _close_sessions(conn_id: str, status: SessionStatus, at: datetime) -> int:
        return int(ChargingSession.update(status=status, end_time=at, last_activity=at).where(
            (ChargingSession.connector == conn_id)
            & (ChargingSession.status == SessionStatus.ACTIVE)).execute())

    def on_connector_status(self, cp_id: str, connector_no: int, ocpp_status: str,
                            at: datetime) -> None:
        """Session and zombie rules driven by a (fresh) connector status."""
        if connector_no == 0:
            return
        conn_id = self.chargers.connector_row_id(cp_id, connector_no)
        if conn_id is None:
            return
        if ocpp_status in ("Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Occupied"):
            self._open_session(cp_id, conn_id, None, at)
        if ocpp_status in ("SuspendedEV", "Finishing"):
            Transaction.update(charging_ended_at=at).where(
                (Transaction.connector == conn_id) & (Transaction.status == TransactionStatus.ACTIVE)
                & Transaction.charging_ended_at.is_null()).execute()
        elif ocpp_status == "Charging":
            Transaction.update(charging_ended_at=None).where(
                (Transaction.connector == conn_id)
                & (Transaction.status == TransactionStatus.ACTIVE)).execute()
        if ocpp_status == "Available":
            active = self.active_transaction(cp_id, connector_no)
            if active is not None:
                self._flag_zombie(cp_id, connector_no, active)
                return
            if self._close_sessions(conn_id, SessionStatus.COMPLETED, at):
                last = (Transaction.select().where(Transaction.connector == conn_id)
                        .order_by(Transaction.start_time.desc()).first())
                self.notifier.notify(
                    NotificationType.CHARGING_COMPLETED, f"{cp_id}/{connector_no} is free again",
                    "The charging session is complete.",
                    user_id=last.user_id if last else None, charge_point_id=cp_id,
                )

    def _flag_zombie(self, cp_id: str, connector_no: int, tx: Transaction) -> None:
        if tx.zombie:
            return
        Transaction.update(zombie=True).where(Transaction.id == tx.id).execute()
        log.warning("%s/%d reports Available while transaction %s is still active: zombie",
                    cp_id, connector_no, tx.transaction_id)
        self.notifier.notify(
            NotificationType.SYSTEM_MAINTENANCE,
            f"Transaction {tx.transaction_id} looks abandoned",
            f"{cp_id} connector {connector_no} is Available but transaction "
            f"{tx.transaction_id} was never stopped. Close it with a reason on its page.",
            charge_point_id=cp_id,
        )

    def mark_abandoned(self, cp_id: str, transaction_id: str, why: str) -> bool:
        """Flag an open transaction the charger no longer runs (the 2.0.1 reconciliation:
        GetTransactionStatus says it is over and nothing about it is queued) and tell the
        operator, who closes it with a reason; False when it is not open or already flagged."""
        tx = Transaction.get_or_none((Transaction.transaction_id == transaction_id)
                                     & (Transaction.charge_point == cp_id)
                                     & (Transaction.status == TransactionStatus.ACTIVE))
        if tx is None or tx.zombie:
            return False
        Transaction.update(zombie=True).where(Transaction.id == tx.id).execute()
        log.warning("%s: transaction %s is still active here but %s: abandoned", cp_id,
                    transaction_id, why)
        self.notifier.notify(
            NotificationType.SYSTEM_MAINTENANCE,
            f"Transaction {transaction_id} looks abandoned",
            f"{cp_id} {why}, but transaction {transaction_id} was never ended here. "
            "Close it with a reason on its page.",
            charge_point_id=cp_id,
        )
        return True

    def expire_silent_sessions(self, now: datetime | None = None) -> int:
        """Sessions of chargers silent for three heartbeat intervals become TIMEOUT."""
        now = now or utcnow()
        cutoff = now - timedelta(seconds=3 * self.settings.heartbeat_interval)
        silent = ChargePoint.select(ChargePoint.id).where(
            ChargePoint.last_seen.is_null() | (ChargePoint.last_seen < cutoff))
        n = int(ChargingSession.update(status=SessionStatus.TIMEOUT, end_time=now).where(
            (ChargingSession.status == SessionStatus.ACTIVE)
            & ChargingSession.charge_point.in_(silent)).execute())
        if n:
            log.warning("%d charging sessions timed out (chargers silent since %s)", n, cutoff)
        return n

    def expire_reservations(self, now: datetime | None = None) -> int:
        """ACTIVE reservations past their end become EXPIRED; each driver is notified."""
        now = now or utcnow()
        over = list(Reservation.select().where(
            (Reservation.status == ReservationStatus.ACTIVE) & (Reservation.end_time < now)))
        n = 0
        for res in over:
            if Reservation.update(status=ReservationStatus.EXPIRED).where(
                    (Reservation.id == res.id)
                    & (Reservation.status == ReservationStatus.ACTIVE)).execute():
                n += 1
                if res.connector_id:
                    Connector.update(status=ConnectorStatus.AVAILABLE).where(
                        (Connector.id == res.connector_id)
                        & (Connector.status == ConnectorStatus.RESERVED)).execute()
                self._reservation_note(str(res.id), "Reservation expired",
                                       f"{res.charge_point_id}: the reservation ended at "
                                       f"{res.end_time:%Y-%m-%d %H:%M} UTC without being used.")
        return n

    def _reservation_note(self, reservation_id: str, title: str, message: str) -> None:
        res = Reservation.get_or_none(Reservation.id == reservation_id)
        if res is not None:
            self.notifier.notify(NotificationType.GENERAL, title, message, user_id=res.user_id,
                                 charge_point_id=res.charge_point_id)

