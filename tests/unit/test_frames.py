"""OCPP-J framing: parsing, malformed frames and their version-specific error codes, builders."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from csms_desktop.protocol.frames import (
    MAX_ERROR_DESCRIPTION,
    CallErrorFrame,
    CallFrame,
    CallResultErrorFrame,
    CallResultFrame,
    FrameError,
    FrameParser,
    SendFrame,
    call,
    call_error,
    call_result,
    call_result_error,
    error_code_for,
    normalize_version,
    parse_frame,
    send,
)
from csms_desktop.protocol.validation import Validator

VERSIONS = ("1.6", "2.0.1", "2.1")

SEED_METER_VALUES = (
    '[2,"meter-001","MeterValues",{"connectorId":1,"transactionId":12345,"meterValue":'
    '[{"timestamp":"2024-01-15T15:30:00Z","sampledValue":[{"value":"15000","measurand":'
    '"Energy.Active.Import.Register","unit":"Wh"}]}]}]'
)


# ----------------------------------------------------------------------- valid frames


def test_seed_meter_values_frame_parses_and_validates() -> None:
    frame = parse_frame(SEED_METER_VALUES, "1.6")
    assert frame == CallFrame(
        "meter-001",
        "MeterValues",
        {
            "connectorId": 1,
            "transactionId": 12345,
            "meterValue": [
                {
                    "timestamp": "2024-01-15T15:30:00Z",
                    "sampledValue": [
                        {
                            "value": "15000",
                            "measurand": "Energy.Active.Import.Register",
                            "unit": "Wh",
                        }
                    ],
                }
            ],
        },
    )
    assert isinstance(frame, CallFrame)
    validator = Validator("1.6")
    assert validator.knows(frame.action)
    assert validator.validate_request(frame.action, frame.payload) is frame.payload


@pytest.mark.parametrize("version", VERSIONS)
def test_parses_call_result_and_error(version: str) -> None:
    assert parse_frame('[2,"a","Heartbeat",{}]', version) == CallFrame("a", "Heartbeat", {})
    assert parse_frame('[3,"b",{"currentTime":"x"}]', version) == CallResultFrame(
        "b", {"currentTime": "x"}
    )
    assert parse_frame('[4,"c","GenericError","boom",{"k":1}]', version) == CallErrorFrame(
        "c", "GenericError", "boom", {"k": 1}
    )


def test_bytes_and_whitespace_and_unicode() -> None:
    raw = ' [2, "é-1", "DataTransfer", {"vendorId": "Ação"}] \n'.encode()
    frame = parse_frame(raw, "2.0.1")
    assert frame == CallFrame("é-1", "DataTransfer", {"vendorId": "Ação"})
    assert parse_frame(bytearray(b'[3,"x",{}]')) == CallResultFrame("x", {})


def test_message_type_ids() -> None:
    assert CallFrame.message_type_id == 2
    assert CallResultFrame.message_type_id == 3
    assert CallErrorFrame.message_type_id == 4
    assert CallResultErrorFrame.message_type_id == 5
    assert SendFrame.message_type_id == 6


def test_call_error_with_null_details_and_description_is_accepted() -> None:
    assert parse_frame('[4,"c","InternalError",null,null]', "1.6") == CallErrorFrame(
        "c", "InternalError", "", {}
    )


def test_frames_are_frozen() -> None:
    frame = parse_frame('[2,"a","Heartbeat",{}]')
    with pytest.raises(AttributeError):
        frame.unique_id = "b"  # type: ignore[misc]


def test_ocpp21_send_and_callresulterror() -> None:
    assert parse_frame('[6,"s1","NotifyPeriodicEventStream",{"id":1}]', "2.1") == SendFrame(
        "s1", "NotifyPeriodicEventStream", {"id": 1}
    )
    assert parse_frame('[5,"r1","FormatViolation","bad",{}]', "2.1") == CallResultErrorFrame(
        "r1", "FormatViolation", "bad", {}
    )


def test_parser_class_and_default_version() -> None:
    parser = FrameParser("ocpp2.0.1")
    assert parser.version == "2.0.1"
    with pytest.raises(FrameError) as info:
        parser.parse("nope")
    assert info.value.error_code == "FormatViolation"
    with pytest.raises(FrameError) as info:
        parse_frame("nope")  # default version is 1.6
    assert info.value.error_code == "FormationViolation"


# ----------------------------------------------------------------------- malformed frames

F16, F2X = "FormationViolation", "FormatViolation"
RPC16, RPC2X = "FormationViolation", "RpcFrameworkError"
MT16, MT2X = "ProtocolError", "MessageTypeNotSupported"

# raw, 1.6 code, 2.0.1 code, 2.1 code, unique id, message type id
MALFORMED: list[tuple[str | bytes, str, str, str, str | None, int | None]] = [
    ("not json", F16, F2X, F2X, None, None),
    ('[2,"id","Heartbeat",{}', F16, F2X, F2X, None, None),
    ("", F16, F2X, F2X, None, None),
    (b"\xff\xfe[2]", F16, F2X, F2X, None, None),
    (b'[2,"\xc3(","Heartbeat",{}]', F16, F2X, F2X, None, None),
    ('[2,"id","Heartbeat",{"v":NaN}]', F16, F2X, F2X, None, None),
    ('[2,"id","Heartbeat",{"v":Infinity}]', F16, F2X, F2X, None, None),
    ('{"a":1}', RPC16, RPC2X, RPC2X, None, None),
    ('"text"', RPC16, RPC2X, RPC2X, None, None),
    ("42", RPC16, RPC2X, RPC2X, None, None),
    ("null", RPC16, RPC2X, RPC2X, None, None),
    ("[]", RPC16, RPC2X, RPC2X, None, None),
    ('["2","id","Heartbeat",{}]', RPC16, RPC2X, RPC2X, "id", None),
    ('[2.0,"id","Heartbeat",{}]', RPC16, RPC2X, RPC2X, "id", None),
    ('[true,"id","Heartbeat",{}]', RPC16, RPC2X, RPC2X, "id", None),
    ('[null,"id"]', RPC16, RPC2X, RPC2X, "id", None),
    ('[9,"id",{}]', MT16, MT2X, MT2X, "id", 9),
    ('[1,"id","Heartbeat",{}]', MT16, MT2X, MT2X, "id", 1),
    ("[7]", MT16, MT2X, MT2X, None, 7),
    ('[5,"id","GenericError","",{}]', MT16, MT2X, "parsed", "id", 5),
    ('[6,"id","NotifyPeriodicEventStream",{}]', MT16, MT2X, "parsed", "id", 6),
    ("[2]", RPC16, RPC2X, RPC2X, None, 2),
    ('[2,"id"]', RPC16, RPC2X, RPC2X, "id", 2),
    ('[2,"id","Heartbeat"]', RPC16, RPC2X, RPC2X, "id", 2),
    ('[2,"id","Heartbeat",{},{}]', RPC16, RPC2X, RPC2X, "id", 2),
    ('[3,"id"]', RPC16, RPC2X, RPC2X, "id", 3),
    ('[3,"id",{},1]', RPC16, RPC2X, RPC2X, "id", 3),
    ('[4,"id","GenericError","x"]', RPC16, RPC2X, RPC2X, "id", 4),
    ('[2,123,"Heartbeat",{}]', RPC16, RPC2X, RPC2X, None, 2),
    ('[2,null,"Heartbeat",{}]', RPC16, RPC2X, RPC2X, None, 2),
    ('[3,["id"],{}]', RPC16, RPC2X, RPC2X, None, 3),
    ('[2,"id",5,{}]', RPC16, RPC2X, RPC2X, "id", 2),
    ('[2,"id",null,{}]', RPC16, RPC2X, RPC2X, "id", 2),
    ('[2,"id","Heartbeat",[]]', F16, F2X, F2X, "id", 2),
    ('[2,"id","Heartbeat",null]', F16, F2X, F2X, "id", 2),
    ('[2,"id","Heartbeat","{}"]', F16, F2X, F2X, "id", 2),
    ('[3,"id","ok"]', F16, F2X, F2X, "id", 3),
    ('[3,"id",[1]]', F16, F2X, F2X, "id", 3),
    ('[4,"id",1,"d",{}]', RPC16, RPC2X, RPC2X, "id", 4),
    ('[4,"id","GenericError",5,{}]', RPC16, RPC2X, RPC2X, "id", 4),
    ('[4,"id","GenericError","d",[]]', RPC16, RPC2X, RPC2X, "id", 4),
    ('[4,"id","GenericError","d","details"]', RPC16, RPC2X, RPC2X, "id", 4),
]


@pytest.mark.parametrize(
    ("raw", "code16", "code201", "code21", "uid", "mtype"),
    MALFORMED,
    ids=[repr(case[0])[:40] for case in MALFORMED],
)
def test_malformed_frames(
    raw: str | bytes, code16: str, code201: str, code21: str, uid: str | None, mtype: int | None
) -> None:
    for version, code in (("1.6", code16), ("2.0.1", code201), ("2.1", code21)):
        if code == "parsed":
            parse_frame(raw, version)
            continue
        with pytest.raises(FrameError) as info:
            parse_frame(raw, version)
        err = info.value
        assert err.error_code == code, (version, err.description)
        assert err.unique_id == uid
        assert err.message_type_id == mtype
        assert err.version == version
        assert err.description
        assert str(err) == err.description


def test_frame_error_attributes() -> None:
    with pytest.raises(FrameError) as info:
        parse_frame('[2,"abc",{},{}]', "2.1")
    err = info.value
    assert (err.kind, err.error_code, err.unique_id) == (
        "rpc_framework",
        "RpcFrameworkError",
        "abc",
    )
    assert "action" in err.description
    assert "RpcFrameworkError" in repr(err)
    direct = FrameError("format", "x", version="ocpp1.6", unique_id="u")
    assert (direct.error_code, direct.unique_id, direct.version) == (
        "FormationViolation",
        "u",
        "1.6",
    )


# ----------------------------------------------------------------------- error codes

EXPECTED_CODES = {
    "format": ("FormationViolation", "FormatViolation"),
    "type": ("TypeConstraintViolation", "TypeConstraintViolation"),
    "property": ("PropertyConstraintViolation", "PropertyConstraintViolation"),
    "occurrence": ("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    "not_implemented": ("NotImplemented", "NotImplemented"),
    "not_supported": ("NotSupported", "NotSupported"),
    "internal": ("InternalError", "InternalError"),
    "protocol": ("ProtocolError", "ProtocolError"),
    "security": ("SecurityError", "SecurityError"),
    "generic": ("GenericError", "GenericError"),
    "rpc_framework": ("FormationViolation", "RpcFrameworkError"),
    "message_type_not_supported": ("ProtocolError", "MessageTypeNotSupported"),
}

CODES_16 = {
    "NotImplemented", "NotSupported", "InternalError", "ProtocolError", "SecurityError",
    "FormationViolation", "PropertyConstraintViolation", "OccurenceConstraintViolation",
    "TypeConstraintViolation", "GenericError",
}  # fmt: skip
CODES_2X = {
    "FormatViolation", "GenericError", "InternalError", "MessageTypeNotSupported",
    "NotImplemented", "NotSupported", "OccurrenceConstraintViolation",
    "PropertyConstraintViolation", "ProtocolError", "RpcFrameworkError", "SecurityError",
    "TypeConstraintViolation",
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(EXPECTED_CODES))
def test_error_code_for(kind: str) -> None:
    code16, code2x = EXPECTED_CODES[kind]
    assert error_code_for("1.6", kind) == code16
    assert error_code_for("2.0.1", kind) == code2x
    assert error_code_for("2.1", kind) == code2x
    assert error_code_for("ocpp2.0.1", kind) == code2x
    assert code16 in CODES_16
    assert code2x in CODES_2X


def test_error_code_for_rejects_unknown() -> None:
    with pytest.raises(ValueError):
        error_code_for("1.6", "nonsense")
    with pytest.raises(ValueError):
        error_code_for("1.5", "format")


def test_normalize_version() -> None:
    assert normalize_version("ocpp1.6") == "1.6"
    assert normalize_version("OCPP20") == "2.0.1"
    assert normalize_version("2.1") == "2.1"
    with pytest.raises(ValueError):
        normalize_version("2.0")


# ----------------------------------------------------------------------- builders


def test_builders_exact_text() -> None:
    assert call("42", "Reset", {"type": "Soft"}) == '[2,"42","Reset",{"type":"Soft"}]'
    assert call_result("42", {"status": "Accepted"}) == '[3,"42",{"status":"Accepted"}]'
    assert call_error("42", "NotImplemented", "nope") == '[4,"42","NotImplemented","nope",{}]'
    assert (
        call_error("42", "GenericError", "x", {"cause": "y"})
        == '[4,"42","GenericError","x",{"cause":"y"}]'
    )
    assert call_result_error("9", "GenericError", "x") == '[5,"9","GenericError","x",{}]'
    assert send("9", "NotifyPeriodicEventStream", {}) == '[6,"9","NotifyPeriodicEventStream",{}]'


def test_builders_keep_unicode_and_encode_decimal() -> None:
    text = call_result("ü", {"info": "São Paulo €", "limit": Decimal("21.4"), "n": Decimal("3")})
    assert text == '[3,"ü",{"info":"São Paulo €","limit":21.4,"n":3}]'


def test_builders_refuse_nan() -> None:
    with pytest.raises(ValueError):
        call_result("x", {"v": float("nan")})


def test_call_error_truncates_description() -> None:
    text = call_error("x", "InternalError", "é" * 1000)
    description = json.loads(text)[3]
    assert len(description) == MAX_ERROR_DESCRIPTION
    assert description.endswith("...")
    short = "short"
    assert json.loads(call_error("x", "InternalError", short))[3] == short


@pytest.mark.parametrize("version", VERSIONS)
def test_builders_round_trip(version: str) -> None:
    payload = {"a": [1, 2.5, None, True], "b": {"c": "ç"}}
    assert parse_frame(call("u", "DataTransfer", payload), version) == CallFrame(
        "u", "DataTransfer", payload
    )
    assert parse_frame(call_result("u", payload), version) == CallResultFrame("u", payload)
    assert parse_frame(call_error("u", "GenericError", "d"), version) == CallErrorFrame(
        "u", "GenericError", "d", {}
    )
