"""``python main.py billing ...`` as a person runs it: real processes, real files."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from billing_data import MARIA, SOMCHAI, bkk, charger, client, driver, session, site_tariff

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed_client.json"
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
ENV.pop("CSMS_FORBID_QT", None)


def billing(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    """``main.py billing ... --db URL`` (the run's backend: ``db_url``)."""
    return subprocess.run([sys.executable, "main.py", "billing", *args, "--db", db],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV)


def _one_error_line(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_import_then_export_the_seed(tmp_path: Path, db_url: str) -> None:
    db = db_url
    r = billing("import", str(SEED), db=db)
    assert r.returncode == 0, r.stderr
    assert "created: Maria da Silva" in r.stdout
    assert "billed items sum to 105 but amount_due is 1500.75" in r.stdout
    assert "'hash_password' ignored" in r.stdout
    out = tmp_path / "out.json"
    r = billing("export", "--client", "54dc6ee3-1baa-4521-88a9-4373eb3c49f8", "--seed-only",
                str(out), db=db)
    assert r.returncode == 0, r.stderr
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    for key in ("hash_password", "role"):
        del seed["client"][key]
    assert json.loads(out.read_text(encoding="utf-8")) == seed
    r = billing("list", db=db)
    assert "Maria da Silva" in r.stdout and "1500.75 BRL" in r.stdout


def test_bad_input_is_one_line_and_status_2(tmp_path: Path, db_url: str) -> None:
    db = db_url
    assert "month must be YYYY-MM" in _one_error_line(
        billing("run", "--month", "2024-13", "--out", str(tmp_path), db=db))
    assert "no such file" in _one_error_line(billing("import", str(tmp_path / "x.json"), db=db))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert "not JSON" in _one_error_line(billing("import", str(bad), db=db))
    assert "no client" in _one_error_line(
        billing("export", "--client", "nobody", str(tmp_path / "o.json"), db=db))
    r = subprocess.run([sys.executable, "main.py", "billing", "run", "--month", "2024-10",
                        "--out", str(tmp_path), "--db", "mysql://x"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60, env=ENV)
    assert "unsupported database URL" in _one_error_line(r)


def _site(url: str) -> None:
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    db = open_database(url)
    migrate_database(db)
    try:
        c1, c2 = charger("CP001", 2)
        site_tariff()
        maria = client(MARIA, number="1001")
        thai = client(SOMCHAI, number="1002")
        ana = client(MARIA, number="1003", full_name="Ana Souza")
        for d in (2, 9, 16):
            session(driver(maria, f"João {d}"), c1, bkk(2024, 10, d, 21), 20.0, 120)
        session(driver(thai, "สมชาย"), c2, bkk(2024, 10, 5, 10), 12.5)
        ana_driver = driver(ana, "Ana")
        session(ana_driver, c2, bkk(2024, 10, 6, 10), 5.0)
        # Ana's later session was priced in BRL: her invoice cannot be issued
        site_tariff(currency="BRL", effective_from=bkk(2024, 10, 20))
        session(ana_driver, c2, bkk(2024, 10, 21, 10), 5.0)
    finally:
        close_database()


def test_run_prints_progress_and_summary_and_is_idempotent(tmp_path: Path, db_url: str) -> None:
    db = db_url
    _site(db)
    out = tmp_path / "pdf"
    r = billing("run", "--month", "2024-10", "--out", str(out), db=db)
    assert r.returncode == 1, r.stderr  # Ana failed, the others were issued
    lines = r.stdout.splitlines()
    assert lines[0] == "2024-10: 3 client(s) with charging"
    progress = [ln for ln in lines if ln.startswith("[")]
    assert len(progress) == 3
    # numbered in the year of issue (today), not of the reference month
    assert re.match(r"\[1/3\] Maria da Silva: issued \d{4}-000001, 449\.40 THB$", progress[0])
    assert any("Ana Souza: failed: sessions in several currencies" in ln for ln in progress)
    assert "2 issued" in lines[-1] and "1 failed" in lines[-1]
    assert "Traceback" not in r.stdout + r.stderr
    assert len(list(out.glob("*.pdf"))) == 2
    again = billing("run", "--month", "2024-10", "--out", str(out), db=db)
    assert again.stdout.count("skipped: already issued") == 2
    assert "0 issued" in again.stdout.splitlines()[-1]
    assert len(list(out.glob("*.pdf"))) == 2
    report = tmp_path / "report.pdf"
    r = billing("report", "--month", "2024-10", "--out", str(report), "--lang", "en", db=db)
    assert r.returncode == 0, r.stderr
    assert report.read_bytes().startswith(b"%PDF") and "6 sessions" in r.stdout
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(report), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "Monthly report" in text and "Ana Souza" in text


@pytest.mark.parametrize("action", ["paid", "correct"])
def test_paid_and_correct_by_number(tmp_path: Path, db_url: str, action: str) -> None:
    db = db_url
    _site(db)
    r = billing("run", "--month", "2024-10", "--out", str(tmp_path / "pdf"), "--client", "1002",
                db=db)
    assert r.returncode == 0, r.stdout + r.stderr
    number = r.stdout.split("issued ")[1].split(",")[0]
    extra = ["--out", str(tmp_path / "pdf")] if action == "correct" else []
    r = billing(action, "--invoice", number, *extra, db=db)
    assert r.returncode == 0, r.stderr
    r = billing("list", db=db)
    assert ("PAID" if action == "paid" else "CANCELED") in r.stdout
