"""JSON Schema from Python types, and request values checked and converted by it.

One source for both: the OpenAPI document describes a body with the schema made here
from a dataclass or a function signature, and the request is checked against that very
schema (``jsonschema``) before :func:`convert` turns JSON into the Python values (aware
datetimes, Decimals, tuples) the services take. So the document cannot drift from what
the server accepts.
"""

from __future__ import annotations

import dataclasses
import inspect
import types
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from jsonschema import Draft202012Validator

Json = dict[str, Any]
_NONE = type(None)


class SchemaError(TypeError):
    """A type the API cannot describe (raised when the routes are built, not per request)."""


def _optional(tp: Any) -> tuple[Any, bool]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not _NONE]
        if len(args) < len(get_args(tp)):
            inner = args[0] if len(args) == 1 else Union[tuple(args)]  # noqa: UP007
            return inner, True
    return tp, False


def _nullable(schema: Json) -> Json:
    t = schema.get("type")
    if isinstance(t, str) and set(schema) <= {"type", "format", "description", "enum",
                                              "items", "pattern", "additionalProperties",
                                              "minimum", "maximum"}:
        out = {**schema, "type": [t, "null"]}
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [schema, {"type": "null"}]}


class SchemaBuilder:
    """Makes schemas; dataclasses become ``#/components/schemas/<Name>`` references
    (collected in :attr:`components`) unless ``inline``."""

    def __init__(self, for_input: bool = False) -> None:
        self.components: dict[str, Json] = {}
        self.classes: dict[str, type] = {}
        self.for_input = for_input  # request bodies: decimals may be numbers or text

    def of(self, tp: Any, inline: bool = False) -> Json:
        inner, nullable = _optional(tp)
        schema = self._of(inner, inline)
        return _nullable(schema) if nullable else schema

    def _of(self, tp: Any, inline: bool) -> Json:
        if tp is Any or tp is object:
            return {}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if tp is datetime:
            return {"type": "string", "format": "date-time"}
        if tp is date:
            return {"type": "string", "format": "date"}
        if tp is Decimal:
            if self.for_input:
                return {"type": ["string", "number"], "description": "a decimal number"}
            return {"type": "string", "pattern": r"^-?\d+(\.\d+)?$",
                    "description": "a decimal number as text (exact)"}
        if tp is bytes:
            return {"type": "string", "format": "binary"}
        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"type": "string", "enum": [str(m.value) for m in tp]}
        origin = get_origin(tp)
        args = get_args(tp)
        if origin is Literal:
            return {"enum": list(args)}
        if origin in (Union, types.UnionType):
            return {"anyOf": [self.of(a, inline) for a in args]}
        if origin in (list, tuple, set, frozenset) or tp in (list, tuple):
            if origin is tuple and args and args[-1] is not Ellipsis:
                return {"type": "array", "prefixItems": [self.of(a, inline) for a in args],
                        "minItems": len(args), "maxItems": len(args)}
            item = self.of(args[0], inline) if args else {}
            return {"type": "array", "items": item}
        if origin is dict or tp is dict:
            value = self.of(args[1], inline) if len(args) == 2 else {}
            return {"type": "object", "additionalProperties": value} if value else \
                {"type": "object"}
        if dataclasses.is_dataclass(tp) and isinstance(tp, type):
            return self.dataclass(tp, inline)
        raise SchemaError(f"no JSON schema for {tp!r}")

    def dataclass(self, cls: type, inline: bool = False) -> Json:
        name = cls.__name__
        known = self.classes.get(name)
        if known is not None and known is not cls:
            raise SchemaError(f"two classes named {name}: {known!r} and {cls!r}")
        if not inline and name in self.components:
            return {"$ref": f"#/components/schemas/{name}"}
        if not inline:
            self.classes[name] = cls
            self.components[name] = {}  # placeholder: recursive types refer to it
        hints = get_type_hints(cls)
        props: dict[str, Json] = {}
        required: list[str] = []
        for f in dataclasses.fields(cls):
            if not f.init or f.name.startswith("_") or f.metadata.get("api") == "hidden":
                continue
            prop = self.of(hints[f.name], inline)
            doc = f.metadata.get("doc")
            if doc:
                prop = {**prop, "description": doc}
            if f.default is not dataclasses.MISSING and _jsonable(f.default):
                prop = {**prop, "default": _plain(f.default)}
            props[f.name] = prop
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                required.append(f.name)
        schema: Json = {"type": "object", "properties": props, "additionalProperties": False}
        if required:
            schema["required"] = required
        doc = inspect.getdoc(cls)
        if doc and not doc.startswith(f"{name}("):
            schema["description"] = doc.split("\n\n")[0]
        if inline:
            return schema
        self.components[name] = schema
        return {"$ref": f"#/components/schemas/{name}"}

    def signature(self, fn: Callable[..., Any], skip: int = 0) -> tuple[Json, dict[str, Any]]:
        """(an inline object schema for the keyword arguments of ``fn`` after the first
        ``skip`` parameters, their type hints)."""
        hints = get_type_hints(fn)
        params = list(inspect.signature(fn).parameters.values())[skip:]
        props: dict[str, Json] = {}
        required: list[str] = []
        kinds: dict[str, Any] = {}
        for p in params:
            if p.name == "self" or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            tp = hints.get(p.name, Any)
            prop = self.of(tp, inline=True)
            if p.default is not inspect.Parameter.empty and _jsonable(p.default):
                prop = {**prop, "default": _plain(p.default)}
            props[p.name] = prop
            kinds[p.name] = tp
            if p.default is inspect.Parameter.empty:
                required.append(p.name)
        schema: Json = {"type": "object", "properties": props, "additionalProperties": False}
        if required:
            schema["required"] = required
        return schema, kinds


def _jsonable(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool | Enum) or (
        isinstance(value, tuple | list) and all(_jsonable(v) for v in value))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


# ------------------------------------------------------------------ checking requests


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TYPE_WORDS = {"integer": "a whole number", "number": "a number", "string": "text",
               "boolean": "true or false", "object": "an object", "array": "a list",
               "null": "null"}


def _message(err: Any) -> tuple[str, str]:
    """(field, message) for one jsonschema error, in the services' style of wording."""
    field = _where(err.absolute_path)
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else "?"
        return (f"{field}.{missing}" if field else missing), "required"
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        known = ", ".join(err.schema.get("properties", {}))
        name = extra[0] if extra else "?"
        return (f"{field}.{name}" if field else name), f"unknown field; the fields are: {known}"
    if v == "type":
        want = err.validator_value
        words = " or ".join(_TYPE_WORDS.get(str(w), str(w)) for w in
                            (want if isinstance(want, list) else [want]))
        return field or "body", f"must be {words}, not {err.instance!r}"
    if v == "enum":
        choices = ", ".join(str(c) for c in err.validator_value if c is not None)
        return field or "body", f"one of {choices}; not {err.instance!r}"
    return field or "body", err.message


def check(schema: Json, value: Any) -> dict[str, str]:
    """Field -> message for every way ``value`` breaks ``schema`` (empty: it fits)."""
    errors: dict[str, str] = {}
    for err in sorted(Draft202012Validator(schema).iter_errors(value),
                      key=lambda e: list(map(str, e.absolute_path))):
        field, message = _message(err)
        errors.setdefault(field, message)
    return errors


def parse_datetime(text: str) -> datetime:
    """ISO 8601 with a zone (``2026-10-01T08:00:00Z``, ``...+07:00``) -> aware UTC."""
    try:
        dt = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time (2026-10-01T08:00:00Z)") from None
    if dt.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone: add Z or an offset like +07:00")
    return dt.astimezone(UTC)


def convert(tp: Any, value: Any, field: str, errors: dict[str, str]) -> Any:
    """A checked JSON value as type ``tp`` (datetimes parsed, lists to tuples...)."""
    inner, _ = _optional(tp)
    if value is None:
        return None
    if inner is datetime:
        try:
            return parse_datetime(str(value))
        except ValueError as exc:
            errors[field] = str(exc)
            return None
    if inner is date:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            errors[field] = f"{value!r} is not a date (2026-10-01)"
            return None
    if inner is Decimal:
        try:
            return Decimal(str(value))
        except InvalidOperation:
            errors[field] = f"{value!r} is not a number"
            return None
    if inner is float and isinstance(value, int):
        return float(value)
    origin = get_origin(inner)
    args = get_args(inner)
    if origin is tuple and isinstance(value, list):
        if args and args[-1] is not Ellipsis:
            return tuple(convert(a, v, f"{field}[{i}]", errors)
                         for i, (a, v) in enumerate(zip(args, value, strict=False)))
        item = args[0] if args else Any
        return tuple(convert(item, v, f"{field}[{i}]", errors) for i, v in enumerate(value))
    if origin is list and isinstance(value, list) and args:
        return [convert(args[0], v, f"{field}[{i}]", errors) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(inner) and isinstance(inner, type) and isinstance(value, dict):
        return build(inner, value, errors, prefix=f"{field}.")
    return value


def build(cls: type, data: dict[str, Any], errors: dict[str, str], prefix: str = "") -> Any:
    """An instance of dataclass ``cls`` from checked JSON ``data`` (missing: defaults)."""
    hints = get_type_hints(cls)
    kwargs = {k: convert(hints[k], v, prefix + k, errors) for k, v in data.items()
              if k in hints}
    return cls(**kwargs) if not errors else None


def partial(cls: type, name: str | None = None, extra: list[Any] | None = None) -> type:
    """A dataclass with the fields of ``cls``, each optional (default None): the body of a
    partial update (PATCH), generated so it follows ``cls``."""
    hints = get_type_hints(cls)
    specs: list[Any] = []
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        inner, _ = _optional(hints[f.name])
        specs.append((f.name, inner | None,
                      dataclasses.field(default=None, metadata=f.metadata)))
    out = dataclasses.make_dataclass(name or f"{cls.__name__}Changes", [*specs, *(extra or [])],
                                     frozen=True)
    out.__doc__ = f"Changes to a {cls.__name__}: only the fields given change."
    return out
