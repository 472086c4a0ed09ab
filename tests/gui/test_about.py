"""Help > About (gui/about.py): version from the one place, data folder, the app icon."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def test_about_shows_version_and_data_folder(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSMS_DATA_DIR", str(tmp_path / "data"))
    from csms_desktop import __version__
    from csms_desktop.gui.about import AboutDialog, app_icon

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text and "from source" in text
    assert str(tmp_path / "data") in text
    assert not app_icon().isNull()
    opened: list[str] = []
    monkeypatch.setattr("csms_desktop.gui.about.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog.open_data.click()
    assert opened == [str(tmp_path / "data")] and (tmp_path / "data").is_dir()
