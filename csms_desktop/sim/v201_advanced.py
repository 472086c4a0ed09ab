"""OCPP 2.0.1 beyond the core, station side of the simulator: display messages,
GetTransactionStatus, CostUpdated, GetReport with criteria, CustomerInformation.

Like every handler of the simulator, each one gets its CALL only after the ``ocpp``
library has checked it against the official 2.0.1 schema; in ``Rejected`` mode each
gives its negative answer (messages without a status word, GetTransactionStatus and
CostUpdated, answer a NotSupported CALLERROR).
"""

from __future__ import annotations

from typing import Any

from ocpp.exceptions import NotSupportedError
from ocpp.v201 import call, call_result
from ocpp.v201.enums import Action

from csms_desktop.sim.core import SimCore
from csms_desktop.sim.device_model import DeviceModel
from csms_desktop.sim.model import timestamp
from csms_desktop.sim.transport import on

#: message formats the simulated display can show
DISPLAY_FORMATS = ("ASCII", "UTF8", "URI")
CUSTOMER_PART = 100  # characters per NotifyCustomerInformation part


class Advanced201(SimCore):
    """Mixin of SimChargePoint201 (its state is created in ``_init_advanced``)."""

    device: DeviceModel
    local_list: dict[str, dict[str, Any]]
    report_chunk: int

    def _init_advanced(self) -> None:
        self.display_messages: dict[int, dict[str, Any]] = {}
        self.costs: dict[str, float] = {}  # transactionId -> the last CostUpdated
        self.final_costs: dict[str, float] = {}  # transactionId -> totalCost of its Ended
        self.queued_messages = 0  # transaction messages held back (GetTransactionStatus)
        self.customer_log: dict[str, list[str]] = {}  # idToken -> what the station keeps

    async def _send_report(self, request_id: int, items: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def remember_customer(self, tag: str, text: str) -> None:
        self.customer_log.setdefault(tag, []).append(text)

    # ------------------------------------------------------------ display messages
    @on(Action.set_display_message)
    def on_set_display_message(self, message: dict[str, Any], **_: Any) -> Any:
        if self.rejecting("SetDisplayMessage"):
            return call_result.SetDisplayMessage(status="Rejected")
        if message["message"]["format"] not in DISPLAY_FORMATS:
            return call_result.SetDisplayMessage(status="NotSupportedMessageFormat")
        tx = message.get("transaction_id")
        if tx is not None and not any(str(c.tx_id) == tx for c in self.connectors):
            return call_result.SetDisplayMessage(status="UnknownTransaction")
        self.display_messages[int(message["id"])] = message
        return call_result.SetDisplayMessage(status="Accepted")

    @on(Action.get_display_messages)
    def on_get_display_messages(self, request_id: int, id: list[int] | None = None,
                                priority: str | None = None, state: str | None = None,
                                **_: Any) -> Any:
        if self.rejecting("GetDisplayMessages"):
            return call_result.GetDisplayMessages(status="Unknown")
        found = [m for n, m in sorted(self.display_messages.items())
                 if (not id or n in id) and priority in (None, m["priority"])
                 and state in (None, m.get("state"))]
        if not found:
            return call_result.GetDisplayMessages(status="Unknown")
        self.after_reply(lambda: self._send_display_messages(request_id, found))
        return call_result.GetDisplayMessages(status="Accepted")

    async def _send_display_messages(self, request_id: int,
                                     found: list[dict[str, Any]]) -> None:
        n = max(1, self.report_chunk)
        parts = [found[i:i + n] for i in range(0, len(found), n)]
        for i, part in enumerate(parts):
            await self._call(call.NotifyDisplayMessages(
                request_id=request_id, message_info=part, tbc=i < len(parts) - 1))

    @on(Action.clear_display_message)
    def on_clear_display_message(self, id: int, **_: Any) -> Any:
        if self.rejecting("ClearDisplayMessage") or id not in self.display_messages:
            return call_result.ClearDisplayMessage(status="Unknown")
        del self.display_messages[id]
        return call_result.ClearDisplayMessage(status="Accepted")

    # ------------------------------------------------------------ transactions
    @on(Action.get_transaction_status)
    def on_get_transaction_status(self, transaction_id: str | None = None, **_: Any) -> Any:
        if self.rejecting("GetTransactionStatus"):
            raise NotSupportedError(description="GetTransactionStatus refused")
        queued = self.queued_messages > 0
        if transaction_id is None:
            return call_result.GetTransactionStatus(messages_in_queue=queued)
        ongoing = any(str(c.tx_id) == transaction_id for c in self.connectors)
        return call_result.GetTransactionStatus(messages_in_queue=queued,
                                                ongoing_indicator=ongoing)

    @on(Action.cost_updated)
    def on_cost_updated(self, total_cost: float, transaction_id: str, **_: Any) -> Any:
        if self.rejecting("CostUpdated"):
            raise NotSupportedError(description="CostUpdated refused")
        self.costs[transaction_id] = float(total_cost)
        return call_result.CostUpdated()

    # ------------------------------------------------------------ reports
    @on(Action.get_report)
    def on_get_report(self, request_id: int,
                      component_variable: list[dict[str, Any]] | None = None,
                      component_criteria: list[str] | None = None, **_: Any) -> Any:
        if self.rejecting("GetReport"):
            return call_result.GetReport(status="Rejected")
        items = self.device.report_matching(component_variable, component_criteria)
        if not items:
            return call_result.GetReport(status="EmptyResultSet")
        self.after_reply(lambda: self._send_report(request_id, items))
        return call_result.GetReport(status="Accepted")

    # ------------------------------------------------------------ customer data
    @on(Action.customer_information)
    def on_customer_information(self, request_id: int, report: bool, clear: bool,
                                id_token: dict[str, Any] | None = None,
                                customer_identifier: str | None = None,
                                customer_certificate: dict[str, Any] | None = None,
                                **_: Any) -> Any:
        if self.rejecting("CustomerInformation"):
            return call_result.CustomerInformation(status="Rejected")
        if customer_certificate is not None:  # no ISO 15118 certificates here
            return call_result.CustomerInformation(status="Invalid")
        key = str((id_token or {}).get("id_token") or customer_identifier or "")
        lines = list(self.customer_log.get(key, []))
        if key in self.local_list:
            lines.insert(0, f"local list: {self.local_list[key].get('status', 'Accepted')}")
        text = "; ".join(lines) or "no data"
        if report:
            self.after_reply(lambda: self._send_customer_information(request_id, key, text))
        if clear:
            self.customer_log.pop(key, None)
            self.local_list.pop(key, None)
        return call_result.CustomerInformation(status="Accepted")

    async def _send_customer_information(self, request_id: int, key: str, text: str) -> None:
        body = f"{key}: {text}"
        parts = [body[i:i + CUSTOMER_PART] for i in range(0, len(body), CUSTOMER_PART)]
        for seq, part in enumerate(parts):
            await self._call(call.NotifyCustomerInformation(
                data=part, seq_no=seq, generated_at=timestamp(), request_id=request_id,
                tbc=seq < len(parts) - 1))
