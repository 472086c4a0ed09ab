"""Tariffs: the site default (``client_id`` NULL) and per-client tariffs, by effective date.

A tariff row is never edited: a change is a new row for the same owner with its own
``effective_from``. Pricing (``services.pricing.tariff_in_force``) takes the owner's newest
row effective at the transaction's *start*, the client's own over the site's, and stores
the cost on the transaction when it stops; so past transactions keep their price whatever
changes later. A row that priced no transaction may be deleted (a mistake).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

import peewee as pw

from csms_desktop.domain.money import currency_precision
from csms_desktop.domain.tariff import TariffSpec
from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.services.billing.common import (
    BillingError,
    ValidationFailed,
    require_manager,
    rows,
)
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.services.pricing import tariff_in_force, tariff_spec
from csms_desktop.services.validation import QT_TR_NOOP, Message
from csms_desktop.store.models import Client, Tariff, Transaction

_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
MAX_PRICE = Decimal("1000000")


@dataclass(frozen=True)
class TariffView:
    """A tariff row as lists and forms show it."""

    id: str
    name: str
    client_id: str | None
    client_name: str | None
    currency: str
    price_per_kwh: Decimal
    windows: tuple[dict[str, str], ...]
    session_fee: Decimal
    idle_fee_per_minute: Decimal
    idle_grace_minutes: int
    tax_rate: Decimal
    prices_include_tax: bool
    effective_from: datetime
    in_force: bool
    used: int  # transactions it priced


def _decimal(value: Any, field: str, errors: dict[str, str], *, maximum: Decimal = MAX_PRICE
             ) -> Decimal:
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        errors.setdefault(field, "required")
        return Decimal(0)
    try:
        d = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) \
            else value
    except InvalidOperation:
        errors.setdefault(field, f"{value!r} is not a number")
        return Decimal(0)
    if not d.is_finite() or d < 0:
        errors.setdefault(field, "must be zero or more")
    elif d > maximum:
        errors.setdefault(field, f"must be at most {maximum}")
    elif d.as_tuple().exponent < -4:  # type: ignore[operator]
        errors.setdefault(field, "at most 4 decimal places")
    return d


def _windows(raw: Any, errors: dict[str, str]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    if raw in (None, ""):
        return out
    if not isinstance(raw, list | tuple):
        errors["windows"] = QT_TR_NOOP("a list of time windows")
        return out
    for i, w in enumerate(raw, 1):
        if not isinstance(w, Mapping):
            errors["windows"] = Message(QT_TR_NOOP("window {number} is not a window"), number=i)
            continue
        name = str(w.get("name") or "").strip()
        start = str(w.get("start") or "").strip()
        end = str(w.get("end") or "").strip()
        if not name:
            errors.setdefault("windows", f"window {i} needs a name")
        for label, hhmm in (("start", start), ("end", end)):
            if not _HHMM.match(hhmm):
                errors.setdefault("windows", f"window {i}: {label} {hhmm!r} is not HH:MM")
        sub: dict[str, str] = {}
        price = _decimal(w.get("price_per_kwh"), "price", sub)
        if sub:
            errors.setdefault("windows", f"window {i}: price {sub['price']}")
        if _HHMM.match(start) and _HHMM.match(end):
            start, end = (f"{int(x.split(':')[0]):02d}:{x.split(':')[1]}" for x in (start, end))
        out.append({"name": name, "start": start, "end": end, "price_per_kwh": str(price)})
    return out


def validate_tariff(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Cleaned values and field -> message errors (empty when valid)."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    name = str(data.get("name") or "").strip()
    if not name:
        errors["name"] = QT_TR_NOOP("required")
    elif len(name) > 100:
        errors["name"] = QT_TR_NOOP("at most 100 characters")
    clean["name"] = name
    client_id = data.get("client_id") or None
    if client_id is not None and Client.get_or_none(Client.id == client_id) is None:
        errors["client_id"] = QT_TR_NOOP("no such client")
    clean["client_id"] = client_id
    currency = str(data.get("currency") or "").strip().upper()
    try:
        currency_precision(currency)
    except ValueError:
        errors["currency"] = (
            Message(QT_TR_NOOP("{code} is not an ISO 4217 currency code"), code=currency)
            if currency else QT_TR_NOOP("(empty) is not an ISO 4217 currency code"))
    clean["currency"] = currency
    for field in ("price_per_kwh", "session_fee", "idle_fee_per_minute"):
        clean[field] = _decimal(data.get(field, "0"), field, errors)
    grace = data.get("idle_grace_minutes", 0)
    try:
        clean["idle_grace_minutes"] = int(str(grace).strip() or "0")
        if clean["idle_grace_minutes"] < 0 or clean["idle_grace_minutes"] > 24 * 60:
            errors["idle_grace_minutes"] = QT_TR_NOOP("0 to 1440 minutes")
    except ValueError:
        errors["idle_grace_minutes"] = Message(
            QT_TR_NOOP("{text} is not a whole number of minutes"), text=repr(grace))
        clean["idle_grace_minutes"] = 0
    rate = _decimal(data.get("tax_rate", "0"), "tax_rate", errors, maximum=Decimal("0.9999"))
    clean["tax_rate"] = rate
    clean["prices_include_tax"] = bool(data.get("prices_include_tax", False))
    clean["windows"] = _windows(data.get("windows"), errors)
    eff = data.get("effective_from")
    if eff is None:
        clean["effective_from"] = utcnow()
    elif isinstance(eff, datetime):
        clean["effective_from"] = as_utc(eff)
    else:
        errors["effective_from"] = QT_TR_NOOP("a date and time")
    if not errors:
        try:  # the domain's own checks (currency, windows) have the last word
            _spec_from(clean)
        except (ValueError, TypeError) as exc:
            errors["windows" if "window" in str(exc) else "name"] = str(exc)
    return clean, errors


def _spec_from(clean: Mapping[str, Any]) -> TariffSpec:
    row = Tariff(**{k: v for k, v in clean.items() if k != "client_id"})
    return tariff_spec(row)


def create_tariff(operator: OperatorInfo | None, data: Mapping[str, Any]) -> Tariff:
    """A new tariff row (site default when ``client_id`` is empty)."""
    require_manager(operator)
    clean, errors = validate_tariff(data)
    if errors:
        raise ValidationFailed(errors)
    db = Tariff._meta.database
    with db.atomic():
        row = Tariff.create(
            name=clean["name"], client=clean["client_id"], currency=clean["currency"],
            price_per_kwh=clean["price_per_kwh"], windows=clean["windows"],
            session_fee=clean["session_fee"], idle_fee_per_minute=clean["idle_fee_per_minute"],
            idle_grace_minutes=clean["idle_grace_minutes"], tax_rate=clean["tax_rate"],
            prices_include_tax=clean["prices_include_tax"],
            effective_from=clean["effective_from"],
        )
        if clean["client_id"]:
            Client.update(tariff_id=row.id).where(Client.id == clean["client_id"]).execute()
    return row


def change_tariff(operator: OperatorInfo | None, tariff_id: str, data: Mapping[str, Any]) -> Tariff:
    """Supersede a tariff: a new row for the same owner from ``effective_from`` (default
    now). The old row is left exactly as it was."""
    require_manager(operator)
    old = Tariff.get_or_none(Tariff.id == tariff_id)
    if old is None:
        raise BillingError(f"no tariff {tariff_id}")
    values = {**tariff_values(old), **dict(data)}
    values["client_id"] = old.client_id  # the owner does not change
    if data.get("effective_from") is None:
        values["effective_from"] = utcnow()
    return create_tariff(operator, values)


def delete_tariff(operator: OperatorInfo | None, tariff_id: str) -> None:
    """Only a tariff that priced no transaction (entered by mistake) may go."""
    require_manager(operator)
    row = Tariff.get_or_none(Tariff.id == tariff_id)
    if row is None:
        raise BillingError(f"no tariff {tariff_id}")
    used = Transaction.select().where(Transaction.tariff_id == row.id).count()
    if used:
        raise BillingError(f"tariff {row.name!r} priced {used} transaction(s); add a new "
                           "tariff with a later effective date instead")
    with Tariff._meta.database.atomic():
        row.delete_instance()
        if row.client_id:
            newest = (Tariff.select().where(Tariff.client == row.client_id)
                      .order_by(Tariff.effective_from.desc()).first())
            Client.update(tariff_id=newest.id if newest else None).where(
                Client.id == row.client_id).execute()


def tariff_values(row: Tariff) -> dict[str, Any]:
    return {
        "name": row.name, "client_id": row.client_id, "currency": row.currency,
        "price_per_kwh": Decimal(row.price_per_kwh), "windows": list(row.windows or []),
        "session_fee": Decimal(row.session_fee),
        "idle_fee_per_minute": Decimal(row.idle_fee_per_minute),
        "idle_grace_minutes": int(row.idle_grace_minutes), "tax_rate": Decimal(row.tax_rate),
        "prices_include_tax": bool(row.prices_include_tax),
        "effective_from": row.effective_from,
    }


def list_tariffs(at: datetime | None = None) -> list[TariffView]:
    """Every tariff row, owner by owner, newest first; ``in_force`` at ``at`` (now)."""
    at = at or utcnow()
    names = {c.id: c.full_name for c in Client.select(Client.id, Client.full_name)}
    used: dict[str, int] = {}
    for tid, n in rows(Transaction.select(Transaction.tariff_id, pw.fn.COUNT(Transaction.id))
                       .where(Transaction.tariff_id.is_null(False))
                       .group_by(Transaction.tariff_id)):
        used[str(tid)] = int(n)
    tariffs = list(Tariff.select().order_by(Tariff.effective_from.desc(), Tariff.created_at.desc()))
    in_force: set[str] = set()
    seen: set[str | None] = set()
    for r in tariffs:
        if r.client_id in seen or r.effective_from > at:
            continue
        seen.add(r.client_id)
        in_force.add(r.id)
    tariffs.sort(key=lambda r: (r.client_id is not None, names.get(r.client_id or "", ""),
                             -r.effective_from.timestamp()))
    return [
        TariffView(
            id=r.id, name=r.name, client_id=r.client_id,
            client_name=names.get(r.client_id) if r.client_id else None,
            currency=r.currency, price_per_kwh=Decimal(r.price_per_kwh),
            windows=tuple(dict(w) for w in (r.windows or [])), session_fee=Decimal(r.session_fee),
            idle_fee_per_minute=Decimal(r.idle_fee_per_minute),
            idle_grace_minutes=int(r.idle_grace_minutes), tax_rate=Decimal(r.tax_rate),
            prices_include_tax=bool(r.prices_include_tax), effective_from=r.effective_from,
            in_force=r.id in in_force, used=used.get(r.id, 0),
        )
        for r in tariffs
    ]


def tariff_for_client(client_id: str | None, at: datetime | None = None) -> Tariff | None:
    """The tariff that would price a session of this client's drivers starting at ``at``."""
    return tariff_in_force(client_id, at or utcnow())


def parse_hhmm(text: str) -> time:
    m = _HHMM.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not HH:MM")
    return time(int(m.group(1)), int(m.group(2)))
