"""Changing the site settings: one validation for the Settings page, the API and
``main.py config set``, so each says the same thing about the same bad value.

:func:`validate_settings` adds the checks ``SiteSettings.validate`` leaves to its callers
(the host, a site name). :func:`parse_value` turns the text typed on a command line into
the setting's type with a message per key. The automation API's own listener settings
(``api_enabled``, ``api_host``, ``api_port``, ``api_tls_cert``, ``api_tls_key``) are
rows of table ``setting`` too, read at start-up (:func:`load_api_config`); a command-line
option wins over them.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.settings import SiteSettings
from csms_desktop.services.validation import QT_TR_NOOP, FieldError, Message, raise_if
from csms_desktop.store.models import Setting

_HOSTNAME = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?)+$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def host_error(host: str) -> str | None:
    host = host.strip()
    if not host:
        return QT_TR_NOOP("enter an address, e.g. 0.0.0.0 for every interface")
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    if _HOSTNAME.match(host):
        return None
    return QT_TR_NOOP("an IP address (0.0.0.0, ::) or a host name")


def validate_settings(candidate: SiteSettings) -> dict[str, str]:
    """Field -> message for every problem of ``candidate`` (empty: it may be saved)."""
    errors = candidate.validate()
    host = host_error(candidate.ocpp_host)
    if host:
        errors["ocpp_host"] = host
    if not candidate.site_name.strip():
        errors["site_name"] = QT_TR_NOOP("enter the site's name")
    return errors


SITE_KEYS: dict[str, Any] = {f.name: f.type for f in fields(SiteSettings)}


def _typed(key: str, value: Any, kind: str) -> tuple[Any, str | None]:
    """(value converted to ``kind``, None) or (None, message)."""
    if kind == "bool":
        if isinstance(value, bool):
            return value, None
        text = str(value).strip().lower()
        if text in _TRUE:
            return True, None
        if text in _FALSE:
            return False, None
        return None, f"{key} is true or false (yes/no, on/off, 1/0), not {value!r}"
    if kind == "int":
        if isinstance(value, bool):
            return None, f"{key} is a whole number"
        try:
            return int(str(value).strip()), None
        except ValueError:
            return None, f"{key} is a whole number, not {value!r}"
    if kind == "float":
        if isinstance(value, bool):
            return None, f"{key} is a number"
        try:
            return float(str(value).strip().replace(",", ".")), None
        except ValueError:
            return None, f"{key} is a number, not {value!r}"
    return str(value).strip(), None


def _kind(type_name: Any) -> str:
    return str(getattr(type_name, "__name__", type_name))


def coerce_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes converted to each setting's type, or ValidationError per key (unknown
    keys included)."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in SITE_KEYS:
            errors[key] = f"unknown setting {key!r}"
            continue
        typed, message = _typed(key, value, _kind(SITE_KEYS[key]))
        if message:
            errors[key] = message
        else:
            out[key] = typed
    raise_if(errors)
    return out


def apply_changes(services: Any, changes: dict[str, Any]) -> SiteSettings:
    """Validate ``changes`` as the Settings page does and apply them to the running
    services (``Services.apply_settings``); ValidationError names each bad field."""
    typed = coerce_changes(changes)
    candidate = dataclasses.replace(services.settings, **typed)
    raise_if(validate_settings(candidate))
    new: SiteSettings = services.apply_settings(**typed)
    return new


# ------------------------------------------------------------------ API listener settings


@dataclass(frozen=True)
class ApiConfig:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8180
    tls_cert: str = ""  # PEM file; empty: the site certificate, if any
    tls_key: str = ""

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        host = host_error(self.host)
        if host:
            errors["api_host"] = host
        if not 0 <= self.port <= 65535:
            errors["api_port"] = QT_TR_NOOP("port must be between 1 and 65535")
        for key in ("tls_cert", "tls_key"):
            path = getattr(self, key)
            if path and not Path(path).is_file():
                errors[f"api_{key}"] = Message(QT_TR_NOOP("no such file: {path}"), path=path)
        if bool(self.tls_cert) != bool(self.tls_key):
            errors["api_tls_key" if self.tls_cert else "api_tls_cert"] = (
                QT_TR_NOOP("give both the certificate and its private key"))
        return errors


API_KEYS: dict[str, str] = {f"api_{f.name}": _kind(f.type) for f in fields(ApiConfig)}


def load_api_config() -> ApiConfig:
    values: dict[str, Any] = {}
    for row in Setting.select().where(Setting.key.in_(list(API_KEYS))):
        if row.value is not None:
            values[str(row.key)[4:]] = row.value
    try:
        return ApiConfig(**values)
    except TypeError:
        return ApiConfig()


def save_api_config(changes: dict[str, Any]) -> ApiConfig:
    errors: dict[str, str] = {}
    typed: dict[str, Any] = {}
    for key, value in changes.items():
        kind = API_KEYS.get(key)
        if kind is None:
            errors[key] = f"unknown setting {key!r}"
            continue
        converted, message = _typed(key, value, kind)
        if message:
            errors[key] = message
        else:
            typed[key[4:]] = converted
    raise_if(errors)
    new = dataclasses.replace(load_api_config(), **typed)
    raise_if(new.validate())
    now = utcnow()
    with Setting._meta.database.atomic():
        for key, value in typed.items():
            Setting.insert(key=f"api_{key}", value=value, updated_at=now).on_conflict(
                conflict_target=[Setting.key],
                update={Setting.value: value, Setting.updated_at: now}).execute()
    return new


# ------------------------------------------------------------------ the command line


def all_values(settings: SiteSettings) -> dict[str, Any]:
    """Every setting ``config get`` knows: the site's and the API listener's."""
    api = {f"api_{k}": v for k, v in dataclasses.asdict(load_api_config()).items()}
    return {**dataclasses.asdict(settings), **api}


def set_value(services: Any, key: str, value: str) -> Any:
    """``config set KEY VALUE``: validated like the GUI; returns the stored value."""
    if key in API_KEYS:
        new_api = save_api_config({key: value})
        return getattr(new_api, key[4:])
    if key not in SITE_KEYS:
        known = ", ".join(sorted([*SITE_KEYS, *API_KEYS]))
        raise FieldError(key, f"unknown setting {key!r}; the settings are: {known}")
    return getattr(apply_changes(services, {key: value}), key)
