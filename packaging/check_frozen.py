"""Checks a frozen one-folder build (dist/csms-desktop) the way a depot PC would run it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/check_frozen.py [dist/csms-desktop]

Run by ``scripts/build-linux`` after PyInstaller. Every check starts the *frozen*
executable in a fresh temporary data directory, never this checkout's Python:

* ``--version`` prints ``csms_desktop.__version__``;
* ``--smoke``: the GUI offscreen, the OCPP server, a 1.6 charger connects and shows up;
  the database and gui.ini land in ``CSMS_DATA_DIR``; a second start reopens them;
* without ``CSMS_DATA_DIR`` the data goes to the platformdirs default under ``$HOME``;
* ``demo --headless``: simulated 1.6 and 2.0.1 chargers (sim modules, both protocol
  stacks, the ocpp JSON schemas) run against the server without an error;
* ``serve`` starts and stops cleanly on SIGTERM;
* ``billing``: import the seed client (validate_docbr, phonenumbers, babel), list it, print
  the monthly report in pt_BR, th_TH and en (reportlab, the bundled fonts, babel locales);
  a version-1 database is migrated on open without loss;
* every page module of ``gui/pages.py`` is in the bundle's archive (a missing page would
  silently become a placeholder), and the data files are there;
* nothing was written inside the install folder;
* Linux: every shared library in the bundle resolves (``ldd``).

Prints one line per check and exits 1 if any failed. Does not import Qt.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import manifest  # noqa: E402

ROOT = manifest.ROOT
SEED = ROOT / "tests" / "data" / "seed_client.json"
SCHEMA_V1 = ROOT / "tests" / "data" / "schema_v1.sql"

failures: list[str] = []


def check(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
    def wrap(fn: Callable[[], str]) -> Callable[[], str]:
        CHECKS.append((name, fn))
        return fn
    return wrap


CHECKS: list[tuple[str, Callable[[], str]]] = []


class Bundle:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.exe = folder / ("csms-desktop.exe" if os.name == "nt" else "csms-desktop")
        self.cli = folder / "csms-desktop-cli.exe" if os.name == "nt" else self.exe
        self.internal = folder / "_internal"

    def env(self, data: Path | None, home: Path | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CSMS_", "XDG_DATA", "XDG_STATE",
                                    "XDG_CONFIG", "XDG_CACHE"))}
        env["QT_QPA_PLATFORM"] = "offscreen"
        if data is not None:
            env["CSMS_DATA_DIR"] = str(data)
        if home is not None:
            env["HOME"] = str(home)
            env["USERPROFILE"] = str(home)
        return env

    def run(self, *args: str, data: Path | None, home: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.cli), *args], env=self.env(data, home), cwd=tempfile.gettempdir(),
                              capture_output=True, text=True, timeout=timeout)


def _tmp(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"csms-frozen-{name}-"))


def _expect(ok: bool, message: str) -> None:
    if not ok:
        raise AssertionError(message)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def main(folder: Path) -> int:
    bundle = Bundle(folder)
    if not bundle.exe.is_file():
        print(f"check_frozen: no executable in {folder} (build first)", file=sys.stderr)
        return 2
    before = _snapshot(folder)

    @check("--version prints csms_desktop.__version__")
    def _version() -> str:
        r = bundle.run("--version", data=_tmp("version"))
        want = f"csms-desktop {manifest.version()}"
        _expect(r.returncode == 0 and r.stdout.strip() == want, f"got {r.stdout!r} {r.stderr!r}")
        return want

    @check("--smoke (GUI offscreen + server + a 1.6 charger), data in CSMS_DATA_DIR")
    def _smoke() -> str:
        data = _tmp("smoke")
        t0 = time.monotonic()
        r = bundle.run("--smoke", data=data, timeout=90)
        took = time.monotonic() - t0
        _expect(r.returncode == 0 and "smoke: ok" in r.stdout,
                f"status {r.returncode}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
        _expect((data / "csms.db").is_file(), f"no csms.db in {data}")
        _expect((data / "gui.ini").is_file(), f"no gui.ini in {data}")
        r2 = bundle.run("--smoke", data=data, timeout=90)  # the same data again (an upgrade)
        _expect(r2.returncode == 0 and "smoke: ok" in r2.stdout, "second start failed")
        with sqlite3.connect(data / "csms.db") as con:
            ids = [row[0] for row in con.execute("SELECT id FROM charge_point")]
        _expect("SMOKE-1" in ids, f"charge point not stored: {ids}")
        return f"smoke: ok in {took:.1f} s; {sorted(p.name for p in data.iterdir())}; reopened"

    @check("default data directory (no CSMS_DATA_DIR) is the platformdirs one")
    def _default_dir() -> str:
        if os.name == "nt":  # platformdirs asks the shell for %LOCALAPPDATA%: no redirect
            return "skipped on Windows (would write into the real %LOCALAPPDATA%)"
        home = _tmp("home")
        r = bundle.run("--smoke", data=None, home=home, timeout=90)
        _expect(r.returncode == 0 and "smoke: ok" in r.stdout, r.stdout[-1500:] + r.stderr[-1500:])
        if sys.platform == "darwin":
            expected = home / "Library" / "Application Support" / "csms-desktop"
        else:
            expected = home / ".local" / "share" / "csms-desktop"
        _expect((expected / "csms.db").is_file(), f"no csms.db in {expected}")
        return str(expected).replace(str(home), "~")

    @check("demo --headless: simulated 1.6 and 2.0.1 chargers, no error")
    def _demo() -> str:
        data = _tmp("demo")
        r = bundle.run("demo", "--headless", "--duration", "6", "--chargers", "4", "--port", "0",
                       "--host", "127.0.0.1", data=data, timeout=60)
        out = r.stdout + r.stderr
        _expect(r.returncode == 0, f"status {r.returncode}\n{out[-2000:]}")
        _expect("(ocpp1.6)" in out and "(ocpp2.0.1)" in out, "both protocols must connect")
        bad = [line for line in out.splitlines()
               if re.search(r"Traceback|ERROR|CallError|\[4,", line)]
        _expect(not bad, "errors:\n" + "\n".join(bad[:10]))
        messages = sum(1 for line in out.splitlines() if "receive message" in line)
        return f"{messages} OCPP replies, no error"

    @check("serve starts and stops on SIGTERM")
    def _serve() -> str:
        if os.name == "nt":
            return "skipped on Windows"
        data = _tmp("serve")
        proc = subprocess.Popen([str(bundle.cli), "serve", "--port", "0", "--host", "127.0.0.1"],
                                env=bundle.env(data), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        seen = ""
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            seen += line
            if "serving OCPP on" in line or not line:  # printed once the handlers are set
                break
        proc.send_signal(signal.SIGTERM)
        try:
            rest, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError("serve did not stop within 20 s of SIGTERM") from None
        _expect("serving OCPP on" in seen, seen[-1500:])
        _expect(proc.returncode == 0, f"status {proc.returncode}: {rest[-1500:]}")
        return "listening, stopped with status 0"

    @check("billing: import, list, monthly report PDFs in pt_BR, th_TH, en")
    def _billing() -> str:
        data = _tmp("billing")
        r = bundle.run("billing", "import", str(SEED), data=data)
        _expect(r.returncode == 0 and "created: Maria da Silva" in r.stdout, r.stdout + r.stderr)
        r = bundle.run("billing", "list", data=data)
        _expect("1500.75 BRL" in r.stdout, r.stdout + r.stderr)
        sizes = []
        for lang in ("pt_BR", "th_TH", "en"):
            out = data / f"report-{lang}.pdf"
            r = bundle.run("billing", "report", "--month", "2024-10", "--lang", lang,
                           "--out", str(out), data=data)
            _expect(r.returncode == 0 and out.read_bytes()[:5] == b"%PDF-", r.stdout + r.stderr)
            sizes.append(f"{lang} {out.stat().st_size // 1024} KB")
        return ", ".join(sizes)

    @check("a version-1 database migrates on open without loss")
    def _migrate() -> str:
        data = _tmp("v1")
        db = data / "old.db"
        con = sqlite3.connect(db)
        con.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
        con.executescript(
            """
            CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200)
                NOT NULL, applied_at DATETIME NOT NULL);
            INSERT INTO schema_version VALUES (1, 'seed schema', '2024-01-01 00:00:00');
            INSERT INTO client VALUES ('54dc6ee3-1baa-4521-88a9-4373eb3c49f8', 'Maria da Silva',
                'Quadra 203', '10', 'Bloco A', 'Aguas Claras', '71909-000', 'Aguas Claras', 'DF',
                '123.456.789-00', '1234567890');
            INSERT INTO invoice VALUES ('75998926-ee1f-4bff-8fcf-2edbaabfc8a4',
                'invoice_october_2024.pdf', '54dc6ee3-1baa-4521-88a9-4373eb3c49f8', '1001',
                'October 2024', '2024-10-31 00:00:00', 'INST-5678', 1500.75);
            """
        )
        con.commit()
        con.close()
        r = bundle.run("billing", "list", "--db", f"sqlite:///{db}", data=data)
        _expect(r.returncode == 0 and "1500.75" in r.stdout, r.stdout + r.stderr)
        with sqlite3.connect(db) as c:
            version = max(row[0] for row in c.execute("SELECT version FROM schema_version"))
        _expect(version > 1, f"schema still at version {version}")
        return f"schema 1 -> {version}, invoice kept"

    @check("page modules and by-name imports are in the bundle's archive")
    def _archive() -> str:
        viewer = Path(sys.executable).with_name(
            "pyi-archive_viewer.exe" if os.name == "nt" else "pyi-archive_viewer")
        r = subprocess.run([str(viewer), "-l", "-r", "-b", str(bundle.exe)],
                           capture_output=True, text=True, timeout=60)
        names = set(re.findall(r"[\w.]+", r.stdout))
        wanted = [m for m in manifest.hidden_imports() if m.split(".")[0] in
                  ("csms_desktop", "ocpp", "websockets", "qasync")]
        missing = [m for m in wanted if m not in names]
        _expect(not missing, f"missing from the archive: {missing}")
        unwanted = [m for m in ("phonenumbers.geodata", "tkinter", "matplotlib", "IPython")
                    if any(n == m or n.startswith(m + ".") for n in names)]
        _expect(not unwanted, f"excluded modules bundled: {unwanted}")
        return f"{len(wanted)} modules present; excluded ones absent"

    @check("data files: fonts + licence, icon, ocpp schemas, babel locales, translations")
    def _datas() -> str:
        inside = bundle.internal
        need = [
            "resources/fonts/Waree.ttf", "resources/fonts/LICENSE-Waree.txt",
            "resources/fonts/NotoSansThai-Regular.ttf", "resources/fonts/LICENSE-NotoSansThai.txt",
            "resources/icons/csms-desktop.png", "resources/icons/csms-desktop.svg",
            "ocpp/v16/schemas/BootNotification.json",
            "ocpp/v201/schemas/BootNotificationRequest.json",
            "ocpp/v21/schemas/BootNotificationRequest.json",
            "babel/locale-data/pt_BR.dat", "babel/locale-data/th_TH.dat",
            "babel/locale-data/en.dat", "babel/locale-data/root.dat", "babel/global.dat",
            # the interface's translations and Qt's own strings in its languages
            "resources/i18n/csms_th.qm", "resources/i18n/csms_pt_BR.qm",
            "resources/i18n/qt_th.qm",
            ("PySide6/translations/qtbase_pt_BR.qm" if os.name == "nt"
             else "PySide6/Qt/translations/qtbase_pt_BR.qm"),
        ]
        missing = [n for n in need if not (inside / n).is_file()]
        _expect(not missing, f"missing: {missing}")
        locales = len(list((inside / "babel" / "locale-data").glob("*.dat")))
        plugins = sorted(str(p.relative_to(inside)).split("plugins/", 1)[1]
                         for p in inside.rglob("plugins/*/*") if p.is_file())
        return f"{locales} babel locales; Qt plugins: {' '.join(plugins)}"

    @check("shared libraries resolve (ldd)")
    def _ldd() -> str:
        if not sys.platform.startswith("linux"):
            return "skipped (Linux only)"
        env = dict(os.environ, LD_LIBRARY_PATH=str(bundle.internal))
        unresolved: dict[str, list[str]] = {}
        system: set[str] = set()
        files = [bundle.exe, *(p for p in bundle.internal.rglob("*") if p.is_file()
                               and (".so" in p.name) and p.read_bytes()[:4] == b"\x7fELF")]
        for f in files:
            r = subprocess.run(["ldd", str(f)], capture_output=True, text=True, env=env)
            for line in r.stdout.splitlines():
                parts = line.split()
                if "not found" in line:
                    unresolved.setdefault(parts[0], []).append(f.name)
                elif "=>" in line and len(parts) >= 3 and parts[2].startswith("/") and \
                        not parts[2].startswith(str(folder)):
                    system.add(parts[0])
        _expect(not unresolved, f"not found: {json.dumps(unresolved)[:1500]}")
        return f"{len(files)} ELF files; from the system: {' '.join(sorted(system))}"

    for name, fn in CHECKS:
        t0 = time.monotonic()
        try:
            detail = fn()
        except Exception as exc:  # report every check, then fail
            failures.append(name)
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            print(f"ok   {name} ({time.monotonic() - t0:.1f} s): {detail}", flush=True)

    after = _snapshot(folder)
    changed = sorted(k for k in after if before.get(k) != after[k])
    if changed:
        failures.append("install folder untouched")
        print(f"FAIL install folder untouched: written {changed[:10]}", flush=True)
    else:
        print("ok   install folder untouched (no file created or changed in it)", flush=True)
    print(f"frozen check: {len(CHECKS) + 1 - len(failures)}/{len(CHECKS) + 1} passed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / manifest.NAME
    sys.exit(main(target.resolve()))
