"""The forms of ui/ show the services' messages in the interface's language: the Settings
page's field errors and the first-run form's (issue 13 item 3). Real widgets and .qm files."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from driver_live import drv_ctx  # noqa: F401 (fixture)

from csms_desktop.gui import i18n
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services import operators as ops
from csms_desktop.services.settings_edit import validate_settings

pytestmark = pytest.mark.gui


@pytest.fixture
def thai(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    if not i18n.qm_path("th").exists():
        pytest.fail(f"{i18n.qm_path('th')} missing: run scripts/i18n release")
    assert i18n.install("th") == "th"
    yield
    i18n.install("en")


def test_settings_errors_in_the_interface_language(qtbot, drv_ctx, thai) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from csms_desktop.gui.pages_settings import SettingsPage

    page = SettingsPage(drv_ctx)
    qtbot.addWidget(page)
    bad = dataclasses.replace(drv_ctx.runtime.services.settings, ocpp_port=0, heartbeat_interval=1)
    errors = validate_settings(bad)
    assert {"ocpp_port", "heartbeat_interval"} <= set(errors)
    page.show_errors(errors)
    shown = page.errors["ocpp_port"].text()
    assert shown == translated(errors["ocpp_port"]) and shown != str(errors["ocpp_port"])
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in shown)  # Thai script


def test_first_run_errors_in_the_interface_language(qtbot, thai) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.login import FirstRunPanel

    panel = FirstRunPanel()
    qtbot.addWidget(panel)
    errors = ops.validate_new_operator("ana", "Ana", "long enough 1", "other one 2")
    panel.show_errors(errors)
    key = next(iter(errors))
    shown = panel.errors[key].text()
    assert shown and shown != str(errors[key])
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in shown)
