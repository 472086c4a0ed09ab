"""Shared fixtures: a real database per test, the services, the real server on loopback.

The backend is a switch of the test run: ``CSMS_TEST_DB=postgresql`` makes ``db`` (and
``db_url``) a fresh database on the session's throwaway PostgreSQL cluster
(``tests/pgcluster.py``) instead of a SQLite file; unset (or ``sqlite``) it is SQLite.
Tests about the SQLite file itself carry ``@pytest.mark.sqlite_only("why")`` and are
skipped on the PostgreSQL run with that reason.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# Tests never touch the user's real data directory.
import tempfile  # noqa: E402

os.environ.setdefault("CSMS_DATA_DIR", tempfile.mkdtemp(prefix="csms-test-"))

# GUI tests: offscreen Qt, PySide6 binding (set before pytest-qt configures itself).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTEST_QT_API", "pyside6")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

# The non-GUI test process must prove that nothing outside gui/ needs Qt.
if os.environ.get("CSMS_FORBID_QT") == "1":
    import importlib.abc

    class _QtBlocker(importlib.abc.MetaPathFinder):
        BLOCKED = ("PySide6", "shiboken6", "qasync", "pyqtgraph", "PyQt5", "PyQt6")

        def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
            if name.split(".")[0] in self.BLOCKED:
                raise ImportError(f"{name} imported in the non-GUI test process")
            return None

    for mod in _QtBlocker.BLOCKED:
        assert mod not in sys.modules, f"{mod} was imported before the tests started"
    sys.meta_path.insert(0, _QtBlocker())


TEST_DB = os.environ.get("CSMS_TEST_DB", "sqlite").strip().lower() or "sqlite"
if TEST_DB in ("postgres", "pg"):
    TEST_DB = "postgresql"
if TEST_DB not in ("sqlite", "postgresql"):
    raise SystemExit(f"CSMS_TEST_DB={TEST_DB!r}: use sqlite or postgresql")
ON_POSTGRES = TEST_DB == "postgresql"

from pgcluster import PgCluster, RecycledDatabase, pg_cluster, pg_url  # noqa: E402, F401


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself; skipped on the "
                   "PostgreSQL run (CSMS_TEST_DB=postgresql) with the reason")


def pytest_report_header(config: pytest.Config) -> str:
    return f"database backend: {TEST_DB} (CSMS_TEST_DB)"


def pytest_runtest_setup(item: pytest.Item) -> None:
    marker = item.get_closest_marker("sqlite_only")
    if marker is None:
        return
    reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
    if not reason:
        raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs a reason")
    if ON_POSTGRES:
        pytest.skip(f"SQLite only: {reason}")


@pytest.fixture(scope="session")
def pg_template(request: pytest.FixtureRequest) -> str:
    """A database migrated once per run: what each test's database starts as."""
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = "csms_template"
    cluster.drop_database(name)
    url = cluster.create_database(name)
    database = open_database(url)
    migrate_database(database)
    close_database()
    return name


@pytest.fixture(scope="session")
def pg_recycled(request: pytest.FixtureRequest) -> RecycledDatabase:
    """The database the ``db`` fixture hands each test on PostgreSQL, emptied back to the
    migrated template after each (``pgcluster.RecycledDatabase``)."""
    return RecycledDatabase(request.getfixturevalue("pg_cluster"),
                            request.getfixturevalue("pg_template"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "csms.db"


@pytest.fixture
def db_url(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """The URL of this test's database, not created yet on SQLite (a path) and empty on
    PostgreSQL (a new database, dropped after the test): for code that opens and
    migrates it itself (``serve --db``, ``open_store``)."""
    if not ON_POSTGRES:
        yield f"sqlite:///{db_path}"
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = f"t_{uuid.uuid4().hex[:12]}"
    yield cluster.create_database(name)
    cluster.drop_database(name)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path):  # type: ignore[no-untyped-def]
    """This test's database, open (bound to the models) and migrated."""
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    if not ON_POSTGRES:
        database = open_database(f"sqlite:///{db_path}")
        migrate_database(database)
        yield database
        close_database()
        return
    recycled: RecycledDatabase = request.getfixturevalue("pg_recycled")
    database = open_database(recycled.url())
    migrate_database(database)
    try:
        yield database
    finally:
        close_database()
        recycled.reset()


@pytest.fixture
def settings():  # type: ignore[no-untyped-def]
    from csms_desktop.services.settings import SiteSettings

    # provision_passwords (on for a new site) is proved by its own tests; elsewhere it
    # would add a ChangeConfiguration to every scenario's recorded calls
    return SiteSettings(unknown_charger_policy="accept", heartbeat_interval=60, call_timeout=2.0,
                        provision_passwords=False)


@pytest.fixture
def services(db, settings):  # type: ignore[no-untyped-def]
    from csms_desktop.services.context import build_services
    from csms_desktop.services.settings import save_settings

    save_settings(settings)
    return build_services(settings)


@pytest.fixture
async def server(services):  # type: ignore[no-untyped-def]
    from csms_desktop.protocol.server import OCPPServer

    srv = OCPPServer(services)
    await srv.start("127.0.0.1", 0)
    yield srv
    await srv.stop()


@pytest.fixture
def url(server) -> str:  # type: ignore[no-untyped-def]
    return f"ws://127.0.0.1:{server.port}/ocpp"
