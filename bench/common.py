"""Shared helpers of the benchmarks: server subprocesses, ports, limits, results file."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import shlex
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
RESULTS = BENCH / "RESULTS.md"
HOST = "127.0.0.1"  # the benchmarks only ever use loopback
DEFAULT_APP_CMD = ("{python} main.py serve --db sqlite:///{tmpdir}/bench.db --host 127.0.0.1 "
                   "--port {port} --unknown-chargers accept --log-level WARNING")


def raise_nofile(want: int = 65536) -> int:
    """Raise the soft open-files limit (inherited by the server subprocesses)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def nproc() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (f"{platform.platform()}; {nproc()} CPUs ({cpu}); "
            f"Python {platform.python_version()} ({platform.python_implementation()})")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    idx = min(len(sorted_values) - 1, max(0, round(q / 100.0 * (len(sorted_values) - 1))))
    return sorted_values[idx]


def library_cmd(port: int) -> list[str]:
    return [sys.executable, str(BENCH / "ref_library_csms.py"), "--port", str(port)]


def raw_cmd(port: int) -> list[str]:
    return [sys.executable, str(BENCH / "ref_raw_ws.py"), "--port", str(port)]


def app_cmd(template: str, port: int, tmpdir: str) -> list[str]:
    text = template.format(python=shlex.quote(sys.executable), port=port,
                           tmpdir=shlex.quote(tmpdir))
    return shlex.split(text)


class ServerProcess:
    """A server under test, in its own process group, with its output in a log file."""

    def __init__(self, name: str, cmd: list[str], port: int, log_path: Path,
                 env: dict[str, str] | None = None) -> None:
        self.name, self.cmd, self.port, self.log_path = name, cmd, port, log_path
        self.env = env  # extra environment variables of the process
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        try:
            env = None if self.env is None else {**os.environ, **self.env}
            self.proc = subprocess.Popen(self.cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True,
                                         env=env)
        finally:
            log.close()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """True once the port accepts TCP connections; False on timeout or early exit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                return False
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.settimeout(0.5)
                if s.connect_ex((HOST, self.port)) == 0:
                    return True
            time.sleep(0.05)
        return False

    def cpu_seconds(self) -> float | None:
        """user+system CPU time of the server process (Linux /proc), None elsewhere."""
        if self.proc is None:
            return None
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        ticks = os.sysconf("SC_CLK_TCK")
        return (int(fields[11]) + int(fields[12])) / ticks

    def rss_mb(self, field: str = "VmRSS") -> float | None:
        """Resident memory (VmRSS) or its peak (field="VmHWM") in MB, Linux /proc."""
        if self.proc is None:
            return None
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
        except OSError:
            return None
        return None

    def stop(self, timeout: float = 10.0) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)

    def tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def append_results(path: Path, title: str, command: str, body: list[str]) -> None:
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [f"## {title} — {stamp}", "", f"- command: `{command}`", f"- machine: {machine()}",
             "", *body, "", ""]
    new = not path.exists()
    with path.open("a", encoding="utf-8") as f:
        if new:
            f.write("# Benchmark results\n\nAppended by `bench/throughput.py` and "
                    "`bench/reconnect_storm.py`.\n\n")
        f.write("\n".join(lines))


def pg_database(pg_url: str | None, holder: dict[str, object], name: str) -> str:
    """A fresh database ``name`` on ``pg_url``'s server, or on a throwaway cluster started
    once and kept in ``holder`` (stop it with :func:`stop_pg`)."""
    if pg_url is None:
        if "cluster" not in holder:
            sys.path.insert(0, str(REPO / "tests"))
            from pgcluster import start_cluster

            holder["cluster"], holder["base"] = start_cluster()
        return str(holder["cluster"].create_database(name))  # type: ignore[attr-defined]
    import psycopg2

    conn = psycopg2.connect(pg_url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return pg_url.rsplit("/", 1)[0] + "/" + name


def stop_pg(holder: dict[str, object]) -> None:
    cluster = holder.pop("cluster", None)
    if cluster is not None:
        import shutil

        cluster.stop()  # type: ignore[attr-defined]
        shutil.rmtree(str(holder.pop("base")), ignore_errors=True)
