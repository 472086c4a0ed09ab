"""Thai renders on a machine without a Thai font (issue 13, item 2).

fontconfig is pointed at a configuration listing DejaVu only (the usual depot PC: no Thai
font); a fresh process lays out Thai + Portuguese text in a label and a placeholder and
counts the glyphs Qt would draw as empty boxes. Without ``register_fonts`` Thai is missing
(the check can fail); with it, nothing is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("font_probe.py")
ROOT = Path(__file__).resolve().parents[2]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not DEJAVU.is_dir(),
                                reason="fontconfig and DejaVu (Linux) needed")


def probe(tmp_path: Path, register: bool) -> dict:  # type: ignore[type-arg]
    conf = tmp_path / "fonts.conf"
    cache = tmp_path / "fc-cache"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{DEJAVU}</dir><cachedir>{cache}</cachedir></fontconfig>
""", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    args = [sys.executable, str(PROBE)] + (["--register"] if register else [])
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_thai_has_no_missing_glyphs_once_fonts_are_registered(tmp_path: Path) -> None:
    before = probe(tmp_path, register=False)
    assert before["missing"] > 0, before  # DejaVu has no Thai: boxes without our fonts
    after = probe(tmp_path, register=True)
    assert after["missing"] == 0 and after["placeholder_missing"] == 0, after
    assert "Noto Sans Thai" in after["families"], after  # the UI face draws the Thai
    assert after["app_families"][-2:] == ["Noto Sans Thai", "Waree"]


def test_shipped_fonts_have_their_licences() -> None:
    fonts = ROOT / "resources" / "fonts"
    assert (fonts / "NotoSansThai-Regular.ttf").is_file()
    assert "SIL Open Font License" in (fonts / "LICENSE-NotoSansThai.txt").read_text()
    assert (fonts / "LICENSE-Waree.txt").is_file()


def test_the_application_registers_fonts_at_start_up() -> None:
    source = (ROOT / "csms_desktop" / "gui" / "application.py").read_text(encoding="utf-8")
    assert "register_fonts()" in source
