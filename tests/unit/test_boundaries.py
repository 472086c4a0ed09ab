"""Qt stays in gui/: import-linter contracts hold, and this process has not loaded Qt."""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import csms_desktop

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6", "qasync", "pyqtgraph")


def test_non_gui_packages_import_without_qt() -> None:
    for info in pkgutil.walk_packages(csms_desktop.__path__, "csms_desktop."):
        if info.name.startswith("csms_desktop.gui") or info.name == "csms_desktop.app":
            continue
        importlib.import_module(info.name)
    loaded = [name for name in QT if name in sys.modules]
    if os.environ.get("CSMS_FORBID_QT") == "1":
        assert not loaded
    else:  # pragma: no cover - the GUI process may have Qt already
        pytest.skip("run in the non-GUI process to check")


def test_import_linter_contracts() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is not installed"
    # no cache: a cache of an older tree once reported circles that were gone
    r = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "KEPT" in r.stdout and "BROKEN" not in r.stdout
