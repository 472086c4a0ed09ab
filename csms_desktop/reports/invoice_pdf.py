"""The printable invoice (A4, greyscale): header, client block, invoice data box,
billed items, consumption-history chart, correction note, sessions annex, page numbers.

Usage::

    from csms_desktop.reports.invoice_pdf import render_invoice
    render_invoice(doc, "fatura-2024-10.pdf")

Every user string goes through :func:`csms_desktop.reports.layout.para` (XML-escaped), so
``Silva & Filhos <Ltda>`` prints literally and stray markup never raises.
"""

from __future__ import annotations

import io
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from csms_desktop.reports import i18n
from csms_desktop.reports.charts import bar_chart
from csms_desktop.reports.i18n import t
from csms_desktop.reports.layout import (
    BLACK,
    FRAME_WIDTH,
    GREY_FILL,
    GREY_RULE,
    HRule,
    PageDecorator,
    Styles,
    esc,
    grid_table,
    header,
    make_doc_template,
    numbered_canvas,
    page_furniture,
    para,
    save_pdf,
    tax_id_label,
)
from csms_desktop.reports.model import ClientBlock, HistoryRow, InvoiceDoc
from csms_desktop.reports.taxid import format_tax_id

log = logging.getLogger(__name__)

__all__ = ["build_story", "render_invoice", "render_invoice_bytes"]


# --------------------------------------------------------------------------- helpers


def client_address_lines(client: ClientBlock, lang: str) -> list[str]:
    """The postal address as printed, in the client country's usual order."""
    country = client.country.upper()

    def join(*parts: str | None, sep: str = " ") -> str:
        return sep.join(p.strip() for p in parts if p and p.strip())

    lines: list[str]
    if country == "BR":
        first = join(join(client.street, client.number, sep=", "), client.complement, sep=", ")
        city = join(client.city, client.state, sep=" – ")
        zip_line = f"{t(lang, 'zip_prefix_BR')} {client.zip_code}" if client.zip_code else ""
        lines = [first, client.neighborhood, join(city, zip_line, sep=" · ")]
    elif country == "TH":
        lines = [
            join(client.number, client.street, client.complement),
            join(client.neighborhood, client.city),
            join(client.state, client.zip_code),
        ]
    else:
        lines = [
            join(join(client.number, client.street), client.complement, sep=", "),
            client.neighborhood,
            join(join(client.city, client.state, sep=", "), client.zip_code),
        ]
    if country and country != (i18n.language_territory(lang) or ""):
        lines.append(i18n.country_name(country, lang))
    return [line for line in lines if line]


# --------------------------------------------------------------------------- sections


def _client_box(doc: InvoiceDoc, s: Styles, width: float) -> Table:
    lang, c = doc.language, doc.client
    rows: list[list[Any]] = [
        [para(t(lang, "client").upper(), s.label)],
        [para(c.full_name, s.client_name)],
    ]
    rows += [[para(line, s.body)] for line in client_address_lines(c, lang)]
    details: list[tuple[str, str]] = []
    if c.tax_id:
        kind, text = format_tax_id(c.tax_id, c.tax_id_country)
        details.append((tax_id_label(kind, lang), text))
    if c.state_registration:
        details.append((t(lang, "state_registration"), c.state_registration))
    if c.email:
        details.append((t(lang, "email"), c.email))
    if c.client_number:
        details.append((t(lang, "client_number"), c.client_number))
    for label, value in details:
        rows.append([Paragraph(f"<b>{esc(label)}:</b> {esc(value)}", s.body)])
    table = Table(rows, colWidths=[width])
    first_detail = len(rows) - len(details)
    cmds: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, BLACK),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 3),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]
    if details:
        cmds.append(("TOPPADDING", (0, first_detail), (-1, first_detail), 5))
    table.setStyle(TableStyle(cmds))
    return table


def _data_box(doc: InvoiceDoc, s: Styles, width: float) -> Table:
    lang, tz = doc.language, doc.site.time_zone
    issued_local = i18n.to_local(doc.issued_at, tz).date()
    rows: list[list[Any]] = [
        [para(t(lang, "invoice_number"), s.body), para(doc.invoice_number, s.value_right)],
        [
            para(t(lang, "reference_month"), s.body),
            para(i18n.month_text(doc.reference_month, lang), s.value_right),
        ],
        [
            para(t(lang, "issue_date"), s.body),
            para(i18n.date_text(issued_local, lang), s.value_right),
        ],
        [
            para(t(lang, "due_date"), s.body),
            para(i18n.date_text(doc.due_date, lang), s.value_right),
        ],
        [
            para(t(lang, "installation_number"), s.body),
            para(doc.installation_number, s.value_right),
        ],
    ]
    if doc.status:
        rows.append([para(t(lang, "status"), s.body), para(doc.status, s.value_right)])
    n = len(rows)
    rows.append([para(t(lang, "amount_due").upper(), s.label), ""])
    rows.append([para(i18n.money(doc.amount_due, doc.currency, lang), s.big_amount), ""])
    table = Table(rows, colWidths=[width * 0.46, width * 0.54])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, BLACK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
                ("LINEBELOW", (0, 0), (-1, n - 2), 0.3, GREY_RULE),
                ("SPAN", (0, n), (1, n)),
                ("SPAN", (0, n + 1), (1, n + 1)),
                ("BACKGROUND", (0, n), (-1, n + 1), GREY_FILL),
                ("LINEABOVE", (0, n), (-1, n), 1.2, BLACK),
                ("TOPPADDING", (0, n), (-1, n), 5),
                ("BOTTOMPADDING", (0, n + 1), (-1, n + 1), 6),
            ]
        )
    )
    return table


def _items_table(doc: InvoiceDoc, s: Styles) -> Table:
    lang, cur = doc.language, doc.currency
    sym = i18n.currency_symbol(cur, lang)
    header_row = [
        para(t(lang, "col_item"), s.head),
        para(t(lang, "col_unit"), s.head),
        para(t(lang, "col_quantity"), s.head_right),
        para(t(lang, "col_unit_price", symbol=sym), s.head_right),
        para(t(lang, "col_unit_rate", symbol=sym), s.head_right),
        para(t(lang, "col_amount", symbol=sym), s.head_right),
    ]
    rows: list[list[Any]] = [header_row]
    for line in doc.items:
        rows.append(
            [
                para(line.item_name, s.cell),
                para(line.unit or "", s.cell),
                para(
                    "" if line.quantity is None else i18n.number(line.quantity, lang, 0, 3),
                    s.cell_right,
                ),
                para(
                    "" if line.unit_price is None else i18n.number(line.unit_price, lang, 2, 6),
                    s.cell_right,
                ),
                para(
                    "" if line.unit_rate is None else i18n.number(line.unit_rate, lang, 2, 6),
                    s.cell_right,
                ),
                para(i18n.amount(line.amount, lang, doc.currency), s.cell_right),
            ]
        )
    rows.append(
        [
            para(t(lang, "total"), s.cell_bold),
            "",
            "",
            "",
            "",
            para(i18n.amount(doc.amount_due, lang, doc.currency), s.cell_bold_right),
        ]
    )
    widths = [x * mm for x in (66, 16, 20, 26, 26, 26)]
    return grid_table(rows, widths, total_row=True, extra=[("SPAN", (0, -1), (4, -1))])


def _history_section(doc: InvoiceDoc, s: Styles) -> list[Flowable]:
    lang = doc.language
    title = para(t(lang, "consumption_history"), s.h2)
    rows: list[HistoryRow] = sorted(doc.history, key=lambda h: h.month_year)[-12:]
    if not rows:
        return [title, para(t(lang, "no_history"), s.small)]
    label_w = 30 * mm
    n = len(rows)
    col_w = (FRAME_WIDTH - label_w) / n
    values = [float(r.consumption_kwh) for r in rows]
    highlight = next((i for i, r in enumerate(rows) if r.month_year == doc.reference_month), None)
    chart = bar_chart(
        values,
        width=FRAME_WIDTH,
        height=40 * mm,
        plot_x=label_w,
        plot_width=col_w * n,
        value_label=lambda v: i18n.number(v, lang, 0, 0),
        axis_label=lambda v: i18n.number(v, lang, 0, 0),
        highlight=highlight,
        unit_caption="kWh",
    )
    month_cells: list[Any] = [para(t(lang, "hist_month"), s.head)]
    for i, r in enumerate(rows):
        style = s.head_center if i == highlight else s.cell_center
        month_cells.append(para(i18n.month_short(r.month_year, lang), style))
    table_rows: list[list[Any]] = [
        month_cells,
        [para(t(lang, "hist_kwh"), s.head)]
        + [para(i18n.number(r.consumption_kwh, lang, 0, 0), s.cell_center) for r in rows],
        [para(t(lang, "hist_avg"), s.head)]
        + [para(i18n.number(r.average_kwh_per_day, lang, 2, 2), s.cell_center) for r in rows],
        [para(t(lang, "hist_days"), s.head)] + [para(str(r.days), s.cell_center) for r in rows],
    ]
    extra: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (0, -1), GREY_FILL),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, GREY_RULE),
        ("BACKGROUND", (1, 0), (-1, 0), None),
        ("LEFTPADDING", (1, 0), (-1, -1), 1),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]
    if highlight is not None:
        c = highlight + 1
        extra += [("BOX", (c, 0), (c, -1), 1.0, BLACK)]
    table = grid_table(table_rows, [label_w] + [col_w] * n, header_rows=1, zebra=False, extra=extra)
    return [KeepTogether([title, chart, table])]


def _sessions_annex(doc: InvoiceDoc, s: Styles) -> list[Flowable]:
    lang, tz = doc.language, doc.site.time_zone
    sym = i18n.currency_symbol(doc.currency, lang)
    out: list[Flowable] = [
        PageBreak(),
        para(t(lang, "annex_title", month=i18n.month_text(doc.reference_month, lang)), s.h2),
        para(t(lang, "times_in_zone", zone=tz), s.small),
        Spacer(1, 2 * mm),
    ]
    rows: list[list[Any]] = [
        [
            para(t(lang, "col_start"), s.head),
            para(t(lang, "col_charger"), s.head),
            para(t(lang, "col_driver_vehicle"), s.head),
            para(t(lang, "col_kwh"), s.head_right),
            para(t(lang, "col_cost", symbol=sym), s.head_right),
        ]
    ]
    total_kwh = Decimal(0)
    total_cost = Decimal(0)
    for row in sorted(doc.sessions, key=lambda r: r.start):
        who = row.driver if not row.vehicle else f"{row.driver} / {row.vehicle}"
        rows.append(
            [
                para(i18n.datetime_text(row.start, tz, lang), s.dense),
                para(row.charger, s.dense),
                para(who, s.dense),
                para(i18n.number(row.kwh, lang, 2, 2), s.dense_right),
                para(i18n.amount(row.cost, lang, doc.currency), s.dense_right),
            ]
        )
        total_kwh += i18n.to_decimal(row.kwh)
        total_cost += row.cost
    rows.append(
        [
            para(t(lang, "sessions_total", count=len(doc.sessions)), s.dense_bold),
            "",
            "",
            para(i18n.number(total_kwh, lang, 2, 2), s.dense_bold_right),
            para(i18n.amount(total_cost, lang, doc.currency), s.dense_bold_right),
        ]
    )
    widths = [x * mm for x in (30, 42, 66, 19, 23)]
    out.append(
        grid_table(
            rows,
            widths,
            total_row=True,
            extra=[("SPAN", (0, -1), (2, -1))],
            padding=(1.5, 2.0),
        )
    )
    return out


def build_story(doc: InvoiceDoc, s: Styles | None = None) -> list[Flowable]:
    """The invoice's flowables (exposed for previews and tests)."""
    s = s or Styles()
    lang = doc.language
    title: list[Flowable] = [
        para(t(lang, "invoice").upper(), s.title),
        para(t(lang, "invoice_no", number=doc.invoice_number), s.subtitle_right),
        para(i18n.month_text(doc.reference_month, lang), s.small_right),
    ]
    story: list[Flowable] = [header(doc.site, lang, s, title), HRule(FRAME_WIDTH, 1.2, 4)]
    story.append(Spacer(1, 2 * mm))

    gap = 4 * mm
    data_w = 74 * mm
    client_w = FRAME_WIDTH - data_w - gap
    boxes = Table(
        [[_client_box(doc, s, client_w), "", _data_box(doc, s, data_w)]],
        colWidths=[client_w, gap, data_w],
    )
    boxes.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(boxes)

    if doc.corrects:
        note = Table(
            [[para(t(lang, "corrects_note", number=doc.corrects), s.note)]],
            colWidths=[FRAME_WIDTH],
        )
        note.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.4, BLACK),
                    ("BACKGROUND", (0, 0), (-1, -1), GREY_FILL),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story += [Spacer(1, 4 * mm), note]

    story.append(para(t(lang, "billed_items"), s.h2))
    story.append(_items_table(doc, s))
    if doc.sessions:
        story.append(Spacer(1, 1.5 * mm))
        story.append(para(t(lang, "annex_ref", count=len(doc.sessions)), s.small))
    story += _history_section(doc, s)
    if doc.sessions:
        story += _sessions_annex(doc, s)
    return story


def _decorator(doc: InvoiceDoc) -> PageDecorator:
    lang = doc.language
    running = f"{t(lang, 'invoice')} {doc.invoice_number} · {doc.client.full_name}"
    footer_left = f"{doc.site.name} · {t(lang, 'invoice')} {doc.invoice_number}"
    if doc.invoice_id:
        footer_left += f" · {doc.invoice_id}"
    return page_furniture(lang, footer_left, doc.site.name, running, footer_width=0.7,
                          head_widths=(0.4, 0.58), page_colour=BLACK)


def _template(target: str | io.BytesIO, doc: InvoiceDoc) -> BaseDocTemplate:
    lang = doc.language
    return make_doc_template(
        target,
        title=f"{t(lang, 'invoice')} {doc.invoice_number}",
        author=doc.site.name,
        subject=f"{doc.client.full_name} – {i18n.month_text(doc.reference_month, lang)}",
        lang=lang.replace("_", "-"),
    )


def render_invoice_bytes(doc: InvoiceDoc) -> bytes:
    """The invoice as PDF bytes."""
    buf = io.BytesIO()
    _template(buf, doc).build(build_story(doc), canvasmaker=numbered_canvas(_decorator(doc)))
    return buf.getvalue()


def render_invoice(doc: InvoiceDoc, path: str | Path) -> Path:
    """Write the invoice PDF to ``path`` (parent folders created, written atomically);
    returns the path."""
    return save_pdf(path, lambda: render_invoice_bytes(doc))
