"""Dates, thirteenth round, the final read's fixes: a person called May or June said to have a month is no date, and
the year-heading evidence collects the years alone on their lines once per piece with the same results.  Texts
written for these tests."""

from __future__ import annotations

import pytest

from desktop.meaning import date_year_names
from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)


@pytest.mark.parametrize("text", [
    "Theresa May was having a rough month in parliament.",
    "Brian May was having a busy month on tour.",
    "May is facing a difficult month after the vote.",
    "June is having a great month at work, her boss said.",
    "Theresa May is Conservative Party Month's guest.",
    "Mrs May was a tired woman by the end of a long month.",
])
def test_a_person_named_for_a_month_said_to_have_a_month_is_no_date(text: str) -> None:
    assert [d for d in dates(text) if d[0] in ("May", "June")] == []


@pytest.mark.parametrize("text, expected", [
    ("October is National Magic Month.", [("October", "2025-10", "2025-10")]),
    ("November is National Novel Month in many schools.", [("November", "2025-11", "2025-11")]),
    ("March was the driest month on record.", [("March", "2025-03", "2025-03")]),
    ("In May the council had a busy month.", [("May", "2025-05", "2025-05")]),
])
def test_a_month_said_to_be_a_month_is_still_a_date(text: str, expected: Found) -> None:
    assert dates(text) == expected


def _old_heading_evidence(text: str, start: int, end: int) -> bool:
    """The year-heading evidence as it was before the final read: every year line rescanned per candidate (the
    texts below hold no chronology of three year lines, which the review of the fourteenth round added)."""
    year = int(text[start:end])
    before = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    upto = date_year_names._YEAR_LINE.search(text, end, end + date_year_names._SECTION)
    section = text[before + 1 : start] + " " + text[end : upto.start() if upto else end + date_year_names._SECTION]
    if any(abs(int(m.group(0)) - year) <= 1 for m in date_year_names._YEARS.finditer(section)):
        return True
    return any(0 < abs(int(m.group(1)) - year) <= 3 and date_year_names._after_a_sentence(text, m.start(1))
               and date_year_names._own_evidence(text, m.start(1), m.end(1))  # fourteenth round: a confirmed neighbour
               for m in date_year_names._YEAR_LINE.finditer(text))


@pytest.mark.parametrize("text", [
    "The canal was finished.\n1912\nThe engineers then turned to the railway line.\n1914\nThey met again.",
    "The canal was finished.\n1912\nThe engineers then turned to the railway line.\n1990\nThey met.",
    "\n".join(f"The committee met again and spoke at length.\n{y}" for y in (1950, 1952, 1960, 1961, 1975, 2003, 2005)),
    "Items sold in the period:\n1950\nItems returned:\n1951\nThe end of it all came.",
])
def test_heading_evidence_collected_once_gives_the_same_results(text: str) -> None:
    for m in date_year_names._YEAR_LINE.finditer(text):
        start, end = m.start(1), m.end(1)
        assert date_year_names._heading_evidence(text, start, end) == _old_heading_evidence(text, start, end)
