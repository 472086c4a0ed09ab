"""The OCPP 1.6 configuration key store of a simulated charge point."""

from __future__ import annotations

from collections.abc import Callable

INT_KEYS = frozenset({
    "HeartbeatInterval", "MeterValueSampleInterval", "ClockAlignedDataInterval",
    "ConnectionTimeOut", "ResetRetries", "WebSocketPingInterval",
    "TransactionMessageAttempts", "TransactionMessageRetryInterval",
})
BOOL_KEYS = frozenset({
    "AuthorizeRemoteTxRequests", "LocalAuthorizeOffline", "LocalPreAuthorize",
    "LocalAuthListEnabled", "StopTransactionOnEVSideDisconnect", "StopTransactionOnInvalidId",
    "UnlockConnectorOnEVSideDisconnect", "AllowOfflineTxForUnknownId",
})
REBOOT_KEYS = frozenset({"WebSocketPingInterval"})
WRITE_ONLY = frozenset({"AuthorizationKey"})


def default_config(connectors: int) -> dict[str, tuple[str, bool]]:
    """key -> (value, readonly)"""
    return {
        "HeartbeatInterval": ("300", False),
        "MeterValueSampleInterval": ("60", False),
        "AuthorizeRemoteTxRequests": ("false", False),
        "AllowOfflineTxForUnknownId": ("false", False),
        "ClockAlignedDataInterval": ("0", False),
        "ConnectionTimeOut": ("60", False),
        "LocalAuthorizeOffline": ("true", False),
        "LocalPreAuthorize": ("false", False),
        "LocalAuthListEnabled": ("true", False),
        "LocalAuthListMaxLength": ("100", True),
        "SendLocalListMaxLength": ("100", True),
        "MeterValuesSampledData": (
            "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC", False),
        "NumberOfConnectors": (str(connectors), True),
        "ResetRetries": ("1", False),
        "StopTransactionOnEVSideDisconnect": ("true", False),
        "StopTransactionOnInvalidId": ("true", False),
        "UnlockConnectorOnEVSideDisconnect": ("true", False),
        "SupportedFeatureProfiles": (
            "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,"
            "RemoteTrigger", True),
        "ChargeProfileMaxStackLevel": ("10", True),
        "ChargingScheduleAllowedChargingRateUnit": ("Current,Power", True),
        "ChargingScheduleMaxPeriods": ("24", True),
        "MaxChargingProfilesInstalled": ("10", True),
        "GetConfigurationMaxKeys": ("50", True),
        "WebSocketPingInterval": ("30", False),
        "TransactionMessageAttempts": ("3", False),
        "TransactionMessageRetryInterval": ("10", False),
        # security whitepaper: changed through SimChargePoint.raise_profile only
        "SecurityProfile": ("0", False),
    }


class ConfigStore:
    """Keys with read-only flags; `on_change(key, value)` applies a change to the simulator."""

    def __init__(self, connectors: int, on_change: Callable[[str, str], None]) -> None:
        self.keys = default_config(connectors)
        self._on_change = on_change

    def set_value(self, key: str, value: str) -> None:
        """Reflect a value the simulator changed itself (e.g. the boot interval)."""
        if key in self.keys:
            self.keys[key] = (value, self.keys[key][1])

    def get(self, wanted: list[str] | None) -> tuple[list[dict[str, object]], list[str]]:
        names = [k for k in (wanted if wanted else list(self.keys)) if k not in WRITE_ONLY]
        unknown_write_only = [k for k in (wanted or []) if k in WRITE_ONLY]
        known = [{"key": k, "readonly": self.keys[k][1], "value": self.keys[k][0]}
                 for k in names if k in self.keys]
        unknown = [k for k in names if k not in self.keys] + unknown_write_only
        return known, unknown

    def change(self, key: str, value: str) -> str:
        """ConfigurationStatus: Accepted / Rejected / RebootRequired / NotSupported."""
        if key == "AuthorizationKey":
            # 1.6 security whitepaper: 16 to 20 bytes written as up to 40 hex digits; the
            # decoded octets are the HTTP Basic password from the next connection on
            try:
                octets = bytes.fromhex(value)
                octets.decode("ascii")
            except ValueError:
                return "Rejected"
            if not 16 <= len(octets) <= 20:
                return "Rejected"
            self._on_change(key, value)
            return "Accepted"
        if key not in self.keys:
            return "NotSupported"
        current, readonly = self.keys[key]
        if readonly:
            return "Rejected"
        if key in INT_KEYS:
            try:
                if int(value) < 0:
                    return "Rejected"
            except ValueError:
                return "Rejected"
        if key in BOOL_KEYS and value.lower() not in ("true", "false"):
            return "Rejected"
        self.keys[key] = (value, readonly)
        self._on_change(key, value)
        return "RebootRequired" if key in REBOOT_KEYS and value != current else "Accepted"
