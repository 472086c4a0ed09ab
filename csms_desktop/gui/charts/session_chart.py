"""Power, current and state of charge of one connector: three stacked plots, one x axis."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from csms_desktop.gui.charts.axis import SiteDateAxis
from csms_desktop.gui.charts.ring import Ring
from csms_desktop.gui.charts.site_power import style_plot
from csms_desktop.gui.i18n import tr
from csms_desktop.services.live_queries import MAX_HISTORY_POINTS, MeterPoint

SYMBOLS_UP_TO = 300
# (what, axis label, unit, colour)
SERIES = (("power", "Power", "kW", "#1450A8"), ("current", "Current", "A", "#8E1F5C"),
          ("state of charge", "SoC", "%", "#1E6E2E"))


def series_text(k: int) -> tuple[str, str]:
    """(axis label, "nothing reported" note) of series ``k``, in the interface's language."""
    return ((tr("Power"), tr("No power reported in this range")),
            (tr("Current"), tr("No current reported in this range")),
            (tr("SoC"), tr("No state of charge reported in this range")))[k]


class SessionChart(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_chart")
        self.setBackground("w")
        self.ring = Ring(MAX_HISTORY_POINTS + 20_000, columns=3)
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        for i, (_what, _name, unit, colour) in enumerate(SERIES):
            name = series_text(i)[0]
            plot = self.addPlot(row=i, col=0,
                                axisItems={"bottom": SiteDateAxis(orientation="bottom")})
            style_plot(plot)
            plot.setLabel("left", name, units=unit)
            plot.getAxis("left").setWidth(64)
            plot.setMouseEnabled(x=True, y=False)
            if self.plots:
                plot.setXLink(self.plots[0])
            if i < len(SERIES) - 1:
                plot.getAxis("bottom").setStyle(showValues=False)
            curve = plot.plot(pen=pg.mkPen(colour, width=2), name=name)
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            self.plots.append(plot)
            self.curves.append(curve)
        self.plots[2].setYRange(0, 100, padding=0.02)
        self.x_window: tuple[float, float] | None = None  # fixed x range, or None: fit data
        self._empty = [False, False, False]

    def set_points(self, points: Sequence[MeterPoint]) -> None:
        x = np.fromiter((p.timestamp.timestamp() for p in points), dtype=np.float64,
                        count=len(points))
        y = np.array([[np.nan if v is None else v for v in (p.power_kw, p.current_a, p.soc)]
                      for p in points], dtype=np.float64).reshape(len(points), 3)
        self.ring.set_all(x, y)
        self._redraw()

    def append(self, t: float, power: float | None, current: float | None,
               soc: float | None) -> None:
        last = self.ring.last_x
        if last is not None and t <= last:
            return  # already there (a sample read from the database, or a repeat)
        self.ring.append(t, power, current, soc)
        if self.x_window is not None and t > self.x_window[1]:
            span = self.x_window[1] - self.x_window[0]
            self.x_window = (t - span, t)
        self._redraw()

    def set_window(self, start: float | None, end: float | None) -> None:
        self.x_window = (start, end) if start is not None and end is not None else None
        self._redraw()

    def sample_count(self) -> int:
        return len(self.ring)

    def _redraw(self) -> None:
        x, y = self.ring.arrays()
        for k, curve in enumerate(self.curves):
            ok = np.isfinite(y[:, k])
            xs, ys = x[ok], y[ok, k]
            colour = SERIES[k][3]
            empty = not len(xs)
            if empty != self._empty[k]:  # say so instead of showing a blank plot
                self._empty[k] = empty
                self.plots[k].setTitle(
                    series_text(k)[1] if empty else None,
                    size="9pt", color="#4A4F55")
            if len(xs) <= SYMBOLS_UP_TO:  # few samples: show each one as a dot as well
                curve.setData(xs, ys, symbol="o", symbolSize=5, symbolBrush=colour,
                              symbolPen=None)
            else:
                curve.setData(xs, ys, symbol=None)
        for k in (0, 1):
            col = y[:, k] if len(y) else np.array([])
            peak = float(np.nanmax(col)) if len(col) and not np.all(np.isnan(col)) else 0.0
            self.plots[k].setYRange(0, max(peak, 1.0) * 1.15, padding=0)
        if self.x_window is not None:
            self.plots[0].setXRange(*self.x_window, padding=0.01)
        elif len(x):
            lo, hi = float(x[0]), float(x[-1])
            if hi - lo < 60:
                lo, hi = lo - 30, hi + 30
            self.plots[0].setXRange(lo, hi, padding=0.02)
