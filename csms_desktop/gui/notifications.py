"""Notifications: a bell with the unread count, the list with mark-as-read, tray alerts.

``NotificationCenter`` follows the bridge's ``notification`` signal: it counts unread
notifications and forwards faults and offline chargers (type SYSTEM_MAINTENANCE) to the
system tray as a balloon message, coalesced so that a network blip taking 40 chargers
offline is one message, not 40. ``NotificationBell`` is the button in the window's menu
bar corner; it opens ``NotificationsPanel`` (also Ctrl+Shift+N).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import NotificationType
from csms_desktop.gui import offthread
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.notifications import NotificationsModel, shown
from csms_desktop.gui.tray import bring_to_front
from csms_desktop.services import history_queries as hq
from csms_desktop.services.events import NotificationCreated

TRAY_TYPES = {NotificationType.SYSTEM_MAINTENANCE.value}
COALESCE_MS = 2000


def bell_icon(color: str = "#444444", size: int = 20) -> QIcon:
    """A bell drawn with QPainter (no icon files, crisp at any scale)."""
    pm = QPixmap(size * 2, size * 2)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(2, 2)
    s = size
    path = QPainterPath()
    path.moveTo(s * 0.2, s * 0.72)
    path.cubicTo(s * 0.28, s * 0.62, s * 0.26, s * 0.5, s * 0.27, s * 0.4)
    path.cubicTo(s * 0.29, s * 0.2, s * 0.4, s * 0.14, s * 0.5, s * 0.14)
    path.cubicTo(s * 0.6, s * 0.14, s * 0.71, s * 0.2, s * 0.73, s * 0.4)
    path.cubicTo(s * 0.74, s * 0.5, s * 0.72, s * 0.62, s * 0.8, s * 0.72)
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawPath(path)
    p.drawEllipse(QPointF(s * 0.5, s * 0.8), s * 0.08, s * 0.08)
    p.drawRoundedRect(QRectF(s * 0.46, s * 0.07, s * 0.08, s * 0.1), 1, 1)
    p.end()
    pm.setDevicePixelRatio(2)
    return QIcon(pm)


class NotificationCenter(QObject):
    """Unread count and tray alerts. ``tray_message(title, text)`` shows a balloon."""

    unread_changed = Signal(int)

    def __init__(self, bridge: Any, tray_message: Callable[[str, str], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unread = 0
        self.site: str | None = None  # the window's site filter (gui/site_filter.py)
        self.tray_message = tray_message
        self._queued: list[NotificationCreated] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush_tray)
        bridge.notification.connect(self.on_notification)

    def on_notification(self, event: NotificationCreated) -> None:
        if self.site is not None and event.charge_point_id is not None:
            self.refresh()  # is its charger in the site shown? the database knows
        else:
            self.unread += 1
            self.unread_changed.emit(self.unread)
        if event.type in TRAY_TYPES and self.tray_message is not None:
            self._queued.append(event)
            if not self._timer.isActive():
                self._timer.start()

    def _flush_tray(self) -> None:
        events, self._queued = self._queued, []
        if not events or self.tray_message is None:
            return
        if len(events) == 1:
            self.tray_message(shown(events[0].title), shown(events[0].message))
        else:
            names = ", ".join(shown(e.title) for e in events[:3])
            if len(events) > 3:
                text = tr("{names} and {count} more.").format(names=names, count=len(events) - 3)
            else:
                text = tr("{names}.").format(names=names)
            self.tray_message(tr("{count} charger alerts").format(count=len(events)), text)

    def flush_now(self) -> None:
        self._timer.stop()
        self._flush_tray()

    def set_site(self, site: str | None) -> None:
        self.site = site
        self.refresh()

    def refresh(self) -> None:
        offthread.submit(hq.unread_notifications, self.site, owner=self,
                         on_done=self._set_unread)

    def _set_unread(self, n: int) -> None:
        self.unread = n
        self.unread_changed.emit(n)

    def mark_read(self, ids: list[str] | None, then: Callable[[], None] | None = None) -> None:
        def done(_n: int) -> None:
            self.refresh()
            if then is not None:
                then()
        offthread.submit(hq.mark_notifications_read, ids, owner=self, on_done=done)


class NotificationBell(QToolButton):
    def __init__(self, center: NotificationCenter, open_panel: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bell")
        self.setIcon(bell_icon())
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.clicked.connect(open_panel)
        # room for three digits from the start: the menu bar lays its corner widget out
        # once, so a bell sized for no text showed "…" instead of its count
        self.setText("999")
        self.setMinimumSize(self.sizeHint())
        center.unread_changed.connect(self.set_count)
        self.set_count(center.unread)

    def set_count(self, n: int) -> None:
        self.count = n
        self.setText("" if not n else (str(n) if n < 1000 else "999+"))
        self.updateGeometry()
        self.setIcon(bell_icon("#c62828" if n else "#555555"))
        if n == 1:
            tip = tr("1 unread notification (Ctrl+Shift+N)")
        elif n:
            tip = tr("{count} unread notifications (Ctrl+Shift+N)").format(count=n)
        else:
            tip = tr("Notifications (Ctrl+Shift+N)")
        self.setToolTip(tip)
        self.setAccessibleName(tr("Notifications, {count} unread").format(count=n))


class NotificationsPanel(QDialog):
    """The list: newest first, unread in bold; mark the selected or all as read."""

    def __init__(self, center: NotificationCenter, tz: Any = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifications_panel")
        self.setWindowTitle(tr("Notifications"))
        self.resize(560, 520)
        self.center = center
        self.model = NotificationsModel(tz, self)
        lay = QVBoxLayout(self)
        self.header = QLabel("")
        lay.addWidget(self.header)
        self.view = QListView()
        self.view.setObjectName("notifications_list")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.mark_button = QPushButton(tr("Mark as &read"))
        self.mark_button.setObjectName("mark_read")
        self.mark_all_button = QPushButton(tr("Mark &all as read"))
        self.mark_all_button.setObjectName("mark_all")
        self.close_button = QPushButton(tr("Close"))
        row.addWidget(self.mark_button)
        row.addWidget(self.mark_all_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.mark_button.clicked.connect(self.mark_selected)
        self.mark_all_button.clicked.connect(self.mark_all)
        self.close_button.clicked.connect(self.close)
        sc = QShortcut(QKeySequence("Del"), self.view)
        sc.activated.connect(self.mark_selected)
        center.unread_changed.connect(self._count_changed)
        self.loaded = False

    def reload(self) -> None:
        offthread.submit(hq.recent_notifications, 300, self.center.site, owner=self,
                         on_done=self._loaded)

    def _loaded(self, rows: list[hq.NotificationRow]) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        self._update_header()
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _count_changed(self, _n: int) -> None:
        if self.isVisible():
            self.reload()

    def _update_header(self) -> None:
        n = len(self.model.unread_ids())
        self.header.setText(
            tr("<b>{unread}</b> unread of the latest {count}").format(
                unread=n, count=self.model.rowCount())
            if self.model.rowCount() else tr("No notifications yet."))
        self.mark_all_button.setEnabled(n > 0)

    def mark_selected(self) -> None:
        ids = [ix.data(Qt.ItemDataRole.UserRole).id
               for ix in self.view.selectionModel().selectedIndexes()]
        if not ids:
            return
        self.model.mark_read_local(set(ids))
        self._update_header()
        self.center.mark_read(ids)

    def mark_all(self) -> None:
        # with a site chosen, "all" is all of the list (that site's and site-wide ones)
        ids = None if self.center.site is None else list(self.model.unread_ids())
        self.model.mark_read_local(None)
        self._update_header()
        self.center.mark_read(ids)

    def open_panel(self) -> None:
        self.reload()
        self.show()
        bring_to_front(self)
        self.view.setFocus()
