"""`python -m bench throughput ...` / `python -m bench storm ...` / `python -m bench loadgen ...`"""

from __future__ import annotations

import sys

USAGE = """usage: python -m bench {throughput,storm,site,gui-lag} [options]

  throughput   benchmark 1: msgs/s and RTT of the app vs the ocpp library vs raw websockets
  storm        benchmark 3: connect storm and reconnect storm after a server restart
  site         benchmark 2: 2,000 chargers x 2 on the GUI app: loop lag, memory, disconnects
  gui-lag      issue 6: loop lag of the GUI app with 200 chargers live, dashboard shown

  python -m bench throughput --help    for the options of each
"""


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "throughput":
        from bench import throughput

        return throughput.main(rest)
    if command in ("storm", "reconnect_storm", "reconnect-storm"):
        from bench import reconnect_storm

        return reconnect_storm.main(rest)
    if command in ("site", "site_scale", "site-scale"):
        from bench import site_scale

        return site_scale.main(rest)
    if command in ("gui-lag", "gui_lag"):
        from bench import gui_lag

        return gui_lag.main(rest)
    print(f"unknown benchmark {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
