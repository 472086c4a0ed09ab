"""Table columns that fit their text without jumping.

``ResizeToContents`` re-fits every column on every change, so a table jumps after a save
(a longer name, then a shorter one). :func:`grow_only_columns` makes the columns
interactive and, a moment after rows arrive or change, widens a column that is too narrow
for its widest text; it never narrows one (a person's own resizing is kept too).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

FIT_MS = 50


def fit_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    last = model.columnCount() - (1 if header.stretchLastSection() else 0)
    for c in range(max(0, last)):
        want = max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
        if header.sectionSize(c) < want:
            header.resizeSection(c, want)


def grow_only_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(FIT_MS)
    timer.timeout.connect(lambda: fit_columns(view))
    model = view.model()
    if model is not None:
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged,
                       model.layoutChanged):
            signal.connect(lambda *_a: timer.start())
    timer.start()
