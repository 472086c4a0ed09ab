"""Errors the API answers with, and how the services' exceptions map onto them.

Every error body has the same shape: ``{"error": code, "message": text, "fields":
{field: message}}`` (``fields`` only for 422). The services' own messages are passed on
unchanged, so an integration shows the same words the GUI shows beside a field.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from csms_desktop.services.billing.common import BillingError, PermissionDenied, ValidationFailed
from csms_desktop.services.operators import OperatorError
from csms_desktop.services.validation import ValidationError

log = logging.getLogger(__name__)

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
         422: "validation", 429: "rate_limited", 500: "internal", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, fields: dict[str, str] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = dict(fields or {})
        self.headers = dict(headers or {})

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a read process, re-raised here
        return (type(self), (self.status, self.message, self.fields, self.headers))

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": CODES.get(self.status, "error"), "message": self.message}
        if self.fields or self.status == 422:
            out["fields"] = self.fields
        return out


def not_found(what: str) -> ApiError:
    return ApiError(404, what)


def invalid(fields: dict[str, str], message: str | None = None) -> ApiError:
    n = len(fields)
    text = message or (f"{n} field{'s' if n != 1 else ''} to fix: "
                       + "; ".join(f"{k}: {v}" for k, v in fields.items()))
    return ApiError(422, text, fields)


def from_exception(exc: BaseException, field_map: dict[str, str] | None = None) -> ApiError:
    """The API error for an exception a service raised."""
    fmap = field_map or {}
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, ValidationError | ValidationFailed):
        return invalid({fmap.get(k, k): v for k, v in exc.errors.items()})
    if isinstance(exc, OperatorError):
        return invalid({fmap.get(exc.field, exc.field): exc.message})
    if isinstance(exc, PermissionDenied | PermissionError):
        return ApiError(403, str(exc))
    if isinstance(exc, BillingError):
        text = str(exc)
        return ApiError(404 if text.startswith("no ") else 409, text)
    if isinstance(exc, ValueError):
        return ApiError(422, str(exc), {"body": str(exc)})
    ref = uuid.uuid4().hex[:12]
    log.error("API request failed (error %s)", ref, exc_info=exc)
    return ApiError(500, f"internal error {ref}; the log has the details")
