"""The main window: navigation between pages, a live status bar, sign-in, clean shutdown.

Access control: with ``login=True`` the window starts on the sign-in screen (or, on the
very first start, the screen that creates the administrator); with ``operator=...`` it
starts signed in as that operator (tests). With neither, every page is open (``--smoke``).
The navigation shows only the pages the operator's role allows (``services.operators``),
the page shortcuts of hidden pages do nothing, and the window locks itself after
``idle_lock_minutes`` without keyboard or mouse input ("Lock", Ctrl+L; "Switch operator",
Ctrl+Shift+L). The signed-in operator is ``ctx.extras["operator"]`` (an ``OperatorInfo``).

Closing: ``close_handler`` (set by ``gui/tray.py``) may keep the app running in the tray;
``closed`` is emitted only when the window really closes, and ``application.main`` then
stops the server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from csms_desktop import __version__
from csms_desktop.gui import fmt
from csms_desktop.gui.bridge import Bridge
from csms_desktop.gui.i18n import tr
from csms_desktop.headless import Runtime
from csms_desktop.paths import data_dir
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import OperatorInfo

PAGES = (
    "Dashboard", "Charge points", "Transactions", "Drivers", "Reservations", "Billing",
    "Messages", "Settings", "Load", "Security",
)
"""The pages by their key (object names, settings, permissions); shown by :func:`page_title`."""


def page_title(name: str) -> str:
    """A page's name as the navigation shows it, in the interface's language."""
    titles = {
        "Dashboard": tr("Dashboard"), "Charge points": tr("Charge points"),
        "Transactions": tr("Transactions"), "Drivers": tr("Drivers"),
        "Reservations": tr("Reservations"), "Billing": tr("Billing"),
        "Messages": tr("Messages"), "Settings": tr("Settings"), "Load": tr("Load"),
        "Security": tr("Security"),
    }
    return titles.get(name, name)


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        label = QLabel(tr("<h2>{title}</h2><p>This page is being built.</p>").format(
            title=page_title(title)))
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(label)


class _Ctx:
    """Stand-in for ``pages.GuiContext`` when the window is built without one."""

    def __init__(self) -> None:
        self.extras: dict[str, Any] = {}
        self.window: Any = None


class IdleWatcher(QObject):
    """Notes the time of the last keyboard/mouse input anywhere in the application and
    emits ``idle`` once ``minutes()`` pass without any (0: never)."""

    idle = Signal()
    INPUT = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
    })

    def __init__(self, minutes: Callable[[], float], parent: QObject | None = None,
                 check_ms: int = 5000) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_input = time.monotonic()
        self.enabled = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self.last_input = time.monotonic()
        return False

    def touch(self) -> None:
        self.last_input = time.monotonic()

    def check(self, now: float | None = None) -> bool:
        if not self.enabled:
            return False
        try:
            limit = float(self.minutes())
        except (TypeError, ValueError):
            return False
        now = time.monotonic() if now is None else now
        if limit > 0 and now - self.last_input >= limit * 60:
            self.idle.emit()
            return True
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


_SP = QStyle.StandardPixmap
NAV_ICONS = {"Dashboard": _SP.SP_DesktopIcon, "Charge points": _SP.SP_DriveNetIcon,
             "Transactions": _SP.SP_FileDialogListView, "Drivers": _SP.SP_DirHomeIcon,
             "Reservations": _SP.SP_FileDialogContentsView, "Billing": _SP.SP_DialogSaveButton,
             "Messages": _SP.SP_MessageBoxInformation, "Settings": _SP.SP_FileDialogDetailedView,
             "Load": _SP.SP_ComputerIcon, "Security": _SP.SP_MessageBoxWarning}

PAGE_PERMISSIONS: dict[str, str] = {"Security": ops.Permission.SETTINGS}
"""Pages guarded by a permission of another name (the Security page is the managers' and
administrators', like Settings: services/operators.py has no permission of its own for it)."""


def page_shortcut(index: int) -> QKeySequence:
    """Ctrl+1 ... Ctrl+9 for the first nine pages, Ctrl+0 for the tenth."""
    return QKeySequence(f"Ctrl+{(index + 1) % 10}")


class MainWindow(QMainWindow):
    closed = Signal()
    operator_changed = Signal(object)  # OperatorInfo | None
    locked_changed = Signal(bool)

    def __init__(self, runtime: Runtime, bridge: Bridge,
                 page_factories: dict[str, Callable[[], QWidget]] | None = None,
                 ctx: Any = None, operator: OperatorInfo | None = None,
                 login: bool = False) -> None:
        super().__init__()
        self.runtime = runtime
        self.bridge = bridge
        self.ctx = ctx if ctx is not None else _Ctx()
        self.ctx.window = self
        self.ctx.extras["operator"] = operator
        self.access_control = login or operator is not None
        # a built-in operator (demo, --smoke) is not stored: nobody could sign in again, so
        # the window does not lock (no Ctrl+L, no idle lock)
        self.lockable = login or (operator is not None
                                  and ops.get_operator(operator.id) is not None)
        fmt.bind_site_zone(lambda: runtime.services.settings.time_zone)
        self.locked = False
        self.close_handler: Callable[[], bool] | None = None
        self._quitting = False
        self._hidden_windows: list[QWidget] = []
        fmt.bind_site_currency(lambda: runtime.services.settings.currency)
        self.setWindowTitle(tr("CSMS Desktop — {site}").format(
            site=runtime.services.settings.site_name))
        self.setObjectName("MainWindow")
        # the site every page shows (gui/site_filter.py): read before the pages are built
        from csms_desktop.gui.site_filter import SiteSelector, remembered_site
        from csms_desktop.services.sites import list_sites

        known = list_sites()
        self.ctx.extras["site"] = remembered_site(self.gui_settings(), known)

        self.body = QWidget()
        lay = QHBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.body)
        self.setCentralWidget(self.outer)

        self.pages: dict[str, QWidget] = {}
        self.page_actions: dict[str, QAction] = {}
        go_menu = self.menuBar().addMenu(tr("&Go"))
        self.go_menu = go_menu
        factories = page_factories or {}
        for i, name in enumerate(PAGES):
            page = factories[name]() if name in factories else PlaceholderPage(name)
            page.setObjectName(f"page_{name.replace(' ', '_').lower()}")
            self.pages[name] = page
            self.stack.addWidget(page)
            keys = page_shortcut(i)
            # the label is the page's name with an icon; the shortcut is a real one, shown
            # in the tooltip and in the Go menu (in the platform's own words), not typed in
            title = page_title(name)
            item = QListWidgetItem(self.style().standardIcon(NAV_ICONS[name]), title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(tr("{page} ({shortcut})").format(
                page=title, shortcut=keys.toString(QKeySequence.SequenceFormat.NativeText)))
            self.nav.addItem(item)
            action = QAction(title, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, n=name: self.show_page(n))
            go_menu.addAction(action)
            self.addAction(action)
            self.page_actions[name] = action
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        self.site_bar = QToolBar(tr("Site"))
        self.site_bar.setObjectName("site_bar")
        self.site_bar.setMovable(False)
        self.site_selector = SiteSelector(self.gui_settings(), self.ctx.extras["site"], known)
        self.site_bar.addWidget(self.site_selector)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.site_bar)
        self.site_selector.visibility_changed()
        self.site_selector.site_changed.connect(self.set_site)

        session = self.menuBar().addMenu(tr("&Session"))
        self.lock_action = QAction(tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock())
        self.switch_action = QAction(tr("&Switch operator…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.switch_operator)
        self.password_action = QAction(tr("Change &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.notifications_action = QAction(tr("&Notifications…"), self)
        self.notifications_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.notifications_action.triggered.connect(self.open_notifications)
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(lambda: self.quit_app())
        for a in (self.lock_action, self.switch_action, self.password_action):
            session.addAction(a)
            self.addAction(a)
            a.setVisible(self.lockable)
            a.setEnabled(self.lockable)
        session.addSeparator()
        session.addAction(self.notifications_action)
        session.addAction(self.quit_action)
        self.addAction(self.notifications_action)
        self.addAction(self.quit_action)
        from csms_desktop.gui.about import show_about

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.about_action = QAction(tr("&About CSMS Desktop"), self)
        self.about_action.triggered.connect(lambda: show_about(self))
        help_menu.addAction(self.about_action)

        from csms_desktop.gui.notifications import (
            NotificationBell,
            NotificationCenter,
            NotificationsPanel,
        )

        self.notifications = NotificationCenter(bridge, parent=self)
        self.bell = NotificationBell(self.notifications, self.open_notifications)
        self.menuBar().setCornerWidget(self.bell, Qt.Corner.TopRightCorner)
        self.notifications_panel = NotificationsPanel(self.notifications, self._site_tz, self)
        self.notifications.refresh()

        self.server_label = QLabel(tr("OCPP server: starting…"))
        self.server_label.setObjectName("server_label")
        self.count_label = QLabel(self._count_text(0))
        self.count_label.setObjectName("count_label")
        self.operator_label = QLabel("")
        self.operator_label.setObjectName("operator_label")
        # the one place the site's zone is written: every time on screen is in it
        self.zone_label = QLabel(fmt.zone_label())
        self.zone_label.setObjectName("zone_label")
        self.zone_label.setToolTip(tr("Times on every page are the site's time (Settings → Site)"))
        self._zone_timer = QTimer(self)  # a changed zone setting or a DST change shows
        self._zone_timer.timeout.connect(self.refresh_zone)
        self._zone_timer.start(30_000)
        self.statusBar().addWidget(self.server_label, 1)
        self.statusBar().addPermanentWidget(self.zone_label)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(QLabel(tr("v{version}").format(version=__version__)))
        bridge.server_started.connect(self._on_server_started)
        bridge.server_stopped.connect(lambda _e: self.server_label.setText(
            tr("OCPP server: stopped")))
        bridge.connected_count.connect(self._on_count)

        self.idle: IdleWatcher | None = None
        self.auth: Any = None
        if self.lockable:
            from csms_desktop.gui.login import AuthScreen

            self.auth = AuthScreen(runtime.services.settings.site_name)
            self.outer.addWidget(self.auth)
            self.auth.signed_in.connect(self._signed_in)
            self.idle = IdleWatcher(lambda: self.runtime.services.settings.idle_lock_minutes,
                                    self)
            self.idle.idle.connect(lambda: self.lock(self._idle_note()))
        self.operator: OperatorInfo | None = None
        self.nav.setCurrentRow(0)
        self._restore()
        if operator is not None:
            self.set_operator(operator)
        elif login:
            self.start_login()

    # ------------------------------------------------------------------ pages
    def _site_tz(self) -> Any:
        import zoneinfo

        try:
            return zoneinfo.ZoneInfo(self.runtime.services.settings.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    def allowed(self, name: str) -> bool:
        if not self.access_control:
            return True
        return ops.can(self.operator, PAGE_PERMISSIONS.get(name, name))

    def show_page(self, name: str) -> bool:
        if self.locked or not self.allowed(name):
            return False
        self.nav.setCurrentRow(PAGES.index(name))
        self.stack.setCurrentIndex(PAGES.index(name))
        return True

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self.allowed(PAGES[row]):
            self.stack.setCurrentIndex(row)

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def visible_pages(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())
                if not self.nav.item(i).isHidden()]

    def apply_permissions(self) -> None:
        for i, name in enumerate(PAGES):
            ok = self.allowed(name)
            self.nav.item(i).setHidden(not ok)
            self.page_actions[name].setEnabled(ok and not self.locked)
            self.page_actions[name].setVisible(ok)
        row = self.nav.currentRow()
        if 0 <= row < len(PAGES) and self.allowed(PAGES[row]):
            self.stack.setCurrentIndex(row)  # the nav may have moved while nobody was in
        else:
            first = next((n for n in PAGES if self.allowed(n)), None)
            if first is not None:
                self.nav.setCurrentRow(PAGES.index(first))
                self.stack.setCurrentIndex(PAGES.index(first))

    def set_site(self, site: str | None) -> None:
        """Show ``site`` (an id, None: every site) on every page."""
        self.ctx.extras["site"] = site
        if self.site_selector.site != site:
            self.site_selector.select(site)
        for page in self.pages.values():
            hook = getattr(page, "on_site_changed", None)
            if callable(hook):
                hook(site)
        self.notifications.set_site(site)

    def current_site(self) -> str | None:
        site: str | None = self.ctx.extras.get("site")
        return site

    # ------------------------------------------------------------------ operator
    def set_operator(self, op: OperatorInfo | None) -> None:
        self.operator = op
        self.ctx.extras["operator"] = op
        if op is not None:
            self.operator_label.setText(f"{op.display_name} · {fmt.role_label(op.role)}")
        else:
            self.operator_label.setText("")
        self.apply_permissions()
        for page in self.pages.values():
            hook = getattr(page, "on_operator_changed", None)
            if callable(hook):
                hook(op)
        self.operator_changed.emit(op)

    def start_login(self) -> None:
        """Show the first-start screen (no operator yet) or the sign-in screen."""
        self._set_locked(True)
        if ops.has_operators():
            self.auth.show_login(tr("Sign in"))
        else:
            self.auth.show_first_run()

    def _idle_note(self) -> str:
        m = self.runtime.services.settings.idle_lock_minutes
        if m == 1:
            return tr("Locked after 1 minute without activity.")
        return tr("Locked after {minutes} minutes without activity.").format(minutes=m)

    def lock(self, note: str = "") -> None:
        """Hide everything behind the sign-in screen; the same or another operator unlocks."""
        if not self.lockable or self.locked:
            return
        self._set_locked(True)
        who = self.operator.username if self.operator is not None else ""
        self.auth.show_login(tr("Locked"), note or tr("Sign in to continue."), who)

    def switch_operator(self) -> None:
        if not self.lockable:
            return
        if not self.locked:
            self._set_locked(True)
        current = self.operator.display_name if self.operator is not None else tr("nobody")
        self.auth.show_login(tr("Switch operator"),
                             tr("Signed in now: {operator}.").format(operator=current))

    def _set_locked(self, locked: bool) -> None:
        self.locked = locked
        if locked:
            self.notifications_panel.hide()
            self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                    if w is not self and w.isVisible() and w.isWindow()]
            for w in self._hidden_windows:
                w.hide()
            self.outer.setCurrentWidget(self.auth)
        else:
            self.outer.setCurrentWidget(self.body)
        for a in (*self.page_actions.values(), self.lock_action, self.password_action,
                  self.notifications_action):
            a.setEnabled(not locked)
        self.bell.setVisible(not locked)
        self.go_menu.menuAction().setVisible(not locked)
        if self.idle is not None:
            self.idle.enabled = not locked
            self.idle.touch()
        if not locked:
            self.apply_permissions()
        self.locked_changed.emit(locked)

    def _signed_in(self, op: OperatorInfo) -> None:
        same = self.operator is not None and self.operator.id == op.id
        windows, self._hidden_windows = self._hidden_windows, []
        self.set_operator(op)
        self._set_locked(False)
        for w in windows:
            if same:
                w.show()
            else:
                w.close()
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus()

    def change_password(self) -> None:
        if self.operator is None or self.locked:
            return
        from csms_desktop.gui.login import ChangePasswordDialog

        dlg = ChangePasswordDialog(self.operator, self)
        dlg.open()

    def open_notifications(self) -> None:
        if not self.locked:
            self.notifications_panel.open_panel()

    # ------------------------------------------------------------------ status bar
    def _on_server_started(self, event: object) -> None:
        host = getattr(event, "host", "?")
        port = getattr(event, "port", 0)
        self.server_label.setText(tr("OCPP server listening on {url}").format(
            url=f"ws://{host}:{port}/"))

    def refresh_zone(self) -> None:
        self.zone_label.setText(fmt.zone_label())

    @staticmethod
    def _count_text(n: int) -> str:
        if n == 1:
            return tr("1 charge point connected")
        return tr("{count} charge points connected").format(count=fmt.integer(n))

    def _on_count(self, n: int) -> None:
        self.count_label.setText(self._count_text(n))

    # ------------------------------------------------------------------ state and close
    @staticmethod
    def gui_settings() -> QSettings:
        """Window state lives in the data directory, next to the database."""
        return QSettings(str(data_dir() / "gui.ini"), QSettings.Format.IniFormat)

    def _restore(self) -> None:
        s = self.gui_settings()
        geometry = s.value("window/geometry")
        self.resize(1280, 800)
        if geometry is not None:
            self.restoreGeometry(geometry)
            if self.width() < 900 or self.height() < 600:
                self.resize(1280, 800)
        page = s.value("window/page")
        if isinstance(page, str) and page in PAGES:
            self.nav.setCurrentRow(PAGES.index(page))

    def quit_app(self, ask: bool = True) -> None:
        """Close for good (tray menu, Ctrl+Q): the server stops and every charger is
        dropped, so it asks first (Cancel is the default), also on the lock screen."""
        if not ask:
            self._quit_now()
            return
        from csms_desktop.gui.widgets.confirm import confirm, pending_box

        if pending_box(self) is not None:
            return
        n = len(self.runtime.services.chargers.connected)
        if n == 0:
            detail = tr("Chargers cannot connect until CSMS Desktop runs again.")
        elif n == 1:
            detail = tr("1 connected charger loses the connection until CSMS Desktop runs "
                        "again.")
        else:
            detail = tr("{count} connected chargers lose the connection until CSMS Desktop "
                        "runs again.").format(count=fmt.integer(n))
        if self.isHidden():  # from the tray: the box needs its window
            self.show()
        confirm(self, tr("Quit CSMS Desktop"), tr("Quit CSMS Desktop and stop the OCPP server?"),
                tr("Quit"), self._quit_now, detail)

    def _quit_now(self) -> None:
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.close_handler is not None and not self.close_handler():
            event.ignore()
            return
        s = self.gui_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/page", self.current_page())
        if self.idle is not None:
            self.idle.stop()
        self.notifications_panel.close()
        self.closed.emit()
        super().closeEvent(event)
