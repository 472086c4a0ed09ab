"""Each charger's OCPP security profile and the certificates the site CA issued to it.

The profile a charger must meet at the handshake is the higher of its own (a
``charger_security`` row; none: 1 with a password, else 0) and the site minimum
(setting ``security_profile``); ``ChargerService.admit`` enforces it. Profile 1 and 2 use
the charger's HTTP Basic password (``charge_point.password_hash``, services/credentials.py);
profile 3 a client certificate from the site CA (services/certificates.py).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.certificates import common_name, info
from csms_desktop.store.cert_models import PROFILES, ChargerCertificate, ChargerSecurity
from csms_desktop.store.models import ChargePoint

if TYPE_CHECKING:
    import datetime as dt


def own_profile(cp_id: str) -> int:
    """The charger's own profile (not the site minimum)."""
    row = ChargerSecurity.get_or_none(ChargerSecurity.charge_point_id == cp_id)
    if row is not None:
        return int(row.profile)
    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    return 1 if cp is not None and cp.password_hash else 0


def set_profile(cp_id: str, profile: int) -> None:
    """Record ``cp_id``'s profile (0-3); from its next connection on it is enforced."""
    if profile not in PROFILES:
        raise ValueError(f"security profile {profile!r}: 0, 1, 2 or 3")
    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    has_password = bool(cp is not None and cp.password_hash)
    ChargerSecurity.insert(charge_point_id=cp_id, profile=profile, password_set=has_password,
                           updated_at=utcnow()).on_conflict(
        conflict_target=[ChargerSecurity.charge_point_id],
        update={ChargerSecurity.profile: profile, ChargerSecurity.password_set: has_password,
                ChargerSecurity.updated_at: utcnow()}).execute()


def record_issued(cp_id: str, cert: x509.Certificate, source: str = "SignCertificate"
                  ) -> ChargerCertificate:
    """Keep a certificate the site CA issued to ``cp_id`` (with its expiry)."""
    i = info(cert)
    row: ChargerCertificate = ChargerCertificate.create(
        charge_point_id=cp_id, serial=i.serial, subject=i.subject, fingerprint=i.fingerprint,
        not_before=i.not_before, not_after=i.not_after,
        pem=cert.public_bytes(serialization.Encoding.PEM).decode(), source=source)
    return row


def has_delivered_certificate(cp_id: str, now: dt.datetime | None = None) -> bool:
    """A certificate of the site CA that the charger accepted and that is still valid."""
    return bool(ChargerCertificate.select().where(
        ChargerCertificate.charge_point_id == cp_id,
        ChargerCertificate.delivered == True,  # noqa: E712
        ChargerCertificate.revoked == False,  # noqa: E712
        ChargerCertificate.not_after > (now or utcnow())).exists())


def revoke(cp_id: str, serial: str | None = None) -> int:
    """Revoke ``cp_id``'s certificates from the site CA (one ``serial``, hex, or all):
    a charger presenting one is refused at the handshake from then on. Returns how many."""
    q = ChargerCertificate.update(revoked=True).where(
        ChargerCertificate.charge_point_id == cp_id,
        ChargerCertificate.revoked == False)  # noqa: E712
    if serial is not None:
        q = q.where(ChargerCertificate.serial == (serial.lower().lstrip("0") or "0"))
    return int(q.execute())


def expiring(within_days: int = 30, now: dt.datetime | None = None) -> list[ChargerCertificate]:
    """Chargers' certificates (not revoked) that expire within ``within_days``: offer renewal."""
    import datetime as _dt

    limit = (now or utcnow()) + _dt.timedelta(days=within_days)
    return list(ChargerCertificate.select().where(
        ChargerCertificate.revoked == False,  # noqa: E712
        ChargerCertificate.not_after <= limit).order_by(ChargerCertificate.not_after))


__all__ = ["common_name", "expiring", "installed_changed", "own_profile", "record_issued",
           "revoke", "set_profile"]


def installed_changed(cp_id: str, command: str, args: dict[str, Any],
                      data: dict[str, Any]) -> None:
    """Keep ``installed_certificate`` in step with an accepted certificate command."""
    from csms_desktop.services.certificates import hash_data
    from csms_desktop.store.cert_models import InstalledCertificate

    db = InstalledCertificate._meta.database
    with db.atomic():
        if command == "install_certificate":
            cert = x509.load_pem_x509_certificate(str(args["certificate"]).encode())
            h = hash_data(cert)
            InstalledCertificate.delete().where(
                InstalledCertificate.charge_point_id == cp_id,
                InstalledCertificate.serial_number == h["serialNumber"]).execute()
            InstalledCertificate.create(
                charge_point_id=cp_id, certificate_type=args["certificate_type"],
                hash_algorithm=h["hashAlgorithm"], issuer_name_hash=h["issuerNameHash"],
                issuer_key_hash=h["issuerKeyHash"], serial_number=h["serialNumber"],
                not_after=cert.not_valid_after_utc, pem=args["certificate"])
        elif command == "delete_certificate":
            h = args["hash_data"]
            InstalledCertificate.delete().where(
                InstalledCertificate.charge_point_id == cp_id,
                InstalledCertificate.serial_number == str(h["serialNumber"]).lower(),
                InstalledCertificate.issuer_key_hash == str(h["issuerKeyHash"]).lower(),
            ).execute()
        elif command == "get_installed_certificate_ids":
            kind = args["certificate_type"]
            known = {r.serial_number: r for r in InstalledCertificate.select().where(
                InstalledCertificate.charge_point_id == cp_id,
                InstalledCertificate.certificate_type == kind)}
            reported = {str(h["serialNumber"]).lower(): h for h in data.get("items", [])}
            for serial, row in known.items():
                if serial not in reported:
                    row.delete_instance()
            for serial, h in reported.items():
                if serial in known:
                    continue
                InstalledCertificate.create(
                    charge_point_id=cp_id, certificate_type=kind,
                    hash_algorithm=h["hashAlgorithm"], issuer_name_hash=h["issuerNameHash"],
                    issuer_key_hash=h["issuerKeyHash"], serial_number=serial)


# ---------------------------------------------------------------------- upgrades

UPGRADE_TIMEOUT_S = 60.0
PRIORITY_KEY = "NetworkConfigurationPriority"


async def _network_profile(services: Any, commands: Any, cp_id: str, target: int,
                           url: str | None, steps: list[str]) -> str | None:
    """2.0.1: SetNetworkProfile into a free slot, then that slot first in the priority;
    the failed step's text, or None."""
    from csms_desktop.services.certificates import site_names
    from csms_desktop.services.command_port import outcome_word

    if url is None:
        settings = services.settings
        host = site_names(settings)[0]
        if host in ("localhost", "127.0.0.1", "::1"):
            host = next((n for n in site_names(settings)
                         if n not in ("localhost", "127.0.0.1", "::1")), host)
        url = f"wss://{host}:{settings.tls_port}/ocpp"
    current = await commands.get_configuration(cp_id, [f"OCPPCommCtrlr.{PRIORITY_KEY}"])
    value = next((str(i.get("value") or "") for i in current.data.get("items", [])
                  if i.get("key") == PRIORITY_KEY), "") if current.ok else ""
    used = [int(x) for x in value.split(",") if x.strip().isdigit()]
    slot = next(n for n in range(1, 100) if n not in used)
    answer = await commands.set_network_profile(cp_id, slot, url, target)
    if outcome_word(answer) != "Accepted":
        return f"SetNetworkProfile slot {slot}: {outcome_word(answer)}"
    steps.append(f"SetNetworkProfile slot {slot} ({url}, profile {target}): Accepted")
    priority = ",".join(str(n) for n in [slot, *used])
    answer = await commands.change_configuration(cp_id, PRIORITY_KEY, priority,
                                                 component="OCPPCommCtrlr")
    if outcome_word(answer) not in ("Accepted", "RebootRequired"):
        return f"{PRIORITY_KEY} {priority}: {outcome_word(answer)}"
    steps.append(f"{PRIORITY_KEY} {priority}: {outcome_word(answer)}")
    return None


def request_upgrade(cp_id: str, target: int | None) -> None:
    """Remember (``None``: forget) that ``cp_id`` was asked to raise its profile."""
    profile = own_profile(cp_id)
    ChargerSecurity.insert(charge_point_id=cp_id, profile=profile, target_profile=target,
                           updated_at=utcnow()).on_conflict(
        conflict_target=[ChargerSecurity.charge_point_id],
        update={ChargerSecurity.target_profile: target,
                ChargerSecurity.updated_at: utcnow()}).execute()


def upgrade_done(cp_id: str, profile: int) -> None:
    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    ChargerSecurity.update(profile=profile, target_profile=None,
                           password_set=bool(cp is not None and cp.password_hash),
                           updated_at=utcnow()).where(
        ChargerSecurity.charge_point_id == cp_id).execute()


@dataclass(frozen=True)
class UpgradeResult:
    charge_point_id: str
    ok: bool
    profile: int  # the charger's own profile afterwards
    steps: tuple[str, ...]  # what was done, in order, for the operator


async def upgrade(services: Any, commands: Any, cp_id: str, target: int,
                  timeout: float = UPGRADE_TIMEOUT_S, url: str | None = None) -> UpgradeResult:
    """Raise a connected 1.6 charger to security profile ``target`` (2 or 3), the 1.6
    security whitepaper's way: a password first (``AuthorizationKey``, for 2), then the
    ``SecurityProfile`` configuration key and a hard Reset (as OCTT TC_083_CSMS checks);
    the charger reconnects with the new profile. Its profile is
    raised only when it has connected meeting it (``ChargerService.admit``): a charger
    that cannot, falls back to its old profile (as the whitepaper asks of it) and is still
    admitted there. For 3 the charger needs a client certificate from the site CA first
    (SignCertificate, e.g. after ``extended_trigger_message(SignChargePointCertificate)``).

    A 2.0.1 station the same way with its own messages (A05, OCTT TC_A_19_CSMS): the
    password by ``SecurityCtrlr.BasicAuthPassword``, the certificate by TriggerMessage
    SignChargingStationCertificate, then SetNetworkProfile (``url``, default the wss://
    address of this site: ``tls_hostnames``' first name or the host name, ``tls_port``)
    into a free slot, ``OCPPCommCtrlr.NetworkConfigurationPriority`` with that slot first,
    and a Reset.
    """
    from csms_desktop.domain.enums import OCPPVersion
    from csms_desktop.services.command_port import outcome_word
    from csms_desktop.services.credentials import CredentialService

    if target not in (2, 3):
        raise ValueError(f"upgrade to profile {target!r}: 2 or 3")
    worker = services.worker
    steps: list[str] = []
    current = await worker.call(own_profile, cp_id)

    def result(ok: bool, step: str, profile: int | None = None) -> UpgradeResult:
        steps.append(step)
        return UpgradeResult(cp_id, ok, current if profile is None else profile, tuple(steps))

    if current >= target:
        return result(True, f"already at profile {current}")
    cp = await worker.call(ChargePoint.get_or_none, ChargePoint.id == cp_id)
    if cp is None:
        return result(False, "no such charger")
    if cp_id not in services.chargers.connected:
        return result(False, "the charger is not connected")
    server = getattr(commands, "server", None)
    if server is not None and getattr(server, "ssl_context", None) is None:
        return result(False, "wss:// is off on this server (tls_enabled, --tls): the charger "
                             "would have nowhere to connect")
    v16 = str(getattr(cp.protocol, "value", cp.protocol)) == OCPPVersion.OCPP16.value
    if target == 3 and not await worker.call(has_delivered_certificate, cp_id):
        trig = await commands.extended_trigger_message(cp_id, "SignChargePointCertificate")
        if outcome_word(trig) != "Accepted":
            return result(False, f"ExtendedTriggerMessage SignChargePointCertificate: "
                          f"{outcome_word(trig)}")
        steps.append("ExtendedTriggerMessage SignChargePointCertificate: Accepted")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not await worker.call(has_delivered_certificate, cp_id):
            if loop.time() > deadline:
                return result(False, f"no client certificate signed and installed within "
                              f"{timeout:.0f} s (SignCertificate / CertificateSigned)")
            await asyncio.sleep(0.1)
        steps.append("client certificate signed by the site CA and installed")
    if target == 2 and not cp.password_hash:
        creds = CredentialService(services, commands)
        try:
            provisioned = await creds.provision(cp_id)
        finally:
            creds.close()
        if not provisioned.ok:
            return result(False, f"AuthorizationKey: {provisioned.status} {provisioned.detail}"
                          .strip())
        steps.append("AuthorizationKey set (a password of its own)")
    await worker.call(request_upgrade, cp_id, target, durable=True)
    if v16:
        answer = await commands.change_configuration(cp_id, "SecurityProfile", str(target))
        word = outcome_word(answer)
        if word not in ("Accepted", "RebootRequired"):
            await worker.call(request_upgrade, cp_id, None, durable=True)
            return result(False, f"SecurityProfile {target}: {word}")
        steps.append(f"SecurityProfile {target}: {word}")
    else:
        failed = await _network_profile(services, commands, cp_id, target, url, steps)
        if failed is not None:
            await worker.call(request_upgrade, cp_id, None, durable=True)
            return result(False, failed)
    # the new profile takes effect when the charger reboots (OCTT TC_083_CSMS: Reset Hard)
    reset = await commands.reset(cp_id, hard=True)
    steps.append(f"Reset Hard: {outcome_word(reset)}")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        now = await worker.call(own_profile, cp_id)
        if now >= target:
            return result(True, f"reconnected at profile {now}", now)
        await asyncio.sleep(0.1)
    await worker.call(request_upgrade, cp_id, None, durable=True)
    return result(False, f"not back at profile {target} within {timeout:.0f} s: it stays at "
                  f"{current} (a charger that cannot connect falls back)")


# ---------------------------------------------------------------------- expiry notices

NOTICE_EVERY = 7  # days: one notice per certificate and week, across restarts


def expiry_notices(notifier: Any, store: Any, now: dt.datetime | None = None) -> list[str]:
    """Notifications for certificates within 30 days of expiry (run on the database
    thread, hourly by the server's housekeeping): the site CA, an imported server
    certificate (the site CA's own is renewed instead), and chargers' certificates (renew:
    ExtendedTriggerMessage SignChargePointCertificate). Returns the titles raised."""
    import datetime as _dt

    from csms_desktop.domain.enums import NotificationType
    from csms_desktop.services.certificates import IMPORTED, CertificateError
    from csms_desktop.store.models import Notification

    now = now or utcnow()
    since = now - _dt.timedelta(days=NOTICE_EVERY)
    wanted: list[tuple[str, str, str | None]] = []
    if store is not None:
        try:
            status = store.status()
        except (CertificateError, OSError, ValueError):
            status = None
        if status is not None:
            if status.ca.due(now):
                wanted.append((f"Site CA expires {status.ca.not_after:%Y-%m-%d}",
                               "Create a new site CA and install it on every charger before "
                               "then; chargers' client certificates need renewing too.", None))
            if status.source == IMPORTED and status.server.due(now):
                wanted.append((f"Server certificate expires {status.server.not_after:%Y-%m-%d}",
                               "The wss:// certificate was imported: import its successor "
                               "(PEM or PKCS#12).", None))
    for row in expiring(30, now):
        wanted.append((f"Certificate of {row.charge_point_id} expires {row.not_after:%Y-%m-%d}",
                       f"Serial {row.serial}: renew it (ExtendedTriggerMessage "
                       "SignChargePointCertificate) before it expires, or the charger cannot "
                       "connect at security profile 3.",
                       row.charge_point_id if ChargePoint.get_or_none(
                           ChargePoint.id == row.charge_point_id) else None))
    raised: list[str] = []
    for title, message, cp_id in wanted:
        if Notification.select().where(Notification.title == title[:200],
                                       Notification.created_at >= since).exists():
            continue
        notifier.notify(NotificationType.SYSTEM_MAINTENANCE, title, message,
                        charge_point_id=cp_id)
        raised.append(title)
    return raised
