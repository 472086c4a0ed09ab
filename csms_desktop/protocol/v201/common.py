"""Helpers shared by the 2.0.1/2.1 handlers and the command adapter."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from csms_desktop.domain.timeutil import format_ocpp_datetime
from csms_desktop.protocol.connection import OCPPConnection
from csms_desktop.protocol.v201.state import V201State, state_of
from csms_desktop.services.authorization import INVALID, AuthResult

#: idToken types that carry no token to authorize.
NO_TOKEN_TYPES = frozenset({"NoAuthorization"})
#: The type of a token the CSMS does not know (RequestStartTransaction, groups).
DEFAULT_TOKEN_TYPE = "Central"


def _suffixes(cp_id: str) -> tuple[str, str]:
    return f"@{cp_id}", "@#" + hashlib.sha256(cp_id.encode()).hexdigest()[:16]


def site_transaction_id(cp_id: str, raw: str, taken_by_other: Callable[[str], bool]) -> str:
    """The site-wide ``transaction.transaction_id`` for station ``cp_id``'s own id ``raw``.

    2.0.1 ids are chosen per station; the column is unique for the site. The station's id
    is used as is unless another station holds it, then ``<id>@<station>`` (or, when that
    does not fit in 64 characters, ``<id>@#<16 hex digits of SHA-256(station)>``): never
    truncated, so two stations never share a row. :func:`station_transaction_id` undoes it.
    """
    if not taken_by_other(raw):
        return raw
    plain, hashed = _suffixes(cp_id)
    candidate = raw + plain
    return candidate if len(candidate) <= 64 else raw + hashed


def station_transaction_id(cp_id: str, stored: str) -> str:
    """The station's own id for a site-wide id made by :func:`site_transaction_id`."""
    for suffix in _suffixes(cp_id):
        if stored.endswith(suffix) and len(stored) > len(suffix):
            return stored[: -len(suffix)]
    return stored


def iso(dt: datetime | None) -> str | None:
    return format_ocpp_datetime(dt) if dt is not None else None


def drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def state(conn: OCPPConnection) -> V201State:
    return state_of(conn.services)


def id_token_value(token: dict[str, Any] | None) -> str | None:
    """The token to authorize, or None (no token, NoAuthorization, empty value)."""
    if not token or token.get("type") in NO_TOKEN_TYPES:
        return None
    value = str(token.get("idToken") or "").strip()
    return value or None


def token_type_of(id_tag: str) -> str:
    """The type stored for a known token (IdTag.token_type), else Central."""
    from csms_desktop.store.models import IdTag

    row = IdTag.get_or_none(IdTag.id_tag == id_tag)
    return str(row.token_type) if row is not None and row.token_type else DEFAULT_TOKEN_TYPE


def id_token(id_tag: str, token_type: str | None = None) -> dict[str, Any]:
    return {"idToken": id_tag, "type": token_type or token_type_of(id_tag)}


def token_info(auth: AuthResult, id_tag: str | None) -> dict[str, Any]:
    """2.0.1 IdTokenInfoType from the version-neutral authorization result.

    The authorizer answers Invalid for a token it has never seen; 2.0.1 has a word for
    that, Unknown.
    """
    from csms_desktop.store.models import IdTag

    status = auth.status
    if status == INVALID and id_tag and IdTag.get_or_none(IdTag.id_tag == id_tag) is None:
        status = "Unknown"
    info: dict[str, Any] = {"status": status}
    if auth.expiry_date is not None:
        info["cacheExpiryDateTime"] = format_ocpp_datetime(auth.expiry_date)
    if auth.parent_id_tag:
        info["groupIdToken"] = id_token(auth.parent_id_tag)
    return info


def authorize_token(conn: OCPPConnection, token: dict[str, Any] | None,
                    connector_no: int | None = None,
                    at: datetime | None = None) -> dict[str, Any]:
    """idTokenInfo for a request that carried ``token``."""
    value = id_token_value(token)
    if value is None:  # NoAuthorization: nothing to check
        return {"status": "Accepted"}
    auth = conn.services.authorizer.authorize(conn.cp_id, value, connector_no, at)
    return token_info(auth, value)


def set_charge_point(conn: OCPPConnection, **values: Any) -> None:
    from csms_desktop.services.events import ChargerUpdated
    from csms_desktop.store.models import ChargePoint

    ChargePoint.update(**values).where(ChargePoint.id == conn.cp_id).execute()
    conn.services.hub.publish(ChargerUpdated(conn.cp_id))


def status_info(reason: str, text: str = "") -> dict[str, Any]:
    """StatusInfoType (reasonCode at most 20 characters)."""
    info: dict[str, Any] = {"reasonCode": reason[:20]}
    if text:
        info["additionalInfo"] = text[:512]
    return info
