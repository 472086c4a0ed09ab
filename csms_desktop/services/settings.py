"""Site settings: typed defaults, persisted as key/value rows in table ``setting``."""

from __future__ import annotations

import dataclasses
import zoneinfo
from dataclasses import dataclass, fields
from typing import Any

from csms_desktop.domain.enums import UnknownChargerPolicy
from csms_desktop.domain.messages import QT_TR_NOOP, Message, message_of
from csms_desktop.domain.taxid import InvalidTaxId, validate_tax_id
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.models import Setting

INTERFACE_LANGUAGES = ("", "en", "th", "pt_BR")
"""Values of ``SiteSettings.language``: "" follows the operating system's locale."""


@dataclass(frozen=True)
class SiteSettings:
    site_name: str = "Depot"
    site_address: str = ""
    # the seller printed on every invoice: legal name (empty: site_name) and tax id
    # (a CNPJ/CPF for a Brazilian site, the 13-digit tax id for a Thai one)
    legal_name: str = ""
    tax_id: str = ""
    installation_number: str = "INST-0001"
    time_zone: str = "Asia/Bangkok"
    currency: str = "THB"
    default_country: str = "TH"
    ocpp_host: str = "0.0.0.0"
    ocpp_port: int = 9000
    heartbeat_interval: int = 300  # s
    unknown_charger_policy: str = UnknownChargerPolicy.PENDING.value
    # the site minimum security profile (a charger's own may be higher, charger_security):
    # 0 none, 1 HTTP Basic, 2 TLS + HTTP Basic, 3 TLS + client certificate
    security_profile: int = 0
    message_log_retention_days: int = 90
    free_charging: bool = False
    call_timeout: float = 30.0  # s, CSMS -> charger calls
    idle_lock_minutes: int = 15
    reservation_lead_minutes: int = 15
    invoice_due_day: int = 10  # day of the month after the reference month
    site_capacity_kw: float = 0.0  # 0: not set
    # hardening (docs/security.md)
    max_pending_chargers: int = 100  # unknown chargers waiting for approval at once
    max_connectors_per_charger: int = 16  # connector / EVSE ids above it create nothing
    max_active_transactions_per_tag: int = 1  # more: ConcurrentTx at the start
    boot_timeout: int = 60  # s; a connection that has not booted by then is closed
    takeover_ping_timeout: float = 5.0  # s, is the connection a newcomer would replace alive?
    clock_tolerance_s: int = 900  # a charger time this far in the future is not believed
    provision_passwords: bool = True  # give each accepted charger its own Basic-auth password
    # OCPP 2.0.1 CostUpdated: the running cost sent to charging stations every so many
    # seconds (0: never)
    cost_update_interval: int = 0
    # listeners (services/certificates.py, protocol/server.py): ws:// on ocpp_port, wss:// on
    # tls_port with the site CA's certificate (or tls_cert/tls_key, PEM files)
    ws_enabled: bool = True
    tls_enabled: bool = False
    tls_port: int = 9443
    tls_cert: str = ""
    tls_key: str = ""
    # names chargers use for this computer beyond what it knows of itself (its host name,
    # the addresses that resolves to, localhost): DNS names or IPs, comma-separated, put in
    # the site CA's server certificate (the first one is its CN)
    tls_hostnames: str = ""
    # the interface's language: "" = the operating system's locale, or en / th / pt_BR
    # (gui/i18n.py installs it at start-up; read before any window is built)
    language: str = ""
    # the site (services/sites.py) of a node started without --site: chargers it sees first
    # go there (a name; created if missing; empty: the default site)
    node_site: str = ""

    def tls_names(self) -> list[str]:
        return [n.strip() for n in self.tls_hostnames.split(",") if n.strip()]

    def validate(self) -> dict[str, str]:
        """Field name -> message for each invalid value (empty when all valid)."""
        errors: dict[str, str] = {}
        if not 1 <= self.ocpp_port <= 65535:
            errors["ocpp_port"] = QT_TR_NOOP("port must be between 1 and 65535")
        if not 10 <= self.heartbeat_interval <= 86400:
            errors["heartbeat_interval"] = QT_TR_NOOP("heartbeat interval must be 10 s to 24 h")
        try:
            zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            errors["time_zone"] = Message(QT_TR_NOOP("unknown time zone {zone}"),
                                          zone=repr(self.time_zone))
        if self.tax_id.strip():
            try:
                validate_tax_id(self.tax_id, self.default_country)
            except InvalidTaxId as exc:
                errors["tax_id"] = message_of(exc)
        if self.unknown_charger_policy not in {p.value for p in UnknownChargerPolicy}:
            errors["unknown_charger_policy"] = QT_TR_NOOP("choose reject, pending or accept")
        if self.security_profile not in (0, 1, 2, 3):
            errors["security_profile"] = QT_TR_NOOP("security profile 0, 1, 2 or 3")
        elif self.security_profile >= 2 and not self.tls_enabled:
            # every charger would be refused: there would be no wss:// to connect to
            errors["security_profile"] = Message(
                QT_TR_NOOP("security profile {profile} needs wss://: switch tls_enabled on "
                           "first"), profile=str(self.security_profile))
        if not 1 <= self.tls_port <= 65535:
            errors["tls_port"] = QT_TR_NOOP("port must be between 1 and 65535")
        if not (self.ws_enabled or self.tls_enabled):
            errors["ws_enabled"] = QT_TR_NOOP("switch on ws://, wss:// or both")
        for name in self.tls_names():
            if not name.replace("-", "").replace(".", "").replace(":", "").isalnum() or \
                    len(name) > 253:
                errors["tls_hostnames"] = Message(
                    QT_TR_NOOP("{name} is not a host name or an address"), name=repr(name))
                break
        if bool(self.tls_cert) != bool(self.tls_key):
            errors["tls_cert"] = QT_TR_NOOP("give both the certificate and its key, or neither")
        if self.message_log_retention_days < 1:
            errors["message_log_retention_days"] = QT_TR_NOOP("keep the log at least one day")
        if len(self.currency) != 3 or not self.currency.isalpha():
            errors["currency"] = QT_TR_NOOP("a three-letter ISO 4217 code, like THB or BRL")
        if not 1 <= self.invoice_due_day <= 28:
            errors["invoice_due_day"] = QT_TR_NOOP("day 1 to 28")
        if not 1 <= self.max_connectors_per_charger <= 1000:
            errors["max_connectors_per_charger"] = QT_TR_NOOP("1 to 1000 connectors")
        if self.max_active_transactions_per_tag < 1:
            errors["max_active_transactions_per_tag"] = QT_TR_NOOP("at least one transaction per tag")
        if not 10 <= self.boot_timeout <= 3600:
            errors["boot_timeout"] = QT_TR_NOOP("10 s to 1 h")
        if self.max_pending_chargers < 0:
            errors["max_pending_chargers"] = QT_TR_NOOP("zero or more")
        if self.cost_update_interval != 0 and not 10 <= self.cost_update_interval <= 86400:
            errors["cost_update_interval"] = QT_TR_NOOP("0 (off) or 10 s to 24 h")
        if len(self.node_site.strip()) > 100:
            errors["node_site"] = QT_TR_NOOP("a site name has at most 100 characters")
        if self.language not in INTERFACE_LANGUAGES:
            errors["language"] = QT_TR_NOOP("choose the system's language, en, th or pt_BR")
        return errors


_FIELD_TYPES = {f.name: f.type for f in fields(SiteSettings)}


def load_settings() -> SiteSettings:
    values: dict[str, Any] = {}
    names = set(_FIELD_TYPES)
    for row in Setting.select():
        if row.key in names and row.value is not None:
            values[row.key] = row.value
    try:
        return SiteSettings(**values)
    except TypeError:
        return SiteSettings()


def save_settings(settings: SiteSettings) -> None:
    errors = settings.validate()
    if errors:
        raise ValueError("; ".join(f"{k}: {v}" for k, v in errors.items()))
    now = utcnow()
    db = Setting._meta.database
    with db.atomic():
        for key, value in dataclasses.asdict(settings).items():
            Setting.insert(key=key, value=value, updated_at=now).on_conflict(
                conflict_target=[Setting.key],
                update={Setting.value: value, Setting.updated_at: now},
            ).execute()


def update_settings(current: SiteSettings, **changes: Any) -> SiteSettings:
    new = dataclasses.replace(current, **changes)
    save_settings(new)
    return new
