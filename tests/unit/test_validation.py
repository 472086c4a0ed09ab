"""Schema validation: valid payloads, exact error codes per version, tolerant mode."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from csms_desktop.protocol.validation import SchemaViolation, Validator, known_actions

TS = "2024-01-15T15:30:00Z"

SEED_METER_VALUES: dict[str, Any] = {
    "connectorId": 1,
    "transactionId": 12345,
    "meterValue": [
        {
            "timestamp": TS,
            "sampledValue": [
                {"value": "15000", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
            ],
        }
    ],
}

V16_REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("BootNotification", {"chargePointVendor": "VendorX", "chargePointModel": "Model-1"}),
    ("Heartbeat", {}),
    ("Authorize", {"idTag": "ABC123"}),
    (
        "StatusNotification",
        {"connectorId": 1, "errorCode": "NoError", "status": "Charging", "timestamp": TS},
    ),
    ("StartTransaction", {"connectorId": 1, "idTag": "ABC", "meterStart": 0, "timestamp": TS}),
    (
        "StopTransaction",
        {"transactionId": 5, "meterStop": 1500, "timestamp": TS, "reason": "Local"},
    ),
    ("MeterValues", SEED_METER_VALUES),
    ("DataTransfer", {"vendorId": "com.acme", "messageId": "x", "data": "{}"}),
    ("RemoteStartTransaction", {"idTag": "ABC", "connectorId": 1}),
    (
        "SetChargingProfile",
        {
            "connectorId": 1,
            "csChargingProfiles": {
                "chargingProfileId": 1,
                "stackLevel": 0,
                "chargingProfilePurpose": "TxDefaultProfile",
                "chargingProfileKind": "Absolute",
                "chargingSchedule": {
                    "chargingRateUnit": "A",
                    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 21.4}],
                    "minChargingRate": 6.1,
                },
            },
        },
    ),
    ("SignCertificate", {"csr": "-----BEGIN CERTIFICATE REQUEST-----"}),
]

V16_RESPONSES: list[tuple[str, dict[str, Any]]] = [
    ("BootNotification", {"status": "Accepted", "currentTime": TS, "interval": 300}),
    ("Heartbeat", {"currentTime": TS}),
    ("Authorize", {"idTagInfo": {"status": "Accepted"}}),
    ("StartTransaction", {"transactionId": 7, "idTagInfo": {"status": "Accepted"}}),
    ("Reset", {"status": "Accepted"}),
    ("GetConfiguration", {"configurationKey": [{"key": "K", "readonly": True, "value": "v"}]}),
]

V2_REQUESTS: list[tuple[str, dict[str, Any]]] = [
    (
        "BootNotification",
        {"reason": "PowerUp", "chargingStation": {"model": "M1", "vendorName": "VendorX"}},
    ),
    ("Heartbeat", {}),
    ("Authorize", {"idToken": {"idToken": "ABC123", "type": "ISO14443"}}),
    (
        "StatusNotification",
        {"timestamp": TS, "connectorStatus": "Occupied", "evseId": 1, "connectorId": 1},
    ),
    (
        "TransactionEvent",
        {
            "eventType": "Started",
            "timestamp": TS,
            "triggerReason": "CablePluggedIn",
            "seqNo": 0,
            "transactionInfo": {"transactionId": "tx-1", "chargingState": "EVConnected"},
            "evse": {"id": 1, "connectorId": 1},
            "meterValue": [
                {
                    "timestamp": TS,
                    "sampledValue": [
                        {
                            "value": 15000.0,
                            "measurand": "Energy.Active.Import.Register",
                            "unitOfMeasure": {"unit": "Wh"},
                        }
                    ],
                }
            ],
        },
    ),
    (
        "MeterValues",
        {"evseId": 1, "meterValue": [{"timestamp": TS, "sampledValue": [{"value": 1.5}]}]},
    ),
    ("DataTransfer", {"vendorId": "com.acme", "data": {"anything": [1, 2]}}),
    (
        "NotifyEvent",
        {
            "generatedAt": TS,
            "seqNo": 0,
            "eventData": [
                {
                    "eventId": 1,
                    "timestamp": TS,
                    "trigger": "Delta",
                    "actualValue": "Occupied",
                    "eventNotificationType": "HardWiredNotification",
                    "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
                    "variable": {"name": "AvailabilityState"},
                }
            ],
        },
    ),
]

V2_RESPONSES: list[tuple[str, dict[str, Any]]] = [
    ("BootNotification", {"currentTime": TS, "interval": 300, "status": "Accepted"}),
    ("Heartbeat", {"currentTime": TS}),
    ("Reset", {"status": "Scheduled"}),
    (
        "GetVariables",
        {
            "getVariableResult": [
                {
                    "attributeStatus": "Accepted",
                    "component": {"name": "C"},
                    "variable": {"name": "V"},
                }
            ]
        },
    ),
]


# ----------------------------------------------------------------------- valid payloads


@pytest.mark.parametrize(("action", "payload"), V16_REQUESTS, ids=[a for a, _ in V16_REQUESTS])
@pytest.mark.parametrize("tolerant", [False, True])
def test_valid_16_requests(action: str, payload: dict[str, Any], tolerant: bool) -> None:
    original = copy.deepcopy(payload)
    result = Validator("1.6").validate_request(action, payload, tolerant=tolerant)
    assert result is payload
    assert payload == original  # a valid payload is never changed


@pytest.mark.parametrize(("action", "payload"), V16_RESPONSES, ids=[a for a, _ in V16_RESPONSES])
def test_valid_16_responses(action: str, payload: dict[str, Any]) -> None:
    assert Validator("1.6").validate_response(action, payload) is payload


@pytest.mark.parametrize("version", ["2.0.1", "2.1"])
@pytest.mark.parametrize(("action", "payload"), V2_REQUESTS, ids=[a for a, _ in V2_REQUESTS])
@pytest.mark.parametrize("tolerant", [False, True])
def test_valid_2x_requests(
    version: str, action: str, payload: dict[str, Any], tolerant: bool
) -> None:
    original = copy.deepcopy(payload)
    assert Validator(version).validate_request(action, payload, tolerant=tolerant) is payload
    assert payload == original


@pytest.mark.parametrize("version", ["2.0.1", "2.1"])
@pytest.mark.parametrize(("action", "payload"), V2_RESPONSES, ids=[a for a, _ in V2_RESPONSES])
def test_valid_2x_responses(version: str, action: str, payload: dict[str, Any]) -> None:
    assert Validator(version).validate_response(action, payload) is payload


def test_custom_data_is_open_in_2x() -> None:
    payload = {"customData": {"vendorId": "acme", "anything": 1}}
    assert Validator("2.0.1").validate_request("Heartbeat", payload) is payload


def test_ocpp21_only_action() -> None:
    assert Validator("2.1").knows("NotifyDERAlarm")
    assert not Validator("2.0.1").knows("NotifyDERAlarm")


@pytest.mark.parametrize("version", ["1.6", "2.0.1", "2.1"])
def test_every_schema_compiles_in_both_modes(version: str) -> None:
    validator = Validator(version)
    for kind in ("request", "response"):
        validate = validator.validate_request if kind == "request" else validator.validate_response
        for action in sorted(known_actions(version, kind)):
            for tolerant in (False, True):
                try:
                    validate(action, {}, tolerant=tolerant)
                except SchemaViolation as exc:
                    assert exc.error_code != "NotImplemented"


# ----------------------------------------------------------------------- knows / versions


def test_knows() -> None:
    v16, v201 = Validator("1.6"), Validator("2.0.1")
    assert v16.knows("MeterValues") and v16.knows("BootNotification")
    assert not v16.knows("TransactionEvent")
    assert v201.knows("TransactionEvent") and v201.knows("BootNotification")
    assert not v201.knows("StartTransaction")
    for bogus in ("", "BootNotificationResponse", "BootNotificationRequest", "../v16/Heartbeat",
                  "heartbeat", "Heartbeat.json"):  # fmt: skip
        assert not v16.knows(bogus) and not v201.knows(bogus)
    assert len(known_actions("1.6")) == len(known_actions("1.6", "response"))


def test_version_aliases() -> None:
    assert Validator("ocpp1.6").version == "1.6"
    assert Validator("ocpp2.0.1").version == "2.0.1"
    assert Validator("OCPP21").version == "2.1"
    with pytest.raises(ValueError):
        Validator("3.0")


@pytest.mark.parametrize("version", ["1.6", "2.0.1", "2.1"])
def test_unknown_action_is_not_implemented(version: str) -> None:
    with pytest.raises(SchemaViolation) as info:
        Validator(version).validate_request("FlyToTheMoon", {})
    assert info.value.error_code == "NotImplemented"
    assert info.value.rule == "action"
    with pytest.raises(SchemaViolation) as info:
        Validator(version).validate_response("FlyToTheMoon", {}, tolerant=True)
    assert info.value.error_code == "NotImplemented"


# ----------------------------------------------------------------------- violation codes

TYPE = "TypeConstraintViolation"
PROP = "PropertyConstraintViolation"
OCC = {"1.6": "OccurenceConstraintViolation", "2.0.1": "OccurrenceConstraintViolation"}
FMT = {"1.6": "FormationViolation", "2.0.1": "FormatViolation"}


def _boot16(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"chargePointVendor": "VendorX", "chargePointModel": "Model-1"}
    payload.update(changes)
    return {k: v for k, v in payload.items() if v is not ...}


def _status16(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
    payload.update(changes)
    return {k: v for k, v in payload.items() if v is not ...}


def _status2x(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "timestamp": TS,
        "connectorStatus": "Available",
        "evseId": 1,
        "connectorId": 1,
    }
    payload.update(changes)
    return {k: v for k, v in payload.items() if v is not ...}


# (action, payload, expected code key, expected path, rule)
CASES_16: list[tuple[str, dict[str, Any], str, str, str]] = [
    ("StatusNotification", _status16(connectorId="1"), TYPE, "connectorId", "type"),
    ("StatusNotification", _status16(connectorId={"id": 1}), TYPE, "connectorId", "type"),
    ("StatusNotification", _status16(connectorId=1.0), TYPE, "connectorId", "type"),
    ("StatusNotification", _status16(connectorId=True), TYPE, "connectorId", "type"),
    ("StatusNotification", _status16(info=None), TYPE, "info", "type"),
    ("StatusNotification", _status16(status=...), "occ", "status", "required"),
    ("StatusNotification", _status16(status="CHARGING"), PROP, "status", "enum"),
    ("StatusNotification", _status16(status="Flying"), PROP, "status", "enum"),
    ("StatusNotification", _status16(timestamp="yesterday"), PROP, "timestamp", "format"),
    ("StatusNotification", _status16(timestamp="2024-01-15T15:30:00"), PROP, "timestamp", "format"),
    (
        "StatusNotification",
        _status16(timestamp="2024-02-30T15:30:00Z"),
        PROP,
        "timestamp",
        "format",
    ),
    (
        "StatusNotification",
        _status16(vendorErrorCode="E" * 51),
        PROP,
        "vendorErrorCode",
        "maxLength",
    ),
    ("StatusNotification", _status16(extra=1), "fmt", "extra", "additionalProperties"),
    (
        "BootNotification",
        _boot16(chargePointVendor="V" * 21),
        PROP,
        "chargePointVendor",
        "maxLength",
    ),
    ("BootNotification", _boot16(chargePointModel=...), "occ", "chargePointModel", "required"),
    ("BootNotification", _boot16(chargePointVendor=42), TYPE, "chargePointVendor", "type"),
    ("MeterValues", {"connectorId": 1, "meterValue": []}, "occ", "meterValue", "minItems"),
    (
        "MeterValues",
        {"connectorId": 1, "meterValue": [{"timestamp": TS, "sampledValue": [{"unit": "Wh"}]}]},
        "occ",
        "meterValue[0].sampledValue[0].value",
        "required",
    ),
    (
        "MeterValues",
        {"connectorId": 1, "meterValue": [{"timestamp": TS, "sampledValue": [{"value": 15000}]}]},
        TYPE,
        "meterValue[0].sampledValue[0].value",
        "type",
    ),
    (
        "MeterValues",
        {
            "connectorId": 1,
            "meterValue": [{"timestamp": TS, "sampledValue": [{"value": "1", "unit": "kwh"}]}],
        },
        PROP,
        "meterValue[0].sampledValue[0].unit",
        "enum",
    ),
    (
        "MeterValues",
        {
            "connectorId": 1,
            "meterValue": [{"timestamp": TS, "sampledValue": [{"value": "1", "x": 1}]}],
        },
        "fmt",
        "meterValue[0].sampledValue[0].x",
        "additionalProperties",
    ),
    ("Heartbeat", {"x": 1}, "fmt", "x", "additionalProperties"),
]


@pytest.mark.parametrize(
    ("action", "payload", "code", "path", "rule"),
    CASES_16,
    ids=[f"{c[0]}-{c[4]}-{c[3]}" for c in CASES_16],
)
def test_violations_16(
    action: str, payload: dict[str, Any], code: str, path: str, rule: str
) -> None:
    expected = {"occ": OCC["1.6"], "fmt": FMT["1.6"]}.get(code, code)
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request(action, payload)
    exc = info.value
    assert (exc.error_code, exc.path, exc.rule) == (expected, path, rule)
    assert path.split(".")[-1].split("[")[0] in exc.description
    assert str(exc) == exc.description


CASES_2X: list[tuple[str, dict[str, Any], str, str, str]] = [
    ("StatusNotification", _status2x(evseId="1"), TYPE, "evseId", "type"),
    ("StatusNotification", _status2x(evseId=[1]), TYPE, "evseId", "type"),
    ("StatusNotification", _status2x(evseId=...), "occ", "evseId", "required"),
    ("StatusNotification", _status2x(connectorStatus="OCCUPIED"), PROP, "connectorStatus", "enum"),
    ("StatusNotification", _status2x(timestamp="15/01/2024"), PROP, "timestamp", "format"),
    ("StatusNotification", _status2x(extra=True), "fmt", "extra", "additionalProperties"),
    (
        "BootNotification",
        {"reason": "PowerUp", "chargingStation": {"model": "M" * 21, "vendorName": "V"}},
        PROP,
        "chargingStation.model",
        "maxLength",
    ),
    (
        "BootNotification",
        {"reason": "PowerUp", "chargingStation": {"model": "M"}},
        "occ",
        "chargingStation.vendorName",
        "required",
    ),
    (
        "BootNotification",
        {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V", "x": 1}},
        "fmt",
        "chargingStation.x",
        "additionalProperties",
    ),
    ("MeterValues", {"evseId": 1, "meterValue": []}, "occ", "meterValue", "minItems"),
    (
        "MeterValues",
        {"evseId": 1, "meterValue": [{"timestamp": TS, "sampledValue": [{"value": "1.5"}]}]},
        TYPE,
        "meterValue[0].sampledValue[0].value",
        "type",
    ),
    ("Heartbeat", {"customData": {}}, "occ", "customData.vendorId", "required"),
]


@pytest.mark.parametrize("version", ["2.0.1", "2.1"])
@pytest.mark.parametrize(
    ("action", "payload", "code", "path", "rule"),
    CASES_2X,
    ids=[f"{c[0]}-{c[4]}-{c[3]}" for c in CASES_2X],
)
def test_violations_2x(
    version: str, action: str, payload: dict[str, Any], code: str, path: str, rule: str
) -> None:
    expected = {"occ": OCC["2.0.1"], "fmt": FMT["2.0.1"]}.get(code, code)
    with pytest.raises(SchemaViolation) as info:
        Validator(version).validate_request(action, payload)
    exc = info.value
    assert (exc.error_code, exc.path, exc.rule) == (expected, path, rule)
    assert path.split(".")[-1].split("[")[0] in exc.description


@pytest.mark.parametrize("version", ["2.0.1", "2.1"])
@pytest.mark.parametrize(("soc", "rule"), [(-1, "minimum"), (101, "maximum")])
def test_2x_range_is_property_violation(version: str, soc: int, rule: str) -> None:
    payload: dict[str, Any] = {
        "evseId": 1,
        "chargingNeeds": {
            "requestedEnergyTransfer": "DC",
            "dcChargingParameters": {"evMaxCurrent": 200, "evMaxVoltage": 800, "stateOfCharge": 50},
        },
    }
    assert Validator(version).validate_request("NotifyEVChargingNeeds", payload)
    payload["chargingNeeds"]["dcChargingParameters"]["stateOfCharge"] = soc
    for tolerant in (False, True):
        with pytest.raises(SchemaViolation) as info:
            Validator(version).validate_request("NotifyEVChargingNeeds", payload, tolerant=tolerant)
        exc = info.value
        assert (exc.error_code, exc.rule) == (PROP, rule)
        assert exc.path == "chargingNeeds.dcChargingParameters.stateOfCharge"


def test_response_violations_use_version_codes() -> None:
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_response("BootNotification", {"status": "Accepted"})
    assert info.value.error_code == "OccurenceConstraintViolation"
    with pytest.raises(SchemaViolation) as info:
        Validator("2.1").validate_response("Heartbeat", {"currentTime": 5})
    assert info.value.error_code == TYPE


def test_draft06_accepts_integral_float_for_integer() -> None:
    # 2.x schemas are draft-06: 1.0 is an integer there (1.6 core schemas are draft-04).
    assert Validator("2.0.1").validate_request("StatusNotification", _status2x(evseId=1.0))


def test_description_names_field_and_limit() -> None:
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request("BootNotification", _boot16(chargePointVendor="V" * 30))
    assert info.value.description == "chargePointVendor: length 30 exceeds maxLength 20"
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request("BootNotification", {"chargePointVendor": "V"})
    assert info.value.description == "chargePointModel: required field is missing"
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request("BootNotification", {})
    assert info.value.path == "chargePointVendor"
    assert "chargePointModel" in info.value.description


# ----------------------------------------------------------------------- multipleOf 0.1


def _profile(limit: float) -> dict[str, Any]:
    return {
        "connectorId": 1,
        "csChargingProfiles": {
            "chargingProfileId": 1,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxDefaultProfile",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": limit}],
            },
        },
    }


@pytest.mark.parametrize("limit", [21.4, 0.1, 0.3, 16.7, 32, 6.0, 1234.5])
def test_multiple_of_one_tenth_accepts_binary_floats(limit: float) -> None:
    assert Validator("1.6").validate_request("SetChargingProfile", _profile(limit))


def test_multiple_of_one_tenth_rejects_two_decimals_strict_only() -> None:
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request("SetChargingProfile", _profile(4.11))
    assert (info.value.error_code, info.value.rule) == (PROP, "multipleOf")
    assert info.value.path.endswith("chargingSchedulePeriod[0].limit")
    assert Validator("1.6").validate_request("SetChargingProfile", _profile(4.11), tolerant=True)


def test_multiple_of_in_get_composite_schedule_response() -> None:
    payload: dict[str, Any] = {
        "status": "Accepted",
        "connectorId": 1,
        "chargingSchedule": {
            "chargingRateUnit": "W",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11000.3}],
            "minChargingRate": 1380.1,
        },
    }
    assert Validator("1.6").validate_response("GetCompositeSchedule", payload)
    payload["chargingSchedule"]["minChargingRate"] = 1380.15
    with pytest.raises(SchemaViolation):
        Validator("1.6").validate_response("GetCompositeSchedule", payload)


# ----------------------------------------------------------------------- tolerant mode


def test_tolerant_accepts_long_vendor_strings() -> None:
    payload = _boot16(
        chargePointVendor="Very Long Vendor Name GmbH & Co. KG",
        chargePointModel="M" * 100,
        firmwareVersion="v" * 200,
    )
    original = copy.deepcopy(payload)
    assert Validator("1.6").validate_request("BootNotification", payload, tolerant=True) == original
    payload2 = {"reason": "PowerUp", "chargingStation": {"model": "M" * 80, "vendorName": "V" * 99}}
    assert Validator("2.0.1").validate_request("BootNotification", payload2, tolerant=True)


def test_tolerant_normalises_enum_case_in_place() -> None:
    payload = _status16(status="CHARGING", errorCode="noerror")
    result = Validator("1.6").validate_request("StatusNotification", payload, tolerant=True)
    assert result is payload
    assert payload["status"] == "Charging"
    assert payload["errorCode"] == "NoError"


def test_tolerant_normalises_nested_enums() -> None:
    payload = copy.deepcopy(SEED_METER_VALUES)
    sampled = payload["meterValue"][0]["sampledValue"]
    sampled[0].update(
        measurand="energy.active.import.register", unit="WH", context="SAMPLE.PERIODIC"
    )
    sampled.append({"value": "230", "measurand": "VOLTAGE", "phase": "l1-n", "unit": "v"})
    Validator("1.6").validate_request("MeterValues", payload, tolerant=True)
    assert sampled[0] == {
        "value": "15000",
        "measurand": "Energy.Active.Import.Register",
        "unit": "Wh",
        "context": "Sample.Periodic",
    }
    assert sampled[1] == {"value": "230", "measurand": "Voltage", "phase": "L1-N", "unit": "V"}


def test_tolerant_normalises_2x_enums_and_arrays() -> None:
    payload: dict[str, Any] = {
        "eventType": "STARTED",
        "timestamp": TS,
        "triggerReason": "cablepluggedin",
        "seqNo": 0,
        "transactionInfo": {"transactionId": "t", "chargingState": "evconnected"},
    }
    Validator("2.0.1").validate_request("TransactionEvent", payload, tolerant=True)
    assert payload["eventType"] == "Started"
    assert payload["triggerReason"] == "CablePluggedIn"
    assert payload["transactionInfo"]["chargingState"] == "EVConnected"
    # An array of enum values (2.1 availableEnergyTransfer).
    needs: dict[str, Any] = {
        "evseId": 1,
        "chargingNeeds": {
            "requestedEnergyTransfer": "ac_three_phase",
            "availableEnergyTransfer": ["AC_single_phase", "ac_three_phase"],
        },
    }
    Validator("2.1").validate_request("NotifyEVChargingNeeds", needs, tolerant=True)
    assert needs["chargingNeeds"]["requestedEnergyTransfer"] == "AC_three_phase"
    assert needs["chargingNeeds"]["availableEnergyTransfer"] == [
        "AC_single_phase",
        "AC_three_phase",
    ]


def test_tolerant_still_rejects_unknown_enum_values() -> None:
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request(
            "StatusNotification", _status16(status="Flying"), tolerant=True
        )
    assert (info.value.error_code, info.value.rule) == (PROP, "enum")


@pytest.mark.parametrize("version", ["1.6", "2.0.1", "2.1"])
def test_tolerant_still_rejects_missing_required(version: str) -> None:
    v = Validator(version)
    if version == "1.6":
        payload, field = _status16(status=..., errorCode="NOERROR", extra="x"), "status"
        action = "StatusNotification"
    else:
        payload, field = _status2x(evseId=..., connectorStatus="available"), "evseId"
        action = "StatusNotification"
    with pytest.raises(SchemaViolation) as info:
        v.validate_request(action, payload, tolerant=True)
    assert info.value.error_code == OCC["1.6" if version == "1.6" else "2.0.1"]
    assert info.value.path == field


def test_tolerant_rejects_uncoercible_types() -> None:
    for bad in ({"id": 1}, [1], "one", "1.5", True, "\uff11", ""):
        with pytest.raises(SchemaViolation) as info:
            Validator("1.6").validate_request(
                "StatusNotification", _status16(connectorId=bad), tolerant=True
            )
        assert info.value.error_code == TYPE, bad
        assert info.value.path == "connectorId"
    with pytest.raises(SchemaViolation) as info:
        Validator("1.6").validate_request(
            "StatusNotification", _status16(connectorId=None), tolerant=True
        )
    assert info.value.error_code == TYPE  # null for a *required* field is not "absent"


def test_tolerant_coerces_numeric_strings() -> None:
    payload = _status16(connectorId="1")
    Validator("1.6").validate_request("StatusNotification", payload, tolerant=True)
    assert payload["connectorId"] == 1 and type(payload["connectorId"]) is int
    payload = _status16(connectorId=2.0)
    Validator("1.6").validate_request("StatusNotification", payload, tolerant=True)
    assert payload["connectorId"] == 2 and type(payload["connectorId"]) is int
    meter = copy.deepcopy(SEED_METER_VALUES)
    meter["connectorId"] = " 1 "
    meter["transactionId"] = "12345"
    meter["meterValue"][0]["sampledValue"][0]["value"] = 15000
    Validator("1.6").validate_request("MeterValues", meter, tolerant=True)
    assert meter == SEED_METER_VALUES
    mv2: dict[str, Any] = {
        "evseId": "1",
        "meterValue": [{"timestamp": TS, "sampledValue": [{"value": "1.5"}, {"value": "7"}]}],
    }
    Validator("2.0.1").validate_request("MeterValues", mv2, tolerant=True)
    assert mv2["evseId"] == 1
    assert mv2["meterValue"][0]["sampledValue"] == [{"value": 1.5}, {"value": 7}]


def test_tolerant_ignores_additional_properties() -> None:
    payload = _status16(status="Available", vendorFoo={"a": 1}, bar=None)
    original = _status16(status="Available")
    Validator("1.6").validate_request("StatusNotification", payload, tolerant=True)
    assert payload == original
    boot: dict[str, Any] = {
        "reason": "PowerUp",
        "chargingStation": {"model": "M", "vendorName": "V", "hwRev": "3"},
        "vendorExtension": 1,
    }
    Validator("2.0.1").validate_request("BootNotification", boot, tolerant=True)
    assert boot == {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}


def test_tolerant_null_and_empty_enum_optional_fields_are_absent() -> None:
    meter = copy.deepcopy(SEED_METER_VALUES)
    sampled = meter["meterValue"][0]["sampledValue"][0]
    sampled.update(unit="", phase=None, location="")
    meter["transactionId"] = None
    Validator("1.6").validate_request("MeterValues", meter, tolerant=True)
    assert sampled == {"value": "15000", "measurand": "Energy.Active.Import.Register"}
    assert "transactionId" not in meter


@pytest.mark.parametrize("tolerant", [False, True])
def test_missing_unit_stays_absent(tolerant: bool) -> None:
    """Schema defaults (2.x UnitOfMeasureType.unit = "Wh") are never injected."""
    payload: dict[str, Any] = {
        "evseId": 1,
        "meterValue": [
            {"timestamp": TS, "sampledValue": [{"value": 1.0, "unitOfMeasure": {"multiplier": 3}}]}
        ],
    }
    Validator("2.0.1").validate_request("MeterValues", payload, tolerant=tolerant)
    assert payload["meterValue"][0]["sampledValue"][0]["unitOfMeasure"] == {"multiplier": 3}
    meter = copy.deepcopy(SEED_METER_VALUES)
    del meter["meterValue"][0]["sampledValue"][0]["unit"]
    Validator("1.6").validate_request("MeterValues", meter, tolerant=tolerant)
    assert "unit" not in meter["meterValue"][0]["sampledValue"][0]


@pytest.mark.parametrize(
    ("sent", "normalised"),
    [
        ("2024-01-15T15:30:00", "2024-01-15T15:30:00Z"),
        ("2024-01-15 15:30:00.123", "2024-01-15T15:30:00.123Z"),
        ("2024-01-15t15:30:00", "2024-01-15T15:30:00Z"),
        ("2024-01-15T15:30:00+01", "2024-01-15T15:30:00+01:00"),
        # already acceptable to the strict date-time rule: left as sent
        ("2024-01-15T15:30:00z", "2024-01-15T15:30:00z"),
        ("2024-01-15T15:30:00+0100", "2024-01-15T15:30:00+0100"),
        ("2024-01-15T15:30:00.5+01:00", "2024-01-15T15:30:00.5+01:00"),
    ],
)
def test_tolerant_normalises_timestamps(sent: str, normalised: str) -> None:
    payload = _status16(timestamp=sent)
    Validator("1.6").validate_request("StatusNotification", payload, tolerant=True)
    assert payload["timestamp"] == normalised


def test_tolerant_rejects_uninterpretable_timestamps() -> None:
    for bad in ("yesterday", "2024-02-30T10:00:00", "15/01/2024 10:00"):
        with pytest.raises(SchemaViolation) as info:
            Validator("1.6").validate_request(
                "StatusNotification", _status16(timestamp=bad), tolerant=True
            )
        assert (info.value.error_code, info.value.rule) == (PROP, "format")


def test_tolerant_boolean_strings() -> None:
    payload: dict[str, Any] = {"configurationKey": [{"key": "K", "readonly": "TRUE"}]}
    Validator("1.6").validate_response("GetConfiguration", payload, tolerant=True)
    assert payload["configurationKey"][0]["readonly"] is True


def test_strict_and_tolerant_do_not_share_state() -> None:
    v = Validator("1.6")
    v.validate_request("StatusNotification", _status16(status="CHARGING"), tolerant=True)
    with pytest.raises(SchemaViolation):
        v.validate_request("StatusNotification", _status16(status="CHARGING"))
    with pytest.raises(SchemaViolation):
        v.validate_request("BootNotification", _boot16(chargePointVendor="V" * 21))
