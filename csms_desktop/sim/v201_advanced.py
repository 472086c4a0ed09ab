"""OCPP 2.0.1 beyond the core, station side of the simulator: display messages,
GetTransactionStatus, CostUpdated, GetReport with criteria, CustomerInformation,
variable monitoring, firmware publication as a local controller (PublishFirmware: the
file is really downloaded over HTTP and its MD5 checked; UnpublishFirmware).

Like every handler of the simulator, each one gets its CALL only after the ``ocpp``
library has checked it against the official 2.0.1 schema; in ``Rejected`` mode each
gives its negative answer (messages without a status word, GetTransactionStatus and
CostUpdated, answer a NotSupported CALLERROR).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import Any

from ocpp.exceptions import NotSupportedError
from ocpp.v201 import call, call_result
from ocpp.v201.enums import Action

from csms_desktop.sim.core import SimCore
from csms_desktop.sim.device_model import DeviceModel
from csms_desktop.sim.model import timestamp
from csms_desktop.sim.transport import on

log = logging.getLogger(__name__)

MAX_FIRMWARE = 64 * 1024 * 1024  # bytes a simulated local controller downloads at most
#: message formats the simulated display can show
DISPLAY_FORMATS = ("ASCII", "UTF8", "URI")
CUSTOMER_PART = 100  # characters per NotifyCustomerInformation part
#: monitor types the simulated station supports (PeriodicClockAligned: not)
MONITOR_TYPES = ("UpperThreshold", "LowerThreshold", "Delta", "Periodic")
MONITORING_CRITERIA = {"ThresholdMonitoring": ("UpperThreshold", "LowerThreshold"),
                       "DeltaMonitoring": ("Delta",),
                       "PeriodicMonitoring": ("Periodic", "PeriodicClockAligned")}


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
        # monitor id -> {"component", "variable", "monitor": VariableMonitoringType}
        self.monitors: dict[int, dict[str, Any]] = {}
        self.monitoring_base = "All"
        self.monitoring_level = 9
        self._next_monitor = 1
        self.published: dict[str, list[str]] = {}  # MD5 -> the URIs it is published at
        self.downloading: set[str] = set()  # MD5s of publications under way
        self.publish_statuses: list[tuple[int, str]] = []  # (requestId, status) sent

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

    # ------------------------------------------------------------ monitoring
    @on(Action.set_variable_monitoring)
    def on_set_variable_monitoring(self, set_monitoring_data: list[dict[str, Any]],
                                   **_: Any) -> Any:
        results = [self._set_monitor(d) for d in set_monitoring_data]
        return call_result.SetVariableMonitoring(set_monitoring_result=results)

    def _set_monitor(self, d: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": d["type"], "severity": d["severity"],
                               "component": d["component"], "variable": d["variable"]}
        if self.rejecting("SetVariableMonitoring"):
            return {**out, "status": "Rejected"}
        status, _found = self.device._find(d["component"], d["variable"])
        if status != "Accepted":
            return {**out, "status": status}
        if d["type"] not in MONITOR_TYPES:
            return {**out, "status": "UnsupportedMonitorType"}
        monitor_id = d.get("id")
        if monitor_id is None:
            monitor_id, self._next_monitor = self._next_monitor, self._next_monitor + 1
        elif monitor_id not in self.monitors:
            return {**out, "status": "Rejected", "id": monitor_id}
        self.monitors[int(monitor_id)] = {
            "component": d["component"], "variable": d["variable"],
            "monitor": {"id": monitor_id, "transaction": bool(d.get("transaction", False)),
                        "value": d["value"], "type": d["type"], "severity": d["severity"]}}
        return {**out, "status": "Accepted", "id": monitor_id}

    @on(Action.clear_variable_monitoring)
    def on_clear_variable_monitoring(self, id: list[int], **_: Any) -> Any:
        results = []
        for monitor_id in id:
            if self.rejecting("ClearVariableMonitoring"):
                status = "Rejected"
            elif self.monitors.pop(monitor_id, None) is None:
                status = "NotFound"
            else:
                status = "Accepted"
            results.append({"id": monitor_id, "status": status})
        return call_result.ClearVariableMonitoring(clear_monitoring_result=results)

    @on(Action.get_monitoring_report)
    def on_get_monitoring_report(self, request_id: int,
                                 component_variable: list[dict[str, Any]] | None = None,
                                 monitoring_criteria: list[str] | None = None,
                                 **_: Any) -> Any:
        if self.rejecting("GetMonitoringReport"):
            return call_result.GetMonitoringReport(status="Rejected")
        types = {t for c in monitoring_criteria or MONITORING_CRITERIA
                 for t in MONITORING_CRITERIA[c]}
        groups: dict[tuple[str, ...], dict[str, Any]] = {}
        for m in sorted(self.monitors.values(), key=lambda m: m["monitor"]["id"]):
            if m["monitor"]["type"] not in types:
                continue
            if component_variable and not any(_names(m, cv) for cv in component_variable):
                continue
            key = (repr(m["component"]), repr(m["variable"]))
            group = groups.setdefault(key, {"component": m["component"],
                                            "variable": m["variable"],
                                            "variable_monitoring": []})
            group["variable_monitoring"].append(m["monitor"])
        if not groups:
            return call_result.GetMonitoringReport(status="EmptyResultSet")
        items = list(groups.values())
        self.after_reply(lambda: self._send_monitoring_report(request_id, items))
        return call_result.GetMonitoringReport(status="Accepted")

    async def _send_monitoring_report(self, request_id: int,
                                      items: list[dict[str, Any]]) -> None:
        n = max(1, self.report_chunk)
        parts = [items[i:i + n] for i in range(0, len(items), n)]
        for seq, part in enumerate(parts):
            await self._call(call.NotifyMonitoringReport(
                request_id=request_id, seq_no=seq, generated_at=timestamp(), monitor=part,
                tbc=seq < len(parts) - 1))

    @on(Action.set_monitoring_base)
    def on_set_monitoring_base(self, monitoring_base: str, **_: Any) -> Any:
        if self.rejecting("SetMonitoringBase"):
            return call_result.SetMonitoringBase(status="Rejected")
        self.monitoring_base = monitoring_base
        if monitoring_base != "All":  # no hard-wired or preconfigured monitors here
            self.monitors.clear()
        return call_result.SetMonitoringBase(status="Accepted")

    @on(Action.set_monitoring_level)
    def on_set_monitoring_level(self, severity: int, **_: Any) -> Any:
        if self.rejecting("SetMonitoringLevel"):
            return call_result.SetMonitoringLevel(status="Rejected")
        self.monitoring_level = severity
        return call_result.SetMonitoringLevel(status="Accepted")


    # ------------------------------------------------------------ firmware publication
    @on(Action.publish_firmware)
    def on_publish_firmware(self, location: str, checksum: str, request_id: int,
                            retries: int | None = None, retry_interval: int | None = None,
                            **_: Any) -> Any:
        if self.rejecting("PublishFirmware"):
            return call_result.PublishFirmware(status="Rejected")
        self.downloading.add(checksum)
        tries = 1 + max(0, retries or 0)
        self.after_reply(lambda: self._publish(request_id, location, checksum, tries,
                                               retry_interval or 0))
        return call_result.PublishFirmware(status="Accepted")

    async def _publish(self, request_id: int, location: str, checksum: str, tries: int,
                       retry_interval: int) -> None:
        """Download (HTTP), check the MD5, publish: the statuses of L03. The download is
        over (UnpublishFirmware no longer says DownloadOngoing) before the last status is
        sent."""
        final: tuple[str, list[str] | None] = ("DownloadFailed", None)
        try:
            await self._publish_status(request_id, "Downloading")
            body = None
            for attempt in range(tries):
                body = await _download(location)
                if body is not None:
                    break
                if attempt + 1 < tries:
                    await self._publish_status(request_id, "DownloadPaused")
                    await asyncio.sleep(min(retry_interval, 1))
            if body is not None:
                await self._publish_status(request_id, "Downloaded")
                if hashlib.md5(body, usedforsecurity=False).hexdigest() != checksum.lower():
                    final = ("InvalidChecksum", None)
                else:
                    await self._publish_status(request_id, "ChecksumVerified")
                    uris = [f"http://{self.id.lower()}.local/firmware/{checksum.lower()}.bin"]
                    self.published[checksum] = uris
                    final = ("Published", uris)
        finally:
            self.downloading.discard(checksum)
        await self._publish_status(request_id, *final)

    async def _publish_status(self, request_id: int, status: str,
                              location: list[str] | None = None) -> None:
        await asyncio.sleep(self.params.firmware_step)
        self.publish_statuses.append((request_id, status))
        await self._call(call.PublishFirmwareStatusNotification(
            status=status, location=location, request_id=request_id))

    @on(Action.unpublish_firmware)
    def on_unpublish_firmware(self, checksum: str, **_: Any) -> Any:
        if checksum in self.downloading:
            return call_result.UnpublishFirmware(status="DownloadOngoing")
        if self.rejecting("UnpublishFirmware") or self.published.pop(checksum, None) is None:
            return call_result.UnpublishFirmware(status="NoFirmware")
        return call_result.UnpublishFirmware(status="Unpublished")


async def _download(location: str) -> bytes | None:
    """The file at ``location`` (http/https), None when it cannot be had."""
    import aiohttp  # only a local controller's publication needs it

    try:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout, trust_env=False) as session, \
                session.get(location) as resp:
            if resp.status != 200:
                log.info("firmware download %s: HTTP %d", location, resp.status)
                return None
            body = await resp.content.read(MAX_FIRMWARE + 1)
            return body if len(body) <= MAX_FIRMWARE else None
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        log.info("firmware download %s failed: %s", location, exc)
        return None


def _names(m: dict[str, Any], cv: dict[str, Any]) -> bool:
    """Does a ComponentVariableType criterion name monitor ``m``'s variable?"""
    comp, var = cv.get("component") or {}, cv.get("variable")
    have = m["component"]
    if comp.get("name") != have.get("name"):
        return False
    if comp.get("evse") and comp["evse"].get("id") != (have.get("evse") or {}).get("id"):
        return False
    return not var or var.get("name") == m["variable"].get("name")
