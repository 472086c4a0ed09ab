"""Table models of the Drivers page: drivers, vehicles, tags, history, local lists, and
the rows of a CSV import report. All are ``RowsModel`` over immutable rows prepared by
``services.drivers`` (``data()`` never queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.rows import SORT_ROLE, Column, RowsModel
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services.csv_io import RowProblem
from csms_desktop.services.drivers import (
    DriverRow,
    HistoryRow,
    TagRow,
    VehicleRow,
    display_phone,
)

STATUS_COLOURS = {
    "ACTIVE": "#1E6E2E", "ACCEPTED": "#1E6E2E",
    "BLOCKED": "#B3161B", "EXPIRED": "#8A5A00", "INVALID": "#555B61",
}


def _date(value: datetime | None) -> str:
    return fmt.date_time(value) if value else ""


class _StatusColoured(RowsModel):
    status_column = -1

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.status_column:
            colour = STATUS_COLOURS.get(getattr(row, "status", ""))
            return QColor(colour) if colour else None
        return None


class DriversModel(_StatusColoured):
    status_column = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(QT_TR_NOOP("Name"), lambda r: r.name or "—"),
            Column(QT_TR_NOOP("Phone"), lambda r: display_phone(r.phone_number),
                   sort=lambda r: r.phone_number),
            Column(QT_TR_NOOP("E-mail"), lambda r: r.email),
            Column(QT_TR_NOOP("Status"), lambda r: fmt.label(r.status)),
            Column(QT_TR_NOOP("Client"), lambda r: r.client_name),
            Column(QT_TR_NOOP("Vehicles"), lambda r: ", ".join(r.plates)),
            Column(QT_TR_NOOP("Tags"), lambda r: ", ".join(r.tags)),
            Column(QT_TR_NOOP("Registered"), lambda r: r.created_at, fmt=_date),
        ), key=lambda r: r.id, parent=parent)

    def row_of(self, i: int) -> DriverRow:
        return self.row_at(i)  # type: ignore[no-any-return]


class VehiclesModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(QT_TR_NOOP("Plate"), lambda v: v.license_plate),
            Column(QT_TR_NOOP("Make"), lambda v: v.make),
            Column(QT_TR_NOOP("Model"), lambda v: v.model),
            Column(QT_TR_NOOP("Type"), lambda v: fmt.label(v.type)),
        ), key=lambda v: v.id, parent=parent)

    def row_of(self, i: int) -> VehicleRow:
        return self.row_at(i)  # type: ignore[no-any-return]


class TagsModel(_StatusColoured):
    status_column = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(QT_TR_NOOP("Tag"), lambda t: t.id_tag),
            Column(QT_TR_NOOP("Status"), lambda t: fmt.label(t.status)),
            Column(QT_TR_NOOP("Expires"), lambda t: t.expiry_date, fmt=lambda v: _date(v) or tr("never")),
            Column(QT_TR_NOOP("Group"), lambda t: t.parent_id_tag),
            Column(QT_TR_NOOP("Chargers"), lambda t: ", ".join(t.allowed_charge_points) or tr("all")),
            Column(QT_TR_NOOP("Note"), lambda t: t.note),
        ), key=lambda t: t.id, parent=parent)

    def row_of(self, i: int) -> TagRow:
        return self.row_at(i)  # type: ignore[no-any-return]


class HistoryModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(QT_TR_NOOP("Start"), lambda h: h.start_time, fmt=_date),
            Column(QT_TR_NOOP("Charge point"), lambda h: h.charge_point_id),
            Column(QT_TR_NOOP("Energy (kWh)"), lambda h: h.total_energy, numeric=True,
                   fmt=lambda v: fmt.number(v, 2)),
            Column(QT_TR_NOOP("Cost"), lambda h: fmt.money(h.total_cost, h.currency or None),
                   sort=lambda h: float(h.total_cost or 0), numeric=True),
            Column(QT_TR_NOOP("Vehicle"), lambda h: h.vehicle_plate),
            Column(QT_TR_NOOP("Tag"), lambda h: h.id_tag),
            Column(QT_TR_NOOP("Status"), lambda h: fmt.label(h.status)),
            Column(QT_TR_NOOP("Transaction"), lambda h: h.transaction_id),
        ), key=lambda h: h.transaction_id, parent=parent)

    def row_of(self, i: int) -> HistoryRow:
        return self.row_at(i)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class LocalListRow:
    charge_point_id: str
    connected: bool
    protocol: str
    version: int | None
    entries: int
    pending: str  # what a sync would send now
    last_result: str


class LocalListsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(QT_TR_NOOP("Charge point"), lambda r: r.charge_point_id),
            Column(QT_TR_NOOP("Connected"), lambda r: tr("● online") if r.connected else tr("○ offline")),
            Column(QT_TR_NOOP("Protocol"), lambda r: r.protocol),
            Column(QT_TR_NOOP("List version"), lambda r: r.version, numeric=True,
                   fmt=lambda v: "—" if v is None else str(v)),
            Column(QT_TR_NOOP("Entries sent"), lambda r: r.entries, numeric=True),
            Column(QT_TR_NOOP("Pending changes"), lambda r: r.pending),
            Column(QT_TR_NOOP("Last sync"), lambda r: r.last_result),
        ), key=lambda r: r.charge_point_id, parent=parent)


class ProblemsModel(RowsModel):
    """One line per rejected field of a CSV import."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(QT_TR_NOOP("Line"), lambda p: p[0].line, numeric=True),
            Column(QT_TR_NOOP("Row"), lambda p: p[0].key),
            Column(QT_TR_NOOP("Column"), lambda p: p[1]),
            Column(QT_TR_NOOP("Why"), lambda p: translated(p[2])),
        ), parent=parent)

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.set_rows([(p, field, msg) for p in problems for field, msg in p.errors.items()])


def sorted_proxy(model: RowsModel, parent: Any = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
