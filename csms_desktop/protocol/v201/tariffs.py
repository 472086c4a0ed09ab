"""OCPP 2.1 tariffs: SetDefaultTariff, GetTariffs, ClearTariffs, ChangeTransactionTariff
(neutral requests to CALLs, answers to results), and the ``costDetails`` of a 2.1
TransactionEvent handed to the price check.

The tariff itself comes from ``services.v201_tariffs.neutral_tariff`` (the site's tariff
model, Decimal money); :func:`tariff_type` writes it as the 2.1 ``TariffType`` (JSON
numbers only at the wire). These messages exist in OCPP 2.1 only: a 2.0.1 station is
answered "not supported" without a CALL.
"""

from __future__ import annotations

import logging
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from csms_desktop.protocol.connection import OCPPConnection
from csms_desktop.protocol.results import CommandResult, Outcome, Request, status_result
from csms_desktop.protocol.v201.common import drop_none, iso, station_transaction_id
from csms_desktop.services.v201_tariffs import StationPrice, check_station_cost

log = logging.getLogger(__name__)

NAMES = frozenset({"set_default_tariff", "get_tariffs", "clear_tariffs",
                   "change_transaction_tariff"})
MAX_TARIFF_ID = 60


def _num(value: Decimal) -> float | int:
    """A JSON number for an exact Decimal (an int when it is whole)."""
    return int(value) if value == value.to_integral_value() else float(value)


def tariff_type(t: dict[str, Any]) -> dict[str, Any]:
    """The 2.1 TariffType of a neutral tariff (``services.v201_tariffs``)."""
    taxes = ([{"type": "VAT", "tax": _num(Decimal(t["tax_percent"])), "stack": 0}]
             if t.get("tax_percent") else None)
    prices = []
    for e in t["energy"]:
        price: dict[str, Any] = {"priceKwh": _num(Decimal(e["price_kwh"]))}
        if e.get("start") is not None:
            price["conditions"] = {"startTimeOfDay": e["start"], "endTimeOfDay": e["end"]}
        prices.append(price)
    out: dict[str, Any] = {
        "tariffId": str(t["tariff_id"])[:MAX_TARIFF_ID], "currency": str(t["currency"]),
        "description": [{"format": "UTF8", "language": "en",
                         "content": str(t.get("name") or t["tariff_id"])[:1024]}],
        "energy": drop_none({"prices": prices, "taxRates": taxes})}
    if isinstance(t.get("valid_from"), datetime):
        out["validFrom"] = iso(t["valid_from"])
    if t.get("session_fee") is not None:
        out["fixedFee"] = drop_none({"prices": [{"priceFixed": _num(Decimal(
            t["session_fee"]))}], "taxRates": taxes})
    if t.get("idle_fee_per_minute") is not None:
        idle: dict[str, Any] = {"priceMinute": _num(Decimal(t["idle_fee_per_minute"]))}
        if t.get("idle_grace_minutes"):
            idle["conditions"] = {"minIdleTime": int(t["idle_grace_minutes"]) * 60}
        out["idleTime"] = drop_none({"prices": [idle], "taxRates": taxes})
    return out


def build(r: Request) -> tuple[str, dict[str, Any]] | None:
    a = r.args
    match r.name:
        case "set_default_tariff":
            return "SetDefaultTariff", {"evseId": _evse(a.get("evse_id") or 0),
                                        "tariff": tariff_type(a["tariff"])}
        case "get_tariffs":
            return "GetTariffs", {"evseId": _evse(a.get("evse_id") or 0)}
        case "clear_tariffs":
            p: dict[str, Any] = {}
            if a.get("tariff_ids"):
                p["tariffIds"] = [str(i)[:MAX_TARIFF_ID] for i in a["tariff_ids"]]
            if a.get("evse_id") is not None:
                p["evseId"] = _evse(a["evse_id"])
            return "ClearTariffs", p
        case "change_transaction_tariff":
            return "ChangeTransactionTariff", {
                "transactionId": station_transaction_id(str(a.get("cp_id") or ""),
                                                        str(a["transaction_id"])),
                "tariff": tariff_type(a["tariff"])}
    return None


def _evse(value: Any) -> int:
    from csms_desktop.protocol.v201.advanced_commands import BadRequest

    try:
        evse = int(value)
    except (TypeError, ValueError):
        evse = -1
    if evse < 0:
        raise BadRequest(f"evse_id must be 0 (every EVSE) or an EVSE number, not {value!r}")
    return evse


#: refusals of Set/ChangeTransactionTariff, in words
REFUSALS = {"TooManyElements": "the tariff has more elements than the station takes",
            "ConditionNotSupported": "the station cannot evaluate a condition of the tariff",
            "DuplicateTariffId": "the station has another tariff with that id",
            "TxNotFound": "the station has no such transaction",
            "NoCurrencyChange": "the transaction's tariff cannot change currency"}


def interpret(r: Request, answer: dict[str, Any]) -> CommandResult | None:
    a = r.args
    match r.name:
        case "set_default_tariff" | "change_transaction_tariff":
            result = status_result(answer)
            data = {"tariff_id": a["tariff"]["tariff_id"],
                    "site_tariff_id": a["tariff"].get("site_tariff_id")}
            return CommandResult(result.outcome, result.status,
                                 result.detail or REFUSALS.get(result.status, ""), data)
        case "get_tariffs":
            status = str(answer["status"])
            items = [drop_none({"tariff_id": t["tariffId"], "kind": t["tariffKind"],
                                "valid_from": t.get("validFrom"), "evse_ids": t.get("evseIds"),
                                "id_tokens": t.get("idTokens")})
                     for t in answer.get("tariffAssignments") or []]
            if status == "NoTariff":
                return CommandResult(Outcome.ACCEPTED, status, "the station has no tariff",
                                     {"assignments": []})
            result = status_result(answer)
            return CommandResult(result.outcome, status, result.detail, {"assignments": items})
        case "clear_tariffs":
            items = [drop_none({"tariff_id": res.get("tariffId"), "status": str(res["status"])})
                     for res in answer["clearTariffsResult"]]
            refused = [i for i in items if i["status"] == "Rejected"]
            if not refused:
                cleared = [i for i in items if i["status"] == "Accepted"]
                return CommandResult(Outcome.ACCEPTED, "Accepted" if cleared else "NoTariff",
                                     "" if cleared else "the station had no such tariff",
                                     {"results": items})
            status = "Rejected" if len(refused) == len(items) else "PartlyRejected"
            return CommandResult(Outcome.REJECTED, status, ", ".join(
                str(i.get("tariff_id") or "all") for i in refused), {"results": items})
    return None


#: above this a station's amount fits no money column (NUMERIC(18, 4)): not a price
MAX_AMOUNT = Decimal(10) ** 14


def _money(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        out = Decimal(str(value))
    except InvalidOperation:
        return None
    if not out.is_finite() or abs(out) >= MAX_AMOUNT:
        log.warning("a station's amount %.40s is no price: ignored", value)
        return None
    return out


def station_price(details: dict[str, Any]) -> StationPrice:
    """The station's price in a CostDetailsType (camelCase, as on the wire)."""
    total = details.get("totalCost") or {}
    amounts = total.get("total") or {}
    periods = details.get("chargingPeriods") or []
    failure = (str(details.get("failureReason") or "")
               if details.get("failureToCalculate") else None)
    return StationPrice(currency=str(total.get("currency") or "").upper(),
                        incl_tax=_money(amounts.get("inclTax")),
                        excl_tax=_money(amounts.get("exclTax")), failure=failure,
                        tariff_id=next((str(p["tariffId"]) for p in periods
                                        if p.get("tariffId")), None))


def cost_details_received(conn: OCPPConnection, transaction_id: str,
                          details: dict[str, Any]) -> None:
    """The final ``costDetails`` of a TransactionEvent Ended: checked against the CSMS's
    price (never fails the event: a broken check is logged)."""
    try:
        check_station_cost(conn.services.notifier, conn.cp_id, transaction_id,
                           station_price(details))
    except Exception:
        log.exception("%s transaction %s: the station's costDetails could not be checked",
                      conn.cp_id, transaction_id)
