"""History queries without Qt: keyset paging, exact totals, exports, CALL <-> answer links."""

from __future__ import annotations

import csv
import json
import threading
from decimal import Decimal

import pytest
from history_data import make_messages, make_site, make_transactions

from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import MessageFilter, TransactionFilter, TxSort


@pytest.fixture
def txs(db):  # type: ignore[no-untyped-def]
    site = make_site()
    return site, make_transactions(site, 1200, seed=3)


def all_pages(flt, sort, size=97):  # type: ignore[no-untyped-def]
    out, after = [], None
    while True:
        page = hq.fetch_transactions(flt, sort, after, size)
        out.extend(page)
        if len(page) < size:
            return out
        after = page[-1].cursor


@pytest.mark.parametrize("key", hq.TX_SORT_KEYS)
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_paging_visits_every_row_once_in_order(txs, key, descending) -> None:  # type: ignore[no-untyped-def]
    rows = all_pages(TransactionFilter(), TxSort(key, descending))
    assert len(rows) == 1200
    assert len({r.id for r in rows}) == 1200
    keys = [(r.cursor[0], r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_totals_are_exact_per_currency(txs) -> None:  # type: ignore[no-untyped-def]
    _site, gen = txs
    totals = hq.transaction_totals(TransactionFilter())
    assert totals.count == 1200
    want: dict[str, Decimal] = {}
    for t in gen:
        if t.cost is not None:
            want[t.currency] = want.get(t.currency, Decimal(0)) + t.cost
    assert dict(totals.costs) == want
    assert totals.energy_kwh == pytest.approx(sum(t.energy or 0 for t in gen), abs=1e-6)
    assert "BRL" in totals.cost_text() and "THB" in totals.cost_text()
    assert hq.TransactionTotals().cost_text("THB") == "0.00 THB"


def test_export_writes_all_rows_then_renames(txs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    flt = TransactionFilter(charge_point_id="CP002", status="COMPLETED")
    seen = []
    n = hq.export_transactions_csv(flt, TxSort(), tmp_path / "t.csv",
                                   progress=lambda d, t: seen.append((d, t)))
    total = hq.transaction_totals(flt).count
    assert n == total and seen[-1] == (total, total)
    with (tmp_path / "t.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == hq.TX_CSV_HEADER
    assert len(rows) == total + 1
    assert list(tmp_path.iterdir()) == [tmp_path / "t.csv"]


def test_export_cancelled_leaves_the_old_file(txs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "t.csv"
    target.write_text("previous export\n", encoding="utf-8")
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()  # cancel after the first page

    assert hq.export_transactions_csv(TransactionFilter(), TxSort(), target,
                                      progress=progress, cancel=cancel) is None
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert list(tmp_path.iterdir()) == [target]


def test_csv_cells_cannot_become_formulas(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    from csms_desktop.domain.timeutil import utcnow
    from csms_desktop.store.models import Transaction

    Transaction.create(transaction_id="1", charge_point="CP001",
                       connector=site["connectors"][("CP001", 1)], start_time=utcnow(),
                       id_tag="=HYPERLINK(\"x\")", stop_reason="+cmd")
    hq.export_transactions_csv(TransactionFilter(), TxSort(), tmp_path / "x.csv")
    with (tmp_path / "x.csv").open(encoding="utf-8", newline="") as f:
        row = next(iter(csv.DictReader(f)))
    assert row["id_tag"] == "'=HYPERLINK(\"x\")" and row["stop_reason"] == "'+cmd"


def test_message_paging_both_ways_and_links(db) -> None:  # type: ignore[no-untyped-def]
    rows = make_messages(50)
    newest = hq.fetch_messages(MessageFilter(), None, 30)
    older = hq.fetch_messages(MessageFilter(), newest[-1].cursor, 100)
    assert len(newest) == 30 and len(older) == 70
    assert [r.id for r in newest + older] == [r["id"] for r in reversed(rows)]
    newer = hq.fetch_newer_messages(MessageFilter(), older[0].cursor, 1000)
    assert [r.id for r in newer] == [r["id"] for r in rows[70:]]
    call = next(r for r in newest if r.is_call)
    answer = hq.find_linked_message(call)
    assert answer is not None and answer.message_id == call.message_id and not answer.is_call
    back = hq.find_linked_message(answer)
    assert back is not None and back.id == call.id
    assert call.frame()[0] == 2 and answer.frame()[0] in (3, 4)


def test_link_picks_the_nearest_when_ids_repeat(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from history_data import NOW

    make_messages(1, start=NOW)  # message id 1000
    make_messages(1, start=NOW + timedelta(hours=1))  # the charger reused id 1000
    calls = hq.fetch_messages(MessageFilter(kind="CALL"), None, 10)
    assert len(calls) == 2
    for call in calls:
        answer = hq.find_linked_message(call)
        assert answer is not None
        assert timedelta(0) <= answer.timestamp - call.timestamp < timedelta(seconds=1)


def test_message_export_jsonl(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_messages(20)
    n = hq.export_messages(MessageFilter(kind="CALLERROR"), tmp_path / "e.jsonl", "jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 2
    assert all(json.loads(line)["kind"] == "CALLERROR" for line in lines)
    with pytest.raises(ValueError):
        hq.export_messages(MessageFilter(), tmp_path / "x", "xml")


def test_notifications(db) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.domain.enums import NotificationType
    from csms_desktop.services.events import EventHub
    from csms_desktop.services.notifications import Notifier

    n = Notifier(EventHub())
    ids = [n.notify(NotificationType.GENERAL, f"t{i}", "m") for i in range(3)]
    assert hq.unread_notifications() == 3
    assert [r.title for r in hq.recent_notifications()] == ["t2", "t1", "t0"]
    assert hq.mark_notifications_read([ids[0]]) == 1
    assert hq.mark_notifications_read([]) == 0
    assert hq.unread_notifications() == 2
    assert hq.mark_notifications_read(None) == 2
    assert hq.unread_notifications() == 0
