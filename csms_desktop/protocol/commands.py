"""The version-neutral command interface (CSMS -> charge point).

The GUI calls these methods and never knows which OCPP version a charger speaks: each
version provides an adapter that turns a neutral request into its CALL and the answer
back into a :class:`CommandResult`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from csms_desktop.domain.enums import OCPPVersion, RegistrationStatus
from csms_desktop.domain.messages import message_of
from csms_desktop.protocol import frames
from csms_desktop.protocol.connection import (
    HEAVY_ITEMS,
    CallRejected,
    CallTimeout,
    ChargerOffline,
    OCPPConnection,
)
from csms_desktop.protocol.results import (
    ACCEPTING,
    Adapter,
    CommandResult,
    Outcome,
    Request,
    status_result,
)
from csms_desktop.protocol.validation import SchemaViolation
from csms_desktop.services.nodebus import ALIVE, decode, encode
from csms_desktop.services.nodebus import EXTRAS_KEY as NODE_BUS
from csms_desktop.services.validation import QT_TR_NOOP, Message

if TYPE_CHECKING:
    from csms_desktop.protocol.server import OCPPServer

log = logging.getLogger(__name__)

# the result types live in protocol/results.py (the 1.6 and 2.0.1 adapters import them
# from there: no circle); named here too for the callers of the commands
__all__ = ["ACCEPTING", "Adapter", "CommandResult", "Commands", "Outcome", "Request",
           "result_from_wire", "result_to_wire", "status_result"]

INSTALLED_BOOKKEEPING = ("install_certificate", "delete_certificate",
                         "get_installed_certificate_ids")
PREPARED_KEPT = 16  # large prepared payloads kept (a few MB at most)
#: a unique id as long as a CALL's (uuid4): a frame's size against BytesPerMessage
_SAMPLE_UID = "00000000-0000-0000-0000-000000000000"
#: 2.0.1 commands whose answer changes what is stored (display messages, variables,
#: monitors, firmware publications)
_STORED_AFTER = frozenset({"set_display_message", "clear_display_message",
                           "get_display_messages", "set_variables", "get_variables",
                           "set_variable_monitoring", "clear_variable_monitoring",
                           "get_monitoring_report", "publish_firmware",
                           "unpublish_firmware"})


def result_to_wire(result: CommandResult) -> dict[str, Any]:
    """A result as a routed command's answer carries it (services/nodebus.py)."""
    return {"o": result.outcome.value, "s": result.status, "d": encode(result.detail),
            "data": encode(result.data)}


def result_from_wire(answer: dict[str, Any]) -> CommandResult:
    try:
        outcome = Outcome(str(answer.get("o")))
    except ValueError:
        outcome = Outcome.ERROR
    detail = decode(answer.get("d") or "")
    data = decode(answer.get("data") or {})
    return CommandResult(outcome, str(answer.get("s") or ""),
                         detail if isinstance(detail, str) else str(detail),
                         data if isinstance(data, dict) else {})


class Commands:
    def __init__(self, server: OCPPServer, route: bool = True) -> None:
        """``route``: a charger connected to another node on the same PostgreSQL gets the
        command through that node (services/nodebus.py); False: only chargers connected
        here (the background services, which run on every node for its own chargers)."""
        self.server = server
        self.route = route
        self._adapters: dict[OCPPVersion, Adapter] = {}
        # large payloads built, checked and encoded once: key -> (the request's list, the
        # action, the payload, its JSON text); the list is kept so its id stays its own
        self._prepared: OrderedDict[tuple[Any, ...], tuple[Any, str, dict[str, Any], str]] = \
            OrderedDict()

    def adapter(self, version: OCPPVersion) -> Adapter:
        if version not in self._adapters:
            if version == OCPPVersion.OCPP16:
                from csms_desktop.protocol.v16.commands import V16Adapter

                self._adapters[version] = V16Adapter()
            else:
                from csms_desktop.protocol.v201.commands import V201Adapter

                self._adapters[version] = V201Adapter(version)
        return self._adapters[version]

    async def execute(self, cp_id: str, request: Request,
                      timeout: float | None = None, route: bool | None = None) -> CommandResult:
        conn = self.server.connection(cp_id)
        if conn is None:
            services = getattr(self.server, "services", None)  # None: a bare test server
            bus = services.extras.get(NODE_BUS) if services is not None else None
            if (self.route if route is None else route) and bus is not None:
                # another node on the database may hold it
                return await self._routed(bus, cp_id, request, timeout)
            return CommandResult(Outcome.OFFLINE, detail=Message(
                QT_TR_NOOP("{charger} is not connected"), charger=cp_id))
        adapter = self.adapter(conn.version)
        prepared: str | None = None
        heavy = next((v for v in request.args.values()
                      if isinstance(v, list) and len(v) >= HEAVY_ITEMS), None)
        if heavy is not None:
            # thousands of local list entries: built, checked and encoded in a thread, and
            # once for every charger of a version that gets the same list (a boot storm
            # of 500 chargers and 20,000 tags sends one list 500 times)
            key = (conn.version, conn.wire_version, request.name, id(heavy),
                   tuple(sorted((k, v) for k, v in request.args.items() if v is not heavy)))
            hit = self._prepared.get(key)
            if hit is not None and hit[0] is heavy:
                _, action, payload, prepared = hit
                self._prepared.move_to_end(key)
            else:
                try:
                    built = await asyncio.get_running_loop().run_in_executor(
                        None, self._prepare, conn, adapter, request)
                except ValueError as exc:
                    return CommandResult(Outcome.ERROR, "BadRequest", str(exc))
                if built is None:
                    return CommandResult(Outcome.NOT_SUPPORTED, detail=Message(
                        QT_TR_NOOP("{command} does not exist in {version}"),
                        command=request.name, version=conn.version.value))
                action, payload, prepared = built
                self._prepared[key] = (heavy, action, payload, prepared)
                while len(self._prepared) > PREPARED_KEPT:
                    self._prepared.popitem(last=False)
        else:
            try:
                simple = adapter.build(request)
            except ValueError as exc:  # arguments no valid CALL can carry: nothing sent
                return CommandResult(Outcome.ERROR, "BadRequest", str(exc))
            if simple is None:
                return CommandResult(Outcome.NOT_SUPPORTED, detail=Message(
                    QT_TR_NOOP("{command} does not exist in {version}"),
                    command=request.name, version=conn.version.value))
            action, payload = simple
        try:
            answer = await conn.call(action, payload, timeout, prepared=prepared)
        except CallTimeout as exc:
            return CommandResult(Outcome.TIMED_OUT, detail=message_of(exc))
        except ChargerOffline:
            return CommandResult(Outcome.OFFLINE, detail=Message(
                QT_TR_NOOP("{charger} disconnected"), charger=cp_id))
        except CallRejected as exc:
            outcome = (Outcome.NOT_SUPPORTED if exc.code in ("NotImplemented", "NotSupported")
                       else Outcome.ERROR)
            return CommandResult(outcome, exc.code, exc.description)
        except SchemaViolation as exc:
            return CommandResult(Outcome.ERROR, exc.error_code, exc.description)
        try:
            result = adapter.interpret(request, answer)
        except Exception as exc:  # a malformed but schema-valid answer
            log.exception("%s: could not interpret the answer to %s", cp_id, action)
            return CommandResult(Outcome.ERROR, detail=Message(
                QT_TR_NOOP("unreadable answer: {error}"), error=str(exc)))
        if request.name == "get_configuration" and result.ok:
            services = self.server.services
            await services.worker.call(services.chargers.store_variables, cp_id,
                                       result.data.get("items", []))
        elif request.name in _STORED_AFTER and conn.version != OCPPVersion.OCPP16:
            from csms_desktop.protocol.v201.advanced import after_command

            services = self.server.services
            await services.worker.call(after_command, cp_id, request, result)
        if request.name in INSTALLED_BOOKKEEPING and result.ok:
            from csms_desktop.services.security_profiles import installed_changed

            await self.server.services.worker.call(installed_changed, cp_id, request.name,
                                                   request.args, result.data, durable=True)
        self._after(cp_id, conn, request, result)
        return result

    async def _routed(self, bus: Any, cp_id: str, request: Request,
                      timeout: float | None) -> CommandResult:
        """Through the node that holds ``cp_id`` (services/nodebus.py): its outcome, or
        offline when no live node holds the charger."""
        try:
            answer = await bus.route(cp_id, request.name, request.args, timeout)
        except Exception as exc:  # the database went away
            log.exception("%s: routing %s to another node failed", cp_id, request.name)
            return CommandResult(Outcome.ERROR, detail=Message(
                QT_TR_NOOP("cannot reach the other nodes: {error}"), error=str(exc)))
        if answer is None:
            return CommandResult(Outcome.OFFLINE, detail=Message(
                QT_TR_NOOP("{charger} is not connected"), charger=cp_id))
        return result_from_wire(answer)

    async def execute_here(self, cp_id: str, name: str, args: dict[str, Any],
                           timeout: float | None) -> dict[str, Any]:
        """A command another node routed here: run on this node's connection (never
        routed on: a charger that left answers offline), the result as the wire has it."""
        if name == ALIVE:
            conn = self.server.connection(cp_id)
            return {"alive": conn is not None
                    and await conn.alive(float(args.get("timeout") or 5.0))}
        from csms_desktop.protocol.v201.advanced_commands import ITEM_LIMITS

        if name in ITEM_LIMITS:  # in parts of the station's ItemsPerMessage, here too
            result = await self._in_parts(cp_id, Request(name, args), timeout, route=False)
        else:
            result = await self.execute(cp_id, Request(name, args), timeout, route=False)
        return result_to_wire(result)

    @staticmethod
    def _prepare(conn: OCPPConnection, adapter: Adapter, request: Request
                 ) -> tuple[str, dict[str, Any], str] | None:
        built = adapter.build(request)
        if built is None:
            return None
        action, payload = built
        return action, payload, conn.prepare_payload(action, payload)

    def _after(self, cp_id: str, conn: OCPPConnection, request: Request,
               result: CommandResult) -> None:
        for fn in self.server.services.command_hooks:
            try:
                fn(cp_id, request, result)
            except Exception:
                log.exception("command hook failed after %s", request.name)

    # ------------------------------------------------------------------ the interface
    async def remote_start(self, cp_id: str, connector_id: int | None, id_tag: str,
                           charging_profile: dict[str, Any] | None = None) -> CommandResult:
        return await self.execute(cp_id, Request("remote_start", {
            "connector_id": connector_id, "id_tag": id_tag, "charging_profile": charging_profile}))

    async def remote_stop(self, cp_id: str, transaction_id: str) -> CommandResult:
        return await self.execute(cp_id, Request("remote_stop", {"transaction_id": transaction_id,
                                                                 "cp_id": cp_id}))

    async def reset(self, cp_id: str, hard: bool = False,
                    evse_id: int | None = None) -> CommandResult:
        return await self.execute(cp_id, Request("reset", {"hard": hard, "evse_id": evse_id}))

    async def unlock(self, cp_id: str, connector_id: int) -> CommandResult:
        return await self.execute(cp_id, Request("unlock", {"connector_id": connector_id}))

    async def change_availability(self, cp_id: str, connector_id: int, available: bool,
                                  ocpp_connector_id: int | None = None) -> CommandResult:
        """``ocpp_connector_id`` (2.0.1): one connector of EVSE ``connector_id`` only."""
        return await self.execute(cp_id, Request("change_availability", {
            "connector_id": connector_id, "available": available,
            "ocpp_connector_id": ocpp_connector_id}))

    async def get_configuration(self, cp_id: str,
                                keys: list[str] | None = None) -> CommandResult:
        """1.6 GetConfiguration / 2.0.1 GetVariables. ``data['items']`` lists
        ``{"key", "value", "readonly", "component"}`` dicts."""
        return await self.execute(cp_id, Request("get_configuration", {"keys": keys}))

    async def change_configuration(self, cp_id: str, key: str, value: str,
                                   component: str | None = None) -> CommandResult:
        return await self.execute(cp_id, Request("change_configuration", {
            "key": key, "value": value, "component": component}))

    async def clear_cache(self, cp_id: str) -> CommandResult:
        return await self.execute(cp_id, Request("clear_cache", {}))

    async def trigger_message(self, cp_id: str, message: str,
                              connector_id: int | None = None) -> CommandResult:
        """``message``: BootNotification, Heartbeat, StatusNotification, MeterValues,
        FirmwareStatusNotification, DiagnosticsStatusNotification (1.6 names; translated)."""
        return await self.execute(cp_id, Request("trigger_message", {
            "message": message, "connector_id": connector_id}))

    async def reserve_now(self, cp_id: str, connector_id: int | None, expiry: datetime,
                          id_tag: str, reservation_id: int,
                          parent_id_tag: str | None = None,
                          connector_type: str | None = None) -> CommandResult:
        """``connector_type`` (2.0.1, e.g. cType2, cCCS2): any EVSE with that connector."""
        return await self.execute(cp_id, Request("reserve_now", {
            "connector_id": connector_id, "expiry": expiry, "id_tag": id_tag,
            "reservation_id": reservation_id, "parent_id_tag": parent_id_tag,
            "connector_type": connector_type}))

    async def cancel_reservation(self, cp_id: str, reservation_id: int) -> CommandResult:
        return await self.execute(cp_id, Request("cancel_reservation",
                                                 {"reservation_id": reservation_id}))

    async def set_charging_profile(self, cp_id: str, connector_id: int,
                                   profile: dict[str, Any]) -> CommandResult:
        """``profile`` is neutral: id, stack_level, purpose (TxDefaultProfile,
        TxProfile, ChargePointMaxProfile), kind, unit (A/W), periods [(start_s, limit)],
        duration, valid_from, valid_to, transaction_id."""
        return await self.execute(cp_id, Request("set_charging_profile", {
            "connector_id": connector_id, "profile": profile}))

    async def clear_charging_profile(self, cp_id: str, profile_id: int | None = None,
                                     connector_id: int | None = None,
                                     purpose: str | None = None,
                                     stack_level: int | None = None) -> CommandResult:
        return await self.execute(cp_id, Request("clear_charging_profile", {
            "profile_id": profile_id, "connector_id": connector_id, "purpose": purpose,
            "stack_level": stack_level}))

    async def get_composite_schedule(self, cp_id: str, connector_id: int, duration: int,
                                     unit: str | None = None) -> CommandResult:
        """``data['periods']``: [(start_s, limit)], ``data['unit']``, ``data['start']``."""
        return await self.execute(cp_id, Request("get_composite_schedule", {
            "connector_id": connector_id, "duration": duration, "unit": unit}))

    async def get_charging_profiles(self, cp_id: str, request_id: int,
                                    connector_id: int | None = None, *,
                                    purpose: str | None = None,
                                    stack_level: int | None = None,
                                    profile_ids: list[int] | None = None,
                                    sources: list[str] | None = None) -> CommandResult:
        """2.0.1 criteria: ``purpose``, ``stack_level``, ``profile_ids``, ``sources``
        (EMS, Other, SO, CSO); the station reports in ReportChargingProfiles."""
        return await self.execute(cp_id, Request("get_charging_profiles", {
            "request_id": request_id, "connector_id": connector_id, "purpose": purpose,
            "stack_level": stack_level, "profile_ids": profile_ids, "sources": sources}))

    async def send_local_list(self, cp_id: str, version: int, entries: list[dict[str, Any]],
                              full: bool = True) -> CommandResult:
        """``entries``: [{"id_tag", "status" (Accepted/Blocked/...) or None to remove,
        "expiry_date", "parent_id_tag"}]."""
        return await self.execute(cp_id, Request("send_local_list", {
            "version": version, "entries": entries, "full": full}))

    async def get_local_list_version(self, cp_id: str) -> CommandResult:
        return await self.execute(cp_id, Request("get_local_list_version", {}))

    async def update_firmware(self, cp_id: str, location: str, retrieve_date: datetime,
                              retries: int | None = None,
                              retry_interval: int | None = None) -> CommandResult:
        return await self.execute(cp_id, Request("update_firmware", {
            "location": location, "retrieve_date": retrieve_date, "retries": retries,
            "retry_interval": retry_interval}))

    async def get_diagnostics(self, cp_id: str, location: str,
                              start: datetime | None = None,
                              stop: datetime | None = None) -> CommandResult:
        """1.6 GetDiagnostics / 2.0.1 GetLog (DiagnosticsLog)."""
        return await self.execute(cp_id, Request("get_diagnostics", {
            "location": location, "start": start, "stop": stop}))

    async def get_base_report(self, cp_id: str, request_id: int,
                              report_base: str = "FullInventory") -> CommandResult:
        return await self.execute(cp_id, Request("get_base_report", {
            "request_id": request_id, "report_base": report_base}))

    async def data_transfer(self, cp_id: str, vendor_id: str, message_id: str | None = None,
                            data: str | None = None) -> CommandResult:
        return await self.execute(cp_id, Request("data_transfer", {
            "vendor_id": vendor_id, "message_id": message_id, "data": data}))

    # ------------------------------------------------------------------ 2.0.1 and later
    # OCPP 1.6 has none of these: its adapter answers NOT_SUPPORTED. Arguments no valid
    # CALL can carry give Outcome.ERROR (status "BadRequest") and send nothing.
    async def set_display_message(self, cp_id: str, content: str, *,
                                  message_id: int | None = None,
                                  priority: str = "NormalCycle", state: str | None = None,
                                  start: datetime | None = None, end: datetime | None = None,
                                  language: str | None = None, message_format: str = "UTF8",
                                  transaction_id: str | None = None) -> CommandResult:
        """SetDisplayMessage. ``priority``: AlwaysFront, InFront, NormalCycle; ``state``:
        Charging, Faulted, Idle, Unavailable (None: always); ``language``: RFC 5646 (en,
        th, pt-BR); ``message_id`` None: one is chosen (``data['message_id']``)."""
        return await self.execute(cp_id, Request("set_display_message", {
            "cp_id": cp_id, "content": content, "message_id": message_id,
            "priority": priority, "state": state, "start": start, "end": end,
            "language": language, "message_format": message_format,
            "transaction_id": transaction_id}))

    async def get_display_messages(self, cp_id: str, request_id: int | None = None,
                                   ids: list[int] | None = None, priority: str | None = None,
                                   state: str | None = None) -> CommandResult:
        """GetDisplayMessages: the station reports them in NotifyDisplayMessages (stored
        in ``v201_display_message``). Without a filter the report replaces what is stored."""
        from csms_desktop.protocol.v201.advanced import expect_full_report
        from csms_desktop.protocol.v201.advanced_commands import next_id

        args: dict[str, Any] = {"request_id": request_id, "ids": ids, "priority": priority,
                                "state": state}
        next_id(args, "request_id")
        if not (ids or priority or state):
            expect_full_report(self.server.services, cp_id, int(args["request_id"]))
        return await self.execute(cp_id, Request("get_display_messages", args))

    async def clear_display_message(self, cp_id: str, message_id: int) -> CommandResult:
        return await self.execute(cp_id, Request("clear_display_message",
                                                 {"message_id": message_id}))

    async def get_transaction_status(self, cp_id: str,
                                     transaction_id: str | None = None) -> CommandResult:
        """``data['messages_in_queue']``: the station still holds messages (of this
        transaction, or any); ``data['ongoing']``: the transaction is still running
        (None when no transaction was named)."""
        return await self.execute(cp_id, Request("get_transaction_status", {
            "cp_id": cp_id, "transaction_id": transaction_id}))

    async def cost_updated(self, cp_id: str, transaction_id: str,
                           total_cost: float) -> CommandResult:
        return await self.execute(cp_id, Request("cost_updated", {
            "cp_id": cp_id, "transaction_id": transaction_id, "total_cost": total_cost}))

    async def get_report(self, cp_id: str, request_id: int | None = None,
                         variables: list[dict[str, Any] | str] | None = None,
                         criteria: list[str] | None = None) -> CommandResult:
        """GetReport: ``variables`` (component, optional variable) and/or ``criteria``
        (Active, Available, Enabled, Problem); the NotifyReport parts are stored like a
        base report's."""
        return await self.execute(cp_id, Request("get_report", {
            "request_id": request_id, "variables": variables, "criteria": criteria}))

    async def set_variables(self, cp_id: str,
                            variables: list[dict[str, Any]]) -> CommandResult:
        """SetVariables with several variables in one call: ``data['results']`` has each
        one's status; accepted only when every one is."""
        return await self._in_parts(cp_id, Request("set_variables", {"variables": variables}))

    async def get_variables(self, cp_id: str,
                            variables: list[dict[str, Any] | str]) -> CommandResult:
        """GetVariables naming components, EVSEs and attribute types exactly
        (``get_configuration`` takes 1.6-style keys)."""
        return await self._in_parts(cp_id, Request("get_variables", {"variables": variables}))

    async def customer_information(self, cp_id: str, *, report: bool, clear: bool,
                                   id_tag: str | None = None,
                                   customer_identifier: str | None = None,
                                   request_id: int | None = None) -> CommandResult:
        """CustomerInformation (a driver's data-protection request): the station's report
        arrives in NotifyCustomerInformation parts (``v201_customer_information``)."""
        return await self.execute(cp_id, Request("customer_information", {
            "report": report, "clear": clear, "id_tag": id_tag,
            "customer_identifier": customer_identifier, "request_id": request_id}))

    async def set_variable_monitoring(self, cp_id: str,
                                      monitors: list[dict[str, Any]]) -> CommandResult:
        """SetVariableMonitoring: each monitor is a variable (component, variable, evse...)
        with ``type`` (UpperThreshold, LowerThreshold, Delta, Periodic,
        PeriodicClockAligned), ``value``, ``severity`` (0 danger .. 9 debug, default 5),
        optional ``id`` (to replace), ``transaction`` and ``notify`` (the monitor's
        NotifyEvent: True a notification, False logged only; not given: alerts notify).
        ``data['results']`` has each one's status and the id the station gave it;
        accepted only when every one is."""
        return await self._in_parts(cp_id, Request("set_variable_monitoring",
                                                   {"monitors": monitors}))

    async def clear_variable_monitoring(self, cp_id: str, ids: list[int]) -> CommandResult:
        return await self._in_parts(cp_id, Request("clear_variable_monitoring", {"ids": ids}))

    async def _in_parts(self, cp_id: str, request: Request, timeout: float | None = None,
                        route: bool | None = None) -> CommandResult:
        """``request`` (a list of variables, monitors or ids) in as many CALLs as the
        station's ``ItemsPerMessage`` and ``BytesPerMessage`` for it ask
        (``advanced_commands.ITEM_LIMITS``), results merged; one CALL when neither is
        known."""
        from csms_desktop.protocol.v201.advanced_commands import (
            ITEM_LIMITS,
            merge_parts,
            message_limits,
            split_items,
        )

        key = ITEM_LIMITS[request.name][0]
        items = list(request.args.get(key) or [])
        conn = self.server.connection(cp_id)
        if conn is None or conn.version == OCPPVersion.OCPP16 or len(items) < 2:
            return await self.execute(cp_id, request, timeout, route)  # (routed: split there)
        limit, max_bytes = await self.server.services.worker.call(message_limits, cp_id,
                                                                  request.name)
        adapter = self.adapter(conn.version)

        def fits(chunk: list[Any]) -> bool:
            if max_bytes is None:
                return True
            built = adapter.build(Request(request.name, {**request.args, key: chunk}))
            assert built is not None
            return len(frames.call(_SAMPLE_UID, *built).encode("utf-8")) <= max_bytes

        try:
            chunks = split_items(items, limit, fits)
        except ValueError:  # a request no CALL can carry: execute says why, sends nothing
            chunks = [items]
        if len(chunks) < 2:
            return await self.execute(cp_id, request, timeout, route)
        log.info("%s: %s of %d items in %d parts (its ItemsPerMessage %s, BytesPerMessage %s)",
                 cp_id, request.name, len(items), len(chunks), limit, max_bytes)
        parts = []
        for chunk in chunks:
            part = await self.execute(cp_id, Request(request.name, {**request.args, key: chunk}),
                                      timeout, route)
            parts.append(part)
            if part.outcome not in (Outcome.ACCEPTED, Outcome.REJECTED):
                break  # not answered: the rest is not sent
        return merge_parts(request.name, parts)

    async def get_monitoring_report(self, cp_id: str, request_id: int | None = None,
                                    variables: list[dict[str, Any] | str] | None = None,
                                    criteria: list[str] | None = None) -> CommandResult:
        """GetMonitoringReport (``criteria``: ThresholdMonitoring, DeltaMonitoring,
        PeriodicMonitoring); NotifyMonitoringReport stored in ``v201_variable_monitor``.
        Without a filter the report replaces what is stored."""
        from csms_desktop.protocol.v201.advanced import MONITORING_REPORT, expect_full_report
        from csms_desktop.protocol.v201.advanced_commands import next_id

        args: dict[str, Any] = {"request_id": request_id, "variables": variables,
                                "criteria": criteria}
        next_id(args, "request_id")
        if not (variables or criteria):
            expect_full_report(self.server.services, cp_id, int(args["request_id"]),
                                  MONITORING_REPORT)
        return await self.execute(cp_id, Request("get_monitoring_report", args))

    async def set_monitoring_base(self, cp_id: str, base: str) -> CommandResult:
        """``base``: All, FactoryDefault (custom monitors removed), HardWiredOnly."""
        return await self.execute(cp_id, Request("set_monitoring_base", {"base": base}))

    async def set_monitoring_level(self, cp_id: str, severity: int) -> CommandResult:
        """Events of monitors with a severity above ``severity`` are not reported."""
        return await self.execute(cp_id, Request("set_monitoring_level",
                                                 {"severity": severity}))

    # ------------------------------------------------------------------ logs, signed firmware
    async def get_log(self, cp_id: str, location: str, log_type: str = "SecurityLog",
                      start: datetime | None = None, stop: datetime | None = None,
                      request_id: int | None = None) -> CommandResult:
        """GetLog (1.6 security extension, 2.0.1): the charger uploads its ``SecurityLog``
        (or ``DiagnosticsLog``) to ``location``; progress comes as LogStatusNotification."""
        return await self.execute(cp_id, Request("get_log", {
            "location": location, "log_type": log_type, "start": start, "stop": stop,
            "request_id": request_id}))

    async def signed_update_firmware(self, cp_id: str, location: str, retrieve_date: datetime,
                                     signing_certificate: str, signature: str,
                                     install_date: datetime | None = None,
                                     retries: int | None = None,
                                     retry_interval: int | None = None,
                                     request_id: int | None = None) -> CommandResult:
        """Signed firmware (1.6 SignedUpdateFirmware; 2.0.1 UpdateFirmware with
        ``signingCertificate``/``signature``): the charger checks the signature before it
        installs; progress comes as (Signed)FirmwareStatusNotification."""
        return await self.execute(cp_id, Request("signed_update_firmware", {
            "location": location, "retrieve_date": retrieve_date,
            "signing_certificate": signing_certificate, "signature": signature,
            "install_date": install_date, "retries": retries, "retry_interval": retry_interval,
            "request_id": request_id}))

    async def set_network_profile(self, cp_id: str, slot: int, url: str,
                                  security_profile: int, message_timeout: int = 30,
                                  interface: str = "Wired0") -> CommandResult:
        """2.0.1 SetNetworkProfile (OCPP20 over JSON to ``url`` at ``security_profile``)
        into configuration slot ``slot``; 1.6 has none (its SecurityProfile key)."""
        return await self.execute(cp_id, Request("set_network_profile", {
            "slot": slot, "url": url, "security_profile": security_profile,
            "message_timeout": message_timeout, "interface": interface}))

    # ------------------------------------------------------------------ certificates
    async def install_certificate(self, cp_id: str, certificate_type: str,
                                  certificate: str) -> CommandResult:
        """1.6 InstallCertificate (CentralSystemRootCertificate: e.g. the site CA's PEM,
        or ManufacturerRootCertificate); an accepted one is recorded as installed."""
        return await self.execute(cp_id, Request("install_certificate", {
            "certificate_type": certificate_type, "certificate": certificate}))

    async def delete_certificate(self, cp_id: str, hash_data: dict[str, str]) -> CommandResult:
        """1.6 DeleteCertificate by OCPP CertificateHashData (see
        ``certificates.hash_data``)."""
        return await self.execute(cp_id, Request("delete_certificate", {"hash_data": hash_data}))

    async def get_installed_certificate_ids(self, cp_id: str,
                                            certificate_type: str) -> CommandResult:
        """1.6 GetInstalledCertificateIds; the answer replaces what is recorded for the
        charger and type (``installed_certificate``)."""
        return await self.execute(cp_id, Request("get_installed_certificate_ids", {
            "certificate_type": certificate_type}))

    async def extended_trigger_message(self, cp_id: str, message: str,
                                       connector_id: int | None = None) -> CommandResult:
        """1.6 ExtendedTriggerMessage (e.g. SignChargePointCertificate: renew the
        charger's certificate)."""
        return await self.execute(cp_id, Request("extended_trigger_message", {
            "message": message, "connector_id": connector_id}))

    # ------------------------------------------------------------------ admission
    async def accept_charger(self, cp_id: str) -> CommandResult:
        """Accept a pending charger; if connected, ask it to boot again right away."""
        self.server.services.chargers.set_registration(cp_id, RegistrationStatus.ACCEPTED)
        if self.server.connection(cp_id) is None:
            return CommandResult(Outcome.ACCEPTED, detail=QT_TR_NOOP(
                "accepted; it boots on its next connection"))
        return await self.trigger_message(cp_id, "BootNotification")

    async def reject_charger(self, cp_id: str) -> CommandResult:
        self.server.services.chargers.set_registration(cp_id, RegistrationStatus.REJECTED)
        conn = self.server.connection(cp_id)
        if conn is not None:
            await conn.close(1008, "rejected by the operator")
        return CommandResult(Outcome.ACCEPTED, detail=QT_TR_NOOP("rejected"))

    # ------------------------------------------------------------------ firmware publication
    async def publish_firmware(self, cp_id: str, location: str, checksum: str,
                               request_id: int | None = None, retries: int | None = None,
                               retry_interval: int | None = None) -> CommandResult:
        """2.0.1 PublishFirmware: a local controller downloads the file at ``location``
        (``checksum``: its MD5, 32 hexadecimal digits) and publishes it to the stations
        behind it; ``request_id`` None: one is chosen (``data['request_id']``). Progress
        comes as PublishFirmwareStatusNotification (``v201_firmware_publication``)."""
        return await self.execute(cp_id, Request("publish_firmware", {
            "location": location, "checksum": checksum, "request_id": request_id,
            "retries": retries, "retry_interval": retry_interval}))

    async def unpublish_firmware(self, cp_id: str, checksum: str) -> CommandResult:
        """2.0.1 UnpublishFirmware (the file of MD5 ``checksum``): accepted when the
        station answers Unpublished; NoFirmware / DownloadOngoing are refusals."""
        return await self.execute(cp_id, Request("unpublish_firmware",
                                                 {"checksum": checksum}))

    # ------------------------------------------------------------------ OCPP 2.1 tariffs
    # Built from the site's tariff model (services.v201_tariffs); 1.6 and 2.0.1 stations
    # answer "not supported". No tariff to send: Outcome.ERROR, status NoTariff, nothing
    # sent.
    async def set_default_tariff(self, cp_id: str, evse_id: int = 0,
                                 tariff_id: str | None = None) -> CommandResult:
        """2.1 SetDefaultTariff on EVSE ``evse_id`` (0: every EVSE): the site tariff
        ``tariff_id`` (a tariff's id on the Billing page), else the site default in force
        now. ``data['tariff_id']`` is the id the station knows it by."""
        from csms_desktop.domain.timeutil import utcnow
        from csms_desktop.services.v201_tariffs import default_tariff

        return await self._with_tariff(cp_id, Request("set_default_tariff", {
            "evse_id": evse_id}), tariff_id, default_tariff, tariff_id, utcnow())

    async def get_tariffs(self, cp_id: str, evse_id: int = 0) -> CommandResult:
        """2.1 GetTariffs (``evse_id`` 0: every EVSE): ``data['assignments']`` lists
        ``{"tariff_id", "kind" (DefaultTariff / DriverTariff), "valid_from", "evse_ids",
        "id_tokens"}``; NoTariff is accepted (none)."""
        return await self.execute(cp_id, Request("get_tariffs", {"evse_id": evse_id}))

    async def clear_tariffs(self, cp_id: str, tariff_ids: list[str] | None = None,
                            evse_id: int | None = None) -> CommandResult:
        """2.1 ClearTariffs: ``tariff_ids`` (None: all) at ``evse_id`` (None: anywhere);
        ``data['results']`` per tariff; accepted unless the station refused one."""
        return await self.execute(cp_id, Request("clear_tariffs", {
            "tariff_ids": tariff_ids, "evse_id": evse_id}))

    async def change_transaction_tariff(self, cp_id: str, transaction_id: str,
                                        tariff_id: str | None = None) -> CommandResult:
        """2.1 ChangeTransactionTariff: the running transaction gets the site tariff
        ``tariff_id``, else the one the CSMS prices it with (its driver's client's tariff,
        else the site default); TxNotFound / NoCurrencyChange are refusals."""
        from csms_desktop.services.v201_tariffs import transaction_tariff

        return await self._with_tariff(cp_id, Request("change_transaction_tariff", {
            "cp_id": cp_id, "transaction_id": transaction_id}), tariff_id,
            transaction_tariff, cp_id, transaction_id, tariff_id)

    async def _with_tariff(self, cp_id: str, request: Request, tariff_id: str | None,
                           lookup: Any, *args: Any) -> CommandResult:
        """``request`` with the neutral tariff ``lookup(*args)`` finds (on the database
        thread), for a 2.1 station; the others answer "not supported" or "offline"
        without a look-up."""
        conn = self.server.connection(cp_id)
        if conn is None or conn.version != OCPPVersion.OCPP21:
            return await self.execute(cp_id, request)
        tariff = await self.server.services.worker.call(lookup, *args)
        if tariff is None:
            return CommandResult(Outcome.ERROR, "NoTariff", Message(
                QT_TR_NOOP("no tariff {tariff} to send"), tariff=tariff_id or "in force"))
        request.args["tariff"] = tariff
        return await self.execute(cp_id, request)
