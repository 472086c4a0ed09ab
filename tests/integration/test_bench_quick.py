"""`bench/throughput.py --quick --skip-app` runs the reference servers (b) and (c) and reports figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_throughput_quick_reports_figures(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, "bench/throughput.py", "--quick", "--skip-app", "--workers", "1",
         "--results", str(results)],
        cwd=REPO, capture_output=True, text=True, timeout=80, check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    for label in ("(b) ocpp library", "(c) raw websockets"):
        row = re.search(re.escape(label) + r" N=5: (\d+) msgs/s, p50 ([\d.]+) ms, "
                        r"p99 ([\d.]+) ms, errors (\d+)", out)
        assert row, out
        msgs, p50, p99, errors = row.groups()
        assert int(msgs) > 0 and 0 < float(p50) <= float(p99) and int(errors) == 0
    assert "(a)/(b) n/a" in out  # the app was skipped
    text = results.read_text()
    assert "## Throughput" in text and "machine:" in text and "| (c) raw websockets | 5 |" in text
