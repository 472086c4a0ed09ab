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

At scale (20,000 tags, 500 chargers booting) a list is sized to the charger: its limits
are read once (1.6 ``LocalAuthListEnabled``, ``LocalAuthListMaxLength``,
``SendLocalListMaxLength``; 2.0.1 ``LocalAuthListCtrlr`` ``Enabled``, ``ItemsPerMessage``,
``BytesPerMessage``), a list longer than the charger holds is cut (Blocked entries
first), and a long list goes in several messages (Full, then Differential batches, one
version each). A charger whose lists are disabled or that answers NotSupported/Failed is
not tried again until its configuration changes (or, after Failed, an hour). Lists are
built off the event loop, at most a few at a time, and what each charger holds is stored
once per distinct content (``local_list_content:<sha1>``), not once per charger.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
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
    """The list each charger should hold now: {cp_id: {id_tag: entry}}.

    The entries of unrestricted tags are the same for every charger of one protocol
    family: they are worked out once, and each charger adds its restricted tags.
    """
    snap = snapshot or tag_snapshot(now)
    protocols = {c.id: c.protocol for c in
                 ChargePoint.select(ChargePoint.id, ChargePoint.protocol)
                 .where(ChargePoint.id.in_(cp_ids))} if cp_ids else {}
    shared: dict[bool, dict[str, Entry]] = {}
    out: dict[str, dict[str, Entry]] = {}
    for cp_id in cp_ids:
        short = protocols.get(cp_id, OCPPVersion.OCPP16) == OCPPVersion.OCPP16
        if short not in shared:
            shared[short] = _entries(snap, short, None)
        entries = dict(shared[short])
        entries.update(_entries(snap, short, cp_id))
        out[cp_id] = dict(sorted(entries.items()))
    return out


def _entries(snap: TagSnapshot, short: bool, restricted_to: str | None) -> dict[str, Entry]:
    """Entries of the unrestricted tags (``restricted_to`` None), or of the restricted
    tags allowed at charger ``restricted_to``."""
    status, allowed = snap.status, snap.allowed
    entries: dict[str, Entry] = {}
    for t in snap.tags:
        if bool(t.restricted) != (restricted_to is not None):
            continue
        if restricted_to is not None and restricted_to not in allowed.get(t.id, set()):
            continue
        st = status[t.id_tag]
        parent = t.parent_id_tag
        if st == "Accepted" and parent and status.get(parent, "Accepted") != "Accepted":
            st = status[parent]  # the group is blocked or expired
        if st not in ("Accepted", "Blocked"):
            continue
        if short and (len(t.id_tag) > OCPP16_TAG_LENGTH
                      or (parent and len(parent) > OCPP16_TAG_LENGTH)):
            continue
        entry: Entry = {"status": st, "expiry_date": None, "parent_id_tag": parent or None}
        if st == "Accepted" and t.expiry_date is not None:
            entry["expiry_date"] = format_ocpp_datetime(t.expiry_date)
        entries[t.id_tag] = entry
    return entries


@dataclass(frozen=True)
class ListLimits:
    """What a charger said about its local list (None: it did not say)."""

    enabled: bool | None = None
    max_entries: int | None = None
    items_per_message: int | None = None
    bytes_per_message: int | None = None


LIMIT_KEYS_16 = ("LocalAuthListEnabled", "LocalAuthListMaxLength", "SendLocalListMaxLength")
LIMIT_KEYS_201 = ("LocalAuthListCtrlr.Enabled", "LocalAuthListCtrlr.ItemsPerMessage",
                  "LocalAuthListCtrlr.BytesPerMessage")
#: Our own ceiling per message, whatever the charger allows (the websockets client's
#: default max_size is 1 MiB; many chargers take far less).
MAX_MESSAGE_BYTES = 256 * 1024
MAX_ITEMS_PER_MESSAGE = 1000
FAILED_RETRY_S = 3600.0


def limits_from_items(items: list[dict[str, Any]]) -> ListLimits:
    """ListLimits from ``Commands.get_configuration`` items (1.6 keys or 2.0.1 variables)."""
    values: dict[str, str] = {}
    for item in items:
        name = str(item.get("variable") or item.get("key") or "")
        if item.get("value") is not None:
            values[name.rsplit(".", 1)[-1]] = str(item["value"]).strip()

    def number(*names: str) -> int | None:
        for n in names:
            v = values.get(n, "")
            if v.isdigit() and int(v) > 0:
                return int(v)
        return None

    enabled_text = values.get("LocalAuthListEnabled", values.get("Enabled"))
    enabled = None if enabled_text is None else enabled_text.lower() == "true"
    return ListLimits(enabled, number("LocalAuthListMaxLength"),
                      number("SendLocalListMaxLength", "ItemsPerMessage"),
                      number("BytesPerMessage"))


def entry_bytes(id_tag: str, entry: Entry) -> int:
    """A generous estimate of one entry's size on the wire (both versions)."""
    return 2 * len(id_tag.encode()) + 2 * len(str(entry.get("parent_id_tag") or "")) + 160


def fit(entries: dict[str, Entry], limit: int | None) -> dict[str, Entry]:
    """At most ``limit`` entries: Blocked ones first (offline, a missing Blocked entry
    lets a cached authorization through; a missing Accepted one only asks the CSMS)."""
    if limit is None or len(entries) <= limit:
        return entries
    ordered = sorted(entries.items(), key=lambda kv: (kv[1]["status"] != "Blocked", kv[0]))
    return dict(sorted(ordered[:limit]))


def chunks(entries: list[dict[str, Any]], limits: ListLimits) -> list[list[dict[str, Any]]]:
    """The neutral entries split so that no message exceeds the charger's items or bytes."""
    items = min(limits.items_per_message or MAX_ITEMS_PER_MESSAGE, MAX_ITEMS_PER_MESSAGE)
    budget = min(limits.bytes_per_message or MAX_MESSAGE_BYTES, MAX_MESSAGE_BYTES) - 200
    out: list[list[dict[str, Any]]] = [[]]
    size = 0
    for e in entries:
        n = entry_bytes(e["id_tag"], {"parent_id_tag": e.get("parent_id_tag")})
        if out[-1] and (len(out[-1]) >= items or size + n > budget):
            out.append([])
            size = 0
        out[-1].append(e)
        size += n
    return out


def diff_lists(old: dict[str, Entry], new: dict[str, Entry]) -> ListDiff:
    added = {t: e for t, e in new.items() if t not in old}
    changed = {t: e for t, e in new.items() if t in old and old[t] != e}
    removed = tuple(sorted(t for t in old if t not in new))
    return ListDiff(added, changed, removed)


def _content_key(digest: str) -> str:
    return f"local_list_content:{digest}"


def _digest(entries: dict[str, Entry]) -> str:
    text = json.dumps(entries, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


_CONTENTS: OrderedDict[str, dict[str, Entry]] = OrderedDict()  # digest -> entries (LRU)


def last_sent(cp_id: str) -> tuple[int | None, dict[str, Entry] | None]:
    """(version, entries) the charger last accepted, or (None, None)."""
    row = Setting.get_or_none(Setting.key == setting_key(cp_id))
    if row is None or not isinstance(row.value, dict):
        return None, None
    value = row.value
    if "entries" in value:  # stored whole (before lists were shared by content)
        return value.get("version"), value.get("entries") or {}
    digest = value.get("content")
    if not digest:
        return value.get("version"), None
    entries = _CONTENTS.get(digest)
    if entries is None:
        stored = Setting.get_or_none(Setting.key == _content_key(digest))
        entries = stored.value if stored is not None and isinstance(stored.value, dict) else {}
        _CONTENTS[digest] = entries
        while len(_CONTENTS) > 8:
            _CONTENTS.popitem(last=False)
    return value.get("version"), entries


def unsupported_reason(cp_id: str) -> tuple[str, str] | None:
    """(why, since ISO) when lists are not sent to ``cp_id`` until its configuration
    changes; None otherwise."""
    row = Setting.get_or_none(Setting.key == setting_key(cp_id))
    if row is None or not isinstance(row.value, dict) or not row.value.get("unsupported"):
        return None
    return str(row.value["unsupported"]), str(row.value.get("unsupported_at") or "")


def _set_unsupported(cp_id: str, reason: str | None) -> None:
    row = Setting.get_or_none(Setting.key == setting_key(cp_id))
    value = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
    if reason is None:
        if "unsupported" not in value:
            return
        value.pop("unsupported", None)
        value.pop("unsupported_at", None)
    else:
        value["unsupported"] = reason
        value["unsupported_at"] = format_ocpp_datetime(utcnow())
    Setting.insert(key=setting_key(cp_id), value=value, updated_at=utcnow()).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value, Setting.updated_at: utcnow()},
    ).execute()


def _store_sent(cp_id: str, version: int, entries: dict[str, Entry],
                digest: str | None = None) -> None:
    now = utcnow()
    digest = digest or _digest(entries)
    value = {"version": version, "content": digest, "sent_at": format_ocpp_datetime(now)}
    with Setting._meta.database.atomic():
        Setting.insert(key=_content_key(digest), value=entries, updated_at=now).on_conflict_ignore(
        ).execute()
        Setting.insert(key=setting_key(cp_id), value=value, updated_at=now).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value, Setting.updated_at: now},
        ).execute()
        ChargePoint.update(local_list_version=version).where(ChargePoint.id == cp_id).execute()
    _CONTENTS[digest] = entries
    prune_list_contents()


_LAST_PRUNE = [0.0]
PRUNE_EVERY_S = 60.0


def prune_list_contents(force: bool = False) -> int:
    """Delete stored lists no charger holds any more (at most once a minute unless
    ``force``); returns how many went."""
    now = time.monotonic()
    if not force and now - _LAST_PRUNE[0] < PRUNE_EVERY_S:
        return 0
    _LAST_PRUNE[0] = now
    held = {row.value.get("content") for row in
            Setting.select(Setting.value).where(Setting.key.startswith("local_list:"))
            if isinstance(row.value, dict)}
    stale = [row.key for row in Setting.select(Setting.key).where(
        Setting.key.startswith("local_list_content:"))
        if row.key.removeprefix("local_list_content:") not in held]
    if stale:
        Setting.delete().where(Setting.key.in_(stale)).execute()
        for key in stale:
            _CONTENTS.pop(key.removeprefix("local_list_content:"), None)
    return len(stale)


_BUILDER: list[ThreadPoolExecutor] = []


def _builder() -> ThreadPoolExecutor:
    """One thread builds local lists (it reads the tags with its own connection)."""
    if not _BUILDER:
        _BUILDER.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="local-lists"))
    return _BUILDER[0]


def _nothing() -> None:
    return None


def _persist(fn: Any, *args: Any) -> None:
    """A small write of the local list bookkeeping, in the builder thread (in order);
    inline without a running loop (scripts, tests)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        fn(*args)
        return
    future = _builder().submit(fn, *args)
    future.add_done_callback(_log_failure)


def _log_failure(future: Any) -> None:
    if future.exception() is not None:
        log.error("local list bookkeeping failed", exc_info=future.exception())


def _protocol_of(cp_id: str) -> Any:
    return ChargePoint.select(ChargePoint.protocol).where(ChargePoint.id == cp_id).scalar()


def _parts(diff: ListDiff, snap: TagSnapshot, limits: ListLimits) -> list[list[Entry]]:
    """The messages a diff goes in (builder thread: 20,000 entries are tens of ms)."""
    entries = diff.entries()
    for e in entries:  # 2.0.1 idTokens need their type; no lookup per tag later
        e["token_type"] = snap.token_types.get(e["id_tag"], "ISO14443")
    return chunks(entries, limits)


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
        self._limits: dict[str, ListLimits] = {}
        self._why_unsupported: dict[str, str] = {}
        self._retry_at: dict[str, float] = {}
        self._building = asyncio.Semaphore(4)
        # builder thread only: what every charger of a burst shares, for one snapshot
        self._memo_of: TagSnapshot | None = None
        self._memo: dict[Any, Any] = {}
        services.command_hooks.append(self._after_command)
        hub = services.hub
        self._unsubs = [
            # tags edited on any node of the database: this node's chargers get the lists
            hub.subscribe(DriversChanged, self._on_drivers_changed, remote=True),
            hub.subscribe(ChargerBooted, self._on_booted),
            hub.subscribe(ChargerConnected, self._on_connected),
        ]

    def _after_command(self, cp_id: str, request: Any, result: Any) -> None:
        """An accepted configuration change may enable, disable or resize the charger's
        list: read its limits again before the next sync."""
        name = getattr(request, "name", "")
        key = str(getattr(request, "args", {}).get("key") or "")
        if name in ("change_configuration", "reset") and getattr(result, "ok", False) and \
                (name == "reset" or "LocalAuthList" in key or "SendLocalList" in key
                 or "ItemsPerMessage" in key or "BytesPerMessage" in key):
            self.forget_limits(cp_id)

    def close(self) -> None:
        if self._after_command in self.services.command_hooks:
            self.services.command_hooks.remove(self._after_command)
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

    async def sync(self, cp_id: str, full: bool = False, check_version: bool = False,
                   manual: bool = True) -> SyncResult:
        """Bring ``cp_id``'s list up to date (one sync per charger at a time). An automatic
        sync (``manual`` False) skips a charger marked as not taking lists; an operator's
        sync tries anyway."""
        lock = self._locks.setdefault(cp_id, asyncio.Lock())
        async with lock:
            result = await self._sync(cp_id, full, check_version, manual)
            # what the sync marked (supported or not) is written before it is reported
            await asyncio.get_running_loop().run_in_executor(_builder(), _nothing)
        self.results[cp_id] = result
        self.services.hub.publish(ChargerUpdated(cp_id))
        return result

    async def _sync(self, cp_id: str, full: bool, check_version: bool,
                    manual: bool) -> SyncResult:
        if self.commands is None:
            return SyncResult(cp_id, False, full, None, "Offline", "no command channel")
        loop = asyncio.get_running_loop()
        # database reads (and the JSON of a 20,000-entry list) in the builder thread
        version, old = await loop.run_in_executor(_builder(), last_sent, cp_id)
        if manual:
            self._limits.pop(cp_id, None)  # an operator's sync reads the limits afresh
        elif cp_id in self.unsupported or await loop.run_in_executor(
                _builder(), self._persisted_unsupported, cp_id):
            return SyncResult(cp_id, False, full, version, "NotSupported",
                              self._why_unsupported.get(cp_id, "the charger has no local list"))
        limits = await self._limits_of(cp_id)
        if limits is None:
            return SyncResult(cp_id, False, full, version, "Offline", "no answer")
        if limits.enabled is False:
            self._mark_unsupported(cp_id, "LocalAuthListEnabled is false on the charger")
            return SyncResult(cp_id, False, full, version, "NotSupported",
                              "local lists are disabled on the charger")
        if check_version and old is not None and not full:
            answer = await self.commands.get_local_list_version(cp_id)
            word = outcome_word(answer)
            if word == "NotSupported" or getattr(answer, "data", {}).get("version") == -1:
                self._mark_unsupported(cp_id, "GetLocalListVersion: not supported")
                return SyncResult(cp_id, False, full, version, "NotSupported",
                                  "the charger has no local list")
            if word in NO_ANSWER:
                return SyncResult(cp_id, False, full, version, word, str(answer))
            if answer.data.get("version") != version:
                log.info("%s holds local list version %s, we sent %s: sending it whole",
                         cp_id, answer.data.get("version"), version)
                full = True
        async with self._building:  # a boot storm builds a few lists at a time, off the loop
            snap = await loop.run_in_executor(_builder(), self._tags)
            new, diff = await loop.run_in_executor(
                _builder(), self._plan, cp_id, snap, old, full, limits)
        if old is None:
            full = True
        if not full and diff.empty:
            return SyncResult(cp_id, False, False, version, "UpToDate")
        next_version = (version or 0) + 1
        result = await self._send(cp_id, next_version, diff, full, snap, limits)
        if result.status == "VersionMismatch" and not full:
            next_version = (result.version or next_version) + 1
            result = await self._send(cp_id, next_version, diff_lists({}, new), True, snap,
                                      limits)
        if result.status == "Accepted":
            await asyncio.get_running_loop().run_in_executor(
                _builder(), self._store, cp_id, result.version or next_version, new)
            self._clear_unsupported(cp_id)
        elif result.status in ("NotSupported", "Failed", "NotEnabled"):
            self._mark_unsupported(cp_id, f"SendLocalList answered {result.status}",
                                   retry_after=FAILED_RETRY_S if result.status == "Failed"
                                   else None)
        return result

    def _plan(self, cp_id: str, snap: TagSnapshot, old: dict[str, Entry] | None, full: bool,
              limits: ListLimits) -> tuple[dict[str, Entry], ListDiff]:
        """(the list the charger should hold, what to send), in the builder thread.

        Chargers of one protocol family without restricted tags of their own hold the
        same list: it, its cut to a charger's size, the diff of a whole list and its
        messages are worked out once per tag snapshot and shared (the same objects, so
        the commands also encode each message once)."""
        memo = self._memo_for(snap)
        wanted = self._wanted(cp_id, snap, memo)
        shared = any(wanted is memo.get(("shared", short)) for short in (True, False))
        cut_key = ("fit", id(wanted), limits.max_entries)
        hit = memo.get(cut_key)
        if hit is not None and hit[0] is wanted:
            new = hit[1]
        else:
            new = fit(wanted, limits.max_entries)
            if shared:  # a charger's own list is not kept: 500 of them would be 500 lists
                memo[cut_key] = (wanted, new)
        if len(new) < len(wanted):
            log.warning("%s holds at most %d local list entries, %d are valid for it: the "
                        "list is cut (Blocked entries first)", cp_id, limits.max_entries,
                        len(wanted))
        if not (full or old is None):
            return new, diff_lists(old, new)
        whole_key = ("whole", id(new))
        hit = memo.get(whole_key)
        if hit is not None and hit[0] is new:
            return new, hit[1]
        diff = diff_lists({}, new)
        if shared:
            memo[whole_key] = (new, diff)
        return new, diff

    def _memo_for(self, snap: TagSnapshot) -> dict[Any, Any]:
        if self._memo_of is not snap:
            self._memo_of, self._memo = snap, {}
        return self._memo

    def _wanted(self, cp_id: str, snap: TagSnapshot, memo: dict[Any, Any]) -> dict[str, Entry]:
        protocol = _protocol_of(cp_id)
        short = protocol in (None, OCPPVersion.OCPP16, "OCPP16")
        shared = memo.get(("shared", short))
        if shared is None:
            shared = memo[("shared", short)] = dict(sorted(_entries(snap, short, None).items()))
        if "restricted" not in memo:
            memo["restricted"] = any(t.restricted for t in snap.tags)
        if memo["restricted"]:
            own = _entries(snap, short, cp_id)
            if own:
                return dict(sorted({**shared, **own}.items()))
        return shared

    def _parts(self, diff: ListDiff, snap: TagSnapshot,
               limits: ListLimits) -> list[list[Entry]]:
        memo = self._memo_for(snap)
        key = ("parts", id(diff), limits)
        hit = memo.get(key)
        if hit is not None and hit[0] is diff:
            return hit[1]
        parts = _parts(diff, snap, limits)
        if any(v[1] is diff for k, v in memo.items() if k[0] == "whole"):
            memo[key] = (diff, parts)  # a shared diff: its messages are shared too
        return parts

    def _digest_of(self, entries: dict[str, Entry]) -> str:
        key = ("digest", id(entries))
        hit = self._memo.get(key) if self._memo_of is not None else None
        if hit is not None and hit[0] is entries:
            return hit[1]
        digest = _digest(entries)
        if self._memo_of is not None and any(
                entries is v[1] for k, v in self._memo.items() if k[0] == "fit"):
            self._memo[key] = (entries, digest)
        return digest

    def _store(self, cp_id: str, version: int, entries: dict[str, Entry]) -> None:
        _store_sent(cp_id, version, entries, self._digest_of(entries))

    async def _limits_of(self, cp_id: str) -> ListLimits | None:
        """The charger's list limits, asked once (None: it did not answer)."""
        known = self._limits.get(cp_id)
        if known is not None:
            return known
        assert self.commands is not None
        protocol = await asyncio.get_running_loop().run_in_executor(_builder(), _protocol_of,
                                                                    cp_id)
        keys = list(LIMIT_KEYS_16 if protocol in (None, OCPPVersion.OCPP16, "OCPP16")
                    else LIMIT_KEYS_201)
        answer = await self.commands.get_configuration(cp_id, keys)
        word = outcome_word(answer)
        if word in NO_ANSWER:
            return None
        items = getattr(answer, "data", {}).get("items", []) if getattr(answer, "ok", False) \
            else []
        limits = limits_from_items(items)
        self._limits[cp_id] = limits
        return limits

    def forget_limits(self, cp_id: str) -> None:
        """The charger's configuration changed: read its limits again, try lists again."""
        self._limits.pop(cp_id, None)
        self._clear_unsupported(cp_id)

    def _persisted_unsupported(self, cp_id: str) -> bool:
        found = unsupported_reason(cp_id)
        if found is None:
            return False
        reason, since = found
        until = self._retry_at.get(cp_id)
        if until is not None and time.monotonic() >= until:
            self._clear_unsupported(cp_id)
            return False
        self.unsupported.add(cp_id)
        self._why_unsupported[cp_id] = f"{reason} (since {since})"
        return True

    def _mark_unsupported(self, cp_id: str, reason: str,
                          retry_after: float | None = None) -> None:
        log.info("%s: local lists are not sent any more (%s) until its configuration "
                 "changes", cp_id, reason)
        self.unsupported.add(cp_id)
        self._why_unsupported[cp_id] = reason
        if retry_after is not None:
            self._retry_at[cp_id] = time.monotonic() + retry_after
        _persist(_set_unsupported, cp_id, reason)

    def _clear_unsupported(self, cp_id: str) -> None:
        self.unsupported.discard(cp_id)
        self._why_unsupported.pop(cp_id, None)
        self._retry_at.pop(cp_id, None)
        _persist(_set_unsupported, cp_id, None)

    async def _send(self, cp_id: str, version: int, diff: ListDiff, full: bool,
                    snap: TagSnapshot, limits: ListLimits) -> SyncResult:
        """Send ``diff`` in as many messages as the charger's limits need: the first one
        Full (when ``full``) with ``version``, the rest Differential, one version each.
        The result's version is the last one the charger accepted."""
        assert self.commands is not None
        parts = await asyncio.get_running_loop().run_in_executor(
            _builder(), self._parts, diff, snap, limits)
        word, answer, v = "Accepted", None, version - 1
        for i, part in enumerate(parts):
            v = version + i
            answer = await self.commands.send_local_list(cp_id, v, part,
                                                         full=full and i == 0)
            word = outcome_word(answer)
            if word != "Accepted":
                v -= 1
                break
        detail = ((f"{len(diff.added)} entries" if full else diff.summary())
                  + (f" in {len(parts)} messages" if len(parts) > 1 else "")) \
            if word == "Accepted" else str(getattr(answer, "detail", "") or "")
        log.info("%s: SendLocalList %s v%d..v%d (%s, %d message(s)): %s", cp_id,
                 "Full" if full else "Differential", version, version + len(parts) - 1,
                 diff.summary(), len(parts), word)
        return SyncResult(cp_id, True, full, v if word == "Accepted" else version, word, detail)

    async def sync_all(self, full: bool = False, manual: bool = True) -> list[SyncResult]:
        return [await self.sync(cp_id, full, manual=manual)
                for cp_id in self._connected_accepted()]

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
        coro = self.sync_all(manual=False) if cp_id is None else \
            self._sync_logged(cp_id, check_version)
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("local list sync failed", exc_info=task.exception())

    async def _sync_logged(self, cp_id: str, check_version: bool) -> SyncResult:
        return await self.sync(cp_id, check_version=check_version, manual=False)

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
        """A known charger reconnecting without a reboot still gets its changes (whether
        it holds a list is read in the builder thread: 500 chargers reconnect at once)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        cp_id = event.charge_point_id
        future = loop.run_in_executor(_builder(), last_sent, cp_id)

        def then(f: asyncio.Future[tuple[int | None, dict[str, Entry] | None]]) -> None:
            if not f.cancelled() and f.exception() is None and f.result()[1] is not None:
                self.schedule(cp_id, RECONNECT_DELAY_S, check_version=True)

        future.add_done_callback(then)
