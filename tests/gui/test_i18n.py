"""The interface in English, Thai and Brazilian Portuguese (issue 13, item 3).

(a) every message ``pyside6-lupdate`` extracts from the translated files is finished in both
    ``resources/i18n/*.ts`` (the acceptance test: it fails when a user-visible string is not
    translated, or when ``scripts/i18n update`` was not run after adding one);
(b) a scan of the GUI source with ``ast`` fails when a user-visible literal (setText,
    setWindowTitle, QLabel(...), QPushButton(...), addTab, QMessageBox...) is not wrapped in
    ``tr()``;
(c) installing th then pt_BR changes a real widget's text (the main window's navigation),
    and the one formatter writes numbers, money and dates per language.

(a) and (b) run over ``TRANSLATED``: the files whose owners have finished (the list grows as
the work of each helper is merged; ``None`` means every file under ``csms_desktop/``).
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from csms_desktop.gui import fmt, i18n

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "csms_desktop" / "gui"
TS_DIR = ROOT / "resources" / "i18n"
LANGS = ("th", "pt_BR")
BIN = Path(sys.executable).parent


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of this interpreter's environment (or on PATH)."""
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    assert found, f"{name} not found next to {sys.executable} nor on PATH"
    return str(found)

TRANSLATED: list[str] | None = None
"""``None``: every Python file under csms_desktop/ and every form in ui/ (all merged now);
a list limits the checks to those files (how the work of each helper was merged). The
modules pyside6-uic generates from ui/ are checked through their .ui files."""


def translated_files() -> list[Path]:
    if TRANSLATED is None:
        files = sorted((ROOT / "csms_desktop").rglob("*.py"))
        if (ROOT / "ui").is_dir():
            files += sorted((ROOT / "ui").glob("*.ui"))
        return [f for f in files if "__pycache__" not in f.parts
                and not (f.parent == GUI / "forms" and f.name.startswith("ui_"))]
    return [ROOT / f for f in TRANSLATED]


# ---------------------------------------------------------------- (a) .ts finished
def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> message."""
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = m
    return out


def _finished(m: ET.Element) -> bool:
    t = m.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if m.get("numerus") == "yes":
        forms = [f.text or "" for f in t.iter("numerusform")]
        return bool(forms) and all(f.strip() for f in forms)
    return bool((t.text or "").strip())


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str, str], ET.Element]:  # type: ignore[no-untyped-def]
    """What lupdate finds in the translated files now (a fresh .ts, not the committed one)."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = [str(f) for f in translated_files()]
    subprocess.run([qt_tool("pyside6-lupdate"), "-locations", "none", *files, "-ts",
                    str(out)], check=True, capture_output=True, timeout=300)
    return _messages(out)


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_of_the_translated_files_is_translated(extracted, lang) -> None:  # type: ignore[no-untyped-def]
    committed = _messages(TS_DIR / f"csms_{lang}.ts")
    assert len(extracted) > 300  # the scan found the interface's strings
    missing = [src for key, src in ((k, k[1]) for k in extracted) if key not in committed]
    assert not missing, f"not in csms_{lang}.ts (run scripts/i18n update): {missing[:20]}"
    todo = [k[1] for k in extracted if not _finished(committed[k])]
    assert not todo, f"{len(todo)} untranslated in csms_{lang}.ts: {todo[:20]}"
    broken = [k[1] for k in extracted
              if _placeholders(k[1]) != _placeholders(committed[k].findtext("translation") or "")]
    assert not broken, f"placeholders changed in csms_{lang}.ts: {broken[:20]}"


def test_the_check_fails_on_an_unfinished_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
                  "<context><name></name>"
                  "<message><source>Done</source><translation>เสร็จ</translation></message>"
                  "<message><source>Todo</source>"
                  '<translation type="unfinished"></translation></message>'
                  "</context></TS>", encoding="utf-8")
    done = {k[1]: _finished(m) for k, m in _messages(ts).items()}
    assert done == {"Done": True, "Todo": False}


# ---------------------------------------------------------------- (b) every literal wrapped
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setAccessibleName", "setHeaderLabels", "setHorizontalHeaderLabels", "setTabText",
    "addTab", "insertTab", "addMenu", "addAction", "addButton", "addRow", "addItem",
    "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "message", "pending",
    "show_message", "show_login", "setFormat",
}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QAction",
           "QMenu", "QToolButton", "QCommandLinkButton", "QProgressDialog"}
DIALOGS = {"QMessageBox", "QInputDialog", "QFileDialog"}  # their static functions: all text
FUNCTIONS = {"confirm"}
FIRST_ONLY = {"addItem", "addRow", "setFormat"}  # the rest is data, a widget
ALLOWED_WORDS = {"CSMS", "Desktop", "OCPP", "ws", "kW", "kWh", "Ctrl", "Shift", "Esc", "F5",
                 "CALL", "CALLRESULT", "CALLERROR", "JSON", "CSV", "PDF", "API", "nbsp"}


def _words(text: str) -> list[str]:
    text = re.sub(r"<[^>]*>", " ", text)  # markup
    text = re.sub(r"&\w+;", " ", text)  # entities
    text = re.sub(r"\{[^}]*\}", " ", text)  # placeholders
    text = re.sub(r"%[a-z]", " ", text)  # Qt's %v / %m
    return [w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in ALLOWED_WORDS]


def _is_tr(func: ast.expr) -> bool:
    """A bare ``tr(...)``: ``self.tr``/``i18n.tr`` would land in another lupdate context."""
    return isinstance(func, ast.Name) and func.id in ("tr", "QT_TR_NOOP")


def _literals(node: ast.AST) -> list[str]:
    """User-visible words in ``node`` that no tr() call wraps."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [text] if _words(text) else []
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _literals(v)]
    if isinstance(node, ast.List | ast.Tuple):
        return [t for v in node.elts for t in _literals(v)]
    if isinstance(node, ast.Call):
        if _is_tr(node.func):
            return []
        if isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            return [f"{ast.unparse(node.func)}(): use the bare tr()"]
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
            return _literals(node.func.value)  # the template / the separator
        return []  # another function's result (fmt.money, str(exc)...)
    return []


def untranslated(source: str, filename: str = "<src>") -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        dialog = (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
                  and f.value.id in DIALOGS)
        if not (dialog or name in TEXT_METHODS or name in WIDGETS or name in FUNCTIONS):
            continue
        args = list(node.args) + [k.value for k in node.keywords
                                  if k.arg in ("text", "title", "label", "toolTip")]
        if name in FIRST_ONLY:
            args = args[:1]
        for arg in args:
            for text in _literals(arg):
                problems.append(f"{filename}:{node.lineno}: {text!r}")
    return problems


def test_the_scan_finds_an_unwrapped_string() -> None:
    src = ("def f(w):\n"
           "    w.setText('Hello there')\n"
           "    w.setToolTip(tr('Wrapped'))\n"
           "    QPushButton(f'Stop {n}')\n"
           "    w.setText(tr('{n} rows').format(n=3) + ' ok')\n"
           "    w.setText('<h2>' + tr('Title') + '</h2>')\n"
           "    w.setText('—' if x else '%')\n"
           "    QMessageBox.warning(w, 'Export failed', msg)\n"
           "    log.warning('not shown to people')\n"
           "    combo.addItem(tr('Any'), 'INBOUND')\n"
           "    w.setText(i18n.tr('Other context'))\n")
    found = untranslated(src)
    assert [p.split(": ", 1)[1] for p in found] == [
        "'Hello there'", "'Stop '", "' ok'", "'Export failed'",
        "'i18n.tr(): use the bare tr()'"]


def test_every_user_visible_literal_is_wrapped_in_tr() -> None:
    problems = []
    for path in translated_files():
        if path.suffix == ".py":
            problems += untranslated(path.read_text(encoding="utf-8"),
                                     str(path.relative_to(ROOT)))
    assert not problems, "wrap in tr():\n" + "\n".join(problems)


# ---------------------------------------------------------------- (c) it shows
@pytest.fixture
def fresh_qm(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The committed .ts compiled now (not whatever .qm an older bootstrap left)."""
    for lang in LANGS:
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent",
                        str(TS_DIR / f"csms_{lang}.ts"), "-qm",
                        str(tmp_path / f"csms_{lang}.qm")], check=True, timeout=120)
    for ts in TS_DIR.glob("qt_*.ts"):  # Qt's own strings where Qt has none (Thai)
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(tmp_path / f"{ts.stem}.qm")], check=True, timeout=120)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield tmp_path
    i18n.install("en")


def test_installing_a_language_changes_the_navigation(qtbot, runtime, fresh_qm) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.main_window import PAGES, MainWindow

    def nav_texts(lang: str) -> list[str]:
        assert i18n.install(lang) == lang
        bridge = Bridge(runtime.services.hub)
        win = MainWindow(runtime, bridge)
        qtbot.addWidget(win)
        texts = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert [win.nav.item(i).data(0x0100) for i in range(win.nav.count())] == list(PAGES)
        # a status in a table, the header of one (translated when shown)
        from csms_desktop.gui.models.charge_points import ChargePointTableModel

        header = ChargePointTableModel().headerData(1, Qt.Orientation.Horizontal)
        extra = (win.count_label.text(), win.quit_action.text(), fmt.label("ACTIVE"), header)
        win.close()
        bridge.close()
        return texts + list(extra)

    english = nav_texts("en")
    thai = nav_texts("th")
    portuguese = nav_texts("pt_BR")
    assert english[:3] == ["Dashboard", "Charge points", "Transactions"]
    assert english[-4:] == ["0 charge points connected", "&Quit", "Active", "Name"]
    assert thai[-2:] == ["ใช้งานอยู่", "ชื่อ"] and portuguese[-2:] == ["Ativo", "Nome"]
    assert thai[:2] == ["แดชบอร์ด", "เครื่องชาร์จ"]
    assert portuguese[:3] == ["Painel", "Carregadores", "Transações"]
    for other in (thai, portuguese):
        assert all(a != b for a, b in zip(english, other, strict=True)), other
    assert i18n.current_language() == "pt_BR"
    assert i18n.install("en") == "en" and i18n.current_language() == "en"


def test_a_missing_translation_file_leaves_english(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("th") == "en"
    assert i18n.tr("Dashboard") == "Dashboard"


@pytest.mark.parametrize(("lang", "money", "brl", "number", "date_text", "day"), [
    ("en", "THB\u00a01,077.75", "R$1,077.75", "12,345.679", "2026-12-03 08:30",
     "Thu 03 Dec"),
    ("th", "฿1,077.75", "R$1,077.75", "12,345.679", "03/12/2026 08:30", "พฤ. 03 ธ.ค."),
    ("pt_BR", "฿\u00a01.077,75", "R$\u00a01.077,75", "12.345,679", "03/12/2026 08:30",
     "qui. 03 dez."),
])
def test_the_formatter_writes_each_language_its_way(monkeypatch, lang, money, brl, number,  # type: ignore[no-untyped-def]
                                                     date_text, day) -> None:
    monkeypatch.setattr(i18n, "_current", lang)
    monkeypatch.setattr(fmt, "_getter", lambda: "Asia/Bangkok")  # bind_site_zone, undone
    monkeypatch.setattr(fmt, "_currency_getter", lambda: "THB")
    when = datetime(2026, 12, 3, 1, 30, tzinfo=UTC)  # 08:30 in Bangkok
    assert fmt.money(Decimal("1077.75")) == money
    assert fmt.money(Decimal("1077.745"), "BRL") == brl  # rounded half up, not half even
    assert fmt.number(12345.6789, 3) == number
    assert fmt.date_time(when) == date_text
    assert fmt.day_label(when) == day
    assert fmt.date_only(date(2026, 12, 3)) == date_text[:10]
    assert fmt.money(None) == "" and fmt.number("x") == ""
    assert fmt.kwh(1.5).endswith(" kWh") and fmt.kw(49.5)[:4] in ("49.5", "49,5")
    assert fmt.percent(Decimal("0.07")).startswith("7")
    from PySide6.QtCore import QDate

    # a date edit shows what the tables show
    assert QDate(2026, 12, 3).toString(fmt.qt_date_format()) == date_text[:10]


def test_the_language_setting(services) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.application import interface_language
    from csms_desktop.services.settings import SiteSettings, load_settings

    assert SiteSettings().language == ""  # the system's locale
    assert SiteSettings(language="th").validate() == {}
    assert "language" in SiteSettings(language="fr").validate()
    services.apply_settings(language="pt_BR")
    assert load_settings().language == "pt_BR"
    with pytest.raises(ValueError):
        services.apply_settings(language="klingon")
    assert load_settings().language == "pt_BR"  # nothing lost
    env = os.environ.get("CSMS_LANG")
    try:
        os.environ["CSMS_LANG"] = "th"
        assert interface_language("pt_BR") == "pt_BR"  # the setting first
        assert interface_language("") == "th"  # then CSMS_LANG
        assert interface_language("pt_BR", smoke=True) == "en"  # --smoke reads English
        del os.environ["CSMS_LANG"]
        assert interface_language("") is None  # then the system's locale
    finally:
        if env is not None:
            os.environ["CSMS_LANG"] = env


def test_tables_write_money_and_energy_the_languages_way(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The drivers' history and the transactions list go through the one formatter (they
    wrote "115.91" and "1,077.75 THB" before)."""
    from csms_desktop.gui.models.drivers import HistoryModel
    from csms_desktop.services.drivers import HistoryRow

    row = HistoryRow("tx-1", "CP-1", datetime(2026, 12, 3, 1, 30, tzinfo=UTC), None, 1234.5,
                     "1077.75", "BRL", "COMPLETED", "ABC-1234", "TAG1")
    model = HistoryModel()
    model.set_rows([row])
    cells = {lang: None for lang in ("en", "pt_BR")}
    for lang in cells:
        monkeypatch.setattr(i18n, "_current", lang)
        cells[lang] = [model.index(0, c).data() for c in (2, 3)]  # type: ignore[assignment]
    assert cells == {"en": ["1,234.50", "R$1,077.75"], "pt_BR": ["1.234,50", "R$\u00a01.077,75"]}


def test_stored_notifications_are_shown_in_the_language(qtbot, services, fresh_qm) -> None:  # type: ignore[no-untyped-def]
    """Notifications are stored in English by the services; the bell's list shows the
    usual ones translated (the texts here are the services' real ones, not copies)."""
    from csms_desktop.domain.enums import ConnectorStatus, OCPPVersion
    from csms_desktop.domain.timeutil import utcnow
    from csms_desktop.gui.models.notifications import NotificationsModel, shown
    from csms_desktop.services import history_queries as hq
    from csms_desktop.services.chargers import BootInfo

    ch = services.chargers
    services.apply_settings(unknown_charger_policy="pending")
    ch.boot("CP-N", OCPPVersion.OCPP16, BootInfo(vendor="ABB", model="Terra"))
    ch.on_connected("CP-N", OCPPVersion.OCPP16, "10.0.0.5:1234")
    ch.on_disconnected("CP-N", "ping timeout")
    ch.connector_row_id("CP-N", 2)
    ch.record_status("CP-N", 2, ConnectorStatus.FAULTED, "Faulted", "GroundFailure", utcnow())
    services.writer.flush()
    rows = hq.recent_notifications()
    english = {(r.title, r.message) for r in rows}
    assert ("Charger CP-N offline", "The connection closed (ping timeout).") in english
    model = NotificationsModel()
    model.set_rows(rows)
    i18n.install("th")
    texts = "\n".join(model.index(i, 0).data() for i in range(model.rowCount()))
    assert "เครื่องชาร์จ CP-N ออฟไลน์" in texts and "การเชื่อมต่อถูกปิด (ping timeout)" in texts
    assert "เครื่องชาร์จใหม่ CP-N รออนุมัติ" in texts and "CP-N หัวชาร์จ 2 ขัดข้อง" in texts
    assert "รหัสข้อผิดพลาด GroundFailure" in texts
    assert fmt.stop_reason("EVDisconnected") == "ถอดสายชาร์จจากรถ"  # an OCPP reason in words
    assert fmt.stop_reason("VendorSpecific42") == "VendorSpecific42"
    i18n.install("pt_BR")
    assert shown("Transaction 7: 1234.500 kWh, reason Local.") == \
        "Transação 7: 1.234,500 kWh, motivo Local."
    assert shown("CP-1 connector 2, Sat 21 Nov 10:34 to Sat 21 Nov 11:34.") == \
        "CP-1 conector 2, de Sat 21 Nov 10:34 a Sat 21 Nov 11:34."  # services/reservations.py
    assert shown("Something new from a later version") == "Something new from a later version"
    i18n.install("en")
    assert shown("Charger CP-N offline") == "Charger CP-N offline"


@pytest.mark.parametrize(("lang", "ok", "cancel", "yes", "copy"), [
    ("th", "ตกลง", "ยกเลิก", "ใช่(&Y)", "คัดลอก(&C)"),  # ours: Qt ships no Thai
    ("pt_BR", "OK", "Cancelar", "&Sim", "&Copiar"),  # Qt's qtbase_pt_BR
])
def test_qts_own_buttons_and_menus_speak_the_language(qtbot, fresh_qm, lang, ok, cancel, yes,  # type: ignore[no-untyped-def]
                                                      copy) -> None:
    """The standard buttons of every dialog (OK, Cancel, Yes) and a field's context menu
    are Qt's strings, not ours: in Thai they stayed English until qt_th.ts."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    assert i18n.install(lang) == lang
    sb = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(sb.Ok | sb.Cancel | sb.Yes)
    qtbot.addWidget(box)
    assert (box.button(sb.Ok).text(), box.button(sb.Cancel).text(),
            box.button(sb.Yes).text()) == (ok, cancel, yes)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert any(a.text().split("\t")[0] == copy for a in menu.actions())
