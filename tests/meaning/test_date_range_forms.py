"""Ranges written "from … to / until / through …" in their forms (the twenty-third round): with a weekday
before each end, two weekdays alone, "June 4 to 6" without a year, and a decade after "since" closed by
"until"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

# 15 June 2021 is a Tuesday
REFERENCE = "2021-06-15"


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"], a.get("open")) for s, e, a in find_dates(text, reference)]


def test_a_range_with_a_weekday_before_each_end_is_one_range():
    assert _dates("The festival runs from Friday, 3 June to Sunday, 5 June.") == [
        ("from Friday, 3 June to Sunday, 5 June", "2021-06-03", "2021-06-05", None)]
    assert _dates("The fair was open from Tuesday, March 1 to Thursday, March 3.") == [
        ("from Tuesday, March 1 to Thursday, March 3", "2021-03-01", "2021-03-03", None)]
    assert _dates("The festival runs from Friday 3 June until Sunday 5 June 2022.") == [
        ("from Friday 3 June until Sunday 5 June 2022", "2022-06-03", "2022-06-05", None)]
    assert _dates("The office was closed Monday, June 7 – Wednesday, June 9.") == [
        ("Monday, June 7 – Wednesday, June 9", "2021-06-07", "2021-06-09", None)]
    assert _dates("Talks ran from Monday, 28 December 2020 through Saturday, 2 January 2021.") == [
        ("from Monday, 28 December 2020 through Saturday, 2 January 2021", "2020-12-28", "2021-01-02", None)]


def test_a_comma_after_the_first_end_s_year():
    assert _dates("The market was closed from December 24, 2021, to January 3, 2022.") == [
        ("from December 24, 2021, to January 3, 2022", "2021-12-24", "2022-01-03", None)]
    # a list stays a list
    assert [d[0] for d in _dates("Elections were held on May 3, 2019, and June 5, 2021.")] == [
        "May 3, 2019", "June 5, 2021"]


def test_a_weekday_between_two_dates_of_a_list_does_not_join_them():
    assert [d[0] for d in _dates("The market opens on Wednesday afternoon and Saturday.")] == ["on Wednesday", "Saturday"]
    found = _dates("Votes were cast on 3 June and Sunday, 5 June.")
    assert [d[0] for d in found] == ["3 June", "Sunday, 5 June"]


def test_two_weekdays_make_one_week_s_range_in_the_clause_s_time():
    # past: the last such days up to the publication date, the end no later than it
    assert _dates("The office was closed from Monday to Wednesday.") == [
        ("from Monday to Wednesday", "2021-06-07", "2021-06-09", None)]
    # future: the next such days, the start first
    assert _dates("The office will be closed from Monday to Wednesday.") == [
        ("from Monday to Wednesday", "2021-06-21", "2021-06-23", None)]
    assert _dates("The talks were held between Monday and Wednesday.") == [
        ("between Monday and Wednesday", "2021-06-07", "2021-06-09", None)]
    # "last Monday" on a Tuesday is the day before, but "last" before a stretch is the latest such stretch gone (the
    # thirtieth round: two dates before, the Wednesday after "last Monday" being still to come)
    assert _dates("The office was closed from last Monday to Wednesday.") == [
        ("from last Monday to Wednesday", "2021-06-07", "2021-06-09", None)]
    assert _dates("Trains will not run from Friday until Sunday.") == [
        ("from Friday until Sunday", "2021-06-18", "2021-06-20", None)]


def test_through_to_into_and_parts_of_the_day():
    assert _dates("The works run from 2019 through to 2021.") == [("from 2019 through to 2021", "2019", "2021", None)]
    assert _dates("Output fell from late 2019 into 2021.") == [("from late 2019 into 2021", "2019-09-01", "2021-12-31", None)]
    assert all("into" not in d[0] for d in _dates("The rates went 2019 into 2021 up."))
    assert _dates("The storm hit from Saturday night to Monday morning.") == [
        ("from Saturday night to Monday", "2021-06-12", "2021-06-14", None)]


def test_ordinal_days_of_one_month():
    assert _dates("The show ran from the 3rd to the 5th of June.") == [
        ("the 3rd to the 5th of June", "2021-06-03", "2021-06-05", None)]
    assert _dates("Talks ran from the 28th to the 30th of March, 2019, in Oslo.") == [
        ("the 28th to the 30th of March, 2019", "2019-03-28", "2019-03-30", None)]


def test_a_month_s_day_range_with_to_and_no_year():
    assert _dates("The festival ran from June 4 to 6.") == [("June 4 to 6", "2021-06-04", "2021-06-06", None)]
    assert _dates("Polls are open May 3 through 5, officials said.") == [
        ("May 3 through 5", "2021-05-03", "2021-05-05", None)]
    # a count after the day is no range's end
    assert all("5" not in d[0] for d in _dates("In March 3 to 5 percent of the staff left."))


def test_since_a_decade_until_a_year_is_closed():
    assert _dates("Since the 1990s until 2005 the mill stood idle.") == [
        ("the 1990s until 2005", "1990", "2005", None)]
    assert _dates("From the 1990s until 2005 the mill stood idle.") == [
        ("From the 1990s until 2005", "1990", "2005", None)]


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 26), st.integers(1, 3), st.sampled_from(["to", "until", "through", "–"]),
       st.sampled_from(["May", "June", "October"]), st.booleans())
def test_any_weekday_dated_range_is_one_range(first, length, word, month, day_first):
    import datetime as dt
    month_no = {"May": 5, "June": 6, "October": 10}[month]
    a, b = dt.date(2019, month_no, first), dt.date(2019, month_no, first + length)
    def end(d):
        return f"{_DAYS[d.weekday()]}, {d.day} {month}" if day_first else f"{_DAYS[d.weekday()]}, {month} {d.day}"
    text = f"The show ran from {end(a)} {word} {end(b)}, 2019."
    found = _dates(text)
    assert len(found) == 1 and found[0][1:] == (a.isoformat(), b.isoformat(), None), (text, found)


def test_until_further_notice_leaves_the_end_open():
    assert _dates("The ban applies from 1 January until further notice.") == [("1 January", "2021-01-01", "2021-01-01", "end")]
    assert _dates("Flights are halted from March 2020 till further notice.") == [("March 2020", "2020-03", "2020-03", "end")]


def test_a_bare_year_before_the_event_it_dates_has_no_open_side():
    # as "after the 2008 crash" and "after the 1990s crash": the cue bounds the event, not the year
    assert _dates("Prices fell after the 2008 crash.") == [("2008", "2008", "2008", None)]
    assert _dates("Prices fell after 2008 crash.") == [("2008", "2008", "2008", None)]
    assert _dates("Exports grew after 2008 financial crisis.") == [("2008", "2008", "2008", None)]
    assert _dates("Rents rose before 2020 pandemic lockdowns.") == [("2020", "2020", "2020", None)]
    assert _dates("Exports grew after the 1990s economic crisis.") == [("the 1990s", "1990", "1999", None)]
    # a bound stays a bound
    assert _dates("Exports grew after 2008.") == [("2008", "2008", "2008", "end")]
    assert _dates("After 2008 two elections were held.") == [("2008", "2008", "2008", "end")]
    assert _dates("Prices have risen since 2008 crash.") == [("2008", "2008", "2008", None)]
    assert _dates("Prices have risen since the 1990s boom.") == [("the 1990s", "1990", "1999", None)]
    assert _dates("Prices have risen since 2014.") == [("2014", "2014", "2021", None)]
    assert _dates("After 2008 several elections were held.") == [("2008", "2008", "2008", "end")]


def test_a_weekly_schedule_is_no_stretch_of_last_week():
    # review: a habit in the present ("is open", "open", "every") names no days of one week
    for text in ("The museum is open Monday to Friday.", "Shops open Monday through Saturday.",
                 "The office is closed from Monday to Wednesday.", "We were open every Monday to Friday."):
        assert not any(" to " in d[0] or " through " in d[0] for d in _dates(text)), (text, _dates(text))
    # final read: on a Friday to Sunday each day read alone falls in this week, in order: a habit said with
    # "is"/"every" still makes no stretch ("Shops open Monday through Saturday", no such cue, reads as before)
    for text in ("The museum is open Monday to Friday.", "The office is closed from Monday to Wednesday.",
                 "We were open every Monday to Friday."):
        for reference in ("2021-06-18", "2021-06-19", "2021-06-20"):
            found = _dates(text, reference)
            assert not any(" to " in d[0] or " through " in d[0] for d in found), (text, reference, found)


def test_since_a_year_before_its_clause_s_subject_reaches_now():
    # review: the noun after the year is the subject of the clause, not an event the year dates
    assert _dates("Since 2011 war-torn Syria has lost half its population.") == [("2011", "2011", "2021", None)]
    assert _dates("Since 2008 crisis-hit lenders have cut jobs.") == [("2008", "2008", "2021", None)]
    assert _dates("Since 2010 national elections have been held every four years.") == [("2010", "2010", "2021", None)]
    assert _dates("Since 2014 protests have erupted every summer.") == [("2014", "2014", "2021", None)]
    assert _dates("Since 2020 pandemic restrictions have been lifted twice.") == [("2020", "2020", "2021", None)]
    assert _dates("Prices have risen since 2008 crash.") == [("2008", "2008", "2008", None)]


def test_a_comma_after_a_year_alone_or_a_month_s_year_joins_nothing():
    # review: the comma after the year closes an American date ("December 24, 2021,"); after "in March 2020," the
    # words after the comma are the clause's ("moved … to June 2020")
    assert [d[0] for d in _dates("The vote was moved in March 2020, to June 2020.")] == ["March 2020", "June 2020"]
    assert not any("," in d[0] for d in _dates("The opening was postponed in 2019, to 2021."))


def test_after_or_before_a_year_before_its_clause_s_subject_keeps_its_open_side():
    # final read: the wider event nouns ("national elections", "economic reforms") made these plain years; as after
    # "since", a noun that begins the clause's subject is no event the year dates; "until 1990 levels" still is
    assert _dates("After 2010 national elections were held every four years.") == [("2010", "2010", "2010", "end")]
    assert _dates("Before 1990 economic reforms were unthinkable.") == [("1990", "1990", "1990", "start")]
    assert _dates("Until 1990 levels are reached, nothing changes.") == [("1990", "1990", "1990", None)]
    assert _dates("Prices fell after 2008 crash.") == [("2008", "2008", "2008", None)]
