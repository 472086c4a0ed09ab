"""Tests for csms_desktop.domain.status."""

from __future__ import annotations

import pytest

from csms_desktop.domain.enums import ChargePointStatus, ConnectorStatus
from csms_desktop.domain.status import (
    canonical_status_16,
    canonical_status_201,
    is_occupied_16,
    map_charge_point_status,
    map_connector_status_16,
    map_connector_status_201,
)

TABLE_16 = {
    "Available": ConnectorStatus.AVAILABLE,
    "Preparing": ConnectorStatus.OCCUPIED,
    "Charging": ConnectorStatus.OCCUPIED,
    "SuspendedEV": ConnectorStatus.OCCUPIED,
    "SuspendedEVSE": ConnectorStatus.OCCUPIED,
    "Finishing": ConnectorStatus.OCCUPIED,
    "Reserved": ConnectorStatus.RESERVED,
    "Unavailable": ConnectorStatus.UNAVAILABLE,
    "Faulted": ConnectorStatus.FAULTED,
}


@pytest.mark.parametrize(("ocpp", "expected"), TABLE_16.items())
def test_16_table(ocpp: str, expected: ConnectorStatus) -> None:
    assert map_connector_status_16(ocpp) is expected


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [("charging", "Charging"), ("CHARGING", "Charging"), ("  Charging ", "Charging"),
     ("suspendedev", "SuspendedEV"), ("SUSPENDEDEVSE", "SuspendedEVSE")],
)
def test_16_case_tolerant(typed: str, canonical: str) -> None:
    assert canonical_status_16(typed) == canonical
    assert map_connector_status_16(typed) is ConnectorStatus.OCCUPIED


@pytest.mark.parametrize("bad", ["", "Occupied", "Charge", "Suspended", "None", "Available!"])
def test_16_unknown_raises(bad: str) -> None:
    with pytest.raises(ValueError, match=r"1\.6"):
        map_connector_status_16(bad)


def test_16_non_string_raises_value_error() -> None:
    with pytest.raises(ValueError):
        map_connector_status_16(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ocpp", "expected"),
    [("Available", ConnectorStatus.AVAILABLE), ("Occupied", ConnectorStatus.OCCUPIED),
     ("Reserved", ConnectorStatus.RESERVED), ("Unavailable", ConnectorStatus.UNAVAILABLE),
     ("Faulted", ConnectorStatus.FAULTED), ("occupied", ConnectorStatus.OCCUPIED)],
)
def test_201_table(ocpp: str, expected: ConnectorStatus) -> None:
    assert map_connector_status_201(ocpp) is expected


@pytest.mark.parametrize("bad", ["Charging", "Preparing", "", "Busy"])
def test_201_rejects_16_only_and_unknown(bad: str) -> None:
    with pytest.raises(ValueError, match=r"2\.0\.1"):
        map_connector_status_201(bad)


def test_201_canonical() -> None:
    assert canonical_status_201("OCCUPIED") == "Occupied"


@pytest.mark.parametrize(
    ("ocpp", "expected"),
    [("Available", ChargePointStatus.AVAILABLE), ("Unavailable", ChargePointStatus.UNAVAILABLE),
     ("Faulted", ChargePointStatus.FAULTED), ("faulted", ChargePointStatus.FAULTED),
     ("Charging", ChargePointStatus.OCCUPIED), ("Preparing", ChargePointStatus.OCCUPIED),
     ("Finishing", ChargePointStatus.OCCUPIED), ("Reserved", ChargePointStatus.OCCUPIED)],
)
def test_charge_point_status(ocpp: str, expected: ChargePointStatus) -> None:
    assert map_charge_point_status(ocpp) is expected


@pytest.mark.parametrize("ocpp", ["Available", "Faulted", "Charging", "Unavailable"])
def test_maintenance_flag_wins(ocpp: str) -> None:
    assert map_charge_point_status(ocpp, maintenance=True) is ChargePointStatus.MAINTENANCE


def test_charge_point_status_unknown_raises_even_in_maintenance() -> None:
    with pytest.raises(ValueError):
        map_charge_point_status("Exploded")
    with pytest.raises(ValueError):
        map_charge_point_status("Exploded", maintenance=True)


@pytest.mark.parametrize("ocpp", TABLE_16)
def test_is_occupied_16(ocpp: str) -> None:
    assert is_occupied_16(ocpp) == (TABLE_16[ocpp] is ConnectorStatus.OCCUPIED)


def test_is_occupied_16_examples_and_unknown() -> None:
    assert is_occupied_16("suspendedEVSE")
    assert not is_occupied_16("Reserved")
    assert not is_occupied_16("available")
    with pytest.raises(ValueError):
        is_occupied_16("Occupied")
