"""Routes declared once, in Python: the handler, who may call it, its query, body and
answer types. The aiohttp router and the OpenAPI document are both built from this list.

A handler takes a :class:`Call` (path parameters, the query and body already checked and
converted, the token's operator, the shared :class:`~csms_desktop.api.context.ApiContext`)
and returns a value that :mod:`~csms_desktop.api.serialize` turns into JSON, or an
``aiohttp`` response (PDF, event stream).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, get_type_hints

from aiohttp import web

from csms_desktop.api.errors import ApiError, invalid
from csms_desktop.api.schema import _optional, check, convert, parse_datetime
from csms_desktop.services.operators import OperatorInfo, Permission

if TYPE_CHECKING:
    from csms_desktop.api.context import ApiContext
    from csms_desktop.services.api_tokens import TokenInfo

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


@dataclass(frozen=True)
class PageOf:
    """The answer type "one page of ``item``": ``{"items": [...], "next_cursor": ...}``."""

    item: Any


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_cursor: str | None = None


def page_of(rows: list[Any], limit: int, cursor: Callable[[Any], tuple[Any, ...]]) -> Page:
    """A page from ``limit + 1`` fetched rows: the first ``limit``, and a cursor made of
    ``cursor(last row)`` when there was one more."""
    more = len(rows) > limit
    rows = rows[:limit]
    from csms_desktop.api.serialize import encode_cursor

    return Page(rows, encode_cursor(*cursor(rows[-1])) if more else None)


@dataclass(frozen=True)
class Paging:
    """Query parameters of every list."""

    cursor: str | None = field(default=None, metadata={
        "doc": "next_cursor of the previous page; omit for the first page"})
    limit: int = field(default=DEFAULT_LIMIT, metadata={
        "doc": f"items per page, 1 to {MAX_LIMIT}"})


@dataclass
class Call:
    request: web.Request
    ctx: ApiContext
    params: dict[str, str]
    query: Any
    body: Any
    token: TokenInfo | None
    operator: OperatorInfo | None
    raw: bytes = b""

    def arg(self, name: str) -> str:
        return self.params[name]


Handler = Callable[[Call], Awaitable[Any]]


async def found(call: Call, read: Callable[[str], Any], param: str, what: str) -> Any:
    """``read(path parameter)`` in a worker thread; 404 "no <what> <id>" when it is None."""
    value = await call.ctx.read_answer(read, call.arg(param))
    if value is None:
        raise ApiError(404, f"no {what} {call.arg(param)}")
    return value


@dataclass
class Route:
    method: str
    path: str
    handler: Handler
    permission: Permission | None  # None: no token needed
    summary: str
    tag: str
    description: str = ""
    query: type | None = None
    body: type | None = None  # a dataclass
    body_schema: dict[str, Any] | None = None  # or a schema with the Python types of its keys
    body_kinds: dict[str, Any] | None = None
    raw_body: str | None = None  # a content type taken as is (text/csv)
    response: Any = None
    status: int = 200
    content_type: str = "application/json"
    field_map: dict[str, str] = field(default_factory=dict)  # service error key -> API field
    offload: bool = False  # a read: run the handler's database work in a worker thread
    operation_id: str = ""
    extra_errors: tuple[int, ...] = ()

    @property
    def write(self) -> bool:
        return self.method != "GET"

    @property
    def path_params(self) -> list[str]:
        return [seg[1:-1] for seg in self.path.split("/") if seg.startswith("{")]


class Api:
    """The list of routes (filled by each resource module's ``register``)."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def route(self, method: str, path: str, *, permission: Permission | None, summary: str,
              tag: str, **options: Any) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.add(Route(method, path, fn, permission, summary, tag, **options))
            return fn
        return deco

    def add(self, route: Route) -> None:
        if not route.operation_id:
            route.operation_id = getattr(route.handler, "__name__", "op")
        for r in self.routes:
            if (r.method, r.path) == (route.method, route.path):
                raise ValueError(f"route {route.method} {route.path} declared twice")
            if r.operation_id == route.operation_id:
                raise ValueError(f"operationId {route.operation_id} used twice")
        self.routes.append(route)


# ------------------------------------------------------------------ query strings

_NUMBERS: dict[Any, tuple[Any, str]] = {int: (int, "a whole number"), float: (float, "a number")}


def _query_value(tp: Any, values: list[str], name: str, errors: dict[str, str]) -> Any:
    inner, _ = _optional(tp)
    origin = getattr(inner, "__origin__", None)
    if origin in (list, tuple):
        items = [v.strip() for raw in values for v in raw.split(",") if v.strip()]
        return tuple(items) if origin is tuple else items
    text = values[-1].strip()
    if inner is str:
        return text
    if inner is bool:
        low = text.lower()
        if low in ("1", "true", "yes"):
            return True
        if low in ("0", "false", "no"):
            return False
        errors[name] = f"true or false, not {text!r}"
        return None
    if inner in _NUMBERS:
        kind, word = _NUMBERS[inner]
        try:
            return kind(text)
        except ValueError:
            errors[name] = f"must be {word}, not {text!r}"
            return None
    if inner is datetime:
        try:
            return parse_datetime(text)
        except ValueError as exc:
            errors[name] = str(exc)
            return None
    choices = getattr(inner, "__args__", None)
    if choices and all(isinstance(c, str) for c in choices):  # Literal
        if text not in choices:
            errors[name] = f"one of {', '.join(choices)}; not {text!r}"
        return text
    return text


@functools.cache
def _query_spec(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A query dataclass's field types and names, worked out once per class: resolving the
    annotations (``get_type_hints``) on every request showed in the loop's profile."""
    return get_type_hints(cls), frozenset(f.name for f in dataclasses.fields(cls))


def parse_query(cls: type | None, request: web.Request) -> Any:
    names = set(request.query.keys())
    if cls is None:
        if names:
            raise invalid({n: "this route takes no query parameters" for n in sorted(names)})
        return None
    hints, fields = _query_spec(cls)
    errors: dict[str, str] = {}
    for n in sorted(names - fields):
        errors[n] = f"unknown query parameter; the parameters are: {', '.join(sorted(fields))}"
    kwargs: dict[str, Any] = {}
    for name in fields & names:
        value = _query_value(hints[name], request.query.getall(name), name, errors)
        if name not in errors:
            kwargs[name] = value
    if "limit" in kwargs and not 1 <= int(kwargs["limit"]) <= MAX_LIMIT:
        errors["limit"] = f"1 to {MAX_LIMIT}"
    if errors:
        raise invalid(errors)
    return cls(**kwargs)


# ------------------------------------------------------------------ bodies

_BODY_SCHEMAS: dict[type, dict[str, Any]] = {}


async def parse_body(route: Route, request: web.Request) -> tuple[Any, bytes]:
    if route.raw_body is not None:
        raw = await request.read()
        if not raw.strip():
            raise invalid({"body": f"send the file as the request body ({route.raw_body})"})
        return None, raw
    if route.body is None and route.body_schema is None:
        return None, b""
    raw = await request.read()
    if not raw.strip():
        data: Any = {}
    else:
        import json

        try:  # JSON whatever the Content-Type says (curl -d sends form-urlencoded)
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"the body is not JSON ({exc}); send a JSON object with "
                                "Content-Type: application/json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object")
    from csms_desktop.api.schema import SchemaBuilder, build

    if route.body is not None:
        schema = _BODY_SCHEMAS.get(route.body)
        if schema is None:
            schema = _BODY_SCHEMAS[route.body] = SchemaBuilder(for_input=True).dataclass(
                route.body, inline=True)
        errors = check(schema, data)
        if errors:
            raise invalid(_mapped(errors, route.field_map))
        value = build(route.body, data, errors)
        if errors:
            raise invalid(_mapped(errors, route.field_map))
        return _with_present(value, data), raw
    assert route.body_schema is not None and route.body_kinds is not None
    errors = check(route.body_schema, data)
    if errors:
        raise invalid(errors)
    kwargs = {k: convert(route.body_kinds[k], v, k, errors) for k, v in data.items()}
    if errors:
        raise invalid(errors)
    return kwargs, raw


def _mapped(errors: dict[str, str], fmap: dict[str, str]) -> dict[str, str]:
    return {fmap.get(k, k): v for k, v in errors.items()}


def _with_present(value: Any, data: dict[str, Any]) -> Any:
    try:
        object.__setattr__(value, "__present__", frozenset(data))
    except (AttributeError, TypeError):  # slots
        pass
    return value


def present(body: Any) -> frozenset[str]:
    """The field names a request body actually contained."""
    return getattr(body, "__present__", frozenset())
