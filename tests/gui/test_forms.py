"""The Qt Designer forms of ``ui/``: each compiles, loads and holds the fields its Python class
uses; the classes take their layout from the form; a form follows the language."""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path

import pytest
from driver_live import drv_ctx  # noqa: F401 (fixture)
from PySide6.QtWidgets import QDialog, QGroupBox, QWidget

from csms_desktop.gui import forms

ROOT = Path(__file__).resolve().parents[2]
CLIENT_FIELDS = ("full_name", "street", "number", "complement", "neighborhood", "zip_code",
                 "city", "state", "tax_id", "state_registration", "email", "client_number")
SETTINGS_FIELDS = ("site_name", "legal_name", "site_address", "tax_id", "installation_number",
                   "time_zone", "currency", "site_capacity_kw", "ocpp_host", "ocpp_port",
                   "heartbeat_interval", "unknown_charger_policy", "security_profile",
                   "message_log_retention_days", "free_charging", "idle_lock_minutes",
                   "invoice_due_day", "language")

# form -> (top-level class, the object names the Python class and the tests use)
FIELDS: dict[str, tuple[type[QWidget], tuple[str, ...]]] = {
    "login": (QWidget, ("username", "password", "sign_in", "error_login", "login_title",
                        "login_note")),
    "first_run": (QWidget, ("username", "name", "password", "confirm", "create",
                            "error_username", "error_name", "error_password", "error_confirm",
                            "error_general")),
    "change_password": (QDialog, ("old", "password", "confirm", "buttons", "error_old",
                                  "error_password", "error_confirm")),
    "driver": (QGroupBox, ("driver_phone", "driver_name", "driver_email", "driver_status",
                           "driver_client", "driver_save", "driver_block", "driver_delete",
                           "error_phone", "error_name", "error_email", "error_status",
                           "error_client", "error_general")),
    "vehicle": (QWidget, ("vehicles_table", "vehicle_plate", "vehicle_make", "vehicle_model",
                          "vehicle_type", "vehicle_add", "vehicle_save", "vehicle_remove",
                          "error_license_plate", "error_make", "error_model", "error_type",
                          "error_general")),
    "tag": (QWidget, ("tags_table", "tag_value", "tag_present", "tag_status", "tag_expires",
                      "tag_expiry", "tag_parent", "tag_allowed", "tag_note", "tag_last_unknown",
                      "tag_add", "tag_save", "tag_remove", "tag_value_row", "tag_expiry_row",
                      "error_id_tag", "error_status", "error_expiry_date",
                      "error_parent_id_tag", "error_allowed_charge_points", "error_note",
                      "error_general")),
    "charger": (QWidget, ("edit_name", "edit_location", "edit_latitude", "edit_longitude",
                          "edit_max_power_kw", "edit_tolerant", "types_host", "save_button",
                          "revert_button", "password_state", "edit_password",
                          "set_password_button", "clear_password_button", "error_name",
                          "error_location", "error_latitude", "error_longitude",
                          "error_max_power_kw", "error_password")),
    "reservation": (QGroupBox, ("res_driver", "res_cp", "res_connector", "res_start", "res_end",
                                "res_tag", "res_create", "error_driver", "error_charge_point",
                                "error_connector", "error_start_time", "error_end_time",
                                "error_id_tag", "error_general")),
    "tariff": (QGroupBox, ("tariff_owner", "tariff_name", "tariff_currency", "tariff_price",
                           "tariff_windows", "tariff_windows_box", "tariff_add_window",
                           "tariff_remove_window", "tariff_session_fee", "tariff_idle_fee",
                           "tariff_grace", "tariff_tax", "tariff_incl_tax", "tariff_effective",
                           "tariff_add", "tariff_change", "tariff_delete", "error_client_id",
                           "error_windows", "error_effective_from", "error_general")),
    "client": (QGroupBox, ("client_country", "client_language", "client_save", "client_new",
                           "client_delete", "client_drivers", "error_country", "error_language",
                           "error_general",
                           *(f"client_{f}" for f in CLIENT_FIELDS),
                           *(f"error_{f}" for f in CLIENT_FIELDS))),
    "settings": (QWidget, (*SETTINGS_FIELDS, *(f"error_{f}" for f in SETTINGS_FIELDS),
                           "settings_status", "revert", "save", "restart_note", "language_note",
                           "body")),
}

# the forms issue 13 asks for, each a file in ui/
REQUIRED = ("login", "driver", "tag", "vehicle", "charger", "reservation", "tariff", "client",
            "settings")


def test_every_form_of_the_issue_is_a_designer_file() -> None:
    have = set(forms.names())
    assert set(REQUIRED) <= have, sorted(set(REQUIRED) - have)
    assert set(REQUIRED) <= set(FIELDS)  # each is checked below


def form_class(name: str) -> type:
    """The one ``Ui_<Form>`` class uic generated from ``ui/<name>.ui``."""
    module = importlib.import_module(f"csms_desktop.gui.forms.ui_{name}")
    classes = [v for k, v in vars(module).items() if k.startswith("Ui_") and isinstance(v, type)]
    assert len(classes) == 1, classes
    return classes[0]


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_form_loads_with_its_fields(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    top_class, names = FIELDS[name]
    host = top_class()
    qtbot.addWidget(host)
    ui = form_class(name)()
    ui.setupUi(host)
    assert type(ui).__name__.startswith("Ui_")
    assert host.layout() is not None  # the layout is the form's
    for obj in names:
        widget = getattr(ui, obj, None)
        assert isinstance(widget, QWidget), f"{name}.ui has no widget {obj!r}"
        assert widget.objectName() == obj
        assert host.isAncestorOf(widget)


def test_every_ui_file_is_compiled_by_scripts_forms(tmp_path: Path) -> None:
    """scripts/forms (bootstrap and build-linux run it) writes ui_<name>.py for each form."""
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "ui", work / "ui")
    (work / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "forms", work / "scripts" / "forms")
    (work / "csms_desktop" / "gui" / "forms").mkdir(parents=True)
    import subprocess

    env = dict(os.environ, VENV_BIN=str(ROOT / ".venv" / "bin"))
    out = subprocess.run([str(work / "scripts" / "forms")], env=env, capture_output=True,
                         text=True, check=True)
    built = sorted(p.name for p in (work / "csms_desktop" / "gui" / "forms").glob("ui_*.py"))
    assert built == sorted(f"ui_{n}.py" for n in forms.names())
    assert f"{len(built)} compiled" in out.stdout
    again = subprocess.run([str(work / "scripts" / "forms")], env=env, capture_output=True,
                           text=True, check=True)
    assert "0 compiled" in again.stdout  # up to date: nothing rebuilt
    for name in forms.names():  # the same module as forms.compile_form() writes
        shell = (work / "csms_desktop" / "gui" / "forms" / f"ui_{name}.py").read_text("utf-8")
        ours = forms.HEADER + forms.typed(subprocess.run(
            [str(ROOT / ".venv" / "bin" / "pyside6-uic"), str(ROOT / "ui" / f"{name}.ui")],
            capture_output=True, text=True, check=True).stdout)
        assert shell.replace(str(work / "ui"), "") == ours.replace(str(ROOT / "ui"), ""), name


def test_an_edited_form_is_compiled_again() -> None:
    """A .ui newer than its module (edited in Designer, scripts/forms not run) is compiled
    again when the forms package is imported (forms.build), so what loads is the .ui."""
    out = forms.module_path("login")
    forms.build()
    assert out.exists() and not forms.stale("login")
    past = (forms.ui_dir() / "login.ui").stat().st_mtime - 3600  # whenever the checkout was made
    os.utime(out, (past, past))  # the module now older than the .ui
    assert forms.stale("login")
    built = forms.build()
    assert built == [out]
    assert not forms.stale("login") and out.stat().st_mtime > past
    text = out.read_text(encoding="utf-8")
    assert text.startswith(forms.HEADER) and "class Ui_LoginForm" in text
    assert "def setupUi(self, login) -> None:" in text
    assert forms.build() == []  # up to date: nothing compiled


def test_the_classes_take_their_layout_from_the_forms(qtbot) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.domain.enums import OperatorRole
    from csms_desktop.gui.login import ChangePasswordDialog, FirstRunPanel, LoginPanel
    from csms_desktop.services.operators import OperatorInfo

    login = LoginPanel()
    qtbot.addWidget(login)
    assert type(login.ui).__name__ == "Ui_LoginForm"
    assert login.username is login.ui.username and login.button is login.ui.sign_in
    assert login.layout() is login.ui.lay
    first = FirstRunPanel()
    qtbot.addWidget(first)
    assert first.layout() is first.ui.lay and first.errors["confirm"] is first.ui.error_confirm
    op = OperatorInfo("1", "ada", "Ada", OperatorRole.ADMIN)
    dlg = ChangePasswordDialog(op)
    qtbot.addWidget(dlg)
    assert dlg.layout() is dlg.ui.lay and "ada" in dlg.ui.intro.text()
    assert dlg.windowTitle() == "Change password"


def test_the_driver_panels_take_their_layout_from_the_forms(qtbot, drv_ctx) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from csms_desktop.gui.pages_drivers import DriversPage

    page = DriversPage(drv_ctx)
    qtbot.addWidget(page)
    form = page.form
    assert form.layout() is form.ui.form and form.phone is form.ui.driver_phone
    assert page.vehicles.layout() is page.vehicles.ui.lay
    assert page.tags.layout() is page.tags.ui.lay
    assert page.tags.table is page.tags.ui.tags_table
    # the form's own error labels serve the service's messages
    form.errors.show({"phone_number": "a phone number has 9 to 15 digits"})
    assert form.ui.error_phone.text() == "a phone number has 9 to 15 digits"
    assert not form.ui.error_phone.isHidden()
    page.tags.errors.show({"id_tag": "enter the card's number", "whatever": "general"})
    assert page.tags.ui.error_id_tag.text() == "enter the card's number"
    assert page.tags.ui.error_general.text() == "general"


def test_the_other_forms_give_the_pages_their_layout(qtbot, drv_ctx, runtime) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from csms_desktop.gui.billing_clients import TEXT_FIELDS, ClientForm
    from csms_desktop.gui.chargers_edit import EditPanel
    from csms_desktop.gui.pages_reservations import ReservationForm
    from csms_desktop.gui.pages_settings import SettingsPage
    from csms_desktop.gui.widgets.outcome import OutcomeLine

    assert tuple(TEXT_FIELDS) == CLIENT_FIELDS
    res = ReservationForm()
    qtbot.addWidget(res)
    assert res.layout() is res.ui.form and res.create_btn is res.ui.res_create
    res.errors.show({"start_time": "the end must be after the start"})
    assert not res.ui.error_start_time.isHidden()
    edit = EditPanel(drv_ctx, OutcomeLine())
    qtbot.addWidget(edit)
    assert edit.widget().layout() is edit.ui.lay
    assert edit.fields["latitude"] is edit.ui.edit_latitude

    class Page:  # what the billing tabs ask of their page
        def settings(self):  # type: ignore[no-untyped-def]
            return runtime.services.settings

    client = ClientForm(Page())
    qtbot.addWidget(client)
    assert client.layout() is client.ui.outer and set(client.inputs) == set(CLIENT_FIELDS)
    settings = SettingsPage(drv_ctx)
    qtbot.addWidget(settings)
    assert settings.layout() is settings.ui.outer
    assert settings.widgets["language"] is settings.ui.language
    assert settings.ui.sections.indexOf(settings.backups) >= 0  # the sections below the form


def test_settings_language_picker_saves_the_language_setting(qtbot, runtime, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: the language is chosen in Settings (setting ``language``), for the next start."""
    from window_helpers import window_with

    from csms_desktop.gui import i18n
    from csms_desktop.gui.pages_settings import stored_language
    from csms_desktop.services import operators as ops
    from csms_desktop.store.models import Setting

    monkeypatch.setattr(ops, "BCRYPT_ROUNDS", 4)
    admin = ops.create_operator("admin", "Ada Admin", "password-1")
    win = window_with(runtime, ("Settings",), operator=admin)
    qtbot.addWidget(win)
    win.show()
    assert win.show_page("Settings")
    page = win.pages["Settings"]
    combo = page.language
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == ["", *i18n.LANGUAGES]  # the computer's, then each language
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(i18n.LANGUAGES.values())
    assert combo.currentData() == ""  # nothing stored: the computer's language
    combo.setCurrentIndex(combo.findData("th"))
    assert page.save()
    assert Setting.get(Setting.key == "language").value == "th"
    assert stored_language(runtime.services.settings) == "th"
    assert "next start" in page.status.text()
    combo.setCurrentIndex(combo.findData("pt_BR"))
    page.revert()  # back to what is stored
    assert combo.currentData() == "th"
    assert page.save() and page.status.text() == "Nothing changed."
    combo.setCurrentIndex(0)
    assert page.save()
    assert Setting.get(Setting.key == "language").value == ""


def _ts_entries(path: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation ('' when unfinished) of a .ts file."""
    import xml.etree.ElementTree as ET

    out: dict[tuple[str, str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            done = t is not None and t.get("type") != "unfinished" and (t.text or "").strip()
            key = (ctx.findtext("name") or "", m.findtext("source") or "",
                   m.findtext("comment") or "")
            out[key] = (t.text or "") if done else ""
    return out


# the Python modules whose strings this part translates (with the forms of ui/)
TRANSLATED_MODULES = ("login", "pages_drivers", "drivers_panels", "drivers_lists",
                      "chargers_edit", "pages_reservations", "billing_tariffs",
                      "billing_clients", "pages_settings")


@pytest.mark.parametrize("language", ["th", "pt_BR"])
def test_every_string_of_the_forms_is_translated(tmp_path: Path, language: str) -> None:
    """What lupdate reads from ui/*.ui and from the forms' modules is in
    resources/i18n/csms_<lang>.ts, translated: a new untranslated string fails here."""
    import subprocess

    fresh = tmp_path / "forms.ts"
    sources = [*sorted((ROOT / "ui").glob("*.ui")),
               *(ROOT / "csms_desktop" / "gui" / f"{m}.py" for m in TRANSLATED_MODULES)]
    subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lupdate"), "-locations", "none",
                    *map(str, sources), "-ts", str(fresh)], check=True, capture_output=True)
    wanted = _ts_entries(fresh)
    assert len(wanted) > 300  # every form's labels, buttons, tooltips, placeholders, messages
    have = _ts_entries(ROOT / "resources" / "i18n" / f"csms_{language}.ts")
    missing = [k for k in wanted if not have.get(k)]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_the_forms_speak_thai_and_portuguese(qtbot, tmp_path: Path, drv_ctx) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A translation installed before the widgets are built turns the forms' text (from the
    .ui, uic's retranslateUi) and the code's tr() text into that language."""
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from csms_desktop.gui.login import LoginPanel
    from csms_desktop.gui.pages_drivers import DriversPage

    app = QCoreApplication.instance()
    seen = {}
    for lang in ("th", "pt_BR"):
        qm = tmp_path / f"csms_{lang}.qm"
        subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), "-silent",
                        str(ROOT / "resources" / "i18n" / f"csms_{lang}.ts"), "-qm", str(qm)],
                       check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        app.installTranslator(translator)
        try:
            login = LoginPanel()
            page = DriversPage(drv_ctx)
            for w in (login, page):
                qtbot.addWidget(w)
            seen[lang] = (login.ui.label_username.text(), login.button.text(),
                          page.form.title(), page.form.ui.label_driver_phone.text(),
                          page.tags.add_btn.text(), page.count.text())
        finally:
            app.removeTranslator(translator)
    assert seen["th"] == ("ชื่อผู้ใช้ (&U)", "เข้าสู่ระบบ", "ผู้ขับขี่ใหม่", "โทรศัพท์", "เพิ่มบัตร",
                          "ผู้ขับขี่ 0 คน")
    assert seen["pt_BR"] == ("&Usuário", "Entrar", "Novo motorista", "Telefone",
                             "Adicionar tag", "0 motoristas")
    login = LoginPanel()  # no translation: English
    qtbot.addWidget(login)
    assert login.ui.label_username.text() == "&Username" and login.button.text() == "Sign in"


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not read f-strings: a tr() inside one is never offered for translation."""
    import ast

    hidden = []
    for m in TRANSLATED_MODULES:
        path = ROOT / "csms_desktop" / "gui" / f"{m}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                            and inner.func.id == "tr"):
                        hidden.append(f"{m}.py:{inner.lineno}")
    assert not hidden, hidden
