"""Each accepted charger gets its own random HTTP Basic password (security profile 1).

With ``provision_passwords`` on (the default for new sites), a charger that boots
Accepted without a password is sent one: 1.6 ``ChangeConfiguration AuthorizationKey``
(the password's octets as hex digits, 1.6 security whitepaper), 2.0.1 ``SetVariables
SecurityCtrlr.BasicAuthPassword``. From then on the handshake requires it, so a second
connection with the charger's id and no password is refused.

A password can be lost between the charger accepting it and the CSMS storing it (a
kill in between): the new password's hash is stored as *pending* before it is sent, and
a charger presenting the pending password is admitted and the password made current.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from csms_desktop.domain.enums import OCPPVersion, RegistrationStatus
from csms_desktop.services.command_port import outcome_word
from csms_desktop.services.events import ChargerBooted
from csms_desktop.services.passwords import hash_secret, set_pending
from csms_desktop.store.models import ChargePoint

if TYPE_CHECKING:
    from csms_desktop.services.dbworker import DbWorker
    from csms_desktop.services.events import EventHub
    from csms_desktop.services.settings import SiteSettings


class Services(Protocol):
    """What provisioning uses of ``services.context.Services`` (named here, not imported:
    context builds the charger service, whose security upgrade provisions passwords)."""

    hub: EventHub
    settings: SiteSettings
    worker: DbWorker
    chargers: Any

log = logging.getLogger(__name__)

PASSWORD_LENGTH = 20  # 1.6: 20 octets = 40 hex digits, the whitepaper's maximum
_ALPHABET = string.ascii_letters + string.digits
PROVISIONED = "PasswordProvisioned"
NOT_PROVISIONED = "PasswordNotProvisioned"
DELAY_S = 3.0  # after the boot answer, the status reports and the local list


def new_password() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(PASSWORD_LENGTH))


def _refused(security: Any, cp_id: str, detail: str) -> None:
    set_pending(cp_id, None)
    security.raise_event(cp_id, NOT_PROVISIONED, detail, alarming=False)


def _provisioned(security: Any, cp_id: str, hashed: str, detail: str) -> None:
    with ChargePoint._meta.database.atomic():
        ChargePoint.update(password_hash=hashed).where(ChargePoint.id == cp_id).execute()
        set_pending(cp_id, None)
    security.raise_event(cp_id, PROVISIONED, detail, alarming=False)


def wire_value(version: OCPPVersion | str, password: str) -> tuple[str, str, str | None]:
    """(key, value, component) of the configuration change that sets ``password``."""
    if str(getattr(version, "value", version)) == OCPPVersion.OCPP16.value:
        return "AuthorizationKey", password.encode("ascii").hex(), None
    return "BasicAuthPassword", password, "SecurityCtrlr"


@dataclass(frozen=True)
class ProvisionResult:
    charge_point_id: str
    ok: bool
    status: str
    detail: str = ""


class CredentialService:
    def __init__(self, services: Services, commands: Any | None,
                 delay_s: float = DELAY_S) -> None:
        self.services = services
        self.commands = commands
        self.delay_s = delay_s
        self.results: dict[str, ProvisionResult] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsub = services.hub.subscribe(ChargerBooted, self._on_booted)

    def close(self) -> None:
        self._unsub()
        for t in list(self._tasks):
            t.cancel()

    def _on_booted(self, event: ChargerBooted) -> None:
        if event.registration_status != RegistrationStatus.ACCEPTED.value or \
                not self.services.settings.provision_passwords or self.commands is None:
            return
        cp_id = event.charge_point_id
        if cp_id in self.results and not self.results[cp_id].ok:
            return  # refused once in this run: the operator decides (Charge points page)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(self._later(cp_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _later(self, cp_id: str) -> None:
        await asyncio.sleep(self.delay_s)
        try:
            await self.provision(cp_id)
        except Exception:
            log.exception("%s: password provisioning failed", cp_id)

    async def provision(self, cp_id: str, force: bool = False) -> ProvisionResult:
        """Give ``cp_id`` a new password (``force``: even when it has one). The database
        work runs on the database thread (a boot storm provisions hundreds at once)."""
        worker = self.services.worker
        cp = await worker.call(ChargePoint.get_or_none, ChargePoint.id == cp_id)
        if cp is None:
            return ProvisionResult(cp_id, False, "Unknown", "no such charger")
        if cp.password_hash and not force:
            return ProvisionResult(cp_id, True, "AlreadySet")
        if self.commands is None:
            return ProvisionResult(cp_id, False, "Offline", "no command channel")
        password = new_password()
        hashed = hash_secret(password)  # generated, not chosen: a fast salted hash
        # before it is sent: a kill after the charger accepts
        await worker.call(set_pending, cp_id, hashed)
        key, value, component = wire_value(cp.protocol, password)
        answer = await self.commands.change_configuration(cp_id, key, value,
                                                          component=component)
        word = outcome_word(answer)
        security = self.services.chargers.security
        if word not in ("Accepted", "RebootRequired"):
            result = ProvisionResult(cp_id, False, word, str(getattr(answer, "detail", "")))
            await worker.call(_refused, security, cp_id,
                              f"{key} was not accepted ({word}): the charger keeps "
                              "connecting without a password of its own")
        else:
            result = ProvisionResult(cp_id, True, word)
            await worker.call(_provisioned, security, cp_id, hashed,
                              f"{key} set; HTTP Basic authentication is required from the "
                              "next connection on")
        self.results[cp_id] = result
        return result
