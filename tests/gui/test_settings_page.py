"""Settings page: validation beside each field, nothing saved on bad input, keyboard, admins'
operator section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_helpers import window_with

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.services import operators as ops
from csms_desktop.services.settings import load_settings


@pytest.fixture(autouse=True)
def fast_bcrypt(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ops, "BCRYPT_ROUNDS", 4)


@pytest.fixture
def admin(services):  # type: ignore[no-untyped-def]
    return ops.create_operator("admin", "Ada Admin", "password-1")


def make_window(qtbot, runtime, operator):  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Settings",), operator=operator)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)  # shortcuts need the active window
    assert win.show_page("Settings")
    page = win.pages["Settings"]
    return win, page


def test_bad_input_shows_errors_beside_fields_and_saves_nothing(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    _win, page = make_window(qtbot, runtime, admin)
    before = load_settings()
    page.time_zone.setCurrentText("Mars/Olympus_Mons")
    page.currency.setText("TH1")
    page.ocpp_port.setValue(0)
    page.heartbeat_interval.setValue(5)
    page.invoice_due_day.setValue(31)
    page.ocpp_host.setText("not a host!")
    page.site_name.setText("Changed name")
    assert page.save() is False
    assert "unknown time zone" in page.errors["time_zone"].text()
    assert "three-letter" in page.errors["currency"].text()
    assert "between 1 and 65535" in page.errors["ocpp_port"].text()
    assert "10 s" in page.errors["heartbeat_interval"].text()
    assert "day 1 to 28" in page.errors["invoice_due_day"].text()
    assert "IP address" in page.errors["ocpp_host"].text()
    assert page.errors["site_name"].text() == ""
    assert "6 fields" in page.status.text()
    # nothing persisted, nothing applied
    assert load_settings() == before
    assert runtime.services.settings == before
    # Esc reverts to the saved values and clears the messages
    page.revert()
    assert page.time_zone.currentText() == before.time_zone
    assert page.errors["time_zone"].text() == ""
    assert page.site_name.text() == before.site_name


def test_valid_changes_are_saved_and_applied(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    win, page = make_window(qtbot, runtime, admin)
    page.site_name.setText("Depot Norte")
    page.time_zone.setCurrentText("America/Sao_Paulo")
    page.currency.setText("brl")
    page.idle_lock_minutes.setValue(5)
    page.ocpp_port.setValue(9100)
    page.free_charging.setChecked(True)
    page.unknown_charger_policy.setCurrentIndex(
        page.unknown_charger_policy.findData("reject"))
    assert page.save() is True
    saved = load_settings()
    assert saved.site_name == "Depot Norte" and saved.time_zone == "America/Sao_Paulo"
    assert saved.currency == "BRL" and saved.idle_lock_minutes == 5
    assert saved.ocpp_port == 9100 and saved.free_charging is True
    assert saved.unknown_charger_policy == "reject"
    services = runtime.services
    assert services.settings == saved
    assert services.chargers.settings == saved and services.authorizer.free_charging is True
    assert "next start" in page.status.text()
    assert win.windowTitle().endswith("Depot Norte")
    assert win.zone_label.text().startswith("America/Sao_Paulo (UTC-03:00)")  # at once


def test_enter_saves_and_esc_reverts_by_keyboard(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    _win, page = make_window(qtbot, runtime, admin)
    page.site_name.setFocus()
    page.site_name.selectAll()
    qtbot.keyClicks(page.site_name, "Keyboard Site")
    qtbot.keyClick(page.site_name, Qt.Key.Key_Escape)
    assert page.site_name.text() == runtime.services.settings.site_name
    page.site_name.setFocus()
    page.site_name.selectAll()
    qtbot.keyClicks(page.site_name, "Keyboard Site")
    qtbot.keyClick(page.currency, Qt.Key.Key_Return)
    assert load_settings().site_name == "Keyboard Site"
    # a bad value by keyboard: Enter refuses and focuses the field
    page.currency.setFocus()
    page.currency.selectAll()
    qtbot.keyClicks(page.currency, "X")
    qtbot.keyClick(page.currency, Qt.Key.Key_Return)
    assert page.errors["currency"].text()
    assert load_settings().currency == "THB"


def test_tab_order_walks_the_form(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    _win, page = make_window(qtbot, runtime, admin)

    def field(w):  # type: ignore[no-untyped-def]
        while w is not None and w.objectName() not in page.widgets and w is not page:
            w = w.parentWidget()
        return w.objectName() if w is not None and w is not page else None

    names: list[str] = []
    w = page.site_name
    for _ in range(200):
        name = field(w)
        if (name and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                and (not names or names[-1] != name)):
            names.append(name)
        w = w.nextInFocusChain()
        if len(names) == len(page.FIELDS):
            break
    assert names == list(page.FIELDS), names


def test_manager_cannot_manage_operators(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    manager = ops.create_operator("boss", "", "password-2", OperatorRole.MANAGER, by=admin)
    _win, page = make_window(qtbot, runtime, manager)
    assert not page.operators.isVisibleTo(page)
    page.site_name.setText("By the manager")
    assert page.save() is True


def test_admin_creates_deactivates_and_resets(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    _win, page = make_window(qtbot, runtime, admin)
    section = page.operators
    assert section.isVisibleTo(page)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=3000)
    dlg = section.new_operator()
    dlg.username.setText("x")
    dlg.password.setText("short")
    dlg.confirm.setText("other")
    dlg.submit()
    assert dlg.errors["username"].text() and dlg.errors["password"].text()
    assert dlg.errors["confirm"].text() == "the two passwords differ"
    dlg.username.setText("somchai")
    dlg.name.setText("Somchai")
    dlg.role.setCurrentIndex(dlg.role.findData("ATTENDANT"))
    dlg.password.setText("long-enough")
    dlg.confirm.setText("long-enough")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        dlg.submit()
    qtbot.waitUntil(lambda: section.table.rowCount() == 2, timeout=3000)
    assert ops.authenticate("somchai", "long-enough") is not None
    section.table.selectRow([o.username for o in section.rows].index("somchai"))
    section.toggle_active()
    qtbot.waitUntil(lambda: "deactivated" in section.message.text(), timeout=3000)
    assert ops.authenticate("somchai", "long-enough") is None
    qtbot.waitUntil(lambda: any(not o.active for o in section.rows), timeout=3000)
    section.table.selectRow([o.username for o in section.rows].index("somchai"))
    assert section.toggle_button.text() == "Reacti&vate"
    section.toggle_active()
    qtbot.waitUntil(lambda: "reactivated" in section.message.text(), timeout=3000)
    section.table.selectRow([o.username for o in section.rows].index("somchai"))
    dlg = section.reset_password()
    dlg.password.setText("brand-new-pw")
    dlg.confirm.setText("brand-new-pw")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        dlg.submit()
    assert ops.authenticate("somchai", "brand-new-pw") is not None
    # an admin cannot deactivate themselves: the message comes from the service
    section.table.selectRow([o.username for o in section.rows].index("admin"))
    section.toggle_active()
    qtbot.waitUntil(lambda: "own account" in section.message.text(), timeout=3000)


def test_seller_legal_name_and_tax_id(qtbot, runtime, admin) -> None:  # type: ignore[no-untyped-def]
    """Issue 13, item 10: the seller block printed on invoices comes from these settings."""
    from csms_desktop.services.billing.documents import site_block

    _win, page = make_window(qtbot, runtime, admin)
    page.legal_name.setText("Green Transport Co., Ltd.")
    page.tax_id.setText("")
    assert page.save() is True
    runtime.services.apply_settings(default_country="BR")
    page.load(runtime.services.settings)
    page.tax_id.setText("12.345.678/0001-00")  # wrong check digits
    assert page.save() is False
    assert "CNPJ" in page.errors["tax_id"].text()
    assert load_settings().tax_id == ""
    page.tax_id.setText("11.222.333/0001-81")
    assert page.save() is True
    saved = load_settings()
    assert (saved.legal_name, saved.tax_id) == ("Green Transport Co., Ltd.", "11.222.333/0001-81")
    block = site_block(saved, "BRL")
    assert block["name"] == "Green Transport Co., Ltd." and block["tax_id"] == "11222333000181"
