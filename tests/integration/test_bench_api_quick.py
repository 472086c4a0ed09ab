"""The API benchmarks on tiny sizes: `api_read.py` on a `gen_history.py --quick` database and
`api_load.py --quick`, as subprocesses (each starts a real `main.py serve`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], timeout: float) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.mark.slow
@pytest.mark.timeout(150)
def test_api_read_benchmark_on_quick_database(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    _run(["bench/gen_history.py", "--quick", "--out", str(db)], 60)
    results = tmp_path / "RESULTS.md"
    out = _run(["bench/api_read.py", "--db", str(db), "--runs", "3", "--results",
                str(results)], 80)
    row = re.search(r"\| first page, 50 rows \(2,000 tx\) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) "
                    r"\| 3 \| < 50 ms: (pass|MISS) \|", out)
    assert row, out
    assert 0 < float(row.group(3)) <= float(row.group(1)) <= float(row.group(2))
    for label in ("first request after start", "first page, 500 rows",
                  "page 21 through next_cursor", "first page of charger HIST-",
                  "charge points, first page of 50"):
        assert label in out, out
    text = results.read_text()
    assert "## API: transactions over HTTP" in text and "machine:" in text


@pytest.mark.slow
@pytest.mark.timeout(150)
def test_api_load_benchmark_quick(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    out = _run(["bench/api_load.py", "--quick", "--workers", "1", "--results", str(results)],
               120)
    for label, windows in ((r"\(A\) chargers only", 2), (r"\(B\) \+ 10 API req/s", 2),
                           (r"\(A, first of each ABBA block\)", 1)):
        row = re.search(r"\| " + label + rf" \| {windows} \| 20 \| ([\d,]+) \| ([\d.]+) \| "
                        r"([\d.]+) \|", out)
        assert row, out
        assert int(row.group(1).replace(",", "")) > 100  # 20 chargers x 5/s x 2 x 2.5 s
        assert 0 < float(row.group(2)) <= float(row.group(3))
    assert "OCPP errors in the run: 0" in out, out
    assert re.search(r"the benchmark's floor \(p99 of the two A halves apart\): [\d.]+ ms", out)
    added = re.search(r"OCPP p99 added by the API: ([+-][\d.]+) ms .* target < 5 ms: "
                      r"(pass|MISS)", out)
    api = re.search(r"API during \(B\): ([\d.]+) req/s achieved \((\d+) sent, 0 errors\)", out)
    assert added and api, out
    assert float(api.group(1)) > 5 and int(api.group(2)) >= 15
    assert "## API load next to OCPP" in results.read_text()
