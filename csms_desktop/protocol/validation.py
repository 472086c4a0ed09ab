"""Fast OCPP payload validation against the ocpp library's own JSON schemas.

The schemas are the files shipped in the ``ocpp`` package (``ocpp/v16/schemas``,
``ocpp/v201/schemas``, ``ocpp/v21/schemas``), found through :mod:`importlib.resources`
and named as ``ocpp.messages.get_validator`` names them: 1.6 ``<Action>.json`` /
``<Action>Response.json``; 2.0.1 and 2.1 ``<Action>Request.json`` /
``<Action>Response.json``. They are read as ``utf-8-sig`` (some 2.0.1 releases carry a
BOM) and compiled with fastjsonschema to plain Python code — lazily, once per process
for each (version, action, request|response, strict|tolerant), shared by every
:class:`Validator`. Validation is about 18-27x faster than the library's jsonschema
Draft4Validator (measured by ``bench/bench_validation.py``).

Semantics, strict mode
    * Each schema is checked under the draft its ``$schema`` declares (1.6 core: draft-04,
      so ``1.0`` is not an integer; 1.6 security extension, 2.0.1, 2.1: draft-06, where
      ``1.0`` is an integer).
    * ``format`` is checked (the library does not check it): ``date-time`` must be RFC 3339
      *with* an offset, e.g. ``2024-01-15T15:30:00Z``.
    * ``default`` values are never injected: a missing ``unit`` (2.x UnitOfMeasureType,
      default "Wh") stays absent; handlers apply the spec default.
    * ``multipleOf: 0.1`` (1.6 SetChargingProfile / RemoteStartTransaction requests and the
      GetCompositeSchedule response: ``limit``, ``minChargingRate``): fastjsonschema checks
      it as ``Decimal(repr(value)) / Decimal("0.1")``, i.e. on the shortest decimal text of
      the float, which is what was on the wire. So 21.4 passes (jsonschema, which the
      library works around by reparsing with Decimal, computes 21.4 / 0.1 =
      213.99999999999997 and fails) and 4.11 fails with PropertyConstraintViolation.
      Payloads must be JSON-decoded values (float, not Decimal) for this check.

Semantics, tolerant mode (per-charger setting for buggy firmware)
    The relaxed schema variant drops ``maxLength`` (long vendor strings accepted) and
    ``multipleOf``. If the payload still fails on a fixable rule (type, enum,
    additionalProperties, format), the payload is repaired **in place** and validated once
    more; the repaired payload is returned:

    * enum values matched case-insensitively and rewritten to the canonical spelling
      ("CHARGING" -> "Charging");
    * undeclared properties of closed objects removed (ignored);
    * ``null`` for an optional property, or ``""`` for an optional enum property (e.g.
      ``"unit": ""``), removed: treated as absent;
    * integer fields: integer-looking strings ("1") and integral floats (1.0) -> int;
      number fields: numeric strings -> int/float; plain string fields (no enum, no
      format): numbers -> their decimal text (1.6 ``sampledValue.value: 15000``);
      boolean fields: "true"/"false" (any case) -> bool;
    * date-time without offset is taken as UTC and completed with "Z"; a space instead of
      "T", "+hhmm" and "+hh" offsets are normalised.

    Still rejected: missing required fields, values of uncoercible type (an object where
    an integer is needed), unknown enum values, out-of-range numbers, bad dates, too many
    or too few array items. When a repaired payload is still rejected, the repairs done so
    far stay in the payload.

Error codes (see :func:`csms_desktop.protocol.frames.error_code_for`)
    type -> TypeConstraintViolation; required, minItems, maxItems -> OccurenceConstraint-
    Violation (1.6) / OccurrenceConstraintViolation (2.x); additionalProperties ->
    FormationViolation (1.6) / FormatViolation (2.x); enum, maxLength, pattern, format,
    minimum, maximum, multipleOf and every other value rule -> PropertyConstraintViolation;
    no schema for the action -> NotImplemented.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Final

import fastjsonschema
from fastjsonschema.draft04 import CodeGeneratorDraft04

from csms_desktop.protocol.frames import error_code_for, normalize_version

__all__ = ["SchemaViolation", "Validator", "known_actions"]

_KIND_REQUEST: Final = "request"
INT32_MIN: Final = -(2**31)
INT32_MAX: Final = 2**31 - 1
_KIND_RESPONSE: Final = "response"


class SchemaViolation(Exception):
    """A payload that does not satisfy its schema.

    ``error_code``: the version's CallError code; ``description``: human text naming the
    field; ``path``: the offending field, e.g. ``meterValue[0].sampledValue[2].unit`` (""
    = the payload itself); ``rule``: the schema keyword that failed (``type``,
    ``required``, ``enum``, ...; ``"action"`` when there is no schema for the action).
    """

    def __init__(self, error_code: str, description: str, path: str = "", rule: str = "") -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.path = path
        self.rule = rule

    def __repr__(self) -> str:
        return (
            f"SchemaViolation(error_code={self.error_code!r}, path={self.path!r}, "
            f"description={self.description!r})"
        )


# ----------------------------------------------------------------------- schema files

_SCHEMA_DIRS: Final[dict[str, str]] = {"1.6": "v16", "2.0.1": "v201", "2.1": "v21"}


@dataclass(frozen=True, slots=True)
class _SchemaSet:
    directory: Traversable
    requests: frozenset[str]
    responses: frozenset[str]

    def filename(self, action: str, kind: str, version: str) -> str:
        if kind == _KIND_RESPONSE:
            return f"{action}Response.json"
        return f"{action}.json" if version == "1.6" else f"{action}Request.json"


_SETS: dict[str, _SchemaSet] = {}
_LOCK: Final = threading.Lock()


def _schema_set(version: str) -> _SchemaSet:
    found = _SETS.get(version)
    if found is not None:
        return found
    directory = resources.files("ocpp").joinpath(_SCHEMA_DIRS[version]).joinpath("schemas")
    names = [entry.name for entry in directory.iterdir() if entry.name.endswith(".json")]
    responses = frozenset(n[: -len("Response.json")] for n in names if n.endswith("Response.json"))
    if version == "1.6":
        requests = frozenset(n[: -len(".json")] for n in names if not n.endswith("Response.json"))
    else:
        requests = frozenset(n[: -len("Request.json")] for n in names if n.endswith("Request.json"))
    found = _SchemaSet(directory, requests, responses)
    _SETS[version] = found
    return found


def known_actions(version: str, kind: str = _KIND_REQUEST) -> frozenset[str]:
    """Actions with a request (``kind="request"``) or response schema in ``version``."""
    schemas = _schema_set(normalize_version(version))
    return schemas.requests if kind == _KIND_REQUEST else schemas.responses


# ----------------------------------------------------------------------- schema transforms

_SCHEMA_MAPS: Final = ("properties", "definitions", "patternProperties")
_SCHEMA_LISTS: Final = ("allOf", "anyOf", "oneOf")
_SCHEMA_SINGLE: Final = ("not", "additionalProperties", "additionalItems", "items")
_TOLERANT_DROP: Final = frozenset({"maxLength", "multipleOf"})


def _relax(node: Any) -> Any:
    """Copy of a schema without the keywords tolerant mode ignores (walks schema
    positions only, so a *property* called "maxLength" would survive)."""
    if isinstance(node, list):
        return [_relax(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _TOLERANT_DROP:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _relax(sub) for name, sub in value.items()}
        elif (key in _SCHEMA_LISTS and isinstance(value, list)) or key in _SCHEMA_SINGLE:
            out[key] = _relax(value)
        else:
            out[key] = value
    return out


def _resolve_ref(root: dict[str, Any], ref: str) -> Any:
    """Resolve a document-local ``$ref`` ("#/definitions/X" or "<$id>#/definitions/X")."""
    _, _, fragment = ref.partition("#")
    node: Any = root
    for token in fragment.split("/"):
        if not token:
            continue
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


# ----------------------------------------------------------------------- tolerant repairs

_INT_RE: Final = re.compile(r"[+-]?[0-9]+")  # [0-9], not \d: no non-ASCII digits
_NUM_RE: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# The strict date-time rule fastjsonschema applies (RFC 3339 with calendar-valid dates).
_STRICT_DATETIME_RE: Final = re.compile(CodeGeneratorDraft04.FORMAT_REGEXS["date-time"])
_LOOSE_DATETIME_RE: Final = re.compile(
    r"(\d{4}-\d\d-\d\d)[Tt ](\d\d:\d\d:\d\d(?:\.\d+)?)"
    r"(?:(?P<z>[Zz])|(?P<sign>[+-])(?P<hh>\d\d)(?::?(?P<mm>\d\d))?)?"
)


class _Plan:
    """Repair step for one schema position; returns the (possibly replaced) value."""

    __slots__ = ()

    def fix(self, value: Any) -> Any:
        return value


class _ObjectPlan(_Plan):
    __slots__ = ("closed", "props", "required")

    def __init__(self) -> None:
        self.props: dict[str, _Plan | None] = {}
        self.required: frozenset[str] = frozenset()
        self.closed = False

    def fix(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        props = self.props
        for key in list(value):
            if key not in props:
                if self.closed:
                    del value[key]
                continue
            item = value[key]
            plan = props[key]
            if (item is None or (item == "" and isinstance(plan, _EnumPlan))) and (
                key not in self.required
            ):
                # null, or "" for an enum ("unit": ""), on an optional field: absent.
                del value[key]
                continue
            if plan is not None:
                fixed = plan.fix(item)
                if fixed is not item:
                    value[key] = fixed
        return value


class _ArrayPlan(_Plan):
    __slots__ = ("item",)

    def __init__(self, item: _Plan) -> None:
        self.item = item

    def fix(self, value: Any) -> Any:
        if isinstance(value, list):
            fix = self.item.fix
            for index, item in enumerate(value):
                fixed = fix(item)
                if fixed is not item:
                    value[index] = fixed
        return value


class _EnumPlan(_Plan):
    __slots__ = ("canonical", "folded")

    def __init__(self, values: Iterable[str]) -> None:
        self.canonical = frozenset(values)
        self.folded = {v.lower(): v for v in self.canonical}

    def fix(self, value: Any) -> Any:
        if isinstance(value, str) and value not in self.canonical:
            return self.folded.get(value.lower(), value)
        return value


class _IntegerPlan(_Plan):
    __slots__ = ()

    def fix(self, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            if _INT_RE.fullmatch(text):
                return int(text)
        elif isinstance(value, float) and value.is_integer():
            return int(value)
        return value


class _NumberPlan(_Plan):
    __slots__ = ()

    def fix(self, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            if _INT_RE.fullmatch(text):
                return int(text)
            if _NUM_RE.fullmatch(text):
                number = float(text)
                if number not in (float("inf"), float("-inf")):
                    return number
        return value


class _StringPlan(_Plan):
    __slots__ = ()

    def fix(self, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value


class _BooleanPlan(_Plan):
    __slots__ = ()

    def fix(self, value: Any) -> Any:
        if isinstance(value, str):
            folded = value.strip().lower()
            if folded == "true":
                return True
            if folded == "false":
                return False
        return value


class _DateTimePlan(_Plan):
    __slots__ = ()

    def fix(self, value: Any) -> Any:
        if not isinstance(value, str) or _STRICT_DATETIME_RE.match(value):
            return value
        match = _LOOSE_DATETIME_RE.fullmatch(value.strip())
        if match is None:
            return value
        sign = match["sign"]
        offset = f"{sign}{match['hh']}:{match['mm'] or '00'}" if sign else "Z"
        return f"{match[1]}T{match[2]}{offset}"


_INTEGER_PLAN: Final = _IntegerPlan()
_NUMBER_PLAN: Final = _NumberPlan()
_STRING_PLAN: Final = _StringPlan()
_BOOLEAN_PLAN: Final = _BooleanPlan()
_DATETIME_PLAN: Final = _DateTimePlan()


def _build_plan(root: dict[str, Any]) -> _Plan | None:
    """Derive the tolerant-mode repair plan from a (relaxed) schema."""
    memo: dict[int, _Plan | None] = {}

    def build(node: Any) -> _Plan | None:
        hops = 0
        while isinstance(node, dict) and "$ref" in node and hops < 64:
            node = _resolve_ref(root, node["$ref"])
            hops += 1
        if not isinstance(node, dict):
            return None
        key = id(node)
        if key in memo:
            return memo[key]
        kind = node.get("type")
        enum = node.get("enum")
        plan: _Plan | None
        if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
            plan = _EnumPlan(enum)
        elif kind == "object" or "properties" in node:
            obj = _ObjectPlan()
            memo[key] = obj  # before recursing: recursive definitions terminate
            obj.props = {name: build(sub) for name, sub in node.get("properties", {}).items()}
            obj.required = frozenset(node.get("required", ()))
            obj.closed = node.get("additionalProperties") is False
            return obj
        elif kind == "array":
            item = build(node.get("items"))
            plan = _ArrayPlan(item) if item is not None else None
        elif kind == "integer":
            plan = _INTEGER_PLAN
        elif kind == "number":
            plan = _NUMBER_PLAN
        elif kind == "boolean":
            plan = _BOOLEAN_PLAN
        elif kind == "string":
            fmt = node.get("format")
            plan = _DATETIME_PLAN if fmt == "date-time" else None if fmt else _STRING_PLAN
        else:
            plan = None
        memo[key] = plan
        return plan

    return build(root)


# ----------------------------------------------------------------------- compilation


@dataclass(frozen=True, slots=True)
class _Compiled:
    check: Callable[[Any], Any]
    plan: _Plan | None  # tolerant variant only


_COMPILED: dict[tuple[str, str, str, bool], _Compiled] = {}


def _compile(version: str, action: str, kind: str, tolerant: bool) -> _Compiled | None:
    key = (version, action, kind, tolerant)
    with _LOCK:
        found = _COMPILED.get(key)
        if found is not None:
            return found
        schemas = _schema_set(version)
        if action not in (schemas.requests if kind == _KIND_REQUEST else schemas.responses):
            return None
        source = schemas.directory.joinpath(schemas.filename(action, kind, version))
        schema = json.loads(source.read_text(encoding="utf-8-sig"))
        if tolerant:
            schema = _relax(schema)
            plan = _build_plan(schema)
        else:
            plan = None
        # use_default=False: never inject schema defaults (a missing unit stays absent).
        check = fastjsonschema.compile(schema, use_default=False)
        found = _Compiled(check, plan)
        _COMPILED[key] = found
        return found


# ----------------------------------------------------------------------- error mapping

_FIXABLE: Final = frozenset({"type", "enum", "additionalProperties", "format"})
_OCCURRENCE_RULES: Final = frozenset(
    {"required", "minItems", "maxItems", "minProperties", "maxProperties"}
)
_FORMAT_RULES: Final = frozenset({"additionalProperties", "additionalItems"})


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _join(base: str, name: str) -> str:
    return f"{base}.{name}" if base else name


def _describe(exc: fastjsonschema.JsonSchemaValueException) -> tuple[str, str, str]:
    """(kind, path, description) for a fastjsonschema error."""
    rule = exc.rule or ""
    name = exc.name or "data"
    path = name[4:].lstrip(".") if name.startswith("data") else name
    value = exc.value
    spec = exc.rule_definition
    definition = exc.definition if isinstance(exc.definition, dict) else {}

    if rule == "required" and isinstance(value, dict) and isinstance(spec, list):
        missing = [field for field in spec if field not in value] or list(spec)
        path = _join(path, str(missing[0]))
        if len(missing) == 1:
            return "occurrence", path, f"{path}: required field is missing"
        return "occurrence", path, f"{path}: required fields are missing: {', '.join(missing)}"
    if rule == "additionalProperties" and isinstance(value, dict):
        declared = definition.get("properties", {})
        extra = [str(field) for field in value if field not in declared]
        if extra:
            where = path or "payload"
            path = _join(path, extra[0])
            return "format", path, f"{where}: unexpected field(s) {', '.join(extra)}"

    field = path or "payload"
    if rule == "type":
        kind = "type"
        text = f"{field}: expected {spec}, got {_json_type(value)} {_short(value)}"
    elif rule in _OCCURRENCE_RULES:
        kind = "occurrence"
        count = len(value) if isinstance(value, list | dict) else "?"
        bound = "at least" if rule.startswith("min") else "at most"
        text = f"{field}: {count} items, expected {bound} {spec}"
    elif rule in _FORMAT_RULES:
        kind = "format"
        text = f"{field}: {exc.message}"
    else:
        kind = "property"
        if rule == "enum" and isinstance(spec, list):
            allowed = ", ".join(str(v) for v in spec[:12]) + (", ..." if len(spec) > 12 else "")
            text = f"{field}: {_short(value)} is not one of [{allowed}]"
        elif rule == "maxLength" and isinstance(value, str):
            text = f"{field}: length {len(value)} exceeds maxLength {spec}"
        elif rule == "format":
            example = " (e.g. 2024-01-15T15:30:00Z)" if spec == "date-time" else ""
            text = f"{field}: {_short(value)} is not a valid {spec}{example}"
        elif rule == "minimum":
            text = f"{field}: {_short(value)} is less than minimum {spec}"
        elif rule == "maximum":
            text = f"{field}: {_short(value)} is greater than maximum {spec}"
        elif rule == "multipleOf":
            text = f"{field}: {_short(value)} is not a multiple of {spec}"
        else:
            message = exc.message
            if message.startswith(name):
                message = message[len(name) :].lstrip()
            text = f"{field}: {message}"
    return kind, path, text


# ----------------------------------------------------------------------- public API


class Validator:
    """Validates OCPP payloads of one version ("1.6", "2.0.1", "2.1" or "ocpp1.6", ...).

    Cheap to create (one per connection is fine): compiled schemas are cached per process.
    Thread-safe.
    """

    __slots__ = ("_schemas", "version")

    def __init__(self, version: str) -> None:
        self.version = normalize_version(version)
        self._schemas = _schema_set(self.version)

    def knows(self, action: str) -> bool:
        """True if this version has a request schema for ``action``."""
        return action in self._schemas.requests

    def validate_request(
        self, action: str, payload: dict[str, Any], tolerant: bool = False
    ) -> dict[str, Any]:
        """Validate a CALL payload; return it (repaired in place when ``tolerant``).
        Raise :class:`SchemaViolation`."""
        return self._validate(action, _KIND_REQUEST, payload, tolerant)

    def validate_response(
        self, action: str, payload: dict[str, Any], tolerant: bool = False
    ) -> dict[str, Any]:
        """Validate the CALLRESULT payload answering ``action``; see :meth:`validate_request`."""
        return self._validate(action, _KIND_RESPONSE, payload, tolerant)

    def _check_int32(self, payload: Any, path: str = "") -> None:
        """OCPP's ``integer`` is 32 bits (1.6 and 2.0.1 primitive types); the schemas set
        no bounds, so ``seqNo: 2**64`` passed and reached the database (and a gap check
        walked 2**64 numbers). A larger integer is a TypeConstraintViolation."""
        if isinstance(payload, dict):
            for key, item in payload.items():
                if isinstance(item, dict | list) or (type(item) is int
                                                     and not INT32_MIN <= item <= INT32_MAX):
                    self._check_int32(item, f"{path}.{key}" if path else str(key))
        elif isinstance(payload, list):
            for i, item in enumerate(payload):
                self._check_int32(item, f"{path}[{i}]")
        elif type(payload) is int and not INT32_MIN <= payload <= INT32_MAX:
            raise SchemaViolation(error_code_for(self.version, "type"),
                                  f"{path} {payload} does not fit OCPP's 32-bit integer",
                                  path, "type")

    def error_code(self, kind: str) -> str:
        """This version's CallError code for a semantic kind (see ``error_code_for``)."""
        return error_code_for(self.version, kind)

    def _validate(
        self, action: str, kind: str, payload: dict[str, Any], tolerant: bool
    ) -> dict[str, Any]:
        compiled = _COMPILED.get((self.version, action, kind, tolerant))
        if compiled is None:
            compiled = _compile(self.version, action, kind, tolerant)
            if compiled is None:
                raise SchemaViolation(
                    error_code_for(self.version, "not_implemented"),
                    f"no {kind} schema for action {action!r} in OCPP {self.version}",
                    "",
                    "action",
                )
        try:
            compiled.check(payload)
            if kind == _KIND_REQUEST:
                self._check_int32(payload)
            return payload
        except fastjsonschema.JsonSchemaValueException as exc:
            plan = compiled.plan
            if plan is None or exc.rule not in _FIXABLE:
                raise self._violation(exc) from None
        # Tolerant mode, fixable failure: repair everything repairable at once, check again.
        payload = plan.fix(payload)
        try:
            compiled.check(payload)
        except fastjsonschema.JsonSchemaValueException as exc:
            raise self._violation(exc) from None
        return payload

    def _violation(self, exc: fastjsonschema.JsonSchemaValueException) -> SchemaViolation:
        kind, path, description = _describe(exc)
        return SchemaViolation(
            error_code_for(self.version, kind), description, path, exc.rule or ""
        )
