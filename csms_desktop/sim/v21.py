"""Simulated OCPP 2.1 charging station: the 2.0.1 station speaking ``ocpp2.1`` (the
``ocpp`` library checks every CALL against the 2.1 schemas) with 2.1 tariffs.

Tariffs (SetDefaultTariff, GetTariffs, ClearTariffs, ChangeTransactionTariff): one
default tariff per EVSE (EVSE 0: every EVSE without its own), fixed for a transaction
when it starts, replaced by ChangeTransactionTariff from then on. The station prices
its transactions itself and sends the result in the ``costDetails`` of TransactionEvent
Ended: the energy between two transaction events at the price in force at the later one
(time-of-day conditions in ``params.time_zone``), the fixed fee of the tariff at the
start (a tariff changed before anything was consumed counts from the start), the
dimensions' tax rates; no idle-time cost (the simulated station does not measure idle
time). Conditions other than the time of day and ``minIdleTime`` are
answered ConditionNotSupported.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import ocpp.v21
from ocpp.v21 import call_result
from ocpp.v21.enums import Action

from csms_desktop.sim.model import Connector, now_utc
from csms_desktop.sim.transport import on
from csms_desktop.sim.v201 import SimChargePoint201

SUPPORTED_CONDITIONS = frozenset({"start_time_of_day", "end_time_of_day", "min_idle_time"})
DIMENSIONS = ("energy", "charging_time", "idle_time", "fixed_fee", "reservation_time",
              "reservation_fixed")


class TxCost:
    """What a transaction has cost so far, in the station's own arithmetic."""

    def __init__(self, tariff: dict[str, Any], register_wh: float | None) -> None:
        self.tariff = tariff
        self.currency = str(tariff["currency"])
        self.started = now_utc()
        self.start_wh = register_wh
        self.last_wh = register_wh
        self.energy_excl = 0.0
        self.energy_incl = 0.0
        self._fixed(tariff)

    def _fixed(self, tariff: dict[str, Any]) -> None:
        fixed = sum(float(p["price_fixed"]) for p in (tariff.get("fixed_fee") or {})
                    .get("prices", []) if not p.get("conditions"))
        self.fixed_excl = fixed
        self.fixed_incl = fixed * (1 + _tax(tariff.get("fixed_fee")) / 100)

    def change(self, tariff: dict[str, Any]) -> None:
        """ChangeTransactionTariff: from now on; before anything was consumed it is the
        transaction's tariff from its start (its fixed fee replaces the first one's)."""
        if self.energy_excl == 0 and self.last_wh == self.start_wh:
            self._fixed(tariff)
        self.tariff = tariff

    def add_energy(self, register_wh: float, zone: ZoneInfo) -> None:
        if self.last_wh is None:
            self.start_wh = self.last_wh = register_wh
            return
        kwh = max(0.0, register_wh - self.last_wh) / 1000
        self.last_wh = max(self.last_wh, register_wh)
        energy = self.tariff.get("energy") or {}
        price = _energy_price(energy.get("prices") or [], now_utc().astimezone(zone))
        self.energy_excl += kwh * price
        self.energy_incl += kwh * price * (1 + _tax(energy) / 100)

    def details(self) -> dict[str, Any]:
        wh = 0.0 if self.start_wh is None or self.last_wh is None else (
            self.last_wh - self.start_wh)
        seconds = int((now_utc() - self.started).total_seconds())
        total_cost: dict[str, Any] = {
            "currency": self.currency, "type_of_cost": "NormalCost",
            "energy": {"excl_tax": round(self.energy_excl, 2),
                       "incl_tax": round(self.energy_incl, 2)},
            "total": {"excl_tax": round(self.energy_excl + self.fixed_excl, 2),
                      "incl_tax": round(self.energy_incl + self.fixed_incl, 2)}}
        if self.fixed_excl:
            total_cost["fixed"] = {"excl_tax": round(self.fixed_excl, 2),
                                   "incl_tax": round(self.fixed_incl, 2)}
        return {"charging_periods": [{
                    "start_period": self.started.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "tariff_id": self.tariff["tariff_id"],
                    "dimensions": [{"type": "Energy", "volume": round(wh, 1)}]}],
                "total_cost": total_cost,
                "total_usage": {"energy": round(wh, 1), "charging_time": seconds,
                                "idle_time": 0}}


def _tax(dimension: dict[str, Any] | None) -> float:
    return sum(float(t["tax"]) for t in (dimension or {}).get("tax_rates") or [])


def _minutes(text: str) -> int:
    hh, mm = text.split(":")[:2]
    return int(hh) * 60 + int(mm)


def _energy_price(prices: list[dict[str, Any]], local: datetime) -> float:
    """The first price whose time-of-day condition holds at ``local``."""
    now = local.hour * 60 + local.minute
    for p in prices:
        cond = p.get("conditions") or {}
        start, end = cond.get("start_time_of_day"), cond.get("end_time_of_day")
        if start is not None and end is not None:
            a, b = _minutes(start), _minutes(end)
            inside = a <= now < b if a < b else (now >= a or now < b) if a > b else True
            if not inside:
                continue
        return float(p["price_kwh"])
    return 0.0


def _conditions_supported(tariff: dict[str, Any]) -> bool:
    for name in DIMENSIONS:
        for p in (tariff.get(name) or {}).get("prices") or []:
            if set(p.get("conditions") or {}) - SUPPORTED_CONDITIONS:
                return False
    return True


class SimChargePoint21(SimChargePoint201):
    """An OCPP 2.1 charging station (see the module docstring)."""

    subprotocol = "ocpp2.1"
    _ocpp_version = "2.1"
    _call_result = ocpp.v21.call_result
    transaction_event_call = ocpp.v21.call.TransactionEvent

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.default_tariffs: dict[int, dict[str, Any]] = {}  # EVSE -> tariff (snake_case)
        self.tx_costs: dict[str, TxCost] = {}  # transactionId -> its cost so far
        self.cost_details: dict[str, dict[str, Any]] = {}  # transactionId -> sent at Ended
        self.zone = ZoneInfo(self.params.time_zone)

    # ------------------------------------------------------------ pricing
    def _tx_extras(self, c: Connector, event: str,
                   meter: list[dict[str, Any]] | None) -> dict[str, Any]:
        tx_id = str(c.tx_id)
        register = _register(meter)
        cost = self.tx_costs.get(tx_id)
        if cost is None and event == "Started":
            tariff = self.default_tariffs.get(c.id) or self.default_tariffs.get(0)
            if tariff is not None:
                self.tx_costs[tx_id] = TxCost(tariff, register)
            return {}
        if cost is None:
            return {}
        if register is not None:
            cost.add_energy(register, self.zone)
        if event != "Ended":
            return {}
        details = cost.details()
        self.cost_details[tx_id] = details
        del self.tx_costs[tx_id]
        return {"cost_details": details}

    # ------------------------------------------------------------ tariffs
    @on(Action.set_default_tariff)
    def on_set_default_tariff(self, evse_id: int, tariff: dict[str, Any], **_: Any) -> Any:
        if self.rejecting("SetDefaultTariff") or (evse_id and self.connector(evse_id) is None):
            return call_result.SetDefaultTariff(status="Rejected")
        if not _conditions_supported(tariff):
            return call_result.SetDefaultTariff(status="ConditionNotSupported")
        held = self.default_tariffs.get(evse_id)
        if held is not None and held["tariff_id"] == tariff["tariff_id"] and held != tariff:
            return call_result.SetDefaultTariff(status="DuplicateTariffId")
        self.default_tariffs[evse_id] = tariff
        return call_result.SetDefaultTariff(status="Accepted")

    @on(Action.get_tariffs)
    def on_get_tariffs(self, evse_id: int, **_: Any) -> Any:
        if self.rejecting("GetTariffs"):
            return call_result.GetTariffs(status="Rejected")
        out = [{"tariff_id": t["tariff_id"], "tariff_kind": "DefaultTariff",
                "evse_ids": [n], **({"valid_from": t["valid_from"]} if t.get("valid_from")
                                    else {})}
               for n, t in sorted(self.default_tariffs.items()) if evse_id in (0, n)]
        for c in self.connectors:
            cost = self.tx_costs.get(str(c.tx_id)) if c.in_transaction else None
            if cost is not None and evse_id in (0, c.id):
                out.append({"tariff_id": cost.tariff["tariff_id"], "tariff_kind": "DriverTariff",
                            "evse_ids": [c.id], **({"id_tokens": [c.tag]} if c.tag else {})})
        if not out:
            return call_result.GetTariffs(status="NoTariff")
        return call_result.GetTariffs(status="Accepted", tariff_assignments=out)

    @on(Action.clear_tariffs)
    def on_clear_tariffs(self, tariff_ids: list[str] | None = None,
                         evse_id: int | None = None, **_: Any) -> Any:
        results = []
        for n, t in sorted(self.default_tariffs.items()):
            if (evse_id is not None and n != evse_id) or (
                    tariff_ids and t["tariff_id"] not in tariff_ids):
                continue
            if self.rejecting("ClearTariffs"):
                results.append({"tariff_id": t["tariff_id"], "status": "Rejected"})
                continue
            del self.default_tariffs[n]
            results.append({"tariff_id": t["tariff_id"], "status": "Accepted"})
        return call_result.ClearTariffs(clear_tariffs_result=results or [
            {"status": "NoTariff"}])

    @on(Action.change_transaction_tariff)
    def on_change_transaction_tariff(self, transaction_id: str, tariff: dict[str, Any],
                                     **_: Any) -> Any:
        if self.rejecting("ChangeTransactionTariff"):
            return call_result.ChangeTransactionTariff(status="Rejected")
        c = next((c for c in self.connectors if c.in_transaction
                  and str(c.tx_id) == transaction_id), None)
        if c is None:
            return call_result.ChangeTransactionTariff(status="TxNotFound")
        if not _conditions_supported(tariff):
            return call_result.ChangeTransactionTariff(status="ConditionNotSupported")
        cost = self.tx_costs.get(transaction_id)
        if cost is None:
            self.tx_costs[transaction_id] = TxCost(tariff, c.meter_start)
        elif cost.currency != tariff["currency"]:
            return call_result.ChangeTransactionTariff(status="NoCurrencyChange")
        else:
            cost.change(tariff)
        return call_result.ChangeTransactionTariff(status="Accepted")


def _register(meter: list[dict[str, Any]] | None) -> float | None:
    """The energy register (Wh) in the meter values of a transaction event."""
    for mv in meter or []:
        for sv in mv.get("sampled_value") or []:
            if sv.get("measurand") == "Energy.Active.Import.Register":
                return float(sv["value"])
    return None

