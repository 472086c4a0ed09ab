"""Secrets of chargers and operators: how they are hashed and checked, and a charger's
password provisioned but not confirmed yet. One module for the admission
(services.chargers) and the provisioning (services.credentials), which both need them."""

from __future__ import annotations

import hashlib
import hmac
import secrets

import bcrypt

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.models import Setting


def hash_password(password: str) -> str:
    """A password a person chose (bcrypt: slow on purpose, against guessing)."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=10)).decode()


SECRET_PREFIX = "sha256$"


def hash_secret(secret: str) -> str:
    """A secret the CSMS generated (a provisioned charger password: ~119 random bits):
    salted SHA-256. Nobody can guess it, so a slow hash buys nothing, and bcrypt cost 60 ms
    of CPU per charger: 500 chargers booting spent 30 s of CPU on their new passwords."""
    salt = secrets.token_hex(8)
    return f"{SECRET_PREFIX}{salt}${hashlib.sha256((salt + secret).encode()).hexdigest()}"


def check_password(password: str, hashed: str) -> bool:
    if hashed.startswith(SECRET_PREFIX):
        salt, _, digest = hashed[len(SECRET_PREFIX):].partition("$")
        mine = hashlib.sha256((salt + password).encode("utf-8", "replace")).hexdigest()
        return hmac.compare_digest(mine, digest)
    try:
        return bcrypt.checkpw(password.encode("utf-8", "replace"), hashed.encode())
    except ValueError:
        return False


def pending_key(cp_id: str) -> str:
    return f"credential_pending:{cp_id}"[:64]


def pending_hash(cp_id: str) -> str | None:
    row = Setting.get_or_none(Setting.key == pending_key(cp_id))
    return str(row.value) if row is not None and row.value else None


def set_pending(cp_id: str, hashed: str | None) -> None:
    if hashed is None:
        Setting.delete().where(Setting.key == pending_key(cp_id)).execute()
        return
    Setting.insert(key=pending_key(cp_id), value=hashed, updated_at=utcnow()).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: hashed}).execute()
