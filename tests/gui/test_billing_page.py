# ruff: noqa: F811  (pytest fixtures imported from live_helpers)
"""Billing page: the run with progress and results, invoices previewed and marked paid,
the client form's inline errors, tariffs changed from a date, JSON import, manager-only."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from billing_data import MARIA, SOMCHAI, bkk, charger, client, driver, session, site_tariff
from live_helpers import answer_confirm, quiet_ctx  # noqa: F401 (fixture)
from PySide6.QtCore import QDate, Qt

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.gui.pages_billing import BillingPage
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.store.models import Client, Invoice, Tariff

SEED = Path(__file__).resolve().parents[1] / "data" / "seed_client.json"
MANAGER = OperatorInfo("m1", "boss", "Boss", OperatorRole.MANAGER)
ATTENDANT = OperatorInfo("a1", "desk", "Desk", OperatorRole.ATTENDANT)


@pytest.fixture
def site(db) -> None:  # type: ignore[no-untyped-def]
    c1, c2 = charger("CP001", 2)
    site_tariff()
    maria = client(MARIA, number="1001")
    thai = client(SOMCHAI, number="1002")
    for d in (2, 9):
        session(driver(maria, f"João {d}", plate=f"ABC1D{d:02d}"), c1, bkk(2024, 10, d, 21),
                20.0, 120, idle_minutes=30)
    session(driver(thai, "สมชาย"), c2, bkk(2024, 10, 5, 10), 12.5)


def make(qtbot, ctx, tmp_path: Path) -> BillingPage:  # type: ignore[no-untyped-def]
    ctx.extras["operator"] = MANAGER
    page = BillingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1500, 900)
    page.show()
    page.run.out.setText(str(tmp_path / "pdf"))
    page.run.month.setDate(QDate(2024, 10, 1))
    return page


def run_month(qtbot, page: BillingPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.run.run_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.run.running(), timeout=30_000)


def test_run_shows_progress_and_each_client(qtbot, quiet_ctx, site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    page.tabs.setCurrentWidget(page.run)
    run_month(qtbot, page)
    rows = page.run.results.rows()
    assert [r.status for r in rows] == ["ISSUED", "ISSUED"]
    assert page.run.progress.value() == page.run.progress.maximum() == 2
    assert page.run.summary.text().startswith("2024-10: 2 issued")
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 2
    assert page.invoices.model.rowCount() == 2  # the Invoices tab followed
    run_month(qtbot, page)  # again: nothing new
    assert [r.status for r in page.run.results.rows()] == ["SKIPPED", "SKIPPED"]
    assert Invoice.select().count() == 2


def test_invoice_preview_paid_and_filters(qtbot, quiet_ctx, site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    run_month(qtbot, page)
    tab = page.invoices
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2
    tab.view.selectRow(0)
    assert tab.current is not None and tab.paid_btn.isEnabled()
    if shutil.which("pdftoppm"):
        qtbot.waitUntil(lambda: tab.preview.page_count() == 2, timeout=20_000)  # + annex
    else:  # pragma: no cover - poppler missing
        qtbot.waitUntil(lambda: tab.preview.rendered is not None, timeout=20_000)
    number = tab.current.invoice_number
    qtbot.mouseClick(tab.paid_btn, Qt.MouseButton.LeftButton)
    # no undo: it asks first, and Cancel (the default) changes nothing
    answer_confirm(qtbot, tab, yes=False)
    assert Invoice.get(Invoice.invoice_number == number).status != "PAID"
    qtbot.mouseClick(tab.paid_btn, Qt.MouseButton.LeftButton)
    assert "Mark invoice" in answer_confirm(qtbot, tab)
    assert Invoice.get(Invoice.invoice_number == number).status == "PAID"
    # cheap to undo for a minute (a payment booked on the wrong invoice)
    assert tab.undo_btn.isVisible()
    qtbot.mouseClick(tab.undo_btn, Qt.MouseButton.LeftButton)
    inv = Invoice.get(Invoice.invoice_number == number)
    assert inv.status == "ISSUED" and inv.paid_at is None and not tab.undo_btn.isVisible()
    tab.view.selectRow(next(r for r in range(tab.model.rowCount())
                            if tab.model.rows()[r].invoice_number == number))
    qtbot.mouseClick(tab.paid_btn, Qt.MouseButton.LeftButton)
    answer_confirm(qtbot, tab)
    assert Invoice.get(Invoice.invoice_number == number).status == "PAID"
    assert not tab.paid_btn.isEnabled()
    tab.status.setCurrentIndex(tab.status.findText("Unpaid"))
    assert tab.model.rowCount() == 1
    tab.status.setCurrentIndex(tab.status.findText("Paid"))
    assert [v.invoice_number for v in tab.model.rows()] == [number]
    tab.view.selectRow(0)
    tab.save_pdf(str(tmp_path / "copy.pdf"))
    qtbot.waitUntil(lambda: (tmp_path / "copy.pdf").exists(), timeout=20_000)


def test_client_form_shows_errors_inline_and_saves_nothing(qtbot, quiet_ctx, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    tab = page.clients
    page.tabs.setCurrentWidget(tab)
    form = tab.form
    form.country.setCurrentIndex(form.country.findData("BR"))  # the site is in Thailand
    for field, value in MARIA.items():
        if field in form.inputs:
            form.inputs[field].setText(str(value))
    form.inputs["tax_id"].setText("123.456.789-00")  # wrong check digit
    form.inputs["zip_code"].setText("7190")
    qtbot.mouseClick(form.save_btn, Qt.MouseButton.LeftButton)
    assert "check digits" in form.errors.text("tax_id")
    assert form.errors.label("tax_id").isVisible() and form.errors.label("zip_code").isVisible()
    assert not form.errors.label("full_name").isVisible()
    assert Client.select().count() == 0
    form.inputs["tax_id"].setText("12345678909")
    form.inputs["zip_code"].setText("71909000")
    qtbot.mouseClick(form.save_btn, Qt.MouseButton.LeftButton)
    row = Client.get()
    assert (row.tax_id, row.zip_code, row.client_number) == ("123.456.789-09", "71909-000",
                                                             "1001")
    assert tab.model.rowCount() == 1 and form.client_id == row.id


def test_only_managers_may_bill(qtbot, quiet_ctx, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    quiet_ctx.extras["operator"] = ATTENDANT
    form = page.clients.form
    for field, value in MARIA.items():
        if field in form.inputs:
            form.inputs[field].setText(str(value))
    qtbot.mouseClick(form.save_btn, Qt.MouseButton.LeftButton)
    assert "not allowed" in form.errors.general.text()
    assert Client.select().count() == 0


def test_tariff_change_adds_a_row(qtbot, quiet_ctx, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    tab = page.tariffs
    page.tabs.setCurrentWidget(tab)
    f = tab.form
    f.name.setText("Site 2024")
    f.price.setText("7.50")
    f.add_window("Peak", "18:00", "22:00", "9.00")
    f.tax.setText("7")
    qtbot.mouseClick(f.add_btn, Qt.MouseButton.LeftButton)
    assert f.errors.shown == {}
    first = Tariff.get()
    assert first.tax_rate == Decimal("0.07") and first.windows[0]["price_per_kwh"] == "9.00"
    assert tab.model.rowCount() == 1 and f.selected is not None
    f.price.setText("8.00")
    qtbot.mouseClick(f.change_btn, Qt.MouseButton.LeftButton)
    assert Tariff.select().count() == 2
    assert Tariff.get_by_id(first.id).price_per_kwh == Decimal("7.50")  # the old row is untouched
    f.add_window("Bad", "25:00", "1:00", "x")
    qtbot.mouseClick(f.add_btn, Qt.MouseButton.LeftButton)
    assert "HH:MM" in f.errors.text("windows") and Tariff.select().count() == 2


def test_seed_import_shows_marias_invoice(qtbot, quiet_ctx, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    page.clients.import_json(str(SEED))
    qtbot.waitUntil(lambda: page.clients.model.rowCount() == 1, timeout=10_000)
    assert "1 warning" not in page.clients.outcome.text()  # 2 warnings: CPF and the total
    assert "2 warnings" in page.clients.outcome.text()
    tab = page.invoices
    assert [(v.client_name, v.reference_month, str(v.amount_due)) for v in tab.model.rows()] == [
        ("Maria da Silva", "October 2024", "1500.75")]
    assert tab.model.index(0, 5).data() == "R$1,500.75"


# ------------------------------------------------------------- issue 13, item 9


def test_progress_ends_on_the_clients_done_and_plurals(qtbot, quiet_ctx, site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, quiet_ctx, tmp_path)
    run_month(qtbot, page)
    assert page.run.progress.text() == "2 / 2 clients"
    inv = page.invoices
    inv.client.setCurrentIndex(inv.client.findText("1002", Qt.MatchFlag.MatchContains))
    qtbot.waitUntil(lambda: inv.model.rowCount() == 1, timeout=5000)
    assert inv.count.text().startswith("1 invoice ") or inv.count.text() == "1 invoice"
    inv.view.selectRow(0)
    assert inv.current is not None
    assert inv.default_path(inv.current.file_name).parent == tmp_path / "pdf"  # not home


def test_unfinished_month_asks_before_invoicing(qtbot, quiet_ctx, site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.store.models import Invoice

    page = make(qtbot, quiet_ctx, tmp_path)
    today = page.today()
    page.run.month.setDate(QDate(today.year, today.month, 1))
    qtbot.mouseClick(page.run.run_btn, Qt.MouseButton.LeftButton)
    assert not page.run.running()
    assert "has not ended yet" in answer_confirm(qtbot, page.run, yes=False)
    assert not page.run.running() and Invoice.select().count() == 0
    page.run.month.setDate(QDate(2024, 10, 1))  # a finished month: no question
    run_month(qtbot, page)
    assert Invoice.select().count() == 2


def test_new_client_defaults_to_the_sites_country_and_language(qtbot, quiet_ctx, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert quiet_ctx.runtime.services.settings.default_country == "TH"
    page = make(qtbot, quiet_ctx, tmp_path)
    form = page.clients.form
    assert form.country.currentData() == "TH" and form.language.currentData() == "th_TH"


def test_print_to_file_starts_in_the_invoices_folder(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from csms_desktop.gui.billing_preview import prepare_printer

    printer = QPrinter()
    target = tmp_path / "pdf" / "2024-000001.pdf"
    prepare_printer(printer, target)
    assert printer.docName() == "2024-000001"
    if not QPrinterInfo.availablePrinters():  # the usual test machine: no printer at all
        assert printer.outputFileName() == str(target)  # not the home folder
