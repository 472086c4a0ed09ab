"""Billing (managers): Invoices, Run, Clients, Tariffs.

* Invoices: filter by month, client and paid/unpaid; the selected invoice is drawn in the
  page (``billing_preview``: pdftoppm pages, no QtPdf needed), printed, saved, marked paid
  or corrected (a new invoice that replaces it).
* Run: the month's invoice run with a progress bar and Cancel, each client's result, and
  the manager's monthly report. The work runs on a worker thread (``gui.offthread``):
  ``services.billing.run_month``, the same function the command line calls.
* Clients and Tariffs: ``billing_clients`` and ``billing_tariffs`` (over services.billing).

Every action passes the signed-in operator (``ctx.extras["operator"]``) to the services,
which refuse it unless the role may bill. Unpaid invoices past their due date raise one
PAYMENT_REQUIRED notification each (checked a few seconds after start, then hourly).
"""

from __future__ import annotations

import logging
import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.messages import message_of
from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.billing_clients import ClientsTab, named, selected, table
from csms_desktop.gui.billing_preview import (
    PRINT_DPI,
    PdfPreview,
    Rendered,
    choose_printer,
    open_external,
    paint_pages,
    rasterise,
)
from csms_desktop.gui.billing_tariffs import TariffsTab
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.invoices import InvoicesModel, RunResultsModel, money
from csms_desktop.gui.widgets.confirm import confirm
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.paths import data_dir
from csms_desktop.reports.billing import render_invoice_document, render_report
from csms_desktop.services import billing
from csms_desktop.services.billing import ClientResult, InvoiceView, RunResult
from csms_desktop.services.settings import SiteSettings

log = logging.getLogger(__name__)

OVERDUE_CHECK_MS = 60 * 60 * 1000
UNDO_MS = 60_000  # how long "Undo mark paid" is offered
STATUS_FILTERS = (("All", None), ("Unpaid", False), ("Paid", True), ("Overdue", "overdue"))
"""The invoice status filter: (label, value); labels shown by :func:`status_filter_title`."""


def status_filter_title(label: str) -> str:
    return {"All": tr("All"), "Unpaid": tr("Unpaid"), "Paid": tr("Paid"),
            "Overdue": tr("Overdue")}.get(label, label)


def run_summary(result: RunResult) -> str:
    """What a billing run did, in the interface's language, money by the one formatter."""
    total: dict[str, Decimal] = {}
    for r in result.results:
        if r.status == "ISSUED" and r.amount_due is not None and r.currency:
            total[r.currency] = total.get(r.currency, Decimal(0)) + r.amount_due
    amount = ", ".join(fmt.money(v, k) for k, v in sorted(total.items())) or tr("nothing")
    text = tr("{period}: {issued} issued ({amount}), {skipped} skipped, {failed} failed").format(
        period=result.period, issued=result.count("ISSUED"), amount=amount,
        skipped=result.count("SKIPPED"), failed=result.failed)
    if result.canceled:
        text = tr("{summary} - canceled before the end").format(summary=text)
    return text


def default_out_dir() -> Path:
    return data_dir() / "invoices"


def render_job(invoice_id: str, settings: SiteSettings, dpi: int | None = None) -> Rendered:
    """Worker: the stored invoice drawn to a PDF and its pages to PNGs."""
    doc = billing.invoice_document(invoice_id, settings)
    data = render_invoice_document(doc)
    name = f"invoice_{doc['invoice_number']}.pdf".replace("/", "_")
    return rasterise(data, name, dpi) if dpi else rasterise(data, name)


class InvoicesTab(QWidget):
    def __init__(self, page: BillingPage) -> None:
        super().__init__()
        self.page = page
        self.model = InvoicesModel(page.settings().time_zone, self)
        self.view = table(self.model, "invoices_table")
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest number first
        self.month = named(QComboBox(), "invoices_month")
        self.client = named(QComboBox(), "invoices_client")
        self.status = named(QComboBox(), "invoices_status")
        for label, value in STATUS_FILTERS:
            self.status.addItem(status_filter_title(label), value)
        for combo in (self.month, self.client, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.reload)
        self.client.setMinimumContentsLength(18)
        self.count = named(QLabel(), "invoices_count")
        bar = QHBoxLayout()
        for label, w in ((tr("Month"), self.month), (tr("Client"), self.client),
                         (tr("Status"), self.status)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.details = named(QLabel(), "invoice_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = OutcomeLine()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(bar)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.details)
        lv.addWidget(self.outcome)
        self.preview = PdfPreview()
        self.paid_btn = named(QPushButton(tr("Mark paid")), "invoice_paid")
        self.paid_btn.clicked.connect(self.ask_mark_paid)
        self.undo_btn = named(QPushButton(tr("Undo mark paid")), "invoice_undo_paid")
        self.undo_btn.clicked.connect(self.undo_paid)
        self.undo_btn.hide()
        self._undo_id: str | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._undo_expired)
        self.correct_btn = named(QPushButton(tr("Correct…")), "invoice_correct")
        self.correct_btn.setToolTip(tr("Issue a new invoice for this client and month from the "
                                       "data as it is now; this one is canceled and referenced"))
        self.correct_btn.clicked.connect(self.correct)
        self.print_btn = named(QPushButton(tr("Print…")), "invoice_print")
        self.print_btn.clicked.connect(self.print_invoice)
        self.save_btn = named(QPushButton(tr("Save PDF…")), "invoice_save")
        self.save_btn.clicked.connect(self.save_pdf)
        self.open_btn = named(QPushButton(tr("Open in viewer")), "invoice_open")
        self.open_btn.clicked.connect(self.open_pdf)
        tools = QHBoxLayout()
        for b in (self.paid_btn, self.undo_btn, self.correct_btn, self.print_btn, self.save_btn,
                  self.open_btn):
            tools.addWidget(b)
        tools.addStretch(1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(tools)
        rv.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setSizes([760, 620])
        QVBoxLayout(self).addWidget(split)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._request = 0
        self.current: InvoiceView | None = None
        self._enable(None)

    # ------------------------------------------------------------------ lists
    def fill_filters(self) -> None:
        months = sorted({v.period for v in billing.list_invoices() if v.period}, reverse=True)
        self._refill(self.month, [(tr("All months"), None)] + [(m, m) for m in months])
        self._refill(self.client, [(tr("All clients"), None)] +
                     [(f"{c.client_number} – {c.full_name}", c.id)
                      for c in billing.list_clients()])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        flt = self.status.currentData()
        rows = billing.list_invoices(self.month.currentData(), self.client.currentData(),
                                     flt if isinstance(flt, bool) else None,
                                     today=self.page.today())
        if flt == "overdue":
            rows = [v for v in rows if v.overdue]
        self.model.tz = self.page.settings().time_zone
        self.model.set_rows(rows)
        total: dict[str, Any] = {}
        for v in rows:
            if v.status != "CANCELED":
                total[v.currency] = total.get(v.currency, 0) + v.amount_due
        sums = " · ".join(money(a, c) for c, a in sorted(total.items()))
        n = len(rows)
        count = tr("1 invoice") if n == 1 else tr("{count} invoices").format(
            count=fmt.integer(n))
        self.count.setText(tr("{count} · total {sums}").format(count=count, sums=sums)
                           if sums else count)
        if keep and self.model.position(keep) is not None:
            self.select(keep)
        else:
            self.current = None
            self._enable(None)
            self.preview.message(tr("Select an invoice to see it here."))
            self.details.clear()

    def select(self, invoice_id: str) -> None:
        pos = self.model.position(invoice_id)
        if pos is None:
            return
        index = self.view.model().mapFromSource(self.model.index(pos, 0))  # type: ignore[attr-defined]
        self.view.selectRow(index.row())

    def _enable(self, v: InvoiceView | None) -> None:
        issued = v is not None and v.status == "ISSUED"
        self.paid_btn.setEnabled(issued)
        self.correct_btn.setEnabled(issued and not v.imported if v else False)
        for b in (self.print_btn, self.save_btn, self.open_btn):
            b.setEnabled(v is not None)

    def _selected(self) -> None:
        v = selected(self.view, self.model)
        if v is None or (self.current is not None and v == self.current
                         and self.preview.rendered is not None):
            return
        self.current = v
        self._enable(v)
        lines = [tr("{client} (client {number}) · {month} · {amount} due {due}").format(
            client=v.client_name, number=v.client_number, month=v.reference_month,
            amount=money(v.amount_due, v.currency), due=fmt.date_only(v.due_date))]
        if v.corrects:
            lines.append(tr("Replaces invoice {number}.").format(number=v.corrects))
        if v.corrected_by:
            lines.append(tr("Canceled: replaced by invoice {number}.").format(
                number=v.corrected_by))
        if v.imported:
            lines.append(tr("Imported document: printed from its stored lines."))
        self.details.setText("\n".join(lines))
        self._request += 1
        ticket = self._request
        self.preview.message(tr("Drawing the invoice…"))
        settings = self.page.settings()
        offthread.submit(render_job, v.id, settings, owner=self,
                         on_done=lambda r: self._rendered(ticket, r),
                         on_error=lambda e: self._render_failed(ticket, e))

    def _rendered(self, ticket: int, rendered: Rendered) -> None:
        if ticket == self._request:
            self.preview.show_rendered(rendered)

    def _render_failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._request:
            self.preview.message(tr("This invoice cannot be drawn: {error}").format(error=exc))

    # ------------------------------------------------------------------ actions
    def ask_mark_paid(self) -> None:
        v = self.current
        if v is None:
            return
        confirm(self, tr("Mark paid"),
                tr("Mark invoice {number} of {client} as paid?").format(
                    number=v.invoice_number or v.reference_month, client=v.client_name),
                tr("Mark paid"), self.mark_paid,
                tr("This cannot be undone from the application."))

    def mark_paid(self) -> None:
        v = self.current
        if v is None:
            return
        try:
            billing.mark_paid(self.page.operator(), v.id)
        except billing.BillingError as exc:
            self.outcome.message(message_of(exc), ok=False)
            return
        self.outcome.message(tr("Invoice {number} marked paid.").format(
            number=v.invoice_number or v.reference_month))
        self._undo_id = v.id  # cheap to undo for a while: a payment on the wrong invoice
        self.undo_btn.show()
        self._undo_timer.start()
        self.current = None
        self.reload()
        self.select(v.id)

    def undo_paid(self) -> None:
        inv_id, self._undo_id = self._undo_id, None
        self.undo_btn.hide()
        if inv_id is None:
            return
        try:
            inv = billing.mark_unpaid(self.page.operator(), inv_id)
        except billing.BillingError as exc:
            self.outcome.message(message_of(exc), ok=False)
            return
        self.outcome.message(tr("Invoice {number} is unpaid again.").format(
            number=inv.invoice_number or inv.reference_month))
        self.current = None
        self.reload()
        self.select(inv_id)

    def _undo_expired(self) -> None:
        self._undo_id = None
        self.undo_btn.hide()

    def correct(self) -> None:
        v = self.current
        if v is None:
            return
        reason, ok = QInputDialog.getText(
            self, tr("Correct invoice"),
            tr("Issue a new invoice for {client}, {month}, from the data as it is now.\n"
               "Invoice {number} will be canceled.\n\nReason:").format(
                client=v.client_name, month=v.reference_month, number=v.invoice_number))
        if not ok:
            return
        op, settings, out = self.page.operator(), self.page.settings(), self.page.out_dir()

        def work() -> Any:
            return billing.correct_invoice(op, v.id, settings, out_dir=out,
                                           render=render_invoice_document, reason=reason)
        self.outcome.message(tr("Issuing the corrected invoice…"))
        offthread.submit(work, owner=self, on_done=self._corrected,
                         on_error=lambda e: self.outcome.message(str(e), ok=False))

    def _corrected(self, inv: Any) -> None:
        old = self.current.invoice_number if self.current else None
        if old:
            text = tr("Invoice {number} issued; it replaces {old}.").format(
                number=inv.invoice_number, old=old)
        else:
            text = tr("Invoice {number} issued; it replaces the old one.").format(
                number=inv.invoice_number)
        self.outcome.message(text)
        self.page.invoices_changed()
        self.current = None
        self.reload()
        self.select(inv.id)

    def default_path(self, file_name: str) -> Path:
        """Where "Save PDF…" starts: the invoices' PDF folder, not the home folder."""
        return Path(self.page.out_dir()) / file_name

    def save_pdf(self, path: str | None = None) -> None:
        v = self.current
        if v is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save invoice"),
                                                  str(self.default_path(v.file_name)),
                                                  tr("PDF (*.pdf)"))
        if not path:
            return
        settings = self.page.settings()
        offthread.submit(billing.save_pdf, v.id, path, settings, render_invoice_document,
                         owner=self, on_done=lambda p: self.outcome.message(
                             tr("Saved {path}").format(path=p)),
                         on_error=lambda e: self.outcome.message(str(e), ok=False))

    def open_pdf(self) -> None:
        r = self.preview.rendered
        if r is None:
            self.outcome.message(tr("The invoice is not drawn yet."), ok=False)
        elif not open_external(r.pdf):
            # no PDF handler: say where the file is, so it can be opened by hand
            self.outcome.message(
                tr("No PDF viewer could open the invoice. The file is {path}").format(
                    path=r.pdf), ok=False)

    def print_invoice(self) -> None:
        v = self.current
        if v is None:
            return
        printer = choose_printer(self, self.default_path(v.file_name))
        if printer is None:
            return
        settings = self.page.settings()

        def printed(r: Rendered) -> None:
            if not r.pages:
                self.outcome.message(r.note or tr("Nothing to print."), ok=False)
                return
            n = paint_pages(printer, r.pages)
            where = printer.printerName() or tr("the printer")
            if n == 1:
                text = tr("Sent 1 page to {printer}.").format(printer=where)
            else:
                text = tr("Sent {count} pages to {printer}.").format(count=n, printer=where)
            self.outcome.message(text)
        offthread.submit(render_job, v.id, settings, PRINT_DPI, owner=self, on_done=printed,
                         on_error=lambda e: self.outcome.message(str(e), ok=False))


class RunTab(QWidget):
    def __init__(self, page: BillingPage) -> None:
        super().__init__()
        self.page = page
        self.month = named(QDateEdit(), "run_month")
        self.month.setDisplayFormat(fmt.qt_month_format())
        self.month.setCalendarPopup(True)
        last = page.today().replace(day=1) - timedelta(days=1)
        self.month.setDate(QDate(last.year, last.month, 1))
        self.out = named(QLineEdit(str(default_out_dir())), "run_out")
        browse = named(QPushButton(tr("Browse…")), "run_browse")
        browse.clicked.connect(self._browse)
        self.run_btn = named(QPushButton(tr("Issue invoices")), "run_start")
        self.run_btn.setDefault(True)
        self.run_btn.clicked.connect(self.ask_start)
        self.cancel_btn = named(QPushButton(tr("Cancel")), "run_cancel")
        self.cancel_btn.setEnabled(False)
        self.cancel_btn.clicked.connect(self.cancel)
        self.report_btn = named(QPushButton(tr("Monthly report PDF…")), "run_report")
        self.report_btn.clicked.connect(self.report)
        self.progress = named(QProgressBar(), "run_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")  # "%v / %m clients" once a run starts
        self.state = named(QLabel(tr("Invoices are issued once per client and month; running "
                                     "again skips clients already invoiced.")), "run_state")
        self.state.setWordWrap(True)
        self.results = RunResultsModel(self)
        self.view = table(self.results, "run_results")
        self.summary = named(QLabel(), "run_summary")
        self.summary.setWordWrap(True)
        self.outcome = OutcomeLine()
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(tr("Reference month")))
        row1.addWidget(self.month)
        row1.addSpacing(16)
        row1.addWidget(QLabel(tr("PDF folder")))
        row1.addWidget(self.out, 1)
        row1.addWidget(browse)
        row2 = QHBoxLayout()
        row2.addWidget(self.run_btn)
        row2.addWidget(self.cancel_btn)
        row2.addWidget(self.progress, 1)
        row2.addWidget(self.report_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.state)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.outcome)
        self._cancel: threading.Event | None = None
        self.last: RunResult | None = None

    def period(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Folder for the invoice PDFs"),
                                                self.out.text())
        if path:
            self.out.setText(path)

    def running(self) -> bool:
        return self._cancel is not None

    def unfinished(self) -> bool:
        """The chosen month has not ended yet at the site."""
        d, today = self.month.date(), self.page.today()
        return (d.year(), d.month()) >= (today.year, today.month)

    def ask_start(self) -> None:
        """Issue, after a warning when the month is not over (its invoices would miss the
        sessions still to come, and a month is invoiced once per client)."""
        if self.running():
            return
        if not self.unfinished():
            self.start()
            return
        confirm(self, tr("Month not over"),
                tr("{month} has not ended yet.").format(month=self.period()),
                tr("Issue anyway"), self.start,
                tr("Sessions until the end of the month will not be on these invoices, and "
                   "running again later skips the clients invoiced now."))

    def start(self) -> None:
        if self.running():
            return
        period, settings, op = self.period(), self.page.settings(), self.page.operator()
        out = Path(self.out.text().strip() or default_out_dir())
        self._cancel = cancel = threading.Event()
        self.results.set_rows([])
        self.summary.clear()
        self.progress.setFormat(tr("%v / %m clients"))
        self.progress.setRange(0, 0)  # busy until the client count is known
        self.state.setText(tr("Looking for clients with charging in {month}…").format(
            month=period))
        self.run_btn.setEnabled(False)
        self.cancel_btn.setEnabled(True)

        def progress(done: int, total: int, name: str) -> None:
            offthread.call_in_gui(self, self._progress, done, total, name)

        def on_result(r: ClientResult) -> None:
            offthread.call_in_gui(self, self._result, r)

        def work() -> tuple[RunResult, int]:
            out.mkdir(parents=True, exist_ok=True)
            result = billing.run_month(period, settings, out_dir=out,
                                       render=render_invoice_document, progress=progress,
                                       cancel=cancel, operator=op, on_result=on_result)
            return result, billing.unbilled_transactions(period, settings.time_zone)
        offthread.submit(work, owner=self, on_done=self._finished, on_error=self._failed)

    def _result(self, r: ClientResult) -> None:
        self.results.upsert(r)
        self.view.scrollToBottom()

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if total == 0:
            self.state.setText(tr("No client has charging in this month."))
        elif name:
            self.state.setText(tr("{done} of {total}: {client}").format(
                done=done, total=total, client=name))
        elif total == 1:
            self.state.setText(tr("1 client with charging in {month}.").format(
                month=self.period()))
        else:
            self.state.setText(tr("{count} clients with charging in {month}.").format(
                count=total, month=self.period()))

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.state.setText(tr("Canceling after the current client…"))
            self.cancel_btn.setEnabled(False)

    def _done(self) -> None:
        self._cancel = None
        self.run_btn.setEnabled(True)
        self.cancel_btn.setEnabled(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)

    def _finished(self, outcome: tuple[RunResult, int]) -> None:
        result, unbilled = outcome
        self._done()
        # the bar ends on what the run did, whatever progress calls were seen
        done = len(result.results)
        total = done if not result.canceled else max(done, self.progress.maximum())
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.last = result
        summary = run_summary(result)
        text = summary
        if unbilled == 1:
            text = tr("{summary}. 1 completed session of this month is on no open invoice "
                      "(stopped after the run, or a driver assigned later): correct the "
                      "client's invoice to include it.").format(summary=summary)
        elif unbilled:
            text = tr("{summary}. {count} completed sessions of this month are on no open "
                      "invoice (stopped after the run, or drivers assigned later): correct the "
                      "client's invoice to include them.").format(summary=summary,
                                                                   count=unbilled)
        self.summary.setText(text)
        self.outcome.message(summary, ok=not result.failed)
        self.state.setText(tr("PDFs in {folder}").format(folder=self.out.text()))
        self.page.invoices_changed()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.outcome.message(message_of(exc), ok=False)

    def report(self, path: str | None = None) -> None:
        period = self.period()
        if not path:
            default = str(Path(self.out.text() or default_out_dir()) / f"report_{period}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, tr("Monthly report"), default,
                                                  tr("PDF (*.pdf)"))
        if not path:
            return
        settings = self.page.settings()
        target = Path(path)

        def work() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            return render_report(billing.monthly_figures(period, settings), target)
        self.outcome.message(tr("Writing the report for {month}…").format(month=period))
        offthread.submit(work, owner=self,
                         on_done=lambda p: self.outcome.message(
                             tr("Monthly report saved: {path}").format(path=p)),
                         on_error=lambda e: self.outcome.message(str(e), ok=False))


class BillingPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel("<h2>" + tr("Billing") + "</h2>")
        self.note = named(QLabel(), "billing_note")
        self.note.setStyleSheet("color: #55595E;")
        self.tabs = named(QTabWidget(), "billing_tabs")
        self.invoices = InvoicesTab(self)
        self.run = RunTab(self)
        self.clients = ClientsTab(self)
        self.tariffs = TariffsTab(self)
        self.tabs.addTab(self.invoices, tr("Invoices"))
        self.tabs.addTab(self.run, tr("Run"))
        self.tabs.addTab(self.clients, tr("Clients"))
        self.tabs.addTab(self.tariffs, tr("Tariffs"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.note)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        self._loaded = False
        self._overdue = QTimer(self)
        self._overdue.setInterval(OVERDUE_CHECK_MS)
        self._overdue.timeout.connect(self.check_overdue)
        self._overdue.start()
        self._first_check = QTimer(self)  # a few seconds after start, not during it
        self._first_check.setSingleShot(True)
        self._first_check.timeout.connect(self.check_overdue)
        self._first_check.start(5000)

    # ------------------------------------------------------------------ context
    def operator(self) -> Any:
        return self.ctx.extras.get("operator")

    def settings(self) -> SiteSettings:
        return self.ctx.runtime.services.settings  # type: ignore[no-any-return]

    def today(self) -> date:
        return fmt.today()

    def out_dir(self) -> Path:
        return Path(self.run.out.text().strip() or default_out_dir())

    # ------------------------------------------------------------------ refresh
    def reload(self) -> None:
        self._loaded = True
        s = self.settings()
        self.note.setText(tr("Site {site} · installation {installation} · due day {day} · "
                             "times in {zone}").format(
            site=s.site_name, installation=s.installation_number, day=s.invoice_due_day,
            zone=s.time_zone))
        self.invoices.fill_filters()
        self.invoices.reload()
        self.clients.reload()
        self.tariffs.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def on_operator_changed(self, op: Any) -> None:
        if self._loaded:
            self.reload()

    def clients_changed(self) -> None:
        self.invoices.fill_filters()
        self.tariffs.reload()

    def invoices_changed(self) -> None:
        self.invoices.fill_filters()
        self.invoices.reload()
        self.clients.reload()

    def check_overdue(self) -> int:
        services = self.ctx.runtime.services
        try:
            return billing.notify_overdue(services.notifier, services.settings)
        except Exception:  # the database may be busy or closing: try again next hour
            log.warning("overdue invoice check failed", exc_info=True)
            return 0


def create(ctx: Any) -> QWidget:
    return BillingPage(ctx)


__all__ = ["BillingPage", "QMessageBox", "create"]
