"""Fills a .ts file's unfinished entries from other .ts files (same source text and context).

Used when branches that each translated their own strings are merged: take one side's .ts,
run ``scripts/i18n update``, then ``python scripts/ts_merge.py TARGET.ts OTHER.ts...`` keeps
every finished translation any side has. Never overwrites a finished entry of TARGET.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET


def _key(ctx: str, msg: ET.Element) -> tuple[str, str, str]:
    return (ctx, msg.findtext("source") or "", msg.findtext("comment") or "")


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    return (tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            and bool("".join(tr.itertext()).strip()))


def _entries(path: str) -> dict[tuple[str, str, str], ET.Element]:
    out: dict[tuple[str, str, str], ET.Element] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if _finished(msg):
                out[_key(name, msg)] = msg.find("translation")  # type: ignore[assignment]
    return out


def merge(target: str, others: list[str]) -> int:
    known: dict[tuple[str, str, str], ET.Element] = {}
    for path in others:
        for k, v in _entries(path).items():
            known.setdefault(k, v)
    tree = ET.parse(target)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if _finished(msg):
                continue
            src = known.get(_key(name, msg))
            if src is None:
                continue
            old = msg.find("translation")
            if old is not None:
                msg.remove(old)
            msg.append(copy.deepcopy(src))
            filled += 1
    ET.indent(tree, space="    ")
    with open(target, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return filled


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: ts_merge.py TARGET.ts OTHER.ts...")
    print(f"{sys.argv[1]}: {merge(sys.argv[1], sys.argv[2:])} entries filled")
