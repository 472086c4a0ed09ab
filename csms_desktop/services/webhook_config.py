"""Webhooks (table ``api_webhook``): which URL gets which events, signed with which secret.

Event names are the API's (``transaction.started``...), the same as the live event
stream's. The delivery itself (HTTP, signature, retries) is ``api.webhooks``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from csms_desktop.services import events as ev
from csms_desktop.services.validation import FieldError, raise_if
from csms_desktop.store.api_models import ApiWebhook

# API event name -> the hub's event class (what the event stream and webhooks carry)
EVENT_TYPES: dict[str, type[ev.Event]] = {
    "charger.connected": ev.ChargerConnected,
    "charger.disconnected": ev.ChargerDisconnected,
    "charger.booted": ev.ChargerBooted,
    "connector.status": ev.ConnectorStatusChanged,
    "meter.sample": ev.MeterSampled,
    "transaction.started": ev.TransactionStarted,
    "transaction.ended": ev.TransactionEnded,
    "notification": ev.NotificationCreated,
    "security": ev.SecurityEvent,
    "tag.unknown": ev.UnknownTagSeen,
}
EVENT_NAMES: dict[type[ev.Event], str] = {cls: name for name, cls in EVENT_TYPES.items()}
MAX_WEBHOOKS = 50


@dataclass(frozen=True)
class WebhookRow:
    id: str
    url: str
    events: tuple[str, ...]
    charge_points: tuple[str, ...]
    description: str
    active: bool
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class WebhookInput:
    """A webhook: where to POST, which events (empty: all), which chargers (empty: all)."""

    url: str
    events: tuple[str, ...] = ()
    charge_points: tuple[str, ...] = ()
    description: str = ""
    active: bool = True


def _row(r: ApiWebhook) -> WebhookRow:
    return WebhookRow(str(r.id), str(r.url), tuple(r.events or ()), tuple(r.charge_points or ()),
                      str(r.description or ""), bool(r.active), r.created_at, str(r.created_by))


def validate_webhook(data: WebhookInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    url = data.url.strip()
    parsed = urlparse(url)
    if not url:
        errors["url"] = "enter the URL that receives the events"
    elif parsed.scheme not in ("http", "https") or not parsed.hostname:
        errors["url"] = f"{url!r} is not an http:// or https:// URL"
    elif len(url) > 500:
        errors["url"] = "at most 500 characters"
    unknown = [e for e in data.events if e not in EVENT_TYPES]
    if unknown:
        errors["events"] = (f"unknown event(s) {', '.join(unknown)}; the events are: "
                            + ", ".join(EVENT_TYPES))
    if len(data.description) > 200:
        errors["description"] = "at most 200 characters"
    return errors


def create_webhook(data: WebhookInput, by: str = "") -> tuple[WebhookRow, str]:
    """A new webhook and its signing secret (shown once)."""
    errors = validate_webhook(data)
    if not errors and ApiWebhook.select().count() >= MAX_WEBHOOKS:
        errors["url"] = f"at most {MAX_WEBHOOKS} webhooks"
    raise_if(errors)
    secret = "whsec_" + secrets.token_urlsafe(32)
    row = ApiWebhook.create(url=data.url.strip(), secret=secret,
                            events=list(dict.fromkeys(data.events)),
                            charge_points=list(dict.fromkeys(c.strip() for c in data.charge_points
                                                             if c.strip())),
                            description=data.description.strip(), active=data.active,
                            created_by=by[:120])
    return _row(row), secret


def _get(webhook_id: str) -> ApiWebhook:
    row = ApiWebhook.get_or_none(ApiWebhook.id == webhook_id)
    if row is None:
        raise FieldError("webhook", "this webhook does not exist any more")
    return row


def update_webhook(webhook_id: str, changes: dict[str, Any]) -> WebhookRow:
    row = _get(webhook_id)
    current = WebhookInput(row.url, tuple(row.events or ()), tuple(row.charge_points or ()),
                           row.description or "", bool(row.active))
    merged = WebhookInput(**{**current.__dict__, **changes})
    raise_if(validate_webhook(merged))
    row.url = merged.url.strip()
    row.events = list(dict.fromkeys(merged.events))
    row.charge_points = [c.strip() for c in merged.charge_points if c.strip()]
    row.description = merged.description.strip()
    row.active = merged.active
    row.save()
    return _row(row)


def rotate_secret(webhook_id: str) -> str:
    row = _get(webhook_id)
    row.secret = "whsec_" + secrets.token_urlsafe(32)
    row.save()
    return str(row.secret)


def delete_webhook(webhook_id: str) -> None:
    _get(webhook_id).delete_instance()


def get_webhook(webhook_id: str) -> WebhookRow | None:
    row = ApiWebhook.get_or_none(ApiWebhook.id == webhook_id)
    return _row(row) if row is not None else None


def list_webhooks() -> list[WebhookRow]:
    return [_row(r) for r in ApiWebhook.select().order_by(ApiWebhook.created_at, ApiWebhook.id)]


def active_with_secrets() -> list[tuple[WebhookRow, str]]:
    """The active webhooks and their secrets (for the dispatcher only)."""
    return [(_row(r), str(r.secret)) for r in
            ApiWebhook.select().where(ApiWebhook.active == True)  # noqa: E712
            .order_by(ApiWebhook.created_at)]
