"""A decade or century after "since", "by", "until", "before", "after" (one period, not a range), and "that summer"
after a dated sentence (the twenty-second round)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates


def _date(text: str, words: str, reference: str | None = "2020-05-01") -> tuple:
    (attrs,) = [a for s, e, a in find_dates(text, reference) if text[s:e] == words]
    return attrs["start"], attrs["end"], attrs.get("open")


def test_since_a_decade_runs_to_the_publication_date():
    assert _date("Since the late 1990s the valley has changed.", "the late 1990s") == ("1995", "2020", None)
    assert _date("Since the 1990s the valley has changed.", "the 1990s") == ("1990", "2020", None)
    assert _date("Since the 18th century the family has farmed here.", "the 18th century") == ("1700", "2020", None)


def test_since_a_decade_in_an_undated_text_or_a_past_clause_is_open_at_its_end():
    assert _date("Since the early 2000s rents have doubled.", "the early 2000s", None) == ("2000", "2004", "end")
    assert _date("She had lived there since the 1970s and left in 1999.", "the 1970s") == ("1970", "1979", "end")


def test_a_deadline_or_bound_on_a_decade_has_one_side():
    assert _date("By the mid-2000s, most homes had broadband.", "the mid-2000s") == ("2003", "2007", "start")
    assert _date("Until the late 1980s the border was closed.", "the late 1980s") == ("1985", "1989", "start")
    assert _date("Before the 1960s few women worked at the mill.", "the 1960s") == ("1960", "1969", "start")
    assert _date("After the early 2000s the trend reversed.", "the early 2000s") == ("2000", "2004", "end")
    assert _date("By the late 19th century the town was a city.", "the late 19th century") == ("1875", "1899", "start")


def test_a_decade_without_a_cue_stays_closed():
    assert _date("In the 1990s the firm grew.", "the 1990s") == ("1990", "1999", None)
    assert _date("He lived there from the 1950s to the 1970s.", "from the 1950s to the 1970s") == ("1950", "1979", None)


@settings(max_examples=40, deadline=None)
@given(st.integers(180, 201), st.sampled_from(["", "early ", "mid-", "late "]),
       st.sampled_from([("By", "start"), ("Until", "start"), ("Before", "start"), ("After", "end")]))
def test_any_decade_after_a_bound(decade, part, cue):
    word, side = cue
    words = f"the {part}{decade}0s"
    assert _date(f"{word} {words} the town grew.", words)[2] == side


def test_that_summer_is_the_summer_of_the_year_written_before():
    assert _date("The festival began in 2004. That summer the crowds were huge.", "That summer") == ("2004-06", "2004-08", None)
    assert _date("He arrived in December 1941. That winter was cold.", "That winter") == ("1941-12", "1942-02", None)
    assert _date("The mill opened in 1890. Later that autumn it burned.", "that autumn") == ("1890-09", "1890-11", None)
    assert _date("The pact was signed in May 2010; that summer the troops left.", "that summer") == ("2010-06", "2010-08", None)


def test_that_as_a_relative_pronoun_before_a_season_verb_is_no_date():
    text = "The rules of 2004 cause problems that spring from greed. Rocks from 1990 that fall break."
    assert [text[s:e] for s, e, _a in find_dates(text, "2020-05-01")] == ["2004", "1990"]
    assert find_dates("That summer was hot.", "2020-05-01") == []  # no year written before it


def test_a_decade_naming_an_event_after_it_has_no_open_side():
    # review: "after the 1990s crash" is after the crash, which was in the 1990s; the decade is no bound
    assert _date("After the 1990s crash, banks failed.", "the 1990s") == ("1990", "1999", None)
    assert _date("Prices were lower before the 2000s boom.", "the 2000s") == ("2000", "2009", None)
    assert _date("Before the 1980s recession, jobs were plenty.", "the 1980s") == ("1980", "1989", None)
    assert _date("After the 1990s elections the party split.", "the 1990s") == ("1990", "1999", None)
    assert _date("After the 1990s, banks failed.", "the 1990s") == ("1990", "1999", "end")


def test_a_fall_or_spring_of_something_is_no_season():
    # review: "That fall in prices" is a decline, "that spring of water" a source
    text = "Prices dropped in 2014. That fall in prices hurt farmers."
    assert [text[s:e] for s, e, _a in find_dates(text, "2021-05-01")] == ["2014"]
    text = "The village was founded in 1850. That spring of clean water kept it alive."
    assert [text[s:e] for s, e, _a in find_dates(text, "2021-05-01")] == ["1850"]
    assert _date("In 2020 the ice held. That fall, the lake froze early.", "That fall") == ("2020-09", "2020-11", None)
