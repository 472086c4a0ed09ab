"""Printable documents: invoice and monthly report PDFs (pure ReportLab, no Qt).

PDF text is checked with poppler's ``pdftotext``; those tests skip when it is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from csms_desktop.reports import fonts, i18n, thai
from csms_desktop.reports import sample_documents as demo
from csms_desktop.reports.invoice_pdf import (
    client_address_lines,
    render_invoice,
    render_invoice_bytes,
)
from csms_desktop.reports.model import (
    BilledLine,
    ClientBlock,
    InvoiceDoc,
    MonthlyReportDoc,
    SessionRow,
    SiteInfo,
    UtilisationRow,
)
from csms_desktop.reports.monthly_report import (
    render_monthly_report,
    render_monthly_report_bytes,
    utilisation_percent,
)
from csms_desktop.reports.taxid import format_tax_id

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils' pdftotext is not installed")
REPO = Path(__file__).resolve().parents[2]
SESSION_LINE = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", re.MULTILINE)


def _norm(text: str) -> str:
    """pdftotext output with babel's no-break spaces as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def pdf_text(path: Path, page: int | None = None) -> str:
    assert PDFTOTEXT is not None
    cmd = [PDFTOTEXT, "-enc", "UTF-8"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*cmd, str(path), "-"], capture_output=True, check=True)
    return _norm(out.stdout.decode("utf-8"))


def page_count(path: Path) -> int:
    # Every page prints its own "X of Y"; count the pages pdftotext separates with \f.
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").rstrip("\f").count("\f") + 1


def _sessions(n: int, month_start: datetime, driver: str = "Driver") -> tuple[SessionRow, ...]:
    return tuple(
        SessionRow(
            start=month_start + timedelta(hours=4 * i + 1),
            charger=f"CP{(i % 3) + 1:03d}",
            driver=f"{driver} {i + 1:03d}",
            vehicle=None if i % 2 else f"ABC{i:04d}",
            kwh=Decimal("10.50"),
            cost=Decimal("30.75"),
        )
        for i in range(n)
    )


def _simple_invoice(**changes: object) -> InvoiceDoc:
    doc = InvoiceDoc(
        site=demo.site_br(),
        client=ClientBlock(
            full_name="Cliente Teste",
            street="Rua A",
            number="1",
            complement=None,
            neighborhood="Centro",
            zip_code="70000-000",
            city="Brasília",
            state="DF",
            tax_id="11222333000181",
        ),
        invoice_number="T-1",
        reference_month="2024-10",
        issued_at=datetime(2024, 11, 1, 12, 0, tzinfo=UTC),
        due_date=date(2024, 11, 15),
        installation_number="INST-1",
        currency="BRL",
        amount_due=Decimal("10.00"),
        items=(BilledLine("Energia", "kWh", Decimal("4"), Decimal("2.50"), None, Decimal("10.00")),),
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- fonts


def test_fonts_dir_is_the_checkout_resources_folder() -> None:
    folder = fonts.fonts_dir()
    assert folder == REPO / "resources" / "fonts"
    for filename in fonts.FONT_FILES.values():
        assert (folder / filename).is_file()
    assert (folder / "LICENSE-Waree.txt").is_file()


def test_fonts_dir_prefers_the_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(REPO / "resources" / "fonts" / "Waree.ttf", bundled / "Waree.ttf")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.fonts_dir() == bundled


def test_register_fonts_is_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics, ttfonts

    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY
    for name in fonts.FONT_FILES:
        assert name in pdfmetrics.getRegisteredFontNames()
    thai.install_tounicode_fix()
    # wrapped once, not once per call
    wrapped = ttfonts.makeToUnicodeCMap.__wrapped__
    assert not hasattr(wrapped, "__wrapped__")


def test_font_covers_portuguese_thai_and_every_document_string() -> None:
    assert fonts.missing_glyphs("ç ã é õ ô â ê á í ó ú à ü Ç Ã É Águas Nº º ª – … ·") == []
    assert fonts.missing_glyphs("สมชาย ใจดี ใบแจ้งหนี้ ฿ R$ € ๐๑๒") == []
    for font in fonts.FONT_FILES:
        assert fonts.missing_glyphs("Fatura ção ใบแจ้งหนี้", font) == []
    texts: list[str] = []
    for lang in ("pt_BR", "th_TH", "en"):
        for key in i18n.catalogue_keys():
            texts.append(
                i18n.t(
                    lang, key, number="1", month="m", zone="z", count=1, symbol="$", page=1, pages=2, when="w"
                )
            )
        for month in range(1, 13):
            texts.append(i18n.month_text(f"2024-{month:02d}", lang))
            texts.append(i18n.month_short(f"2024-{month:02d}", lang))
        for cur in ("BRL", "THB", "USD", "EUR"):
            texts.append(i18n.money(Decimal("-1234567.89"), cur, lang))
        texts.append(i18n.datetime_text(datetime(2024, 10, 3, 13, 5, tzinfo=UTC), "UTC", lang))
    assert fonts.missing_glyphs("".join(texts)) == []
    assert fonts.missing_glyphs(thai.shape_thai("".join(texts))) == []


# --------------------------------------------------------------------------- i18n


def test_money_per_locale() -> None:
    assert i18n.money(Decimal("1500.75"), "BRL", "pt_BR") == "R$\u00a01.500,75"
    assert i18n.money(Decimal("2583.75"), "THB", "th_TH") == "฿2,583.75"
    assert i18n.money(Decimal("1500.75"), "BRL", "en") == "R$1,500.75"
    assert i18n.amount(Decimal("1500.75"), "pt_BR", "BRL") == "1.500,75"
    assert i18n.amount(Decimal("1500"), "en", "JPY") == "1,500"


def test_months_and_dates() -> None:
    assert i18n.month_text("2024-10", "pt_BR") == "outubro de 2024"
    assert i18n.month_text("2024-10", "th_TH") == "ตุลาคม 2567"  # Buddhist Era
    assert i18n.month_text("2024-10", "en") == "October 2024"
    assert i18n.month_short("2024-10", "pt_BR") == "out/24"
    assert i18n.month_short("2024-10", "th_TH") == "ต.ค. 67"
    assert i18n.date_text(date(2024, 10, 31), "pt_BR") == "31/10/2024"
    assert i18n.date_text(date(2024, 10, 31), "th_TH") == "31/10/2567"
    assert i18n.date_text(date(2024, 10, 31), "en") == "31 Oct 2024"


def test_times_are_shown_in_the_site_zone() -> None:
    instant = datetime(2024, 10, 3, 2, 30, tzinfo=UTC)
    assert i18n.datetime_text(instant, "America/Sao_Paulo", "pt_BR") == "02/10/2024 23:30"
    assert i18n.datetime_text(instant, "Asia/Bangkok", "th_TH") == "03/10/2567 09:30"
    assert i18n.datetime_text(instant, "UTC", "en") == "3 Oct 2024 02:30"


def test_clean_replaces_spaces_the_font_lacks() -> None:
    assert i18n.clean("10:05\u202fAM\u2009x") == "10:05\u00a0AM\u00a0x"


# --------------------------------------------------------------------------- tax ids, thai


@pytest.mark.parametrize(
    ("value", "country", "expected"),
    [
        ("52998224725", "BR", ("cpf", "529.982.247-25")),
        ("529.982.247-25", "BR", ("cpf", "529.982.247-25")),
        ("11222333000181", "BR", ("cnpj", "11.222.333/0001-81")),
        ("12ABC34501DE35", "BR", ("cnpj", "12.ABC.345/01DE-35")),  # alphanumeric CNPJ
        ("0105551234567", "TH", ("th", "0-1055-51234-56-7")),
        ("DE123456789", "DE", ("other", "DE123456789")),
        ("123", "BR", ("other", "123")),
    ],
)
def test_format_tax_id(value: str, country: str, expected: tuple[str, str]) -> None:
    assert format_tax_id(value, country) == expected


def test_thai_mark_positioning_is_reversible() -> None:
    text = "ค่าบริการ ลูกค้า ปี้ ฐุ ญู ฎุ น้ำ ผู้ใช้ สมชาย ใจดี Fatura"
    shaped = thai.shape_thai(text)
    assert len(shaped) == len(text)
    assert shaped != text
    assert thai.unshape_thai(shaped) == text
    assert thai.shape_thai("ค่า") == "ค\uf70aา"  # tone mark lowered (no upper vowel)
    assert thai.shape_thai("ที่") == "ที่"  # tone above an upper vowel stays high
    assert thai.shape_thai("ปี้") == "ป\uf702\uf714"  # ascender: shifted left
    assert thai.shape_thai("Silva & Filhos") == "Silva & Filhos"


# --------------------------------------------------------------------------- model


def test_model_rejects_float_money_and_inconsistent_totals() -> None:
    with pytest.raises(TypeError):
        BilledLine("x", None, None, None, None, 10.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sum to"):
        _simple_invoice(amount_due=Decimal("10.01"))
    with pytest.raises(ValueError, match="decimal places"):
        _simple_invoice(
            amount_due=Decimal("10.005"),
            items=(BilledLine("x", None, None, None, None, Decimal("10.005")),),
        )
    with pytest.raises(ValueError, match="timezone-aware"):
        _simple_invoice(issued_at=datetime(2024, 11, 1))
    with pytest.raises(ValueError, match="YYYY-MM"):
        _simple_invoice(reference_month="October 2024")
    with pytest.raises(ValueError, match="time zone"):
        SiteInfo(name="x", time_zone="Mars/Olympus")


def test_client_address_lines() -> None:
    pt = demo.invoice_pt_br().client
    assert client_address_lines(pt, "pt_BR") == [
        "Quadra 203, 10, Bloco A",
        "Águas Claras",
        "Águas Claras – DF · CEP 71909-000",
    ]
    assert client_address_lines(pt, "en")[-1] == "Brazil"
    th = demo.invoice_th().client
    assert client_address_lines(th, "th_TH") == [
        "99/1 ถนนสุขุมวิท ซอยสุขุมวิท 21",
        "แขวงคลองเตยเหนือ เขตวัฒนา",
        "กรุงเทพมหานคร 10110",
    ]


# --------------------------------------------------------------------------- invoice PDFs


@needs_pdftotext
def test_portuguese_invoice(tmp_path: Path) -> None:
    doc = demo.invoice_pt_br()
    path = render_invoice(doc, tmp_path / "sub" / "fatura.pdf")
    assert path == tmp_path / "sub" / "fatura.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert not list(path.parent.glob("*.part"))
    text = pdf_text(path)
    for expected in (
        "Maria da Silva",
        "Quadra 203, 10, Bloco A",
        "Águas Claras – DF · CEP 71909-000",
        "CPF: 529.982.247-25",
        "CNPJ: 11.222.333/0001-81",
        "Inscrição estadual: 1234567890",
        "R$ 1.500,75",
        "outubro de 2024",
        "15/11/2024",
        "INST-5678",
        "Histórico de consumo",
        "Energia elétrica – recarga de veículo elétrico",
    ):
        assert expected in text, expected
    # the totals row equals amount_due
    assert text.count("1.500,75") >= 2
    pages = page_count(path)
    assert pages == 2
    for page in range(1, pages + 1):
        assert f"Página {page} de {pages}" in pdf_text(path, page)
    assert len(SESSION_LINE.findall(text)) == len(doc.sessions) == 42


@needs_pdftotext
def test_thai_invoice(tmp_path: Path) -> None:
    doc = demo.invoice_th()
    path = render_invoice(doc, tmp_path / "th.pdf")
    text = pdf_text(path)
    for expected in (
        "สมชาย ใจดี",
        "99/1 ถนนสุขุมวิท ซอยสุขุมวิท 21",
        "แขวงคลองเตยเหนือ เขตวัฒนา",
        "กรุงเทพมหานคร 10110",
        "เลขประจำตัวผู้เสียภาษี: 3-1006-00123-45-6",
        "฿2,583.75",
        "ตุลาคม 2567",
        "30/11/2567",
        "ค่าบริการรายครั้ง",  # marks positioned with PUA glyphs still extract as Thai
        "ใบแจ้งหนี้ฉบับนี้แก้ไขและใช้แทนใบแจ้งหนี้เลขที่ INV-2024-10-0007",
    ):
        assert expected in text, expected
    assert not re.search("[\uf700-\uf71a]", text)
    pages = page_count(path)
    for page in range(1, pages + 1):
        assert f"หน้า {page} จาก {pages}" in pdf_text(path, page)


@needs_pdftotext
def test_user_strings_are_escaped(tmp_path: Path) -> None:
    client = replace(
        demo.invoice_pt_br().client,
        full_name="Silva & Filhos <Ltda>",
        complement="Sala <3> & 4",
        email="a&b@example.com",
    )
    doc = _simple_invoice(
        client=client,
        invoice_number="N<1>&2",
        status="<font color=red>x",
        corrects="A&B <old>",
        items=(
            BilledLine("x <b>bold", "<u>", Decimal("1"), None, None, Decimal("4.00")),
            BilledLine("</para> & <br/>", None, None, None, None, Decimal("6.00")),
        ),
        sessions=_sessions(2, datetime(2024, 10, 1, tzinfo=UTC), driver="<i>Zé</i> &"),
    )
    path = render_invoice(doc, tmp_path / "esc.pdf")
    text = pdf_text(path)
    for expected in (
        "Silva & Filhos <Ltda>",
        "Sala <3> & 4",
        "a&b@example.com",
        "N<1>&2",
        "<font color=red>x",
        "A&B <old>",
        "x <b>bold",
        "</para> & <br/>",
        "<i>Zé</i> & 001",
    ):
        assert expected in text, expected
    assert "&amp;" not in text and "&lt;" not in text


@needs_pdftotext
def test_annex_with_150_sessions_spans_three_pages(tmp_path: Path) -> None:
    sessions = _sessions(150, datetime(2024, 10, 1, 3, 0, tzinfo=UTC))
    doc = _simple_invoice(sessions=sessions)
    path = render_invoice(doc, tmp_path / "annex.pdf")
    pages = page_count(path)
    assert pages == 4  # the invoice page + a 3-page annex
    annex_pages = [p for p in range(1, pages + 1) if "Motorista / veículo" in pdf_text(path, p)]
    assert annex_pages == [2, 3, 4]  # the table header repeats on every annex page
    seen = 0
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert f"Página {page} de {pages}" in text
        seen += len(SESSION_LINE.findall(text))
    assert seen == 150
    full = pdf_text(path)
    assert "Driver 001" in full and "Driver 150" in full
    assert "Total – 150 sessões" in full
    assert "1.575,00" in full  # 150 x 10.50 kWh
    assert "4.612,50" in full  # 150 x 30.75


@needs_pdftotext
def test_invoice_without_history_or_sessions(tmp_path: Path) -> None:
    path = render_invoice(_simple_invoice(language="en"), tmp_path / "min.pdf")
    text = pdf_text(path)
    assert page_count(path) == 1
    assert "No consumption history." in text
    assert "Page 1 of 1" in text
    assert "CNPJ: 11.222.333/0001-81" in text


def test_invoice_rendering_is_deterministic() -> None:
    doc = demo.invoice_th()
    assert render_invoice_bytes(doc) == render_invoice_bytes(doc)


def test_logo_is_drawn_and_a_missing_logo_does_not_fail(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("L", (120, 40), 128).save(logo)
    with_logo = replace(demo.site_br(), logo_path=logo)
    data = render_invoice_bytes(_simple_invoice(site=with_logo))
    assert b"/Subtype /Image" in data
    missing = replace(demo.site_br(), logo_path=tmp_path / "nope.png")
    assert render_invoice_bytes(_simple_invoice(site=missing)).startswith(b"%PDF")


# --------------------------------------------------------------------------- monthly report


@needs_pdftotext
def test_monthly_report(tmp_path: Path) -> None:
    doc = demo.monthly_report()
    path = render_monthly_report(doc, tmp_path / "report.pdf")
    text = pdf_text(path)
    for expected in (
        "RELATÓRIO MENSAL",
        "outubro de 2024",
        "Energia e receita por carregador",
        "Energia e receita por cliente",
        "Sessões por dia",
        "Utilização por conector",
        "Principais motoristas",
        "Falhas e indisponibilidade",
        "CP003 – DC rápido",
        "Silva & Filhos <Ltda>",
        "(sem cliente)",
        "(ponto de recarga)",
        "R$ 49.304,57",
        "49.304,57",
        "17.320,5",
        "สมชาย ใจดี",
    ):
        assert expected in text, expected
    pages = page_count(path)
    for page in range(1, pages + 1):
        assert f"Página {page} de {pages}" in pdf_text(path, page)


@needs_pdftotext
def test_monthly_report_thai_and_empty(tmp_path: Path) -> None:
    path = render_monthly_report(demo.monthly_report("th_TH"), tmp_path / "th.pdf")
    text = pdf_text(path)
    assert "รายงานประจำเดือน" in text and "ตุลาคม 2567" in text
    assert "฿49,304.57" in text
    empty = MonthlyReportDoc(site=demo.site_br(), month="2024-02", language="en", currency="BRL")
    path = render_monthly_report(empty, tmp_path / "empty.pdf")
    text = pdf_text(path)
    assert "No data for this period." in text
    assert "No faults recorded in this period." in text
    assert "Page 1 of 1" in text


def test_utilisation_percent_defaults_to_share_of_the_month() -> None:
    # October has 744 hours
    assert utilisation_percent(UtilisationRow("CP", 1, Decimal("372")), "2024-10") == 50
    assert utilisation_percent(UtilisationRow("CP", 1, 10, Decimal("12.5")), "2024-10") == Decimal("12.5")
    assert render_monthly_report_bytes(demo.monthly_report("en")).startswith(b"%PDF")
