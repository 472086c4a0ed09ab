"""``advanced_commands.split_items``: the parts a multi-item 2.0.1 request goes in (the
station's ItemsPerMessage and BytesPerMessage) are the greedy longest prefixes, found
without encoding the request once per item."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from csms_desktop.protocol.v201.advanced_commands import split_items


def _greedy(sizes: list[int], limit: int | None, budget: int) -> list[list[int]]:
    """The reference: add items one by one while the part fits."""
    parts: list[list[int]] = []
    current: list[int] = []
    for size in sizes:
        trial = [*current, size]
        if current and ((limit is not None and len(trial) > limit) or sum(trial) > budget):
            parts.append(current)
            current = [size]
        else:
            current = trial
    if current:
        parts.append(current)
    return parts


@given(sizes=st.lists(st.integers(1, 50), max_size=300),
       limit=st.one_of(st.none(), st.integers(1, 40)), budget=st.integers(1, 400))
def test_parts_are_the_greedy_ones(sizes: list[int], limit: int | None,
                                                   budget: int) -> None:
    parts = split_items(sizes, limit, lambda part: sum(part) <= budget)
    assert parts == _greedy(sizes, limit, budget)
    assert [x for p in parts for x in p] == sizes


def test_a_long_request_is_not_encoded_once_per_item() -> None:
    """1,000 variables, 500 fit a CALL: each size check encodes the whole candidate part,
    so what counts is the items checked in all (adding one at a time: ~250,000)."""
    checked = 0

    def fits(part: list[int]) -> bool:
        nonlocal checked
        checked += len(part)
        return len(part) <= 500

    parts = split_items([1] * 1000, None, fits)
    assert [len(p) for p in parts] == [500, 500]
    assert checked <= 2 * 2 * 500 * (math.log2(500) + 2)  # ~ 2 k log k per part


def test_an_item_too_big_alone_still_goes_alone() -> None:
    assert split_items([5, 500, 5], None, lambda part: sum(part) <= 100) == [[5], [500], [5]]
