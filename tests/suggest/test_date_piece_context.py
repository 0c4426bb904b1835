"""The date stage reads the paragraphs before each piece too (review of the sixteenth round's speed branch): with
pieces of :data:`steps.PARSER_PIECE` characters, a cut at the blank line between "… on 29 April 1832." and "…
on 30 May." gave 30 May the publication year, and "the 14th" after "in June 2019." a value, where the whole text
gives 1832 and no value."""

from __future__ import annotations

import pytest

from desktop.meaning.dates import find_dates
from desktop.suggest import steps
from desktop.suggest.detect import detect

FILLER = "The committee met again and talked about the weather for a long while.\n\n" * 800


def _cut_between(first: str, second: str) -> tuple[str, int]:
    """A text whose first piece ends right after the paragraph ``first``: ``second`` and the long paragraph it opens
    cross the piece's size, so the last blank line before it is the cut."""
    head = FILLER[: steps.PARSER_PIECE - 1_500 - len(first)]
    head = head[: head.rfind("\n\n") + 2]
    text = head + first + "\n\n" + second + " He wrote letters to his friends all night long." * 60 + "\n\n" + FILLER[:5_000]
    cut = len(head) + len(first) + 2
    assert steps.pieces(text, steps.PARSER_PIECE)[0][1] == cut
    return text, cut


@pytest.mark.parametrize(("first", "second", "date"), [
    ("He was released on 29 April 1832.", "Galois' fatal duel took place on 30 May.", "30 May"),
    ("The final took place in June 2019.", "The winners were announced on the 14th.", "the 14th"),
])
def test_a_date_after_a_cut_reads_the_paragraph_before(first, second, date):
    text, cut = _cut_between(first, second)
    whole = {(s, e): attrs for s, e, attrs in find_dates(text, "2025-07-01")}
    found = [d for d in detect(text, kinds=("date",), reference="2025-07-01") if d.start >= cut]
    assert [d.exact for d in found] == [date]
    assert found[0].attributes == whole[(found[0].start, found[0].end)]  # 1832-05-30; undated


def test_the_context_starts_at_a_line_start():
    text = "first line\nsecond line\n\nthird\n"
    assert steps.context_start(text, 24, 0) == 24
    assert steps.context_start(text, 0, 100) == 0
    assert steps.context_start(text, 24, 100) == 0
    assert steps.context_start(text, 24, 16) == 11  # "second line": not from the middle of "first line"
    assert steps.context_start("a" * 50 + " " + "b" * 50 + "\n", 102, 30) == 102  # no word starts in reach
    assert steps.context_start("word " * 20 + "\n", 101, 12) == 90  # a long line: from a word's start


def test_the_text_s_own_time_is_read_over_the_whole_text_not_per_piece():
    # final read of the twentieth round: a piece's context opened on "3 April 2019" alone on its line, which the
    # piece took for the text's dateline (its line 0), so the "Yesterday"s after that cut became 2019-04-02
    para = ("The committee discussed the budget at length and agreed on nothing in particular that day.\n"
            "3 April 2019\nThe president resigned. Yesterday the ministry said talks failed.\n\n")
    text = "Notes of the committee\n\n" + para * 400
    whole = {(s, e): (attrs.get("start"), attrs.get("end")) for s, e, attrs in find_dates(text)}
    found = {(d.start, d.end): (d.attributes.get("start"), d.attributes.get("end")) for d in detect(text, kinds=("date",))}
    assert len(text) > steps.PARSER_PIECE and found == whole
    assert {v for (s, e), v in found.items() if text[s:e] == "Yesterday"} == {(None, None)}
