"""The monthly invoice run: content, month boundaries in the site's zone, idempotence,
corrections, a failing client, cancel, payments and the overdue notice."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from billing_data import MARIA, SOMCHAI, bkk, charger, client, driver, session, site_tariff

from csms_desktop.domain.enums import InvoiceStatus, NotificationType, TransactionStatus
from csms_desktop.reports.billing import render_invoice_document
from csms_desktop.services import billing
from csms_desktop.services.billing.invoices import next_invoice_number
from csms_desktop.services.events import EventHub
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.settings import SiteSettings
from csms_desktop.store.models import (
    BilledItem,
    Client,
    ConsumptionHistory,
    Invoice,
    Notification,
    Transaction,
)

SETTINGS = SiteSettings(time_zone="Asia/Bangkok", installation_number="INST-5678",
                        invoice_due_day=10)
NOW = datetime(2024, 11, 2, 3, 0, tzinfo=UTC)


@pytest.fixture
def site(db) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    conns = charger("CP001", 2)
    site_tariff()
    maria = client(MARIA, number="1001")
    thai = client(SOMCHAI, number="1002")
    joao = driver(maria, "João", plate="ABC1D23")
    somchai = driver(thai, "สมชาย", plate="กข 1234")
    return {"conns": conns, "maria": maria, "thai": thai, "joao": joao, "somchai": somchai}


def _run(tmp_path: Path, render: Any = render_invoice_document, **kw: Any) -> billing.RunResult:
    return billing.run_month("2024-10", SETTINGS, out_dir=tmp_path / "pdf", render=render,
                             now=NOW, **kw)


def test_run_builds_one_invoice_per_client(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1, c2 = site["conns"]
    txs = [session(site["joao"], c1, bkk(2024, 10, d, 21), 20.0, 120, idle_minutes=40)
           for d in (1, 2, 3)]
    session(site["joao"], c1, bkk(2024, 9, 15, 10), 30.0)  # September: history only
    session(site["somchai"], c2, bkk(2024, 10, 5, 10), 12.345)
    session(driver(None, "Walk-in"), c2, bkk(2024, 10, 6, 10), 5.0)  # no client: not billed
    result = _run(tmp_path)
    assert [r.status for r in result.results] == ["ISSUED", "ISSUED"]
    assert result.summary().startswith("2024-10: 2 issued")
    inv = Invoice.get(Invoice.client == site["maria"].id)
    items = list(BilledItem.select().where(BilledItem.invoice == inv.id)
                 .order_by(BilledItem.position))
    names = [i.item_name for i in items]
    assert names == ["Energia – Ponta", "Energia – Fora de ponta", "Taxa por sessão de recarga",
                     "Taxa de ociosidade", "Tributos 7%"]
    peak = items[0]
    assert (peak.unit, peak.quantity, peak.unit_rate, peak.unit_price) == (
        "kWh", Decimal("30"), Decimal("8.5"), Decimal("9.095"))
    assert items[2].quantity == 3 and items[2].unit == "sessão"
    assert items[3].quantity == 75  # 3 x (40 - 15) idle minutes
    # the total is the exact sum of the items, and of the sessions' stored costs
    assert inv.amount_due == sum((i.amount for i in items), Decimal(0))
    assert inv.amount_due == sum((Decimal(t.total_cost) for t in
                                  Transaction.select().where(Transaction.id.in_(
                                      [t.id for t in txs]))), Decimal(0))
    assert (inv.period, inv.reference_month, inv.status) == ("2024-10", "October 2024", "ISSUED")
    assert inv.due_date == datetime(2024, 11, 10, tzinfo=UTC)
    assert inv.installation_number == "INST-5678" and inv.client_number == "1001"
    assert inv.invoice_number == "2024-000001" and inv.currency == "THB"
    hist = {h.month_year: h for h in ConsumptionHistory.select().where(
        ConsumptionHistory.invoice == inv.id)}
    assert set(hist) == {"September 2024", "October 2024"}
    assert (hist["October 2024"].consumption_kwh, hist["October 2024"].days) == (60.0, 31)
    assert hist["October 2024"].average_kwh_per_day == round(60 / 31, 2)
    assert hist["September 2024"].consumption_kwh == 30.0
    assert (tmp_path / "pdf" / inv.file_name).is_file()
    assert len(inv.snapshot["sessions"]) == 3
    thai = Invoice.get(Invoice.client == site["thai"].id)
    assert thai.invoice_number == "2024-000002"
    assert BilledItem.get(BilledItem.invoice == thai.id, BilledItem.position == 0).item_name \
        == "ค่าพลังงานไฟฟ้า – ช่วงพีค"


def test_month_is_taken_in_the_site_time_zone(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1 = site["conns"][0]
    late = session(site["joao"], c1, bkk(2024, 10, 31, 23, 30), 1.0, 20)  # Oct in Bangkok
    early_nov = session(site["joao"], c1, bkk(2024, 11, 1, 0, 30), 1.0, 20)  # Oct 31 in UTC
    assert early_nov.start_time.month == 10  # UTC
    _run(tmp_path)
    inv = Invoice.get(Invoice.client == site["maria"].id)
    assert billing.invoice_document(inv.id, SETTINGS)["sessions"][0]["transaction_id"] == \
        late.transaction_id
    assert len(inv.snapshot["sessions"]) == 1


def test_unbillable_sessions_are_reported_not_billed(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1 = site["conns"][0]
    session(site["joao"], c1, bkk(2024, 10, 2, 10), 10.0)
    flagged = session(site["joao"], c1, bkk(2024, 10, 3, 10), 10.0, price=False)
    Transaction.update(energy_flag="ABSURD", total_energy=None).where(
        Transaction.id == flagged.id).execute()
    session(site["joao"], c1, bkk(2024, 10, 4, 10), 10.0, status=TransactionStatus.FAILED)
    session(site["somchai"], c1, bkk(2024, 10, 4, 10), 10.0, price=False)  # no cost at all
    result = _run(tmp_path)
    by = {r.client_name: r for r in result.results}
    assert by["Maria da Silva"].status == "ISSUED"
    assert any("ABSURD" in w for w in by["Maria da Silva"].warnings)
    assert by[SOMCHAI["full_name"]].status == "SKIPPED"
    assert "nothing billable" in by[SOMCHAI["full_name"]].message


def test_rerun_does_not_duplicate(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1 = site["conns"][0]
    session(site["joao"], c1, bkk(2024, 10, 2, 10), 10.0)
    first = _run(tmp_path)
    assert first.count("ISSUED") == 1
    n_items = BilledItem.select().count()
    session(site["joao"], c1, bkk(2024, 10, 20, 10), 10.0)  # stopped after the run
    again = _run(tmp_path)
    assert [r.status for r in again.results] == ["SKIPPED"]
    assert again.results[0].message == "already issued: 2024-000001"
    assert Invoice.select().count() == 1 and BilledItem.select().count() == n_items
    assert billing.unbilled_transactions("2024-10", SETTINGS.time_zone) == 1


def test_correction_issues_a_new_invoice_referencing_the_old(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1 = site["conns"][0]
    session(site["joao"], c1, bkk(2024, 10, 2, 10), 10.0)
    _run(tmp_path)
    old = Invoice.get()
    old_doc = billing.invoice_document(old.id, SETTINGS)
    session(site["joao"], c1, bkk(2024, 10, 20, 10), 10.0)
    Client.update(street="Quadra 204").where(Client.id == site["maria"].id).execute()
    new = billing.correct_invoice(None, old.id, SETTINGS, out_dir=tmp_path,
                                  render=render_invoice_document, reason="late session",
                                  now=NOW)
    old = Invoice.get_by_id(old.id)
    assert old.status == InvoiceStatus.CANCELED
    assert new.corrects_id == old.id and new.status == InvoiceStatus.ISSUED
    assert new.invoice_number == "2024-000002" and new.period == "2024-10"
    assert new.amount_due > old.amount_due
    assert len(new.snapshot["sessions"]) == 2
    # the old document is what it was (old address), the new one has the new address
    assert billing.invoice_document(old.id, SETTINGS)["client"]["street"] == "Quadra 203"
    assert billing.invoice_document(old.id, SETTINGS)["items"] == old_doc["items"]
    doc = billing.invoice_document(new.id, SETTINGS)
    assert doc["client"]["street"] == "Quadra 204" and doc["corrects"] == "2024-000001"
    # one open invoice per client and month: a run still skips
    assert _run(tmp_path).results[0].status == "SKIPPED"
    views = {v.invoice_number: v for v in billing.list_invoices("2024-10")}
    assert views["2024-000001"].corrected_by == "2024-000002"
    assert views["2024-000002"].corrects == "2024-000001"
    with pytest.raises(billing.BillingError, match="canceled"):
        billing.correct_invoice(None, old.id, SETTINGS, out_dir=None, render=None)
    billing.mark_paid(None, new.id)
    with pytest.raises(billing.BillingError, match="paid"):
        billing.correct_invoice(None, new.id, SETTINGS, out_dir=None, render=None)


def test_a_failing_client_does_not_stop_the_run(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1, c2 = site["conns"]
    other = client(MARIA, number="1003", full_name="Ana")
    ana = driver(other, "Ana")
    for u in (site["joao"], site["somchai"], ana):
        session(u, c1, bkk(2024, 10, 2, 10), 10.0)
    # Ana's second session was priced in another currency: her invoice cannot be issued
    site_tariff(currency="BRL", effective_from=bkk(2024, 10, 10))
    session(ana, c2, bkk(2024, 10, 12, 10), 10.0)

    def render(doc: dict[str, Any]) -> bytes:
        if doc["client"]["client_number"] == "1002":
            raise RuntimeError("printer on fire")
        return render_invoice_document(doc)

    seen: list[tuple[int, int, str]] = []
    result = _run(tmp_path, render=render, progress=lambda *a: seen.append(a))
    by = {r.client_name: r for r in result.results}
    assert by["Maria da Silva"].status == "ISSUED"
    assert by[SOMCHAI["full_name"]].status == "FAILED"
    assert "printer on fire" in by[SOMCHAI["full_name"]].message
    assert by["Ana"].status == "FAILED" and "currencies" in by["Ana"].message
    assert result.failed == 2
    assert seen[0] == (0, 3, "") and seen[-1][:2] == (3, 3)
    # nothing half-written for the failed ones
    assert Invoice.select().count() == 1
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == [Invoice.get().file_name]
    assert next_invoice_number(2024) == "2024-000002"  # no number burnt


def test_cancel_stops_between_clients(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for u in (site["joao"], site["somchai"]):
        session(u, site["conns"][0], bkk(2024, 10, 2, 10), 10.0)
    stop = threading.Event()
    result = _run(tmp_path, progress=lambda done, total, name: done and stop.set(),
                  cancel=stop)
    assert result.canceled and len(result.results) == 1
    assert "canceled" in result.summary()


def test_paid_and_overdue_notice_once(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for u in (site["joao"], site["somchai"]):
        session(u, site["conns"][0], bkk(2024, 10, 2, 10), 10.0)
    _run(tmp_path)
    maria_inv = Invoice.get(Invoice.client == site["maria"].id)
    billing.mark_paid(None, maria_inv.id)
    with pytest.raises(billing.BillingError, match="already paid"):
        billing.mark_paid(None, maria_inv.id)
    assert billing.mark_unpaid(None, maria_inv.id).status == InvoiceStatus.ISSUED  # undo
    with pytest.raises(billing.BillingError, match="not paid"):
        billing.mark_unpaid(None, maria_inv.id)
    assert Invoice.get_by_id(maria_inv.id).paid_at is None
    billing.mark_paid(None, maria_inv.id)
    notifier = Notifier(EventHub())
    assert billing.notify_overdue(notifier, SETTINGS, today=date(2024, 11, 10)) == 0  # due day
    assert billing.notify_overdue(notifier, SETTINGS, today=date(2024, 11, 11)) == 1
    assert billing.notify_overdue(notifier, SETTINGS, today=date(2024, 11, 12)) == 0
    note = Notification.get(Notification.type == NotificationType.PAYMENT_REQUIRED)
    assert "2024-000002" in note.title and "overdue" in note.title
    unpaid = billing.list_invoices(paid=False, today=date(2024, 11, 11))
    assert [v.invoice_number for v in unpaid] == ["2024-000002"] and unpaid[0].overdue
    assert [v.invoice_number for v in billing.list_invoices(paid=True)] == ["2024-000001"]


def test_invoice_numbers_are_sequential_per_year(db) -> None:  # type: ignore[no-untyped-def]
    assert next_invoice_number(2025) == "2025-000001"
    owner = client()
    for number in ("2025-000001", "2025-000002", "2024-000009"):
        Invoice.create(file_name="x", client=owner, client_number="1", reference_month="x",
                       due_date=NOW, installation_number="i", amount_due=Decimal(1),
                       invoice_number=number)
    assert next_invoice_number(2025) == "2025-000003"
    assert next_invoice_number(2024) == "2024-000010"
    assert next_invoice_number(2026) == "2026-000001"


def test_usual_tariff_window_names_print_in_the_invoice_language() -> None:
    """Issue 13, item 10: "Off-peak" inside a Portuguese invoice was English."""
    from csms_desktop.services.billing.documents import window_name

    assert window_name("Off-peak", "pt_BR") == "Fora de ponta"
    assert window_name("off peak", "th_TH") == "นอกช่วงพีค"
    assert window_name("Peak", "en") == "Peak"
    assert window_name("Ponta", "en") == "Peak"
    assert window_name("Happy hour", "pt_BR") == "Happy hour"  # the operator's own name
