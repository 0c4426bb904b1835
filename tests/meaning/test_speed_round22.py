"""Twenty-second round, speed of figures and dates: the look-ahead guards added for speed change no match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning import figure_extras

# (each pattern opens with its guard, a look-ahead on one character class)
GUARDED = [figure_extras._EXTRA_PATTERN, figure_extras._FRACTION_PATTERN]
UNGUARDED = [re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern, count=1) for pattern in GUARDED]

SENTENCES = [
    "The talks lasted 3-5 hours and ended after two days.",
    "Officials said 1 200 people were moved, some 30 km away, for .5 hours.",
    "Ceasefire lasted five to seven days; −3 degrees at night and 4x5 metre tents.",
    "Через три минуты после 5-7 лет переговоров пришли 20 человек.",
    "İki yıl sonra 15 kişi geldi, üç ile beş gün sürdü.",
    "Yüzde 40 oranında arttı; on iki saat boyunca 2,5 km yürüdüler.",
    "Eighty-five soldiers and twenty five trucks crossed in 48 hrs.",
    "Half of the voters and a quarter of a million homes; two-thirds said so.",
    "Половина участников пришла, четверть века спустя; yarısı gitti.",
]


def _spans(pattern: str, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in re.compile(pattern, re.IGNORECASE).finditer(text)]


def test_guards_keep_every_match_of_written_sentences() -> None:
    assert all(guarded != unguarded for guarded, unguarded in zip(GUARDED, UNGUARDED))
    for text in SENTENCES:
        for guarded, unguarded in zip(GUARDED, UNGUARDED):
            assert _spans(guarded, text) == _spans(unguarded, text), text
    assert _spans(GUARDED[0], SENTENCES[0]) and _spans(GUARDED[1], SENTENCES[-2])  # real matches pass the guards


_PIECES = st.sampled_from(["3", "12", "1 200", ".5", "-4", "−3", "x", "4x5", " ", "-", " to ", " or ", "five", "İki", "iki",
                           "три", "Три", "on", "hours", "days", "km", "kişi", "лет", "people", "a", ",", "$", "€", "0x1", "half",
                           "Half", "a half", "quarter", "-", "third", "четверть", "Половина", "yarım"])


@given(st.lists(_PIECES, max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_guards_keep_every_match(text: str) -> None:
    for guarded, unguarded in zip(GUARDED, UNGUARDED):
        assert _spans(guarded, text) == _spans(unguarded, text)
