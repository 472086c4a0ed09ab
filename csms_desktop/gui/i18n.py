"""The user interface in English, Thai and Brazilian Portuguese, with Qt's own tools.

Every string a person reads is written in English in the code and wrapped in :func:`tr`
(or comes from a Designer form under ``ui/``, which ``pyside6-uic`` wraps itself).
``scripts/i18n update`` runs ``pyside6-lupdate`` over ``csms_desktop/`` and ``ui/`` into
``resources/i18n/csms_th.ts`` and ``csms_pt_BR.ts``; translators (or Qt Linguist) fill them;
``scripts/i18n release`` runs ``pyside6-lrelease`` to the ``.qm`` files the application
loads (bootstrap and the bundle build do it; the ``.qm`` are not committed).

``tr()`` is a plain function, not ``QObject.tr``: one translation context (lupdate puts
bare ``tr(...)`` calls in the empty context), so a string is translated once wherever it
appears, in a method, a module-level helper or a model.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from csms_desktop.paths import resource

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "th": "ไทย", "pt_BR": "Português (Brasil)"}
"""The languages the interface speaks, by code, each named in itself."""

CONTEXT = ""
_installed: list[QTranslator] = []
_current = "en"
generation = 0
"""Counts :func:`install` calls: caches of translated tables key on it."""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (English when no translation is loaded).

    ``n`` >= 0 picks the plural form of a ``%n`` text ("%n drivers")."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation without translating it (``pyside6-lupdate`` puts it in
    the empty context): for tables built at import time, such as column titles, translated
    with :func:`tr` where they are shown (``RowsModel.headerData`` does)."""
    return text


def normalize(code: str | None) -> str | None:
    """A known language code for ``code`` ("pt", "pt-BR", "th_TH" ...), or None."""
    if not code:
        return None
    text = code.strip().replace("-", "_")
    low = text.lower()
    if low.startswith("th"):
        return "th"
    if low.startswith("pt"):
        return "pt_BR"
    if low.startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """The language of the operating system's locale, when the interface speaks it."""
    return normalize(QLocale.system().name()) or "en"


def translations_dir() -> Path:
    return resource("i18n")


def qm_path(language: str) -> Path:
    return translations_dir() / f"csms_{language}.qm"


def install(language: str | None) -> str:
    """Loads the translation for ``language`` (None: the system's) into the application.

    Replaces what an earlier call installed; returns the language in force. A missing
    ``.qm`` (a checkout where ``scripts/i18n release`` has not run) is logged and the
    interface stays in English rather than failing to start."""
    global _current, generation
    generation += 1
    app = QCoreApplication.instance()
    code = normalize(language) or system_language()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _current = "en"
    if code == "en" or app is None:
        return _current
    own = QTranslator()
    if not own.load(str(qm_path(code))):
        log.warning("no translation file %s: run scripts/i18n release; English used",
                    qm_path(code))
        return _current
    app.installTranslator(own)
    _installed.append(own)
    qt = QTranslator()  # Qt's own strings: the buttons of standard dialogs, context menus
    if qt.load(QLocale(code), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    else:  # Qt has none for Thai: ours (resources/i18n/qt_th.ts)
        ours = QTranslator()
        if ours.load(str(translations_dir() / f"qt_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translation of Qt's own strings for %s: its buttons stay in "
                        "English", code)
    _current = code
    return _current


def current_language() -> str:
    return _current
