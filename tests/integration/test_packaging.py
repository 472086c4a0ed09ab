"""Packaging: the PyInstaller spec, what it bundles and leaves out, the installers.

Runs in the non-GUI process (importing Qt fails there): the spec and ``gui/pages.py`` are
read as text. The full build + frozen checks (``scripts/build-linux``) run only with
``CSMS_BUILD_PACKAGE=1``.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "csms-desktop.spec"
PACKAGE = ROOT / "csms_desktop"

# Measured with scripts/build-linux on the development VM (Debian 12, 2 vCPU): 37 s with
# .venv ready (PyInstaller 23 s, frozen checks 14 s); 63 s from a fresh checkout (new .venv,
# pip from a local mirror, the apt packages already there).
BUILD_MINUTES = 1


def _manifest() -> Any:
    spec = importlib.util.spec_from_file_location("csms_packaging_manifest",
                                                  PACKAGING / "manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


manifest = _manifest()


def _module_file(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _page_modules_by_text() -> list[str]:
    """PAGE_MODULES of gui/pages.py, read with a regex (independently of the manifest)."""
    text = (PACKAGE / "gui" / "pages.py").read_text(encoding="utf-8")
    block = re.search(r"^PAGE_MODULES\b[^{]*\{(.*?)^\}", text, re.S | re.M)
    assert block, "gui/pages.py has no PAGE_MODULES dict"
    return re.findall(r""":\s*["']([\w.]+)["']""", block.group(1))


# ------------------------------------------------------------------ the spec


def test_spec_parses_and_takes_its_lists_from_the_manifest() -> None:
    text = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(text)  # valid Python
    names = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
             and isinstance(n.value, ast.Name) and n.value.id == "manifest"}
    assert {"hidden_imports", "EXCLUDES", "keep_file", "version", "orphan_libraries"} <= names
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    for package in ("ocpp", "babel", "reportlab", "validate_docbr"):
        assert f'collect_data_files("{package}"' in text, package
    assert "hooks" in text and (PACKAGING / "hooks" / "hook-phonenumbers.py").is_file()
    assert '"resources"' in text
    assert 'name="csms-desktop"' in text  # -> dist/csms-desktop/
    assert "upx=False" in text


def test_every_page_module_is_a_hidden_import() -> None:
    pages = _page_modules_by_text()
    assert len(pages) >= 8
    assert manifest.page_modules() == pages
    hidden = manifest.hidden_imports()
    for name in pages:
        assert name in hidden, f"{name} (gui/pages.py PAGE_MODULES) is not bundled"
        assert _module_file(name) is not None, f"{name} has no source file"


def _imports_inside_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module)
                elif isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
    return {m for m in found if m.startswith("csms_desktop.")}


def test_modules_the_entry_points_import_by_name_are_hidden_imports() -> None:
    hidden = set(manifest.hidden_imports())
    lazy = _imports_inside_functions(PACKAGE / "app.py") | _imports_inside_functions(
        PACKAGE / "cli.py")
    assert "csms_desktop.billing_cli" in lazy
    assert lazy <= hidden, f"not in packaging/manifest.py APP_BY_NAME: {sorted(lazy - hidden)}"


def test_no_other_dynamic_import_in_the_application() -> None:
    """importlib/__import__ with a computed name is only in gui/pages.py (PAGE_MODULES);
    a literal name must be a hidden import."""
    hidden = set(manifest.hidden_imports())
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("import_module", "__import__") or not node.args:
                continue
            arg = node.args[0]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                assert arg.value in hidden, f"{where} imports {arg.value!r}: add it to the manifest"
            else:
                assert path == PACKAGE / "gui" / "pages.py", (
                    f"{where}: a computed import; list its targets in packaging/manifest.py "
                    "and check them here")


def test_hidden_imports_exist() -> None:
    for name in manifest.hidden_imports():
        if name.startswith("csms_desktop"):
            assert _module_file(name) is not None, name
        elif name.split(".")[0] in ("PySide6", "qasync"):
            continue  # Qt cannot be imported in this process; the frozen build checks them
        else:
            assert importlib.util.find_spec(name) is not None, name


def test_excluded_packages_are_not_imported_by_the_application() -> None:
    excluded = {e for e in manifest.EXCLUDES if "." not in e}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                tops = {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                tops = {node.module.split(".")[0]}
            else:
                continue
            assert not tops & excluded, f"{path.relative_to(ROOT)} imports {tops & excluded}"
    for mod in ("tkinter", "matplotlib", "IPython", "scipy", "pandas", "PySide6.QtWebEngineCore",
                "PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtMultimedia",
                "PySide6.QtBluetooth"):
        assert mod in manifest.EXCLUDES, mod
    # pyqtgraph imports these with importlib at import time: they must stay bundled.
    for mod in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
        assert mod not in manifest.EXCLUDES and mod in manifest.hidden_imports()


# ------------------------------------------------------------------ what is kept


@pytest.mark.parametrize(("dest", "wayland", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False, True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False, True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False, False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False, False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False, False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True, True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True, True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False, False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False, True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False, False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False, False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False, True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False, False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False, False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False, False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False, False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False, True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False, True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False, False),
    ("PySide6/Qt/translations/qtbase_de.qm", False, False),
    ("PySide6/Qt/translations/qtbase_pt_BR.qm", False, True),
    ("PySide6\\translations\\qtbase_pt_BR.qm", False, True),
    ("PySide6/Qt/translations/qt_pt_BR.qm", False, False),
    ("resources/i18n/qt_th.qm", False, True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False, False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", False, True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False, False),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True, True),
    ("PySide6\\Qt6Quick.dll", False, False),
    ("PySide6\\opengl32sw.dll", False, False),
    ("babel/locale-data/pt_BR.dat", False, True),
    ("babel/locale-data/th_TH.dat", False, True),
    ("babel/locale-data/en_GB.dat", False, True),
    ("babel/locale-data/root.dat", False, True),
    ("babel/locale-data/de.dat", False, False),
    ("babel/global.dat", False, True),
    ("ocpp/v201/schemas/BootNotificationRequest.json", False, True),
    ("resources/fonts/Waree.ttf", False, True),
])
def test_keep_file(dest: str, wayland: bool, kept: bool) -> None:
    assert manifest.keep_file(dest, wayland) is kept


def test_babel_locales_cover_every_document_language() -> None:
    from csms_desktop.reports.model import SUPPORTED_LANGUAGES
    from csms_desktop.services.billing.clients import LANGUAGES

    for lang in {*SUPPORTED_LANGUAGES, *LANGUAGES, "en"}:
        assert manifest.keep_babel_locale(f"{lang}.dat"), lang
        assert manifest.keep_babel_locale(f"{lang.split('_')[0]}.dat"), lang


def test_orphan_libraries_follow_the_link_graph() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libglib-2.0.so.0", "/s/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/s/cups.so", "BINARY"),
        ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
        ("libgtk-only.so", "/s/libgtk-only.so", "BINARY"),  # its plugin was dropped
    ]
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/s/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/s/cups.so": ["libcups.so.2", "libQt6Gui.so.6"],
        "/s/libcups.so.2": ["libgnutls.so.30", "libglib-2.0.so.0"],
    }
    orphans = manifest.orphan_libraries(binaries, lambda src: links.get(src, []),
                                        ["printsupport/libcupsprintersupport.so"])
    assert orphans == {"libcups.so.2", "libgnutls.so.30", "libgtk-only.so"}


# ------------------------------------------------------------------ version, data, installers


def test_version_has_one_source() -> None:
    import csms_desktop

    assert manifest.version() == csms_desktop.__version__
    from csms_desktop.cli import build_parser

    version_actions = [a for a in build_parser()._actions if "--version" in a.option_strings]
    assert version_actions[0].version == f"csms-desktop {csms_desktop.__version__}"  # type: ignore[attr-defined]
    iss = (PACKAGING / "windows" / "csms-desktop.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert 'GetStringFileInfo(BuildDir + "\\" + AppExe, "ProductVersion")' in iss
    spec = SPEC.read_text(encoding="utf-8")
    assert '"ProductVersion", VERSION' in spec and "VERSION = manifest.version()" in spec
    desktop = (PACKAGING / "linux" / "csms-desktop.desktop").read_text(encoding="utf-8")
    assert csms_desktop.__version__ not in desktop


def test_data_lives_outside_the_install_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from csms_desktop import paths

    monkeypatch.setenv("CSMS_DATA_DIR", str(tmp_path))
    assert paths.data_dir() == tmp_path
    assert paths.default_db_url() == f"sqlite:///{tmp_path / 'csms.db'}"
    monkeypatch.delenv("CSMS_DATA_DIR")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "install" / "_internal"), raising=False)
    assert paths.resources_dir() == tmp_path / "install" / "_internal" / "resources"
    assert tmp_path / "install" not in paths.data_dir().parents


def test_windows_installer_script() -> None:
    from csms_desktop.services.settings import SiteSettings

    iss = (PACKAGING / "windows" / "csms-desktop.iss").read_text(encoding="utf-8")
    port = SiteSettings().ocpp_port
    assert f'#define OcppPort "{port}"' in iss
    assert "advfirewall firewall add rule" in iss and "localport={#OcppPort}" in iss
    assert "advfirewall firewall delete rule" in iss  # on upgrade and in [UninstallRun]
    assert re.search(r'^Name: "startup";.*Flags: unchecked', iss, re.M)  # optional
    assert re.search(r'^Name: "\{autostartup\}.*Tasks: startup', iss, re.M)
    assert re.search(r'^Name: "\{autoprograms\}', iss, re.M)  # start-menu shortcut
    assert re.search(r'Source: "\{#BuildDir\}\\\*".*recursesubdirs', iss)
    assert 'Name: "{app}\\_internal"' in iss  # upgrades drop the old libraries first
    info = (PACKAGING / "windows" / "before-install.txt").read_text(encoding="utf-8")
    assert "%LOCALAPPDATA%\\csms-desktop\\csms-desktop" in info and str(port) in info
    assert (ROOT / "resources" / "icons" / "csms-desktop.ico").is_file()


def test_linux_desktop_entry_and_icons() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "csms-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "/opt/csms-desktop/csms-desktop"
    assert section["Icon"] == "csms-desktop"
    assert section["Terminal"] == "false"
    icons = ROOT / "resources" / "icons"
    svg = (icons / "csms-desktop.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 256 256"' in svg
    png = (icons / "csms-desktop.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    assert os.access(PACKAGING / "linux" / "install.sh", os.X_OK)
    assert os.access(ROOT / "scripts" / "build-linux", os.X_OK)


def test_windows_build_compiles_the_forms_and_translations_first() -> None:
    """build.ps1 has no bash: packaging/build_assets.py does what scripts/build-linux does
    (a Windows bundle built without it had no forms, and no .qm: English only)."""
    ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert 0 < ps1.index("packaging\\build_assets.py") < ps1.index("pyinstaller.exe")
    env = {k: v for k, v in os.environ.items() if k != "CSMS_FORBID_QT"}
    r = subprocess.run([sys.executable, str(PACKAGING / "build_assets.py")], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    forms = len(list((ROOT / "ui").glob("*.ui")))
    assert f"{forms} forms compiled" in r.stdout
    for qm in ("csms_th.qm", "csms_pt_BR.qm", "qt_th.qm"):
        assert qm in r.stdout and (ROOT / "resources" / "i18n" / qm).stat().st_size > 0
    assert set(manifest.form_modules()) <= set(manifest.hidden_imports())


# ------------------------------------------------------------------ the real build


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.skipif(
    os.environ.get("CSMS_BUILD_PACKAGE") != "1" or not sys.platform.startswith("linux"),
    reason=f"the PyInstaller build + frozen checks take about {BUILD_MINUTES} minute "
           "(scripts/build-linux measured 37 s with .venv ready, 63 s from a fresh checkout); "
           "set CSMS_BUILD_PACKAGE=1 to run them",
)
def test_build_linux_and_frozen_checks() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CSMS_FORBID_QT", "CSMS_DATA_DIR")}
    r = subprocess.run([str(ROOT / "scripts" / "build-linux")], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=1700)
    out = r.stdout + r.stderr
    assert r.returncode == 0, out[-4000:]
    summary = re.search(r"frozen check: (\d+)/(\d+) passed", out)
    assert summary and summary.group(1) == summary.group(2), out[-4000:]
    assert "smoke: ok" in out
    assert re.search(r"build-linux: bundle dist/csms-desktop: \S+ in \d+ files", out)
    assert (ROOT / "dist" / "csms-desktop" / "csms-desktop").is_file()
