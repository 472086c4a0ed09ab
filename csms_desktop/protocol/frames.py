"""OCPP-J RPC framing: parse incoming frames, build outgoing ones, version-aware error codes.

Wire format (OCPP-J, all versions)::

    CALL             [2, "<uniqueId>", "<action>", {payload}]
    CALLRESULT       [3, "<uniqueId>", {payload}]
    CALLERROR        [4, "<uniqueId>", "<errorCode>", "<errorDescription>", {errorDetails}]
    CALLRESULTERROR  [5, "<uniqueId>", "<errorCode>", "<errorDescription>", {errorDetails}]  2.1
    SEND             [6, "<uniqueId>", "<action>", {payload}]                                2.1

Error codes per malformation (``kind`` is the semantic key of :func:`error_code_for`):

=====================================  ==========================  ===========================
malformation                           1.6                         2.0.1 / 2.1
=====================================  ==========================  ===========================
not UTF-8, not JSON, NaN/Infinity      FormationViolation          FormatViolation
not a list, empty list, type id not    FormationViolation          RpcFrameworkError
an integer, wrong element count,
unique id / action / error code /
description not a string, error
details not an object
unknown message type id                ProtocolError               MessageTypeNotSupported
CALL/CALLRESULT/SEND payload not an    FormationViolation          FormatViolation
object
=====================================  ==========================  ===========================

Rationale: OCPP-J 1.6 has no RpcFrameworkError / MessageTypeNotSupported. Its
FormationViolation is "syntactically incorrect or not conform the PDU structure", which
covers every structural defect of the frame; an unknown message type id is not a
defect of the PDU but of the RPC protocol itself, hence ProtocolError (the generic
protocol-level code, also what 2.x's MessageTypeNotSupported specialises). 2.0.1 part 4
defines RpcFrameworkError for "content of the call is not a valid RPC request, e.g. the
MessageId could not be read" and FormatViolation for "payload syntactically incorrect".

CALLRESULTERROR (5) and SEND (6) exist only in OCPP 2.1; for 1.6 and 2.0.1 they are
unknown message types. A receiver must never answer a CALLERROR, CALLRESULTERROR or
SEND with a CALLERROR: :attr:`FrameError.message_type_id` tells the dispatcher which
message type (if any) the broken frame claimed to be.

Leniency: a CALLERROR/CALLRESULTERROR whose errorDetails is ``null`` is accepted as
``{}`` and a ``null`` errorDescription as ``""`` (seen in the field; rejecting them would
lose the correlation with the pending CALL). Unique ids are not length-checked (the
spec says at most 36 characters; longer ones are still usable as correlation keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Final, TypeAlias

__all__ = [
    "CALL",
    "CALLERROR",
    "CALLRESULT",
    "CALLRESULTERROR",
    "ERROR_KINDS",
    "MAX_ERROR_DESCRIPTION",
    "SEND",
    "SUPPORTED_VERSIONS",
    "CallErrorFrame",
    "CallFrame",
    "CallResultErrorFrame",
    "CallResultFrame",
    "Frame",
    "FrameError",
    "FrameParser",
    "SendFrame",
    "call",
    "call_error",
    "call_result",
    "call_result_error",
    "error_code_for",
    "normalize_version",
    "parse_frame",
    "send",
]

CALL: Final = 2
CALLRESULT: Final = 3
CALLERROR: Final = 4
CALLRESULTERROR: Final = 5  # OCPP 2.1 only
SEND: Final = 6  # OCPP 2.1 only

#: Longest errorDescription we put on the wire (longer ones are cut, ending in "...").
MAX_ERROR_DESCRIPTION: Final = 255

SUPPORTED_VERSIONS: Final = ("1.6", "2.0.1", "2.1")

_VERSION_ALIASES: Final[dict[str, str]] = {
    "1.6": "1.6",
    "2.0.1": "2.0.1",
    "2.1": "2.1",
    "ocpp1.6": "1.6",
    "ocpp2.0.1": "2.0.1",
    "ocpp2.1": "2.1",
    # csms_desktop.domain.enums.OCPPVersion values
    "OCPP16": "1.6",
    "OCPP20": "2.0.1",
    "OCPP21": "2.1",
}


def normalize_version(version: str) -> str:
    """Return the canonical version ("1.6", "2.0.1", "2.1"); accepts the WebSocket
    subprotocol names ("ocpp1.6", ...) and the domain enum values ("OCPP16", ...)."""
    try:
        return _VERSION_ALIASES[str(version)]
    except KeyError:
        raise ValueError(f"unsupported OCPP version: {version!r}") from None


# ----------------------------------------------------------------------- error codes

_CODES_16: Final[dict[str, str]] = {
    "format": "FormationViolation",
    "type": "TypeConstraintViolation",
    "property": "PropertyConstraintViolation",
    "occurrence": "OccurenceConstraintViolation",  # sic: the 1.6 spelling has one "r"
    "not_implemented": "NotImplemented",
    "not_supported": "NotSupported",
    "internal": "InternalError",
    "protocol": "ProtocolError",
    "security": "SecurityError",
    "generic": "GenericError",
    # 2.x-only codes, mapped to their closest 1.6 equivalent
    "rpc_framework": "FormationViolation",
    "message_type_not_supported": "ProtocolError",
}

_CODES_2X: Final[dict[str, str]] = {
    "format": "FormatViolation",
    "type": "TypeConstraintViolation",
    "property": "PropertyConstraintViolation",
    "occurrence": "OccurrenceConstraintViolation",
    "not_implemented": "NotImplemented",
    "not_supported": "NotSupported",
    "internal": "InternalError",
    "protocol": "ProtocolError",
    "security": "SecurityError",
    "generic": "GenericError",
    "rpc_framework": "RpcFrameworkError",
    "message_type_not_supported": "MessageTypeNotSupported",
}

_CODES: Final[dict[str, dict[str, str]]] = {
    "1.6": _CODES_16,
    "2.0.1": _CODES_2X,
    "2.1": _CODES_2X,
}

#: Semantic error kinds accepted by :func:`error_code_for`.
ERROR_KINDS: Final = frozenset(_CODES_2X)


def error_code_for(version: str, kind: str) -> str:
    """Map a semantic error kind to the version's CallError code name.

    Kinds: "format", "type", "property", "occurrence", "not_implemented",
    "not_supported", "internal", "protocol", "security", "generic", plus the
    2.x-specific "rpc_framework" and "message_type_not_supported" (1.6:
    FormationViolation and ProtocolError). Raises ValueError for an unknown kind or version.
    """
    table = _CODES[normalize_version(version)]
    try:
        return table[kind]
    except KeyError:
        raise ValueError(f"unknown error kind: {kind!r}") from None


# ----------------------------------------------------------------------- frames


@dataclass(frozen=True, slots=True)
class CallFrame:
    unique_id: str
    action: str
    payload: dict[str, Any]
    message_type_id: ClassVar[int] = CALL


@dataclass(frozen=True, slots=True)
class CallResultFrame:
    unique_id: str
    payload: dict[str, Any]
    message_type_id: ClassVar[int] = CALLRESULT


@dataclass(frozen=True, slots=True)
class CallErrorFrame:
    unique_id: str
    error_code: str
    error_description: str
    error_details: dict[str, Any]
    message_type_id: ClassVar[int] = CALLERROR


@dataclass(frozen=True, slots=True)
class CallResultErrorFrame:
    """OCPP 2.1: the peer could not process our CALLRESULT. Never answered."""

    unique_id: str
    error_code: str
    error_description: str
    error_details: dict[str, Any]
    message_type_id: ClassVar[int] = CALLRESULTERROR


@dataclass(frozen=True, slots=True)
class SendFrame:
    """OCPP 2.1: unconfirmed message (e.g. NotifyPeriodicEventStream). Never answered."""

    unique_id: str
    action: str
    payload: dict[str, Any]
    message_type_id: ClassVar[int] = SEND


Frame: TypeAlias = CallFrame | CallResultFrame | CallErrorFrame | CallResultErrorFrame | SendFrame


class FrameError(Exception):
    """A frame that cannot be interpreted.

    ``error_code`` is the version's CallError code; ``unique_id`` is set when the frame is
    a list whose second element is a string; ``message_type_id`` is the integer message
    type the frame claimed (None if unreadable) — do not answer when it is 4, 5 or 6.
    """

    def __init__(
        self,
        kind: str,
        description: str,
        *,
        version: str,
        unique_id: str | None = None,
        message_type_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.kind = kind
        self.version = normalize_version(version)
        self.error_code = error_code_for(self.version, kind)
        self.description = description
        self.unique_id = unique_id
        self.message_type_id = message_type_id

    def __repr__(self) -> str:
        return (
            f"FrameError(error_code={self.error_code!r}, unique_id={self.unique_id!r}, "
            f"description={self.description!r})"
        )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


# One reusable decoder (json.loads(..., parse_constant=...) would build one per call).
_DECODER: Final = json.JSONDecoder(parse_constant=_reject_constant)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


_EXPECTED_LENGTH: Final[dict[int, int]] = {
    CALL: 4,
    CALLRESULT: 3,
    CALLERROR: 5,
    CALLRESULTERROR: 5,
    SEND: 4,
}

_NAMES: Final[dict[int, str]] = {
    CALL: "CALL",
    CALLRESULT: "CALLRESULT",
    CALLERROR: "CALLERROR",
    CALLRESULTERROR: "CALLRESULTERROR",
    SEND: "SEND",
}


class FrameParser:
    """Parser bound to one OCPP version (which decides the error code names and whether
    the 2.1 message types CALLRESULTERROR/SEND are accepted)."""

    __slots__ = ("_types", "version")

    def __init__(self, version: str) -> None:
        self.version = normalize_version(version)
        self._types: frozenset[int] = (
            frozenset({CALL, CALLRESULT, CALLERROR, CALLRESULTERROR, SEND})
            if self.version == "2.1"
            else frozenset({CALL, CALLRESULT, CALLERROR})
        )

    def _error(
        self, kind: str, description: str, uid: str | None = None, mtype: int | None = None
    ) -> FrameError:
        return FrameError(
            kind, description, version=self.version, unique_id=uid, message_type_id=mtype
        )

    def parse(self, raw: str | bytes | bytearray) -> Frame:
        """Parse one OCPP-J frame; raise :class:`FrameError` when it is malformed."""
        if isinstance(raw, bytes | bytearray):
            try:
                text = bytes(raw).decode("utf-8")
            except UnicodeDecodeError as exc:
                raise self._error("format", f"message is not valid UTF-8: {exc.reason}") from None
        else:
            text = raw
        try:
            msg = _DECODER.decode(text)
        except (ValueError, RecursionError) as exc:
            # JSONDecodeError is a ValueError; RecursionError: absurdly deep nesting.
            raise self._error("format", f"message is not valid JSON: {exc}") from None
        if "\\u" in text and _has_lone_surrogate(msg):
            # "\ud800" is valid JSON but no Unicode text: it cannot be stored, compared
            # or encoded as UTF-8, so the frame is refused as a whole (its id if legible)
            legible = isinstance(msg, list) and len(msg) > 1 and isinstance(msg[1], str) \
                and not _has_lone_surrogate(msg[1])
            claimed = msg[0] if isinstance(msg, list) and msg and isinstance(msg[0], int) \
                else None
            raise self._error("format", "message contains a lone UTF-16 surrogate (\\uD800-"
                              "\\uDFFF): not Unicode text", msg[1] if legible else None,
                              claimed)

        if not isinstance(msg, list):
            raise self._error(
                "rpc_framework", f"message must be a JSON array, got {_type_name(msg)}"
            )
        if not msg:
            raise self._error("rpc_framework", "message is an empty array")

        uid: str | None = msg[1] if len(msg) > 1 and isinstance(msg[1], str) else None
        mtype = msg[0]
        if not isinstance(mtype, int) or isinstance(mtype, bool):
            raise self._error(
                "rpc_framework",
                f"MessageTypeId must be an integer, got {_type_name(mtype)}",
                uid,
            )
        if mtype not in self._types:
            raise self._error(
                "message_type_not_supported",
                f"MessageTypeId {mtype} is not supported in OCPP {self.version}",
                uid,
                mtype,
            )
        name = _NAMES[mtype]
        expected = _EXPECTED_LENGTH[mtype]
        if len(msg) != expected:
            raise self._error(
                "rpc_framework",
                f"{name} must have {expected} elements, got {len(msg)}",
                uid,
                mtype,
            )
        if uid is None:
            raise self._error(
                "rpc_framework",
                f"UniqueId must be a string, got {_type_name(msg[1])}",
                None,
                mtype,
            )

        if mtype in (CALL, SEND):
            action, payload = msg[2], msg[3]
            if not isinstance(action, str):
                raise self._error(
                    "rpc_framework",
                    f"{name} action must be a string, got {_type_name(action)}",
                    uid,
                    mtype,
                )
            if not isinstance(payload, dict):
                raise self._error(
                    "format",
                    f"{name} payload must be a JSON object, got {_type_name(payload)}",
                    uid,
                    mtype,
                )
            if mtype == CALL:
                return CallFrame(uid, action, payload)
            return SendFrame(uid, action, payload)

        if mtype == CALLRESULT:
            payload = msg[2]
            if not isinstance(payload, dict):
                raise self._error(
                    "format",
                    f"CALLRESULT payload must be a JSON object, got {_type_name(payload)}",
                    uid,
                    mtype,
                )
            return CallResultFrame(uid, payload)

        # CALLERROR / CALLRESULTERROR
        code, description, details = msg[2], msg[3], msg[4]
        if not isinstance(code, str):
            raise self._error(
                "rpc_framework",
                f"{name} errorCode must be a string, got {_type_name(code)}",
                uid,
                mtype,
            )
        if description is None:
            description = ""
        elif not isinstance(description, str):
            raise self._error(
                "rpc_framework",
                f"{name} errorDescription must be a string, got {_type_name(description)}",
                uid,
                mtype,
            )
        if details is None:
            details = {}
        elif not isinstance(details, dict):
            raise self._error(
                "rpc_framework",
                f"{name} errorDetails must be a JSON object, got {_type_name(details)}",
                uid,
                mtype,
            )
        if mtype == CALLERROR:
            return CallErrorFrame(uid, code, description, details)
        return CallResultErrorFrame(uid, code, description, details)


def _has_lone_surrogate(value: Any) -> bool:
    """Whether any string in ``value`` (keys included) holds a lone surrogate."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    return False


_PARSERS: Final[dict[str, FrameParser]] = {v: FrameParser(v) for v in SUPPORTED_VERSIONS}


def parse_frame(raw: str | bytes | bytearray, version: str = "1.6") -> Frame:
    """Parse one OCPP-J frame for ``version`` ("1.6", "2.0.1", "2.1" or a subprotocol
    name); raise :class:`FrameError` carrying that version's error code."""
    return _PARSERS[normalize_version(version)].parse(raw)


# ----------------------------------------------------------------------- builders


def _encode_default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


# One reusable encoder: compact separators, UTF-8 text kept as is, NaN/Infinity refused
# (they are not JSON), Decimal accepted.
_ENCODER: Final = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_encode_default
)


def _truncate(description: str) -> str:
    if len(description) <= MAX_ERROR_DESCRIPTION:
        return description
    return description[: MAX_ERROR_DESCRIPTION - 3] + "..."


def call(unique_id: str, action: str, payload: dict[str, Any]) -> str:
    """``[2,"<id>","<action>",{payload}]``"""
    return _ENCODER.encode([CALL, unique_id, action, payload])


def encode_payload(payload: dict[str, Any]) -> str:
    return _ENCODER.encode(payload)


def call_prepared(unique_id: str, action: str, payload_text: str) -> str:
    """A CALL whose payload is already JSON text (``encode_payload``)."""
    return "[" + _ENCODER.encode(CALL) + "," + _ENCODER.encode(unique_id) + "," + \
        _ENCODER.encode(action) + "," + payload_text + "]"


def call_result(unique_id: str, payload: dict[str, Any]) -> str:
    """``[3,"<id>",{payload}]``"""
    return _ENCODER.encode([CALLRESULT, unique_id, payload])


def call_error(
    unique_id: str, code: str, description: str, details: dict[str, Any] | None = None
) -> str:
    """``[4,"<id>","<code>","<description>",{details}]`` (description cut to
    :data:`MAX_ERROR_DESCRIPTION` characters, details ``{}`` when None)."""
    return _ENCODER.encode(
        [CALLERROR, unique_id, code, _truncate(description), {} if details is None else details]
    )


def call_result_error(
    unique_id: str, code: str, description: str, details: dict[str, Any] | None = None
) -> str:
    """OCPP 2.1 only: ``[5,"<id>","<code>","<description>",{details}]``."""
    return _ENCODER.encode(
        [
            CALLRESULTERROR,
            unique_id,
            code,
            _truncate(description),
            {} if details is None else details,
        ]
    )


def send(unique_id: str, action: str, payload: dict[str, Any]) -> str:
    """OCPP 2.1 only: ``[6,"<id>","<action>",{payload}]``."""
    return _ENCODER.encode([SEND, unique_id, action, payload])
