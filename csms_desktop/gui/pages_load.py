"""Load page (issue 17): the limit tree, what each node is allocated and draws, and why.

The tree shows every node (site, groups, chargers, connectors) with its limits, the kW
allocated under it and drawn, and each charging connector with its limit and what limited
it ("Grid", "feeder F2", "vehicle", "draw", "minimum"). The form below edits a node through
``services/load_config`` (the same checks as ``main.py config load``); a save reloads the
running load manager. The chart: site capacity, allocated and drawn over the last hour.
"""

from __future__ import annotations

import time
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services import load_config
from csms_desktop.services.validation import ValidationError

HISTORY = 3600  # samples kept (one a second)


def columns() -> list[str]:
    """The tree's column titles in the interface's language."""
    return [tr("Node"), tr("Kind"), tr("Limit kW"), tr("Limit A/phase"), tr("Allocated kW"),
            tr("Drawn kW"), tr("Why")]


def kind_names() -> dict[str, str]:
    """A node's kind (the stored value) as the page shows it."""
    return {"site": tr("site"), "group": tr("group"), "charger": tr("charger"),
            "connector": tr("connector")}


def _num(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class LoadPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<h2>" + tr("Load management") + "</h2>"))
        self.summary = QLabel()
        self.summary.setObjectName("load_summary")
        lay.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("load_tree")
        self.tree.setHeaderLabels(columns())
        self.tree.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.tree, 2)

        form = QFormLayout()
        self.f_id, self.f_name, self.f_charger = QLineEdit(), QLineEdit(), QLineEdit()
        self.f_kind = QComboBox()
        for kind, name in kind_names().items():
            self.f_kind.addItem(name, kind)
        self.f_parent = QComboBox()
        self.f_parent.setEditable(True)
        self.f_connector, self.f_kw, self.f_a = QLineEdit(), QLineEdit(), QLineEdit()
        self.f_phases, self.f_fallback, self.f_margin = QLineEdit("L1L2L3"), QLineEdit(), QLineEdit()
        self.f_dc = QCheckBox(tr("DC charger"))
        for name, label, w in (
                ("id", tr("Id"), self.f_id), ("kind", tr("Kind"), self.f_kind),
                ("parent", tr("Parent"), self.f_parent), ("name", tr("Name"), self.f_name),
                ("charge_point", tr("Charge point"), self.f_charger),
                ("connector", tr("Connector"), self.f_connector),
                ("limit_kw", tr("Limit kW"), self.f_kw),
                ("limit_a_per_phase", tr("Limit A per phase"), self.f_a),
                ("phases", tr("Phases"), self.f_phases), ("dc", "", self.f_dc),
                ("offline_fallback_a", tr("Offline fallback A"), self.f_fallback),
                ("safety_margin_(site,_fraction)", tr("Safety margin (site, fraction)"),
                 self.f_margin)):
            w.setObjectName(f"load_{name}")
            form.addRow(label, w)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save node"))
        self.save_button.setObjectName("load_save")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(tr("Delete node"))
        self.delete_button.clicked.connect(self.delete)
        self.error = QLabel()
        self.error.setObjectName("load_error")
        self.error.setStyleSheet("color: #B3161B")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.error, 1)
        lay.addLayout(buttons)

        self.chart = pg.PlotWidget(background="w",
                                   axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.chart.setObjectName("load_chart")
        plot = self.chart.getPlotItem()
        plot.setLabel("left", tr("Site"), units="kW")
        plot.addLegend()
        self.curves = {
            "capacity": plot.plot(pen=pg.mkPen("#B3161B", width=2), name=tr("capacity")),
            "allocated": plot.plot(pen=pg.mkPen("#E08A00", width=2), name=tr("allocated")),
            "drawn": plot.plot(pen=pg.mkPen("#1450A8", width=2), name=tr("drawn")),
        }
        self.history: dict[str, list[float]] = {k: [] for k in ("t", *self.curves)}
        lay.addWidget(self.chart, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @property
    def manager(self) -> Any:
        return self.ctx.runtime.services.extras.get("load")

    # ------------------------------------------------------------------ view
    def refresh(self) -> None:
        nodes = load_config.read_tree()
        status = self.manager.status() if self.manager is not None else None
        live = status.nodes if status is not None and status.enabled else {}
        conns = status.connectors if status is not None and status.enabled else {}
        site = next((n for n in nodes if n.kind == "site"), None)
        if site is None:
            self.summary.setText(tr("Load management is off: add a site node (its grid "
                                    "connection in kW and/or A per phase)."))
        else:
            s = live.get(site.id, {})
            text = tr("Site {name}: capacity {capacity} kW, allocated {allocated} kW, "
                      "drawn {drawn} kW").format(
                name=site.name or site.id, capacity=fmt.number(site.limit_kw, 1, empty="-"),
                allocated=fmt.number(s.get("allocated_kw", 0), 1),
                drawn=fmt.number(s.get("drawn_kw", 0), 1))
            if status and status.fixed:
                text += "; " + tr("ignoring profiles: {chargers}").format(
                    chargers=", ".join(status.fixed))
            self.summary.setText(text)
            self._sample(site.limit_kw or 0.0, s.get("allocated_kw", 0.0), s.get("drawn_kw", 0.0))
        selected = self.f_id.text()
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        kinds = kind_names()
        for n in sorted(nodes, key=lambda n: (n.parent_id is not None, n.id)):
            v = live.get(n.id, {})
            item = QTreeWidgetItem([
                n.name or n.id, kinds.get(n.kind, n.kind), fmt.number(n.limit_kw, 1),
                fmt.number(n.limit_a, 1),
                fmt.number(v["allocated_kw"], 1) if v else "",
                fmt.number(v["drawn_kw"], 1) if v else "", ""])
            item.setData(0, 32, n.id)
            items[n.id] = item
        for n in nodes:
            parent = items.get(n.parent_id or "")
            if parent is not None:
                parent.addChild(items[n.id])
            else:
                self.tree.addTopLevelItem(items[n.id])
        charger_item = {n.charge_point_id: items[n.id] for n in nodes if n.kind == "charger"}
        for key, c in sorted(conns.items()):
            cp = key.rpartition("/")[0]
            limit = tr("paused") if c["paused"] else f"{fmt.number(c['limit'], 1)} {c['unit']}"
            row = QTreeWidgetItem([tr("{connector} (session)").format(connector=key),
                                   kinds["connector"], "", "",
                                   fmt.number(c["limit_kw"], 1), fmt.number(c["drawn_kw"], 1),
                                   tr("{limit}, limited by {reason}").format(
                                       limit=limit, reason=c["limited_by"])])
            host = charger_item.get(cp) or (items.get(site.id) if site else None)
            if host is not None:
                host.addChild(row)
            else:
                self.tree.addTopLevelItem(row)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.f_parent.clear()
        self.f_parent.addItems(["", *[n.id for n in nodes]])
        if selected:
            self.f_id.setText(selected)

    def _sample(self, cap: float, alloc: float, drawn: float) -> None:
        h = self.history
        for key, value in (("t", time.time()), ("capacity", cap), ("allocated", alloc),
                           ("drawn", drawn)):
            h[key].append(value)
            del h[key][:-HISTORY]
        for key, curve in self.curves.items():
            curve.setData(h["t"], h[key])

    def _selected(self) -> None:
        items = self.tree.selectedItems()
        node_id = items[0].data(0, 32) if items else None
        node = next((n for n in load_config.read_tree() if n.id == node_id), None)
        if node is None:
            return
        self.f_id.setText(node.id)
        self.f_kind.setCurrentIndex(max(0, self.f_kind.findData(node.kind)))
        self.f_parent.setCurrentText(node.parent_id or "")
        self.f_name.setText(node.name)
        self.f_charger.setText(node.charge_point_id or "")
        self.f_connector.setText("" if node.connector_id is None else str(node.connector_id))
        for w, v in ((self.f_kw, node.limit_kw), (self.f_a, node.limit_a),
                     (self.f_fallback, node.fallback_a), (self.f_margin, node.margin)):
            w.setText("" if v is None else f"{v:g}")
        self.f_phases.setText(node.phases)
        self.f_dc.setChecked(node.dc)

    # ------------------------------------------------------------------ edit
    def save(self) -> bool:
        self.error.clear()
        try:
            conn = self.f_connector.text().strip()
            node = load_config.NodeRow(
                id=self.f_id.text().strip(), kind=str(self.f_kind.currentData()),
                parent_id=self.f_parent.currentText().strip() or None,
                name=self.f_name.text(), charge_point_id=self.f_charger.text().strip() or None,
                connector_id=int(conn) if conn.isdigit() else (None if not conn else -1),
                limit_kw=_num(self.f_kw.text()), limit_a=_num(self.f_a.text()),
                phases=self.f_phases.text(), dc=self.f_dc.isChecked(),
                fallback_a=_num(self.f_fallback.text()), margin=_num(self.f_margin.text()))
            load_config.save_node(node)
        except ValueError as exc:  # ValidationError is one
            msg = ("; ".join(f"{k}: {translated(v)}" for k, v in exc.errors.items())
                   if isinstance(exc, ValidationError)
                   else tr("not a number: {error}").format(error=exc))
            self.error.setText(msg)
            return False
        if self.manager is not None:
            self.manager.reload()
        self.refresh()
        return True

    def delete(self) -> None:
        node_id = self.f_id.text().strip()
        if not node_id:
            return
        if QMessageBox.question(self, tr("Delete node"),
                                tr("Delete {node}? Its nodes move up to its parent.")
                                .format(node=node_id)) != QMessageBox.StandardButton.Yes:
            return
        try:
            load_config.delete_node(node_id)
        except ValidationError as exc:
            self.error.setText("; ".join(translated(v) for v in exc.errors.values()))
            return
        if self.manager is not None:
            self.manager.reload()
        self.refresh()


def create(ctx: Any) -> LoadPage:
    return LoadPage(ctx)
