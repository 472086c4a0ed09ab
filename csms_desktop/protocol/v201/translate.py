"""Neutral (1.6-flavoured) command arguments to OCPP 2.0.1/2.1 structures.

* Configuration keys: ``"Component.Variable"`` or ``"Component.Variable.Instance"``; a
  bare 1.6 key with a well-known 2.0.1 equivalent (``HeartbeatInterval``) is mapped;
  with an explicit ``component`` the key is ``"Variable"`` or ``"Variable.Instance"``.
* Charging profiles: the neutral dict of ``Commands.set_charging_profile`` (1.6 purpose
  names accepted: ChargePointMaxProfile is ChargingStationMaxProfile; unit kW is sent as W).
* Trigger messages: 1.6 names (DiagnosticsStatusNotification is LogStatusNotification).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from csms_desktop.domain.timeutil import format_ocpp_datetime, utcnow

#: 1.6 configuration keys -> their 2.0.1 device-model component and variable.
KNOWN_KEYS: dict[str, tuple[str, str]] = {
    "HeartbeatInterval": ("OCPPCommCtrlr", "HeartbeatInterval"),
    "WebSocketPingInterval": ("OCPPCommCtrlr", "WebSocketPingInterval"),
    "ResetRetries": ("OCPPCommCtrlr", "ResetRetries"),
    "MeterValueSampleInterval": ("SampledDataCtrlr", "TxUpdatedInterval"),
    "MeterValuesSampledData": ("SampledDataCtrlr", "TxUpdatedMeasurands"),
    "StopTxnSampledData": ("SampledDataCtrlr", "TxEndedMeasurands"),
    "ClockAlignedDataInterval": ("AlignedDataCtrlr", "Interval"),
    "MeterValuesAlignedData": ("AlignedDataCtrlr", "Measurands"),
    "ConnectionTimeOut": ("TxCtrlr", "EVConnectionTimeOut"),
    "StopTransactionOnEVSideDisconnect": ("TxCtrlr", "StopTxOnEVSideDisconnect"),
    "StopTransactionOnInvalidId": ("TxCtrlr", "StopTxOnInvalidId"),
    "MaxEnergyOnInvalidId": ("TxCtrlr", "MaxEnergyOnInvalidId"),
    "AuthorizeRemoteTxRequests": ("AuthCtrlr", "AuthorizeRemoteStart"),
    "LocalAuthorizeOffline": ("AuthCtrlr", "LocalAuthorizeOffline"),
    "LocalPreAuthorize": ("AuthCtrlr", "LocalPreAuthorize"),
    "AuthorizationCacheEnabled": ("AuthCacheCtrlr", "Enabled"),
    "LocalAuthListEnabled": ("LocalAuthListCtrlr", "Enabled"),
    "SendLocalListMaxLength": ("LocalAuthListCtrlr", "ItemsPerMessage"),
    "ChargeProfileMaxStackLevel": ("SmartChargingCtrlr", "ProfileStackLevel"),
    "ChargingScheduleAllowedChargingRateUnit": ("SmartChargingCtrlr", "RateUnit"),
    "ChargingScheduleMaxPeriods": ("SmartChargingCtrlr", "PeriodsPerSchedule"),
}

PURPOSES = {
    "ChargePointMaxProfile": "ChargingStationMaxProfile",
    "ChargingStationMaxProfile": "ChargingStationMaxProfile",
    "ChargingStationExternalConstraints": "ChargingStationExternalConstraints",
    "TxDefaultProfile": "TxDefaultProfile",
    "TxProfile": "TxProfile",
}

TRIGGERS = {
    "DiagnosticsStatusNotification": "LogStatusNotification",
    "SignChargePointCertificate": "SignChargingStationCertificate",
}


class VariableRef(NamedTuple):
    component: str
    variable: str
    instance: str | None = None

    def as_json(self) -> dict[str, Any]:
        var: dict[str, Any] = {"name": self.variable}
        if self.instance:
            var["instance"] = self.instance
        return {"component": {"name": self.component}, "variable": var}

    @property
    def key(self) -> str:
        """The neutral item key: the variable (with its instance), next to ``component``."""
        return f"{self.variable}.{self.instance}" if self.instance else self.variable

    @property
    def path(self) -> str:
        return f"{self.component}.{self.key}"


def parse_key(key: str, component: str | None = None) -> VariableRef | None:
    """A configuration key as a 2.0.1 variable reference; None when it has no component."""
    key = key.strip()
    if component:
        variable, _, instance = key.partition(".")
        return VariableRef(component, variable, instance or None)
    if key in KNOWN_KEYS:
        return VariableRef(*KNOWN_KEYS[key])
    parts = key.split(".", 2)
    if len(parts) >= 2 and all(parts):
        return VariableRef(parts[0], parts[1], parts[2] if len(parts) == 3 else None)
    return None


def ref_of(result: dict[str, Any]) -> VariableRef:
    var = result["variable"]
    return VariableRef(result["component"]["name"], var["name"], var.get("instance"))


def _dt(value: datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format_ocpp_datetime(value)


def purpose(name: str | None, default: str = "TxDefaultProfile") -> str:
    return PURPOSES.get(name or default, name or default)


def charging_profile(profile: dict[str, Any], default_purpose: str = "TxDefaultProfile"
                     ) -> dict[str, Any]:
    """Neutral profile dict -> ChargingProfileType (one schedule, id = schedule_id or id)."""
    unit = str(profile.get("unit") or "A")
    scale = 1000.0 if unit == "kW" else 1.0
    schedule: dict[str, Any] = {
        "id": int(profile.get("schedule_id") or profile["id"]),
        "chargingRateUnit": "W" if unit == "kW" else unit,
        "chargingSchedulePeriod": [
            {"startPeriod": int(start), "limit": round(float(limit) * scale, 1)}
            for start, limit in profile["periods"]
        ],
    }
    if profile.get("duration"):
        schedule["duration"] = int(profile["duration"])
    if profile.get("start_schedule"):
        schedule["startSchedule"] = _dt(profile["start_schedule"])
    if profile.get("min_rate") is not None:
        schedule["minChargingRate"] = round(float(profile["min_rate"]) * scale, 1)
    out: dict[str, Any] = {
        "id": int(profile["id"]),
        "stackLevel": int(profile.get("stack_level", 0)),
        "chargingProfilePurpose": purpose(profile.get("purpose"), default_purpose),
        "chargingProfileKind": profile.get("kind", "Absolute"),
        "chargingSchedule": [schedule],
    }
    if out["chargingProfileKind"] == "Recurring":
        out["recurrencyKind"] = profile.get("recurrency", "Daily")
    if profile.get("transaction_id") is not None:
        out["transactionId"] = str(profile["transaction_id"])
    if profile.get("valid_from"):
        out["validFrom"] = _dt(profile["valid_from"])
    if profile.get("valid_to"):
        out["validTo"] = _dt(profile["valid_to"])
    if out["chargingProfileKind"] == "Absolute" and "startSchedule" not in schedule:
        schedule["startSchedule"] = _dt(utcnow())
    return out


def trigger(message: str) -> str:
    return TRIGGERS.get(message, message)
