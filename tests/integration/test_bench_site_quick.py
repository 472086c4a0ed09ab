"""`bench/site_scale.py --quick` (the app in GUI mode, offscreen) and `bench/serve_scale.py
--quick` (headless `serve`) with 50 simulated chargers; `bench/tag_boots.py --quick`.

The app and the simulator run as subprocesses (the app imports Qt in its own process; this
test process stays Qt-free). Checks that the run completes and prints every figure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(110)
@pytest.mark.parametrize(("script", "heading"), [
    ("site_scale", "## Site scale (GUI app, benchmark 2) (quick)"),
    ("serve_scale", "## Serve scale (headless, 5,000 x 2) (quick)")])
def test_site_scale_quick_reports_figures(tmp_path: Path, script: str, heading: str) -> None:
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, f"bench/{script}.py", "--quick", "--results", str(results)],
        cwd=REPO, capture_output=True, text=True, timeout=100, check=False,
    )
    out = proc.stdout
    # 0: targets met, 1: a target missed (a busy machine), 2: the run failed
    assert proc.returncode in (0, 1), out + proc.stderr
    p99 = re.search(r"\| event-loop lag p99 \| ([\d.]+) ms \| < 50 ms \| (yes|\*\*no\*\*) \|", out)
    assert p99, out
    p50_max = re.search(r"\| event-loop lag max \| ([\d.]+) ms \(p50 ([\d.]+) ms, "
                        r"(\d+) samples\)", out)
    assert p50_max, out
    lag_max, p50, samples = float(p50_max[1]), float(p50_max[2]), int(p50_max[3])
    assert 0 <= p50 <= float(p99[1]) <= lag_max and samples > 100
    rss = re.search(r"\| resident memory, peak \(VmHWM, whole run\) \| (\d+) MB", out)
    assert rss and 50 < int(rss[1]) < 2000, out
    drops = re.search(r"\| unintended disconnects in the window \| (\d+) \(ramp: (\d+); "
                      r"connected at end (\d+)/50\)", out)
    assert drops and int(drops[3]) > 0, out
    charging = re.search(r"\| connectors charging \(t1 / t2\) \| (\d+) / (\d+) of 100 \|", out)
    assert charging and int(charging[2]) > 0, out
    rate = re.search(r"\| messages/s sent by the chargers \| (\d+) \|", out)
    assert rate and int(rate[1]) > 0, out
    assert re.search(r"result: (all targets met|targets NOT met)", out), out
    text = results.read_text()
    assert heading in text and "machine:" in text
    assert "| event-loop lag p99 |" in text and f"command: `python bench/{script}.py --quick" \
        in text


@pytest.mark.slow
@pytest.mark.timeout(150)
def test_tag_boots_quick_every_charger_gets_its_list() -> None:
    proc = subprocess.run([sys.executable, "bench/tag_boots.py", "--quick", "--no-record"],
                          cwd=REPO, capture_output=True, text=True, timeout=140, check=False)
    out = proc.stdout
    assert re.search(r"\| chargers holding the whole list \| 50 / 50 ", out), out + proc.stderr
    rtt = re.search(r"round trip p50 / p99 / max \| ([\d.]+) / ([\d.]+) / ([\d.]+) ms "
                    r"\(n=(\d+)\)", out)
    assert rtt and int(rtt[4]) > 10, out
    assert re.search(r"\| errors / server tracebacks \| 0 / 0 \|", out), out
