"""Routes: API tokens and the audit log (administrators), webhooks (managers), the live
event stream."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

from aiohttp import web

from csms_desktop.api.errors import invalid, not_found
from csms_desktop.api.events import KEEPALIVE_S, event_names, sse
from csms_desktop.api.routing import Api, Call, Page, PageOf, Paging, page_of, present
from csms_desktop.api.schema import partial
from csms_desktop.api.serialize import decode_cursor
from csms_desktop.api.webhooks import Delivery
from csms_desktop.services import api_tokens, webhook_config
from csms_desktop.services.api_tokens import AuditRow, TokenInfo
from csms_desktop.services.operators import Permission
from csms_desktop.services.webhook_config import WebhookInput, WebhookRow

WebhookPatch = partial(WebhookInput, "WebhookPatch", extra=[
    ("rotate_secret", bool, field(default=False, metadata={"doc": "make a new secret"}))])


@dataclass(frozen=True)
class TokenInput:
    """A new token: who uses it and with which operator role."""

    name: str
    role: str = field(metadata={"doc": "ATTENDANT, MANAGER or ADMIN"})
    rate_limit_per_minute: int | None = field(default=None, metadata={"doc": "default 600"})


@dataclass(frozen=True)
class NewToken:
    token: str = field(metadata={"doc": "shown only now: store it"})
    info: TokenInfo


@dataclass(frozen=True)
class NewWebhook:
    secret: str = field(metadata={"doc": "signs every delivery; shown only now"})
    webhook: WebhookRow


@dataclass(frozen=True)
class WebhookChangesOut:
    webhook: WebhookRow
    secret: str | None = field(default=None, metadata={"doc": "the new secret, if rotated"})


@dataclass(frozen=True)
class AuditQuery(Paging):
    token_id: str | None = None


@dataclass(frozen=True)
class EventQuery:
    charge_point_id: list[str] = field(default_factory=list, metadata={
        "doc": "only these chargers (comma-separated or repeated); default every charger"})
    events: list[str] = field(default_factory=list, metadata={
        "doc": "only these events, e.g. transaction.started,transaction.ended; default all"})
    after: int | None = field(default=None, metadata={
        "doc": "replay the kept events after this id (like the Last-Event-ID header)"})


def _webhook(webhook_id: str) -> WebhookRow:
    row = webhook_config.get_webhook(webhook_id)
    if row is None:
        raise not_found(f"no webhook {webhook_id}")
    return row


def register(api: Api) -> None:
    # -------------------------------------------------------------- tokens
    @api.route("GET", "/api/v1/tokens", permission=Permission.OPERATORS,
               summary="List API tokens", tag="access", response=list[TokenInfo], offload=True)
    async def list_tokens(call: Call) -> list[TokenInfo]:
        return await call.ctx.read_answer(lambda: api_tokens.list_tokens(by=call.operator))

    @api.route("POST", "/api/v1/tokens", permission=Permission.OPERATORS,
               summary="Create an API token", tag="access", body=TokenInput, status=201,
               response=NewToken)
    async def create_token(call: Call) -> NewToken:
        b: TokenInput = call.body
        info, token = api_tokens.create_token(b.name, b.role, by=call.operator,
                                              rate_limit=b.rate_limit_per_minute)
        return NewToken(token, info)

    @api.route("DELETE", "/api/v1/tokens/{token_id}", permission=Permission.OPERATORS,
               summary="Revoke an API token", tag="access", response=TokenInfo,
               field_map={"token": "token_id"})
    async def revoke_token(call: Call) -> TokenInfo:
        if api_tokens.find_token(call.arg("token_id")) is None:
            raise not_found(f"no token {call.arg('token_id')}")
        info = api_tokens.revoke_token(call.arg("token_id"), by=call.operator)
        call.ctx.tokens.forget()
        return info

    @api.route("GET", "/api/v1/audit", permission=Permission.OPERATORS,
               summary="The audit log of writes", tag="access", query=AuditQuery,
               response=PageOf(AuditRow), offload=True, description="Newest first.")
    async def audit(call: Call) -> Page:
        q: AuditQuery = call.query
        before = None
        if q.cursor:
            at, last = decode_cursor(q.cursor, 2)
            before = (at, str(last))
        rows = await call.ctx.read(api_tokens.audit_rows, before, q.limit + 1, q.token_id)
        return page_of(rows, q.limit, lambda r: (r.at, r.id))

    # -------------------------------------------------------------- webhooks
    def _reload(call: Call) -> None:
        if call.ctx.webhooks is not None:
            call.ctx.webhooks.reload()

    @api.route("GET", "/api/v1/webhooks", permission=Permission.SETTINGS,
               summary="List webhooks", tag="webhooks", response=list[WebhookRow],
               offload=True)
    async def list_webhooks(call: Call) -> list[WebhookRow]:
        return await call.ctx.read_answer(webhook_config.list_webhooks)

    @api.route("POST", "/api/v1/webhooks", permission=Permission.SETTINGS,
               summary="Add a webhook", tag="webhooks", body=WebhookInput, status=201,
               response=NewWebhook,
               description="Each chosen event is POSTed as JSON, signed with HMAC-SHA256 "
                           "(X-CSMS-Signature), retried with back-off; see docs/api.md.")
    async def create_webhook(call: Call) -> NewWebhook:
        row, secret = webhook_config.create_webhook(call.body, by=str(call.operator))
        _reload(call)
        return NewWebhook(secret, row)

    @api.route("GET", "/api/v1/webhooks/{webhook_id}", permission=Permission.SETTINGS,
               summary="Read a webhook", tag="webhooks", response=WebhookRow, offload=True)
    async def get_webhook(call: Call) -> WebhookRow:
        return await call.ctx.read_answer(_webhook, call.arg("webhook_id"))

    @api.route("PATCH", "/api/v1/webhooks/{webhook_id}", permission=Permission.SETTINGS,
               summary="Change a webhook", tag="webhooks", body=WebhookPatch,
               response=WebhookChangesOut)
    async def update_webhook(call: Call) -> WebhookChangesOut:
        _webhook(call.arg("webhook_id"))
        b = call.body
        changes = {k: getattr(b, k) for k in present(b) if k != "rotate_secret"}
        if any(v is None for v in changes.values()):
            raise invalid({k: "cannot be null; leave it out to keep it"
                           for k, v in changes.items() if v is None})
        row = webhook_config.update_webhook(call.arg("webhook_id"), changes)
        secret = webhook_config.rotate_secret(row.id) if b.rotate_secret else None
        _reload(call)
        return WebhookChangesOut(row, secret)

    @api.route("DELETE", "/api/v1/webhooks/{webhook_id}", permission=Permission.SETTINGS,
               summary="Delete a webhook", tag="webhooks", status=204)
    async def delete_webhook(call: Call) -> None:
        _webhook(call.arg("webhook_id"))
        webhook_config.delete_webhook(call.arg("webhook_id"))
        _reload(call)

    @api.route("GET", "/api/v1/webhooks/{webhook_id}/deliveries",
               permission=Permission.SETTINGS, summary="Recent deliveries of a webhook",
               tag="webhooks", response=list[Delivery],
               description="The last 100, newest first, each with its attempts (kept in "
                           "memory since the start).")
    async def deliveries(call: Call) -> list[Delivery]:
        _webhook(call.arg("webhook_id"))
        return call.ctx.webhooks.deliveries(call.arg("webhook_id")) if call.ctx.webhooks else []

    @api.route("POST", "/api/v1/webhooks/{webhook_id}/ping", permission=Permission.SETTINGS,
               summary="Send a signed test delivery now", tag="webhooks", response=Delivery)
    async def ping(call: Call) -> Delivery:
        row = _webhook(call.arg("webhook_id"))
        secret = next((s for h, s in webhook_config.active_with_secrets() if h.id == row.id),
                      None)
        if secret is None or call.ctx.webhooks is None:
            raise invalid({"active": "the webhook is paused: set active true first"})
        return await call.ctx.webhooks.ping(row, secret)

    # -------------------------------------------------------------- live events
    @api.route("GET", "/api/v1/events", permission=Permission.DASHBOARD,
               summary="Live events (server-sent events)", tag="events", query=EventQuery,
               content_type="text/event-stream",
               description="One `text/event-stream` of the hub's events: "
                           + ", ".join(event_names()) + ". Each `data:` is JSON {id, event, "
                           "at, charge_point_id, data}. Reconnect with Last-Event-ID to get "
                           "what was missed (the last 2,000 events are kept).")
    async def events(call: Call) -> web.StreamResponse:
        return await stream_events(call)


async def stream_events(call: Call) -> web.StreamResponse:
    q: EventQuery = call.query
    unknown = [e for e in q.events if e not in event_names()]
    if unknown:
        raise invalid({"events": f"unknown event(s) {', '.join(unknown)}; the events are: "
                                 + ", ".join(event_names())})
    after = q.after
    last = call.request.headers.get("Last-Event-ID", "").strip()
    if after is None and last.isdigit():
        after = int(last)
    broker = call.ctx.broker
    assert broker is not None
    sub, replay = broker.subscribe(frozenset(q.events), frozenset(q.charge_point_id), after)
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                       "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    try:
        await resp.prepare(call.request)
        await resp.write(b": connected\n\n")
        for e in replay:
            await resp.write(sse(e))
        while True:
            try:
                item = await asyncio.wait_for(sub.queue.get(), KEEPALIVE_S)
            except TimeoutError:
                await resp.write(b": keep-alive\n\n")
                continue
            if item is None:
                if sub.overflowed:
                    await resp.write(b"event: overflow\ndata: {\"reason\": \"the client read "
                                     b"too slowly; reconnect with Last-Event-ID\"}\n\n")
                break
            await resp.write(sse(item))
    except ConnectionResetError:
        pass
    finally:
        sub.close()
    with contextlib.suppress(ConnectionResetError, RuntimeError):
        await resp.write_eof()
    return resp
