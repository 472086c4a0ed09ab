"""Message log page: filters, CALL <-> answer link, pretty JSON, live follow, cap, export."""

from __future__ import annotations

import csv
import json
from datetime import timedelta

import pytest
from history_data import make_messages
from PySide6.QtCore import QModelIndex

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.gui.models.messages import COL_ACTION, MessagesModel
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import MessageFilter


@pytest.fixture
def log_rows(services):  # type: ignore[no-untyped-def]
    return make_messages(300, start=utcnow() - timedelta(minutes=30))


@pytest.fixture
def ctx(runtime):  # type: ignore[no-untyped-def]
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.protocol.commands import Commands

    bridge = Bridge(runtime.services.hub, flush_ms=30)
    yield GuiContext(runtime, bridge, Commands(runtime.server))
    bridge.close()


def load_all(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)


def make_page(qtbot, ctx):  # type: ignore[no-untyped-def]
    from csms_desktop.gui.pages_messages import create

    page = create(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.period.setCurrentText("All time")
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


def test_model_pages_newest_first(qtbot, qtmodeltester, log_rows) -> None:  # type: ignore[no-untyped-def]
    model = MessagesModel(page_size=100)
    qtmodeltester.check(model)
    model.set_filter(MessageFilter())
    load_all(qtbot, model)
    assert model.rowCount() == 600
    stamps = [r.timestamp for r in model.rows]
    assert stamps == sorted(stamps, reverse=True)
    assert len({r.id for r in model.rows}) == 600
    qtmodeltester.check(model)


@pytest.mark.parametrize(("flt", "pred"), [
    (MessageFilter(charge_point_id="CP002"), lambda r: r["charge_point_id"] == "CP002"),
    (MessageFilter(action="Heartbeat"), lambda r: r["action"] == "Heartbeat"),
    (MessageFilter(direction="OUTBOUND"), lambda r: r["direction"] == "OUTBOUND"),
    (MessageFilter(kind="CALLERROR"), lambda r: r["kind"] == "CALLERROR"),
    (MessageFilter(kind="CALL", direction="INBOUND", charge_point_id="CP001"),
     lambda r: r["kind"] == "CALL" and r["direction"] == "INBOUND"
     and r["charge_point_id"] == "CP001"),
])
def test_filters(qtbot, log_rows, flt, pred) -> None:  # type: ignore[no-untyped-def]
    want = {r["id"] for r in log_rows if pred(r)}
    assert want
    model = MessagesModel(page_size=128)
    model.set_filter(flt)
    load_all(qtbot, model)
    assert {r.id for r in model.rows} == want
    assert hq.count_messages(flt) == len(want)


def test_time_filter(qtbot, log_rows) -> None:  # type: ignore[no-untyped-def]
    lo = log_rows[100]["timestamp"]
    hi = log_rows[200]["timestamp"]
    rows = hq.fetch_messages(MessageFilter(time_from=lo, time_to=hi), limit=1000)
    assert {r.id for r in rows} == {r["id"] for r in log_rows[100:200]}


def test_call_and_answer_are_linked(qtbot, ctx, log_rows) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    model = page.model
    # a CALL in the middle of the first page
    row = next(i for i, r in enumerate(model.rows) if r.kind == "CALL"
               and r.action == "StatusNotification")
    call = model.row_at(row)
    page.table.selectRow(row)
    assert page.selected == call
    text = page.detail_text.toPlainText()
    assert json.loads(text) == call.payload
    assert '\n  "connectorId": 1,' in text  # pretty-printed, two-space indent
    assert "CALL" in page.detail_title.text() and call.charge_point_id in page.detail_title.text()
    qtbot.waitUntil(lambda: page.linked is not None, timeout=3000)
    answer = page.linked
    assert answer.message_id == call.message_id and answer.kind == "CALLRESULT"
    assert answer.charge_point_id == call.charge_point_id
    assert answer.direction == "OUTBOUND"
    assert page.goto_button.isEnabled() and page.goto_button.text() == "Go to answer"
    assert model.highlight_id == answer.id
    assert model.data(model.index(model.row_of(answer.id), 0),
                      role=8) is not None  # BackgroundRole paints the linked row
    assert "40 ms later" in page.linked_title.text()
    page.goto_linked()
    assert page.selected == answer
    qtbot.waitUntil(lambda: page.linked is not None and page.linked.id == call.id, timeout=3000)
    assert page.goto_button.text() == "Go to request"
    assert model.highlight_id == call.id
    # an outbound CALL answered by a CALLERROR
    err = next(r for r in model.rows if r.kind == "CALLERROR")
    page.table.selectRow(model.row_of(err.id))
    qtbot.waitUntil(lambda: page.linked is not None and page.linked.kind == "CALL", timeout=3000)
    assert page.linked.action == "RemoteStartTransaction"
    assert page.linked.direction == "OUTBOUND"


def test_link_shown_even_when_the_answer_is_filtered_out(qtbot, ctx, log_rows) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.kind.setCurrentIndex(page.kind.findData("CALL"))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_busy(), timeout=5000)
    assert {r.kind for r in page.model.rows} == {"CALL"}
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.linked is not None, timeout=3000)
    assert page.linked.kind in ("CALLRESULT", "CALLERROR")
    assert not page.goto_button.isEnabled()
    assert page.linked_text.toPlainText().strip()


def _record(services, n: int, cp: str = "CP009") -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        services.messages.record(cp, MessageDirection.INBOUND, MessageKind.CALL, f"L{i}",
                                 "Heartbeat", {})
    services.writer.flush()


def test_live_follow_pauses_on_selection(qtbot, ctx, log_rows) -> None:  # type: ignore[no-untyped-def]
    services = ctx.runtime.services
    page = make_page(qtbot, ctx)
    qtbot.waitUntil(lambda: not page.model.is_busy(), timeout=5000)
    before = page.model.rowCount()
    assert page.is_following()
    _record(services, 3)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 3, timeout=3000)
    assert page.model.row_at(0).charge_point_id == "CP009"
    assert "Following live" in page.follow_label.text()
    # selecting a row pauses
    page.table.selectRow(5)
    assert not page.is_following()
    assert "a row is selected" in page.follow_label.text()
    _record(services, 4)
    qtbot.waitUntil(lambda: page.pending_new == 4, timeout=3000)
    assert page.model.rowCount() == before + 3
    assert "4 new messages" in page.follow_label.text()
    page.back_to_live()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 7, timeout=3000)
    assert page.pending_new == 0
    # the explicit pause button
    page.pause_button.click()
    assert page.pause_button.text() == "Resume live follow"
    _record(services, 2)
    qtbot.waitUntil(lambda: page.pending_new == 2, timeout=3000)
    assert page.model.rowCount() == before + 7
    page.pause_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 9, timeout=3000)


def test_live_follow_respects_filters_and_cap(qtbot, log_rows) -> None:  # type: ignore[no-untyped-def]
    model = MessagesModel(page_size=20, cap=50)
    model.set_filter(MessageFilter(action="Heartbeat"))
    qtbot.waitUntil(lambda: model.rowCount() == 20 and not model.is_busy(), timeout=5000)
    load_all(qtbot, model)  # scrolling down may load past the cap
    assert model.rowCount() == sum(1 for r in log_rows if r["action"] == "Heartbeat") == 180
    from csms_desktop.services.messagelog import MessageLog
    from csms_desktop.services.writer import BatchWriter

    writer = BatchWriter()
    mlog = MessageLog(writer)
    for i in range(30):
        mlog.record("CP001", MessageDirection.INBOUND, MessageKind.CALL, f"H{i}", "Heartbeat", {})
        mlog.record("CP001", MessageDirection.INBOUND, MessageKind.CALL, f"M{i}", "MeterValues",
                    {})
    writer.flush()
    model.poll_newer()
    qtbot.waitUntil(lambda: not model.is_busy() and model.row_at(0).message_id == "H29",
                    timeout=3000)
    assert model.rowCount() == 50  # trimmed to the cap
    assert all(r.action == "Heartbeat" for r in model.rows)
    assert [r.message_id for r in model.rows[:30]] == [f"H{i}" for i in range(29, -1, -1)]
    assert model.canFetchMore(QModelIndex())


def test_export_csv_and_jsonl(qtbot, ctx, log_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.charger.setCurrentText("CP003")
    page.apply_filters()
    want = [r for r in log_rows if r["charge_point_id"] == "CP003"]
    job = page.export(tmp_path / "m.csv")
    with qtbot.waitSignal(job.done, timeout=10000) as blocker:
        pass
    assert blocker.args == [len(want)]
    with (tmp_path / "m.csv").open(encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    assert {r["message_id"] + r["kind"] for r in got} == {r["message_id"] + r["kind"] for r in want}
    assert json.loads(got[0]["payload"]) is not None
    job = page.export(tmp_path / "m.jsonl")
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    lines = (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(want)
    first = json.loads(lines[0])
    assert first["charge_point"] == "CP003" and "payload" in first
    assert "Exported" in page.status_label.text()


def test_action_column_and_pretty_json() -> None:
    assert COL_ACTION == 4
    assert hq.pretty_json({"a": [1, {"b": "ไทย"}]}) == (
        '{\n  "a": [\n    1,\n    {\n      "b": "ไทย"\n    }\n  ]\n}')
    assert hq.pretty_json('{"x":1}') == '{\n  "x": 1\n}'


def test_custom_range_is_in_the_site_time_zone(qtbot, ctx, log_rows) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from PySide6.QtCore import QDateTime

    page = make_page(qtbot, ctx)
    page.period.setCurrentText("Custom range")
    assert page.time_from.isEnabled() and page.time_to.isEnabled()
    page.time_from.setDateTime(QDateTime(2025, 3, 15, 19, 0, 0))  # Asia/Bangkok, UTC+7
    page.time_to.setDateTime(QDateTime(2025, 3, 15, 20, 30, 0))
    flt = page.current_filter()
    assert flt.time_from == datetime(2025, 3, 15, 12, 0, tzinfo=UTC)
    assert flt.time_to == datetime(2025, 3, 15, 13, 30, tzinfo=UTC)
