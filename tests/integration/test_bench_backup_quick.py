"""`bench/backup_lag.py --quick`: a small history database backed up under write load."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_backup_benchmark_quick_reports_figures(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run([sys.executable, "bench/backup_lag.py", "--quick", "--results",
                           str(results)], cwd=REPO, capture_output=True, text=True,
                          timeout=110, check=False)
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    assert "- database: history.db, 50,000 meter values, 2,000 transactions" in out
    secs = re.search(r"\| backup time \(snapshot to verified file\) \| ([\d.]+) s \|", out)
    assert secs and float(secs.group(1)) > 0, out
    size = re.search(r"\| backup size \| ([\d,.]+) MB \|", out)
    assert size and float(size.group(1).replace(",", "")) > 1, out
    lag = re.search(r"\| event-loop lag during the backup p99 \| ([\d.]+) ms \| < 50 ms "
                    r"\| (pass|MISS) \|", out)
    assert lag, out
    rows = re.search(r"\| rows committed while the snapshot was pinned \| ([\d,]+) \|", out)
    assert rows, out
    text = results.read_text()
    assert "## Backup of the history database" in text and "machine:" in text
