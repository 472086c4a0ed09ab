"""Greyscale bar charts (reportlab.graphics) for the printed documents.

Chart text is drawn by the graphics renderer, not parsed as markup: labels are passed
as plain strings (no escaping), through :func:`~csms_desktop.reports.layout.pdf_text`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String

from csms_desktop.reports import fonts
from csms_desktop.reports.layout import BAR_DARK, BAR_FILL, GREY_RULE, GREY_TEXT, INK, pdf_text


def nice_step(max_value: float, ticks: int = 5) -> float:
    """A 1/2/2.5/5 x 10^n step giving about ``ticks`` gridlines up to ``max_value``."""
    if max_value <= 0:
        return 1.0
    raw = max_value / ticks
    exp = math.floor(math.log10(raw))
    base = raw / 10**exp
    for m in (1, 2, 2.5, 5, 10):
        if base <= m:
            return float(m * 10**exp)
    return float(10 ** (exp + 1))


def bar_chart(
    values: Sequence[float],
    *,
    width: float,
    height: float,
    plot_x: float,
    plot_width: float,
    value_label: Callable[[float], str],
    axis_label: Callable[[float], str],
    category_labels: Sequence[str] | None = None,
    highlight: int | None = None,
    unit_caption: str = "",
    bar_labels: bool = True,
    label_size: float = 6.5,
    integer_axis: bool = False,
) -> Drawing:
    """One series of grey bars; ``highlight`` darkens one bar (its meaning must also be
    shown in text next to the chart). With ``category_labels=None`` the x axis carries no
    labels (a table aligned under the plot names the columns)."""
    drawing = Drawing(width, height)
    bottom = 9.0 if category_labels else 3.0
    top_pad = 15.0 if unit_caption else 4.0
    chart = VerticalBarChart()
    chart.x = plot_x
    chart.y = bottom
    chart.width = plot_width
    chart.height = height - bottom - top_pad
    chart.data = [list(values) if values else [0.0]]
    n = max(len(values), 1)
    chart.groupSpacing = max(2.0, plot_width / n * 0.28)
    chart.barSpacing = 0
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.4
    if highlight is not None and 0 <= highlight < len(values):
        chart.bars[(0, highlight)].fillColor = BAR_DARK

    top = max((float(v) for v in values), default=0.0)
    step = nice_step(top * (1.2 if bar_labels else 1.05))
    if integer_axis:
        step = max(1.0, math.ceil(step))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * max(1, math.ceil(top * (1.2 if bar_labels else 1.05) / step))
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = GREY_TEXT
    chart.valueAxis.labelTextFormat = lambda v: pdf_text(axis_label(v))
    chart.valueAxis.strokeColor = GREY_RULE
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GREY_RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.gridStrokeDashArray = (1, 2)

    chart.categoryAxis.strokeColor = INK
    chart.categoryAxis.strokeWidth = 0.6
    if category_labels:
        chart.categoryAxis.categoryNames = [pdf_text(x) for x in category_labels]
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = label_size
        chart.categoryAxis.labels.fillColor = INK
        chart.categoryAxis.labels.dy = -1
    else:
        chart.categoryAxis.categoryNames = [""] * n
        chart.categoryAxis.labels.visible = False
    chart.categoryAxis.tickDown = 0

    if bar_labels:
        chart.barLabelFormat = lambda v: pdf_text(value_label(v))
        chart.barLabels.fontName = fonts.REGULAR
        chart.barLabels.fontSize = label_size
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 5
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = -1
    drawing.add(chart)
    if unit_caption:
        drawing.add(
            String(
                2,
                height - 7,
                pdf_text(unit_caption),
                fontName=fonts.BOLD,
                fontSize=6.8,
                fillColor=GREY_TEXT,
            )
        )
    return drawing
