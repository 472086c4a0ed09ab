"""Transactions page: filters, exact totals, a paged table sorted by the database, CSV export.

Keyboard: Ctrl+F focuses the driver/tag search, F5 reloads, Ctrl+E exports the filtered set.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.gui import fmt, offthread, tariffs21
from csms_desktop.gui.export_job import ExportJob, ask_export_path, start_export
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.transactions import TransactionsModel
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import TransactionFilter, TransactionTotals

PERIODS = ("All time", "Today", "Yesterday", "Last 7 days", "Last 30 days", "This month",
           "Last month", "Custom range")
"""The period filter's keys (the combo's item data); shown by :func:`period_title`."""


def period_title(period: str) -> str:
    return {"All time": tr("All time"), "Today": tr("Today"), "Yesterday": tr("Yesterday"),
            "Last 7 days": tr("Last 7 days"), "Last 30 days": tr("Last 30 days"),
            "This month": tr("This month"), "Last month": tr("Last month"),
            "Custom range": tr("Custom range")}.get(period, period)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def site_tz(ctx: Any) -> tzinfo | None:
    try:
        return zoneinfo.ZoneInfo(ctx.runtime.services.settings.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, AttributeError):
        return None


def period_range(period: str, today: date, custom: tuple[date, date] | None = None
                 ) -> tuple[date | None, date | None]:
    """Local dates [first, last] (inclusive) for a period name; (None, None) for all time."""
    if period == "Today":
        return today, today
    if period == "Yesterday":
        y = today - timedelta(days=1)
        return y, y
    if period == "Last 7 days":
        return today - timedelta(days=6), today
    if period == "Last 30 days":
        return today - timedelta(days=29), today
    if period == "This month":
        return today.replace(day=1), today
    if period == "Last month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period == "Custom range" and custom is not None:
        return custom
    return None, None


def local_day_start(d: date, tz: tzinfo | None) -> datetime:
    from datetime import UTC

    return datetime.combine(d, time.min, tzinfo=tz or UTC)


class TransactionsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded_once = False
        self.export_job: ExportJob | None = None
        self.model = TransactionsModel(lambda: site_tz(self.ctx),
                                       lambda: self.ctx.runtime.services.settings.currency,
                                       parent=self)

        lay = QVBoxLayout(self)
        title = QLabel("<h2>" + tr("Transactions") + "</h2>")
        lay.addWidget(title)

        row1 = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("period")
        for p in PERIODS:
            self.period.addItem(period_title(p), p)
        self.period.setCurrentIndex(PERIODS.index("Last 30 days"))
        self.date_from = QDateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("date_to")
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat(fmt.qt_date_format())
            d.setDate(_qdate(fmt.today()))
        self.date_from.setDate(_qdate(fmt.today() - timedelta(days=29)))
        self.charger = QComboBox()
        self.charger.setObjectName("charger")
        self.charger.setMinimumContentsLength(14)
        self.client = QComboBox()
        self.client.setObjectName("client")
        self.client.setMinimumContentsLength(16)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(tr("Any status"), None)
        for s in TransactionStatus:
            self.status.addItem(fmt.label(s.value), s.value)
        self.driver = QLineEdit()
        self.driver.setObjectName("driver")
        self.driver.setPlaceholderText(tr("Driver, phone or tag…  (Ctrl+F)"))
        self.driver.setClearButtonEnabled(True)
        self.reset_button = QPushButton(tr("Reset filters"))
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(tr("Export every transaction of the filtered set (Ctrl+E)"))
        self.prices_button = QPushButton(tr("Station &prices (2.1)…"))
        self.prices_button.setObjectName("station_prices")
        self.prices_button.setToolTip(tr("The OCPP 2.1 stations' own prices beside ours, for "
                                         "the selected transactions' stations"))
        self.prices_button.clicked.connect(self.open_station_prices)
        for label, w in ((tr("Period"), self.period), (tr("From"), self.date_from),
                         (tr("To"), self.date_to)):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            row1.addWidget(lbl)
            row1.addWidget(w)
        row1.addSpacing(12)
        for label, w in ((tr("Charge point"), self.charger), (tr("Client"), self.client),
                         (tr("Status"), self.status)):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            row1.addWidget(lbl)
            row1.addWidget(w)
        row1.addStretch(1)
        lay.addLayout(row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.driver, 1)
        row2.addWidget(self.reset_button)
        row2.addWidget(self.export_button)
        row2.addWidget(self.prices_button)
        lay.addLayout(row2)

        self.totals_label = QLabel("")
        self.totals_label.setObjectName("totals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.totals_label)

        self.table = QTableView()
        self.table.setObjectName("transactions_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 130, 110, 50, 150, 100, 170, 100, 110, 90, 110)):
            self.table.setColumnWidth(col, width)
        lay.addWidget(self.table, 1)
        self.status_label = QLabel("")
        self.status_label.setObjectName("status_label")
        lay.addWidget(self.status_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filters)
        self._live_ids: set[str] = set()
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(1000)
        self._live_timer.timeout.connect(self._flush_live)

        self.period.currentIndexChanged.connect(self._period_changed)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda _d: self._debounce.start())
        for combo in (self.charger, self.client, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.driver.textChanged.connect(lambda _t: self._debounce.start())
        self.driver.returnPressed.connect(self.apply_filters)
        self.reset_button.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.model.totals_changed.connect(self._show_totals)
        self.model.page_loaded.connect(lambda _n: self._show_loaded())
        self.model.loading.connect(lambda _b: self._show_loaded())
        self.model.failed.connect(self.status_label.setText)
        ctx.bridge.transaction_started.connect(self._on_live)
        ctx.bridge.transaction_ended.connect(self._on_live)

        for seq, fn in (("Ctrl+F", self.driver.setFocus), ("F5", self.reload),
                        ("Ctrl+E", lambda: self.export_csv())):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
        self.setTabOrder(self.period, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.charger)
        self.setTabOrder(self.charger, self.client)
        self.setTabOrder(self.client, self.status)
        self.setTabOrder(self.status, self.driver)
        self.setTabOrder(self.driver, self.reset_button)
        self.setTabOrder(self.reset_button, self.export_button)
        self.setTabOrder(self.export_button, self.prices_button)
        self.setTabOrder(self.prices_button, self.table)
        self._period_changed()

    # ------------------------------------------------------------------ loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self._live_ids and not self._live_timer.isActive():
            self._live_timer.start()

    def ensure_loaded(self) -> None:
        """Load now even if the page was never shown (tests, screenshots)."""
        if not self._loaded_once:
            self._loaded_once = True
            self.load_choices()
            self.apply_filters()

    def reload(self) -> None:
        self.load_choices()
        self.model.reload()

    def on_site_changed(self, site: str | None) -> None:
        """The window's site selector: its transactions only (``current_filter``)."""
        if self._loaded_once:
            self.load_choices()
            self.apply_filters()

    def load_choices(self) -> None:
        site = self.ctx.extras.get("site")

        def work() -> tuple[list[hq.Choice], list[hq.Choice]]:
            return hq.charge_point_choices(site), hq.client_choices()
        offthread.submit(work, owner=self, on_done=lambda res: self._set_choices(*res))

    def _set_choices(self, chargers: list[hq.Choice], clients: list[hq.Choice]) -> None:
        for combo, choices, any_label in ((self.charger, chargers, tr("All charge points")),
                                          (self.client, clients, tr("All clients"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_label, None)
            for c in choices:
                combo.addItem(c.label, c.value)
            i = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
            if current is not None and i < 0:
                self.apply_filters()

    # ------------------------------------------------------------------ filters
    def _period_changed(self) -> None:
        custom = self.period_key() == "Custom range"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            today = datetime.now(site_tz(self.ctx)).date()
            first, last = period_range(self.period_key(), today)
            for w, d in ((self.date_from, first), (self.date_to, last)):
                if d is not None:
                    w.blockSignals(True)
                    w.setDate(QDate(d.year, d.month, d.day))
                    w.blockSignals(False)
        if self._loaded_once:
            self.apply_filters()

    def period_key(self) -> str:
        """The chosen period (a key of PERIODS, whatever the language shows)."""
        return str(self.period.currentData() or "All time")

    def current_filter(self) -> TransactionFilter:
        tz = site_tz(self.ctx)
        today = datetime.now(tz).date()
        custom = (self.date_from.date().toPython(), self.date_to.date().toPython())
        first, last = period_range(self.period_key(), today, custom)  # type: ignore[arg-type]
        start_from = local_day_start(first, tz) if first is not None else None
        start_to = local_day_start(last + timedelta(days=1), tz) if last is not None else None
        return TransactionFilter(
            start_from=start_from, start_to=start_to,
            charge_point_id=self.charger.currentData(), driver=self.driver.text().strip(),
            client_id=self.client.currentData(), status=self.status.currentData(),
            site=self.ctx.extras.get("site"),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self._loaded_once = True
        flt = self.current_filter()
        if flt != self.model.filter or not self.model.is_busy():
            self.model.set_filter(flt)

    def reset_filters(self) -> None:
        for w in (self.charger, self.client, self.status, self.period, self.driver):
            w.blockSignals(True)
        self.charger.setCurrentIndex(0)
        self.client.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.period.setCurrentIndex(PERIODS.index("All time"))
        self.driver.clear()
        for w in (self.charger, self.client, self.status, self.period, self.driver):
            w.blockSignals(False)
        self._period_changed()
        self.apply_filters()

    # ------------------------------------------------------------------ display
    def _show_totals(self, totals: TransactionTotals) -> None:
        currency = self.ctx.runtime.services.settings.currency
        cost = ", ".join(fmt.money(amount, cur or currency) for cur, amount in totals.costs)
        self.totals_label.setText(
            tr("<b>{count}</b> transactions &nbsp;·&nbsp; <b>{energy}</b> kWh &nbsp;·&nbsp; "
               "<b>{cost}</b>").format(count=fmt.integer(totals.count),
                                       energy=fmt.number(totals.energy_kwh, 3),
                                       cost=cost or fmt.money(0, currency)))
        self._show_loaded()

    def _show_loaded(self) -> None:
        n = self.model.rowCount()
        total = self.model.totals.count
        if self.model.is_busy():
            text = tr("Loading… ({shown} of {total} shown)").format(
                shown=fmt.integer(n), total=fmt.integer(total))
        elif self.model.canFetchMore():
            text = tr("{shown} of {total} shown; scroll down for more.").format(
                shown=fmt.integer(n), total=fmt.integer(total))
        else:
            text = tr("{shown} shown.").format(shown=fmt.integer(n))
        self.status_label.setText(text)

    # ------------------------------------------------------------------ live
    def _on_live(self, event: Any) -> None:
        tx = getattr(event, "transaction_id", None)
        if tx is None or not self._loaded_once:
            return
        self._live_ids.add(str(tx))
        # hidden: the ids wait, read when the page is shown (a hidden page does no work)
        if self.isVisible() and not self._live_timer.isActive():
            self._live_timer.start()

    def _flush_live(self) -> None:
        ids, self._live_ids = sorted(self._live_ids), set()
        self.model.refresh_live(ids)

    # ------------------------------------------------------------------ 2.1 prices
    def open_station_prices(self) -> None:
        """The 2.1 price comparison for the selected transactions' stations (else the
        charge point filter's, else every 2.1 station), the current transaction selected."""
        rows = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        chosen = [r for r in rows if r is not None]
        current = self.model.row_at(self.table.currentIndex().row()) if chosen else None
        charger = self.charger.currentData()
        ids = sorted({r.charge_point_id for r in chosen}) or ([charger] if charger else [])
        self.prices_dialog = tariffs21.open_prices(
            self.ctx, ids, self, current.transaction_id if current is not None else None)

    # ------------------------------------------------------------------ export
    def export_csv(self, path: Path | str | None = None) -> ExportJob | None:
        if self.export_job is not None and self.export_job.running:
            return None
        if path is None:
            path, _ = ask_export_path(self, tr("Export transactions"), "transactions",
                                      tr("CSV files (*.csv)"))
            if not path:
                return None
        target = Path(path)
        flt, sort = self.model.filter, self.model.sort_order
        tz = site_tz(self.ctx)
        currency = self.ctx.runtime.services.settings.currency

        def work(progress: Any, cancel: Any) -> int | None:
            return hq.export_transactions_csv(flt, sort, target, tz, progress, cancel, currency)

        self.export_job = start_export(self, tr("Export transactions"), target, work,
                                       tr("Exported {count} transactions to {path}"),
                                       self.status_label)
        return self.export_job


def create(ctx: Any) -> QWidget:
    return TransactionsPage(ctx)
