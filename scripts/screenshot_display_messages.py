#!/usr/bin/env python3
"""Screenshots of the display-message window (issue 18) with the demo live:
docs/screenshots/display-messages-{en,th,pt_BR}.png.

    .venv/bin/python scripts/screenshot_display_messages.py --lang th [--wait 20]

The same set-up as ``screenshot_issue13.py`` (offscreen Qt, only DejaVu installed so Thai
renders through the shipped fonts, the machine on another zone than the site): the real
demo with its simulated chargers, the window opened on the 2.0.1 ones, a message in the
language sent to them and read back, then the window grabbed.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshot_issue13 as base  # sets up the environment first

MESSAGES = {"en": "Welcome! Charging costs THB 6.50 per kWh tonight.",
            "th": "ยินดีต้อนรับ ค่าชาร์จคืนนี้ 6.50 บาทต่อ kWh",
            "pt_BR": "Bem-vindo! A recarga custa THB 6,50 por kWh esta noite."}
LANGUAGE_CODES = {"en": "en", "th": "th", "pt_BR": "pt-BR"}


def main() -> int:
    args, out = base.language_arguments(20.0, MESSAGES)
    from csms_desktop.domain.enums import OCPPVersion
    from csms_desktop.gui.display_messages import DisplayMessagesDialog

    demo = base.open_demo(None if args.lang == "en" else args.lang)
    runtime, window = demo.runtime, demo.window

    async def shot() -> None:
        window.show_page("Charge points")
        stations = sorted(cp for cp, v in runtime.services.chargers.connected.items()
                          if v != OCPPVersion.OCPP16)
        dialog = DisplayMessagesDialog(window.ctx, stations, window)
        dialog.show()
        await asyncio.sleep(2)
        dialog.content.setPlainText(MESSAGES[args.lang])
        dialog.language.setCurrentIndex(dialog.language.findData(LANGUAGE_CODES[args.lang]))
        dialog.priority.setCurrentIndex(dialog.priority.findData("InFront"))
        dialog.windowed.setChecked(True)
        await dialog.send()
        await dialog.ask()
        await asyncio.sleep(2)
        path = out / f"display-messages-{args.lang}.png"
        dialog.grab().save(str(path))
        print(f"saved {path} ({len(stations)} stations)", flush=True)
        dialog.close()

    base.run_live(demo, args.wait, shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
