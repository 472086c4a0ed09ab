"""A small OCPP 2.0.1 device model: components/variables for Get/SetVariables and reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

RO, RW = "ReadOnly", "ReadWrite"


@dataclass
class Variable:
    component: str
    variable: str
    value: str
    mutability: str = RW
    data_type: str = "string"
    evse: int | None = None
    connector: int | None = None
    instance: str | None = None  # component instance
    unit: str | None = None

    def component_dict(self) -> dict[str, Any]:
        comp: dict[str, Any] = {"name": self.component}
        if self.instance:
            comp["instance"] = self.instance
        if self.evse is not None:
            comp["evse"] = {"id": self.evse}
            if self.connector is not None:
                comp["evse"]["connector_id"] = self.connector
        return comp

    def report_item(self, value: str) -> dict[str, Any]:
        chars: dict[str, Any] = {"data_type": self.data_type, "supports_monitoring": False}
        if self.unit:
            chars["unit"] = self.unit
        attribute: dict[str, Any] = {"type": "Actual", "mutability": self.mutability}
        if self.mutability != "WriteOnly":  # a password is never reported
            attribute["value"] = value
        return {
            "component": self.component_dict(),
            "variable": {"name": self.variable},
            "variable_attribute": [attribute],
            "variable_characteristics": chars,
        }


def default_variables(evses: list[tuple[int, bool, float]], cp_id: str, vendor: str,
                      model: str, firmware: str) -> list[Variable]:
    """evses: (evse id, dc, max power W)"""
    v = [
        Variable("ChargingStation", "Model", model, RO),
        Variable("ChargingStation", "VendorName", vendor, RO),
        Variable("ChargingStation", "AvailabilityState", "Available", RO, "OptionList"),
        Variable("ChargingStation", "Available", "true", RO, "boolean"),
        Variable("Controller", "FirmwareVersion", firmware, RO),
        Variable("OCPPCommCtrlr", "HeartbeatInterval", "300", RW, "integer", unit="s"),
        Variable("OCPPCommCtrlr", "OfflineThreshold", "60", RW, "integer", unit="s"),
        Variable("OCPPCommCtrlr", "ResetRetries", "1", RW, "integer"),
        # slots of SetNetworkProfile, first = the one in use (slot 0: how it was started)
        Variable("OCPPCommCtrlr", "NetworkConfigurationPriority", "0", RW, "SequenceList"),
        Variable("OCPPCommCtrlr", "MessageTimeout", "30", RO, "integer", instance="Default"),
        Variable("SampledDataCtrlr", "TxUpdatedInterval", "60", RW, "integer", unit="s"),
        Variable("SampledDataCtrlr", "TxUpdatedMeasurands",
                 "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC",
                 RW, "MemberList"),
        Variable("SampledDataCtrlr", "TxEndedMeasurands", "Energy.Active.Import.Register", RW,
                 "MemberList"),
        Variable("AlignedDataCtrlr", "Interval", "0", RW, "integer", unit="s"),
        Variable("AuthCtrlr", "Enabled", "true", RW, "boolean"),
        Variable("AuthCtrlr", "AuthorizeRemoteStart", "false", RW, "boolean"),
        Variable("AuthCtrlr", "LocalAuthorizeOffline", "true", RW, "boolean"),
        Variable("AuthCtrlr", "LocalPreAuthorize", "false", RW, "boolean"),
        Variable("AuthCacheCtrlr", "Enabled", "true", RW, "boolean"),
        Variable("LocalAuthListCtrlr", "Enabled", "true", RW, "boolean"),
        Variable("LocalAuthListCtrlr", "Entries", "0", RO, "integer"),
        Variable("LocalAuthListCtrlr", "ItemsPerMessage", "100", RO, "integer"),
        Variable("LocalAuthListCtrlr", "BytesPerMessage", "8000", RO, "integer"),
        Variable("TxCtrlr", "EVConnectionTimeOut", "60", RW, "integer", unit="s"),
        Variable("TxCtrlr", "StopTxOnEVSideDisconnect", "true", RW, "boolean"),
        Variable("TxCtrlr", "StopTxOnInvalidId", "true", RW, "boolean"),
        Variable("TxCtrlr", "TxStartPoint", "Authorized", RW, "MemberList"),
        Variable("TxCtrlr", "TxStopPoint", "EVConnected,Authorized", RW, "MemberList"),
        Variable("SmartChargingCtrlr", "Enabled", "true", RW, "boolean"),
        Variable("SmartChargingCtrlr", "ProfileStackLevel", "10", RO, "integer"),
        Variable("SmartChargingCtrlr", "PeriodsPerSchedule", "24", RO, "integer"),
        Variable("SmartChargingCtrlr", "RateUnit", "A,W", RO, "MemberList"),
        Variable("ReservationCtrlr", "Enabled", "true", RW, "boolean"),
        Variable("DeviceDataCtrlr", "ItemsPerMessage", "50", RO, "integer", instance="GetReport"),
        Variable("DeviceDataCtrlr", "ItemsPerMessage", "50", RO, "integer",
                 instance="GetVariables"),
        Variable("SecurityCtrlr", "Identity", cp_id, RO),
        Variable("SecurityCtrlr", "SecurityProfile", "1", RO, "integer"),
        Variable("SecurityCtrlr", "BasicAuthPassword", "", "WriteOnly"),
        Variable("SecurityCtrlr", "OrganizationName", "Simulated", RW),
        Variable("ClockCtrlr", "TimeSource", "Heartbeat", RW, "SequenceList"),
    ]
    for evse, dc, power in evses:
        v += [
            Variable("EVSE", "AvailabilityState", "Available", RO, "OptionList", evse=evse),
            Variable("EVSE", "Power", f"{power:.0f}", RO, "decimal", evse=evse, unit="W"),
            Variable("EVSE", "SupplyPhases", "0" if dc else "3", RO, "integer", evse=evse),
            Variable("Connector", "ConnectorType", "cCCS2" if dc else "cType2", RO,
                     "OptionList", evse=evse, connector=1),
            Variable("Connector", "AvailabilityState", "Available", RO, "OptionList",
                     evse=evse, connector=1),
        ]
    return v


class DeviceModel:
    """Lookup, change and report of variables; `on_change(component, variable, value)`."""

    def __init__(self, variables: list[Variable], on_change: Callable[[str, str, str], None],
                 resolve: Callable[[Variable], str | None] | None = None) -> None:
        self.variables = variables
        self._on_change = on_change
        self._resolve = resolve

    def value(self, var: Variable) -> str:
        dynamic = self._resolve(var) if self._resolve is not None else None
        return var.value if dynamic is None else dynamic

    def set_actual(self, component: str, variable: str, value: str) -> None:
        for var in self.variables:
            if var.component == component and var.variable == variable:
                var.value = value

    def _find(self, component: dict[str, Any],
              variable: dict[str, Any]) -> tuple[str, Variable | None]:
        name, evse = component.get("name"), component.get("evse") or {}
        comps = [v for v in self.variables if v.component == name
                 and (not evse or v.evse == evse.get("id"))
                 and (component.get("instance") is None or v.instance == component.get("instance"))]
        if not comps:
            return "UnknownComponent", None
        for v in comps:
            if v.variable == variable.get("name"):
                return "Accepted", v
        return "UnknownVariable", None

    def get(self, item: dict[str, Any]) -> dict[str, Any]:
        comp, var = item.get("component", {}), item.get("variable", {})
        attr = item.get("attribute_type", "Actual")
        status, found = self._find(comp, var)
        out: dict[str, Any] = {"attribute_status": status, "component": comp, "variable": var,
                               "attribute_type": attr}
        if found is not None:
            if attr != "Actual":
                out["attribute_status"] = "NotSupportedAttributeType"
            elif found.mutability == "WriteOnly":
                out["attribute_status"] = "Rejected"
            else:
                out["attribute_value"] = self.value(found)
        return out

    def set(self, item: dict[str, Any]) -> dict[str, Any]:
        comp, var = item.get("component", {}), item.get("variable", {})
        attr = item.get("attribute_type", "Actual")
        status, found = self._find(comp, var)
        value = str(item.get("attribute_value", ""))
        if found is not None:
            if attr != "Actual":
                status = "NotSupportedAttributeType"
            elif found.mutability == RO or not _valid(found.data_type, value) or (
                    found.variable == "BasicAuthPassword" and not _password_ok(value)):
                status = "Rejected"
            else:
                if found.mutability != "WriteOnly":  # a password is never reported back
                    found.value = value
                self._on_change(found.component, found.variable, value)
        return {"attribute_status": status, "component": comp, "variable": var,
                "attribute_type": attr}

    def report(self, base: str) -> list[dict[str, Any]]:
        if base == "ConfigurationInventory":
            chosen = [v for v in self.variables if v.mutability == RW]
        elif base == "SummaryInventory":
            chosen = [v for v in self.variables if v.variable == "AvailabilityState"]
        else:
            chosen = list(self.variables)
        return [v.report_item(self.value(v)) for v in chosen]


    def report_matching(self, component_variables: list[dict[str, Any]] | None,
                        criteria: list[str] | None) -> list[dict[str, Any]]:
        """GetReport: the variables named by ``component_variables`` (a component with
        or without a variable, optionally an EVSE and instance) of the components meeting
        every one of ``criteria`` (Enabled, Available, Active, Problem: the component has
        that variable set to true)."""
        chosen = list(self.variables)
        if component_variables:
            chosen = [v for v in chosen if any(_matches(v, cv) for cv in component_variables)]
        for criterion in criteria or []:
            keep = {(v.component, v.evse, v.instance) for v in self.variables
                    if v.variable == criterion and self.value(v).lower() == "true"}
            chosen = [v for v in chosen if (v.component, v.evse, v.instance) in keep]
        return [v.report_item(self.value(v)) for v in chosen]


def _matches(var: Variable, cv: dict[str, Any]) -> bool:
    comp, variable = cv.get("component") or {}, cv.get("variable")
    evse = comp.get("evse") or {}
    return (comp.get("name") == var.component
            and (not evse or evse.get("id") == var.evse)
            and (not evse.get("connector_id") or evse.get("connector_id") == var.connector)
            and (comp.get("instance") is None or comp.get("instance") == var.instance)
            and (not variable or variable.get("name") == var.variable))


def _password_ok(value: str) -> bool:
    """2.0.1 passwordString: 16 to 40 characters of identifierString's alphabet."""
    import re

    return re.fullmatch(r"[A-Za-z0-9*\-_=:+|@.]{16,40}", value) is not None


def _valid(data_type: str, value: str) -> bool:
    if data_type == "integer":
        try:
            return int(value) >= 0
        except ValueError:
            return False
    if data_type == "boolean":
        return value.lower() in ("true", "false")
    if data_type == "decimal":
        try:
            float(value)
        except ValueError:
            return False
    return True
