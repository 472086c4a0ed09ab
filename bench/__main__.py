"""`python -m bench throughput ...` / `python -m bench storm ...` / `python -m bench loadgen ...`"""

from __future__ import annotations

import sys

USAGE = """usage: python -m bench {throughput,storm} [options]

  throughput   benchmark 1: msgs/s and RTT of the app vs the ocpp library vs raw websockets
  storm        benchmark 3: connect storm and reconnect storm after a server restart

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
    print(f"unknown benchmark {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
