"""OCPP 2.0.1 transactions followed from the CSMS side (issue 18).

* **Reconciliation after a reconnect.** When a 2.0.1/2.1 station boots again (Accepted),
  every transaction still open here for it is asked about with GetTransactionStatus,
  after ``delay_s`` (the station first sends what it queued offline):

  - ongoing: nothing to do;
  - over, messages still queued: its Ended is on the way; asked again up to
    ``retries`` times, ``retry_s`` apart;
  - over, nothing queued: the Ended will never come. The transaction is flagged
    abandoned (``transaction.zombie``) and the operator notified, as when an EVSE
    reports Available under an open transaction; it is never closed without them;
  - no answer, or the station does not support the message: left as it is (logged).

* **CostUpdated.** Every ``cost_update_interval`` seconds (a site setting; 0 = off, the
  default) each open transaction of a connected 2.0.1/2.1 station whose
  ``chargingState`` is Charging is sent its running cost from the site's tariffs
  (``pricing.running_cost``); idle, suspended or 1.6 sessions are sent nothing.

* **2.1 tariffs.** A 2.1 station that boots (Accepted) is sent the site's default tariff
  in force (SetDefaultTariff, EVSE 0) after the reconciliation, so it prices what the site
  prices; a transaction started on a 2.1 station whose driver's client has a tariff of
  its own is sent that tariff at once (ChangeTransactionTariff). Refusals are logged;
  the check of the station's price (``v201_tariffs``) tells the operator if it still
  differs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from csms_desktop.domain.enums import OCPPVersion, RegistrationStatus, TransactionStatus
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.events import ChargerBooted, TransactionStarted
from csms_desktop.services.pricing import running_cost
from csms_desktop.store.models import Transaction

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

DELAY_S = 5.0  # after the boot: the statuses and the offline queue come first
RETRY_S = 30.0
RETRIES = 3
IDLE_CHECK_S = 5.0  # how often a switched-off CostUpdated looks at its setting again

ONGOING, QUEUED, ABANDONED, UNANSWERED, ENDED = ("ongoing", "queued", "abandoned",
                                               "unanswered", "ended")


@dataclass(frozen=True)
class TxCheck:
    transaction_id: str
    verdict: str  # ONGOING, QUEUED (still, after the retries), ABANDONED, UNANSWERED, ENDED
    detail: str = ""


def _open_transactions(cp_id: str) -> list[str]:
    q = (Transaction.select(Transaction.transaction_id)
         .where((Transaction.charge_point == cp_id)
                & (Transaction.status == TransactionStatus.ACTIVE)))
    return [str(r.transaction_id) for r in q]


def _charging_costs(writer: Any, cp_ids: list[str], tz: str) -> list[tuple[str, str, Decimal]]:
    """(station, transaction id, running cost) of the charging transactions (db thread;
    the meter values still buffered are written first)."""
    writer.flush()
    now = utcnow()
    q = Transaction.select().where((Transaction.charge_point.in_(cp_ids))
                                   & (Transaction.status == TransactionStatus.ACTIVE)
                                   & (Transaction.charging_state == "Charging"))
    out = []
    for tx in q:
        priced = running_cost(tx, tz, now)
        if priced is not None:
            out.append((str(tx.charge_point_id), str(tx.transaction_id), priced[0].total))
    return out


class TransactionFollowUp:
    def __init__(self, services: Services, commands: Any, delay_s: float = DELAY_S,
                 retry_s: float = RETRY_S, retries: int = RETRIES,
                 interval: Callable[[], float] | None = None) -> None:
        self.services = services
        self.commands = commands
        self.delay_s, self.retry_s, self.retries = delay_s, retry_s, retries
        self.interval = interval or (lambda: float(services.settings.cost_update_interval))
        self.checks: dict[str, list[TxCheck]] = {}  # the last reconciliation per station
        self.costs_sent = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsub = services.hub.subscribe(ChargerBooted, self._on_booted)
        self._unsub_tx = services.hub.subscribe(TransactionStarted, self._on_started)
        self.tariffs_sent: list[tuple[str, str, str]] = []  # (station, command, outcome)

    def close(self) -> None:
        self._unsub()
        self._unsub_tx()
        for t in list(self._tasks):
            t.cancel()

    # ------------------------------------------------------------ reconciliation
    def _on_booted(self, event: ChargerBooted) -> None:
        if event.registration_status != RegistrationStatus.ACCEPTED.value:
            return
        version = self.services.chargers.connected.get(event.charge_point_id)
        if version is None or version == OCPPVersion.OCPP16:
            return
        self._spawn(self._later(event.charge_point_id, version == OCPPVersion.OCPP21))

    def _spawn(self, coro: Any) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            return
        task = loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _later(self, cp_id: str, tariffs: bool = False) -> None:
        await asyncio.sleep(self.delay_s)
        try:
            await self.reconcile(cp_id)
        except Exception:
            log.exception("%s: transaction reconciliation failed", cp_id)
        if tariffs:
            await self._tariff(cp_id, "set_default_tariff",
                               self.commands.set_default_tariff(cp_id))

    # ------------------------------------------------------------ 2.1 tariffs
    def _on_started(self, event: TransactionStarted) -> None:
        if self.services.chargers.connected.get(event.charge_point_id) != OCPPVersion.OCPP21:
            return
        self._spawn(self._driver_tariff(event.charge_point_id, event.transaction_id))

    async def _driver_tariff(self, cp_id: str, tx_id: str) -> None:
        from csms_desktop.services.v201_tariffs import default_tariff, transaction_tariff

        worker = self.services.worker
        own = await worker.call(transaction_tariff, cp_id, tx_id, None)
        site = await worker.call(default_tariff, None, utcnow())
        if own is None or (site is not None and own["tariff_id"] == site["tariff_id"]):
            return  # the station prices it with the default it has
        await self._tariff(cp_id, "change_transaction_tariff",
                           self.commands.change_transaction_tariff(cp_id, tx_id))

    async def _tariff(self, cp_id: str, what: str, command: Any) -> None:
        try:
            result = await command
        except Exception:
            log.exception("%s: %s failed", cp_id, what)
            return
        self.tariffs_sent.append((cp_id, what, str(result.outcome.value)))
        if not result.ok:
            log.info("%s: %s: %s", cp_id, what, result)

    async def reconcile(self, cp_id: str) -> list[TxCheck]:
        """Ask the station about each transaction still open here (see the module)."""
        worker = self.services.worker
        results = []
        for tx_id in await worker.call(_open_transactions, cp_id):
            results.append(await self._check(cp_id, tx_id))
        self.checks[cp_id] = results
        return results

    async def _check(self, cp_id: str, tx_id: str) -> TxCheck:
        worker = self.services.worker
        for attempt in range(self.retries + 1):
            still_open = await worker.call(_open_transactions, cp_id)
            if tx_id not in still_open:  # its Ended arrived meanwhile
                return TxCheck(tx_id, ENDED, "its Ended arrived")
            result = await self.commands.get_transaction_status(cp_id, tx_id)
            if not result.ok:
                log.info("%s: GetTransactionStatus %s: %s", cp_id, tx_id, result)
                return TxCheck(tx_id, UNANSWERED, str(result))
            if result.data.get("ongoing"):
                return TxCheck(tx_id, ONGOING, result.detail)
            if not result.data.get("messages_in_queue"):
                why = "says the transaction is over and has nothing queued about it"
                await worker.call(self.services.charging.mark_abandoned, cp_id, tx_id, why)
                return TxCheck(tx_id, ABANDONED, result.detail)
            if attempt < self.retries:
                await asyncio.sleep(self.retry_s)
        log.warning("%s: transaction %s is over at the station, its messages still queued",
                    cp_id, tx_id)
        return TxCheck(tx_id, QUEUED, "messages still queued")

    # ------------------------------------------------------------ CostUpdated
    async def run(self) -> None:
        """Send the running costs every ``interval()`` seconds (0: off, checked again)."""
        while True:
            seconds = self.interval()
            if seconds <= 0:
                await asyncio.sleep(IDLE_CHECK_S)
                continue
            await asyncio.sleep(seconds)
            try:
                await self.send_costs()
            except Exception:
                log.exception("CostUpdated round failed")

    async def send_costs(self) -> int:
        """One CostUpdated to each charging 2.0.1/2.1 transaction; returns how many were
        accepted."""
        stations = [cp for cp, v in self.services.chargers.connected.items()
                    if v != OCPPVersion.OCPP16]
        if not stations:
            return 0
        costs = await self.services.worker.call(_charging_costs, self.services.writer, stations,
                                                self.services.settings.time_zone)
        sent = 0
        for cp_id, tx_id, total in costs:
            result = await self.commands.cost_updated(cp_id, tx_id, float(total))
            if result.ok:
                sent += 1
            else:
                log.info("%s: CostUpdated %s: %s", cp_id, tx_id, result)
        self.costs_sent += sent
        return sent


def install(services: Services, commands: Any) -> TransactionFollowUp:
    """The follow-up of one server (kept in ``services.extras``)."""
    existing = services.extras.get("v201_followup")
    if existing is not None:
        existing.close()
    follow = services.extras["v201_followup"] = TransactionFollowUp(services, commands)
    return follow
