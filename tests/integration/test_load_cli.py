"""``main.py config load ...``: the limit tree set up headless, as a person does it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
ENV.pop("CSMS_FORBID_QT", None)

pytestmark = pytest.mark.timeout(120)


def _run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "config", "load", *args, "--db", db],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, env=ENV)


def test_limit_tree_from_the_command_line(tmp_path: Path, db_url: str) -> None:
    db = db_url  # the run's backend: a SQLite file or a PostgreSQL database
    r = _run(db, "show")
    assert r.returncode == 0 and "load management is off" in r.stdout
    assert _run(db, "set", "site", "--kind", "site", "--limit-kw", "150", "--limit-a", "250",
                "--margin", "0.03", "--name", "Grid").returncode == 0
    assert _run(db, "set", "F1", "--kind", "group", "--parent", "site",
                "--limit-kw", "90").returncode == 0
    r = _run(db, "set", "bay1", "--kind", "charger", "--parent", "F1", "--charger", "CP1",
             "--phases", "L2", "--fallback-a", "10")
    assert r.returncode == 0, r.stderr
    # bad input: one line per field, exit 2, nothing written
    r = _run(db, "set", "bay1", "--limit-kw", "lots")
    assert r.returncode == 2 and "limit_kw: the kW limit must be a number" in r.stderr
    r = _run(db, "set", "F1", "--parent", "bay1")
    assert r.returncode == 2 and "cycle" in r.stderr
    r = _run(db, "set", "F9", "--parent", "site")
    assert r.returncode == 2 and "needs --kind" in r.stderr
    # a change keeps the options not given
    assert _run(db, "set", "bay1", "--limit-kw", "7.4").returncode == 0
    assert _run(db, "priority", "vehicle", "ABC-1234", "5").returncode == 0
    r = _run(db, "show", "--json")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["bay1"]["limit_kw"] == 7.4 and nodes["bay1"]["phases"] == "L2"
    assert nodes["bay1"]["fallback_a"] == 10.0 and nodes["bay1"]["parent_id"] == "F1"
    assert nodes["site"]["margin"] == 0.03 and nodes["site"]["limit_a"] == 250.0
    assert data["priorities"] == [{"subject_kind": "vehicle", "subject": "ABC-1234",
                                   "priority": 5}]
    r = _run(db, "show")
    assert r.stdout.splitlines()[:3] == [
        "site site 'Grid' 150 kW 250 A/phase margin 0.03",
        "  group F1 90 kW",
        "    charger bay1 charger CP1 7.4 kW L2 fallback 10 A"]
    # deleting a group moves its chargers up
    assert _run(db, "delete", "F1").returncode == 0
    nodes = {n["id"]: n for n in json.loads(_run(db, "show", "--json").stdout)["nodes"]}
    assert "F1" not in nodes and nodes["bay1"]["parent_id"] == "site"
    assert _run(db, "delete", "F1").returncode == 2
