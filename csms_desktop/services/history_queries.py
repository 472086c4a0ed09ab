"""Read-only history queries for the GUI: transactions, the OCPP message log, notifications.

Everything here is plain Peewee and returns frozen dataclasses. The tables can hold
hundreds of thousands of rows, so:

- rows come in pages with keyset paging (``after`` = the cursor of the last row seen):
  the cost of a page does not grow with how far the operator has scrolled;
- totals come from one aggregate query, never from summing loaded rows;
- exports stream page by page into a temporary file renamed at the end, report progress
  and stop when asked.

Call these off the event loop thread (``loop.run_in_executor`` or a worker thread): Peewee
opens one connection per thread, and SQLite in WAL mode lets readers run beside the writer.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import peewee as pw
from peewee import JOIN, fn

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.domain.timeutil import as_utc
from csms_desktop.services import safe_csv
from csms_desktop.services.sites import in_site, site_condition
from csms_desktop.store.models import (
    ChargePoint,
    Client,
    Connector,
    Notification,
    OCPPMessage,
    Transaction,
    User,
)

PAGE_SIZE = 500
EXPORT_PAGE = 2000

Query = Any  # a peewee select (the stubs type rows as models, these queries yield tuples)


def _tuples(q: Query, stream: bool = False) -> Iterator[tuple[Any, ...]]:
    """Rows of ``q`` as plain tuples (``stream``: without caching the result set)."""
    t = q.tuples()
    return iter(t.iterator() if stream else t)

Progress = Callable[[int, int], None]  # (rows written, rows in total)

# ======================================================================= transactions


@dataclass(frozen=True)
class TransactionFilter:
    start_from: datetime | None = None  # UTC, inclusive (on start_time)
    start_to: datetime | None = None  # UTC, exclusive
    charge_point_id: str | None = None
    driver: str = ""  # part of the tag, the driver's name or phone number
    client_id: str | None = None
    status: str | None = None
    site: str | None = None  # a site id: the transactions of its chargers


# Sortable columns: name -> (expression, nullable sentinel). A nullable column is sorted
# through COALESCE so that keyset paging never meets a NULL.
_TX_SENTINEL_DATE = "9999-12-31 23:59:59"


def _tx_sort_expr(key: str) -> Any:
    exprs: dict[str, Any] = {
        "start_time": Transaction.start_time,
        "end_time": fn.COALESCE(Transaction.end_time, _TX_SENTINEL_DATE).coerce(False),
        "charge_point": Transaction.charge_point_id,
        "connector": Connector.connector_id,
        "driver": fn.COALESCE(User.name, "").coerce(False),
        "id_tag": fn.COALESCE(Transaction.id_tag, "").coerce(False),
        "client": fn.COALESCE(Client.full_name, "").coerce(False),
        "energy": fn.COALESCE(Transaction.total_energy, -1e18).coerce(False),
        "cost": fn.COALESCE(Transaction.total_cost, -1e18).coerce(False),
        "status": Transaction.status,
        "stop_reason": fn.COALESCE(Transaction.stop_reason, "").coerce(False),
        "transaction_id": Transaction.transaction_id,
    }
    try:
        return exprs[key]
    except KeyError:
        raise ValueError(f"cannot sort transactions by {key!r}") from None


TX_SORT_KEYS = ("start_time", "end_time", "charge_point", "connector", "driver", "id_tag",
                "client", "energy", "cost", "status", "stop_reason", "transaction_id")


@dataclass(frozen=True)
class TxSort:
    key: str = "start_time"
    descending: bool = True


@dataclass(frozen=True)
class TransactionRow:
    id: str
    transaction_id: str
    charge_point_id: str
    connector_no: int
    start_time: datetime
    end_time: datetime | None
    energy_kwh: float | None
    cost: Decimal | None
    currency: str | None
    status: str
    id_tag: str | None
    driver: str | None
    client: str | None
    stop_reason: str | None
    cursor: tuple[Any, str] = field(compare=False, repr=False, default=(None, ""))


@dataclass(frozen=True)
class TransactionTotals:
    count: int = 0
    energy_kwh: float = 0.0
    costs: tuple[tuple[str, Decimal], ...] = ()  # (currency, total) per currency

    def cost_text(self, default_currency: str = "") -> str:
        if not self.costs:
            return f"0.00 {default_currency}".strip()
        return ", ".join(f"{amount:,.2f} {cur or default_currency}".strip()
                         for cur, amount in self.costs)


def _tx_base(columns: list[Any]) -> Query:
    return (Transaction.select(*columns)
            .join(Connector, on=(Transaction.connector == Connector.id))
            .switch(Transaction)
            .join(User, JOIN.LEFT_OUTER, on=(Transaction.user == User.id))
            .join(Client, JOIN.LEFT_OUTER, on=(User.client == Client.id)))


def _tx_where(q: Query, flt: TransactionFilter) -> Query:
    if flt.start_from is not None:
        q = q.where(Transaction.start_time >= as_utc(flt.start_from))
    if flt.start_to is not None:
        q = q.where(Transaction.start_time < as_utc(flt.start_to))
    if flt.charge_point_id:
        q = q.where(Transaction.charge_point == flt.charge_point_id)
    if flt.site:
        q = q.where(in_site(Transaction.charge_point, flt.site))
    if flt.status:
        q = q.where(Transaction.status == flt.status)
    if flt.client_id:
        q = q.where(User.client == flt.client_id)
    text = flt.driver.strip()
    if text:
        q = q.where(Transaction.id_tag.contains(text) | User.name.contains(text)
                    | User.phone_number.contains(text))
    return q


def _keyset(q: Query, expr: Any, id_col: Any, descending: bool,
            after: tuple[Any, str] | None) -> Query:
    if after is not None:
        value, last_id = after
        # The redundant range bound lets the database use an index on ``expr``.
        if descending:
            q = q.where(expr <= value, (expr < value) | ((expr == value) & (id_col < last_id)))
        else:
            q = q.where(expr >= value, (expr > value) | ((expr == value) & (id_col > last_id)))
    if descending:
        return q.order_by(expr.desc(), id_col.desc())
    return q.order_by(expr.asc(), id_col.asc())


def _tx_columns(sort_expr: Any) -> list[Any]:
    return [
        Transaction.id, Transaction.transaction_id, Transaction.charge_point_id,
        Connector.connector_id, Transaction.start_time, Transaction.end_time,
        Transaction.total_energy, Transaction.total_cost, Transaction.currency,
        Transaction.status, Transaction.id_tag, User.name, Client.full_name,
        Transaction.stop_reason, sort_expr.alias("sort_key"),
    ]


def fetch_transactions(flt: TransactionFilter, sort: TxSort = TxSort(),
                       after: tuple[Any, str] | None = None,
                       limit: int = PAGE_SIZE) -> list[TransactionRow]:
    """One page of transactions matching ``flt`` in ``sort`` order, after cursor ``after``."""
    expr = _tx_sort_expr(sort.key)
    q = _tx_where(_tx_base(_tx_columns(expr)), flt)
    q = _keyset(q, expr, Transaction.id, sort.descending, after).limit(limit)
    return [_tx_row(t) for t in _tuples(q, stream=True)]


def fetch_transactions_by_ids(transaction_ids: list[str]) -> list[TransactionRow]:
    """Current rows for these OCPP transaction ids (live refresh of loaded rows)."""
    if not transaction_ids:
        return []
    q = _tx_base(_tx_columns(Transaction.start_time)).where(
        Transaction.transaction_id.in_(transaction_ids))
    return [_tx_row(t) for t in _tuples(q)]


def _tx_row(t: tuple[Any, ...]) -> TransactionRow:
    cost = t[7]
    if cost is not None and not isinstance(cost, Decimal):
        cost = Decimal(str(cost))
    return TransactionRow(
        id=t[0], transaction_id=str(t[1]), charge_point_id=t[2], connector_no=int(t[3]),
        start_time=t[4], end_time=t[5], energy_kwh=t[6], cost=cost, currency=t[8],
        status=str(t[9]), id_tag=t[10], driver=t[11], client=t[12], stop_reason=t[13],
        cursor=(t[14], t[0]),
    )


def transaction_totals(flt: TransactionFilter) -> TransactionTotals:
    """Count, energy and cost (exact, per currency) of every transaction matching ``flt``."""
    # Money is summed as integer ten-thousandths: exact, unlike SUM over REAL columns.
    cost_units = fn.SUM(pw.Cast(fn.ROUND(Transaction.total_cost * 10000), "INTEGER"))
    q = _tx_where(_tx_base([Transaction.currency, fn.COUNT(Transaction.id),
                            fn.SUM(Transaction.total_energy), cost_units]), flt)
    q = q.group_by(Transaction.currency)
    count, energy = 0, 0.0
    costs: dict[str, Decimal] = {}
    for currency, n, kwh, units in _tuples(q):
        count += int(n)
        energy += float(kwh or 0)
        if units is not None:
            key = currency or ""
            costs[key] = costs.get(key, Decimal(0)) + Decimal(int(units)) / 10000
    return TransactionTotals(count, round(energy, 6),
                             tuple(sorted((c, v.quantize(Decimal("0.0001")))
                                          for c, v in costs.items())))


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def charge_point_choices(site: str | None = None) -> list[Choice]:
    q = ChargePoint.select(ChargePoint.id, ChargePoint.name)
    if site:
        q = q.where(site_condition(site))
    return [Choice(str(cp_id), f"{name} ({cp_id})" if name and name != cp_id else str(cp_id))
            for cp_id, name in _tuples(q.order_by(ChargePoint.id))]


def client_choices() -> list[Choice]:
    return [Choice(str(cid), str(name)) for cid, name in
            _tuples(Client.select(Client.id, Client.full_name).order_by(Client.full_name))]


# ======================================================================= CSV safety


class _AtomicText:
    """A text file written under a temporary name and renamed over ``path`` on success."""

    def __init__(self, path: Path, newline: str | None = "") -> None:
        self.path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part",
                                   dir=str(self.path.parent))
        self.tmp = Path(tmp)
        self.file: TextIO = os.fdopen(fd, "w", encoding="utf-8", newline=newline)

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.file.close()
        try:
            self.tmp.unlink()
        except FileNotFoundError:
            pass


def _local(dt: datetime | None, tz: tzinfo | None) -> str:
    if dt is None:
        return ""
    dt = as_utc(dt)
    return (dt.astimezone(tz) if tz is not None else dt).isoformat(timespec="seconds")


TX_CSV_HEADER = ("transaction_id", "charge_point", "connector", "start", "end", "energy_kwh",
                 "cost", "currency", "status", "id_tag", "driver", "client", "stop_reason")


def export_transactions_csv(flt: TransactionFilter, sort: TxSort, path: Path,
                            tz: tzinfo | None = None, progress: Progress | None = None,
                            cancel: threading.Event | None = None,
                            default_currency: str = "") -> int | None:
    """Write every transaction matching ``flt`` to ``path`` as CSV (UTF-8, header row).

    Times are in ``tz`` (the site's zone) with their offset. Returns the number of rows,
    or None when cancelled (then ``path`` is left untouched).
    """
    total = transaction_totals(flt).count
    out = _AtomicText(path)
    written = 0
    try:
        w = safe_csv.writer(out.file)
        w.writerow(TX_CSV_HEADER)
        for page in _pages(lambda after: fetch_transactions(flt, sort, after, EXPORT_PAGE)):
            if cancel is not None and cancel.is_set():
                out.abort()
                return None
            for r in page:
                w.writerow([
                    r.transaction_id, r.charge_point_id, r.connector_no,
                    _local(r.start_time, tz), _local(r.end_time, tz),
                    "" if r.energy_kwh is None else f"{r.energy_kwh:.3f}",
                    "" if r.cost is None else f"{r.cost:.2f}",
                    r.currency or default_currency, r.status, r.id_tag or "",
                    r.driver or "", r.client or "", r.stop_reason or "",
                ])
            written += len(page)
            if progress is not None:
                progress(written, max(total, written))
        if cancel is not None and cancel.is_set():
            out.abort()
            return None
        out.commit()
    except BaseException:
        out.abort()
        raise
    return written


def _pages(fetch: Callable[[Any], list[Any]]) -> Iterator[list[Any]]:
    after = None
    while True:
        page = fetch(after)
        if not page:
            return
        yield page
        after = page[-1].cursor


# ======================================================================= message log


@dataclass(frozen=True)
class MessageFilter:
    charge_point_id: str | None = None
    action: str | None = None
    direction: str | None = None  # INBOUND / OUTBOUND
    kind: str | None = None  # CALL / CALLRESULT / CALLERROR
    time_from: datetime | None = None  # UTC, inclusive
    time_to: datetime | None = None  # UTC, exclusive
    message_id: str | None = None
    site: str | None = None  # a site id: the messages of its chargers


@dataclass(frozen=True)
class MessageRow:
    id: str
    message_id: str
    charge_point_id: str
    direction: str
    kind: str
    action: str
    timestamp: datetime
    error_code: str | None
    payload: Any

    @property
    def cursor(self) -> tuple[datetime, str]:
        return (self.timestamp, self.id)

    @property
    def is_call(self) -> bool:
        return self.kind == MessageKind.CALL.value

    def frame(self) -> list[Any]:
        """The OCPP-J frame as it went over the wire (reconstructed)."""
        if self.kind == MessageKind.CALL.value:
            return [2, self.message_id, self.action, self.payload]
        if self.kind == MessageKind.CALLRESULT.value:
            return [3, self.message_id, self.payload]
        payload = self.payload if isinstance(self.payload, dict) else {}
        return [4, self.message_id, self.error_code or "", payload.get("description", ""),
                payload.get("details", payload)]

    def pretty_payload(self) -> str:
        return pretty_json(self.payload)


def pretty_json(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False, default=str)


_MSG_COLUMNS = (OCPPMessage.id, OCPPMessage.message_id, OCPPMessage.charge_point_id,
                OCPPMessage.direction, OCPPMessage.kind, OCPPMessage.action,
                OCPPMessage.timestamp, OCPPMessage.error_code, OCPPMessage.payload)


def _msg_row(t: tuple[Any, ...]) -> MessageRow:
    return MessageRow(id=t[0], message_id=t[1], charge_point_id=t[2], direction=str(t[3]),
                      kind=str(t[4]), action=t[5], timestamp=t[6], error_code=t[7],
                      payload=t[8])


def _msg_where(q: Query, flt: MessageFilter) -> Query:
    if flt.charge_point_id:
        q = q.where(OCPPMessage.charge_point_id == flt.charge_point_id)
    if flt.action:
        q = q.where(OCPPMessage.action == flt.action)
    if flt.direction:
        q = q.where(OCPPMessage.direction == flt.direction)
    if flt.kind:
        q = q.where(OCPPMessage.kind == flt.kind)
    if flt.time_from is not None:
        q = q.where(OCPPMessage.timestamp >= as_utc(flt.time_from))
    if flt.time_to is not None:
        q = q.where(OCPPMessage.timestamp < as_utc(flt.time_to))
    if flt.message_id:
        q = q.where(OCPPMessage.message_id == flt.message_id)
    if flt.site:
        q = q.where(in_site(OCPPMessage.charge_point_id, flt.site))
    return q


def fetch_messages(flt: MessageFilter, before: tuple[datetime, str] | None = None,
                   limit: int = PAGE_SIZE) -> list[MessageRow]:
    """Newest first: one page of messages older than cursor ``before``."""
    q = _msg_where(OCPPMessage.select(*_MSG_COLUMNS), flt)
    q = _keyset(q, OCPPMessage.timestamp, OCPPMessage.id, True, before).limit(limit)
    return [_msg_row(t) for t in _tuples(q, stream=True)]


def fetch_newer_messages(flt: MessageFilter, after: tuple[datetime, str] | None,
                         limit: int = PAGE_SIZE) -> list[MessageRow]:
    """Oldest first: messages newer than cursor ``after`` (live follow), at most ``limit``."""
    q = _msg_where(OCPPMessage.select(*_MSG_COLUMNS), flt)
    q = _keyset(q, OCPPMessage.timestamp, OCPPMessage.id, False, after).limit(limit)
    return [_msg_row(t) for t in _tuples(q, stream=True)]


def find_linked_message(row: MessageRow) -> MessageRow | None:
    """The answer of a CALL, or the CALL of an answer: same charger, same message id,
    opposite direction; the nearest in time (chargers reuse message ids)."""
    opposite = (MessageDirection.OUTBOUND.value if row.direction == MessageDirection.INBOUND.value
                else MessageDirection.INBOUND.value)
    q = OCPPMessage.select(*_MSG_COLUMNS).where(
        (OCPPMessage.message_id == row.message_id)
        & (OCPPMessage.charge_point_id == row.charge_point_id)
        & (OCPPMessage.direction == opposite))
    if row.is_call:
        q = q.where(OCPPMessage.kind != MessageKind.CALL.value,
                    OCPPMessage.timestamp >= row.timestamp).order_by(OCPPMessage.timestamp.asc())
    else:
        q = q.where(OCPPMessage.kind == MessageKind.CALL.value,
                    OCPPMessage.timestamp <= row.timestamp).order_by(OCPPMessage.timestamp.desc())
    t = next(_tuples(q.limit(1)), None)
    return _msg_row(t) if t else None


def message_actions() -> list[str]:
    """Actions seen in the log (for the filter)."""
    q = OCPPMessage.select(OCPPMessage.action).distinct().order_by(OCPPMessage.action)
    return [str(a) for (a,) in _tuples(q) if a]


def message_charge_points(site: str | None = None) -> list[str]:
    """Charge point ids in the log and in the site (unknown chargers are logged too; with
    ``site``, a site id: its chargers only)."""
    if site:
        return sorted(str(cp) for (cp,) in _tuples(
            ChargePoint.select(ChargePoint.id).where(site_condition(site))))
    ids = {str(cp) for (cp,) in
           _tuples(OCPPMessage.select(OCPPMessage.charge_point_id).distinct())}
    ids.update(str(cp) for (cp,) in _tuples(ChargePoint.select(ChargePoint.id)))
    return sorted(ids)


def count_messages(flt: MessageFilter) -> int:
    return int(_msg_where(OCPPMessage.select(), flt).count())


MSG_CSV_HEADER = ("timestamp", "charge_point", "direction", "kind", "action", "message_id",
                  "error_code", "payload")


def export_messages(flt: MessageFilter, path: Path, fmt: str = "csv",
                    progress: Progress | None = None, cancel: threading.Event | None = None,
                    tz: tzinfo | None = None) -> int | None:
    """Write the messages matching ``flt`` (newest first) as ``csv`` or ``jsonl``.

    JSON lines carry the timestamp in UTC and the payload as JSON; CSV has the payload as
    compact JSON text. Returns the number of rows, or None when cancelled.
    """
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"unknown export format {fmt!r}")
    total = count_messages(flt)
    out = _AtomicText(path, newline="" if fmt == "csv" else "\n")
    written = 0
    try:
        w = safe_csv.writer(out.file) if fmt == "csv" else None
        if w is not None:
            w.writerow(MSG_CSV_HEADER)
        after: tuple[datetime, str] | None = None
        while True:
            if cancel is not None and cancel.is_set():
                out.abort()
                return None
            page = fetch_messages(flt, after, EXPORT_PAGE)
            if not page:
                break
            for r in page:
                payload = json.dumps(r.payload, ensure_ascii=False, separators=(",", ":"),
                                     default=str)
                if w is not None:
                    w.writerow([_local(r.timestamp, tz), r.charge_point_id, r.direction,
                                r.kind, r.action, r.message_id, r.error_code or "",
                                payload])
                else:
                    out.file.write(json.dumps({
                        "timestamp": as_utc(r.timestamp).isoformat(), "charge_point":
                        r.charge_point_id, "direction": r.direction, "kind": r.kind,
                        "action": r.action, "message_id": r.message_id,
                        "error_code": r.error_code, "payload": r.payload,
                    }, ensure_ascii=False, default=str) + "\n")
            written += len(page)
            after = page[-1].cursor
            if progress is not None:
                progress(written, max(total, written))
        out.commit()
    except BaseException:
        out.abort()
        raise
    return written


# ======================================================================= notifications


@dataclass(frozen=True)
class NotificationRow:
    id: str
    type: str
    title: str
    message: str
    charge_point_id: str | None
    created_at: datetime
    is_read: bool


def _notification_site(q: Query, site: str | None) -> Query:
    """With ``site``: the notifications about its chargers and those about no charger
    (site-wide ones concern every site)."""
    if not site:
        return q
    return q.where(Notification.charge_point_id.is_null()
                   | in_site(Notification.charge_point_id, site))


def recent_notifications(limit: int = 200, site: str | None = None) -> list[NotificationRow]:
    q = (Notification.select(Notification.id, Notification.type, Notification.title,
                             Notification.message, Notification.charge_point_id,
                             Notification.created_at, Notification.is_read)
         .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit))
    return [NotificationRow(str(i), str(t), ti, m, cp, c, bool(r))
            for i, t, ti, m, cp, c, r in _tuples(_notification_site(q, site))]


def unread_notifications(site: str | None = None) -> int:
    q = Notification.select().where(Notification.is_read == False)  # noqa: E712
    return int(_notification_site(q, site).count())


def mark_notifications_read(ids: list[str] | None = None) -> int:
    """Mark these notifications (None: all) as read; returns how many rows changed."""
    q = Notification.update(is_read=True).where(Notification.is_read == False)  # noqa: E712
    if ids is not None:
        if not ids:
            return 0
        q = q.where(Notification.id.in_(ids))
    return int(q.execute())
