"""Charge points: admission (unknown-charger policy, HTTP Basic auth), boot, liveness, status."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from csms_desktop.domain.enums import (
    ChargePointStatus,
    ConnectorStatus,
    NotificationType,
    OCPPVersion,
    RegistrationStatus,
    UnknownChargerPolicy,
)
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services import security
from csms_desktop.services.errors import ChargerInputError
from csms_desktop.services.events import (
    ChargerBooted,
    ChargerConnected,
    ChargerDisconnected,
    ChargerUpdated,
    ConnectorStatusChanged,
    EventHub,
)
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.passwords import check_password, hash_password, pending_hash, set_pending
from csms_desktop.services.settings import SiteSettings
from csms_desktop.services.writer import BatchWriter
from csms_desktop.store.cert_models import ChargerCertificate, ChargerSecurity
from csms_desktop.store.models import ChargePoint, Connector

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Admission:
    allowed: bool
    http_status: int = 200
    reason: str = ""
    authenticated: bool = False  # the charger proved its identity (a verified password)
    retry_after: int | None = None  # seconds, for 429 Too Many Requests


@dataclass(frozen=True)
class BootInfo:
    vendor: str | None = None
    model: str | None = None
    serial_number: str | None = None
    firmware_version: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    meter_type: str | None = None
    meter_serial_number: str | None = None
    reason: str | None = None  # 2.0.1 BootReason


_POOL: list[ThreadPoolExecutor] = []


def _verified_key(hashed: str, password: str) -> tuple[str, str]:
    return hashed, hashlib.sha256(password.encode("utf-8", "replace")).hexdigest()


def _hex_decoded(password: str) -> list[str]:
    """The text a hex-digit password stands for, when it is printable ASCII."""
    if len(password) < 32 or len(password) % 2 or not all(
            c in "0123456789abcdefABCDEF" for c in password):
        return []
    try:
        text = bytes.fromhex(password).decode("ascii")
    except ValueError:
        return []
    return [text] if text.isprintable() else []


def _bcrypt_pool() -> ThreadPoolExecutor:
    if not _POOL:
        _POOL.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="bcrypt"))
    return _POOL[0]


class ChargerService:
    """Everything about a charge point's identity and health, version-neutral."""

    def __init__(self, hub: EventHub, writer: BatchWriter, settings: SiteSettings,
                 notifier: Notifier) -> None:
        self.hub = hub
        self.writer = writer
        self.settings = settings
        self.notifier = notifier
        self.security = security.SecurityLog(hub, writer, notifier)
        self.throttle = security.AuthThrottle()
        self.connected: dict[str, OCPPVersion] = {}
        self.stopping = False  # set while the server shuts down
        self._verified: dict[tuple[str, str], bool] = {}
        self._disconnects = 0
        self._shown: dict[tuple[str, int], str] = {}  # ocpp_status last published
        self._connector_ids: dict[tuple[str, int], str] = {}
        self._status_time: dict[tuple[str, int], datetime] = {}
        # several nodes on one database (services/nodebus.py): this node's claims on
        # chargers' connections; None on a single node (SQLite)
        self.presence: Any = None
        # the site of this node (services/sites.py): where a charger first seen here goes
        self.site_id: str | None = None
        # per-charger caches elsewhere (ChargingService) dropped when a charger connects
        self.forgetters: list[Any] = [self.forget_charger]

    # ------------------------------------------------------------ admission
    async def admit(self, cp_id: str, password: str | None, remote: str = "",
                    worker: Any = None, tls: bool = False,
                    client_cert: tuple[str, str] | None = None) -> Admission:
        """Decide at the websocket handshake whether ``cp_id`` may connect.

        Its security profile is the higher of its own (``charger_security``; without a
        row: 1 when it has a password, else 0) and the site minimum (``security_profile``):
        2 needs TLS (``tls``) and then the password like 1; 3 needs TLS and a client
        certificate verified against the site CA (``client_cert``: its CN and serial)
        whose CN is ``cp_id`` or the serial number it reported at boot, or whose serial
        the site CA issued to ``cp_id``, and no password. Below it: refused (403) with a
        security event. A charger asked to raise its profile (``target_profile``) gets it
        when it connects meeting it.

        bcrypt (~50 ms) runs in a worker thread of its own (one: a flood of attempts
        cannot take both cores from the event loop), a verified (hash, password) pair is
        remembered, so a reconnect storm of 2,000 secured chargers never stalls the
        loop, and wrong passwords are throttled per id and per address. A 1.6 password
        is also tried hex-decoded (the AuthorizationKey's octets are the password; some
        firmware sends the hex text itself), and a password provisioned but not yet
        confirmed (``passwords.pending_hash``) is accepted and made current.
        """

        def read() -> tuple[ChargePoint | None, str | None, int | None, int | None, bool,
                            bool]:
            row = ChargePoint.get_or_none(ChargePoint.id == cp_id)
            sec = ChargerSecurity.get_or_none(ChargerSecurity.charge_point_id == cp_id)
            issued = client_cert is not None and client_cert[0] != cp_id and \
                ChargerCertificate.select().where(
                    ChargerCertificate.charge_point_id == cp_id,
                    ChargerCertificate.serial == client_cert[1],
                    ChargerCertificate.revoked == False).exists()  # noqa: E712
            revoked = client_cert is not None and ChargerCertificate.select().where(
                ChargerCertificate.serial == client_cert[1],
                ChargerCertificate.revoked == True).exists()  # noqa: E712
            return (row, (pending_hash(cp_id) if row is not None and password is not None
                          else None), (sec.profile if sec is not None else None),
                    (sec.target_profile if sec is not None else None), issued, revoked)

        cp, pending, own, target, issued, revoked = (await worker.call(read, urgent=True)
                                                     if worker is not None else read())
        if own is None:
            own = 1 if cp is not None and cp.password_hash else 0
        profile = max(own, self.settings.security_profile)
        if profile >= 2 and not tls:
            return self._violation(cp_id, remote, 403,
                                   f"security profile {profile}: connect over wss:// (TLS)")
        if revoked:
            assert client_cert is not None
            return self._violation(cp_id, remote, 403, f"the client certificate (serial "
                                   f"{client_cert[1]}) was revoked")
        cert_ok = False
        if client_cert is not None:
            # CN = the charger id, or its serial number (1.6 whitepaper / 2.0.1 A00.FR.413
            # put the serial number there), or a certificate the site CA issued to it
            serial_no = cp.serial_number if cp is not None else None
            cert_ok = client_cert[0] == cp_id or issued or bool(
                serial_no and client_cert[0] == serial_no)
        if profile >= 3:
            if client_cert is None:
                return self._violation(cp_id, remote, 403, "security profile 3: no client "
                                       "certificate (one signed by the site CA is required)")
            cn, serial = client_cert
            if not cert_ok:
                return self._violation(cp_id, remote, 403,
                                       f"security profile 3: the client certificate is for "
                                       f"{cn!r} (serial {serial}), not for this charger")
            return Admission(True, authenticated=True)
        if target == 3 and tls and cert_ok:
            await self._upgraded(cp_id, 3, worker)  # the upgrade asked of it: done
            return Admission(True, authenticated=True)
        needs_auth = profile >= 1 or (cp is not None and cp.password_hash)
        if not needs_auth and pending is None:
            return Admission(True)
        if needs_auth and (cp is None or not (cp.password_hash or pending)):
            return self._refuse(cp_id, remote, 401, "no password is set for this charger")
        if password is None:
            return self._refuse(cp_id, remote, 401, "missing HTTP Basic credentials")
        assert cp is not None
        hashes = [h for h in (cp.password_hash, pending) if h]
        candidates = [password, *_hex_decoded(password)]
        match = self._cached_match(hashes, candidates)
        if match is None:
            wait = self.throttle.retry_after(cp_id, remote)
            if wait > 0:
                self.security.raise_event(cp_id, security.AUTH_THROTTLED,
                                          f"wrong passwords: next attempt in {wait:.0f} s",
                                          remote)
                return Admission(False, 429, "too many failed attempts; retry later",
                                 retry_after=max(1, int(wait + 0.999)))
            loop = asyncio.get_running_loop()
            for hashed in hashes:
                for candidate in candidates:
                    if await loop.run_in_executor(_bcrypt_pool(), check_password, candidate,
                                                  hashed):
                        match = hashed
                        self._verified[_verified_key(hashed, candidate)] = True
                        break
                if match is not None:
                    break
            if match is None:
                if not needs_auth:  # a stale pending password: the charger is profile 0
                    return Admission(True)
                self.throttle.failed(cp_id, remote)
                return self._refuse(cp_id, remote, 401, "wrong password")
            self.throttle.succeeded(cp_id, remote)
        if match == pending and match != cp.password_hash:
            def promote() -> None:
                ChargePoint.update(password_hash=match).where(ChargePoint.id == cp_id).execute()
                set_pending(cp_id, None)

            await worker.call(promote, urgent=True) if worker is not None else promote()
            log.info("%s connected with its provisioned password: it is now required", cp_id)
        if target == 2 and tls:
            await self._upgraded(cp_id, 2, worker)
        return Admission(True, authenticated=True)

    async def _upgraded(self, cp_id: str, profile: int, worker: Any) -> None:
        """The charger connected meeting the profile it was asked to raise to: from now
        on that is its profile (services/security_profiles.py)."""
        from csms_desktop.services.security_profiles import upgrade_done

        await worker.call(upgrade_done, cp_id, profile, urgent=True) if worker is not None \
            else upgrade_done(cp_id, profile)
        self.security.raise_event(cp_id, security.PROFILE_RAISED,
                                  f"connected at security profile {profile}: required from "
                                  "now on", alarming=False)

    def _cached_match(self, hashes: list[str], candidates: list[str]) -> str | None:
        for hashed in hashes:
            for candidate in candidates:
                if _verified_key(hashed, candidate) in self._verified:
                    return hashed
        return None

    def _violation(self, cp_id: str, remote: str, status: int, reason: str) -> Admission:
        self.security.raise_event(cp_id, security.PROFILE_VIOLATION, reason, remote)
        return Admission(False, status, reason)

    def _refuse(self, cp_id: str, remote: str, status: int, reason: str) -> Admission:
        self.security.raise_event(cp_id, security.AUTH_FAILED, reason, remote)
        return Admission(False, status, reason)

    def set_password(self, cp_id: str, password: str | None) -> None:
        ChargePoint.update(password_hash=hash_password(password) if password else None).where(
            ChargePoint.id == cp_id
        ).execute()

    @property
    def disconnects(self) -> int:
        """Chargers that dropped while the server kept running (since start)."""
        return self._disconnects

    # ------------------------------------------------------------ connection
    def on_connected(self, cp_id: str, version: OCPPVersion, remote: str) -> None:
        if self.presence is not None:
            # another node may have served it since: what is cached about it here is
            # stale, the database has what that node acknowledged
            for forget in self.forgetters:
                forget(cp_id)
            self.presence.claim(cp_id)
        self.connected[cp_id] = version
        self.writer.update_later(ChargePoint, cp_id, connected=True, last_seen=utcnow(),
                                 protocol=version)
        self.hub.publish(ChargerConnected(cp_id, version.value, remote))

    def on_disconnected(self, cp_id: str, reason: str, replaced: bool = False) -> None:
        known = cp_id in self.connected
        if not replaced and not self.stopping:
            # counted for diagnostics (a benchmark's "unintended disconnects")
            self._disconnects += 1
        if not replaced and self.presence is not None and not self.presence.release(cp_id):
            # it connected to another node meanwhile: that node's to show
            self.connected.pop(cp_id, None)
            log.info("%s: the connection here closed; another node holds it now", cp_id)
            return
        if not replaced:
            self.connected.pop(cp_id, None)
            self.writer.update_later(ChargePoint, cp_id, connected=False)
        self.hub.publish(ChargerDisconnected(cp_id, reason))
        # A charger that drops is news; every charger dropping because we stop is not.
        if not replaced and known and not self.stopping:
            self.notifier.notify(
                NotificationType.SYSTEM_MAINTENANCE, f"Charger {cp_id} offline",
                f"The connection closed ({reason}).", charge_point_id=cp_id,
            )

    def touch(self, cp_id: str, heartbeat: bool = False) -> None:
        """Record traffic from a charger (coalesced, written with the next batch)."""
        now = utcnow()
        if heartbeat:
            self.writer.update_later(ChargePoint, cp_id, last_seen=now, last_heartbeat=now)
        else:
            self.writer.update_later(ChargePoint, cp_id, last_seen=now)

    def is_registered(self, cp_id: str) -> bool:
        cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
        return cp is not None and cp.registration_status == RegistrationStatus.ACCEPTED

    # ------------------------------------------------------------ boot
    def boot(self, cp_id: str, version: OCPPVersion, info: BootInfo) -> RegistrationStatus:
        cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
        now = utcnow()
        fields: dict[str, Any] = {
            "vendor": info.vendor, "model": info.model, "serial_number": info.serial_number,
            "firmware_version": info.firmware_version, "iccid": info.iccid, "imsi": info.imsi,
            "meter_type": info.meter_type, "meter_serial_number": info.meter_serial_number,
            "protocol": version, "last_boot": now, "last_seen": now,
            "connected": cp_id in self.connected,
        }
        if cp is None:
            policy = UnknownChargerPolicy(self.settings.unknown_charger_policy)
            if policy == UnknownChargerPolicy.REJECT:
                self.security.raise_event(cp_id, security.UNKNOWN_CHARGER,
                                          "booted and was rejected (policy reject)")
                return RegistrationStatus.REJECTED
            if policy == UnknownChargerPolicy.PENDING and self._pending_count() >= \
                    self.settings.max_pending_chargers:
                # every unknown id would otherwise become a row waiting for an operator
                self.security.raise_event(
                    cp_id, security.TOO_MANY_PENDING,
                    f"{self.settings.max_pending_chargers} chargers already wait for approval;"
                    " this one was rejected")
                return RegistrationStatus.REJECTED
            status = (RegistrationStatus.PENDING if policy == UnknownChargerPolicy.PENDING
                      else RegistrationStatus.ACCEPTED)
            ChargePoint.create(id=cp_id, name=cp_id, registration_status=status,
                               site=self.site_id, **fields)
            if status == RegistrationStatus.PENDING:
                self.notifier.notify(
                    NotificationType.GENERAL, f"New charger {cp_id} waits for approval",
                    f"{info.vendor or '?'} {info.model or ''} asked to join; accept it on the "
                    "Charge points page.", charge_point_id=cp_id,
                )
        else:
            status = RegistrationStatus(cp.registration_status)
            ChargePoint.update(**fields).where(ChargePoint.id == cp_id).execute()
        self.hub.publish(ChargerBooted(cp_id, info.vendor or "", info.model or "", status.value))
        self.hub.publish(ChargerUpdated(cp_id))
        return status

    @staticmethod
    def _pending_count() -> int:
        return int(ChargePoint.select().where(
            ChargePoint.registration_status == RegistrationStatus.PENDING).count())

    def set_registration(self, cp_id: str, status: RegistrationStatus) -> None:
        ChargePoint.update(registration_status=status).where(ChargePoint.id == cp_id).execute()
        self.hub.publish(ChargerUpdated(cp_id))

    def set_maintenance(self, cp_id: str, on: bool) -> None:
        cp = ChargePoint.get_by_id(cp_id)
        status = ChargePointStatus.MAINTENANCE if on else _cp_status_from_ocpp(cp.ocpp_status)
        ChargePoint.update(maintenance=on, status=status).where(ChargePoint.id == cp_id).execute()
        self.hub.publish(ChargerUpdated(cp_id))

    # ------------------------------------------------------------ connectors
    def check_connector(self, cp_id: str, connector_no: int, what: str = "connectorId") -> None:
        """Refuse a negative connector (EVSE) number, and one above the charger's reported
        number of connectors or the site's ``max_connectors_per_charger``: such an id
        must never become a connector row (10^9 once set connector_count to 10^9)."""
        if connector_no < 0:
            raise ChargerInputError("property", f"{what} {connector_no} is negative")
        limit = self.settings.max_connectors_per_charger
        if connector_no > limit:
            self._out_of_range(cp_id, connector_no, what, limit, "the site's limit")
        if (cp_id, connector_no) in self._connector_ids:
            return
        reported = self.reported_connectors(cp_id)
        if reported is not None and connector_no > reported:
            self._out_of_range(cp_id, connector_no, what, reported, "what the charger reports")

    def _out_of_range(self, cp_id: str, n: int, what: str, limit: int, source: str) -> None:
        self.security.raise_event(cp_id, security.CONNECTOR_RANGE,
                                  f"{what} {n} is above {limit} ({source}): refused",
                                  alarming=False)
        raise ChargerInputError("property", f"{what} {n} is above {limit} ({source})")

    @staticmethod
    def reported_connectors(cp_id: str) -> int | None:
        """Connectors (EVSEs) the charger said it has: 1.6 ``NumberOfConnectors``, 2.0.1
        the highest EVSE id in its device model; None when it never told."""
        from csms_desktop.store.models import ChargePointVariable as V

        text = (V.select(V.value).where((V.charge_point == cp_id) & (V.component == "")
                                        & (V.variable == "NumberOfConnectors")).scalar())
        if text is not None and str(text).strip().isdigit():
            return int(str(text).strip())
        evse = (V.select(pw.fn.MAX(V.evse_id)).where((V.charge_point == cp_id)
                                                       & (V.component == "EVSE")).scalar())
        return int(evse) if evse else None

    def connector_row_id(self, cp_id: str, connector_no: int, create: bool = True) -> str | None:
        """The row of connector (2.0.1: EVSE) ``connector_no``, created when ``create``
        (ChargerInputError for a number out of range: see :meth:`check_connector`)."""
        key = (cp_id, connector_no)
        row_id = self._connector_ids.get(key)
        if row_id is not None:
            return row_id
        if create:
            self.check_connector(cp_id, connector_no)
        elif connector_no < 0 or connector_no > self.settings.max_connectors_per_charger:
            return None
        conn = Connector.get_or_none(
            (Connector.charge_point == cp_id) & (Connector.connector_id == connector_no)
        )
        if conn is None:
            if not create or ChargePoint.get_or_none(ChargePoint.id == cp_id) is None:
                return None
            conn = Connector.create(charge_point=cp_id, connector_id=connector_no)
            ChargePoint.update(connector_count=connector_no).where(
                (ChargePoint.id == cp_id) & (ChargePoint.connector_count < connector_no)
            ).execute()
        self._connector_ids[key] = str(conn.id)
        return str(conn.id)

    def forget_connector(self, cp_id: str, connector_no: int) -> None:
        self._connector_ids.pop((cp_id, connector_no), None)

    def forget_charger(self, cp_id: str) -> None:
        """Drop the connector rows and last statuses cached for ``cp_id``."""
        for no in range(self.settings.max_connectors_per_charger + 1):
            key = (cp_id, no)
            self._connector_ids.pop(key, None)
            self._shown.pop(key, None)
            self._status_time.pop(key, None)

    @staticmethod
    def store_variables(cp_id: str, items: list[dict[str, Any]]) -> int:
        """Keep what GetConfiguration / GetVariables returned, for browsing offline."""
        from csms_desktop.store.models import ChargePointVariable as V

        now = utcnow()
        n = 0
        with V._meta.database.atomic():
            for item in items:
                key = {
                    "charge_point": cp_id, "component": item.get("component") or "",
                    "evse_id": item.get("evse_id"), "connector_id": item.get("connector_id"),
                    "variable": str(item.get("variable") or item["key"])[:100],
                    "instance": item.get("instance") or "",
                    "attribute_type": item.get("attribute_type") or "Actual",
                }
                value = item.get("value")
                text = None if value is None else str(value)
                # NULLs are distinct in unique indexes: match them with IS NULL explicitly
                cond = [(getattr(V, k) == v) if v is not None else getattr(V, k).is_null()
                        for k, v in key.items() if k != "charge_point"]
                changes: dict[str, Any] = {"value": text, "updated_at": now}
                if item.get("readonly") is not None:  # 2.0.1 GetVariables: unknown (None)
                    changes["readonly"] = bool(item["readonly"])
                updated = V.update(**changes).where((V.charge_point == cp_id), *cond).execute()
                if not updated:
                    V.create(**key, value=text, readonly=bool(item.get("readonly")),
                             updated_at=now)
                n += 1
        return n

    def record_charging_state(self, cp_id: str, connector_no: int, ocpp_status: str,
                              at: datetime) -> None:
        """2.0.1: a TransactionEvent's chargingState refines an Occupied EVSE (Charging,
        SuspendedEV, ...) in ``connector.ocpp_status``, as 1.6 statuses do."""
        row_id = self.connector_row_id(cp_id, connector_no, create=False)
        if row_id is None:
            return
        key = (cp_id, connector_no)
        last = self._status_time.get(key)
        if (last is not None and at < last) or self._shown.get(key) == ocpp_status:
            return  # older, or what the connector already shows (every meter event repeats it)
        self._shown[key] = ocpp_status
        self.writer.update_later(Connector, row_id, ocpp_status=ocpp_status)
        self.hub.publish(ConnectorStatusChanged(cp_id, connector_no, ConnectorStatus.OCCUPIED.value,
                                                ocpp_status, None, at))

    def record_status(
        self,
        cp_id: str,
        connector_no: int,
        seed_status: ConnectorStatus | ChargePointStatus,
        ocpp_status: str,
        error_code: str | None,
        timestamp: datetime,
        info: str | None = None,
        vendor_error_code: str | None = None,
        ocpp_connector_id: int | None = None,
    ) -> bool:
        """Store a status report; False when it is older than the one already stored.

        ``ocpp_connector_id``: 2.0.1/2.1, the connectorId within the EVSE ``connector_no``.
        """
        key = (cp_id, connector_no)
        last = self._status_time.get(key)
        if last is None and connector_no != 0:  # after a restart: the stored report's time
            last = (Connector.select(Connector.status_time)
                    .where((Connector.charge_point == cp_id)
                           & (Connector.connector_id == connector_no)).scalar())
        if last is not None and timestamp < last:
            log.info("%s connector %d: status %s of %s is older than the stored one; "
                     "kept in the log only", cp_id, connector_no, ocpp_status, timestamp)
            return False
        self._status_time[key] = timestamp
        self._shown[key] = ocpp_status
        if connector_no == 0:
            cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
            if cp is None:
                return False
            status = ChargePointStatus.MAINTENANCE if cp.maintenance else seed_status
            self.writer.update_later(ChargePoint, cp_id, status=status, ocpp_status=ocpp_status,
                                     error_code=error_code)
            self.hub.publish(ChargerUpdated(cp_id))
        else:
            row_id = self.connector_row_id(cp_id, connector_no)
            if row_id is None:
                return False
            values: dict[str, Any] = {
                "status": seed_status, "ocpp_status": ocpp_status, "error_code": error_code,
                "status_time": timestamp, "info": info, "vendor_error_code": vendor_error_code,
            }
            if ocpp_connector_id is not None:
                values["ocpp_connector_id"] = ocpp_connector_id
            # buffered: handlers answer after ``await writer.durable()``, which coalesces
            # the commits of a reconnect storm into a few transactions
            self.writer.update_later(Connector, row_id, **values)
        self.hub.publish(ConnectorStatusChanged(
            cp_id, connector_no, seed_status.value, ocpp_status, error_code, timestamp))
        if seed_status in (ConnectorStatus.FAULTED, ChargePointStatus.FAULTED):
            where = "charger" if connector_no == 0 else f"connector {connector_no}"
            self.notifier.notify(
                NotificationType.SYSTEM_MAINTENANCE, f"{cp_id} {where} faulted",
                f"Error code {error_code or 'unknown'}{': ' + info if info else ''}.",
                charge_point_id=cp_id,
            )
        return True


def _cp_status_from_ocpp(ocpp_status: str | None) -> ChargePointStatus:
    return {
        "Available": ChargePointStatus.AVAILABLE,
        "Unavailable": ChargePointStatus.UNAVAILABLE,
        "Faulted": ChargePointStatus.FAULTED,
    }.get(ocpp_status or "Available", ChargePointStatus.OCCUPIED)
