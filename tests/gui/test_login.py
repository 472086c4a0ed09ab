"""Sign-in: first start, login, role gates, idle lock, switch operator, tray, notifications."""

from __future__ import annotations

import time

import pytest
from live_helpers import answer_confirm
from PySide6.QtCore import Qt
from window_helpers import window_with

from csms_desktop.domain.enums import NotificationType, OperatorRole
from csms_desktop.gui.main_window import PAGES
from csms_desktop.gui.tray import CANCEL, KEEP, QUIT, TrayController
from csms_desktop.services import operators as ops
from csms_desktop.store.models import Notification, Operator

ATTENDANT_PAGES = ["Dashboard", "Charge points", "Transactions", "Drivers", "Reservations",
                   "Messages"]


@pytest.fixture(autouse=True)
def fast_bcrypt(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ops, "BCRYPT_ROUNDS", 4)


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    admin = ops.create_operator("admin", "Ada Admin", "admin-pass")
    att = ops.create_operator("somchai", "Somchai", "attend-pass", OperatorRole.ATTENDANT,
                              by=admin)
    man = ops.create_operator("maria", "Maria", "manage-pass", OperatorRole.MANAGER, by=admin)
    return admin, att, man


def shown(qtbot, win):  # type: ignore[no-untyped-def]
    qtbot.addWidget(win)
    win.show()
    return win


def sign_in(qtbot, win, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    panel = win.auth.login
    panel.username.setText(username)
    panel.password.setText(password)
    panel.submit()
    qtbot.waitUntil(lambda: panel.button.isEnabled() or not win.locked, timeout=3000)


def test_first_start_creates_the_administrator(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, login=True))
    assert win.locked and win.auth.showing_first_run
    assert win.outer.currentWidget() is win.auth
    form = win.auth.first_run
    form.username.setText("Ad min")
    form.password.setText("secret-one")
    form.confirm.setText("secret-two")
    form.submit()
    assert "letters, digits" in form.errors["username"].text()
    assert form.errors["confirm"].text() == "the two passwords differ"
    assert form.errors["password"].text() == ""
    assert not Operator.select().exists()
    form.username.setText("admin")
    form.name.setText("Ada Admin")
    form.confirm.setText("secret-one")
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: not win.locked, timeout=3000)
    row = Operator.get(Operator.username == "admin")
    assert row.role == OperatorRole.ADMIN and row.hash_password.startswith("$2b$")
    op = win.ctx.extras["operator"]
    assert op.username == "admin" and op.role == OperatorRole.ADMIN
    assert win.visible_pages() == list(PAGES)
    assert "Ada Admin" in win.operator_label.text()


def test_login_failure_then_success(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, login=True))
    assert win.locked and not win.auth.showing_first_run
    assert not win.show_page("Transactions")  # nothing while locked
    sign_in(qtbot, win, "maria", "wrong-pass")
    assert win.locked
    assert "Wrong username or password" in win.auth.login.message.text()
    assert win.ctx.extras["operator"] is None
    sign_in(qtbot, win, "nobody", "manage-pass")
    assert win.locked
    sign_in(qtbot, win, "maria", "manage-pass")
    assert not win.locked
    assert win.ctx.extras["operator"].username == "maria"
    assert win.visible_pages() == [p for p in PAGES]  # a manager sees Billing and Settings


def test_repeated_failures_slow_down(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, login=True))
    panel = win.auth.login
    for _ in range(3):
        panel.username.setText("maria")
        panel.password.setText("bad")
        panel.submit()
        qtbot.waitUntil(lambda: panel.failures > 0 and panel.password.text() == "",
                        timeout=3000)
    assert win.auth.login.failures == 3
    assert not win.auth.login.button.isEnabled()
    assert "Try again in 1 s" in win.auth.login.message.text()
    qtbot.waitUntil(win.auth.login.button.isEnabled, timeout=3000)


def test_attendant_sees_only_their_pages(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    _admin, att, _man = people
    win = shown(qtbot, window_with(runtime, operator=att))
    assert win.visible_pages() == ATTENDANT_PAGES
    for hidden in ("Billing", "Settings"):
        assert not win.show_page(hidden)
        assert win.current_page() != hidden
        assert not win.page_actions[hidden].isEnabled()  # Ctrl+6 / Ctrl+8 do nothing
    assert win.show_page("Messages") and win.current_page() == "Messages"
    with pytest.raises(PermissionError):
        ops.require(att, ops.Permission.SETTINGS)
    with pytest.raises(PermissionError):
        ops.require(att, ops.Permission.BILLING)


def test_page_shortcuts(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    _admin, att, _man = people
    win = shown(qtbot, window_with(runtime, operator=att))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    qtbot.keyClick(win, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "Messages"
    qtbot.keyClick(win, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "Messages"  # Settings is not for attendants
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == "Transactions"
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.locked


def test_idle_lock_and_unlock(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    _admin, _att, man = people
    runtime.services.apply_settings(idle_lock_minutes=2)
    win = shown(qtbot, window_with(runtime, operator=man))
    assert win.idle is not None
    assert not win.idle.check()  # input just now
    # input anywhere resets the clock
    win.idle.last_input = time.monotonic() - 200
    qtbot.mouseMove(win.nav)
    qtbot.keyClick(win.nav, Qt.Key.Key_Down)
    assert time.monotonic() - win.idle.last_input < 5
    win.idle.last_input = time.monotonic() - 119
    assert not win.idle.check() and not win.locked
    win.idle.last_input = time.monotonic() - 121
    assert win.idle.check()
    assert win.locked
    assert win.outer.currentWidget() is win.auth
    assert "2 minutes" in win.auth.login.note.text()
    assert win.auth.login.username.text() == "maria"
    assert not win.show_page("Dashboard")
    sign_in(qtbot, win, "maria", "manage-pass")
    assert not win.locked and win.ctx.extras["operator"].username == "maria"
    # 0 means never
    runtime.services.apply_settings(idle_lock_minutes=0)
    win.idle.last_input = time.monotonic() - 10**6
    assert not win.idle.check()


def test_switch_operator_without_closing(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    admin, _att, _man = people
    win = shown(qtbot, window_with(runtime, ("Settings",), operator=admin))
    changes = []
    win.operator_changed.connect(changes.append)
    win.show_page("Settings")
    assert win.pages["Settings"].operators.isVisibleTo(win.pages["Settings"])
    win.switch_operator()
    assert win.locked and win.auth.login.username.text() == ""
    assert "Ada Admin" in win.auth.login.note.text()
    sign_in(qtbot, win, "somchai", "attend-pass")
    assert not win.locked
    assert [c.username for c in changes] == ["somchai"]
    assert win.visible_pages() == ATTENDANT_PAGES
    assert win.current_page() == "Dashboard"  # Settings was left
    assert win.isVisible()


def test_lock_hides_other_windows(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    admin, _att, _man = people
    win = shown(qtbot, window_with(runtime, operator=admin))
    win.open_notifications()
    assert win.notifications_panel.isVisible()
    win.lock()
    assert not win.notifications_panel.isVisible()
    assert not win.notifications_action.isEnabled() and not win.bell.isVisible()


def test_ctrl_q_asks_even_on_the_lock_screen(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, operator=people[0]))
    closed: list[bool] = []
    win.closed.connect(lambda: closed.append(True))
    win.lock()
    assert win.locked
    win.quit_action.trigger()  # Ctrl+Q
    qtbot.wait(50)
    assert not closed and win.isVisible()  # nothing stopped without an answer
    from csms_desktop.gui.widgets.confirm import pending_box

    box = pending_box(win)
    assert box is not None and box.defaultButton().objectName() == "confirm_cancel"
    answer_confirm(qtbot, win, yes=False)
    assert not closed and win.locked
    win.quit_action.trigger()
    with qtbot.waitSignal(win.closed, timeout=1000):
        answer_confirm(qtbot, win)


def test_demo_operator_never_locks(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    """The demo's built-in operator is not stored: a lock could never be undone."""
    import argparse

    from csms_desktop.gui.application import access_for

    access = access_for(argparse.Namespace(smoke=False, command="demo"))
    win = shown(qtbot, window_with(runtime, **access))
    assert win.operator is not None and win.operator.username == "demo"
    win.lock()
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not win.locked and win.outer.currentWidget() is win.body
    assert not win.lock_action.isVisible() and win.idle is None
    win.show_page("Drivers")
    assert win.current_page() == "Drivers"


# ---------------------------------------------------------------- tray and close


def test_close_without_tray_quits(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, operator=people[0]))
    TrayController(win, lambda: 3, available=False)
    with qtbot.waitSignal(win.closed, timeout=1000):
        win.close()


def test_close_keeps_running_in_tray_then_quits(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, operator=people[0]))
    asked = []

    def ask(n):  # type: ignore[no-untyped-def]
        asked.append(n)
        return KEEP, False

    tray = TrayController(win, lambda: 2, available=True, ask=ask)
    closed = []
    win.closed.connect(lambda: closed.append(True))
    win.close()
    assert asked == [2]
    assert not win.isVisible() and tray.hidden_to_tray and not closed
    assert tray.last_message is not None and "2 chargers" in tray.last_message[1]
    tray.show_window()
    assert win.isVisible()
    tray.ask = None
    tray._ask = lambda n: (CANCEL, False)
    win.close()
    assert win.isVisible() and not closed
    tray.quit()  # the tray menu's Quit stops the server too: it asks first
    assert not closed and "stop the OCPP server" in answer_confirm(qtbot, win, yes=False)
    assert not closed and win.isVisible()
    with qtbot.waitSignal(win.closed, timeout=1000):
        tray.quit()
        answer_confirm(qtbot, win)
    tray.remove()


def test_remembered_choice(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, operator=people[0]))
    win.gui_settings().remove("tray/on_close")
    tray = TrayController(win, lambda: 0, available=True, ask=lambda n: (QUIT, True))
    with qtbot.waitSignal(win.closed, timeout=1000):
        win.close()
    assert win.gui_settings().value("tray/on_close") == QUIT
    win.gui_settings().remove("tray/on_close")
    tray.remove()


# ---------------------------------------------------------------- notifications


def test_bell_counts_and_tray_alerts(qtbot, runtime, people) -> None:  # type: ignore[no-untyped-def]
    win = shown(qtbot, window_with(runtime, operator=people[0]))
    messages = []
    win.notifications.tray_message = lambda t, m: messages.append((t, m))
    notifier = runtime.services.notifier
    qtbot.waitUntil(lambda: win.bell.count == 0, timeout=2000)
    notifier.notify(NotificationType.GENERAL, "New charger CP9 waits", "accept it")
    notifier.notify(NotificationType.SYSTEM_MAINTENANCE, "Charger CP1 offline", "closed")
    assert win.bell.count == 2 and win.bell.text() == "2"
    win.notifications.flush_now()
    assert messages == [("Charger CP1 offline", "closed")]  # faults/offline only
    for n in range(5):
        notifier.notify(NotificationType.SYSTEM_MAINTENANCE, f"Charger CP{n} offline", "x")
    win.notifications.flush_now()
    assert messages[-1][0] == "5 charger alerts"  # coalesced
    # the list: mark one, then all
    panel = win.notifications_panel
    win.open_notifications()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 7, timeout=3000)
    assert "7</b> unread" in panel.header.text()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.mark_selected()
    qtbot.waitUntil(lambda: win.bell.count == 6, timeout=3000)
    assert Notification.select().where(Notification.is_read == True).count() == 1  # noqa: E712
    panel.mark_all()
    qtbot.waitUntil(lambda: win.bell.count == 0, timeout=3000)
    assert Notification.select().where(Notification.is_read == False).count() == 0  # noqa: E712
    assert win.bell.text() == ""
