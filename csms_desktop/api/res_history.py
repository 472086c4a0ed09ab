"""Routes: transactions (with meter values), the OCPP message log, notifications.

Transactions and messages are keyset-paged with the same queries as the GUI's history
pages (``services.history_queries``): a page costs the same at any depth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from csms_desktop.api.errors import invalid, not_found
from csms_desktop.api.routing import Api, Call, Page, PageOf, Paging, page_of
from csms_desktop.api.serialize import decode_cursor
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import (
    MessageFilter,
    MessageRow,
    NotificationRow,
    TransactionFilter,
    TransactionRow,
    TxSort,
)
from csms_desktop.services.live_queries import (
    MeterPoint,
    TransactionDetail,
    transaction_detail,
    transaction_meter_values,
)
from csms_desktop.services.operators import Permission
from csms_desktop.services.sites import site_filter

SortKey = Literal["start_time", "end_time", "charge_point", "connector", "driver", "id_tag",
                  "client", "energy", "cost", "status", "stop_reason", "transaction_id"]
assert set(SortKey.__args__) == set(hq.TX_SORT_KEYS)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class TransactionQuery(Paging):
    start: datetime | None = field(default=None, metadata={
        "doc": "started at or after (inclusive)"})
    end: datetime | None = field(default=None, metadata={"doc": "started before (exclusive)"})
    charge_point_id: str | None = None
    driver: str = field(default="", metadata={"doc": "part of the tag, driver name or phone"})
    client_id: str | None = None
    status: str | None = field(default=None, metadata={"doc": "ACTIVE, COMPLETED, ..."})
    sort: SortKey = "start_time"
    order: Literal["asc", "desc"] = "desc"
    site: str | None = field(default=None, metadata={
        "doc": "a site's id or name: the rows of its charge points (GET /api/v1/sites)"})


@dataclass(frozen=True)
class TransactionWithMeter:
    transaction: TransactionDetail
    meter_values: list[MeterPoint]


@dataclass(frozen=True)
class MessageQuery(Paging):
    charge_point_id: str | None = None
    action: str | None = field(default=None, metadata={"doc": "BootNotification, ..."})
    direction: Literal["INBOUND", "OUTBOUND"] | None = None
    kind: Literal["CALL", "CALLRESULT", "CALLERROR"] | None = None
    start: datetime | None = field(default=None, metadata={"doc": "at or after"})
    end: datetime | None = field(default=None, metadata={"doc": "before"})
    message_id: str | None = None
    site: str | None = field(default=None, metadata={
        "doc": "a site's id or name: the rows of its charge points (GET /api/v1/sites)"})


@dataclass(frozen=True)
class NotificationQuery:
    unread: bool | None = field(default=None, metadata={"doc": "only unread ones"})
    limit: int = field(default=50, metadata={"doc": "the newest this many, 1 to 500"})
    site: str | None = field(default=None, metadata={
        "doc": "a site's id or name: about its charge points, and those about none"})


@dataclass(frozen=True)
class MarkRead:
    ids: tuple[str, ...] | None = field(default=None, metadata={
        "doc": "the notifications to mark read; omit for all"})


@dataclass(frozen=True)
class Marked:
    marked: int


def _tx_page(q: TransactionQuery) -> Page:
    if q.start and q.end and q.start >= q.end:
        raise invalid({"start": "the start must be before the end"})
    sort = TxSort(q.sort, q.order == "desc")
    after: tuple[Any, str] | None = None
    if q.cursor:
        key, order, value, last = decode_cursor(q.cursor, 4)
        if (key, order) != (q.sort, q.order):
            raise invalid({"cursor": "this cursor belongs to another sort order"})
        after = (value, str(last))
    flt = TransactionFilter(q.start, q.end, q.charge_point_id, q.driver, q.client_id,
                            q.status.upper() if q.status else None, site_filter(q.site))
    rows = hq.fetch_transactions(flt, sort, after, q.limit + 1)
    return page_of(rows, q.limit, lambda r: (q.sort, q.order, *r.cursor))


def _msg_page(q: MessageQuery) -> Page:
    before: tuple[datetime, str] | None = None
    if q.cursor:
        at, last = decode_cursor(q.cursor, 2)
        if not isinstance(at, datetime):
            raise ValueError("this cursor is not one the API gave (use next_cursor)")
        before = (at, str(last))
    flt = MessageFilter(q.charge_point_id, q.action, q.direction, q.kind, q.start, q.end,
                        q.message_id, site_filter(q.site))
    rows = hq.fetch_messages(flt, before, q.limit + 1)
    return page_of(rows, q.limit, lambda r: r.cursor)


def _with_meter(transaction_id: str) -> TransactionWithMeter | None:
    detail = transaction_detail(transaction_id)
    if detail is None:
        return None
    return TransactionWithMeter(detail, transaction_meter_values(transaction_id))


def _notifications(q: NotificationQuery) -> list[NotificationRow]:
    if not 1 <= q.limit <= 500:
        raise invalid({"limit": "1 to 500"})
    rows = hq.recent_notifications(q.limit if not q.unread else 5000, site_filter(q.site))
    if q.unread:
        rows = [r for r in rows if not r.is_read][:q.limit]
    return rows


def register(api: Api) -> None:
    @api.route("GET", "/api/v1/transactions", permission=Permission.TRANSACTIONS,
               summary="List transactions", tag="transactions", query=TransactionQuery,
               response=PageOf(TransactionRow), offload=True,
               description="The Transactions page's filters and sort orders; newest first "
                           "by default.")
    async def list_transactions(call: Call) -> Page:
        return await call.ctx.read_answer(_tx_page, call.query)

    @api.route("GET", "/api/v1/transactions/{transaction_id}",
               permission=Permission.TRANSACTIONS, summary="Read a transaction with its "
               "meter values", tag="transactions", response=TransactionWithMeter, offload=True)
    async def get_transaction(call: Call) -> TransactionWithMeter:
        tx_id = call.arg("transaction_id")
        found = await call.ctx.read_answer(_with_meter, tx_id)
        if found is None:
            raise not_found(f"no transaction {tx_id}")
        return found

    @api.route("GET", "/api/v1/messages", permission=Permission.MESSAGES,
               summary="The OCPP message log", tag="messages", query=MessageQuery,
               response=PageOf(MessageRow), offload=True, description="Newest first.")
    async def list_messages(call: Call) -> Page:
        return await call.ctx.read_answer(_msg_page, call.query)

    @api.route("GET", "/api/v1/notifications", permission=Permission.DASHBOARD,
               summary="Notifications", tag="notifications", query=NotificationQuery,
               response=list[NotificationRow], offload=True, description="Newest first.")
    async def list_notifications(call: Call) -> list[NotificationRow]:
        return await call.ctx.read_answer(_notifications, call.query)

    @api.route("POST", "/api/v1/notifications/read", permission=Permission.DASHBOARD,
               summary="Mark notifications read", tag="notifications", body=MarkRead,
               response=Marked)
    async def mark_read(call: Call) -> Marked:
        ids = list(call.body.ids) if call.body.ids is not None else None
        return Marked(hq.mark_notifications_read(ids))
