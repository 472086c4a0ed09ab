"""Shared harness of `site_scale.py` (benchmark 2) and `gui_lag.py` (issue 6).

The app runs in GUI mode, offscreen (`main.py demo --chargers 0`: the real window with the
dashboard as its first page, no sign-in), in a temporary data folder and database, with
`CSMS_LOOP_LAG_FILE` set (csms_desktop/diagnostics.py writes the event-loop lag, RSS,
connected chargers and disconnects there every 5 s) and `CSMS_LOOP_LAG_RESET` (a file
that, once created, restarts the lag statistics: the steady-state window).

Before the app starts, its database is created in a Qt-free subprocess (schema, the demo
data `demo` seeds, and what --tags asks for). Then `main.py simulate` runs in --procs
separate processes (chargers split evenly, each process with its own id prefix and seed),
protocol mixed, sessions long and idle short so most connectors charge, no simulated faults
or connection drops (every disconnect the app counts is unintended). Tags (--tags):

- free (default): the site's "free charging" setting is on and each simulated charger
  presents its own random tags, so every connector can charge;
- bench: 4 tags per connector are added to the database and presented (a site with many
  known tags: each charger's boot then sends it the whole local authorization list);
- demo: the demo's 8 DEMO_TAGS. An OCPP 1.6 Authorize of a tag that is already charging
  gets ConcurrentTx, so the 1.6 half of the fleet hardly charges and keeps re-trying.

Timeline: database -> app ready -> simulators (ramp) -> all connected (from the lag file) ->
--settle s (sessions start) -> reset of the lag statistics (t1) -> --duration s -> t2.
Figures: lag p50/p99/max over [t1, t2]; peak RSS of the app process over the whole run
(/proc VmHWM, and the max of 1 s VmRSS samples); disconnects counted by the app in
[t1, t2]; messages/s sent by the simulated chargers in [t1, t2] (their status lines), and
message-log rows/s (every frame in and out is logged in `ocpp_message`); the app's CPU.

Bounded: every wait has a deadline, the simulators get --duration of their own, and all
processes (own process groups) are stopped in `finally`. Loopback only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    HOST,
    REPO,
    RESULTS,
    ServerProcess,
    app_cmd,
    append_results,
    free_port,
    raise_nofile,
)

GUI_APP_CMD = ("{python} main.py demo --chargers 0 --db sqlite:///{tmpdir}/site.db "
               "--host 127.0.0.1 --port {port} --unknown-chargers accept --log-level WARNING")
# the demo's tags (csms_desktop.services.demo_data.DEMO_TAGS; not imported: no app imports)
DEMO_TAGS = tuple(f"DEMO{n:04d}" for n in range(1, 9))
TAGS_PER_CONNECTOR = 4
MAX_TAGS_PER_PROC = 10_000  # one command-line argument must stay < 128 KiB
STATUS_RE = re.compile(
    r"\[\s*([\d.]+)s\] connected (\d+)/(\d+) booted (\d+) charging (\d+) sent (\d+) "
    r"received (\d+) tx (\d+)/(\d+) timeouts (\d+) connect-failures (\d+) faults (\d+)")


@dataclass
class Targets:
    lag_p99_ms: float | None = 50.0
    rss_mb: float | None = None
    disconnects: int | None = None  # maximum allowed in the window
    lag_max_ms: float | None = None  # the window's worst single stall
    ramp_p99_ms: float | None = None  # lag p99 while the chargers connect


@dataclass
class SimStatus:
    t: float
    connected: int
    total: int
    booted: int
    charging: int
    sent: int
    received: int
    tx_started: int
    tx_stopped: int
    timeouts: int
    connect_failures: int


@dataclass
class Outcome:
    n: int
    connectors: int
    ok: bool = False
    failure: str = ""
    connect_s: float | None = None
    window_s: float | None = None
    lag_samples: int = 0
    lag_p50: float | None = None
    lag_p99: float | None = None
    lag_max: float | None = None
    ramp_p99: float | None = None
    ramp_max: float | None = None
    peak_rss_mb: float | None = None
    max_sampled_rss_mb: float | None = None
    rss_end_mb: float | None = None
    disconnects: int | None = None
    disconnects_before: int | None = None
    connected_end: int | None = None
    charging_t1: int | None = None
    charging_t2: int | None = None
    sim_msgs_per_s: float | None = None
    sim_frames_per_s: float | None = None
    log_rows_per_s: float | None = None
    app_cpu_pct: float | None = None
    sim_cpu_pct: float | None = None
    sim_timeouts: int | None = None
    sim_connect_failures: int | None = None
    gc_window: str = ""  # cyclic-GC pauses in the window / the ramp (diagnostics.py)
    gc_ramp: str = ""
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- parser
def build_parser(prog: str, doc: str, defaults: dict[str, Any], quick: dict[str, Any]
                 ) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description=doc,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--chargers", type=int, default=defaults["chargers"])
    p.add_argument("--connectors", type=int, default=2)
    p.add_argument("--procs", type=int, default=defaults["procs"],
                   help="simulator processes (chargers split evenly)")
    p.add_argument("--protocol", choices=("1.6", "2.0.1", "mixed"), default="mixed")
    p.add_argument("--meter-interval", type=float, default=defaults["meter_interval"])
    p.add_argument("--duration", type=float, default=defaults["duration"],
                   help="seconds of the steady-state measurement window")
    p.add_argument("--ramp", type=float, default=defaults["ramp"],
                   help="seconds over which each simulator opens its connections")
    p.add_argument("--settle", type=float, default=defaults.get("settle", 15.0),
                   help="seconds between all connected and the start of the window")
    p.add_argument("--idle", type=float, nargs=2, default=(1.0, 5.0), metavar=("MIN", "MAX"))
    p.add_argument("--session", type=float, nargs=2, default=(3600.0, 7200.0),
                   metavar=("MIN", "MAX"))
    p.add_argument("--tags", choices=("free", "bench", "demo"), default="free",
                   help="free: the site's free-charging setting on, random tags (default); "
                        "bench: 4 known tags per connector added to the database; "
                        "demo: the demo's 8 DEMO_TAGS")
    p.add_argument("--connect-timeout", type=float, default=None,
                   help="seconds allowed until all are connected (default ramp + 120)")
    p.add_argument("--app-cmd", default=defaults.get("app_cmd", GUI_APP_CMD),
                   help="app command; {python}, {port}, {tmpdir} placeholders")
    p.add_argument("--ready-timeout", type=float, default=60.0)
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, db)")
    p.add_argument("--quick", action="store_true",
                   help="smoke: " + ", ".join(f"{k}={v}" for k, v in quick.items()))
    p.add_argument("--results", type=Path, default=RESULTS)
    p.add_argument("--no-record", action="store_true")
    return p


# ---------------------------------------------------------------------------- helpers
def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError):
        return None


def _statuses(log: Path) -> list[SimStatus]:
    """Every status line a simulator process printed so far, in order."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return []
    return [SimStatus(float(g[0]), *(int(x) for x in g[1:11]))
            for g in (m.groups() for m in STATUS_RE.finditer(text))]


def _last_status(log: Path) -> SimStatus | None:
    found = _statuses(log)
    return found[-1] if found else None


def _proc_cpu_s(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _db_path(tmpdir: str) -> Path:
    return Path(tmpdir) / "site.db"


def _log_rows(db: Path) -> int | None:
    """Highest rowid of the message log (rows are only appended during a run)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            row = con.execute("SELECT MAX(rowid) FROM ocpp_message").fetchone()
        return int(row[0] or 0)
    except sqlite3.Error:
        return None


def _tags_for(proc_ix: int, count: int, connectors: int) -> list[str]:
    n = min(MAX_TAGS_PER_PROC, max(8, TAGS_PER_CONNECTOR * count * connectors))
    return [f"B{proc_ix}-{i:05d}" for i in range(1, n + 1)]


PREPARE = """
import sys
from datetime import timedelta
from csms_desktop.headless import open_store
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.demo_data import seed_demo_data
from csms_desktop.services.settings import load_settings, update_settings
from csms_desktop.store.db import close_database
from csms_desktop.store.models import IdTag
url, mode, tag_file = sys.argv[1:4]
open_store(url)
seed_demo_data()
if mode == "free":
    update_settings(load_settings(), free_charging=True)
if mode == "bench":
    tags = open(tag_file).read().split()
    expiry = utcnow() + timedelta(days=365)
    db = IdTag._meta.database
    with db.atomic():
        for i in range(0, len(tags), 500):
            IdTag.insert_many([{"id_tag": t, "expiry_date": expiry, "note": "bench"}
                               for t in tags[i:i + 500]]).execute()
print(IdTag.select().count(), "tags;", "free charging" if load_settings().free_charging
      else "tags checked")
close_database()
"""


def prepare_db(tmpdir: str, mode: str, tags: list[str], timeout: float = 120.0) -> str:
    """Create the app's database before it starts (schema, demo data like `demo` seeds it,
    then the bench tags or the free-charging setting), in a Qt-free subprocess."""
    tag_file = Path(tmpdir) / "tags.txt"
    tag_file.write_text("\n".join(tags))
    url = f"sqlite:///{_db_path(tmpdir)}"
    proc = subprocess.run([sys.executable, "-c", PREPARE, url, mode, str(tag_file)], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "CSMS_DATA_DIR": str(Path(tmpdir) / "data")})
    if proc.returncode != 0:
        raise RuntimeError("cannot prepare the database:\n" + proc.stdout + proc.stderr[-2000:])
    return proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""


class _Sim:
    def __init__(self, ix: int, count: int, cmd: list[str], log: Path) -> None:
        self.ix, self.count, self.cmd, self.log = ix, count, cmd, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as f:
            self.proc = subprocess.Popen(self.cmd, cwd=REPO, stdout=f, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def cpu_s(self) -> float | None:
        return None if self.proc is None else _proc_cpu_s(self.proc.pid)

    def stop(self) -> None:
        p = self.proc
        if p is None or p.poll() is not None:
            return
        try:
            os.killpg(p.pid, signal.SIGINT)  # the simulator closes its connections
            p.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(5)
        except ProcessLookupError:
            pass


class _Rss:
    def __init__(self, app: ServerProcess) -> None:
        self.app, self.max_mb, self.last = app, 0.0, 0.0

    def sample(self) -> None:
        now = time.monotonic()
        if now - self.last >= 1.0:
            self.last = now
            v = self.app.rss_mb()
            if v is not None:
                self.max_mb = max(self.max_mb, v)


def _sleep_sampling(seconds: float, rss: _Rss, watch: list[Any], app: ServerProcess) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        rss.sample()
        _check_alive(app, watch)
        time.sleep(min(0.5, max(0.0, end - time.monotonic())))


def _check_alive(app: ServerProcess, sims: list[_Sim]) -> None:
    if app.proc is None or app.proc.poll() is not None:
        raise RuntimeError("the app exited:\n" + app.tail(15))
    for s in sims:
        if not s.alive():
            raise RuntimeError(f"simulator {s.ix} exited:\n" + "\n".join(
                s.log.read_text(errors="replace").splitlines()[-10:]))


def _sum_status(sims: list[_Sim]) -> list[SimStatus | None]:
    return [_last_status(s.log) for s in sims]


# ---------------------------------------------------------------------------- the run
def run_site(args: argparse.Namespace, tmpdir: str, progress: Any = print) -> Outcome:
    n, k = args.chargers, args.connectors
    out = Outcome(n, k)
    tmp = Path(tmpdir)
    lag_file, reset_file = tmp / "lag.json", tmp / "lag.reset"
    port = free_port()
    env = {"QT_QPA_PLATFORM": "offscreen", "CSMS_DATA_DIR": str(tmp / "data"),
           "CSMS_LOOP_LAG_FILE": str(lag_file), "CSMS_LOOP_LAG_RESET": str(reset_file)}
    (tmp / "data").mkdir(exist_ok=True)
    app = ServerProcess("app (GUI, offscreen)", app_cmd(args.app_cmd, port, tmpdir), port,
                        tmp / "app.log", env=env)
    procs = max(1, min(args.procs, n))
    shares = [n // procs + (1 if i < n % procs else 0) for i in range(procs)]
    sims: list[_Sim] = []
    connect_timeout = args.connect_timeout or args.ramp + 120.0
    sim_duration = args.ramp + connect_timeout + args.settle + args.duration + 90.0
    rss = _Rss(app)
    tag_lists: list[list[str]] = []
    if args.tags == "bench":
        tag_lists = [_tags_for(i, c, k) for i, c in enumerate(shares, 1)]
    try:
        prepared = prepare_db(tmpdir, args.tags, [t for tl in tag_lists for t in tl])
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        out.failure = str(exc)
        return out
    progress(f"database prepared: {prepared}")
    app.start()
    try:
        if not app.wait_ready(args.ready_timeout):
            raise RuntimeError("the app did not start:\n" + app.tail(15))
        rss.sample()
        for i, count in enumerate(shares, 1):
            if args.tags == "free":
                tag_args = []  # the simulator's own random tags (8 per charger)
            else:
                tags = ",".join(tag_lists[i - 1]) if tag_lists else ",".join(DEMO_TAGS)
                tag_args = ["--tags", tags]
            cmd = [sys.executable, "main.py", "simulate", "--url", f"ws://{HOST}:{port}/ocpp",
                   "--count", str(count), "--connectors", str(k), "--protocol", args.protocol,
                   "--id-prefix", f"SITE{i}-", "--meter-interval", f"{args.meter_interval:g}",
                   "--seed", str(i), *tag_args,
                   "--idle", f"{args.idle[0]:g}", f"{args.idle[1]:g}",
                   "--session", f"{args.session[0]:g}", f"{args.session[1]:g}",
                   "--fault-prob", "0", "--disconnect-prob", "0",
                   "--ramp", f"{args.ramp:g}", "--status-interval", "5",
                   "--duration", f"{sim_duration:g}", "--log-level", "WARNING"]
            sims.append(_Sim(i, count, cmd, tmp / f"sim{i}.log"))
        t_sims = time.monotonic()
        for s in sims:
            s.start()
        progress(f"app pid {app.proc.pid if app.proc else '?'} on port {port}; "
                 f"{procs} simulator process(es) {shares} x {k} connectors, ramp {args.ramp:g} s")
        # -- wait until every charger is connected
        deadline = t_sims + connect_timeout
        last_print = 0.0
        while True:
            rss.sample()
            _check_alive(app, sims)
            lag = _read_json(lag_file) or {}
            if int(lag.get("connected", 0)) >= n:
                out.connect_s = time.monotonic() - t_sims
                break
            if time.monotonic() >= deadline:
                st = _sum_status(sims)
                raise RuntimeError(f"only {lag.get('connected')}/{n} connected after "
                                   f"{connect_timeout:g} s; simulators: "
                                   + "; ".join(f"{s.connected}/{s.total}" if s else "?"
                                               for s in st))
            if time.monotonic() - last_print >= 10:
                last_print = time.monotonic()
                progress(f"  connecting: {lag.get('connected', 0)}/{n} "
                         f"({time.monotonic() - t_sims:.0f} s)")
            time.sleep(0.5)
        progress(f"all {n} connected within {out.connect_s:.1f} s (lag file every 5 s); "
                 f"settling {args.settle:g} s")
        _sleep_sampling(args.settle, rss, sims, app)
        # -- t1: restart the lag statistics
        before = _read_json(lag_file) or {}
        out.ramp_p99, out.ramp_max = before.get("p99_ms"), before.get("max_ms")
        out.gc_ramp = _gc_text(before)
        resets0 = int(before.get("resets", 0))
        reset_file.touch()
        deadline = time.monotonic() + 15
        while True:
            lag1 = _read_json(lag_file) or {}
            if int(lag1.get("resets", 0)) > resets0:
                break
            if time.monotonic() >= deadline:
                raise RuntimeError("the app never reset its lag statistics "
                                   "(CSMS_LOOP_LAG_RESET unsupported?)")
            rss.sample()
            time.sleep(0.1)
        t1 = time.monotonic()
        cpu1 = app.cpu_seconds()
        sim_cpu1 = [s.cpu_s() for s in sims]
        st1 = _sum_status(sims)
        rows1 = _log_rows(_db_path(tmpdir))
        out.disconnects_before = int(lag1.get("disconnects", 0))
        out.charging_t1 = sum(s.charging for s in st1 if s)
        progress(f"window starts: {lag1.get('connected')}/{n} connected, "
                 f"{out.charging_t1}/{n * k} connectors charging; measuring {args.duration:g} s")
        # -- the window
        end = t1 + args.duration
        while time.monotonic() < end:
            _sleep_sampling(min(30.0, end - time.monotonic()), rss, sims, app)
            lag = _read_json(lag_file) or {}
            progress(f"  {time.monotonic() - t1:5.0f} s: lag p99 {lag.get('p99_ms')} ms, "
                     f"max {lag.get('max_ms')} ms, rss {lag.get('rss_mb')} MB, "
                     f"connected {lag.get('connected')}, disconnects "
                     f"{int(lag.get('disconnects', 0)) - out.disconnects_before}")
        deadline = time.monotonic() + 15
        while True:  # the lag file's next write covering the whole window
            lag2 = _read_json(lag_file) or {}
            if float(lag2.get("window_s", 0)) >= args.duration - 0.5:
                break
            if time.monotonic() >= deadline:
                raise RuntimeError("the lag file stopped being written")
            rss.sample()
            time.sleep(0.2)
        t2 = time.monotonic()
        cpu2 = app.cpu_seconds()
        sim_cpu2 = [s.cpu_s() for s in sims]
        st2 = _sum_status(sims)
        rows2 = _log_rows(_db_path(tmpdir))
        rss.sample()
        out.peak_rss_mb = app.rss_mb("VmHWM")
        out.rss_end_mb = app.rss_mb()
        out.max_sampled_rss_mb = rss.max_mb
        out.window_s = float(lag2.get("window_s", 0))
        out.lag_samples = int(lag2.get("samples", 0))
        out.lag_p50, out.lag_p99, out.lag_max = (lag2.get("p50_ms"), lag2.get("p99_ms"),
                                                 lag2.get("max_ms"))
        out.disconnects = int(lag2.get("disconnects", 0)) - out.disconnects_before
        out.gc_window = _gc_text(lag2)
        out.connected_end = int(lag2.get("connected", 0))
        out.charging_t2 = sum(s.charging for s in st2 if s)
        if cpu1 is not None and cpu2 is not None:
            out.app_cpu_pct = (cpu2 - cpu1) / (t2 - t1) * 100
        sim_cpu = [(a, b) for a, b in zip(sim_cpu1, sim_cpu2, strict=True)
                   if a is not None and b is not None]
        if len(sim_cpu) == len(sims):
            out.sim_cpu_pct = sum(b - a for a, b in sim_cpu) / (t2 - t1) * 100
        if rows1 is not None and rows2 is not None:
            out.log_rows_per_s = (rows2 - rows1) / (t2 - t1)
        # a simulator that had printed no status line yet when the window began (the quick
        # run's window opens 5 s in, with the first line due at 5 s) counts from its first
        # line inside the window
        st1 = [a if a is not None else next(iter(_statuses(s.log)), None)
               for a, s in zip(st1, sims, strict=True)]
        pairs = [(a, b) for a, b in zip(st1, st2, strict=True) if a and b and b.t > a.t]
        if len(pairs) == len(sims):
            out.sim_msgs_per_s = sum((b.sent - a.sent) / (b.t - a.t) for a, b in pairs)
            out.sim_frames_per_s = sum((b.sent + b.received - a.sent - a.received) / (b.t - a.t)
                                       for a, b in pairs)
            out.sim_timeouts = sum(b.timeouts - a.timeouts for a, b in pairs)
            out.sim_connect_failures = sum(b.connect_failures - a.connect_failures
                                           for a, b in pairs)
        out.ok = True
    except RuntimeError as exc:
        out.failure = str(exc)
    finally:
        for s in sims:
            s.stop()
        app.stop()
    return out


# ---------------------------------------------------------------------------- report
def _f(x: float | int | None, spec: str = ".1f") -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    return format(x, spec)


def _met(ok: bool | None) -> str:
    return "-" if ok is None else ("yes" if ok else "**no**")


def report(o: Outcome, args: argparse.Namespace, targets: Targets) -> tuple[list[str], bool]:
    """Markdown lines and whether every target was met."""
    checks: list[bool] = []

    def check(value: float | int | None, limit: float | int | None, strict_less: bool) -> str:
        if limit is None:
            return "-"
        ok = value is not None and (value < limit if strict_less else value <= limit)
        checks.append(ok)
        return _met(ok)

    nk = o.n * o.connectors
    lines = [
        f"- load: {o.n} simulated chargers x {o.connectors} connectors "
        f"({args.protocol}; {max(1, min(args.procs, o.n))} simulator process(es)), ramp "
        f"{args.ramp:g} s, meter values every {args.meter_interval:g} s while charging, "
        f"sessions {args.session[0]:g}-{args.session[1]:g} s, idle {args.idle[0]:g}-"
        f"{args.idle[1]:g} s, tags: {args.tags}, no simulated faults or drops",
        ("- app: GUI mode offscreen (`main.py demo --chargers 0`, dashboard shown), "
         "temporary SQLite database") if " demo " in args.app_cmd else
        f"- app: `{args.app_cmd.split(' --db')[0].replace('{python} ', '')}` (headless), "
        "temporary SQLite database",
        f"- window: {_f(o.window_s)} s of steady state, starting {args.settle:g} s after all "
        f"were connected ({_f(o.connect_s)} s after the simulators started)",
    ]
    if not o.ok:
        lines += ["", f"FAILED: {o.failure.splitlines()[0] if o.failure else '?'}"]
        return lines, False
    dis_limit = targets.disconnects
    rows = [
        ("event-loop lag p99", f"{_f(o.lag_p99, '.2f')} ms", _t(targets.lag_p99_ms, "< ", " ms"),
         check(o.lag_p99, targets.lag_p99_ms, True)),
        ("event-loop lag max", f"{_f(o.lag_max, '.1f')} ms (p50 {_f(o.lag_p50, '.2f')} ms, "
         f"{o.lag_samples} samples)", _t(targets.lag_max_ms, "< ", " ms"),
         check(o.lag_max, targets.lag_max_ms, True)),
        ("resident memory, peak (VmHWM, whole run)", f"{_f(o.peak_rss_mb, '.0f')} MB "
         f"(sampled max {_f(o.max_sampled_rss_mb, '.0f')}, end {_f(o.rss_end_mb, '.0f')})",
         _t(targets.rss_mb, "< ", " MB"), check(o.peak_rss_mb, targets.rss_mb, True)),
        ("unintended disconnects in the window", f"{o.disconnects} (ramp: "
         f"{o.disconnects_before}; connected at end {o.connected_end}/{o.n})",
         "-" if dis_limit is None else f"{dis_limit}",
         check((o.disconnects or 0) + (0 if o.connected_end == o.n else 1), dis_limit, False)
         if dis_limit is not None else "-"),
        ("connectors charging (t1 / t2)", f"{o.charging_t1} / {o.charging_t2} of {nk}", "-",
         "-"),
        ("messages/s sent by the chargers", _f(o.sim_msgs_per_s, ".0f"), "-", "-"),
        ("frames/s in+out (chargers' counters / message log rows)",
         f"{_f(o.sim_frames_per_s, '.0f')} / {_f(o.log_rows_per_s, '.0f')}", "-", "-"),
        ("request timeouts / connect failures (simulators)",
         f"{_f(o.sim_timeouts, 'd')} / {_f(o.sim_connect_failures, 'd')}", "-", "-"),
        ("app CPU % / simulators CPU %", f"{_f(o.app_cpu_pct, '.0f')} / "
         f"{_f(o.sim_cpu_pct, '.0f')}", "-", "-"),
        ("cyclic GC pauses, window / ramp (count, max ms per generation)",
         f"{o.gc_window or '-'} / {o.gc_ramp or '-'}", "-", "-"),
        ("lag during start-up and ramp p99 / max", f"{_f(o.ramp_p99, '.1f')} / "
         f"{_f(o.ramp_max, '.1f')} ms", _t(targets.ramp_p99_ms, "p99 < ", " ms"),
         check(o.ramp_p99, targets.ramp_p99_ms, True)),
    ]
    lines += ["", "| figure | measured | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return lines, all(checks)


def _gc_text(lag: dict[str, Any]) -> str:
    pauses = lag.get("gc_pauses") or {}
    return ", ".join(f"{g} {v.get('count', 0)}x max {v.get('max_ms', 0)}"
                     for g, v in sorted(pauses.items()))


def _t(limit: float | None, prefix: str, unit: str) -> str:
    return "-" if limit is None else f"{prefix}{limit:g}{unit}"


def main(prog: str, doc: str, title: str, defaults: dict[str, Any], quick: dict[str, Any],
         targets: Targets, argv: list[str] | None = None) -> int:
    args = build_parser(prog, doc, defaults, quick).parse_args(argv)
    if args.quick:
        for key, value in quick.items():
            setattr(args, key, value)
    limit = raise_nofile(max(65536, args.chargers * 4))
    print(f"{title}: {args.chargers} chargers x {args.connectors}, window {args.duration:g} s; "
          f"open-files limit {limit}", flush=True)

    def progress(msg: str) -> None:
        print(msg, flush=True)

    if args.keep:
        tmpdir = tempfile.mkdtemp(prefix="csms-site-")
        outcome = run_site(args, tmpdir, progress)
        print(f"kept {tmpdir}", flush=True)
    else:
        with tempfile.TemporaryDirectory(prefix="csms-site-") as tmpdir:
            outcome = run_site(args, tmpdir, progress)
    body, met = report(outcome, args, targets)
    if not outcome.ok:
        print(f"FAILED: {outcome.failure}", flush=True)
    print("\n".join(["", *body]), flush=True)
    verdict = ("all targets met" if met else "targets NOT met") if outcome.ok else "run failed"
    print(f"\nresult: {verdict}", flush=True)
    if not args.no_record:
        argv_text = sys.argv[1:] if argv is None else argv
        command = "python " + " ".join(shlex.quote(a) for a in [f"bench/{prog}.py", *argv_text])
        heading = title + (" (quick)" if args.quick else "")
        append_results(args.results, heading, command, [*body, "", f"- result: {verdict}"])
        print(f"appended to {args.results}", flush=True)
    if not outcome.ok:
        return 2
    return 0 if met else 1
