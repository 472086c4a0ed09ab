"""Local authorization lists: what each charger may decide offline, kept in step.

A charger's list holds the tags valid for it (restricted tags only on their chargers):
``Accepted`` with their expiry and group, and ``Blocked`` for tags or drivers blocked
(a Blocked entry overrides the charger's authorization cache when it is offline). Expired
and invalid tags are left out. OCPP 1.6 chargers get no tag longer than 20 characters.

The last list a charger accepted is kept in ``setting`` as JSON under
``local_list:<charge point id>`` with its version (also in
``charge_point.local_list_version``). A sync sends only the difference (``Differential``:
added, changed, and removed entries; a removal is an entry without status) with the next
version, or the whole list (``Full``) when nothing was sent yet, when asked to, or when
the charger's own version disagrees (it was reset). Changes to drivers and tags are
pushed after a short debounce, blocks at once; a charger is synced when it boots.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from csms_desktop.domain.enums import IdTagStatus, OCPPVersion, RegistrationStatus, UserStatus
from csms_desktop.domain.timeutil import format_ocpp_datetime, parse_ocpp_datetime, utcnow
from csms_desktop.services.command_port import NO_ANSWER, CommandPort, outcome_word
from csms_desktop.services.drivers import OCPP16_TAG_LENGTH, DriversChanged
from csms_desktop.services.events import ChargerBooted, ChargerConnected, ChargerUpdated
from csms_desktop.store.models import ChargePoint, IdTag, IdTagChargePoint, Setting, User

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

Entry = dict[str, Any]  # {"status": "Accepted", "expiry_date": iso|None, "parent_id_tag": str|None}
DEBOUNCE_S = 2.0
BOOT_DELAY_S = 1.0  # let the BootNotification answer go first
RECONNECT_DELAY_S = 5.0


def setting_key(cp_id: str) -> str:
    key = f"local_list:{cp_id}"
    if len(key) <= 64:
        return key
    return "local_list:#" + hashlib.sha1(cp_id.encode()).hexdigest()[:40]


@dataclass(frozen=True)
class ListDiff:
    added: dict[str, Entry]
    changed: dict[str, Entry]
    removed: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def entries(self) -> list[dict[str, Any]]:
        """Neutral entries for ``Commands.send_local_list`` (removals have no status)."""
        out = [entry_for_command(t, e) for t, e in sorted({**self.added, **self.changed}.items())]
        out += [{"id_tag": t, "status": None} for t in self.removed]
        return out

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.changed)} changed, "
                f"{len(self.removed)} removed")


@dataclass(frozen=True)
class SyncResult:
    charge_point_id: str
    sent: bool
    full: bool
    version: int | None
    status: str  # the charger's answer, "UpToDate", "Offline", "NotSupported"...
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("Accepted", "UpToDate")

    def __str__(self) -> str:
        if self.status == "UpToDate":
            return f"{self.charge_point_id}: list version {self.version} is up to date"
        kind = "full" if self.full else "differential"
        if self.status == "Accepted":
            return (f"{self.charge_point_id}: {kind} list version {self.version} accepted"
                    + (f" ({self.detail})" if self.detail else ""))
        return f"{self.charge_point_id}: {self.status}" + (f": {self.detail}" if self.detail
                                                             else "")


def entry_for_command(id_tag: str, entry: Entry) -> dict[str, Any]:
    exp = entry.get("expiry_date")
    return {"id_tag": id_tag, "status": entry["status"],
            "expiry_date": parse_ocpp_datetime(exp) if exp else None,
            "parent_id_tag": entry.get("parent_id_tag")}


def _effective_status(tag: IdTag, user_status: str | None, now: datetime) -> str:
    if tag.status == IdTagStatus.BLOCKED or user_status == UserStatus.BLOCKED:
        return "Blocked"
    if tag.status == IdTagStatus.EXPIRED or user_status == UserStatus.EXPIRED:
        return "Expired"
    if tag.expiry_date is not None and tag.expiry_date < now:
        return "Expired"
    if tag.status == IdTagStatus.INVALID:
        return "Invalid"
    return "Accepted"


@dataclass(frozen=True)
class TagSnapshot:
    """Everything about the tags a list needs, read once (2,000 chargers booting share one)."""

    tags: list[IdTag]
    status: dict[str, str]
    allowed: dict[str, set[str]]
    token_types: dict[str, str]


def tag_snapshot(now: datetime | None = None) -> TagSnapshot:
    now = now or utcnow()
    tags = list(IdTag.select())
    users = {u.id: str(u.status) for u in User.select(User.id, User.status)}
    status = {t.id_tag: _effective_status(t, users.get(t.user_id) if t.user_id else None, now)
              for t in tags}
    allowed: dict[str, set[str]] = {}
    for link in IdTagChargePoint.select():
        allowed.setdefault(link.id_tag_id, set()).add(link.charge_point_id)
    return TagSnapshot(tags, status, allowed,
                       {t.id_tag: str(t.token_type or "ISO14443") for t in tags})


def compute_lists(cp_ids: list[str], now: datetime | None = None,
                  snapshot: TagSnapshot | None = None) -> dict[str, dict[str, Entry]]:
    """The list each charger should hold now: {cp_id: {id_tag: entry}}."""
    snap = snapshot or tag_snapshot(now)
    tags, status, allowed = snap.tags, snap.status, snap.allowed
    protocols = {c.id: c.protocol for c in
                 ChargePoint.select(ChargePoint.id, ChargePoint.protocol)
                 .where(ChargePoint.id.in_(cp_ids))} if cp_ids else {}
    out: dict[str, dict[str, Entry]] = {}
    for cp_id in cp_ids:
        short = protocols.get(cp_id, OCPPVersion.OCPP16) == OCPPVersion.OCPP16
        entries: dict[str, Entry] = {}
        for t in tags:
            st = status[t.id_tag]
            parent = t.parent_id_tag
            if st == "Accepted" and parent and status.get(parent, "Accepted") != "Accepted":
                st = status[parent]  # the group is blocked or expired
            if st not in ("Accepted", "Blocked"):
                continue
            if t.restricted and cp_id not in allowed.get(t.id, set()):
                continue
            if short and (len(t.id_tag) > OCPP16_TAG_LENGTH
                          or (parent and len(parent) > OCPP16_TAG_LENGTH)):
                continue
            entry: Entry = {"status": st, "expiry_date": None, "parent_id_tag": parent or None}
            if st == "Accepted" and t.expiry_date is not None:
                entry["expiry_date"] = format_ocpp_datetime(t.expiry_date)
            entries[t.id_tag] = entry
        out[cp_id] = entries
    return out


def diff_lists(old: dict[str, Entry], new: dict[str, Entry]) -> ListDiff:
    added = {t: e for t, e in new.items() if t not in old}
    changed = {t: e for t, e in new.items() if t in old and old[t] != e}
    removed = tuple(sorted(t for t in old if t not in new))
    return ListDiff(added, changed, removed)


def last_sent(cp_id: str) -> tuple[int | None, dict[str, Entry] | None]:
    """(version, entries) the charger last accepted, or (None, None)."""
    row = Setting.get_or_none(Setting.key == setting_key(cp_id))
    if row is None or not isinstance(row.value, dict):
        return None, None
    return row.value.get("version"), row.value.get("entries") or {}


def _store_sent(cp_id: str, version: int, entries: dict[str, Entry]) -> None:
    now = utcnow()
    value = {"version": version, "entries": entries, "sent_at": format_ocpp_datetime(now)}
    with Setting._meta.database.atomic():
        Setting.insert(key=setting_key(cp_id), value=value, updated_at=now).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value, Setting.updated_at: now},
        ).execute()
        ChargePoint.update(local_list_version=version).where(ChargePoint.id == cp_id).execute()


def list_version(cp_id: str) -> int | None:
    """The local list version the charger last accepted (for the charge point page)."""
    value = ChargePoint.select(ChargePoint.local_list_version).where(
        ChargePoint.id == cp_id).scalar()
    return int(value) if value is not None else None


class LocalListService:
    """Computes, diffs and sends local lists; follows driver/tag changes and boots."""

    def __init__(self, services: Services, commands: CommandPort | None,
                 debounce_s: float = DEBOUNCE_S, boot_delay_s: float = BOOT_DELAY_S) -> None:
        self.services = services
        self.commands = commands
        self.debounce_s = debounce_s
        self.boot_delay_s = boot_delay_s
        self.unsupported: set[str] = set()
        self.results: dict[str, SyncResult] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._timers: dict[str | None, asyncio.TimerHandle] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._snapshot: tuple[float, TagSnapshot] | None = None
        hub = services.hub
        self._unsubs = [
            hub.subscribe(DriversChanged, self._on_drivers_changed),
            hub.subscribe(ChargerBooted, self._on_booted),
            hub.subscribe(ChargerConnected, self._on_connected),
        ]

    def close(self) -> None:
        for u in self._unsubs:
            u()
        for h in self._timers.values():
            h.cancel()
        self._timers.clear()
        for t in list(self._tasks):
            t.cancel()

    SNAPSHOT_TTL_S = 30.0  # expiry dates pass without any change event

    def _tags(self) -> TagSnapshot:
        """One read of the tags for every sync in a burst (a reconnect storm of 2,000
        chargers used to read and evaluate every tag once per charger, on the loop)."""
        now = time.monotonic()
        if self._snapshot is None or now - self._snapshot[0] >= self.SNAPSHOT_TTL_S:
            self._snapshot = (now, tag_snapshot())
        return self._snapshot[1]

    # -------------------------------------------------------------- what and when
    def preview(self, cp_id: str, full: bool = False) -> tuple[bool, int, ListDiff]:
        """(full?, next version, diff) a sync would send now, without sending."""
        version, old = last_sent(cp_id)
        new = compute_lists([cp_id])[cp_id]
        if full or old is None:
            return True, (version or 0) + 1, diff_lists({}, new)
        return False, (version or 0) + 1, diff_lists(old, new)

    def _connected_accepted(self) -> list[str]:
        ids = list(self.services.chargers.connected)
        if not ids:
            return []
        return [c.id for c in ChargePoint.select(ChargePoint.id).where(
            ChargePoint.id.in_(ids)
            & (ChargePoint.registration_status == RegistrationStatus.ACCEPTED))
            if c.id not in self.unsupported]

    async def sync(self, cp_id: str, full: bool = False,
                   check_version: bool = False) -> SyncResult:
        """Bring ``cp_id``'s list up to date (one sync per charger at a time)."""
        lock = self._locks.setdefault(cp_id, asyncio.Lock())
        async with lock:
            result = await self._sync(cp_id, full, check_version)
        self.results[cp_id] = result
        self.services.hub.publish(ChargerUpdated(cp_id))
        return result

    async def _sync(self, cp_id: str, full: bool, check_version: bool) -> SyncResult:
        if self.commands is None:
            return SyncResult(cp_id, False, full, None, "Offline", "no command channel")
        version, old = last_sent(cp_id)
        if check_version and old is not None and not full:
            answer = await self.commands.get_local_list_version(cp_id)
            word = outcome_word(answer)
            if word == "NotSupported" or getattr(answer, "data", {}).get("version") == -1:
                self.unsupported.add(cp_id)
                return SyncResult(cp_id, False, full, version, "NotSupported",
                                  "the charger has no local list")
            if word in NO_ANSWER:
                return SyncResult(cp_id, False, full, version, word, str(answer))
            if answer.data.get("version") != version:
                log.info("%s holds local list version %s, we sent %s: sending it whole",
                         cp_id, answer.data.get("version"), version)
                full = True
        snap = self._tags()
        new = compute_lists([cp_id], snapshot=snap)[cp_id]
        if old is None:
            full = True
        diff = diff_lists({} if full else (old or {}), new)
        if not full and diff.empty:
            return SyncResult(cp_id, False, False, version, "UpToDate")
        next_version = (version or 0) + 1
        result = await self._send(cp_id, next_version, diff, full, snap)
        if result.status == "VersionMismatch" and not full:
            next_version += 1
            result = await self._send(cp_id, next_version, diff_lists({}, new), True, snap)
        if result.status == "Accepted":
            _store_sent(cp_id, next_version, new)
            self.unsupported.discard(cp_id)
        elif result.status == "NotSupported":
            self.unsupported.add(cp_id)
        return result

    async def _send(self, cp_id: str, version: int, diff: ListDiff, full: bool,
                    snap: TagSnapshot) -> SyncResult:
        assert self.commands is not None
        entries = diff.entries()
        for e in entries:  # 2.0.1 idTokens need their type; no lookup per tag later
            e["token_type"] = snap.token_types.get(e["id_tag"], "ISO14443")
        answer = await self.commands.send_local_list(cp_id, version, entries, full=full)
        word = outcome_word(answer)
        detail = (f"{len(diff.added)} entries" if full else diff.summary()) \
            if word == "Accepted" else str(getattr(answer, "detail", "") or "")
        log.info("%s: SendLocalList %s v%d (%s): %s", cp_id, "Full" if full else "Differential",
                 version, diff.summary(), word)
        return SyncResult(cp_id, True, full, version, word, detail)

    async def sync_all(self, full: bool = False) -> list[SyncResult]:
        return [await self.sync(cp_id, full) for cp_id in self._connected_accepted()]

    # -------------------------------------------------------------- automatic syncs
    def schedule(self, cp_id: str | None = None, delay: float | None = None,
                 check_version: bool = False) -> None:
        """Sync ``cp_id`` (None: every connected charger) after ``delay`` seconds;
        a newer request for the same target replaces a pending one (debounce)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (plain scripts): chargers are synced when they boot
        old = self._timers.pop(cp_id, None)
        if old is not None:
            old.cancel()
        wait = self.debounce_s if delay is None else delay
        self._timers[cp_id] = loop.call_later(wait, self._fire, cp_id, check_version)

    def _fire(self, cp_id: str | None, check_version: bool) -> None:
        self._timers.pop(cp_id, None)
        coro = self.sync_all() if cp_id is None else self._sync_logged(cp_id, check_version)
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("local list sync failed", exc_info=task.exception())

    async def _sync_logged(self, cp_id: str, check_version: bool) -> SyncResult:
        return await self.sync(cp_id, check_version=check_version)

    async def idle(self) -> None:
        """Wait until no sync is pending or running (tests)."""
        while self._timers or self._tasks:
            await asyncio.sleep(0.02)

    def _on_drivers_changed(self, event: DriversChanged) -> None:
        self._snapshot = None  # tags or drivers changed: read them again
        self.schedule(None, 0.0 if event.urgent else None)

    def _on_booted(self, event: ChargerBooted) -> None:
        if event.registration_status == RegistrationStatus.ACCEPTED.value:
            self.schedule(event.charge_point_id, self.boot_delay_s, check_version=True)

    def _on_connected(self, event: ChargerConnected) -> None:
        """A known charger reconnecting without a reboot still gets its changes."""
        _, old = last_sent(event.charge_point_id)
        if old is not None:
            self.schedule(event.charge_point_id, RECONNECT_DELAY_S, check_version=True)
