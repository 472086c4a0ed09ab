"""OCPP connector / charge point statuses to the seed enums (domain-model.md table).

Lookups ignore case and surrounding blanks ("charging" is Charging); an unknown
status raises ValueError.
"""

from __future__ import annotations

from csms_desktop.domain.enums import ChargePointStatus, ConnectorStatus

_C = ConnectorStatus
_STATUS_16: dict[str, ConnectorStatus] = {
    "Available": _C.AVAILABLE,
    "Preparing": _C.OCCUPIED,
    "Charging": _C.OCCUPIED,
    "SuspendedEV": _C.OCCUPIED,
    "SuspendedEVSE": _C.OCCUPIED,
    "Finishing": _C.OCCUPIED,
    "Reserved": _C.RESERVED,
    "Unavailable": _C.UNAVAILABLE,
    "Faulted": _C.FAULTED,
}
_STATUS_201: dict[str, ConnectorStatus] = {
    "Available": _C.AVAILABLE,
    "Occupied": _C.OCCUPIED,
    "Reserved": _C.RESERVED,
    "Unavailable": _C.UNAVAILABLE,
    "Faulted": _C.FAULTED,
}
_CANON_16 = {k.lower(): k for k in _STATUS_16}
_CANON_201 = {k.lower(): k for k in _STATUS_201}
_CP_FROM_CONNECTOR = {
    _C.AVAILABLE: ChargePointStatus.AVAILABLE,
    _C.UNAVAILABLE: ChargePointStatus.UNAVAILABLE,
    _C.FAULTED: ChargePointStatus.FAULTED,
    _C.OCCUPIED: ChargePointStatus.OCCUPIED,
    _C.RESERVED: ChargePointStatus.OCCUPIED,
}


def _canon(status: str, table: dict[str, str], version: str) -> str:
    key = status.strip().lower() if isinstance(status, str) else None
    if key is None or key not in table:
        raise ValueError(f"unknown OCPP {version} connector status {status!r}")
    return table[key]


def canonical_status_16(ocpp_status: str) -> str:
    """The 1.6 status spelled as in the spec ("suspendedev" -> "SuspendedEV")."""
    return _canon(ocpp_status, _CANON_16, "1.6")


def canonical_status_201(ocpp_status: str) -> str:
    """The 2.0.1/2.1 ``ConnectorStatusEnumType`` value spelled as in the spec."""
    return _canon(ocpp_status, _CANON_201, "2.0.1")


def map_connector_status_16(ocpp_status: str) -> ConnectorStatus:
    """OCPP 1.6 ``ChargePointStatus`` of a connector (1, 2...) to ``connector.status``."""
    return _STATUS_16[canonical_status_16(ocpp_status)]


def map_connector_status_201(ocpp_status: str) -> ConnectorStatus:
    """OCPP 2.0.1/2.1 ``ConnectorStatusEnumType`` to ``connector.status``."""
    return _STATUS_201[canonical_status_201(ocpp_status)]


def map_charge_point_status(ocpp_status: str, *, maintenance: bool = False) -> ChargePointStatus:
    """OCPP 1.6 status of connector 0 to ``charge_point.status``.

    The spec allows only Available, Unavailable and Faulted on connector 0; chargers
    that send a connector status there anyway (Charging, Preparing... and Reserved,
    a whole-charger reservation) get OCCUPIED: the charger is not free for walk-up use.
    ``maintenance`` (the operator's flag) wins over whatever the charger reports,
    but an unknown status still raises.
    """
    status = _CP_FROM_CONNECTOR[map_connector_status_16(ocpp_status)]
    return ChargePointStatus.MAINTENANCE if maintenance else status


def is_occupied_16(ocpp_status: str) -> bool:
    """True for Preparing, Charging, SuspendedEV, SuspendedEVSE and Finishing."""
    return map_connector_status_16(ocpp_status) is ConnectorStatus.OCCUPIED
