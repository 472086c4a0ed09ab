"""PostgreSQL backups with ``pg_dump`` (custom format), checked with ``pg_restore --list``.

The row counts recorded are exactly the dump's: a REPEATABLE READ transaction exports its
snapshot (``pg_export_snapshot``), ``pg_dump --snapshot`` dumps that snapshot, and the
counts are taken in the same transaction. The password goes to the tools through
``PGPASSWORD``, never on a command line (``ps`` shows those to every user).
Blocking: run it in a worker thread.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from csms_desktop.services.backup.files import BackupError
from csms_desktop.store.db import redact_url

TIMEOUT = 6 * 3600.0  # s; a dump that takes longer is stuck


def is_postgres(url: str) -> bool:
    return urlparse(url).scheme in ("postgresql", "postgres")


def tool(name: str) -> str:
    """Path of a PostgreSQL client program: on PATH, else Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    raise BackupError(f"{name} is not installed (Debian/Ubuntu: apt-get install "
                      "postgresql-client; Windows: the PostgreSQL installer's bin folder "
                      "on PATH)")


def connection_args(url: str) -> tuple[list[str], dict[str, str], dict[str, Any]]:
    """(pg_dump connection options, environment, psycopg2.connect keywords) for ``url``."""
    u = urlparse(url.replace("postgres://", "postgresql://", 1))
    dbname = unquote(u.path.lstrip("/"))
    if not dbname:
        raise BackupError(f"the PostgreSQL URL names no database: {redact(url)}")
    args = ["--dbname", dbname]
    kw: dict[str, Any] = {"dbname": dbname}
    if u.hostname:
        args += ["--host", u.hostname]
        kw["host"] = u.hostname
    if u.port:
        args += ["--port", str(u.port)]
        kw["port"] = u.port
    if u.username:
        args += ["--username", unquote(u.username)]
        kw["user"] = unquote(u.username)
    env = {**os.environ}
    if u.password:
        env["PGPASSWORD"] = unquote(u.password)
        kw["password"] = unquote(u.password)
    return args, env, kw


redact = redact_url  # ``url`` without its password (for messages and manifests)


def _run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupError(f"{Path(cmd[0]).name} failed: {exc}") from exc
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit status {proc.returncode}"
        raise BackupError(f"{Path(cmd[0]).name} failed: {reason}")
    return proc


def dump(url: str, dest: Path) -> tuple[dict[str, int], int | None]:
    """Dump ``url`` into ``dest``; returns (rows per table, schema version) of the dump."""
    args, env, kw = connection_args(url)
    pg_dump = tool("pg_dump")
    try:
        import psycopg2
    except ImportError as exc:
        raise BackupError("the PostgreSQL driver is missing (pip install "
                          "'csms-desktop[postgres]')") from exc
    try:
        conn = psycopg2.connect(**kw)
    except psycopg2.Error as exc:
        raise BackupError(f"cannot connect to {redact(url)}: {str(exc).strip()}") from exc
    try:
        conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        with conn.cursor() as cur:
            cur.execute("SELECT pg_export_snapshot()")
            snapshot = cur.fetchone()[0]
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = "
                        "current_schema() ORDER BY tablename")
            tables = [r[0] for r in cur.fetchall()]
            counts: dict[str, int] = {}
            for t in tables:
                cur.execute(f'SELECT count(*) FROM "{t}"')
                counts[t] = int(cur.fetchone()[0])
            version = None
            if "schema_version" in tables:
                cur.execute("SELECT max(version) FROM schema_version")
                row = cur.fetchone()[0]
                version = int(row) if row is not None else None
        _run([pg_dump, *args, "--format=custom", "--no-owner", "--no-privileges",
              f"--snapshot={snapshot}", f"--file={dest}"], env)
    except psycopg2.Error as exc:
        raise BackupError(f"PostgreSQL: {str(exc).strip()}") from exc
    finally:
        conn.close()
    return counts, version


def verify_dump(path: Path, tables: list[str]) -> str:
    """"ok" when pg_restore can read the archive and it holds the data of every table."""
    proc = _run([tool("pg_restore"), "--list", str(path)], {**os.environ})
    listed = set(re.findall(r"TABLE DATA \S+ (\S+) ", proc.stdout))
    missing = [t for t in tables if t not in listed]
    if missing:
        return f"the dump has no data for {', '.join(missing[:5])}"
    return "ok"
