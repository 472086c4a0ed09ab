"""`python main.py --smoke`: the GUI loop and the server start, a charger appears, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_run(tmp_path: Path) -> None:
    env = {**os.environ, "CSMS_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CSMS_FORBID_QT", None)
    r = subprocess.run([sys.executable, "main.py", "--smoke", "--log-level", "WARNING"],
                       cwd=ROOT, capture_output=True, text=True, timeout=90, env=env)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "smoke: ok" in r.stdout
    assert (tmp_path / "csms.db").exists()
    assert "Traceback" not in r.stderr
