"""A date tagged by hand reads the text's own day as its suggestion does (``dates.parse_date_at``), from the text's
first lines and the stretch before it only, so a tag stays instant."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import given, settings, strategies as st

from desktop.meaning.dates import find_dates, parse_date_at

LETTER = ("Newstead Abbey, Tuesday, March 3, 1859\n\nDear Sir,\nYesterday the carriage came, and last week the rain "
          "stopped. The abbey has stood from 1170 to the present day.\nYours truly,\nB.\n\nLast week the museum bought it.\n")
PUBLISHED = _dt.date(2001, 5, 1)


def _suggested(text: str, reference: _dt.date | None) -> dict[tuple[int, int], dict]:
    return {(s, e): a for s, e, a in find_dates(text, reference)}


@pytest.mark.parametrize("reference", [None, PUBLISHED])
def test_each_date_of_a_letter_tagged_by_hand_is_its_suggestion(reference):
    keys = ("start", "end", "precision", "undated", "open")
    for (s, e), attrs in _suggested(LETTER, reference).items():
        by_hand = parse_date_at(LETTER, s, LETTER[s:e], reference)
        assert {k: by_hand.get(k) for k in keys} == {k: attrs.get(k) for k in keys}, LETTER[s:e]


def test_the_reason_names_the_day_and_the_evidence():
    at = LETTER.index("Yesterday")
    parsed = parse_date_at(LETTER, at, "Yesterday", PUBLISHED)
    assert parsed["start"] == "1859-03-02"
    assert parsed["reason"] == {"kind": "own_day", "day": "1859-03-03", "evidence": "heading", "published": "2001-05-01"}


def test_after_the_sign_off_the_publication_date_holds_again():
    at = LETTER.rindex("Last week")
    assert parse_date_at(LETTER, at, "Last week", PUBLISHED)["start"] == "2001-04-23"
    assert "reason" not in parse_date_at(LETTER, at, "Last week", PUBLISHED)


def test_a_timeline_line_or_an_event_date_does_not_move_a_tag():
    text = ("LONDON, 1 May 2020 — Talks failed.\n\nTimeline:\n12 March 2019 – Protests begin\n3 April 2019 – The president "
            "resigns\n\nYesterday the minister said talks would resume. On 3 May 1990 the wall fell. Yesterday it rained.\n")
    for at in (text.index("Yesterday"), text.rindex("Yesterday")):
        assert parse_date_at(text, at, "Yesterday", _dt.date(2020, 5, 1))["start"] == "2020-04-30"


def test_a_heading_far_before_the_tag_is_not_read():
    """Only the first lines and the 4,000 characters before the tag are read: a letter's heading further back in a
    long text keeps the publication date (the safe side), never a wrong day."""
    filler = "The rain went on over the hills and the river rose again.\n" * 120
    text = "Archive notes\n\n" + filler + "Newstead Abbey, March 3, 1859\nDear Sir,\n" + filler + "Yesterday it came.\n"
    at = text.index("Yesterday")
    assert parse_date_at(text, at, "Yesterday", PUBLISHED)["start"] == "2001-04-30"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc Dear,\n\"“”1859March 3Yesterday—–"), max_size=120),
       st.integers(min_value=0, max_value=130))
def test_never_raises_and_without_evidence_is_parse_date(noise, at):
    from desktop.meaning.dates import parse_date  # noqa: PLC0415

    at = min(at, len(noise))
    got = parse_date_at(noise, at, "yesterday", PUBLISHED)
    if "reason" not in got:
        assert got == parse_date("yesterday", PUBLISHED)
