"""A throwaway PostgreSQL cluster for tests: ``initdb`` in a temporary folder, a free port.

``tests/conftest.py`` imports the fixtures, so any test may ask for them::

    def test_something(pg_url: str) -> None:   # a fresh, empty database per test
        ...                                    # postgresql://csms:<pw>@127.0.0.1:<port>/t_<hex>

* ``pg_cluster`` (session scope) starts one cluster for the whole run (about 2 s) and
  stops it at the end; ``PgCluster.create_database(name, template=...)`` / ``.url(name)``.
  With ``CSMS_TEST_DB=postgresql`` the ``db`` fixture uses it too (``tests/conftest.py``).
* The server runs as an unprivileged user (``initdb`` and ``pg_ctl`` refuse root): the
  ``postgres`` account of Debian's package when it exists, else ``nobody``, through
  ``runuser -u USER --`` when the tests run as root.
* Connections go over TCP to 127.0.0.1 with a password (SCRAM), like a real site, so the
  code under test handles the password; the role is ``csms`` (superuser).
* Without the server binaries (Debian: ``apt-get install postgresql``, which
  ``scripts/bootstrap --test`` installs) or psycopg2 the tests are skipped with that
  reason, except under ``CI=true``, where they fail: CI must never skip them.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROLE = "csms"
PASSWORD = "pg-test-" + uuid.uuid4().hex[:12]


def _bindir() -> Path | None:
    for name in ("initdb", "pg_ctl"):
        found = shutil.which(name)
        if found and Path(found).resolve().parent.joinpath("pg_ctl").exists():
            return Path(found).resolve().parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[4]),
                  reverse=True)
    for d in dirs:
        if Path(d, "initdb").exists() and Path(d, "pg_ctl").exists():
            return Path(d)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}")
    pytest.skip(reason)


class PgCluster:
    """One PostgreSQL server in ``base``; ``start()`` / ``stop()``."""

    def __init__(self, bindir: Path, base: Path, port: int) -> None:
        self.bindir = bindir
        self.base = base
        self.port = port
        self.data = base / "data"
        self.sockets = base / "sock"
        self.log = base / "server.log"
        self.user: str | None = None  # the account the server runs as (when we are root)
        self._version: int | None = None
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                try:
                    pwd.getpwnam(name)
                except KeyError:
                    continue
                self.user = name
                break

    def _as_user(self, cmd: list[str]) -> list[str]:
        return ["runuser", "-u", self.user, "--", *cmd] if self.user else cmd

    def _run(self, cmd: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(self._as_user(cmd), capture_output=True, text=True,
                              timeout=timeout, check=False, cwd=self.base)
        if proc.returncode != 0:
            raise RuntimeError(f"{Path(cmd[0]).name} failed ({proc.returncode}): "
                               f"{proc.stderr.strip() or proc.stdout.strip()}\n"
                               f"{self.log.read_text() if self.log.exists() else ''}")
        return proc

    def start(self) -> None:
        self.sockets.mkdir(parents=True)
        pwfile = self.base / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self.user:
            info = pwd.getpwnam(self.user)
            for p in (self.base, self.sockets, pwfile):
                os.chown(p, info.pw_uid, info.pw_gid)
        self._run([str(self.bindir / "initdb"), "-D", str(self.data), "-U", ROLE,
                   f"--pwfile={pwfile}", "--auth-local=trust", "--auth-host=scram-sha-256",
                   "-E", "UTF8", "--locale=C", "--no-sync"], timeout=120)
        pwfile.unlink()
        opts = (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=50 -c shared_buffers=32MB")
        self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                   "-o", opts, "-w", "-t", "60", "start"], timeout=90)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                           "-w", "stop"], timeout=60)
            except (RuntimeError, subprocess.TimeoutExpired):
                self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m",
                           "immediate", "stop"], timeout=30)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{ROLE}:{PASSWORD}@127.0.0.1:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user=ROLE,
                                password=PASSWORD, dbname=dbname)
        conn.autocommit = True
        return conn

    def admin(self, sql: str) -> None:
        """Run ``sql`` on the maintenance database (autocommit: CREATE/DROP DATABASE)."""
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
        finally:
            conn.close()

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template``; returns its URL.

        PostgreSQL 15+ copies the template through the WAL by default (~0.5 s here);
        ``STRATEGY FILE_COPY`` copies its files (~0.1 s), the better choice for small
        databases made by the hundred."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}"'
        if self.version() >= 150000:
            sql += " STRATEGY FILE_COPY"
        self.admin(sql)
        return self.url(name)

    def version(self) -> int:
        """The server's version number (150004 for 15.4)."""
        if self._version is None:
            conn = self.connect()
            try:
                with conn.cursor() as cur:
                    cur.execute("SHOW server_version_num")
                    self._version = int(cur.fetchone()[0])
            finally:
                conn.close()
        return self._version

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> tuple[PgCluster, Path]:
    """Start a cluster (skips or fails when PostgreSQL is not installed)."""
    bindir = _bindir()
    if bindir is None:
        _unavailable("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                     "apt-get install postgresql (scripts/bootstrap --test installs it)")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        _unavailable("psycopg2 is not installed (pip install -e '.[dev]')")
    assert bindir is not None
    base = Path(tempfile.mkdtemp(prefix="pgcluster-"))
    cluster = PgCluster(bindir, base, _free_port())
    for attempt in range(3):  # a port taken between choosing and binding: another one
        try:
            cluster.start()
            return cluster, base
        except RuntimeError:
            if attempt == 2 or "could not bind" not in (cluster.log.read_text()
                                                        if cluster.log.exists() else ""):
                shutil.rmtree(base, ignore_errors=True)
                raise
            shutil.rmtree(cluster.data, ignore_errors=True)
            shutil.rmtree(cluster.sockets, ignore_errors=True)
            cluster.port = _free_port()
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster, base = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
        deadline = time.monotonic() + 10
        while (cluster.data / "postmaster.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh empty database on the session's cluster, dropped after the test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_cluster.create_database(name)
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)


# The state of a database the tests compare with the template's: the tables' columns, the
# indexes, the sequences, the recorded schema versions.
_FINGERPRINT = """
SELECT md5(concat_ws('|',
  (SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' ||
                     is_nullable || ':' || coalesce(column_default, ''), ','
                     ORDER BY table_name, column_name)
     FROM information_schema.columns WHERE table_schema = 'public'),
  (SELECT string_agg(indexdef, ',' ORDER BY indexname) FROM pg_indexes
     WHERE schemaname = 'public'),
  (SELECT string_agg(sequencename || ':' || start_value, ',' ORDER BY sequencename)
     FROM pg_sequences WHERE schemaname = 'public'),
  (SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version)))
"""


class RecycledDatabase:
    """One database per run, brought back to a copy of ``template`` between tests.

    ``CREATE DATABASE ... TEMPLATE`` costs 0.1-0.5 s (a checkpoint and a copy of every
    file); over ~700 tests that was 6 of the PostgreSQL run's 19 minutes. Emptying the
    tables costs a few ms: the connections the last test left (other threads') are ended,
    every table but ``schema_version`` is emptied (foreign-key triggers off: every row
    goes), the sequences restart. When the schema is no longer the template's (a test
    dropped or altered something), the database is made again from the template."""

    def __init__(self, cluster: PgCluster, template: str, name: str = "csms_test") -> None:
        self.cluster = cluster
        self.template = template
        self.name = name
        self.fingerprint = self._fingerprint(template)
        self._remake()

    def _fingerprint(self, dbname: str) -> str:
        conn = self.cluster.connect(dbname)
        try:
            with conn.cursor() as cur:
                cur.execute(_FINGERPRINT)
                return str(cur.fetchone()[0])
        finally:
            conn.close()

    def _remake(self) -> None:
        self.cluster.drop_database(self.name)
        self.cluster.create_database(self.name, template=self.template)

    def url(self) -> str:
        return self.cluster.url(self.name)

    def reset(self) -> None:
        """Back to the template's state (called after each test)."""
        conn = self.cluster.connect(self.name)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()")
                cur.execute(_FINGERPRINT)
                if str(cur.fetchone()[0]) != self.fingerprint:
                    conn.close()
                    self._remake()
                    return
                cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                            "AND tablename <> 'schema_version'")
                tables = [r[0] for r in cur.fetchall()]
                cur.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
                sequences = [r[0] for r in cur.fetchall()]
                statements = ["SET session_replication_role = replica",
                              *(f'DELETE FROM "{t}"' for t in tables),
                              "SET session_replication_role = DEFAULT",
                              *(f'ALTER SEQUENCE "{s}" RESTART' for s in sequences)]
                cur.execute(";\n".join(statements))
        finally:
            conn.close()
