"""Benchmark 4 on a small database: `gen_history.py --quick` then `history_scale.py`.

Both run as subprocesses (the start-up probe imports Qt in its own processes; this test
process stays Qt-free).
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only(
    "bench/gen_history.py writes a SQLite file (WAL checked)")

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], timeout: float) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.mark.slow
@pytest.mark.timeout(100)
def test_history_benchmark_on_quick_database(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    out = _run(["bench/gen_history.py", "--quick", "--out", str(db)], 60)
    assert re.search(r"meter values: 50,000 in [\d.]+ s \([\d,]+ rows/s\)", out), out
    assert "done:" in out and "50,000 meter values, 2,000 transactions" in out

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = con.execute(
            'SELECT count(*) FROM meter_value m LEFT JOIN "transaction" t '
            "ON t.id = m.transaction_id WHERE t.id IS NULL OR m.connector_id != t.connector_id"
        ).fetchone()[0]
        assert orphans == 0
        ts, mv_id = con.execute("SELECT timestamp, id FROM meter_value LIMIT 1").fetchone()
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?", ts)
        assert re.fullmatch(r"c[0-9a-f]{24}", mv_id)
        assert con.execute('SELECT count(*) FROM "transaction" WHERE status != \'COMPLETED\' '
                           "OR total_cost IS NULL OR cost_breakdown IS NULL").fetchone()[0] == 0
    finally:
        con.close()

    results = tmp_path / "RESULTS.md"
    out = _run(["bench/history_scale.py", "--db", str(db), "--runs", "2", "--pdf-runs", "1",
                "--startup-runs", "1", "--results", str(results)], 80)
    number = r"([\d,]+\.\d)"
    for label in (r"\(a\) 24 h chart data, HIST-\d+/\d \(\d+ samples\), cold",
                  r"\(b\) transactions, Last 30 days \(default\): first screen "
                  r"\(page \+ totals\), warm",
                  r"first page \(\d+ rows of [\d,]+\), cold",
                  r"totals, warm",
                  r"\(c\) invoice data \d{4}-\d\d, client \d+ \(\d+ sessions, \d+ items, "
                  r"\d+ months\), cold",
                  r"same \+ PDF \(\d+ KiB, \w+\), cold", r"same \+ PDF, warm",
                  r"\(d\) start-up to a usable window \(sign-in card\), first run [\d,]+ ms",
                  r"\(d\) start-up to a usable window \(signed in, dashboard\)"):
        row = re.search(r"\| *" + label + r"[^|]* \| " + number + r" \| [\d,.]+ \| (\d+) \|",
                        out)
        assert row, f"{label!r} missing:\n{out}"
        assert float(row.group(1).replace(",", "")) > 0 and int(row.group(2)) >= 1
    assert re.search(r"\| < 100 ms \| (pass|MISS) \|", out)
    text = results.read_text()
    assert "## History at scale" in text and "machine:" in text
    assert "- database: 50,000 meter values, 2,000 transactions" in text
