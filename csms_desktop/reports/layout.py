"""Shared page furniture for the printed documents: styles, escaped paragraphs, tables,
the two-pass "Page X of Y" canvas.

Everything is greyscale so a document prints the same on a black-and-white printer;
nothing is told by colour alone.

Escaping rule: every user-supplied string goes through :func:`para` (or :func:`esc`),
which XML-escapes it before ReportLab's mini-markup parser sees it. Strings drawn
directly on the canvas or in charts (``drawString``, ``graphics.shapes.String``) are not
parsed and must *not* be escaped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from csms_desktop.reports import fonts
from csms_desktop.reports.i18n import clean, t
from csms_desktop.reports.model import SiteInfo
from csms_desktop.reports.taxid import format_tax_id
from csms_desktop.reports.thai import shape_thai

log = logging.getLogger(__name__)

PAGE_SIZE = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

BLACK = colors.black
INK = colors.Color(0.1, 0.1, 0.1)
GREY_TEXT = colors.Color(0.35, 0.35, 0.35)
GREY_RULE = colors.Color(0.55, 0.55, 0.55)
GREY_HEAD = colors.Color(0.84, 0.84, 0.84)
GREY_FILL = colors.Color(0.91, 0.91, 0.91)
GREY_ZEBRA = colors.Color(0.96, 0.96, 0.96)
BAR_FILL = colors.Color(0.62, 0.62, 0.62)
BAR_DARK = colors.Color(0.25, 0.25, 0.25)


class Styles:
    """Paragraph styles in the report font (registered on first use)."""

    def __init__(self) -> None:
        fonts.register_fonts()
        reg, bold = fonts.REGULAR, fonts.BOLD

        def style(name: str, size: float, font: str = reg, **kw: Any) -> ParagraphStyle:
            # Thai stacks marks above and below the line: leading ~1.3x the size.
            kw.setdefault("leading", round(size * 1.3, 1))
            kw.setdefault("textColor", INK)
            return ParagraphStyle(name, fontName=font, fontSize=size, **kw)

        self.body = style("body", 8.5)
        self.small = style("small", 7, textColor=GREY_TEXT)
        self.small_right = style("small_right", 7, textColor=GREY_TEXT, alignment=TA_RIGHT)
        self.label = style("label", 6.8, bold, textColor=GREY_TEXT)
        self.value = style("value", 8.5, bold)
        self.value_right = style("value_right", 8.5, bold, alignment=TA_RIGHT)
        self.site_name = style("site_name", 12.5, bold)
        self.title = style("title", 18, bold, alignment=TA_RIGHT, leading=22)
        self.title_left = style("title_left", 16, bold, leading=20)
        self.subtitle_right = style("subtitle_right", 9.5, bold, alignment=TA_RIGHT)
        self.h2 = style("h2", 10.5, bold, spaceBefore=9, spaceAfter=4)
        self.client_name = style("client_name", 10.5, bold)
        self.big_amount = style("big_amount", 17, bold, alignment=TA_RIGHT, leading=21)
        self.note = style("note", 8.5, bold)
        self.cell = style("cell", 7.8)
        self.cell_right = style("cell_right", 7.8, alignment=TA_RIGHT)
        self.cell_center = style("cell_center", 7.8, alignment=TA_CENTER)
        self.cell_bold = style("cell_bold", 7.8, bold)
        self.cell_bold_right = style("cell_bold_right", 7.8, bold, alignment=TA_RIGHT)
        # the sessions annex: denser rows so ~55 fit on a page
        self.dense = style("dense", 7.4, leading=9.4)
        self.dense_right = style("dense_right", 7.4, leading=9.4, alignment=TA_RIGHT)
        self.dense_bold = style("dense_bold", 7.4, bold, leading=9.4)
        self.dense_bold_right = style("dense_bold_right", 7.4, bold, leading=9.4, alignment=TA_RIGHT)
        self.head = style("head", 7, bold)
        self.head_right = style("head_right", 7, bold, alignment=TA_RIGHT)
        self.head_center = style("head_center", 7, bold, alignment=TA_CENTER)
        self.kpi_label = style("kpi_label", 7.5, bold, textColor=GREY_TEXT, alignment=TA_LEFT)
        self.kpi_value = style("kpi_value", 13, bold, leading=17)


def pdf_text(text: object) -> str:
    """Text as it goes into the PDF: odd spaces replaced, Thai marks positioned
    (:func:`csms_desktop.reports.thai.shape_thai`); still plain text, not markup."""
    return shape_thai(clean(str(text)))


def esc(text: object) -> str:
    """XML-escape a user string for Paragraph markup (newlines become ``<br/>``)."""
    return escape(pdf_text(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``text`` literally: ``Silva & Filhos <Ltda>`` prints as is."""
    return Paragraph(esc(text), style)


def label_value(label: str, value: object, styles: Styles) -> Paragraph:
    """``Label: value`` with a bold label; both parts escaped."""
    return Paragraph(f"<b>{esc(label)}:</b> {esc(value)}", styles.body)


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    total_row: bool = False,
    zebra: bool = True,
    right_cols: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    padding: tuple[float, float] = (2.2, 2.6),
) -> Table:
    """A greyscale data table: grey header, optional zebra rows, bold-ruled total row.

    The header repeats on every page the table spans.
    """
    table = Table(list(rows), colWidths=list(col_widths), repeatRows=header_rows)
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), padding[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding[1]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, BLACK),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLACK),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY_HEAD))
    last_body = len(rows) - (2 if total_row else 1)
    if zebra:
        for r in range(header_rows + 1, last_body + 1, 2):
            cmds.append(("BACKGROUND", (0, r), (-1, r), GREY_ZEBRA))
    if total_row:
        cmds += [
            ("LINEABOVE", (0, -1), (-1, -1), 1.0, BLACK),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, BLACK),
        ]
    else:
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, BLACK))
    for c in right_cols:
        cmds.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    cmds += list(extra)
    table.setStyle(TableStyle(cmds))
    return table


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points in ``font``."""
    text = pdf_text(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator) -> type[Canvas]:
    """A Canvas class that calls ``decorate(canvas, page, page_count)`` on every page
    once the page count is known (pages are buffered until ``save``)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, count)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_furniture(lang: str, footer: str, head_left: str, head_right: str, *,
                   footer_width: float, head_widths: tuple[float, float],
                   page_colour: colors.Color = INK) -> PageDecorator:
    """The decorator for :func:`numbered_canvas`: on every page a rule, ``footer`` and
    "Page X of Y" at the bottom; from page 2 on a running head (``head_left`` and
    ``head_right`` over a rule). Widths are fractions of :data:`FRAME_WIDTH`."""
    width, height = PAGE_SIZE

    def decorate(c: Canvas, page: int, pages: int) -> None:
        c.saveState()
        y = MARGIN_BOTTOM - 9 * mm
        c.setStrokeColor(GREY_RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, y + 3.5 * mm, width - MARGIN_X, y + 3.5 * mm)
        c.setFillColor(GREY_TEXT)
        c.setFont(fonts.REGULAR, 7)
        c.drawString(MARGIN_X, y, fit_text(footer, fonts.REGULAR, 7, FRAME_WIDTH * footer_width))
        c.setFillColor(page_colour)
        c.setFont(fonts.BOLD, 7.5)
        c.drawRightString(width - MARGIN_X, y, pdf_text(t(lang, "page_of", page=page, pages=pages)))
        if page > 1:
            top = height - MARGIN_TOP + 3 * mm
            left_w, right_w = head_widths
            c.setFillColor(GREY_TEXT)
            c.setFont(fonts.REGULAR, 7)
            c.drawString(MARGIN_X, top, fit_text(head_left, fonts.REGULAR, 7, FRAME_WIDTH * left_w))
            c.drawRightString(width - MARGIN_X, top,
                              fit_text(head_right, fonts.REGULAR, 7, FRAME_WIDTH * right_w))
            c.setStrokeColor(GREY_RULE)
            c.line(MARGIN_X, top - 1.5 * mm, width - MARGIN_X, top - 1.5 * mm)
        c.restoreState()

    return decorate


def save_pdf(path: str | Path, render: Callable[[], bytes]) -> Path:
    """Write ``render()`` to ``path`` (parent folders created); returns the path.

    The file is written to a temporary sibling first and renamed, so a failed render
    never leaves a half-written PDF under the final name.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = render()
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target


class HRule(Flowable):  # type: ignore[misc]
    """A full-width horizontal rule."""

    def __init__(self, width: float, thickness: float = 0.8, space: float = 3) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.space = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.rule_width, self.thickness + 2 * self.space

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(BLACK)
        c.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        c.line(0, y, self.rule_width, y)


# --------------------------------------------------------------------------- header


def tax_id_label(kind: str, lang: str) -> str:
    return {
        "cpf": t(lang, "tax_id_cpf"),
        "cnpj": t(lang, "tax_id_cnpj"),
        "th": t(lang, "tax_id_th"),
    }.get(kind, t(lang, "tax_id"))


def _logo(site: SiteInfo) -> Flowable | None:
    if not site.logo_path:
        return None
    path = Path(site.logo_path)
    if not path.is_file():
        log.warning("site logo %s not found; printing without it", path)
        return None
    try:
        img = Image(str(path))
        max_w, max_h = 34 * mm, 18 * mm
        scale = min(max_w / img.imageWidth, max_h / img.imageHeight)
        img.drawWidth = img.imageWidth * scale
        img.drawHeight = img.imageHeight * scale
        img.hAlign = "LEFT"
        return img
    except Exception:  # a broken logo must not stop an invoice from printing
        log.warning("site logo %s unreadable; printing without it", path, exc_info=True)
        return None


def site_block(site: SiteInfo, lang: str, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [para(site.name, s.site_name)]
    out += [para(line, s.small) for line in site.address_lines]
    if site.tax_id:
        kind, text = format_tax_id(site.tax_id, site.tax_id_country)
        out.append(para(f"{tax_id_label(kind, lang)}: {text}", s.small))
    return out


def header(site: SiteInfo, lang: str, s: Styles, right: list[Flowable]) -> Table:
    """Site (with logo) on the left, ``right`` (document title etc.) on the right."""
    left: list[Flowable] = site_block(site, lang, s)
    logo = _logo(site)
    left_cell: Any = left
    if logo is not None:
        inner = Table([[logo, left]], colWidths=[logo.drawWidth + 3 * mm, None])
        inner.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        left_cell = inner
    table = Table([[left_cell, right]], colWidths=[FRAME_WIDTH * 0.58, FRAME_WIDTH * 0.42])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def make_doc_template(target: Any, **meta: Any) -> BaseDocTemplate:
    """An A4 document whose frame is exactly :data:`FRAME_WIDTH` wide (no frame padding),
    so full-width tables line up with the page furniture."""
    template = BaseDocTemplate(
        target,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP + 4 * mm,
        bottomMargin=MARGIN_BOTTOM,
        creator="csms-desktop",
        displayDocTitle=True,
        invariant=True,
        **meta,
    )
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return template
