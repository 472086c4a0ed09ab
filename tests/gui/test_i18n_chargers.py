"""The Charge points and Load pages, the profile editor, the connector tile and the outcome
line speak Thai and Brazilian Portuguese once the translation is installed (issue 13 item 3),
and English without one. Real widgets, the real .qm files (``scripts/i18n release``)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_helpers import answer_confirm
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from csms_desktop.gui import i18n
from csms_desktop.protocol.commands import CommandResult, Commands, Outcome

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("CSMS_SHOTS")  # a folder: grabs of the pages, to look at


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    code = request.param
    if code != "en" and not i18n.qm_path(code).exists():
        pytest.fail(f"{i18n.qm_path(code)} missing: run scripts/i18n release")
    assert i18n.install(code) == code
    yield code
    i18n.install("en")


class NoServer:
    """A server no charger is connected to."""

    def connection(self, _cp_id: str) -> None:
        return None


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    return ({w.text() for w in widget.findChildren(QLabel)}
            | {w.text() for w in widget.findChildren(QPushButton)})


EXPECTED = {
    "en": {"tab": "Overview", "soft": "Soft reset", "count": "2 charge points",
           "pending": "1 pending", "reset_question": "Hard reset (reboot) CP-001?",
           "header": "OCPP status", "status": "Available", "load": "Save node",
           "outcome": "accepted", "waiting": "waiting for the charger",
           "period": "Add period", "tile": "CP-001 connector 1: Available",
           "offline": "charger offline: CP-9 is not connected",
           "busy": "an invoice run is already in progress"},
    "th": {"tab": "ภาพรวม", "soft": "รีเซ็ตแบบซอฟต์", "count": "เครื่องชาร์จ 2 เครื่อง",
           "pending": "รออนุมัติ 1", "reset_question": "รีเซ็ตแบบฮาร์ด (รีบูต) CP-001 หรือไม่?",
           "header": "สถานะ OCPP", "status": "ว่าง", "load": "บันทึกโหนด",
           "outcome": "ยอมรับแล้ว", "waiting": "กำลังรอเครื่องชาร์จ",
           "period": "เพิ่มช่วงเวลา", "tile": "CP-001 หัวชาร์จ 1: ว่าง",
           "offline": "เครื่องชาร์จออฟไลน์: CP-9 ไม่ได้เชื่อมต่อ",
           "busy": "กำลังออกใบแจ้งหนี้อยู่แล้ว"},
    "pt_BR": {"tab": "Visão geral", "soft": "Reinício suave", "count": "2 carregadores",
              "pending": "1 pendente", "reset_question": "Reinício forçado (reboot) de CP-001?",
              "header": "Status OCPP", "status": "Disponível", "load": "Salvar nó",
              "outcome": "aceito", "waiting": "aguardando o carregador",
              "period": "Adicionar período", "tile": "CP-001 conector 1: Disponível",
              "offline": "carregador offline: CP-9 não está conectado",
              "busy": "uma emissão de faturas já está em andamento"},
}


@pytest.mark.parametrize("language", ["en", "th", "pt_BR"], indirect=True)
def test_charge_points_page_in_each_language(qtbot, quiet_ctx, language) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.pages_chargers import ChargePointsPage
    from csms_desktop.store.models import ChargePoint, Connector

    want = EXPECTED[language]
    ChargePoint.create(id="CP-001", name="Front gate", vendor="ABB")
    ChargePoint.create(id="CP-002", name="Visitor", registration_status="PENDING")
    Connector.create(charge_point="CP-001", connector_id=1, status="AVAILABLE",
                     ocpp_status="Available")
    page = ChargePointsPage(quiet_ctx)
    qtbot.addWidget(page)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.resize(1400, 900)
    page.show()
    assert page.count_label.text() == f"{want['count']} · {want['pending']}"
    assert page.select("CP-001")
    detail = page.detail
    qtbot.waitUntil(lambda: detail.cp is not None)
    assert detail.tabs.tabText(0) == want["tab"]
    actions = detail.actions_panel
    assert actions.soft_button.text() == want["soft"]
    connectors = detail.overview.connectors
    assert connectors.headerData(2, Qt.Orientation.Horizontal) == want["header"]
    assert connectors.index(0, 2).data() == want["status"]
    _shot(page, f"chargers-{language}")
    actions.hard_button.click()
    assert want["reset_question"] in answer_confirm(qtbot, actions, yes=False)
    detail.tabs.setCurrentIndex(1)
    _shot(page, f"chargers-actions-{language}")


@pytest.mark.parametrize("language", ["en", "th", "pt_BR"], indirect=True)
def test_outcome_line_and_tile_in_each_language(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.widgets.connector_tile import ConnectorTile
    from csms_desktop.gui.widgets.outcome import OutcomeLine
    from csms_desktop.services.live_queries import ConnectorState

    want = EXPECTED[language]
    line = OutcomeLine()
    qtbot.addWidget(line)
    line.pending("Reset")
    assert want["waiting"] in line.text()
    line.result("Reset", CommandResult(Outcome.ACCEPTED, "Accepted"))
    assert line.text().endswith(f"Reset: {want['outcome']}")
    offline = asyncio.run(Commands(NoServer()).reset("CP-9"))  # type: ignore[arg-type]
    line.result("Reset", offline)
    assert line.text().endswith(f"Reset: {want['offline']}")
    line.message("an invoice run is already in progress", ok=False)  # str(exc) of a service's
    assert line.text().endswith(want["busy"])
    state = ConnectorState(
        charge_point_id="CP-001", connector_no=1, connector_type="TYPE_2",
        ocpp_status="Available", error_code=None, info=None, status_time=None, power_kw=None,
        soc=None,
        last_meter_kwh=None, session=None)
    tile = ConnectorTile(state, online=True)
    qtbot.addWidget(tile)
    assert tile.summary() == want["tile"]
    assert tile.look.label == want["status"]
    from csms_desktop.gui.widgets.connector_tile import format_kw

    assert format_kw(49.5) == {"pt_BR": "49,5 kW"}.get(language, "49.5 kW")  # gui.fmt's
    _shot(tile, f"tile-{language}")


@pytest.mark.parametrize("language", ["en", "th", "pt_BR"], indirect=True)
def test_load_page_and_profile_editor_in_each_language(qtbot, runtime, language) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.gui.pages_load import LoadPage
    from csms_desktop.gui.profile_editor import ProfileEditor
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services.profiles import ProfileService

    want = EXPECTED[language]
    bridge = Bridge(runtime.services.hub, flush_ms=30)
    ctx = GuiContext(runtime, bridge, Commands(runtime.server))
    page = LoadPage(ctx)
    qtbot.addWidget(page)
    page.timer.stop()
    assert page.save_button.text() == want["load"]
    # the node kind is stored in English whatever the combo shows
    page.f_id.setText("site")
    page.f_kind.setCurrentIndex(page.f_kind.findData("site"))
    page.f_kw.setText("150")
    assert page.save(), page.error.text()
    from csms_desktop.services import load_config

    assert [n.kind for n in load_config.read_tree()] == ["site"]
    _shot(page, f"load-{language}")
    editor = ProfileEditor(ProfileService(runtime.services, None))
    qtbot.addWidget(editor)
    assert want["period"] in _texts(editor)
    editor.new_profile()
    editor.name.setText("Night")
    editor.kind.setCurrentIndex(editor.kind.findData("Recurring"))
    editor.recurrency.setCurrentIndex(editor.recurrency.findData("Weekly"))
    draft, errors = editor.draft()
    assert (draft.kind, draft.recurrency) == ("Recurring", "Weekly") and not errors
    _shot(editor, f"profiles-{language}")
    bridge.close()


def test_a_service_message_is_english_text_that_keeps_its_template() -> None:
    import copy
    import json
    import pickle

    from csms_desktop.services.validation import Message

    m = Message("row {row}: the limit must be more than 0", row=3)
    assert m == "row 3: the limit must be more than 0" and isinstance(m, str)
    assert json.dumps({"periods": m}) == '{"periods": "row 3: the limit must be more than 0"}'
    for again in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert again == m and again.template == m.template and again.fields == {"row": 3}


MESSAGES = {
    "en": ("row 3: periods are in ascending order of start time", "the two passwords differ",
           "row 1: 40 A is above the connector's maximum of 16 A",
           "'12' is not a valid phone number for TH"),
    "th": ("แถว 3: ช่วงเวลาต้องเรียงตามเวลาเริ่มจากน้อยไปมาก", "รหัสผ่านทั้งสองไม่ตรงกัน",
           "แถว 1: 40 A เกินค่าสูงสุดของหัวชาร์จ 16 A",
           "'12' ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้องสำหรับ TH"),
    "pt_BR": ("linha 3: os períodos estão em ordem crescente de início",
              "as duas senhas são diferentes",
              "linha 1: 40 A ultrapassa o máximo do conector, 16 A",
              "'12' não é um telefone válido para TH"),
}


@pytest.mark.parametrize("language", ["en", "th", "pt_BR"], indirect=True)
def test_service_messages_shown_in_each_language(qtbot, runtime, language) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.operators_admin import NewOperatorDialog
    from csms_desktop.gui.profile_editor import ProfileEditor
    from csms_desktop.gui.widgets.field_errors import translated
    from csms_desktop.services import operators as ops
    from csms_desktop.services.profiles import Limits, ProfileDraft, ProfileService, validate_profile
    from csms_desktop.services.validation import ValidationError

    periods, passwords, cap, phone = MESSAGES[language]
    editor = ProfileEditor(ProfileService(runtime.services, None))
    qtbot.addWidget(editor)
    editor.show()
    editor.new_profile()
    editor.name.setText("Test")
    editor.set_periods([("0:00", "32"), ("2:00", "16"), ("1:00", "10")])
    qtbot.waitUntil(lambda: editor.errors.label("periods").isVisible(), timeout=2000)
    assert editor.errors.label("periods").text() == periods
    with pytest.raises(ValidationError) as caught:  # a template inside a template
        validate_profile(ProfileDraft("Big", "A", ((0, 40.0),)), Limits(max_current_a=16))
    assert translated(caught.value.errors["periods"]) == cap
    admin = ops.OperatorInfo("1", "admin", "Admin", ops.OperatorRole.ADMIN)
    dlg = NewOperatorDialog(admin)
    qtbot.addWidget(dlg)
    dlg.show_errors(ops.validate_new_operator("ana", "Ana", "long enough 1", "other one 2"))
    assert dlg.errors["confirm"].text() == passwords
    from csms_desktop.services.drivers import DriverInput, clean_driver

    with pytest.raises(ValidationError) as caught:  # the domain's message, kept by a service
        clean_driver(DriverInput(phone="12", name="Ana"), "TH")
    assert translated(caught.value.errors["phone"]) == phone
