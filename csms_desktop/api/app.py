"""The aiohttp application: every declared route behind one pipeline.

For each request: the bearer token (401), the token's rate limit (429), the route's
permission for the token's role (403 with the reason), the query and the body checked
against the route's types (400 / 422 per field), the handler, the services' errors mapped
(:mod:`~csms_desktop.api.errors`), and for every write an audit row (who, what, when,
the answer's status).
"""

from __future__ import annotations

import logging
import math
from typing import Any

from aiohttp import web

from csms_desktop.api.context import ENCODED, ApiContext, encoded
from csms_desktop.api.errors import ApiError, from_exception
from csms_desktop.api.routing import Api, Call, Route, parse_body, parse_query
from csms_desktop.api.serialize import dumps
from csms_desktop.services import api_tokens
from csms_desktop.services.operators import ROLE_LABELS, can, permissions

log = logging.getLogger(__name__)

MAX_BODY = 10 * 1024 * 1024


def error_response(err: ApiError) -> web.Response:
    resp = web.Response(text=dumps(err.body()), status=err.status,
                        content_type="application/json")
    for k, v in err.headers.items():
        resp.headers[k] = v
    return resp


def _roles_with(permission: Any) -> str:
    roles = [ROLE_LABELS[r].lower() for r in ROLE_LABELS if permission in permissions(r)]
    return " or ".join(roles) or "nobody"


def _bearer(request: web.Request) -> str | None:
    value = request.headers.get("Authorization", "")
    if value[:7].lower() == "bearer ":
        return value[7:].strip()
    return None


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message, headers={"WWW-Authenticate": 'Bearer realm="csms-desktop"'})


def _authenticate(ctx: ApiContext, request: web.Request) -> api_tokens.TokenInfo:
    presented = _bearer(request)
    if not presented:
        raise _unauthorized("send an API token: Authorization: Bearer csms_... "
                            "(main.py api-token create, or Settings > API tokens)")
    token = ctx.tokens.lookup(presented)
    if token is None:
        raise _unauthorized("this API token is unknown or revoked")
    wait = ctx.limiter.take(token.id, token.rate_limit_per_minute)
    if wait > 0:
        raise ApiError(429, f"rate limit of {token.rate_limit_per_minute} requests per minute "
                            f"for token {token.name!r}; retry in {wait:.1f} s",
                       headers={"Retry-After": str(max(1, math.ceil(wait)))})
    return token


def _permit(route: Route, token: api_tokens.TokenInfo) -> None:
    operator = api_tokens.operator_for(token)
    if route.permission is not None and not can(operator, route.permission):
        role = ROLE_LABELS.get(operator.role, str(operator.role)).lower()
        article = "an" if role[:1] in "aeiou" else "a"
        raise ApiError(403, f"{article} {role} token may not do this: {route.summary.lower()} "
                            f"needs the {route.permission.value} permission "
                            f"({_roles_with(route.permission)})")


def _audit(route: Route, request: web.Request, token: api_tokens.TokenInfo, status: int,
           raw: bytes, body: Any) -> None:
    detail: Any = None
    if raw:
        try:
            import json

            detail = json.loads(raw) if route.raw_body is None else {
                "bytes": len(raw), "content_type": request.content_type}
        except ValueError:
            detail = {"unparsed": raw[:200].decode("utf-8", "replace")}
    try:
        api_tokens.record_audit(f"api:{token.name}", request.method, request.path_qs, status,
                                detail, token_id=token.id, role=token.role,
                                remote=request.remote)
    except Exception:
        log.exception("could not write the audit row of %s %s", request.method, request.path)


def make_handler(route: Route, ctx: ApiContext) -> Any:
    async def handle(request: web.Request) -> web.StreamResponse:
        # the reads' JSON made with them (context.ENCODED); a keep-alive connection serves
        # its requests in one task, so each request sets and resets its own
        mark = ENCODED.set([] if route.offload else None)
        try:
            return await _handle(request)
        finally:
            ENCODED.reset(mark)

    async def _handle(request: web.Request) -> web.StreamResponse:
        token: api_tokens.TokenInfo | None = None
        raw = b""
        body: Any = None
        try:
            if route.permission is not None:
                token = _authenticate(ctx, request)
                if route.write:
                    raw = await request.read()  # for the audit row, whatever happens next
                _permit(route, token)
            query = parse_query(route.query, request)
            body, raw = await parse_body(route, request)
            operator = api_tokens.operator_for(token) if token is not None else None
            call = Call(request, ctx, dict(request.match_info), query, body, token, operator,
                        raw)
            result = await route.handler(call)
            if isinstance(result, web.StreamResponse):
                response = result
            elif result is None and route.status == 204:
                response = web.Response(status=204)
            else:
                # a read's JSON is made off the loop too: with the read itself when the
                # handler answers with what it read, else in a trip of its own
                text = encoded(result) if route.offload else None
                if text is None:
                    text = await ctx.reads.run(dumps, result) if route.offload else dumps(result)
                response = web.Response(text=text, status=route.status,
                                        content_type="application/json")
        except Exception as exc:
            response = error_response(from_exception(exc, route.field_map))
        if ctx.hits is not None and response.status < 300:
            ctx.hits.add((route.method, route.path))
        if route.write and token is not None:
            _audit(route, request, token, response.status, raw, body)
        return response

    handle.__name__ = route.operation_id
    return handle


@web.middleware
async def json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """404 and 405 from the router as JSON errors like every other."""
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return error_response(ApiError(404, f"no route {request.path}; see /openapi.json"))
    except web.HTTPMethodNotAllowed as exc:
        return error_response(ApiError(405, f"{request.method} is not allowed on "
                                            f"{request.path}; allowed: "
                                            f"{', '.join(sorted(exc.allowed_methods))}"))
    except web.HTTPRequestEntityTooLarge:
        return error_response(ApiError(413, f"the body is larger than {MAX_BODY} bytes"))


def build_app(api: Api, ctx: ApiContext) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY, middlewares=[json_errors])
    for route in api.routes:
        app.router.add_route(route.method, route.path, make_handler(route, ctx),
                             name=route.operation_id)
    return app
