"""The monthly operations report (A4, greyscale): energy and revenue per charger and per
client, sessions per day, utilisation per connector, top drivers, faults and downtime.

Usage::

    from csms_desktop.reports.monthly_report import render_monthly_report
    render_monthly_report(doc, "relatorio-2024-10.pdf")
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from csms_desktop.reports import i18n
from csms_desktop.reports.charts import bar_chart
from csms_desktop.reports.i18n import t
from csms_desktop.reports.layout import (
    BAR_DARK,
    BLACK,
    FRAME_WIDTH,
    GREY_FILL,
    GREY_RULE,
    HRule,
    PageDecorator,
    Styles,
    grid_table,
    header,
    make_doc_template,
    numbered_canvas,
    page_furniture,
    para,
    save_pdf,
)
from csms_desktop.reports.model import (
    MonthlyReportDoc,
    UtilisationRow,
    days_in_month,
    parse_month,
)

__all__ = ["build_story", "render_monthly_report", "render_monthly_report_bytes"]


def utilisation_percent(row: UtilisationRow, month: str) -> Decimal:
    """``percent_of_month`` as given, else hours charging over the month's hours x 100."""
    if row.percent_of_month is not None:
        return i18n.to_decimal(row.percent_of_month)
    hours = Decimal(days_in_month(month) * 24)
    return i18n.to_decimal(row.hours_charging) / hours * 100


def _share(part: Decimal, whole: Decimal) -> Decimal:
    return part / whole * 100 if whole else Decimal(0)


def _meter(percent: Decimal, width: float, height: float = 3.2 * mm) -> Drawing:
    """A small outlined bar filled to ``percent`` (clamped to 0-100)."""
    frac = float(max(Decimal(0), min(Decimal(100), percent))) / 100
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=GREY_FILL, strokeColor=GREY_RULE, strokeWidth=0.4))
    if frac > 0:
        d.add(Rect(0, 0, width * frac, height, fillColor=BAR_DARK, strokeColor=None))
    return d


def _kpis(doc: MonthlyReportDoc, s: Styles) -> Table:
    lang = doc.language
    sessions = sum(r.sessions for r in doc.per_charger)
    kwh = sum((i18n.to_decimal(r.kwh) for r in doc.per_charger), Decimal(0))
    revenue = sum((r.revenue for r in doc.per_charger), Decimal(0))
    if doc.utilisation:
        pcts = [utilisation_percent(r, doc.month) for r in doc.utilisation]
        util = i18n.percent(sum(pcts, Decimal(0)) / len(pcts), lang)
    else:
        util = "–"
    cells = [
        (t(lang, "summary_sessions"), i18n.number(sessions, lang, 0, 0)),
        (t(lang, "summary_energy"), f"{i18n.number(kwh, lang, 0, 0)} kWh"),
        (t(lang, "summary_revenue"), i18n.money(revenue, doc.currency, lang)),
        (t(lang, "summary_utilisation"), util),
    ]
    row = [[para(label.upper(), s.kpi_label), para(value, s.kpi_value)] for label, value in cells]
    width = FRAME_WIDTH / len(cells)
    table = Table([row], colWidths=[width] * len(cells))
    cmds: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, BLACK),
        ("BACKGROUND", (0, 0), (-1, -1), GREY_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for c in range(1, len(cells)):
        cmds.append(("LINEBEFORE", (c, 0), (c, 0), 0.5, GREY_RULE))
    table.setStyle(TableStyle(cmds))
    return table


def _usage_table(
    doc: MonthlyReportDoc,
    s: Styles,
    rows_in: list[tuple[str, int, Any, Decimal]],
    first_col: str,
) -> Flowable:
    lang = doc.language
    sym = i18n.currency_symbol(doc.currency, lang)
    total_kwh = sum((i18n.to_decimal(r[2]) for r in rows_in), Decimal(0))
    total_rev = sum((r[3] for r in rows_in), Decimal(0))
    total_sessions = sum(r[1] for r in rows_in)
    rows: list[list[Any]] = [
        [
            para(first_col, s.head),
            para(t(lang, "col_sessions"), s.head_right),
            para(t(lang, "col_energy"), s.head_right),
            para(t(lang, "col_share"), s.head_right),
            para(t(lang, "col_revenue", symbol=sym), s.head_right),
        ]
    ]
    for name, sessions, kwh, revenue in rows_in:
        k = i18n.to_decimal(kwh)
        rows.append(
            [
                para(name, s.cell),
                para(i18n.number(sessions, lang, 0, 0), s.cell_right),
                para(i18n.number(k, lang, 1, 1), s.cell_right),
                para(i18n.percent(_share(k, total_kwh), lang), s.cell_right),
                para(i18n.amount(revenue, lang, doc.currency), s.cell_right),
            ]
        )
    rows.append(
        [
            para(t(lang, "total"), s.cell_bold),
            para(i18n.number(total_sessions, lang, 0, 0), s.cell_bold_right),
            para(i18n.number(total_kwh, lang, 1, 1), s.cell_bold_right),
            para(i18n.percent(100 if total_kwh else 0, lang), s.cell_bold_right),
            para(i18n.amount(total_rev, lang, doc.currency), s.cell_bold_right),
        ]
    )
    widths = [x * mm for x in (76, 22, 28, 22, 32)]
    return grid_table(rows, widths, total_row=True)


def _section(title: str, body: list[Flowable], s: Styles) -> Flowable:
    """Keep a heading with the start of its content."""
    return KeepTogether([para(title, s.h2), *body])


def _sessions_per_day(doc: MonthlyReportDoc, s: Styles) -> list[Flowable]:
    lang = doc.language
    year, month = parse_month(doc.month)
    days = days_in_month(doc.month)
    counts = [0] * days
    for day, n in doc.sessions_per_day:
        if day.year == year and day.month == month:
            counts[day.day - 1] += n
    chart = bar_chart(
        [float(c) for c in counts],
        width=FRAME_WIDTH,
        height=48 * mm,
        plot_x=12 * mm,
        plot_width=FRAME_WIDTH - 13 * mm,
        value_label=lambda v: i18n.number(v, lang, 0, 0) if v else "",
        axis_label=lambda v: i18n.number(v, lang, 0, 0),
        category_labels=[str(d) for d in range(1, days + 1)],
        unit_caption=t(lang, "sessions"),
        label_size=6,
        integer_axis=True,
    )
    caption = para(
        f"{t(lang, 'day_of_month')} – {i18n.month_text(doc.month, lang)}",
        s.small,
    )
    return [chart, caption]


def _utilisation(doc: MonthlyReportDoc, s: Styles) -> list[Flowable]:
    lang = doc.language
    if not doc.utilisation:
        return [para(t(lang, "no_data"), s.small)]
    widths = [x * mm for x in (64, 20, 26, 24)]
    widths.append(FRAME_WIDTH - sum(widths))
    meter_w = widths[-1] - 6 - 3  # the cell's left and right padding
    rows: list[list[Any]] = [
        [
            para(t(lang, "col_charger"), s.head),
            para(t(lang, "col_connector"), s.head_center),
            para(t(lang, "col_hours_charging"), s.head_right),
            para(t(lang, "col_pct_month"), s.head_right),
            "",
        ]
    ]
    for r in doc.utilisation:
        pct = utilisation_percent(r, doc.month)
        rows.append(
            [
                para(r.charger, s.cell),
                para(str(r.connector), s.cell_center),
                para(i18n.number(r.hours_charging, lang, 1, 1), s.cell_right),
                para(i18n.percent(pct, lang), s.cell_right),
                _meter(pct, meter_w),
            ]
        )
    return [grid_table(rows, widths, extra=[("LEFTPADDING", (4, 0), (4, -1), 6)])]


def _top_drivers(doc: MonthlyReportDoc, s: Styles) -> list[Flowable]:
    lang = doc.language
    if not doc.top_drivers:
        return [para(t(lang, "no_data"), s.small)]
    rows: list[list[Any]] = [
        [
            para(t(lang, "col_rank"), s.head_right),
            para(t(lang, "col_driver"), s.head),
            para(t(lang, "col_sessions"), s.head_right),
            para(t(lang, "col_energy"), s.head_right),
        ]
    ]
    for i, r in enumerate(doc.top_drivers, start=1):
        rows.append(
            [
                para(str(i), s.cell_right),
                para(r.driver, s.cell),
                para(i18n.number(r.sessions, lang, 0, 0), s.cell_right),
                para(i18n.number(r.kwh, lang, 1, 1), s.cell_right),
            ]
        )
    widths = [x * mm for x in (10, 110, 28, 32)]
    return [grid_table(rows, widths)]


def _faults(doc: MonthlyReportDoc, s: Styles) -> list[Flowable]:
    lang = doc.language
    if not doc.faults:
        return [para(t(lang, "no_faults"), s.small)]
    rows: list[list[Any]] = [
        [
            para(t(lang, "col_charger"), s.head),
            para(t(lang, "col_connector"), s.head_center),
            para(t(lang, "col_fault_count"), s.head_right),
            para(t(lang, "col_downtime"), s.head_right),
        ]
    ]
    total_faults = 0
    total_hours = Decimal(0)
    for r in doc.faults:
        connector = f"({t(lang, 'charge_point_itself')})" if r.connector is None else str(r.connector)
        rows.append(
            [
                para(r.charger, s.cell),
                para(connector, s.cell_center),
                para(i18n.number(r.fault_count, lang, 0, 0), s.cell_right),
                para(i18n.number(r.downtime_hours, lang, 1, 1), s.cell_right),
            ]
        )
        total_faults += r.fault_count
        total_hours += i18n.to_decimal(r.downtime_hours)
    rows.append(
        [
            para(t(lang, "total"), s.cell_bold),
            "",
            para(i18n.number(total_faults, lang, 0, 0), s.cell_bold_right),
            para(i18n.number(total_hours, lang, 1, 1), s.cell_bold_right),
        ]
    )
    widths = [x * mm for x in (90, 30, 28, 32)]
    return [grid_table(rows, widths, total_row=True)]


def build_story(doc: MonthlyReportDoc, s: Styles | None = None) -> list[Flowable]:
    s = s or Styles()
    lang = doc.language
    right: list[Flowable] = [
        para(t(lang, "monthly_report").upper(), s.title),
        para(i18n.month_text(doc.month, lang), s.subtitle_right),
    ]
    if doc.site.installation_number:
        right.append(para(f"{t(lang, 'installation_number')}: {doc.site.installation_number}", s.small_right))
    story: list[Flowable] = [
        header(doc.site, lang, s, right),
        HRule(FRAME_WIDTH, 1.2, 4),
        Spacer(1, 2 * mm),
        _kpis(doc, s),
    ]
    per_charger = [(r.charger, r.sessions, r.kwh, r.revenue) for r in doc.per_charger]
    per_client = [(r.client or t(lang, "no_client"), r.sessions, r.kwh, r.revenue) for r in doc.per_client]
    story.append(
        _section(
            t(lang, "per_charger"),
            [_usage_table(doc, s, per_charger, t(lang, "col_charger"))]
            if per_charger
            else [para(t(lang, "no_data"), s.small)],
            s,
        )
    )
    story.append(
        _section(
            t(lang, "per_client"),
            [_usage_table(doc, s, per_client, t(lang, "col_client"))]
            if per_client
            else [para(t(lang, "no_data"), s.small)],
            s,
        )
    )
    story.append(_section(t(lang, "sessions_per_day"), _sessions_per_day(doc, s), s))
    story.append(_section(t(lang, "utilisation"), _utilisation(doc, s), s))
    story.append(_section(t(lang, "top_drivers"), _top_drivers(doc, s), s))
    story.append(_section(t(lang, "faults"), _faults(doc, s), s))
    return story


def _decorator(doc: MonthlyReportDoc) -> PageDecorator:
    lang = doc.language
    title = t(lang, "report_title", month=i18n.month_text(doc.month, lang))
    left = f"{doc.site.name} · {title}"
    if doc.generated_at is not None:
        when = i18n.datetime_text(doc.generated_at, doc.site.time_zone, lang)
        left += f" · {t(lang, 'generated_at', when=when)}"
    return page_furniture(lang, left, doc.site.name, title, footer_width=0.75,
                          head_widths=(0.5, 0.48))


def render_monthly_report_bytes(doc: MonthlyReportDoc) -> bytes:
    lang = doc.language
    buf = io.BytesIO()
    template = make_doc_template(
        buf,
        title=t(lang, "report_title", month=i18n.month_text(doc.month, lang)),
        author=doc.site.name,
        lang=lang.replace("_", "-"),
    )
    template.build(build_story(doc, s=None), canvasmaker=numbered_canvas(_decorator(doc)))
    return buf.getvalue()


def render_monthly_report(doc: MonthlyReportDoc, path: str | Path) -> Path:
    """Write the monthly report PDF to ``path`` (written atomically); returns the path."""
    return save_pdf(path, lambda: render_monthly_report_bytes(doc))


def month_days(month: str) -> list[date]:
    """Every date of a ``YYYY-MM`` month (handy for callers filling sessions_per_day)."""
    year, mon = parse_month(month)
    return [date(year, mon, d) for d in range(1, days_in_month(month) + 1)]
