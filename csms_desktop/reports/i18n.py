"""Document strings (pt_BR, th_TH, en) and locale formatting for the printed documents.

Decisions, written down here because they show on paper:

* Numbers and money use CLDR rules through babel (``R$ 1.500,75``, ``฿1,500.75``,
  ``$1,500.75``). Thai uses Western digits, as Thai commercial documents usually do.
* Thai (``th_TH``) dates and months use the Buddhist Era (พ.ศ. = Gregorian year + 543),
  the year Thai invoices and tax documents carry: ``31/10/2567``, ``ตุลาคม 2567``.
  babel's ``th`` data is Gregorian, so the year is computed here; month names still come
  from babel/CLDR.
* Dates are numeric day-first for pt_BR and th_TH (``31/10/2024``) and ``31 Oct 2024``
  for English (day-first and unambiguous for every English-speaking reader).
* Times are 24-hour and converted from UTC to the site's time zone (IANA name).
* The report font lacks U+202F and U+2009; :func:`clean` turns them (and other odd
  spaces babel may produce) into U+00A0 so they never print as boxes.

The strings returned here are plain text: the renderers escape them before they go into
a ReportLab ``Paragraph``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.numbers import format_currency, format_decimal, get_currency_symbol

from csms_desktop.reports.model import SUPPORTED_LANGUAGES, Number, currency_digits, parse_month

BUDDHIST_ERA_OFFSET = 543

# key -> (pt_BR, th_TH, en). Placeholders use str.format names.
_CATALOGUE: dict[str, tuple[str, str, str]] = {
    # ----------------------------------------------------------------- invoice
    "invoice": ("Fatura", "ใบแจ้งหนี้", "Invoice"),
    "invoice_number": ("Nº da fatura", "เลขที่ใบแจ้งหนี้", "Invoice number"),
    "invoice_no": ("Nº {number}", "เลขที่ {number}", "No. {number}"),
    "reference_month": ("Mês de referência", "รอบเดือน", "Reference month"),
    "issue_date": ("Data de emissão", "วันที่ออกเอกสาร", "Issue date"),
    "due_date": ("Vencimento", "วันครบกำหนดชำระ", "Due date"),
    "installation_number": ("Nº da instalação", "หมายเลขสถานที่ติดตั้ง", "Installation number"),
    "amount_due": ("Total a pagar", "ยอดเงินที่ต้องชำระ", "Amount due"),
    "status": ("Situação", "สถานะ", "Status"),
    "client": ("Cliente", "ลูกค้า", "Client"),
    "client_number": ("Nº do cliente", "รหัสลูกค้า", "Client number"),
    "state_registration": ("Inscrição estadual", "เลขทะเบียนรัฐ", "State registration"),
    "email": ("E-mail", "อีเมล", "Email"),
    "zip_prefix_BR": ("CEP", "รหัสไปรษณีย์", "CEP"),
    "tax_id": ("Identificação fiscal", "เลขประจำตัวผู้เสียภาษี", "Tax ID"),
    "tax_id_cpf": ("CPF", "CPF", "CPF"),
    "tax_id_cnpj": ("CNPJ", "CNPJ", "CNPJ"),
    "tax_id_th": ("Nº de contribuinte (TH)", "เลขประจำตัวผู้เสียภาษี", "Tax ID (TH)"),
    "billed_items": ("Itens faturados", "รายการที่เรียกเก็บ", "Billed items"),
    "col_item": ("Item", "รายการ", "Item"),
    "col_unit": ("Unid.", "หน่วย", "Unit"),
    "col_quantity": ("Quant.", "จำนวน", "Qty"),
    "col_unit_price": (
        "Preço unit. c/ tributos ({symbol})",
        "ราคาต่อหน่วย รวมภาษี ({symbol})",
        "Unit price incl. taxes ({symbol})",
    ),
    "col_unit_rate": (
        "Tarifa unit. s/ tributos ({symbol})",
        "อัตราต่อหน่วย ไม่รวมภาษี ({symbol})",
        "Unit rate excl. taxes ({symbol})",
    ),
    "col_amount": ("Valor ({symbol})", "จำนวนเงิน ({symbol})", "Amount ({symbol})"),
    "total": ("Total", "รวมทั้งสิ้น", "Total"),
    "consumption_history": ("Histórico de consumo", "ประวัติการใช้ไฟฟ้า", "Consumption history"),
    "hist_month": ("Mês", "เดือน", "Month"),
    "hist_kwh": ("Consumo (kWh)", "หน่วยที่ใช้ (kWh)", "Consumption (kWh)"),
    "hist_avg": ("Média kWh/dia", "เฉลี่ย kWh/วัน", "Average kWh/day"),
    "hist_days": ("Dias", "จำนวนวัน", "Days"),
    "no_history": ("Sem histórico de consumo.", "ไม่มีประวัติการใช้ไฟฟ้า", "No consumption history."),
    "corrects_note": (
        "Esta fatura corrige e substitui a fatura nº {number}.",
        "ใบแจ้งหนี้ฉบับนี้แก้ไขและใช้แทนใบแจ้งหนี้เลขที่ {number}",
        "This invoice corrects and replaces invoice {number}.",
    ),
    "annex_title": (
        "Anexo – sessões de recarga de {month}",
        "เอกสารแนบ – รายการชาร์จประจำเดือน {month}",
        "Annex – charging sessions of {month}",
    ),
    "times_in_zone": (
        "Horários no fuso {zone}.",
        "เวลาตามเขตเวลา {zone}",
        "Times in the {zone} time zone.",
    ),
    "col_start": ("Início", "เวลาเริ่ม", "Start"),
    "col_charger": ("Carregador", "เครื่องชาร์จ", "Charger"),
    "col_driver_vehicle": ("Motorista / veículo", "ผู้ขับขี่ / รถ", "Driver / vehicle"),
    "col_kwh": ("kWh", "kWh", "kWh"),
    "col_cost": ("Custo ({symbol})", "ค่าชาร์จ ({symbol})", "Cost ({symbol})"),
    "sessions_total": (
        "Total – {count} sessões",
        "รวม {count} รายการ",
        "Total – {count} sessions",
    ),
    "no_sessions": (
        "Nenhuma sessão de recarga no período.",
        "ไม่มีรายการชาร์จในรอบเดือนนี้",
        "No charging sessions in this period.",
    ),
    "sessions": ("Sessões", "รายการชาร์จ", "Sessions"),
    "annex_ref": (
        "O anexo lista as {count} sessões de recarga do mês.",
        "รายละเอียดการชาร์จ {count} รายการของเดือนนี้อยู่ในเอกสารแนบ",
        "The annex lists the month's {count} charging sessions.",
    ),
    "page_of": ("Página {page} de {pages}", "หน้า {page} จาก {pages}", "Page {page} of {pages}"),
    # ----------------------------------------------------------------- monthly report
    "monthly_report": ("Relatório mensal", "รายงานประจำเดือน", "Monthly report"),
    "report_title": (
        "Relatório mensal – {month}",
        "รายงานประจำเดือน {month}",
        "Monthly report – {month}",
    ),
    "summary_sessions": ("Sessões", "จำนวนการชาร์จ", "Sessions"),
    "summary_energy": ("Energia", "พลังงาน", "Energy"),
    "summary_revenue": ("Receita", "รายได้", "Revenue"),
    "summary_utilisation": ("Utilização média", "อัตราการใช้งานเฉลี่ย", "Average utilisation"),
    "per_charger": (
        "Energia e receita por carregador",
        "พลังงานและรายได้แยกตามเครื่องชาร์จ",
        "Energy and revenue per charger",
    ),
    "per_client": (
        "Energia e receita por cliente",
        "พลังงานและรายได้แยกตามลูกค้า",
        "Energy and revenue per client",
    ),
    "col_sessions": ("Sessões", "จำนวนครั้ง", "Sessions"),
    "col_energy": ("Energia (kWh)", "พลังงาน (kWh)", "Energy (kWh)"),
    "col_revenue": ("Receita ({symbol})", "รายได้ ({symbol})", "Revenue ({symbol})"),
    "col_share": ("% energia", "% พลังงาน", "% energy"),
    "col_client": ("Cliente", "ลูกค้า", "Client"),
    "no_client": ("(sem cliente)", "(ไม่มีลูกค้า)", "(no client)"),
    "sessions_per_day": ("Sessões por dia", "จำนวนการชาร์จรายวัน", "Sessions per day"),
    "day_of_month": ("Dia do mês", "วันที่", "Day of month"),
    "utilisation": (
        "Utilização por conector",
        "อัตราการใช้งานแยกตามหัวชาร์จ",
        "Utilisation per connector",
    ),
    "col_connector": ("Conector", "หัวชาร์จ", "Connector"),
    "col_hours_charging": ("Horas carregando", "ชั่วโมงที่ชาร์จ", "Hours charging"),
    "col_pct_month": ("% do mês", "% ของเดือน", "% of month"),
    "top_drivers": ("Principais motoristas", "ผู้ขับขี่ที่ใช้งานสูงสุด", "Top drivers"),
    "col_rank": ("#", "#", "#"),
    "col_driver": ("Motorista", "ผู้ขับขี่", "Driver"),
    "faults": ("Falhas e indisponibilidade", "ข้อขัดข้องและเวลาหยุดทำงาน", "Faults and downtime"),
    "col_fault_count": ("Falhas", "ข้อขัดข้อง", "Faults"),
    "col_downtime": ("Indisponível (h)", "หยุดทำงาน (ชม.)", "Downtime (h)"),
    "charge_point_itself": ("ponto de recarga", "ทั้งเครื่อง", "charge point"),
    "no_data": ("Sem dados no período.", "ไม่มีข้อมูลในช่วงเวลานี้", "No data for this period."),
    "no_faults": (
        "Nenhuma falha registrada no período.",
        "ไม่มีข้อขัดข้องในช่วงเวลานี้",
        "No faults recorded in this period.",
    ),
    "generated_at": ("Gerado em {when}", "สร้างเมื่อ {when}", "Generated {when}"),
}

_LANG_INDEX = {lang: i for i, lang in enumerate(SUPPORTED_LANGUAGES)}
_BABEL_LOCALE = {"pt_BR": "pt_BR", "th_TH": "th_TH", "en": "en"}

# Spaces the report font cannot draw, and what prints instead.
_SPACE_MAP = str.maketrans(
    {
        "\u202f": "\u00a0",  # narrow no-break space (CLDR, e.g. "10:05 AM", fr numbers)
        "\u2009": "\u00a0",  # thin space
        "\u2007": "\u00a0",  # figure space
        "\u200b": "",  # zero-width space
        "\u200e": "",  # LRM / RLM marks some CLDR patterns carry
        "\u200f": "",
    }
)


def clean(text: str) -> str:
    """Replace characters the report font lacks (odd spaces, direction marks)."""
    return text.translate(_SPACE_MAP)


def t(lang: str, key: str, **params: object) -> str:
    """The document string ``key`` in ``lang`` with ``params`` substituted."""
    entry = _CATALOGUE[key]
    text = entry[_LANG_INDEX.get(lang, _LANG_INDEX["en"])]
    return clean(text.format(**params)) if params else text


def catalogue_keys() -> frozenset[str]:
    return frozenset(_CATALOGUE)


@lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    return Locale.parse(_BABEL_LOCALE.get(lang, "en"))


def to_decimal(value: Number) -> Decimal:
    """A Decimal from a Decimal, int or float (floats through ``str`` to avoid noise)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


# --------------------------------------------------------------------------- numbers


def money(amount: Decimal, currency: str, lang: str) -> str:
    """``R$ 1.500,75`` (pt_BR), ``฿1,500.75`` (th_TH), ``R$1,500.75`` (en, BRL)."""
    return clean(format_currency(amount, currency, locale=_locale(lang)))


def currency_symbol(currency: str, lang: str) -> str:
    return clean(get_currency_symbol(currency, locale=_locale(lang)))


def number(value: Number, lang: str, min_decimals: int = 0, max_decimals: int = 2) -> str:
    """Grouped decimal, e.g. ``number(1234.5, "pt_BR", 2, 2) == "1.234,50"``."""
    pattern = "#,##0"
    if max_decimals > 0:
        pattern += "." + "0" * min_decimals + "#" * (max_decimals - min_decimals)
    return clean(
        format_decimal(to_decimal(value), format=pattern, locale=_locale(lang), decimal_quantization=True)
    )


def amount(value: Decimal, lang: str, currency: str) -> str:
    """A money amount without its symbol, in the currency's decimals: ``1.500,75``."""
    digits = currency_digits(currency)
    return number(value, lang, digits, digits)


def percent(value_0_100: Number, lang: str, decimals: int = 1) -> str:
    """``percent(12.34, "pt_BR") == "12,3%"`` (value is 0-100; CLDR puts no space)."""
    return number(value_0_100, lang, decimals, decimals) + "%"


# --------------------------------------------------------------------------- dates


def _year(year: int, lang: str) -> int:
    return year + BUDDHIST_ERA_OFFSET if lang == "th_TH" else year


def month_name(month: int, lang: str, width: str = "wide") -> str:
    names = _locale(lang).months["format"][width]
    return clean(str(names[month]))


def date_text(value: date, lang: str) -> str:
    """``31/10/2024`` (pt_BR), ``31/10/2567`` (th_TH, B.E.), ``31 Oct 2024`` (en)."""
    if isinstance(value, datetime):
        value = value.date()
    if lang == "en":
        return f"{value.day} {month_name(value.month, lang, 'abbreviated')} {value.year}"
    return f"{value.day:02d}/{value.month:02d}/{_year(value.year, lang)}"


def to_local(value: datetime, time_zone: str) -> datetime:
    """An aware datetime in the site's zone (naive input is taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(ZoneInfo(time_zone))


def datetime_text(value: datetime, time_zone: str, lang: str) -> str:
    """UTC instant shown in the site's zone: ``03/10/2024 10:05``."""
    local = to_local(value, time_zone)
    return f"{date_text(local.date(), lang)} {local:%H:%M}"


def month_text(year_month: str, lang: str) -> str:
    """``outubro de 2024`` / ``ตุลาคม 2567`` / ``October 2024``."""
    year, month = parse_month(year_month)
    name = month_name(month, lang)
    if lang == "pt_BR":
        return f"{name} de {year}"
    return f"{name} {_year(year, lang)}"


def month_short(year_month: str, lang: str) -> str:
    """Chart label: ``out/24`` / ``ต.ค. 67`` / ``Oct 24``."""
    year, month = parse_month(year_month)
    yy = _year(year, lang) % 100
    if lang == "pt_BR":
        return f"{month_name(month, lang, 'abbreviated').rstrip('.')}/{yy:02d}"
    return f"{month_name(month, lang, 'abbreviated')} {yy:02d}"


def country_name(code: str, lang: str) -> str:
    return clean(str(_locale(lang).territories.get(code.upper(), code)))


def language_territory(lang: str) -> str | None:
    """The country a document language implies (``pt_BR`` -> ``BR``), if any."""
    return _locale(lang).territory
