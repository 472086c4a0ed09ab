"""Sample documents for a look at the layout.

    python -m csms_desktop.reports.sample_documents OUTDIR [--png]

writes ``invoice-pt-BR.pdf`` (the seed's Maria da Silva, October 2024), ``invoice-th.pdf``
(a Thai correction invoice), ``invoice-en.pdf`` and ``monthly-report.pdf``; with ``--png``
also page 1 of each as PNG at 80 dpi (needs poppler's ``pdftoppm``).

The seed's example invoice is inconsistent (its items sum to 105.00 but ``amount_due`` is
1500.75); the sample keeps the client, month, installation, history and amount due, and
uses billed items that add up to 1500.75.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from csms_desktop.reports.invoice_pdf import render_invoice
from csms_desktop.reports.model import (
    BilledLine,
    ChargerUsageRow,
    ClientBlock,
    ClientUsageRow,
    DriverRow,
    FaultRow,
    HistoryRow,
    InvoiceDoc,
    MonthlyReportDoc,
    SessionRow,
    SiteInfo,
    UtilisationRow,
    days_in_month,
)
from csms_desktop.reports.monthly_report import render_monthly_report

CENT = Decimal("0.01")


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def site_br() -> SiteInfo:
    return SiteInfo(
        name="EletroPosto Águas Claras",
        address_lines=(
            "Avenida das Araucárias, 1500 – Loja 3",
            "Águas Claras, Brasília – DF · CEP 71936-250",
        ),
        installation_number="INST-5678",
        tax_id="11222333000181",
        tax_id_country="BR",
        time_zone="America/Sao_Paulo",
        currency="BRL",
    )


def site_th() -> SiteInfo:
    return SiteInfo(
        name="สถานีชาร์จ EV สุขุมวิท",
        address_lines=(
            "99 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา",
            "กรุงเทพมหานคร 10110",
        ),
        installation_number="TH-BKK-0042",
        tax_id="0105551234567",
        tax_id_country="TH",
        time_zone="Asia/Bangkok",
        currency="THB",
    )


def _history(month: str, values: list[int]) -> tuple[HistoryRow, ...]:
    """12 months ending at ``month`` with the given kWh (oldest first)."""
    year, mon = (int(x) for x in month.split("-"))
    rows: list[HistoryRow] = []
    for i, kwh in enumerate(values):
        offset = len(values) - 1 - i
        y, m = year, mon - offset
        while m <= 0:
            m += 12
            y -= 1
        ym = f"{y:04d}-{m:02d}"
        days = days_in_month(ym)
        avg = (Decimal(kwh) / days).quantize(CENT, rounding=ROUND_HALF_UP)
        rows.append(HistoryRow(ym, Decimal(kwh), avg, days))
    return tuple(rows)


def _sessions(
    month: str,
    count: int,
    total_kwh: Decimal,
    price: Decimal,
    fee: Decimal,
    chargers: list[str],
    drivers: list[tuple[str, str | None]],
    seed: int,
) -> tuple[SessionRow, ...]:
    """``count`` sessions spread over the month whose kWh add up to ``total_kwh``."""
    rnd = random.Random(seed)
    year, mon = (int(x) for x in month.split("-"))
    days = days_in_month(month)
    weights = [rnd.uniform(0.5, 1.5) for _ in range(count)]
    scale = total_kwh / Decimal(str(sum(weights)))
    kwhs = [(Decimal(str(w)) * scale).quantize(CENT) for w in weights]
    kwhs[-1] += total_kwh - sum(kwhs, Decimal(0))
    rows: list[SessionRow] = []
    for i, kwh in enumerate(kwhs):
        day = 1 + (i * days) // count
        start = datetime(year, mon, day, 9, 0, tzinfo=UTC) + timedelta(minutes=rnd.randrange(0, 12 * 60))
        driver, vehicle = drivers[i % len(drivers)]
        rows.append(
            SessionRow(
                start=start,
                charger=chargers[i % len(chargers)],
                driver=driver,
                vehicle=vehicle,
                kwh=kwh,
                cost=_money(kwh * price + fee),
            )
        )
    return tuple(rows)


def invoice_pt_br() -> InvoiceDoc:
    """The seed's Maria da Silva, October 2024 (CPF made up, valid check digits)."""
    items = (
        BilledLine(
            "Energia elétrica – recarga de veículo elétrico",
            "kWh",
            Decimal("500"),
            Decimal("2.69"),
            Decimal("2.0175"),
            Decimal("1345.00"),
        ),
        BilledLine(
            "Taxa por sessão de recarga",
            "sessão",
            Decimal("42"),
            Decimal("2.50"),
            Decimal("2.125"),
            Decimal("105.00"),
        ),
        BilledLine(
            "Taxa de ociosidade (veículo conectado após a carga)",
            "min",
            Decimal("83"),
            Decimal("0.25"),
            Decimal("0.2125"),
            Decimal("20.75"),
        ),
        BilledLine("Taxa de serviço", None, None, None, None, Decimal("30.00")),
    )
    return InvoiceDoc(
        site=site_br(),
        client=ClientBlock(
            full_name="Maria da Silva",
            street="Quadra 203",
            number="10",
            complement="Bloco A",
            neighborhood="Águas Claras",
            zip_code="71909-000",
            city="Águas Claras",
            state="DF",
            country="BR",
            tax_id="52998224725",
            tax_id_country="BR",
            state_registration="1234567890",
            email="maria.silva@example.com",
            client_number="1001",
        ),
        invoice_number="2024-10-001001",
        invoice_id="75998926-ee1f-4bff-8fcf-2edbaabfc8a4",
        reference_month="2024-10",
        issued_at=datetime(2024, 11, 1, 12, 30, tzinfo=UTC),
        due_date=date(2024, 11, 15),
        installation_number="INST-5678",
        currency="BRL",
        amount_due=Decimal("1500.75"),
        items=items,
        history=_history("2024-10", [380, 402, 365, 410, 395, 420, 388, 431, 447, 462, 450, 500]),
        sessions=_sessions(
            "2024-10",
            42,
            Decimal("500"),
            Decimal("2.69"),
            Decimal("2.50"),
            ["CP001 – Entrada", "CP002 – Subsolo", "CP003 – DC rápido"],
            [("Maria da Silva", "BYD Dolphin · RBA2E19"), ("João da Silva", "Renault Kwid E-Tech")],
            seed=7,
        ),
        language="pt_BR",
        status="Emitida",
    )


def invoice_th() -> InvoiceDoc:
    """A Thai correction invoice for สมชาย ใจดี."""
    items = (
        BilledLine(
            "ค่าพลังงานไฟฟ้า (ชาร์จรถยนต์ไฟฟ้า)",
            "kWh",
            Decimal("320.5"),
            Decimal("7.50"),
            Decimal("7.0093"),
            Decimal("2403.75"),
        ),
        BilledLine(
            "ค่าบริการรายครั้ง",
            "ครั้ง",
            Decimal("18"),
            Decimal("10.00"),
            Decimal("9.3458"),
            Decimal("180.00"),
        ),
    )
    return InvoiceDoc(
        site=site_th(),
        client=ClientBlock(
            full_name="สมชาย ใจดี",
            street="ถนนสุขุมวิท",
            number="99/1",
            complement="ซอยสุขุมวิท 21",
            neighborhood="แขวงคลองเตยเหนือ",
            zip_code="10110",
            city="เขตวัฒนา",
            state="กรุงเทพมหานคร",
            country="TH",
            tax_id="3100600123456",
            tax_id_country="TH",
            email="somchai@example.co.th",
            client_number="TH-2001",
        ),
        invoice_number="INV-2024-10-0008",
        reference_month="2024-10",
        issued_at=datetime(2024, 11, 2, 3, 15, tzinfo=UTC),
        due_date=date(2024, 11, 30),
        installation_number="TH-BKK-0042",
        currency="THB",
        amount_due=Decimal("2583.75"),
        items=items,
        history=_history("2024-10", [210, 245, 260, 238, 270, 301, 290, 285, 310, 298, 305, 320]),
        sessions=_sessions(
            "2024-10",
            18,
            Decimal("320.5"),
            Decimal("7.50"),
            Decimal("10.00"),
            ["ตู้ชาร์จ 1 (AC)", "ตู้ชาร์จ 2 (DC)"],
            [("สมชาย ใจดี", "กข 1234 กรุงเทพมหานคร")],
            seed=11,
        ),
        language="th_TH",
        corrects="INV-2024-10-0007",
        status="ออกแล้ว",
    )


def invoice_en() -> InvoiceDoc:
    base = invoice_pt_br()
    items = (
        BilledLine(
            "Energy – EV charging",
            "kWh",
            Decimal("500"),
            Decimal("2.69"),
            Decimal("2.0175"),
            Decimal("1345.00"),
        ),
        BilledLine("Session fee", "session", Decimal("42"), Decimal("2.50"), None, Decimal("105.00")),
        BilledLine("Idle fee", "min", Decimal("83"), Decimal("0.25"), None, Decimal("20.75")),
        BilledLine("Service fee", None, None, None, None, Decimal("30.00")),
    )
    return InvoiceDoc(
        site=base.site,
        client=base.client,
        invoice_number=base.invoice_number,
        reference_month=base.reference_month,
        issued_at=base.issued_at,
        due_date=base.due_date,
        installation_number=base.installation_number,
        currency=base.currency,
        amount_due=base.amount_due,
        items=items,
        history=base.history,
        sessions=base.sessions,
        language="en",
        status="Issued",
    )


def monthly_report(language: str = "pt_BR") -> MonthlyReportDoc:
    rnd = random.Random(2024)
    month = "2024-10"
    chargers = ["CP001 – Entrada", "CP002 – Subsolo", "CP003 – DC rápido", "CP004 – Frota"]
    per_charger = (
        ChargerUsageRow(chargers[0], 212, Decimal("3120.4"), Decimal("8394.88")),
        ChargerUsageRow(chargers[1], 175, Decimal("2486.9"), Decimal("6690.09")),
        ChargerUsageRow(chargers[2], 301, Decimal("9873.2"), Decimal("29619.60")),
        ChargerUsageRow(chargers[3], 96, Decimal("1840.0"), Decimal("4600.00")),
    )
    per_client = (
        ClientUsageRow("Maria da Silva", 42, Decimal("500.0"), Decimal("1500.75")),
        ClientUsageRow("Silva & Filhos <Ltda>", 188, Decimal("5230.7"), Decimal("14120.35")),
        ClientUsageRow("Transportadora Cerrado S.A.", 254, Decimal("7411.3"), Decimal("20345.90")),
        ClientUsageRow("", 300, Decimal("4178.5"), Decimal("13337.57")),
    )
    days = days_in_month(month)
    spd = tuple(
        (
            date(2024, 10, d),
            rnd.randint(14, 34) if date(2024, 10, d).weekday() < 5 else rnd.randint(6, 15),
        )
        for d in range(1, days + 1)
    )
    utilisation = (
        UtilisationRow(chargers[0], 1, Decimal("201.5")),
        UtilisationRow(chargers[0], 2, Decimal("176.0")),
        UtilisationRow(chargers[1], 1, Decimal("244.3")),
        UtilisationRow(chargers[2], 1, Decimal("392.8")),
        UtilisationRow(chargers[2], 2, Decimal("355.1")),
        UtilisationRow(chargers[3], 1, Decimal("88.0")),
    )
    drivers = (
        DriverRow("Carlos Pereira", 61, Decimal("1840.2")),
        DriverRow("Ana Beatriz Souza", 55, Decimal("1622.9")),
        DriverRow("Maria da Silva", 42, Decimal("500.0")),
        DriverRow("Roberto Nascimento", 39, Decimal("1190.4")),
        DriverRow("สมชาย ใจดี", 23, Decimal("402.5")),
        DriverRow("Fernanda Lima", 21, Decimal("377.8")),
        DriverRow("Paulo Henrique Costa", 19, Decimal("355.0")),
        DriverRow("Juliana Alves", 17, Decimal("301.2")),
        DriverRow("Diego Martins", 15, Decimal("288.6")),
        DriverRow("Letícia Gonçalves", 12, Decimal("190.3")),
    )
    faults = (
        FaultRow(chargers[1], 1, 3, Decimal("5.5")),
        FaultRow(chargers[2], 2, 1, Decimal("26.0")),
        FaultRow(chargers[3], None, 2, Decimal("3.2")),
    )
    site = site_br() if language != "th_TH" else site_th()
    return MonthlyReportDoc(
        site=site,
        month=month,
        language=language,
        currency=site.currency,
        per_charger=per_charger,
        per_client=per_client,
        sessions_per_day=spd,
        utilisation=utilisation,
        top_drivers=drivers,
        faults=faults,
        generated_at=datetime(2024, 11, 1, 11, 0, tzinfo=UTC),
    )


def write_all(out_dir: Path, png: bool = False) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    pdfs = [
        render_invoice(invoice_pt_br(), out_dir / "invoice-pt-BR.pdf"),
        render_invoice(invoice_th(), out_dir / "invoice-th.pdf"),
        render_invoice(invoice_en(), out_dir / "invoice-en.pdf"),
        render_monthly_report(monthly_report(), out_dir / "monthly-report.pdf"),
    ]
    written = list(pdfs)
    if png:
        exe = shutil.which("pdftoppm")
        if exe is None:
            print("pdftoppm not found; PNGs skipped", file=sys.stderr)
        else:
            for pdf in pdfs:
                stem = out_dir / pdf.stem
                subprocess.run(
                    [
                        exe,
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
                written.append(stem.with_suffix(".png"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m csms_desktop.reports.sample_documents")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--png", action="store_true", help="also render page 1 as PNG (80 dpi)")
    args = parser.parse_args(argv)
    for path in write_all(args.out_dir, png=args.png):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
