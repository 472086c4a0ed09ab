"""A layout that places widgets left to right and wraps them into rows (Qt's flow example).

The items' sizes and the height for a width are measured once until the layout is
invalidated (a scroll area asks several times per pass; with thousands of items each walk
costs milliseconds), and only widgets that move are given a new geometry. Showing, hiding or
inserting many widgets goes in a :meth:`batch`: Qt lays the parent out again synchronously
each time a child is shown, which for N widgets is N full passes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
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
        self._forget()

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at position ``index`` (the end when out of range)."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        index = max(0, min(index, len(self._items)))
        self._items.insert(index, item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._forget()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        self._forget()
        super().invalidate()

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
        self.passes += 1
        self._do_layout(rect, test_only=False)

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

    def _measure(self) -> list[tuple[QLayoutItem, QWidget | None, int, int]]:
        if self._shown is None:
            shown = []
            size = QSize()
            for item in self._items:
                w = item.widget()
                if w is not None and w.isHidden():
                    continue
                hint = item.sizeHint()
                size = size.expandedTo(hint)  # the widest item fits
                shown.append((item, w, hint.width(), hint.height()))
            self._shown, self._min = shown, size
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
                r = QRect(x, y, width, height)
                if w is None:
                    item.setGeometry(r)
                else:
                    row.append(w)
                    if w.geometry() != r:
                        w.setGeometry(r)
            x += width + spacing
            line_height = max(line_height, height)
        if not test_only:
            if line_height > 0:
                tops.append(y)
                rows.append((y + line_height - 1, row))
            self._row_tops, self._rows = tops, rows
        return y + line_height - rect.y() + m.bottom()
