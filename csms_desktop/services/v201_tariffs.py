"""OCPP 2.1 tariffs from the site's tariff model, and the station's own price checked.

**The tariff a station gets** (SetDefaultTariff, ChangeTransactionTariff) is one
``Tariff`` row in neutral form (:func:`neutral_tariff`), money as ``Decimal``; the
protocol layer turns it into the 2.1 ``TariffType``. The mapping, faithful to
``domain.tariff``:

* ``tariffId``: the row's id and a digest of what is sent (a changed row is a new id,
  the same row sent twice is the same id).
* ``energy.prices``: one price per time-of-day window (``startTimeOfDay`` /
  ``endTimeOfDay``, local time; a window of the whole day has no condition) in the
  tariff's order (the first that matches wins, as in ``TariffSpec.window_at``), then the
  base price without a condition (outside every window).
* ``fixedFee``: the session fee; ``idleTime``: the idle fee per minute, with
  ``minIdleTime`` = the grace minutes (the price applies once the idle time passes it).
* Prices in 2.1 are net of tax: a tariff whose prices include tax sends them divided by
  (1 + rate), 6 decimals; the tax rate goes in every dimension's ``taxRates`` (type VAT,
  percent, stack 0).

**The station's price** (TransactionEvent Ended ``costDetails``) is compared with the
transaction's ``total_cost`` once the CSMS has priced it: a difference beyond
:func:`tolerance` (2 minor units or 0.5 %, whichever is more: the station rounds on its
own and bills idle time by the second, the CSMS by the minute) or another currency is a
mismatch: the ``v201_station_cost`` row says so and the operator is notified. A station
that failed to calculate (``failureToCalculate``) is recorded, not flagged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from csms_desktop.domain.enums import NotificationType
from csms_desktop.domain.money import currency_precision, round_money
from csms_desktop.domain.tariff import TariffSpec
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.pricing import tariff_in_force, tariff_spec
from csms_desktop.store.models import Tariff, Transaction, User
from csms_desktop.store.v201_models import StationCost

log = logging.getLogger(__name__)

NET_DIGITS = Decimal("0.000001")  # net prices derived from gross ones
RELATIVE_TOLERANCE = Decimal("0.005")
MINOR_UNITS_TOLERANCE = 2


def _net(price: Decimal, spec: TariffSpec) -> Decimal:
    if not spec.prices_include_tax or spec.tax_rate == 0:
        return price
    return (price / (1 + spec.tax_rate)).quantize(NET_DIGITS, rounding=ROUND_HALF_UP)


def neutral_tariff(row: Tariff) -> dict[str, Any]:
    """The tariff of ``row`` as 2.1 sees it (see the module docstring), Decimal money."""
    spec = tariff_spec(row)
    energy = []
    for w in spec.windows:
        whole_day = w.start == w.end
        energy.append({"price_kwh": _net(w.price_per_kwh, spec), "name": w.name,
                       "start": None if whole_day else f"{w.start:%H:%M}",
                       "end": None if whole_day else f"{w.end:%H:%M}"})
    energy.append({"price_kwh": _net(spec.price_per_kwh, spec), "name": "Standard",
                   "start": None, "end": None})
    tariff: dict[str, Any] = {
        "name": str(row.name), "currency": spec.currency,
        "valid_from": row.effective_from, "energy": energy,
        "session_fee": _net(spec.session_fee, spec) if spec.session_fee > 0 else None,
        "idle_fee_per_minute": (_net(spec.idle_fee_per_minute, spec)
                                if spec.idle_fee_per_minute > 0 else None),
        "idle_grace_minutes": spec.idle_grace_minutes,
        "tax_percent": (spec.tax_rate * 100).normalize() if spec.tax_rate > 0 else None}
    digest = hashlib.sha256(json.dumps(tariff, default=str, sort_keys=True).encode())
    tariff["tariff_id"] = f"{row.id}-{digest.hexdigest()[:12]}"[:60]
    tariff["site_tariff_id"] = str(row.id)
    return tariff


def default_tariff(tariff_id: str | None, at: datetime) -> dict[str, Any] | None:
    """The row ``tariff_id`` (a site tariff's id), else the site default in force at
    ``at``; None when there is none."""
    row = (Tariff.get_or_none(Tariff.id == tariff_id) if tariff_id
           else tariff_in_force(None, at))
    return None if row is None else neutral_tariff(row)


def transaction_tariff(cp_id: str, transaction_id: str,
                       tariff_id: str | None) -> dict[str, Any] | None:
    """The row ``tariff_id``, else the tariff the CSMS prices transaction
    ``transaction_id`` with (its driver's client's, else the site default, in force at
    its start); None without one."""
    if tariff_id:
        row = Tariff.get_or_none(Tariff.id == tariff_id)
        return None if row is None else neutral_tariff(row)
    tx = Transaction.get_or_none((Transaction.transaction_id == transaction_id)
                                 & (Transaction.charge_point == cp_id))
    if tx is None:
        return None
    user = User.get_or_none(User.id == tx.user_id) if tx.user_id else None
    row = tariff_in_force(user.client_id if user else None, tx.start_time)
    return None if row is None else neutral_tariff(row)


@dataclass(frozen=True)
class StationPrice:
    """What a station says a transaction costs (TransactionEvent ``costDetails``)."""

    currency: str
    incl_tax: Decimal | None
    excl_tax: Decimal | None
    failure: str | None = None  # failureToCalculate: the reason ("" when none given)
    tariff_id: str | None = None


def tolerance(currency: str, amount: Decimal) -> Decimal:
    """The difference between the station's and the CSMS's price that is still the same
    price: 2 minor units, or 0.5 % of ``amount`` when that is more."""
    try:
        minor = Decimal(1).scaleb(-currency_precision(currency))
    except ValueError:
        minor = Decimal("0.01")
    return max(minor * MINOR_UNITS_TOLERANCE, abs(amount) * RELATIVE_TOLERANCE)


def check_station_cost(notifier: Notifier, cp_id: str, transaction_id: str,
                       price: StationPrice) -> StationCost:
    """Compare the station's price of ``transaction_id`` with the CSMS's (its
    ``total_cost``), store the comparison (one row per transaction, the last word wins)
    and notify a mismatch."""
    tx = Transaction.get_or_none((Transaction.transaction_id == transaction_id)
                                 & (Transaction.charge_point == cp_id))
    ours = None if tx is None or tx.total_cost is None else Decimal(tx.total_cost)
    theirs = price.incl_tax if price.incl_tax is not None else price.excl_tax
    values: dict[str, Any] = {
        "charge_point_id": cp_id, "currency": price.currency[:3],
        "station_total": theirs, "tax_included": price.incl_tax is not None,
        "csms_total": ours, "difference": None, "mismatch": False,
        "failure": None if price.failure is None else (price.failure or "no reason")[:500],
        "tariff_id": price.tariff_id}
    ours_currency, rate = _tariff_of(tx)
    if ours is not None and price.incl_tax is None and rate:
        ours = round_money(ours / (1 + rate), ours_currency or price.currency)  # excl. tax
        values["csms_total"] = ours
    if price.failure is None and ours is not None and theirs is not None:
        values["difference"] = theirs - ours
        other_currency = ours_currency is not None and ours_currency != price.currency
        values["mismatch"] = other_currency or abs(theirs - ours) > tolerance(
            price.currency, ours)
    row = StationCost.get_or_none(StationCost.transaction_id == transaction_id)
    if row is None:
        row = StationCost.create(transaction_id=transaction_id, **values)
    else:
        StationCost.update(**values).where(StationCost.id == row.id).execute()
        row = StationCost.get_by_id(row.id)
    if row.mismatch:
        log.warning("%s transaction %s: the station prices it %s %s, the CSMS %s %s",
                    cp_id, transaction_id, price.currency, theirs, ours_currency, ours)
        notifier.notify(
            NotificationType.PAYMENT_REQUIRED,
            f"Transaction {transaction_id}: the station's price differs",
            f"{cp_id} says {price.currency} {theirs} "
            f"({'incl.' if price.incl_tax is not None else 'excl.'} tax), this site "
            f"{ours_currency} {ours}. The invoice uses the site's price; check the tariff "
            f"the station has (GetTariffs).", charge_point_id=cp_id)
    elif price.failure is not None:
        log.info("%s transaction %s: the station could not price it (%s)", cp_id,
                 transaction_id, price.failure or "no reason")
    return row


def _tariff_of(tx: Transaction | None) -> tuple[str | None, Decimal]:
    """The currency and tax rate of the tariff the CSMS priced ``tx`` with."""
    if tx is None or tx.total_cost is None:
        return None, Decimal(0)
    user = User.get_or_none(User.id == tx.user_id) if tx.user_id else None
    row = tariff_in_force(user.client_id if user else None, tx.start_time)
    if row is None:
        return None, Decimal(0)
    return str(row.currency).upper(), Decimal(row.tax_rate)
