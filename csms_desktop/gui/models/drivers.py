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
from csms_desktop.gui.models.rows import SORT_ROLE, Column, RowsModel, local_time
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
    return local_time(value)[:16] if value else ""


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
            Column("Name", lambda r: r.name or "—"),
            Column("Phone", lambda r: display_phone(r.phone_number), sort=lambda r: r.phone_number),
            Column("E-mail", lambda r: r.email),
            Column("Status", lambda r: fmt.label(r.status)),
            Column("Client", lambda r: r.client_name),
            Column("Vehicles", lambda r: ", ".join(r.plates)),
            Column("Tags", lambda r: ", ".join(r.tags)),
            Column("Registered", lambda r: r.created_at, fmt=_date),
        ), key=lambda r: r.id, parent=parent)

    def row_of(self, i: int) -> DriverRow:
        return self.row_at(i)  # type: ignore[no-any-return]


class VehiclesModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column("Plate", lambda v: v.license_plate),
            Column("Make", lambda v: v.make),
            Column("Model", lambda v: v.model),
            Column("Type", lambda v: v.type.replace("_", " ").title()),
        ), key=lambda v: v.id, parent=parent)

    def row_of(self, i: int) -> VehicleRow:
        return self.row_at(i)  # type: ignore[no-any-return]


class TagsModel(_StatusColoured):
    status_column = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column("Tag", lambda t: t.id_tag),
            Column("Status", lambda t: fmt.label(t.status)),
            Column("Expires", lambda t: t.expiry_date, fmt=lambda v: _date(v) or "never"),
            Column("Group", lambda t: t.parent_id_tag),
            Column("Chargers", lambda t: ", ".join(t.allowed_charge_points) or "all"),
            Column("Note", lambda t: t.note),
        ), key=lambda t: t.id, parent=parent)

    def row_of(self, i: int) -> TagRow:
        return self.row_at(i)  # type: ignore[no-any-return]


class HistoryModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column("Start", lambda h: h.start_time, fmt=_date),
            Column("Charge point", lambda h: h.charge_point_id),
            Column("Energy (kWh)", lambda h: h.total_energy, numeric=True,
                   fmt=lambda v: f"{v:.2f}" if v is not None else ""),
            Column("Cost", lambda h: h.total_cost, numeric=True,
                   fmt=lambda v: v or ""),
            Column("Vehicle", lambda h: h.vehicle_plate),
            Column("Tag", lambda h: h.id_tag),
            Column("Status", lambda h: fmt.label(h.status)),
            Column("Transaction", lambda h: h.transaction_id),
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
            Column("Charge point", lambda r: r.charge_point_id),
            Column("Connected", lambda r: "● online" if r.connected else "○ offline"),
            Column("Protocol", lambda r: r.protocol),
            Column("List version", lambda r: r.version, numeric=True,
                   fmt=lambda v: "—" if v is None else str(v)),
            Column("Entries sent", lambda r: r.entries, numeric=True),
            Column("Pending changes", lambda r: r.pending),
            Column("Last sync", lambda r: r.last_result),
        ), key=lambda r: r.charge_point_id, parent=parent)


class ProblemsModel(RowsModel):
    """One line per rejected field of a CSV import."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column("Line", lambda p: p[0].line, numeric=True),
            Column("Row", lambda p: p[0].key),
            Column("Column", lambda p: p[1]),
            Column("Why", lambda p: p[2]),
        ), parent=parent)

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.set_rows([(p, field, msg) for p in problems for field, msg in p.errors.items()])


def sorted_proxy(model: RowsModel, parent: Any = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
