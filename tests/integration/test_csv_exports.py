"""Issue 12, item 10: no export writes a cell a spreadsheet would evaluate, whoever
planted the text (an operator typing a driver's name, a charger on the wire)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from chargers16 import connect_raw, raw_boot, raw_recv

from csms_desktop.services import csv_io
from csms_desktop.services import history_queries as hq
from csms_desktop.services.safe_csv import DANGEROUS, neutralise, restore
from csms_desktop.store.models import IdTag, Transaction, User, UserVehicle

EVIL = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\t=1",
        "\r=1"]


def _evaluable(cells: list[str]) -> list[str]:
    return [c for c in cells if c[:1] in DANGEROUS
            and not (c[:1] in "+-" and c[1:].replace(".", "", 1).isdigit())]


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")) for c in row]


def test_drivers_vehicles_and_tags_exports(services) -> None:
    user = User.create(phone_number="+66811111111", name=EVIL[0], email="@a.b")
    UserVehicle.create(user=user, license_plate="=1+1", make=EVIL[1], model=EVIL[2])
    for i, text in enumerate(EVIL):
        IdTag.create(id_tag=f"=T{i}", user=user, note=text, parent_id_tag=None)
    for kind in csv_io.KINDS:
        cells = _cells(csv_io.export_text(kind))
        assert cells, kind
        assert _evaluable(cells) == [], kind


def test_the_drivers_export_imports_back_as_typed(services) -> None:
    from csms_desktop.services.drivers import DriverService

    User.create(phone_number="+66811111112", name="=Somchai")
    text = csv_io.export_text("drivers")
    User.delete().execute()
    report = csv_io.import_csv("drivers", text, DriverService(services))
    assert report.ok, report.problems
    assert User.get(User.phone_number == "+66811111112").name == "=Somchai"


async def test_message_log_and_transactions_exports_with_text_from_the_wire(services, url,
                                                                            tmp_path: Path):
    async with connect_raw(url, "CP-CSV") as ws:
        await raw_boot(ws)
        await ws.send(json.dumps([2, "=1+1", '=HYPERLINK("http://evil","click")', {}]))
        await raw_recv(ws)  # NotImplemented
        await ws.send(json.dumps([2, "s1", "StartTransaction", {
            "connectorId": 1, "idTag": "@TAG", "meterStart": 0,
            "timestamp": "2026-12-01T10:00:00Z"}]))
        answer = await raw_recv(ws)
        tx = answer[2]["transactionId"]
        await ws.send(json.dumps([4, "no-such-call", "=cmd()", "+x", {}]))  # a forged error
        await ws.send(json.dumps([2, "s2", "StopTransaction", {
            "transactionId": tx, "meterStop": 10, "timestamp": "2026-12-01T11:00:00Z",
            "reason": "Other"}]))
        await raw_recv(ws)
    Transaction.update(stop_reason="=EVIL()").execute()
    services.writer.flush()
    path = tmp_path / "messages.csv"
    assert hq.export_messages(hq.MessageFilter(), path) > 0
    cells = _cells(path.read_text(encoding="utf-8"))
    assert any("HYPERLINK" in c for c in cells)
    assert _evaluable(cells) == []
    path = tmp_path / "tx.csv"
    assert hq.export_transactions_csv(hq.TransactionFilter(), hq.TxSort(), path) == 1
    cells = _cells(path.read_text(encoding="utf-8"))
    assert "'=EVIL()" in cells and "'@TAG" in cells
    assert _evaluable(cells) == []


def test_neutralise_and_restore_round_trip() -> None:
    for text in [*EVIL, "plain", "-3.50", "+66811111111", "'already", ""]:
        assert restore(neutralise(text)) == text
    assert neutralise("-3.50") == "-3.50" and neutralise("=1") == "'=1"
