"""What a bundle needs built from the checkout before PyInstaller runs, in Python so that
the Windows build (packaging/windows/build.ps1, no bash) does what scripts/build-linux does:

* every Designer form of ``ui/`` compiled afresh (``csms_desktop/gui/forms/ui_*.py``, not
  committed; the pages import them, a missing one is a page that cannot open);
* every translation of ``resources/i18n/*.ts`` released to its ``.qm`` (``csms_th``,
  ``csms_pt_BR`` and ``qt_th``, Qt's own strings in Thai), each checked to be non-empty.

    .venv/bin/python packaging/build_assets.py      (Windows: .venv\\Scripts\\python.exe)

Exits 1 with one line saying what is missing. Imports Qt only through pyside6-uic/lrelease
subprocesses.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TS_DIR = ROOT / "resources" / "i18n"
REQUIRED_QM = ("csms_th.qm", "csms_pt_BR.qm", "qt_th.qm")


def tool(name: str) -> str:
    for exe in (name, name + ".exe"):  # the venv's own (bin/ or Scripts\)
        beside = Path(sys.executable).with_name(exe)
        if beside.exists():
            return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build-assets: {name} not found (pip install -e '.[packaging]')")
    return found


def release_translations() -> list[Path]:
    lrelease = tool("pyside6-lrelease")
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=300)
        out.append(qm)
    missing = [n for n in REQUIRED_QM if not (TS_DIR / n).is_file()
               or (TS_DIR / n).stat().st_size == 0]
    if missing:
        raise SystemExit(f"build-assets: translations not built: {missing}")
    return out


def main() -> int:
    from csms_desktop.gui import forms  # no Qt import: uic runs as a subprocess

    built = forms.build(force=True)
    if len(built) != len(forms.names()):
        raise SystemExit(f"build-assets: {len(built)} of {len(forms.names())} forms compiled")
    qms = release_translations()
    print(f"build-assets: {len(built)} forms compiled; translations: "
          f"{', '.join(q.name for q in qms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
