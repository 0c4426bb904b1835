"""One overlap test over many spans, in log time (issue 15): the figure rules' URLs, pence and kept figures, the Kazakh
years against the scanner's dates, the dates over a possible range of amounts.  Nothing here does I/O."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span overlaps one of ``spans`` (in any order, nested or not), in log time: some span starting before
    its end ends after its start (the greatest end among those starting before it)."""
    ordered = sorted(spans)
    starts = [b for b, _e in ordered]
    ends = list(accumulate((e for _b, e in ordered), max))

    def overlaps(b: int, e: int) -> bool:
        i = bisect_left(starts, e)
        return i > 0 and ends[i - 1] > b

    return overlaps
