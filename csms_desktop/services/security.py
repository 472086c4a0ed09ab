"""Security events and the defences that raise them (no Qt, no I/O beyond the store).

:class:`SecurityLog` is the one place a security event goes through, whoever raises it
(the handshake, a handler that saw a forged transaction id, a charger's own
SecurityEventNotification): a log line, a row in ``security_event``, a ``SecurityEvent``
on the hub and, for alarming kinds, a notification for the operators. A hostile charger
repeats its events at will, so every one of these is rate-limited per (charger, kind):
repeats are counted and folded into the next row that is stored.

:class:`AuthThrottle` slows HTTP Basic brute force down: after a few wrong passwords for
one charger id or from one address, further attempts are refused without checking the
password (bcrypt is expensive on purpose) for a back-off that doubles up to a ceiling.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from csms_desktop.domain.enums import NotificationType
from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.events import EventHub, SecurityEvent
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.ratelimit import RateLimiter
from csms_desktop.services.writer import BatchWriter
from csms_desktop.store.models import SecurityEventRecord

log = logging.getLogger(__name__)

# Kinds raised by the CSMS itself.
AUTH_FAILED = "AuthenticationFailed"
AUTH_THROTTLED = "AuthenticationThrottled"
INVALID_IDENTITY = "InvalidIdentity"
DUPLICATE_CONNECTION = "DuplicateConnection"
FOREIGN_TRANSACTION = "ForeignTransaction"
UNKNOWN_CHARGER = "UnknownCharger"
NO_BOOT = "NoBootNotification"
CLOCK = "ChargerClockImplausible"
BAD_SAMPLE = "MeterValueDropped"
CONNECTOR_RANGE = "ConnectorOutOfRange"
TOO_MANY_PENDING = "TooManyPendingChargers"
PROFILE_VIOLATION = "SecurityProfileViolation"  # below the charger's profile at the handshake
PROFILE_RAISED = "SecurityProfileRaised"  # an upgrade the charger completed
TLS_FAILED = "TLSHandshakeFailed"  # e.g. a client certificate not from the site CA

#: Kinds an operator must be told about (a notification, at most one per charger and
#: kind every NOTIFY_EVERY_S); the others are stored and shown on the security log only.
ALARMING = frozenset({AUTH_THROTTLED, DUPLICATE_CONNECTION, FOREIGN_TRANSACTION,
                      TOO_MANY_PENDING})
NOTIFY_EVERY_S = 900.0


def printable(text: str, limit: int = 64) -> str:
    """``text`` safe for a log line or a column: control characters, lone surrogates and
    other unprintable characters escaped, cut to ``limit``."""
    if text.isprintable() and text.isascii():
        return text[:limit]
    out = "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF
                  else c.encode("unicode_escape", "backslashreplace").decode("ascii")
                  for c in text)
    return out[:limit]


class SecurityLog:
    def __init__(self, hub: EventHub, writer: BatchWriter, notifier: Notifier,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.hub = hub
        self.writer = writer
        self.notifier = notifier
        self._stored = RateLimiter(burst=10, window=60.0, clock=clock)
        self._notified = RateLimiter(burst=1, window=NOTIFY_EVERY_S, clock=clock)
        self.raised = 0  # every event, stored or folded (diagnostics, tests)

    def raise_event(self, cp_id: str, kind: str, detail: str = "", remote: str = "",
                    source: str = "CSMS", alarming: bool | None = None) -> None:
        """Record one security event (rate-limited, see the module docstring)."""
        self.raised += 1
        cp = printable(cp_id)
        key = (cp, kind)
        ok, folded = self._stored.allow(key)
        if not ok:
            return
        text = printable(detail, 2000)
        level = logging.WARNING if source == "CSMS" else logging.INFO
        log.log(level, "security: %s %s%s: %s%s", cp, kind, f" from {remote}" if remote else "",
                text, f" (and {folded} more since the last one logged)" if folded else "")
        self.writer.add(SecurityEventRecord, {
            "id": new_cuid(), "charge_point_id": cp, "kind": kind[:64], "detail": text,
            "remote": remote[:64], "source": source, "occurrences": folded + 1,
            "timestamp": utcnow(),
        })
        self.hub.publish(SecurityEvent(cp, kind, text))
        if (kind in ALARMING if alarming is None else alarming) and \
                self._notified.allow(key)[0]:
            self.notifier.notify(
                NotificationType.SYSTEM_MAINTENANCE, f"Security: {kind} ({cp})",
                text + (f" Address {remote}." if remote else ""), charge_point_id=cp)


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0
    blocked_until: float = 0.0


class AuthThrottle:
    """Back-off for wrong HTTP Basic passwords, per charger id and per remote address.

    ``free`` failures per id (``free_address`` per address: several chargers may share
    one behind NAT) are checked normally; each further one blocks the key for ``base``
    s, doubling per failure up to ``ceiling`` s. A success for an id clears it (and its
    address); a key quiet for ``forget_after`` s starts over.
    """

    def __init__(self, free: int = 5, free_address: int = 20, base: float = 2.0,
                 ceiling: float = 300.0, forget_after: float = 900.0, max_keys: int = 20_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free = free
        self.free_address = free_address
        self.base = base
        self.ceiling = ceiling
        self.forget_after = forget_after
        self.max_keys = max_keys
        self.clock = clock
        self._keys: OrderedDict[str, _Failures] = OrderedDict()

    @staticmethod
    def _keys_for(cp_id: str, remote: str) -> tuple[str, str]:
        host = remote.rsplit(":", 1)[0] if remote.count(":") == 1 else remote
        return f"id:{cp_id}", f"addr:{host}"

    def retry_after(self, cp_id: str, remote: str) -> float:
        """Seconds this attempt must wait (0: it may be checked now)."""
        now = self.clock()
        wait = 0.0
        for key in self._keys_for(cp_id, remote):
            f = self._keys.get(key)
            if f is not None and f.blocked_until > now:
                wait = max(wait, f.blocked_until - now)
        return wait

    def failed(self, cp_id: str, remote: str) -> None:
        now = self.clock()
        for key in self._keys_for(cp_id, remote):
            f = self._keys.get(key)
            if f is None or now - f.last > self.forget_after:
                f = self._keys[key] = _Failures()
            self._keys.move_to_end(key)
            f.count += 1
            f.last = now
            free = self.free if key.startswith("id:") else self.free_address
            if f.count > free:
                f.blocked_until = now + min(self.ceiling, self.base * 2 ** min(f.count - free - 1, 30))
        while len(self._keys) > self.max_keys:
            self._keys.popitem(last=False)

    def succeeded(self, cp_id: str, remote: str) -> None:
        for key in self._keys_for(cp_id, remote):
            self._keys.pop(key, None)
