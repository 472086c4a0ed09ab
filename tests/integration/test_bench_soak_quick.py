"""`bench/fuzz_soak.py --quick`: a short fuzz of a real `serve` with good chargers beside."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_fuzz_soak_quick_is_clean() -> None:
    proc = subprocess.run([sys.executable, "bench/fuzz_soak.py", "--quick"], cwd=REPO,
                          capture_output=True, text=True, timeout=170, check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    for line in ("tracebacks: 0;", "wrong replies: 0; InternalError answers: 0",
                 "dropped message-log rows: 0", "victims' rows changed: False; connector rows "
                 "from absurd ids: 0", "result: OK"):
        assert line in out, out
