"""SQLite online backup mechanics: a consistent snapshot copied in steps, checked, restored.

The copy reads through its own connection, which holds one read transaction for the whole
copy. In WAL mode that pins the snapshot: the server keeps committing (its pages go to the
WAL), readers and writers never wait for the copy, and the copy is the database exactly as
it was when the transaction began — every table at the same instant. Without the pinned
transaction SQLite restarts a stepped backup each time another connection commits; with
the server committing every 250 ms a large database would never finish (a 22 MB file with
a writer committing every millisecond restarted 5,943 times, docs/decisions.md).

Python's ``Connection.backup`` runs every step itself and releases the GIL inside each
``sqlite3_backup_step``, so the caller runs it in a worker thread; the progress callback is
called between steps on that thread.

Nothing here knows about folders, schedules or the services: see ``services.backup.taking``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PAGES_PER_STEP = 1024  # 4 MiB at the default 4 KiB page
SQLITE_HEADER = b"SQLite format 3\x00"

Progress = Callable[[int, int], None]  # (pages copied, pages in total)


class BackupFileError(Exception):
    """A file is not a usable backup; the message is for a person."""


@dataclass(frozen=True)
class Verification:
    integrity: str  # "ok", or the first problems integrity_check reported
    row_counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return [str(r[0]) for r in rows]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in user_tables(conn)}


def schema_version(conn: sqlite3.Connection) -> int | None:
    if "schema_version" not in user_tables(conn):
        return None
    value = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(value) if value is not None else None


def integrity(conn: sqlite3.Connection, limit: int = 10) -> str:
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({limit})").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows)


def database_bytes(conn: sqlite3.Connection) -> int:
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path``; BackupFileError when it is not an SQLite file."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise BackupFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise BackupFileError(f"{path} is a folder, not a backup file") from None
    except OSError as exc:
        raise BackupFileError(f"cannot read {path}: {exc.strerror}") from exc
    if head != SQLITE_HEADER:
        raise BackupFileError(f"{path} is not an SQLite database")
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise BackupFileError(f"cannot open {path}: {exc}") from exc


def verify(path: Path) -> Verification:
    """integrity_check, row counts and schema version of the file at ``path``."""
    conn = open_readonly(path)
    try:
        try:
            check = integrity(conn)
            if check != "ok":
                return Verification(check)
            return Verification(check, table_counts(conn), schema_version(conn))
        except sqlite3.DatabaseError as exc:
            return Verification(f"unreadable: {exc}")
    finally:
        conn.close()


def sha256_file(path: Path, chunk: int = 4 * 1024 * 1024) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            digest.update(block)  # hashlib releases the GIL for large blocks
    return digest.hexdigest()


def create_private(path: Path) -> None:
    """Create the empty file ``path`` with mode 0600 (SQLite takes an empty file as a new
    database); FileExistsError if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class SnapshotCopy:
    """Copy the database at ``source`` as it is at :meth:`open`, in steps.

    ``open()`` is quick (it starts the read transaction) and pins the instant; ``copy()``,
    ``source_counts()`` may then run on another thread; ``close()`` ends the transaction.
    """

    def __init__(self, source: Path, pages_per_step: int = PAGES_PER_STEP) -> None:
        self.source = source
        self.pages_per_step = pages_per_step
        self._conn: sqlite3.Connection | None = None
        self.total_bytes = 0

    def open(self) -> None:
        try:
            if not self.source.is_file():
                raise BackupFileError(f"the database {self.source} does not exist")
            # read-write mode (it never writes): a read-only connection cannot open a WAL
            # database whose -shm file is missing, as after a clean shutdown
            conn = sqlite3.connect(self.source, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("BEGIN")
            # The first read starts the transaction: from here on this connection sees the
            # database as committed at this instant, whatever the server commits next.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self.total_bytes = database_bytes(conn)
        except sqlite3.Error as exc:
            raise BackupFileError(f"cannot read {self.source}: {exc}") from exc
        self._conn = conn

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("SnapshotCopy.open() first")
        return self._conn

    def copy(self, dest: Path, progress: Progress | None = None) -> None:
        """Write the snapshot to ``dest`` (a new file, readable by its owner only: it holds
        password hashes and personal data), as a single file (journal DELETE)."""
        create_private(dest)
        target = sqlite3.connect(dest, isolation_level=None)
        try:
            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            self.conn.backup(target, pages=self.pages_per_step, progress=step)
            target.execute("PRAGMA journal_mode = DELETE")  # no -wal beside the copy
        finally:
            target.close()

    def source_counts(self) -> dict[str, int]:
        """Rows per table in the snapshot (what the copy must hold)."""
        return table_counts(self.conn)

    def schema_version(self) -> int | None:
        return schema_version(self.conn)

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._conn.close()
            self._conn = None


def restore_file(backup: Path, target: Path, progress: Progress | None = None) -> None:
    """Replace the database file ``target`` with a copy of ``backup``.

    The copy is written beside the target (SQLite's backup API, WAL mode like the app's
    databases), made durable, then renamed over it after the old ``-wal``/``-shm`` files are
    removed: the target is the old file or the new one, never a mix, and a damaged old file
    does not get in the way. Nobody may have the target open for writing meanwhile.
    """
    tmp = target.with_name(f".{target.name}.restoring")
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        leftover.unlink(missing_ok=True)
    src = open_readonly(backup)
    try:
        create_private(tmp)
        if target.exists():  # keep the database file's own permissions
            os.chmod(tmp, target.stat().st_mode & 0o777)
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()  # the last connection: checkpointed, its -wal removed
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    fsync_file(tmp)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
    fsync_dir(target.parent)
