"""`bench/two_nodes.py --quick`: one node and two nodes on one PostgreSQL database, figures
for each node and in total, recorded in the results file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pgcluster import PgCluster

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_two_nodes_quick_reports_both_nodes(tmp_path: Path, pg_cluster: PgCluster) -> None:
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, "bench/two_nodes.py", "--quick", "--workers", "1", "--pg-url",
         pg_cluster.url(), "--results", str(results)],
        cwd=REPO, capture_output=True, text=True, timeout=220, check=False)
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    for label in ("(1) one node", "(2) node A of two", "(2) node B of two"):
        row = re.search(re.escape(label) + r" \| (\d+)/(\d+) \| (\d+) \| ([\d.]+) \| ([\d.]+) \|"
                        r" [\d-]+ \| (\d+) \|", out)
        assert row, out
        connected, clients, msgs, p50, p99, errors = row.groups()
        assert connected == clients and int(msgs) > 0 and 0 < float(p50) <= float(p99)
        assert errors == "0"
    assert re.search(r"two nodes / one node: msgs/s [\d.]+, p99 [\d.]+", out), out
    assert "## Two nodes on one PostgreSQL database" in results.read_text()
