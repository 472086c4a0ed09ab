"""What the frozen build must carry and what it leaves out, in one place.

Read by ``packaging/csms-desktop.spec`` (PyInstaller) and by
``tests/integration/test_packaging.py``. Plain Python with no Qt or PyInstaller import, so
the non-GUI test process (where importing PySide6 fails) can check it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "csms_desktop"
NAME = "csms-desktop"


def version() -> str:
    """``csms_desktop.__version__``, read as text (the one place the version lives)."""
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.M)
    if not match:
        raise RuntimeError("csms_desktop/__init__.py has no __version__")
    return match.group(1)


def page_modules() -> list[str]:
    """The page modules ``gui/pages.py`` imports by name (its ``PAGE_MODULES`` dict),
    read from the source text so that nothing needs Qt."""
    tree = ast.parse((PACKAGE / "gui" / "pages.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets, value_node = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value_node = [node.target], node.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == "PAGE_MODULES" for t in targets):
            value = ast.literal_eval(value_node)
            return [str(v) for v in value.values()]
    raise RuntimeError("csms_desktop/gui/pages.py has no PAGE_MODULES")


# Modules of the application imported inside functions or by name (cli.py, app.py,
# application.py): PyInstaller follows most function-level imports, these make sure.
APP_BY_NAME = [
    "csms_desktop.billing_cli",  # cli.py and app.py: billing command
    "csms_desktop.db_cli",  # cli.py and app.py: db command
    "csms_desktop.sim.cli",  # cli.py and app.py: simulate command
    "csms_desktop.demo",  # app.py and application.py: demo command
    "csms_desktop.headless",
    "csms_desktop.gui.application",
    "csms_desktop.gui.tray",
    "csms_desktop.gui.offthread",
    "csms_desktop.gui.about",  # Help > About
    "csms_desktop.site_cli",  # cli.py and app.py: config, tags/drivers/vehicles, api-token
    "csms_desktop.api.options",  # cli.py: the API's options
    "csms_desktop.api.server",  # headless.py: the automation API in every mode
]

# Third-party modules loaded by name at run time (not visible to PyInstaller's analysis).
THIRD_PARTY_HIDDEN = [
    # ocpp: the server and the simulator use each version's message classes.
    *(f"ocpp.{v}.{m}" for v in ("v16", "v201", "v21")
      for m in ("call", "call_result", "enums", "datatypes")),
    "ocpp.v16.enums",
    # websockets re-exports lazily (websockets/__init__.py, imports.lazy_import).
    "websockets.asyncio.server", "websockets.asyncio.client", "websockets.asyncio.connection",
    "websockets.legacy", "websockets.exceptions", "websockets.frames", "websockets.http11",
    # qasync imports the binding named by QT_API with importlib.
    "qasync", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
    # pyqtgraph imports PySide6.QtOpenGL and QtOpenGLWidgets with importlib at import time
    # (PlotCurveItem, Qt/OpenGLHelpers, widgets/RawImageWidget).
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    # QtSvg: the SVG image-format and icon-engine plugins need it (the .svg app icon).
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    # platformdirs picks its platform module at run time (its hook covers it; listed anyway).
    "platformdirs",
    # The SQLite driver and peewee's migrator (store/).
    "sqlite3", "playhouse.migrate", "playhouse.db_url",
]


def form_modules() -> list[str]:
    """The compiled Designer forms (packaging/build_assets.py, scripts/forms): one module per
    ``ui/*.ui``; listed so the frozen check finds a build that ran without compiling them."""
    return [f"csms_desktop.gui.forms.ui_{p.stem}" for p in sorted((ROOT / "ui").glob("*.ui"))]


def hidden_imports() -> list[str]:
    seen: dict[str, None] = {}
    for name in [*page_modules(), *APP_BY_NAME, *form_modules(), *THIRD_PARTY_HIDDEN]:
        seen.setdefault(name, None)
    return list(seen)


# Python packages that must not be bundled (never used at run time; some are pulled in by
# optional imports of numpy, pyqtgraph, reportlab or PyInstaller's hooks).
EXCLUDES = [
    "tkinter", "_tkinter", "turtle", "idlelib",
    "matplotlib", "IPython", "ipykernel", "jupyter_client", "notebook", "scipy", "pandas",
    "pytest", "_pytest", "pytestqt", "mypy", "ruff", "importlinter",
    "setuptools", "pkg_resources", "pip", "distutils", "lib2to3", "pydoc_data",
    "unittest", "doctest", "readline",
    # Pillow: reportlab opens the site logo (PNG/JPEG) with it; the AVIF codec (5 MB) and
    # the Qt/Tk bridges are never used.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageQt", "PIL.ImageTk", "PIL._imagingtk",
    "PyQt5", "PyQt6", "PySide2", "shiboken2",  # only PySide6
    # pyqtgraph parts the app does not use (3-D needs PyOpenGL; examples; notebook widgets)
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "OpenGL", "cupy", "numba",
    "h5py", "colorcet", "cmap",
    # phonenumbers: only parsing/validation is used; the geocoder, carrier and time-zone
    # tables are ~45 MB of Python modules.
    "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
    "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata",
    # Qt modules the app never imports.
    *(f"PySide6.{m}" for m in (
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
        "QtWebSockets", "QtWebView", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
        "Qt3DAnimation", "Qt3DExtras", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
        "QtQuickWidgets", "QtQuickTest", "QtMultimedia", "QtMultimediaWidgets",
        "QtSpatialAudio", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors",
        "QtSerialPort", "QtSerialBus", "QtCharts", "QtDataVisualization", "QtGraphs",
        "QtGraphsWidgets", "QtPdf", "QtPdfWidgets", "QtDesigner", "QtUiTools", "QtHelp",
        "QtSql", "QtTest", "QtXml", "QtConcurrent", "QtNetwork", "QtNetworkAuth",
        "QtHttpServer", "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtTextToSpeech",
        "QtSvgWidgets", "QtDBus", "QtAxContainer",
    )),
]

# Qt plugins kept, by plugin folder -> plugin names (file name without ``lib`` prefix and
# extension). Every other plugin folder (egldeviceintegrations, generic, networkinformation,
# tls, sqldrivers, qmltooling, designer, ...) is dropped.
QT_PLUGINS: dict[str, set[str]] = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    # qgtk3 is left out: it would drag in (a partial) GTK 3 stack; the portal theme gives
    # native file dialogs on GNOME/KDE through D-Bus.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},  # Thai / accented input
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "imageformats": {"qsvg", "qico", "qjpeg"},
    "iconengines": {"qsvgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}
# Wayland (optional, CSMS_BUNDLE_WAYLAND=1): without it a Wayland desktop runs the app
# through XWayland with the xcb plugin, which every Linux desktop provides.
QT_PLUGINS_WAYLAND: dict[str, set[str] | None] = {
    "platforms": {"qwayland", "qwayland-generic", "qwayland-egl"},
    "wayland-decoration-client": None,  # None: the whole folder
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}

# Qt shared libraries only the dropped plugins/modules need (matched on the file name,
# e.g. libQt6Quick.so.6 / Qt6Quick.dll). ``scripts/build-linux`` checks with ldd that no
# kept library needs one of them.
QT_LIBS_DROPPED = [
    "Qt6Quick", "Qt6Qml", "Qt6QmlModels", "Qt6QmlMeta", "Qt6QmlWorkerScript",
    "Qt6VirtualKeyboard", "Qt6Pdf", "Qt6Network", "Qt6WebSockets", "Qt6Test", "Qt6Sql",
    "Qt6Xml", "Qt6Concurrent", "Qt6SvgWidgets", "Qt6Designer", "Qt6Help",
    "Qt6UiTools", "Qt6QuickWidgets", "Qt6QuickControls2", "Qt6QuickTemplates2",
    "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6EglFsKmsGbmSupport",
    "Qt6VirtualKeyboardQml", "Qt6LabsFolderListModel",
    "opengl32sw",  # Windows: 20 MB software OpenGL; the widgets paint without OpenGL
]
QT_LIBS_WAYLAND = ["Qt6WaylandClient", "Qt6WaylandEglClientHwIntegration", "Qt6WlShellIntegration"]

# Qt's translations kept (csms_desktop/gui/i18n.py loads "qtbase" for the language)
QT_TRANSLATIONS = frozenset({"qtbase_pt_BR.qm"})

# Babel locale data kept (root and these languages with all their regional variants):
# the documents are printed in pt_BR, th_TH and en (reports.model.SUPPORTED_LANGUAGES).
BABEL_LANGUAGES = ("en", "pt", "th")


def keep_babel_locale(filename: str) -> bool:
    """``filename``: a ``babel/locale-data`` file name such as ``pt_BR.dat``."""
    stem = filename.rsplit(".", 1)[0]
    return stem == "root" or stem.split("_")[0] in BABEL_LANGUAGES


_PLUGIN_RE = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
_QT_TRANSLATIONS_RE = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/")
_BABEL_DATA_RE = re.compile(r"(?:^|/)babel/locale-data/([^/]+)$")


def _plugin_name(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(dest: str, wayland: bool = False) -> bool:
    """Whether a file PyInstaller collected goes into the bundle; ``dest`` is its path
    inside the bundle (any separator)."""
    dest = dest.replace("\\", "/")
    if _QT_TRANSLATIONS_RE.search(dest):
        # Qt's own strings (standard buttons, context menus) in the interface's languages:
        # qtbase_pt_BR.qm; Thai has none in Qt (resources/i18n/qt_th.ts is ours)
        return dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS
    match = _PLUGIN_RE.search(dest)
    if match:
        folder, name = match.group(1), _plugin_name(match.group(2))
        allowed: dict[str, set[str] | None] = {k: set(v) for k, v in QT_PLUGINS.items()}
        if wayland:
            for key, names in QT_PLUGINS_WAYLAND.items():
                if names is None:
                    allowed[key] = None
                else:
                    allowed.setdefault(key, set()).update(names)  # type: ignore[union-attr]
        if folder not in allowed:
            return False
        names = allowed[folder]
        return names is None or name in names
    match = _BABEL_DATA_RE.search(dest)
    if match:
        return keep_babel_locale(match.group(1))
    filename = dest.rsplit("/", 1)[-1]
    dropped = QT_LIBS_DROPPED + ([] if wayland else QT_LIBS_WAYLAND)
    for lib in dropped:
        if filename.startswith((f"lib{lib}.so", f"{lib}.dll", f"lib{lib}.", f"{lib}.")):
            return False
    return True


# Linux: Qt plugins whose own library chain is left to the system. The CUPS print plugin
# links libcups, which drags in GnuTLS, Kerberos, Avahi, libgcrypt... (about 15 MB); every
# desktop with printing has libcups2, and without it Qt only offers "Print to PDF".
LINUX_SYSTEM_PLUGIN_DEPS = ["printsupport/libcupsprintersupport.so"]


def orphan_libraries(binaries: list[tuple[str, str, str]],
                     deps: Callable[[str], Iterable[str]],
                     system_plugin_deps: Iterable[str] = ()) -> set[str]:
    """Shared libraries in ``binaries`` (PyInstaller TOC entries ``(dest, src, type)``) that
    no kept entry point needs: neither a Python extension, a Qt plugin, libpython nor a
    library some other kept library needs. ``deps(src)`` gives the library names a binary
    links (``PyInstaller.depend.bindepend.get_imports``). Libraries reached only from a
    plugin in ``system_plugin_deps`` are left to the system. Returns their ``dest`` paths.
    """
    by_name: dict[str, tuple[str, str, str]] = {}
    for entry in binaries:
        by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], entry)
    system = tuple(system_plugin_deps)

    def is_root(dest: str, kind: str) -> bool:
        dest = dest.replace("\\", "/")
        if dest.endswith(system):
            return False
        name = dest.rsplit("/", 1)[-1]
        return (kind == "EXTENSION" or "/plugins/" in dest or name.startswith("libpython")
                or ".cpython-" in name or name.endswith((".pyd", ".abi3.so")))

    reached: set[str] = set()
    todo = [entry for entry in binaries if is_root(entry[0], entry[2])]
    for entry in todo:
        reached.add(entry[0])
    while todo:
        _dest, src, _kind = todo.pop()
        for name in deps(src):
            found = by_name.get(name.rsplit("/", 1)[-1])
            if found is not None and found[0] not in reached:
                reached.add(found[0])
                todo.append(found)
    return {dest for dest, _src, kind in binaries if dest not in reached and not is_root(dest, kind)
            and not dest.replace("\\", "/").endswith(system)}
