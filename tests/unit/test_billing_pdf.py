"""Invoice PDFs from the run, read back with poppler's ``pdftotext -enc UTF-8``: a Thai
client, markup-like names printed literally, a correction, the monthly report."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from billing_data import MARIA, SOMCHAI, bkk, charger, client, driver, session, site_tariff

from csms_desktop.domain.enums import MessageDirection
from csms_desktop.reports.billing import render_invoice_document, render_report
from csms_desktop.services import billing
from csms_desktop.services.settings import SiteSettings
from csms_desktop.store.models import Invoice, OCPPMessage

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils' pdftotext is missing")
SETTINGS = SiteSettings(time_zone="Asia/Bangkok", site_name="Depot <Sukhumvit> & Co",
                        installation_number="TH-BKK-0042")
NOW = datetime(2024, 11, 2, tzinfo=UTC)


def text_of(path: Path) -> str:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8").replace("\u00a0", " ").replace("\u202f", " ")


def _issue(tmp_path: Path) -> Path:
    result = billing.run_month("2024-10", SETTINGS, out_dir=tmp_path / "pdf",
                               render=render_invoice_document, now=NOW)
    assert [r.status for r in result.results] == ["ISSUED"], result.results
    assert result.results[0].file is not None
    return Path(result.results[0].file)


def test_thai_client_invoice(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff()
    owner = client(SOMCHAI, number="1002")
    session(driver(owner, "สมชาย ใจดี", plate="กข 1234"), conn, bkk(2024, 10, 3, 21), 20.0,
            120, idle_minutes=40)
    text = text_of(_issue(tmp_path))
    for expected in ("ใบแจ้งหนี้", "บริษัท ขนส่งสีเขียว จำกัด", "ถนนสุขุมวิท", "ตุลาคม 2567",
                     "ค่าพลังงานไฟฟ้า – ช่วงพีค", "ภาษีมูลค่าเพิ่ม 7%", "สมชาย ใจดี / กข 1234",
                     "2024-000001", "TH-BKK-0042", "10/11/2567"):
        assert expected in text, expected
    inv = Invoice.get()
    assert f"฿{inv.amount_due:,.2f}" in text


def test_markup_in_names_prints_literally(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff()
    owner = client(MARIA, number="1001", full_name="Silva & Filhos <Ltda>",
                   complement="Sala <b>3</b>")
    session(driver(owner, "Zé <i>da</i> Silva & Cia"), conn, bkk(2024, 10, 3, 10), 10.0)
    text = text_of(_issue(tmp_path))
    assert "Silva & Filhos <Ltda>" in text
    assert "Sala <b>3</b>" in text
    assert "Zé <i>da</i> Silva & Cia" in text
    assert "Depot <Sukhumvit> & Co" in text


def test_correction_pdf_names_the_invoice_it_replaces(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff()
    owner = client(MARIA, number="1001")
    session(driver(owner, "João"), conn, bkk(2024, 10, 3, 10), 10.0)
    _issue(tmp_path)
    new = billing.correct_invoice(None, Invoice.get().id, SETTINGS, out_dir=tmp_path / "pdf",
                                  render=render_invoice_document, now=NOW)
    text = text_of(tmp_path / "pdf" / new.file_name)
    assert "Esta fatura corrige e substitui a fatura nº 2024-000001." in text
    reprint = tmp_path / "old.pdf"
    billing.save_pdf(new.corrects_id, reprint, SETTINGS, render_invoice_document)
    old_text = text_of(reprint)
    assert "Situação" in old_text and "Cancelada" in old_text and "substituída" in old_text


def test_monthly_report_from_the_store(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c1, c2 = charger("CP001", 2)
    site_tariff()
    maria = client(MARIA, number="1001")
    joao = driver(maria, "João")
    walk_in = driver(None, "Walk-in")
    session(joao, c1, bkk(2024, 10, 3, 10), 10.0, 60)
    session(joao, c1, bkk(2024, 10, 3, 14), 20.0, 120)
    session(walk_in, c2, bkk(2024, 10, 4, 10), 5.0, 30)
    for ts, status in ((bkk(2024, 10, 5, 8), "Faulted"), (bkk(2024, 10, 5, 11), "Available"),
                       (bkk(2024, 10, 6, 8), "Faulted")):
        OCPPMessage.create(message_id="m", charge_point_id="CP001",
                           direction=MessageDirection.INBOUND, action="StatusNotification",
                           payload={"connectorId": 2, "status": status, "errorCode": "X"},
                           timestamp=ts)
    fig = billing.monthly_figures("2024-10", SETTINGS, "en", now=datetime(2025, 1, 1, tzinfo=UTC))
    assert [(r.name, r.sessions, r.kwh) for r in fig.per_client] == [
        ("Maria da Silva", 2, 30.0), (None, 1, 5.0)]
    assert [(r.name, r.sessions) for r in fig.per_charger] == [("Bay 1", 3)]
    assert dict(fig.sessions_per_day)[datetime(2024, 10, 3).date()] == 2
    assert len(fig.sessions_per_day) == 31
    assert {(u.connector, u.hours) for u in fig.utilisation} == {(1, 3.0), (2, 0.5)}
    assert [(d.driver, d.sessions) for d in fig.top_drivers] == [("João", 2), ("Walk-in", 1)]
    [fault] = fig.faults
    # 3 h down on the 5th, and from the 6th 08:00 to the end of the month
    assert (fault.connector, fault.faults) == (2, 2)
    assert fault.downtime_hours == pytest.approx(3 + (25 * 24 + 16), abs=0.01)
    total = sum(r.revenue for r in fig.per_client)
    path = render_report(fig, tmp_path / "report.pdf")
    text = text_of(path)
    assert "Monthly report – October 2024" in text
    assert "Maria da Silva" in text and "(no client)" in text and "Bay 1" in text
    assert f"{total:,.2f}" in text


def test_seller_block_prints_legal_name_address_and_tax_id(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 13, item 10: not only "Depot": the site's legal name, address and tax id."""
    global SETTINGS
    conn = charger()[0]
    site_tariff()
    owner = client(MARIA, number="1001")
    session(driver(owner, "João"), conn, bkk(2024, 10, 3, 10), 10.0)
    old = SETTINGS
    SETTINGS = SiteSettings(time_zone="Asia/Bangkok", site_name="Depot",
                            legal_name="Eletroposto Norte Ltda",
                            site_address="SIA Trecho 3, Lote 625; Brasília - DF; 71200-030",
                            tax_id="11222333000181", default_country="BR",
                            installation_number="BR-DF-0001")
    try:
        text = text_of(_issue(tmp_path))
    finally:
        SETTINGS = old
    for expected in ("Eletroposto Norte Ltda", "SIA Trecho 3, Lote 625", "71200-030",
                     "11.222.333/0001-81"):
        assert expected in text, expected
