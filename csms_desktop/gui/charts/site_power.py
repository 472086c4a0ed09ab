"""The site's total power over the last hour, with the site capacity as a line."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from csms_desktop.gui import fmt
from csms_desktop.gui.charts.axis import SiteDateAxis
from csms_desktop.gui.charts.ring import Ring
from csms_desktop.gui.i18n import tr

WINDOW_S = 3600.0
SAMPLE_S = 2.0


def style_plot(plot: pg.PlotItem) -> None:
    """Black on white, readable axes, no menu or auto-range button."""
    for name in ("left", "bottom"):
        ax = plot.getAxis(name)
        ax.setPen(pg.mkPen("#333333"))
        ax.setTextPen(pg.mkPen("#1A1A1A"))
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.hideButtons()


class SitePowerChart(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w",
                         axisItems={"bottom": SiteDateAxis(orientation="bottom")})
        self.setObjectName("site_power_chart")
        self.ring = Ring(int(WINDOW_S / SAMPLE_S) + 1)
        plot = self.getPlotItem()
        style_plot(plot)
        plot.setLabel("left", tr("Site power"), units="kW")
        plot.setMouseEnabled(x=False, y=False)
        self.curve = plot.plot(pen=pg.mkPen("#1450A8", width=2), name=tr("Site power"),
                               fillLevel=0, brush=pg.mkBrush(20, 80, 168, 50))
        self.curve.setClipToView(True)
        self.curve.setDownsampling(auto=True, method="peak")
        self.capacity_kw = 0.0
        self.capacity_line = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen("#B3161B", width=2, style=Qt.PenStyle.DashLine),
            label="", labelOpts={"position": 0.02, "color": "#B3161B", "anchors": [(0, 1), (0, 1)]})
        self.capacity_line.setVisible(False)
        plot.addItem(self.capacity_line, ignoreBounds=True)

    def set_capacity(self, kw: float) -> None:
        if kw == self.capacity_kw:
            return
        self.capacity_kw = kw
        self.capacity_line.setVisible(kw > 0)
        if kw > 0:
            self.capacity_line.setValue(kw)
            self.capacity_line.label.setFormat(
                tr("Site capacity {power}").format(power=fmt.kw(kw, 0 if kw == int(kw) else 1)))
        self._ranges()

    def add_sample(self, t: float, kw: float) -> None:
        self.ring.append(t, kw)
        x, y = self.ring.arrays()
        self.curve.setData(x, y[:, 0])
        self._ranges()

    def latest(self) -> float | None:
        if not len(self.ring):
            return None
        return float(self.ring.arrays()[1][-1, 0])

    def _ranges(self) -> None:
        plot = self.getPlotItem()
        last = self.ring.last_x
        if last is not None:
            first = self.ring.first_x or last
            start = max(last - WINDOW_S, first)
            if last - start < 300:
                start = last - 300
            plot.setXRange(start, last, padding=0.01)
        _, y = self.ring.arrays()
        peak = float(np.nanmax(y)) if len(y) and not np.all(np.isnan(y)) else 0.0
        top = max(peak, self.capacity_kw, 1.0) * 1.15
        plot.setYRange(0, top, padding=0)
