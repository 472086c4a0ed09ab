"""A time axis in the site's zone (pyqtgraph's DateAxisItem uses the machine's)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pyqtgraph as pg

from csms_desktop.gui import fmt


def site_offset_west(timestamp: float) -> int:
    """pyqtgraph's ``utcOffset``: seconds *west* of UTC of the site at ``timestamp``."""
    try:
        local = fmt.in_site(datetime.fromtimestamp(timestamp, UTC))
    except (OverflowError, OSError, ValueError):
        return 0
    off = local.utcoffset()
    return -int(off.total_seconds()) if off is not None else 0


class SiteDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """Ticks and labels at the site's wall-clock times, whatever the machine's zone."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> Any:
        self.utcOffset = site_offset_west((minVal + maxVal) / 2)
        return super().tickValues(minVal, maxVal, size)

    def tickStrings(self, values: Any, scale: float, spacing: float) -> Any:
        if values:
            self.utcOffset = site_offset_west(float(values[len(values) // 2]))
        return super().tickStrings(values, scale, spacing)
