"""API tokens (table ``api_token``) and the audit log of writes (table ``api_audit``).

A token is ``csms_`` + 43 URL-safe characters (256 random bits); only its SHA-256 is
stored, so it is shown once, when made. Each token carries an operator role (attendant,
manager, admin): the API acts as an operator of that role (:func:`operator_for`), so the
services' own permission checks apply unchanged.

Managing tokens needs the Operators permission (administrators); ``by=None`` is a trusted
local caller (the command line: whoever can open the database can change it anyway).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.operators import OperatorInfo, Permission, require
from csms_desktop.services.validation import QT_TR_NOOP, FieldError, Message, raise_if
from csms_desktop.store.api_models import ApiAudit, ApiToken

TOKEN_PREFIX = "csms_"
DEFAULT_RATE_LIMIT = 600  # requests per minute
MAX_RATE_LIMIT = 60_000
SECRET_KEYS = ("password", "secret", "token", "hash_password", "authorization")
MAX_DETAIL = 2000  # characters of a request body kept in the audit log


@dataclass(frozen=True)
class TokenInfo:
    id: str
    name: str
    role: str
    prefix: str
    rate_limit_per_minute: int
    created_at: datetime
    created_by: str
    last_used_at: datetime | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    actor: str
    role: str | None
    method: str
    path: str
    status: int
    detail: Any
    remote: str | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _info(row: ApiToken) -> TokenInfo:
    return TokenInfo(id=str(row.id), name=str(row.name), role=str(row.role),
                     prefix=str(row.prefix), rate_limit_per_minute=int(row.rate_limit_per_minute),
                     created_at=row.created_at, created_by=str(row.created_by or ""),
                     last_used_at=row.last_used_at, revoked_at=row.revoked_at)


def actor_name(by: OperatorInfo | None) -> str:
    return str(by) if by is not None else "command line"


def validate_token_input(name: str, role: str, rate_limit: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = QT_TR_NOOP(
            "enter a name that says who uses the token (e.g. home-assistant)")
    elif len(name.strip()) > 100:
        errors["name"] = QT_TR_NOOP("at most 100 characters")
    try:
        OperatorRole(str(role).upper())
    except ValueError:
        errors["role"] = QT_TR_NOOP("the role is attendant, manager or admin")
    if rate_limit is not None and not 1 <= rate_limit <= MAX_RATE_LIMIT:
        errors["rate_limit_per_minute"] = Message(
            QT_TR_NOOP("1 to {most} requests per minute"), most=f"{MAX_RATE_LIMIT:,}")
    return errors


def create_token(name: str, role: str, *, by: OperatorInfo | None = None,
                 rate_limit: int | None = None) -> tuple[TokenInfo, str]:
    """A new token: (its row, the token itself, which is never stored or shown again)."""
    if by is not None:
        require(by, Permission.OPERATORS)
    raise_if(validate_token_input(name, role, rate_limit))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken.create(name=name.strip(), role=OperatorRole(str(role).upper()).value,
                          token_hash=hash_token(token), prefix=token[:12],
                          rate_limit_per_minute=rate_limit or DEFAULT_RATE_LIMIT,
                          created_by=actor_name(by))
    info = _info(row)
    record_audit(actor_name(by), "CREATE", f"api-token {info.name}", 201,
                 {"id": info.id, "name": info.name, "role": info.role,
                  "rate_limit_per_minute": info.rate_limit_per_minute},
                 role=by.role.value if by is not None else None)
    return info, token


def list_tokens(*, by: OperatorInfo | None = None, include_revoked: bool = True
                ) -> list[TokenInfo]:
    if by is not None:
        require(by, Permission.OPERATORS)
    q = ApiToken.select().order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
    if not include_revoked:
        q = q.where(ApiToken.revoked_at.is_null())
    return [_info(r) for r in q]


def find_token(id_or_name: str) -> TokenInfo | None:
    """A token by id, or by name when exactly one active token has that name."""
    row = ApiToken.get_or_none(ApiToken.id == id_or_name)
    if row is None:
        rows = list(ApiToken.select().where((ApiToken.name == id_or_name)
                                            & ApiToken.revoked_at.is_null()).limit(2))
        row = rows[0] if len(rows) == 1 else None
    return _info(row) if row is not None else None


def revoke_token(token_id: str, *, by: OperatorInfo | None = None) -> TokenInfo:
    """Revoke a token (kept for the audit log); revoking twice is refused."""
    if by is not None:
        require(by, Permission.OPERATORS)
    row = ApiToken.get_or_none(ApiToken.id == token_id)
    if row is None:
        raise FieldError("token", QT_TR_NOOP("no such token"))
    if row.revoked_at is not None:
        raise FieldError("token", Message(QT_TR_NOOP("the token {name} is already revoked"),
                                          name=repr(row.name)))
    row.revoked_at = utcnow()
    row.revoked_by = actor_name(by)
    row.save()
    record_audit(actor_name(by), "REVOKE", f"api-token {row.name}", 200, {"id": row.id},
                 role=by.role.value if by is not None else None)
    return _info(row)


def authenticate(token: str) -> TokenInfo | None:
    """The active token's row for a presented token, else None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    row = ApiToken.get_or_none(ApiToken.token_hash == hash_token(token))
    if row is None or row.revoked_at is not None:
        return None
    return _info(row)


def touch(token_ids: dict[str, datetime]) -> None:
    """Record when tokens were last used (batched by the API, at most once a minute)."""
    for token_id, at in token_ids.items():
        ApiToken.update(last_used_at=at).where(ApiToken.id == token_id).execute()


def operator_for(token: TokenInfo) -> OperatorInfo:
    """The operator the API acts as for this token (services check its role)."""
    return OperatorInfo(id=f"token:{token.id}", username=f"api:{token.name}", name=token.name,
                        role=OperatorRole(token.role), active=token.active)


# ------------------------------------------------------------------ audit log


def redact(value: Any) -> Any:
    """``value`` with the values of secret-looking keys replaced (recursively)."""
    if isinstance(value, dict):
        return {k: ("***" if any(s in str(k).lower() for s in SECRET_KEYS) else redact(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def _bounded(detail: Any) -> Any:
    text = json.dumps(detail, ensure_ascii=False, default=str)
    if len(text) <= MAX_DETAIL:
        return detail
    return {"truncated": text[:MAX_DETAIL]}


def record_audit(actor: str, method: str, path: str, status: int, detail: Any = None, *,
                 token_id: str | None = None, role: str | None = None,
                 remote: str | None = None) -> None:
    ApiAudit.create(actor=actor[:120], token_id=token_id, role=role, method=method[:10],
                    path=path[:300], status=status,
                    detail=_bounded(redact(detail)) if detail is not None else None,
                    remote=(remote or None) and str(remote)[:64])


def audit_rows(before: tuple[datetime, str] | None = None, limit: int = 100,
               token_id: str | None = None) -> list[AuditRow]:
    """Newest first, keyset-paged by (at, id)."""
    q = ApiAudit.select()
    if token_id:
        q = q.where(ApiAudit.token_id == token_id)
    if before is not None:
        at, last = before
        q = q.where((ApiAudit.at < at) | ((ApiAudit.at == at) & (ApiAudit.id < last)))
    q = q.order_by(ApiAudit.at.desc(), ApiAudit.id.desc()).limit(limit)
    return [AuditRow(str(r.id), r.at, str(r.actor), r.role, str(r.method), str(r.path),
                     int(r.status), r.detail, r.remote) for r in q]
