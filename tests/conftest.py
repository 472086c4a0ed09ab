"""Shared fixtures: a real SQLite file per test, the services, the real server on loopback."""

from __future__ import annotations

import os
import sys
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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "csms.db"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    database = open_database(f"sqlite:///{db_path}")
    migrate_database(database)
    yield database
    close_database()


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
