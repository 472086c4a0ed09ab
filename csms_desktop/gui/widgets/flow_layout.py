"""A layout that places widgets left to right and wraps them into rows (Qt's flow example).

The items' sizes and the height for a width are measured once until the layout is
invalidated (a scroll area asks several times per pass; with thousands of items each walk
costs milliseconds), and only widgets that move are given a new geometry. Showing, hiding or
inserting many widgets goes in a :meth:`batch`: Qt lays the parent out again synchronously
each time a child is shown, which for N widgets is N full passes.

A child that only changes size (a charger group whose header grew: "2 charging", a fault
badge) re-flows the page at most every ``min_interval`` seconds: each pass walks every item
(2,000 groups: about 10 ms), and at a site of 2,000 chargers such changes came dozens of
times a second, a third of the loop thread's time. Within the interval the invalidation
is remembered and done once when it ends; adding, inserting or removing an item, or a
new geometry (the window resized), is laid out at once. A widget with a ``flow_size``
attribute ((width, height), kept equal to its size hint) is measured without a call into
Qt: 2,000 ``sizeHint()`` calls through the bindings were most of a pass.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMargins, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10,
                 min_interval: float = 0.0) -> None:
        super().__init__(parent)
        self.min_interval = min_interval  # s between re-flows for a child's new size
        self._last_pass = float("-inf")
        self._structure_changed = True  # an item added or removed since the last pass
        self._deferred: QTimer | None = None
        self.deferred = 0  # invalidations held back to the end of the interval
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # until invalidated: (item, its widget, width, height) of the shown items, the
        # size of the largest, and the last height for a width
        self._shown: list[tuple[QLayoutItem, QWidget | None, int, int]] | None = None
        self._min = QSize()
        self._hfw: tuple[int, int] | None = None
        self.passes = 0  # geometry passes (tests check that a batch costs one)
        # rows of the last pass: their tops, bottoms and widgets (see widgets_in)
        self._row_tops: list[int] = []
        self._rows: list[tuple[int, list[QWidget]]] = []
        # where each widget was put by the last pass (x, y, w, h): compared in Python, so
        # a pass calls Qt only for the widgets that move, not 2,000 geometry() reads
        self._placed: dict[QWidget, tuple[int, int, int, int]] = {}
        self._laid: QRect | None = None  # the rect of the last pass, while still valid
        self.skipped = 0  # passes not needed: only the height given changed
        self.setContentsMargins(QMargins(8, 8, 8, 8))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Insert, show or hide widgets inside; the layout is done once, at the end."""
        if not self.isEnabled():  # nested
            yield
            return
        self.setEnabled(False)
        try:
            yield
        finally:
            self.setEnabled(True)
            self.invalidate()
            self.activate()

    # -- QLayout interface
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._structure_changed = True
        self._forget()

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at position ``index`` (the end when out of range)."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        index = max(0, min(index, len(self._items)))
        self._items.insert(index, item)
        self._structure_changed = True
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._structure_changed = True
        self._forget()
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        w = item.widget()
        if w is not None:
            self._placed.pop(w, None)
        return item

    def invalidate(self) -> None:
        if (self.min_interval > 0 and not self._structure_changed and self.isEnabled()
                and time.monotonic() - self._last_pass < self.min_interval):
            self._hold_back()  # a child's new size: re-flow when the interval ends
            return
        self._forget()
        super().invalidate()

    def _hold_back(self) -> None:
        self.deferred += 1
        if self._deferred is None:
            self._deferred = QTimer(self)
            self._deferred.setSingleShot(True)
            self._deferred.timeout.connect(self._catch_up)
        if not self._deferred.isActive():
            left = self.min_interval - (time.monotonic() - self._last_pass)
            self._deferred.start(max(1, int(left * 1000) + 1))

    def _catch_up(self) -> None:
        self._forget()
        QLayout.invalidate(self)  # Qt posts the layout request; the pass runs from it
        self._last_pass = float("-inf")  # ... at once, not held back again

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._hfw is None or self._hfw[0] != width:
            self._hfw = (width, self._do_layout(QRect(0, 0, width, 0), test_only=True))
        return self._hfw[1]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        laid = self._laid
        if (laid is not None and self._shown is not None and laid.x() == rect.x()
                and laid.y() == rect.y() and laid.width() == rect.width()):
            # nothing invalidated since the last pass and the same width: the scroll area
            # giving the height the layout asked for; every widget is already in place
            self.skipped += 1
            self._laid = QRect(rect)
            return
        self.passes += 1
        self._do_layout(rect, test_only=False)
        self._laid = QRect(rect)
        self._last_pass = time.monotonic()
        self._structure_changed = False

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        self._measure()
        m = self.contentsMargins()
        return self._min + QSize(m.left() + m.right(), m.top() + m.bottom())

    def widgets_in(self, rect: QRect) -> Iterator[QWidget]:
        """The shown widgets of the rows that ``rect`` (parent coordinates) touches, as of
        the last layout pass: a binary search, not a walk over every widget."""
        first = max(0, bisect.bisect_right(self._row_tops, rect.top()) - 1)
        for i in range(first, len(self._rows)):
            if self._row_tops[i] > rect.bottom():
                break
            bottom, widgets = self._rows[i]
            if bottom >= rect.top():
                yield from widgets

    # -- internals
    def _forget(self) -> None:
        self._shown = None
        self._hfw = None
        self._laid = None

    def _measure(self) -> list[tuple[QLayoutItem, QWidget | None, int, int]]:
        if self._shown is None:
            shown = []
            max_w = max_h = 0
            for item in self._items:
                w = item.widget()
                if w is not None and w.isHidden():
                    continue
                known = getattr(w, "flow_size", None) if w is not None else None
                if known is not None:  # the widget keeps its size in Python: no Qt call
                    width, height = known
                else:
                    hint = item.sizeHint()
                    width, height = hint.width(), hint.height()
                max_w, max_h = max(max_w, width), max(max_h, height)  # the widest fits
                shown.append((item, w, width, height))
            self._shown, self._min = shown, QSize(max_w, max_h)
        return self._shown

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        left, top = rect.x() + m.left(), rect.y() + m.top()
        right = rect.right() - m.right()
        spacing = self._spacing
        x, y, line_height = left, top, 0
        tops: list[int] = []
        rows: list[tuple[int, list[QWidget]]] = []
        row: list[QWidget] = []
        placed = self._placed
        for item, w, width, height in self._measure():
            if x + width > right + 1 and line_height > 0:
                if not test_only:
                    tops.append(y)
                    rows.append((y + line_height - 1, row))
                    row = []
                x = left
                y += line_height + spacing
                line_height = 0
            if not test_only:
                if w is None:
                    item.setGeometry(QRect(x, y, width, height))
                else:
                    row.append(w)
                    where = (x, y, width, height)
                    if placed.get(w) != where:
                        w.setGeometry(x, y, width, height)
                        placed[w] = where
            x += width + spacing
            line_height = max(line_height, height)
        if not test_only:
            if line_height > 0:
                tops.append(y)
                rows.append((y + line_height - 1, row))
            self._row_tops, self._rows = tops, rows
        return y + line_height - rect.y() + m.bottom()
