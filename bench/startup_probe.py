"""Start-up probe: the real GUI start-up path, stamped, then a clean quit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_probe.py [--signed-in] \
        --db sqlite:///PATH --host 127.0.0.1 --port 0 --log-level WARNING

Runs ``gui.application.run_gui`` unchanged (the same function ``main.py`` runs: QApplication,
qasync loop, ``build_runtime`` with the database migration check, every page built, tray,
OCPP server started, ``window.show()``). Three functions are wrapped, not replaced, to take
time stamps: ``headless.build_runtime``, ``gui.pages.build_window`` and, for the window,
an event filter that notes the first Show event and then, through ``QTimer.singleShot(0)``,
the moment the event loop is next idle (the window is on screen and takes input). At that
moment the probe prints one line and quits the window the way Ctrl+Q does, so the server
and the worker threads stop as in a real exit.

Without ``--signed-in`` the window opens on the sign-in card (what a real site shows);
with it, ``access_for`` hands the window a built-in administrator (as ``demo`` does) and
the dashboard is what shows. The printed line has epoch seconds, so a parent process can
measure from before it started this one:

    probe: start=... runtime_begin=... runtime=... window=... shown=... idle=... exit=0
"""

from __future__ import annotations

import time

START = time.time()

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--signed-in", action="store_true")
    own, rest = ap.parse_known_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from csms_desktop.cli import parse

    args = parse(rest)
    import csms_desktop.gui.application as application
    import csms_desktop.gui.pages as pages
    import csms_desktop.headless as headless

    marks: dict[str, float] = {}
    real_build_runtime = headless.build_runtime
    real_build_window = pages.build_window

    def build_runtime(a: argparse.Namespace) -> Any:
        marks["runtime_begin"] = time.time()
        rt = real_build_runtime(a)
        marks["runtime"] = time.time()
        return rt

    def build_window(*a: Any, **kw: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer

        window = real_build_window(*a, **kw)
        marks["window"] = time.time()

        class Watch(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Show and "shown" not in marks:
                    marks["shown"] = time.time()
                    QTimer.singleShot(0, idle)
                return False

        def idle() -> None:
            marks["idle"] = time.time()
            QTimer.singleShot(0, lambda: window.quit_app(ask=False))  # no question: a probe

        watch = Watch(window)
        window.installEventFilter(watch)
        return window

    headless.build_runtime = build_runtime  # type: ignore[assignment]
    pages.build_window = build_window
    if own.signed_in:
        from csms_desktop.domain.enums import OperatorRole
        from csms_desktop.services.operators import OperatorInfo

        admin = OperatorInfo("probe", "probe", "Probe", OperatorRole.ADMIN)
        application.access_for = lambda args: {"operator": admin}
    code = application.run_gui(args)
    fields = " ".join(f"{k}={marks[k]:.6f}" for k in
                      ("runtime_begin", "runtime", "window", "shown", "idle") if k in marks)
    print(f"probe: start={START:.6f} {fields} exit={code}", flush=True)
    return 0 if code == 0 and "idle" in marks else 1


if __name__ == "__main__":
    raise SystemExit(main())
