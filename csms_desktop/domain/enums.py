"""Enumerations of the seed schemas; values are the seed's uppercase names (stored as is)."""

from __future__ import annotations

from enum import StrEnum


class UserStatus(StrEnum):
    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    EXPIRED = "EXPIRED"


class VehicleType(StrEnum):
    ELECTRIC = "ELECTRIC"
    HYBRID = "HYBRID"
    PLUGIN_HYBRID = "PLUGIN_HYBRID"


class OCPPVersion(StrEnum):
    OCPP16 = "OCPP16"
    OCPP20 = "OCPP20"  # 2.0.1 on the wire
    OCPP21 = "OCPP21"

    @property
    def subprotocol(self) -> str:
        return {"OCPP16": "ocpp1.6", "OCPP20": "ocpp2.0.1", "OCPP21": "ocpp2.1"}[self.value]

    @classmethod
    def from_subprotocol(cls, sub: str | None) -> OCPPVersion:
        return {"ocpp2.0.1": cls.OCPP20, "ocpp2.0": cls.OCPP20, "ocpp2.1": cls.OCPP21}.get(
            sub or "", cls.OCPP16
        )


class ChargePointStatus(StrEnum):
    AVAILABLE = "AVAILABLE"
    OCCUPIED = "OCCUPIED"
    UNAVAILABLE = "UNAVAILABLE"
    FAULTED = "FAULTED"
    MAINTENANCE = "MAINTENANCE"


class ConnectorType(StrEnum):
    TYPE_1 = "TYPE_1"
    TYPE_2 = "TYPE_2"
    CHADEMO = "CHADEMO"
    CCS_COMBO_1 = "CCS_COMBO_1"
    CCS_COMBO_2 = "CCS_COMBO_2"
    TESLA = "TESLA"
    GB_T = "GB_T"


class ConnectorStatus(StrEnum):
    AVAILABLE = "AVAILABLE"
    OCCUPIED = "OCCUPIED"
    RESERVED = "RESERVED"
    UNAVAILABLE = "UNAVAILABLE"
    FAULTED = "FAULTED"


class TransactionStatus(StrEnum):
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELED = "CANCELED"


class SessionStatus(StrEnum):
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    TIMEOUT = "TIMEOUT"


class ReservationStatus(StrEnum):
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"


class RateUnit(StrEnum):
    A = "A"
    W = "W"
    kW = "kW"


class MessageDirection(StrEnum):
    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"


class MessageKind(StrEnum):
    CALL = "CALL"
    CALLRESULT = "CALLRESULT"
    CALLERROR = "CALLERROR"


class NotificationType(StrEnum):
    CHARGING_STARTED = "CHARGING_STARTED"
    CHARGING_STOPPED = "CHARGING_STOPPED"
    CHARGING_COMPLETED = "CHARGING_COMPLETED"
    PAYMENT_REQUIRED = "PAYMENT_REQUIRED"
    SYSTEM_MAINTENANCE = "SYSTEM_MAINTENANCE"
    GENERAL = "GENERAL"


class IdTagStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    BLOCKED = "BLOCKED"
    EXPIRED = "EXPIRED"
    INVALID = "INVALID"


class RegistrationStatus(StrEnum):
    """Whether the site lets a charge point in (BootNotification answer)."""

    ACCEPTED = "ACCEPTED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"


class OperatorRole(StrEnum):
    ATTENDANT = "ATTENDANT"
    MANAGER = "MANAGER"
    ADMIN = "ADMIN"


class InvoiceStatus(StrEnum):
    ISSUED = "ISSUED"
    PAID = "PAID"
    CANCELED = "CANCELED"


class UnknownChargerPolicy(StrEnum):
    REJECT = "reject"
    PENDING = "pending"
    ACCEPT = "accept"
