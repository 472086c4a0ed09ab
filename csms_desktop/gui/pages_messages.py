"""Messages page: the OCPP message log with filters, live follow and a linked detail pane.

- Filters: charge point, action, direction, kind, period.
- Live follow: new frames arrive through the bridge's ``messages_logged`` and are fetched
  incrementally. Following pauses by itself while a row is selected or the table is
  scrolled away from the newest row; the "Pause live follow" button pauses it for good.
  Esc clears the selection and goes back to the newest rows.
- Detail: the selected frame pretty-printed, and its request/answer (same message id,
  same charger, opposite direction) beside it, highlighted in the table when loaded.
- Export of the filtered view as CSV or JSON lines, off the GUI thread, cancellable.

Keyboard: Ctrl+F charge point filter, F5 reload, Ctrl+E export, Ctrl+P pause/follow,
Ctrl+G go to the linked request/answer, Esc back to live.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from itertools import pairwise
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDateTime, QItemSelection, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.export_job import ExportJob, ask_export_path, start_export
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.messages import COL_TIME, MessagesModel
from csms_desktop.gui.pages_transactions import site_tz
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import MessageFilter, MessageRow

PERIODS: tuple[tuple[str, timedelta | None], ...] = (
    ("All time", None),
    ("Last 15 minutes", timedelta(minutes=15)),
    ("Last hour", timedelta(hours=1)),
    ("Last 24 hours", timedelta(days=1)),
    ("Last 7 days", timedelta(days=7)),
    ("Custom range", None),
)
ANY = "Any"
"""The "no filter" choice's key; shown as tr("Any")."""


def period_title(name: str) -> str:
    return {"All time": tr("All time"), "Last 15 minutes": tr("Last 15 minutes"),
            "Last hour": tr("Last hour"), "Last 24 hours": tr("Last 24 hours"),
            "Last 7 days": tr("Last 7 days"), "Custom range": tr("Custom range")}.get(name, name)


def _mono() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class MessagesPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded_once = False
        self._hidden_new = 0  # frames logged while the page was hidden
        self.export_job: ExportJob | None = None
        self.pending_new = 0
        self.linked: MessageRow | None = None
        self.selected: MessageRow | None = None
        self._link_request = 0
        self.model = MessagesModel(lambda: site_tz(self.ctx), parent=self)

        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<h2>" + tr("OCPP messages") + "</h2>"))
        filters = QHBoxLayout()
        self.charger = self._combo("charger", editable=True)
        self.action = self._combo("action", editable=True)
        self.direction = self._combo("direction")
        self.direction.addItem(tr("Any"), None)
        self.direction.addItem(tr("Charger → CSMS (inbound)"), "INBOUND")
        self.direction.addItem(tr("CSMS → charger (outbound)"), "OUTBOUND")
        self.kind = self._combo("kind")
        self.kind.addItem(tr("Any"), None)
        for k in ("CALL", "CALLRESULT", "CALLERROR"):
            self.kind.addItem(k, k)
        self.period = self._combo("period")
        for name, _ in PERIODS:
            self.period.addItem(period_title(name), name)
        self.period.setCurrentIndex(self.period.findData("Last 24 hours"))
        self.time_from = QDateTimeEdit()
        self.time_to = QDateTimeEdit()
        for edit, name in ((self.time_from, "time_from"), (self.time_to, "time_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(fmt.qt_date_format(time=True))
            edit.setEnabled(False)
        self._set_custom_range(timedelta(hours=1))
        for label, w in ((tr("Charge point"), self.charger), (tr("Action"), self.action),
                         (tr("Direction"), self.direction), (tr("Kind"), self.kind),
                         (tr("Period"), self.period), (tr("From"), self.time_from),
                         (tr("To"), self.time_to)):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            filters.addWidget(lbl)
            filters.addWidget(w)
        filters.addStretch(1)
        lay.addLayout(filters)

        bar = QHBoxLayout()
        self.pause_button = QPushButton(tr("Pause live follow"))
        self.pause_button.setObjectName("pause")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(tr("Stop adding new messages at the top (Ctrl+P)"))
        self.follow_label = QLabel("")
        self.follow_label.setObjectName("follow_label")
        self.live_button = QPushButton(tr("Back to live"))
        self.live_button.setToolTip(tr("Clear the selection and show the newest messages (Esc)"))
        self.reset_button = QPushButton(tr("Reset filters"))
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(
            tr("Export the filtered messages as CSV or JSON lines (Ctrl+E)"))
        bar.addWidget(self.pause_button)
        bar.addWidget(self.live_button)
        bar.addWidget(self.follow_label, 1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("messages_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((175, 100, 80, 95, 170, 110, 100)):
            self.table.setColumnWidth(col, width)

        detail = QWidget()
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.detail_title = QLabel(tr("Select a message to see its payload."))
        self.detail_title.setObjectName("detail_title")
        self.detail_text = QPlainTextEdit()
        self.detail_text.setObjectName("detail_text")
        self.linked_title = QLabel("")
        self.linked_title.setObjectName("linked_title")
        self.linked_text = QPlainTextEdit()
        self.linked_text.setObjectName("linked_text")
        for t in (self.detail_text, self.linked_text):
            t.setReadOnly(True)
            t.setFont(_mono())
            t.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.goto_button = QPushButton(tr("Go to answer"))
        self.goto_button.setObjectName("goto")
        self.goto_button.setEnabled(False)
        self.goto_button.setToolTip(tr("Select the linked request/answer in the table (Ctrl+G)"))
        left.addWidget(self.detail_title)
        left.addWidget(self.detail_text, 1)
        head = QHBoxLayout()
        head.addWidget(self.linked_title, 1)
        head.addWidget(self.goto_button)
        right.addLayout(head)
        right.addWidget(self.linked_text, 1)
        dl.addLayout(left, 1)
        dl.addLayout(right, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 300])
        for title in (self.detail_title, self.linked_title):
            # long headers wrap instead of widening the window
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(split, 1)
        self.status_label = QLabel("")
        self.status_label.setObjectName("status_label")
        lay.addWidget(self.status_label)

        # wiring
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.apply_filters)
        for combo in (self.direction, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for combo in (self.charger, self.action):
            combo.activated.connect(lambda _i: self.apply_filters())
            line = combo.lineEdit()
            if line is not None:
                line.returnPressed.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._period_changed)
        for w in (self.time_from, self.time_to):
            w.dateTimeChanged.connect(lambda _d: self._debounce.start())
        self.pause_button.toggled.connect(self._pause_toggled)
        self.live_button.clicked.connect(self.back_to_live)
        self.reset_button.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(lambda: self.export())
        self.goto_button.clicked.connect(self.goto_linked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._follow_changed())
        self.model.page_loaded.connect(lambda _n: self._show_status())
        self.model.newer_added.connect(self._newer_added)
        self.model.failed.connect(self.status_label.setText)
        self.model.modelReset.connect(self._model_reset)
        ctx.bridge.messages_logged.connect(self.on_messages_logged)

        for seq, fn in (("Ctrl+F", self.charger.setFocus), ("F5", self.reload),
                        ("Ctrl+E", lambda: self.export()),
                        ("Ctrl+P", self.pause_button.toggle), ("Ctrl+G", self.goto_linked),
                        ("Esc", self.back_to_live)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
        order = [self.charger, self.action, self.direction, self.kind, self.period,
                 self.time_from, self.time_to, self.pause_button, self.live_button,
                 self.reset_button, self.export_button, self.table, self.detail_text,
                 self.goto_button, self.linked_text]
        for a, b in pairwise(order):
            self.setTabOrder(a, b)
        self._show_follow()

    def _combo(self, name: str, editable: bool = False) -> QComboBox:
        c = QComboBox()
        c.setObjectName(name)
        c.setEditable(editable)
        if editable:
            c.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            c.setMinimumContentsLength(14)
        return c

    # ------------------------------------------------------------------ loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self._hidden_new:
            count, self._hidden_new = self._hidden_new, 0
            self.on_messages_logged(count)

    def ensure_loaded(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.load_choices()
            self.apply_filters()

    def reload(self) -> None:
        self.load_choices()
        self.apply_filters(force=True)

    def on_site_changed(self, site: str | None) -> None:
        """The window's site selector: the messages of its chargers (``current_filter``)."""
        if self._loaded_once:
            self.load_choices()
            self.apply_filters(force=True)

    def load_choices(self) -> None:
        site = self.ctx.extras.get("site")

        def work() -> tuple[list[str], list[str]]:
            return hq.message_charge_points(site), hq.message_actions()
        offthread.submit(work, owner=self, on_done=lambda res: self._set_choices(*res))

    def _set_choices(self, chargers: list[str], actions: list[str]) -> None:
        for combo, values in ((self.charger, chargers), (self.action, actions)):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("Any"))
            combo.addItems(values)
            combo.setCurrentText(text or tr("Any"))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ filters
    def _set_custom_range(self, span: timedelta) -> None:
        now = datetime.now(site_tz(self.ctx) or UTC).replace(tzinfo=None, second=0,
                                                             microsecond=0)
        for edit, value in ((self.time_from, now - span), (self.time_to, now + timedelta(
                minutes=1))):
            edit.blockSignals(True)
            edit.setDateTime(QDateTime(value.year, value.month, value.day, value.hour,
                                       value.minute, 0))
            edit.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period_key() == "Custom range"
        self.time_from.setEnabled(custom)
        self.time_to.setEnabled(custom)
        if self._loaded_once:
            self.apply_filters()

    @staticmethod
    def _text(combo: QComboBox) -> str | None:
        t = combo.currentText().strip()
        return None if not t or t in (ANY, tr("Any")) else t

    def period_key(self) -> str:
        """The chosen period (a key of PERIODS, whatever the language shows)."""
        return str(self.period.currentData() or "All time")

    def current_filter(self) -> MessageFilter:
        name = self.period_key()
        time_from = time_to = None
        if name == "Custom range":
            # the edits show the site's wall-clock time, like the table
            tz = site_tz(self.ctx) or UTC
            time_from = cast(datetime, self.time_from.dateTime().toPython()).replace(
                tzinfo=tz).astimezone(UTC)
            time_to = cast(datetime, self.time_to.dateTime().toPython()).replace(
                tzinfo=tz).astimezone(UTC)
        else:
            span = dict(PERIODS).get(name)
            if span is not None:
                time_from = datetime.now(UTC) - span
        return MessageFilter(charge_point_id=self._text(self.charger),
                             action=self._text(self.action),
                             direction=self.direction.currentData(),
                             kind=self.kind.currentData(), time_from=time_from,
                             time_to=time_to, site=self.ctx.extras.get("site"))

    def apply_filters(self, force: bool = False) -> None:
        self._debounce.stop()
        self._loaded_once = True
        self.pending_new = 0
        self.model.set_filter(self.current_filter())

    def reset_filters(self) -> None:
        widgets = (self.charger, self.action, self.direction, self.kind, self.period)
        for w in widgets:
            w.blockSignals(True)
        self.charger.setCurrentText(tr("Any"))
        self.action.setCurrentText(tr("Any"))
        self.direction.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.period.setCurrentIndex(self.period.findData("All time"))
        for w in widgets:
            w.blockSignals(False)
        self._period_changed()
        self.apply_filters()

    # ------------------------------------------------------------------ live follow
    def auto_paused_reason(self) -> str | None:
        if self.table.selectionModel().hasSelection():
            return tr("a row is selected")
        if self.table.verticalScrollBar().value() > 0:
            return tr("scrolled away from the newest")
        return None

    def is_following(self) -> bool:
        return not self.pause_button.isChecked() and self.auto_paused_reason() is None

    def on_messages_logged(self, count: int) -> None:
        if not self._loaded_once:
            return
        if not self.isVisible():  # hidden: read what is newer when shown
            self._hidden_new += count
            return
        if self.is_following():
            self.model.poll_newer()
        else:
            self.pending_new += count
            self._show_follow()

    def _follow_changed(self) -> None:
        if self.is_following() and self.pending_new:
            self.pending_new = 0
            self.model.poll_newer()
        self._show_follow()

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(tr("Resume live follow") if paused
                                  else tr("Pause live follow"))
        self._follow_changed()

    def back_to_live(self) -> None:
        self.table.clearSelection()
        self.table.scrollToTop()
        if self.pause_button.isChecked():
            self.pause_button.setChecked(False)
        self._follow_changed()

    def _newer_added(self, n: int) -> None:
        self._show_status()

    def _show_follow(self) -> None:
        if self.pause_button.isChecked():
            text = tr("Live follow paused")
        else:
            reason = self.auto_paused_reason()
            text = (tr("Live follow paused: {reason}").format(reason=reason) if reason
                    else tr("Following live"))
        if self.pending_new == 1:
            text = tr("{state} · 1 new message").format(state=text)
        elif self.pending_new:
            text = tr("{state} · {count} new messages").format(
                state=text, count=fmt.integer(self.pending_new))
        self.follow_label.setText(text)
        self.live_button.setEnabled(not self.is_following())

    def _show_status(self) -> None:
        n = self.model.rowCount()
        if self.model.canFetchMore():
            text = tr("{count} messages shown; scroll down for older.")
        else:
            text = tr("{count} messages shown.")
        self.status_label.setText(text.format(count=fmt.integer(n)))

    def _model_reset(self) -> None:
        self._clear_detail()

    # ------------------------------------------------------------------ detail
    def _clear_detail(self) -> None:
        self.selected = self.linked = None
        self.detail_title.setText(tr("Select a message to see its payload."))
        self.detail_text.clear()
        self.linked_title.setText("")
        self.linked_text.clear()
        self.goto_button.setEnabled(False)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._follow_changed()
        if not rows:
            self.model.set_highlight(None)
            self._clear_detail()
            return
        row = self.model.row_at(rows[0].row())
        if row is None:
            return
        self.show_detail(row)

    @staticmethod
    def describe(r: MessageRow, tz: tzinfo | None) -> str:
        arrow = tr("charger → CSMS") if r.direction == "INBOUND" else tr("CSMS → charger")
        err = f" · {r.error_code}" if r.error_code else ""
        return (f"<b>{r.kind}</b> {r.action} · {r.charge_point_id} · {arrow} · "
                + tr("id {id}").format(id=r.message_id)
                + f"{err} · {fmt.date_time_ms(r.timestamp)}")

    def show_detail(self, row: MessageRow) -> None:
        self.selected = row
        self.linked = None
        tz = site_tz(self.ctx)
        self.detail_title.setText(self.describe(row, tz))
        self.detail_text.setPlainText(row.pretty_payload())
        self.linked_title.setText(tr("Looking for the answer…") if row.is_call
                                  else tr("Looking for the request…"))
        self.linked_text.clear()
        self.goto_button.setText(tr("Go to answer") if row.is_call else tr("Go to request"))
        self.goto_button.setEnabled(False)
        self.model.set_highlight(None)
        self._link_request += 1
        req = self._link_request
        offthread.submit(hq.find_linked_message, row, owner=self,
                         on_done=lambda linked: self._show_linked(req, row, linked))

    def _show_linked(self, req: int, row: MessageRow, linked: MessageRow | None) -> None:
        if req != self._link_request:
            return
        self.linked = linked
        if linked is None:
            self.linked_title.setText(tr("No answer in the log (yet)") if row.is_call
                                      else tr("No request in the log"))
            self.linked_text.clear()
            self.goto_button.setEnabled(False)
            return
        delta = abs((linked.timestamp - row.timestamp).total_seconds()) * 1000
        text = (tr("The answer: {message} · {ms} ms later") if row.is_call
                else tr("The request: {message} · {ms} ms before"))
        self.linked_title.setText(text.format(message=self.describe(linked, site_tz(self.ctx)),
                                              ms=fmt.integer(round(delta))))
        self.linked_text.setPlainText(linked.pretty_payload())
        loaded = self.model.row_of(linked.id) >= 0
        self.goto_button.setEnabled(loaded)
        if row.is_call:
            tip = (tr("Select the answer in the table (Ctrl+G)") if loaded else
                   tr("The answer is not in the current view (filters or not loaded)"))
        else:
            tip = (tr("Select the request in the table (Ctrl+G)") if loaded else
                   tr("The request is not in the current view (filters or not loaded)"))
        self.goto_button.setToolTip(tip)
        self.model.set_highlight(linked.id if loaded else None)

    def goto_linked(self) -> None:
        if self.linked is None:
            return
        row = self.model.row_of(self.linked.id)
        if row < 0:
            return
        index = self.model.index(row, COL_TIME)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    # ------------------------------------------------------------------ export
    def export(self, path: Path | str | None = None, fmt: str | None = None) -> ExportJob | None:
        if self.export_job is not None and self.export_job.running:
            return None
        if path is None:
            chosen, selected = ask_export_path(
                self, tr("Export messages"), "ocpp-messages",
                tr("CSV files (*.csv)") + ";;" + tr("JSON lines (*.jsonl)"))
            if not chosen:
                return None
            path = chosen
            if fmt is None:
                fmt = "jsonl" if "jsonl" in selected or chosen.endswith(".jsonl") else "csv"
        target = Path(path)
        fmt = fmt or ("jsonl" if target.suffix == ".jsonl" else "csv")
        flt = self.model.filter
        tz = site_tz(self.ctx)
        chosen_fmt = fmt

        def work(progress: Any, cancel: Any) -> int | None:
            return hq.export_messages(flt, target, chosen_fmt, progress, cancel, tz)

        self.export_job = start_export(self, tr("Export messages"), target, work,
                                       tr("Exported {count} messages to {path}"),
                                       self.status_label)
        return self.export_job


def create(ctx: Any) -> QWidget:
    return MessagesPage(ctx)

