""""this summer" when the season is not going on at the publication date (issue 15, nineteenth round): a past clause
means the last one, a future clause the next one; a clause without a tense keeps the season of the publication year."""

from __future__ import annotations

import pytest

from desktop.meaning.dates import find_dates


def seasons(text: str, reference: str) -> list[tuple[str, str, str]]:
    return [(text[a:b], d["start"], d["end"]) for a, b, d in find_dates(text, reference)]


@pytest.mark.parametrize("text, reference, expected", [
    ("We painted the barn this summer.", "2024-03-10", ("this summer", "2023-06", "2023-08")),
    ("We will paint the barn this summer.", "2024-03-10", ("this summer", "2024-06", "2024-08")),
    ("It snowed twice this winter.", "2024-10-02", ("this winter", "2023-12", "2024-02")),
    ("Мы красили сарай этим летом.", "2024-03-10", ("этим летом", "2023-06", "2023-08")),
    ("Bu yaz ambarı boyadık.", "2024-03-10", ("Bu yaz", "2023-06", "2023-08")),
])
def test_this_season_not_going_on_follows_its_clause_tense(text, reference, expected):
    assert seasons(text, reference) == [expected]


@pytest.mark.parametrize("text, reference, expected", [
    ("We painted the barn this summer.", "2024-07-10", ("this summer", "2024-06", "2024-08")),  # going on
    ("Plans for this summer: a new barn.", "2024-03-10", ("this summer", "2024-06", "2024-08")),  # no tense: its year
    ("We painted the barn this past summer.", "2024-03-10", ("this past summer", "2023-06", "2023-08")),
    ("The lake froze twice this winter.", "2024-01-20", ("this winter", "2023-12", "2024-02")),
])
def test_this_season_going_on_or_without_a_tense_is_unchanged(text, reference, expected):
    assert seasons(text, reference) == [expected]
