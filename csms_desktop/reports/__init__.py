"""Printable documents (pure ReportLab, no Qt, no database).

* :mod:`~csms_desktop.reports.model` - the input dataclasses (``InvoiceDoc``,
  ``MonthlyReportDoc``, ...).
* :func:`csms_desktop.reports.invoice_pdf.render_invoice` /
  ``render_invoice_bytes`` - the A4 invoice.
* :func:`csms_desktop.reports.monthly_report.render_monthly_report` /
  ``render_monthly_report_bytes`` - the monthly operations report.
* :mod:`~csms_desktop.reports.i18n` - document strings (pt_BR, th_TH, en) and formatting.
* :mod:`~csms_desktop.reports.fonts` - the bundled Waree font (Latin + Thai).

``python -m csms_desktop.reports.sample_documents OUTDIR --png`` renders sample documents.
"""
