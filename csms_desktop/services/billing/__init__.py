"""Billing: tariffs, clients, the monthly invoice run, payments, JSON import/export and the
manager's monthly report. The GUI (``gui/pages_billing.py``) and the command line
(``billing_cli.py``) both call these functions: one code path.

Split by concern (each module's docstring states its rules):

* ``tariffs``          tariffs by owner and effective date
* ``clients``          clients and their drivers, validation field -> message
* ``content``          what a client's invoice for a month says (items, history, sessions)
* ``invoices``         the monthly run, corrections, payments, overdue notices
* ``documents``        lists and the printable document (reprints)
* ``json_io``          the seed's JSON shape, in and out
* ``report``           the figures of the manager's monthly report

PDFs are drawn by ``reports`` (a layer above this one): functions that write PDFs take a
``render`` callable, ``reports.billing.render_invoice_document`` in practice.
"""

from __future__ import annotations

from csms_desktop.domain.money import ROUNDING_RULE
from csms_desktop.domain.monthly_figures import MonthlyFigures
from csms_desktop.services.billing.clients import (
    ClientView,
    assign_driver,
    client_values,
    create_client,
    delete_client,
    drivers_of,
    list_clients,
    unassigned_drivers,
    update_client,
    validate_client,
)
from csms_desktop.services.billing.common import (
    BillingError,
    PermissionDenied,
    ValidationFailed,
    require_manager,
)
from csms_desktop.services.billing.content import build_content
from csms_desktop.services.billing.documents import (
    InvoiceRenderer,
    InvoiceView,
    invoice_document,
    list_invoices,
    save_pdf,
    unbilled_transactions,
)
from csms_desktop.services.billing.invoices import (
    ClientResult,
    RunResult,
    correct_invoice,
    mark_paid,
    mark_unpaid,
    notify_overdue,
    run_month,
)
from csms_desktop.services.billing.json_io import (
    ImportResult,
    export_client,
    export_json,
    import_file,
    import_json,
)
from csms_desktop.services.billing.report import monthly_figures
from csms_desktop.services.billing.tariffs import (
    TariffView,
    change_tariff,
    create_tariff,
    delete_tariff,
    list_tariffs,
    tariff_values,
    validate_tariff,
)

__all__ = [
    "ROUNDING_RULE",
    "BillingError",
    "ClientResult",
    "ClientView",
    "ImportResult",
    "InvoiceRenderer",
    "InvoiceView",
    "MonthlyFigures",
    "PermissionDenied",
    "RunResult",
    "TariffView",
    "ValidationFailed",
    "assign_driver",
    "build_content",
    "change_tariff",
    "client_values",
    "correct_invoice",
    "create_client",
    "create_tariff",
    "delete_client",
    "delete_tariff",
    "drivers_of",
    "export_client",
    "export_json",
    "import_file",
    "import_json",
    "invoice_document",
    "list_clients",
    "list_invoices",
    "list_tariffs",
    "mark_paid",
    "mark_unpaid",
    "monthly_figures",
    "notify_overdue",
    "require_manager",
    "run_month",
    "save_pdf",
    "tariff_values",
    "unassigned_drivers",
    "unbilled_transactions",
    "update_client",
    "validate_client",
    "validate_tariff",
]
