"""Load page (issue 17): the limit tree editor and the running manager's allocation."""

from __future__ import annotations

import pytest

from csms_desktop.services import load_config

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(runtime):  # type: ignore[no-untyped-def]
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services import load

    commands = Commands(runtime.server)
    load.install(runtime.services, commands)
    bridge = Bridge(runtime.services.hub, flush_ms=30)
    yield GuiContext(runtime, bridge, commands)
    runtime.services.extras["load"].uninstall()
    bridge.close()


def test_edit_the_tree_and_see_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.pages_load import LoadPage

    page = LoadPage(ctx)
    qtbot.addWidget(page)
    assert "Load management is off" in page.summary.text()
    page.f_id.setText("site")
    page.f_kind.setCurrentText("site")
    page.f_kw.setText("150")
    page.f_margin.setText("0.03")
    page.f_name.setText("Grid")
    assert page.save()
    assert ctx.runtime.services.extras["load"].enabled  # the manager was reloaded
    page.f_id.setText("F1")
    page.f_kind.setCurrentText("group")
    page.f_parent.setCurrentText("site")
    page.f_kw.setText("lots")
    assert not page.save() and "not a number" in page.error.text()
    page.f_kw.setText("90")
    page.f_margin.setText("")
    page.f_name.setText("feeder F1")
    assert page.save()
    page.f_id.setText("F2")
    page.f_parent.setCurrentText("F2")  # itself: refused with the service's words
    assert not page.save() and "parent_id" in page.error.text()
    assert {n.id: n.parent_id for n in load_config.read_tree()} == {"site": None, "F1": "site"}
    top = page.tree.topLevelItem(0)
    assert top.text(0) == "Grid" and top.child(0).text(0) == "feeder F1"
    assert "capacity 150.0 kW" in page.summary.text()
    page.tree.setCurrentItem(top.child(0))
    assert page.f_id.text() == "F1" and page.f_kw.text() == "90"
