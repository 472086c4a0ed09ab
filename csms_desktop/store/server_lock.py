"""Who is using a database file: each running server holds a lock, so does a restore.

Beside ``csms.db`` a folder ``csms.db.locks/`` holds one file per running server
(``server-<pid>-<n>.lock``), each locked by its process with an operating-system lock
(``flock`` on POSIX, ``msvcrt.locking`` on Windows) for as long as the server runs. The
file says who it is (pid, mode, start time) for the messages. The operating system drops
the lock when the process ends, however it ends, so a crashed server never blocks a
restore: a lock file nobody holds is stale and is removed by the next look.

A restore holds ``restore.lock`` and then looks for servers; a server takes its own lock
and then looks for a restore. Whichever comes second sees the first and stops.
"""

from __future__ import annotations

import itertools
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

_LOCK_OFFSET = 1 << 30  # the byte locked on Windows, past the text so others can read it
_counter = itertools.count(1)


class DatabaseInUse(Exception):
    """The database is in use in a way that forbids what was asked; message for a person."""


def lock_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".locks")


def _set_lock(f: IO[str], lock: bool) -> bool:
    """Take (non-blocking) or drop this process's lock on ``f``; False when taken by another."""
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        f.seek(_LOCK_OFFSET)
        try:
            mode = msvcrt.LK_NBLCK if lock else msvcrt.LK_UNLCK  # type: ignore[attr-defined]
            msvcrt.locking(f.fileno(), mode, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        finally:
            f.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), (fcntl.LOCK_EX | fcntl.LOCK_NB) if lock else fcntl.LOCK_UN)
    except OSError:
        return False
    return True


def _try_lock(f: IO[str]) -> bool:
    return _set_lock(f, True)


def _unlock(f: IO[str]) -> None:
    _set_lock(f, False)


class HeldLock:
    """An open, locked file; :meth:`release` unlocks and removes it."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            self.path.unlink()
        except OSError:
            pass
        _unlock(handle)
        handle.close()


def _describe(mode: str) -> str:
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"pid {os.getpid()} on {socket.gethostname()}, {mode}, started {started}"


def _create_locked(folder: Path, name: str, text: str) -> HeldLock | None:
    """Create ``folder/name`` already locked (made under a temporary name, locked, then
    renamed, so no one ever sees it unlocked); None when ``name`` is held by someone else."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    if os.name == "nt":  # pragma: no cover - an open file cannot be renamed there
        handle = open(final, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        if not _try_lock(handle):
            handle.close()
            return None
        handle.seek(0)
        handle.truncate()
        handle.write(text)
        handle.flush()
        return HeldLock(final, handle)
    tmp = folder / f".{name}.{os.getpid()}.{next(_counter)}.tmp"
    handle = open(tmp, "w", encoding="utf-8")  # noqa: SIM115 - kept open while held
    handle.write(text)
    handle.flush()
    if not _try_lock(handle):  # pragma: no cover - a fresh private file
        handle.close()
        tmp.unlink()
        return None
    if final.exists():
        probe = holder(final)
        if probe is not None:  # held by another: do not replace it
            tmp.unlink()
            _unlock(handle)
            handle.close()
            return None
    os.replace(tmp, final)
    return HeldLock(final, handle)


def holder(path: Path) -> str | None:
    """Who holds the lock file ``path`` (its text), or None when nobody does."""
    try:
        f = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError:
        return None
    try:
        if _try_lock(f):
            _unlock(f)
            return None
        return f.read().strip() or "another process"
    finally:
        f.close()


def running_servers(db_path: Path) -> list[str]:
    """The servers running on ``db_path`` now (one line each); stale lock files are removed."""
    folder = lock_dir(db_path)
    found: list[str] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("server-*.lock")):
        who = holder(path)
        if who is None:
            try:
                path.unlink()
            except OSError:
                pass
        else:
            found.append(who)
    return found


def acquire_server_lock(db_path: Path, mode: str) -> HeldLock:
    """Mark ``db_path`` as served by this process; DatabaseInUse while a restore runs,
    OSError when the lock folder cannot be made."""
    name = f"server-{os.getpid()}-{next(_counter)}.lock"
    lock = _create_locked(lock_dir(db_path), name, _describe(mode))  # OSError: no folder
    if lock is None:  # pragma: no cover - the name is unique to this process
        raise DatabaseInUse(f"{name} is held by another process")
    restoring = holder(lock_dir(db_path) / "restore.lock")
    if restoring is not None:
        lock.release()
        raise DatabaseInUse(f"{db_path} is being restored from a backup ({restoring}); "
                            "start again when the restore has finished")
    return lock


def acquire_restore_lock(db_path: Path) -> HeldLock:
    """Hold ``db_path`` for a restore; DatabaseInUse while a server runs on it."""
    try:
        lock = _create_locked(lock_dir(db_path), "restore.lock", _describe("restore"))
    except OSError as exc:
        raise DatabaseInUse(f"cannot create the lock file in {lock_dir(db_path)}: "
                            f"{exc.strerror or exc}") from exc
    if lock is None:
        who = holder(lock_dir(db_path) / "restore.lock") or "another process"
        raise DatabaseInUse(f"another restore of {db_path} is running ({who})")
    servers = running_servers(db_path)
    if servers:
        lock.release()
        raise DatabaseInUse(f"a server is running on {db_path} ({servers[0]}"
                            + (f", and {len(servers) - 1} more" if len(servers) > 1 else "")
                            + "): stop it first")
    return lock
