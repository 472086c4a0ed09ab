"""The Qt Designer forms of ``ui/``, compiled by ``pyside6-uic`` into ``ui_<name>.py`` here.

``scripts/forms`` (run by ``scripts/bootstrap`` and ``scripts/build-linux``) compiles every
``ui/<name>.ui`` into ``csms_desktop/gui/forms/ui_<name>.py``; the generated modules are not
committed (``.gitignore``). Importing this package in a checkout also compiles any form whose
module is missing or older than its ``.ui`` (someone edited it in Designer and did not run
``scripts/forms``), so the program and the tests always use the current layout. A frozen
bundle holds the compiled modules only (PyInstaller bundles them like any other module).

A widget uses its form by composition, importing the generated class by name::

    from csms_desktop.gui.forms.ui_driver import Ui_DriverForm
    self.ui = Ui_DriverForm()
    self.ui.setupUi(self)                # the layout and the children are the form's
    self.phone = self.ui.driver_phone

The strings of a form are translated by uic's ``retranslateUi`` in the context of the form's
class (``DriverForm`` ...): ``scripts/i18n update`` reads them from the ``.ui`` files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HEADER = "# mypy: ignore-errors\n"  # generated code: not the project's to type-check


def ui_dir() -> Path:
    """The ``ui/`` folder of the checkout (or of the bundle, which ships it as data)."""
    from csms_desktop.paths import root_dir

    return root_dir() / "ui"


def names() -> list[str]:
    """Every form in ``ui/``, by name (the file name without ``.ui``)."""
    return sorted(p.stem for p in ui_dir().glob("*.ui"))


def module_path(name: str) -> Path:
    return HERE / f"ui_{name}.py"


def _uic() -> str:
    for exe in ("pyside6-uic", "pyside6-uic.exe"):  # the venv's own (bin/ or Scripts\\)
        beside = Path(sys.executable).with_name(exe)
        if beside.exists():
            return str(beside)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise RuntimeError("pyside6-uic not found: run scripts/bootstrap")
    return found


def stale(name: str) -> bool:
    src, out = ui_dir() / f"{name}.ui", module_path(name)
    if not src.exists():
        return False  # a bundle: no .ui, only what was compiled at build time
    return not out.exists() or out.stat().st_mtime < src.stat().st_mtime


def typed(code: str) -> str:
    """uic's ``def setupUi(self, Form):`` given ``-> None``: callers are type-checked, and a
    call of an unannotated function from annotated code would be an error."""
    return re.sub(r"^(    def (?:setupUi|retranslateUi)\(self, \w+\)):$", r"\1 -> None:", code,
                  flags=re.M)


def compile_form(name: str) -> Path:
    """``pyside6-uic ui/<name>.ui -o csms_desktop/gui/forms/ui_<name>.py`` (as scripts/forms)."""
    src, out = ui_dir() / f"{name}.ui", module_path(name)
    tmp = out.with_suffix(f".{os.getpid()}.tmp")
    code = subprocess.run([_uic(), str(src)], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    tmp.write_text(HEADER + typed(code), encoding="utf-8")
    os.replace(tmp, out)  # never a half-written module for a concurrent import
    return out


def build(force: bool = False) -> list[Path]:
    """Compile every form that is missing or older than its ``.ui``; returns those built."""
    built = [compile_form(n) for n in names() if force or stale(n)]
    if built:
        import importlib

        importlib.invalidate_caches()
    return built


def attach_errors(errors: Any, ui: Any, fields: dict[str, str], general: str = "error_general",
                  aliases: dict[str, tuple[str, ...]] | None = None) -> None:
    """Registers a form's inputs and their ``error_<field>`` labels with a ``FieldErrors``.

    ``fields`` maps a service's field name to the input's object name in the form (the
    widget that gets the red frame). The labels are the form's own, so the layout stays
    the designer's (``FieldErrors.add`` would build its own row)."""
    from csms_desktop.gui.widgets.field_errors import ERROR_CSS

    for field, widget_name in fields.items():
        lbl = getattr(ui, f"error_{field}")
        lbl.setStyleSheet(ERROR_CSS)
        lbl.setWordWrap(True)
        lbl.hide()
        errors.labels[field] = lbl
        errors.inputs[field] = getattr(ui, widget_name)
        for a in (aliases or {}).get(field, ()):
            errors.aliases[a] = field
    g = getattr(ui, general)
    g.setStyleSheet(ERROR_CSS)
    g.setWordWrap(True)
    g.hide()
    errors.general = g


if not getattr(sys, "frozen", False):
    build()
