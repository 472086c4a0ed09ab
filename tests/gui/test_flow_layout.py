"""The dashboard's flow layout re-flows at a bounded rate when children only change size
(a charger group's header grew) and at once when items are added or the window resizes.

At 2,000 chargers each re-flow walks 2,000 groups; header changes came dozens of times a
second and the layout took a third of the loop thread (py-spy, bench/site_scale.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QWidget

from csms_desktop.gui.widgets.flow_layout import FlowLayout


def _host(qtbot, n: int, interval: float) -> tuple[QWidget, FlowLayout, list[QWidget]]:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=4, min_interval=interval)
    kids = []
    with flow.batch():
        for _ in range(n):
            w = QWidget()
            w.setFixedSize(QSize(40, 30))
            flow.addWidget(w)
            kids.append(w)
    host.resize(800, 600)
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(20)
    return host, flow, kids


def _no_overlap(kids: list[QWidget]) -> bool:
    rects = [k.geometry() for k in kids]
    return all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_size_changes_reflow_once_per_interval_then_settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host_widget, flow, kids = _host(qtbot, 120, 0.25)
    qtbot.wait(300)  # out of the interval of the first pass
    before = flow.passes
    for k in kids[:60]:  # 60 groups grow, one event-loop turn each
        k.setFixedSize(QSize(70, 30))
        QApplication.processEvents()
    assert flow.passes - before <= 2  # the first at once, the rest held back
    assert flow.deferred > 0
    qtbot.waitUntil(lambda: _no_overlap(kids), timeout=1000)  # the held-back pass came
    assert flow.passes - before <= 3
    assert all(k.geometry().width() == 70 for k in kids[:60])


def test_without_an_interval_every_change_reflows(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host_widget, flow, kids = _host(qtbot, 30, 0.0)
    before = flow.passes
    for k in kids[:10]:
        k.setFixedSize(QSize(70, 30))
        QApplication.processEvents()
    assert flow.passes - before >= 10
    assert _no_overlap(kids)


def test_an_added_item_and_a_resize_are_laid_out_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, flow, kids = _host(qtbot, 60, 10.0)  # an interval that never ends in the test
    kids[0].setFixedSize(QSize(60, 30))
    QApplication.processEvents()  # the first change after the pass ... held back
    new = QWidget()
    new.setFixedSize(QSize(40, 30))
    flow.insertWidget(0, new)
    new.show()
    QApplication.processEvents()
    assert new.geometry().topLeft() == QPoint(8, 8)  # first place, inside the margins
    assert _no_overlap([new, *kids])
    host.resize(300, 900)
    QApplication.processEvents()
    assert all(k.geometry().right() <= 300 for k in kids)
    assert _no_overlap([new, *kids])
