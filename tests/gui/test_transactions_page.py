"""Transactions: paged model (fetchMore over 3,000 rows), filters, exact totals, CSV export."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal

import pytest
from history_data import NOW, make_site, make_transactions
from PySide6.QtCore import QModelIndex, Qt

from csms_desktop.gui import fmt
from csms_desktop.gui.models.transactions import COLUMNS, TransactionsModel
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import TransactionFilter


@pytest.fixture
def data(services):  # type: ignore[no-untyped-def]
    site = make_site()
    return site, make_transactions(site, 3000)


@pytest.fixture
def ctx(runtime, qtbot):  # type: ignore[no-untyped-def]
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.protocol.commands import Commands

    bridge = Bridge(runtime.services.hub, flush_ms=50)
    yield GuiContext(runtime, bridge, Commands(runtime.server))
    bridge.close()


def load_all(qtbot, model: TransactionsModel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)


def expected(gen, pred):  # type: ignore[no-untyped-def]
    rows = [t for t in gen if pred(t)]
    costs: dict[str, Decimal] = {}
    for t in rows:
        if t.cost is not None:
            costs[t.currency] = costs.get(t.currency, Decimal(0)) + t.cost
    energy = round(sum(t.energy or 0 for t in rows), 6)
    return rows, energy, tuple(sorted((c, v.quantize(Decimal("0.0001")))
                                      for c, v in costs.items()))


def test_model_pages_with_fetch_more(qtbot, qtmodeltester, data) -> None:  # type: ignore[no-untyped-def]
    _site, _gen = data
    model = TransactionsModel(page_size=500)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TransactionFilter())
    assert model.rowCount() == 500
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    load_all(qtbot, model)
    assert model.rowCount() == 3000
    assert not model.canFetchMore(QModelIndex())
    starts = [r.start_time for r in model.rows]
    assert starts == sorted(starts, reverse=True)
    assert len({r.id for r in model.rows}) == 3000
    qtbot.waitUntil(lambda: model.totals.count == 3000, timeout=5000)
    qtmodeltester.check(model)
    # display: energy right-aligned, cost with its currency, by the one money formatter
    # (English: "THB 115.91")
    r0 = model.row_at(0)
    assert r0 is not None
    cost_col = [c[1] for c in COLUMNS].index("cost")
    text = model.data(model.index(0, cost_col))
    if r0.cost is None:
        assert text == ""
    else:
        assert text == fmt.money(r0.cost, r0.currency) and (r0.currency or "THB") in text


@pytest.mark.parametrize("key", ["energy", "cost", "charge_point", "driver", "end_time"])
def test_database_sort_is_exact_over_all_pages(qtbot, data, key) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(page_size=400)
    col = [c[1] for c in COLUMNS].index(key)
    model.sort(col, Qt.SortOrder.AscendingOrder)
    model.set_filter(TransactionFilter(charge_point_id="CP002"))
    load_all(qtbot, model)
    rows = model.rows
    assert len(rows) == 1000
    assert len({r.id for r in rows}) == 1000
    keys = [r.cursor[0] for r in rows]
    assert keys == sorted(keys)


def test_filters_and_totals_are_exact(qtbot, data) -> None:  # type: ignore[no-untyped-def]
    site, gen = data
    client0 = site["clients"][0].id
    users = site["users"]
    lo, hi = NOW - timedelta(days=20), NOW - timedelta(days=5)
    cases = [
        (TransactionFilter(), lambda t: True),
        (TransactionFilter(charge_point_id="CP003"), lambda t: t.charge_point_id == "CP003"),
        (TransactionFilter(status="COMPLETED"), lambda t: t.status == "COMPLETED"),
        (TransactionFilter(client_id=client0), lambda t: t.user_ix in (0, 1)),
        (TransactionFilter(driver="maria"), lambda t: t.user_ix == 1),
        (TransactionFilter(driver="TAG023"), lambda t: t.id_tag == "TAG023"),
        (TransactionFilter(driver=users[2].phone_number[-4:]), lambda t: t.user_ix == 2),
        (TransactionFilter(start_from=lo, start_to=hi, charge_point_id="CP001",
                           status="COMPLETED"),
         lambda t: lo <= t.start_time < hi and t.charge_point_id == "CP001"
         and t.status == "COMPLETED"),
    ]
    for flt, pred in cases:
        rows, energy, costs = expected(gen, pred)
        totals = hq.transaction_totals(flt)
        assert totals.count == len(rows), flt
        assert totals.energy_kwh == pytest.approx(energy, abs=1e-6)
        assert totals.costs == costs, flt
        model = TransactionsModel(page_size=700)
        model.set_filter(flt)
        load_all(qtbot, model)
        assert {r.id for r in model.rows} == {t.id for t in rows}, flt


def test_page_filters_totals_and_csv_export(qtbot, ctx, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.pages_transactions import create

    _site, gen = data
    page = create(ctx)
    qtbot.addWidget(page)
    page.period.setCurrentText("All time")
    page.ensure_loaded()
    qtbot.waitUntil(lambda: page.model.totals.count == 3000, timeout=5000)
    assert "3,000" in page.totals_label.text()
    page.charger.setCurrentIndex(page.charger.findData("CP001"))
    qtbot.waitUntil(lambda: page.charger.count() == 4, timeout=5000)
    page.charger.setCurrentIndex(page.charger.findData("CP001"))
    page.status.setCurrentIndex(page.status.findData("COMPLETED"))
    rows, energy, _costs = expected(gen, lambda t: t.charge_point_id == "CP001"
                                   and t.status == "COMPLETED")
    qtbot.waitUntil(lambda: page.model.totals.count == len(rows), timeout=5000)
    assert f"{len(rows):,}" in page.totals_label.text()
    assert f"{energy:,.3f}" in page.totals_label.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 500, timeout=5000)
    qtbot.wait(100)
    assert page.model.rowCount() == 500  # only the first page is loaded (no view here)

    target = tmp_path / "out.csv"
    job = page.export_csv(target)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=10000) as blocker:
        pass
    assert blocker.args == [len(rows)]
    with target.open(encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    assert len(got) == len(rows)
    assert {r["transaction_id"] for r in got} == {t.transaction_id for t in rows}
    assert {r["charge_point"] for r in got} == {"CP001"}
    by_id = {t.transaction_id: t for t in rows}
    for r in got[:50]:
        t = by_id[r["transaction_id"]]
        assert r["energy_kwh"] == f"{t.energy:.3f}"
        assert r["cost"] == f"{t.cost:.2f}"
        assert r["start"].endswith("+07:00")  # the site's zone (Asia/Bangkok)
    assert not list(tmp_path.glob("*.part"))
    assert "Exported" in page.status_label.text()


def test_export_cancel_leaves_no_file(qtbot, ctx, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.pages_transactions import create

    page = create(ctx)
    qtbot.addWidget(page)
    page.period.setCurrentText("All time")
    page.ensure_loaded()
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "cancelled.csv"
    job = page.export_csv(target)
    assert job is not None
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=10000) as blocker:
        pass
    assert blocker.args == [None]
    assert not target.exists()
    assert list(out.iterdir()) == []
    assert "cancelled" in page.status_label.text()


def test_live_update_inserts_new_and_refreshes_ended(qtbot, ctx, data) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.domain.timeutil import utcnow
    from csms_desktop.gui.pages_transactions import create
    from csms_desktop.services import events as ev
    from csms_desktop.store.models import Transaction

    site, _gen = data
    page = create(ctx)
    qtbot.addWidget(page)
    page.show()  # a hidden page follows nothing until shown
    page.period.setCurrentText("All time")
    page.ensure_loaded()
    qtbot.waitUntil(lambda: page.model.rowCount() == 500, timeout=5000)
    conn = site["connectors"][("CP001", 1)]
    now = utcnow()
    Transaction.create(transaction_id="NEW1", charge_point="CP001", connector=conn,
                       start_time=now, status="ACTIVE", id_tag="LIVE")
    ctx.runtime.services.hub.publish(ev.TransactionStarted("CP001", 1, "NEW1", "LIVE", None, now))
    qtbot.waitUntil(lambda: page.model.row_at(0).transaction_id == "NEW1", timeout=5000)
    assert page.model.rowCount() == 501
    Transaction.update(status="COMPLETED", total_energy=12.5, end_time=utcnow()).where(
        Transaction.transaction_id == "NEW1").execute()
    ctx.runtime.services.hub.publish(
        ev.TransactionEnded("CP001", 1, "NEW1", 12.5, None, "Local", utcnow()))
    qtbot.waitUntil(lambda: page.model.row_at(0).status == "COMPLETED", timeout=5000)
    assert page.model.rowCount() == 501
    qtbot.waitUntil(lambda: page.model.totals.count == 3001, timeout=5000)
