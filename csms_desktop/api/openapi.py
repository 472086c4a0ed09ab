"""The OpenAPI 3.1 document, generated from the declared routes and their Python types."""

from __future__ import annotations

import dataclasses
from typing import Any, get_type_hints

from csms_desktop import __version__
from csms_desktop.api.routing import Api, PageOf, Route
from csms_desktop.api.schema import SchemaBuilder, _optional

ERROR = {
    "type": "object",
    "properties": {
        "error": {"type": "string", "description": "a code: validation, forbidden, ..."},
        "message": {"type": "string", "description": "what went wrong, for a person"},
        "fields": {"type": "object", "additionalProperties": {"type": "string"},
                   "description": "field -> message, the same words the GUI shows"},
    },
    "required": ["error", "message"],
}
ERROR_TEXT = {400: "Malformed request (not JSON, not an object)",
              401: "No token, or an unknown or revoked one",
              403: "The token's role may not do this (the message says which role may)",
              404: "No such resource", 409: "A rule refused the change",
              413: "Body too large",
              415: "Unsupported content type",
              422: "Invalid input: `fields` names each field and what is wrong with it",
              429: "Rate limit of the token exceeded (see Retry-After)"}

DESCRIPTION = """Local automation API of CSMS Desktop: every resource and command the GUI
offers, for building-management systems, fleet tools, home automation, scripts and tests.

Authenticate with `Authorization: Bearer <token>` (`main.py api-token create --role manager
--name NAME`, or Settings > API tokens). Lists are paged by cursor: pass the answer's
`next_cursor` as `cursor`. Times are ISO 8601 in UTC (`2026-10-01T08:00:00Z`); money is
exact decimal text. Errors: `{"error", "message", "fields"}`.
"""


class DocumentBuilder:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.out_schemas = SchemaBuilder()
        self.in_schemas = SchemaBuilder(for_input=True)

    def response_schema(self, tp: Any) -> dict[str, Any]:
        if isinstance(tp, PageOf):
            return {"type": "object", "properties": {
                "items": {"type": "array", "items": self.out_schemas.of(tp.item)},
                "next_cursor": {"type": ["string", "null"],
                                "description": "pass as `cursor` for the next page; "
                                               "null on the last page"}},
                "required": ["items", "next_cursor"]}
        if tp is None:
            return {}
        return self.out_schemas.of(tp)

    def parameters(self, route: Route) -> list[dict[str, Any]]:
        params: list[dict[str, Any]] = [
            {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
            for p in route.path_params]
        if route.query is not None:
            hints = get_type_hints(route.query)
            for f in dataclasses.fields(route.query):
                tp, _ = _optional(hints[f.name])
                schema = self.in_schemas.of(tp, inline=True)
                if f.default is not dataclasses.MISSING and f.default is not None and \
                        isinstance(f.default, str | int | float | bool):
                    schema = {**schema, "default": f.default}
                param: dict[str, Any] = {"name": f.name, "in": "query", "required": False,
                                         "schema": schema}
                if schema.get("type") == "array":
                    param["style"], param["explode"] = "form", False
                if f.metadata.get("doc"):
                    param["description"] = f.metadata["doc"]
                params.append(param)
        return params

    def operation(self, route: Route) -> dict[str, Any]:
        op: dict[str, Any] = {"operationId": route.operation_id, "summary": route.summary,
                              "tags": [route.tag]}
        if route.description:
            op["description"] = route.description
        params = self.parameters(route)
        if params:
            op["parameters"] = params
        if route.body is not None:
            op["requestBody"] = {"required": True, "content": {"application/json": {
                "schema": self.in_schemas.dataclass(route.body, inline=True)}}}
        elif route.body_schema is not None:
            op["requestBody"] = {"required": True, "content": {"application/json": {
                "schema": route.body_schema}}}
        elif route.raw_body is not None:
            op["requestBody"] = {"required": True, "content": {route.raw_body: {
                "schema": {"type": "string"}}}}
        ok: dict[str, Any] = {"description": "OK" if route.status != 201 else "Created"}
        if route.status != 204:
            if route.content_type == "application/json":
                ok["content"] = {"application/json": {
                    "schema": self.response_schema(route.response)}}
            else:
                ok["content"] = {route.content_type: {"schema": {"type": "string"}}}
        else:
            ok["description"] = "Done (no content)"
        responses: dict[str, Any] = {str(route.status): ok}
        errors: set[int] = set(route.extra_errors)
        if route.permission is not None:
            errors |= {401, 403, 429}
            op["security"] = [{"bearer": []}]
        else:
            op["security"] = []
        if route.query is not None or route.body is not None or route.body_schema is not None \
                or route.raw_body is not None or route.path_params:
            errors.add(422)
        if route.body is not None or route.body_schema is not None:
            errors.add(400)
        if route.path_params:
            errors.add(404)
        for code in sorted(errors):
            responses[str(code)] = {"description": ERROR_TEXT.get(code, "Error"), "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        op["responses"] = responses
        return op

    def document(self) -> dict[str, Any]:
        paths: dict[str, dict[str, Any]] = {}
        for route in self.api.routes:
            paths.setdefault(route.path, {})[route.method.lower()] = self.operation(route)
        schemas = {**self.out_schemas.components, "Error": ERROR}
        return {
            "openapi": "3.1.0",
            "info": {"title": "CSMS Desktop automation API", "version": __version__,
                     "description": DESCRIPTION},
            "servers": [{"url": "/"}],
            "paths": paths,
            "components": {
                "schemas": dict(sorted(schemas.items())),
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                               "description": "an API token (csms_...)"}},
            },
            "tags": sorted(({"name": t} for t in {r.tag for r in self.api.routes}),
                           key=lambda t: t["name"]),
        }


def build_document(api: Api) -> dict[str, Any]:
    return DocumentBuilder(api).document()
