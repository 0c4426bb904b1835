"""Date intervals, third round (issue 15, studied on GUM train/dev): the year of a day or month
written without one follows its clause's tense; "the past N years" as the days they cover; ranges
of mixed precision and across the new year; ordinal days in words, "N years ago" in words,
holidays on a fixed day, and more.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from tests.meaning.meaning_helpers import PROP

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dates(text: str, reference: datetime.date | None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a yearless date and its clause's tense
TENSE = [
    # a future clause and a month already past this year: next year's
    ("The band will tour Mexico in January.", datetime.date(2013, 10, 9), [("January", "2014-01", "2014-01", "month")]),
    ("The talks will resume on 3 January.", datetime.date(2014, 12, 3),
     [("3 January", "2015-01-03", "2015-01-03", "day")]),
    # the list goes on in that year
    ("We are going to Italy in November, Mexico in January and Peru in March.", datetime.date(2013, 10, 9),
     [("November", "2013-11", "2013-11", "month"), ("January", "2014-01", "2014-01", "month"),
      ("March", "2014-03", "2014-03", "month")]),
    # a past clause and a month still to come this year: last year's
    ("Prices rose sharply in November, the ministry said.", datetime.date(2014, 2, 3),
     [("November", "2013-11", "2013-11", "month")]),
    ("The plant closed on 20 December.", datetime.date(2014, 1, 5), [("20 December", "2013-12-20", "2013-12-20", "day")]),
    # a participle after "be" is no past: "is to be held" speaks of the future
    ("The referendum is to be held from November 20 to December 11.", datetime.date(2015, 5, 7),
     [("from November 20 to December 11", "2015-11-20", "2015-12-11", "day")]),
    ("The referendum was held in November.", datetime.date(2015, 5, 7), [("November", "2014-11", "2014-11", "month")]),
    # the tense agrees with the publication year: unchanged
    ("Prices rose sharply in January, the ministry said.", datetime.date(2014, 2, 3),
     [("January", "2014-01", "2014-01", "month")]),
    ("The band will tour Mexico in November.", datetime.date(2013, 10, 9), [("November", "2013-11", "2013-11", "month")]),
    # a year written before it, even the publication year, wins over the tense
    ("In 2013 the plant was built. On 1 November it opened.", datetime.date(2013, 10, 9),
     [("2013", "2013", "2013", "year"), ("1 November", "2013-11-01", "2013-11-01", "day")]),
    # a timetable in the present speaks of the future
    ("The trial starts Monday.", datetime.date(2025, 6, 27), [("Monday", "2025-06-30", "2025-06-30", "day")]),
    ("The festival takes place in March.", datetime.date(2015, 9, 25), [("March", "2016-03", "2016-03", "month")]),
    # no tense cue: the publication year
    ("Mexico in January, Peru in March.", datetime.date(2013, 10, 9),
     [("January", "2013-01", "2013-01", "month"), ("March", "2013-03", "2013-03", "month")]),
    # a year written before it in the paragraph wins, unless it is gone and the month's clause speaks of the
    # future (tenth round): the next January
    ("In 2012 the band was founded. It toured Mexico in January.", datetime.date(2013, 10, 9),
     [("2012", "2012", "2012", "year"), ("January", "2012-01", "2012-01", "month")]),
    ("In 2012 the band was founded. It will tour Mexico in January.", datetime.date(2013, 10, 9),
     [("2012", "2012", "2012", "year"), ("January", "2014-01", "2014-01", "month")]),
]


@given(month=st.integers(1, 12), ref_month=st.integers(1, 12), year=st.integers(1990, 2090),
       verb=st.sampled_from(["will visit", "visited"]))
@PROP
def test_a_month_is_never_on_the_wrong_side_of_the_publication_month_for_its_tense(month, ref_month, year, verb):
    reference = datetime.date(year, ref_month, 15)
    [(_, start, _end, precision)] = dates(f"The minister {verb} Paris in {MONTHS[month - 1]}.", reference)
    if verb == "visited":  # past: never after the publication month
        expected_year = year - (month > ref_month)
    else:  # future: never before it
        expected_year = year + (month < ref_month)
    assert (start, precision) == (f"{expected_year:04d}-{month:02d}", "month")


# ---------------------------------------------------------------- "the past N years" as the days they cover
WINDOWS = [
    ("Over the past three years, rents rose.", datetime.date(2023, 2, 28),
     [("the past three years", "2020-02-29", "2023-02-28", "day")]),
    ("It has grown for the last five years.", datetime.date(2023, 4, 18),
     [("the last five years", "2018-04-19", "2023-04-18", "day")]),
    ("Over the past 6 months, rents rose.", datetime.date(2024, 8, 31),
     [("the past 6 months", "2024-03-01", "2024-08-31", "day")]),
    ("Over the past year, rents rose.", datetime.date(2024, 2, 29),
     [("the past year", "2023-03-01", "2024-02-29", "day")]),
    ("Over the past two days, rents rose.", datetime.date(2024, 3, 1),
     [("the past two days", "2024-02-29", "2024-03-01", "day")]),
    ("It will be built over the next five years.", datetime.date(2014, 10, 22),
     [("the next five years", "2014-10-22", "2019-10-21", "day")]),
    # decades stay years (a decade's interval is its years)
    ("Over the past decade, rents rose.", datetime.date(2019, 9, 13), [("the past decade", "2009", "2019", "decade")]),
]


@given(n=st.integers(1, 60), unit=st.sampled_from(["years", "months", "weeks", "days"]),
       ref=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
@PROP
def test_the_past_n_units_end_on_the_reference_and_last_n_units(n, unit, ref):
    [(_exact, start, end, precision)] = dates(f"Over the past {n} {unit}, troops advanced.", ref)
    first = datetime.date.fromisoformat(start)
    assert precision == "day" and end == ref.isoformat()
    before = first - datetime.timedelta(days=1)  # the same day n units before (or that month's last day)
    if unit in ("days", "weeks"):
        assert (ref - before).days == n * (7 if unit == "weeks" else 1)
    else:
        months = (ref.year - before.year) * 12 + ref.month - before.month
        assert months == n * (12 if unit == "years" else 1)
        assert before.day == ref.day or (before.day < ref.day and (before + datetime.timedelta(days=1)).day == 1)


# ---------------------------------------------------------------- ranges of mixed precision, across the new year
RANGES = [
    # yearless months or parts of months: a range that passes the new year ends in the next year
    ("Divers should go from early October to late April.", datetime.date(2006, 7, 4),
     [("from early October to late April", "2006-10-01", "2007-04-30", "day")]),
    ("The road is shut from December to March.", datetime.date(2006, 7, 4),
     [("from December to March", "2006-12", "2007-03", "month")]),
    ("In 1990 the road was shut from December to March.", datetime.date(2006, 7, 4),
     [("1990", "1990", "1990", "year"), ("from December to March", "1990-12", "1991-03", "month")]),
    # ends of different precision: the days from the first's first day to the second's last
    ("The monsoon lasts July till mid-August.", datetime.date(2006, 7, 4),
     [("July till mid-August", "2006-07-01", "2006-08-20", "day")]),
    ("Joshua Norton (c. 1818 – January 8, 1880) was", datetime.date(2001, 11, 15),
     [("1818 – January 8, 1880", "1818-01-01", "1880-01-08", "day")]),
    ("It ran from May 2010 to 2012.", datetime.date(2020, 1, 1),
     [("from May 2010 to 2012", "2010-05-01", "2012-12-31", "day")]),
    # a list stays a list
    ("It opened in June and on 5 July.", datetime.date(2006, 8, 4),
     [("June", "2006-06", "2006-06", "month"), ("5 July", "2006-07-05", "2006-07-05", "day")]),
]


@given(first=st.integers(1, 12), last=st.integers(1, 12), year=st.integers(1990, 2090))
@PROP
def test_a_yearless_month_range_never_ends_before_it_starts(first, last, year):
    [(_exact, start, end, precision)] = dates(f"The road is open from {MONTHS[first - 1]} to {MONTHS[last - 1]}.",
                                              datetime.date(year, 6, 15))
    if first == last:
        return  # "from May to May": one month
    assert precision == "month" and start == f"{year:04d}-{first:02d}"
    assert end == f"{year + (last < first):04d}-{last:02d}"


# ---------------------------------------------------------------- small forms
SMALL = [
    ("No, it was the fifth of January.", datetime.date(2020, 1, 23), [("the fifth of January", "2020-01-05", "2020-01-05", "day")]),
    ("They meet on the twenty-first of June, 2024.", None,
     [("the twenty-first of June, 2024", "2024-06-21", "2024-06-21", "day")]),
    ("Assemble on the 1st day of February 1860.", None, [("the 1st day of February 1860", "1860-02-01", "1860-02-01", "day")]),
    ("It began on the 16th of December.", datetime.date(2020, 12, 23), [("16th of December", "2020-12-16", "2020-12-16", "day")]),
    ("the thirty-first of April", datetime.date(2020, 1, 1), [("April", "2020-04", "2020-04", "month")]),  # no such day
    ("The first of these was smaller.", datetime.date(2020, 1, 1), []),
    ("The festival is on April 14th or 15th.", datetime.date(2016, 12, 28),
     [("April 14th or 15th", "2016-04-14", "2016-04-15", "day")]),
    ("The festival is on 14 or 15 April.", datetime.date(2016, 12, 28), [("14 or 15 April", "2016-04-14", "2016-04-15", "day")]),
    ("Boston Red Sox (2013 – present)", datetime.date(2018, 9, 12), [("2013 – present", "2013", "2018", "year")]),
    # a publication date before the year (a wrong one): the year open at its end, the words of the present taken in
    ("Boston Red Sox (2013 – present)", datetime.date(2011, 4, 13), [("2013 – present", "2013", "2013", "year")]),
    ("the sexual revolution of the '60's and '70's", None,
     [("the '60's", "1960", "1969", "decade"), ("'70's", "1970", "1979", "decade")]),
    ("Music of the 80's was loud.", None, [("the 80's", "1980", "1989", "decade")]),
    ('"Seventeen years ago, this was not possible."', datetime.date(2017, 7, 18),
     [("Seventeen years ago", "2000", "2000", "year")]),
    ("It began twenty-three years ago.", datetime.date(2018, 11, 16), [("twenty-three years ago", "1995", "1995", "year")]),
    ("A post made just over 24 hours ago says", datetime.date(2008, 1, 20),
     [("24 hours ago", "2008-01-19", "2008-01-19", "day")]),
    ("A post made 3 hours ago says", datetime.date(2008, 1, 20), [("3 hours ago", "2008-01-20", "2008-01-20", "day")]),
    ("It came out a year and a half ago.", datetime.date(2012, 12, 12), [("a year and a half ago", "2011-06", "2011-06", "month")]),
    ("It came out two and a half years ago.", datetime.date(2012, 12, 12),
     [("two and a half years ago", "2010-06", "2010-06", "month")]),
    ("Prices rose late last year.", datetime.date(2020, 5, 10), [("late last year", "2019-09", "2019-12", "month")]),
    ("It opens early next year.", datetime.date(2020, 5, 10), [("early next year", "2021-01", "2021-04", "month")]),
    ("It is due by the end of this year.", datetime.date(2020, 5, 10), [("the end of this year", "2020-12-31", "2020-12-31", "day")]),
    ("Late last year", None, [("Late last year", None, None, None)]),
    ("It rained in the first week of March.", datetime.date(2020, 5, 10),
     [("the first week of March", "2020-03-01", "2020-03-07", "day")]),
    ("It rained in the last week of February 2024.", None,
     [("the last week of February 2024", "2024-02-23", "2024-02-29", "day")]),
    # vague numbers before "ago": the span they allow ("a few" 2–5, "several" 3–9, "a couple" 2)
    ("We had an opinion a few years ago.", datetime.date(2020, 5, 10), [("a few years ago", "2015", "2018", "year")]),
    ("It began several months ago.", datetime.date(2020, 5, 10), [("several months ago", "2019-08", "2020-02", "month")]),
    ("It began a few days ago.", datetime.date(2020, 5, 10), [("a few days ago", "2020-05-05", "2020-05-08", "day")]),
    ("A couple of years ago it rained.", datetime.date(2020, 5, 10), [("A couple of years ago", "2018", "2018", "year")]),
    ("Birkaç yıl önce açıldı.", datetime.date(2020, 5, 10), [("Birkaç yıl önce", "2015", "2018", "year")]),
    ("İşin bitmesinden birkaç yıl önce açıldı.", datetime.date(2020, 5, 10), []),  # before another event
    ("This past week marked the opening.", datetime.date(2014, 1, 28), [("This past week", "2014-01-20", "2014-01-26", "day")]),
]


# ---------------------------------------------------------------- holidays on a fixed day
HOLIDAYS = [
    ("I have some things in here for Christmas.", datetime.date(2000, 3, 1), [("Christmas", "2000-12-25", "2000-12-25", "day")]),
    ("Will you eat alone again on Christmas Eve?", datetime.date(2009, 4, 30),
     [("Christmas Eve", "2009-12-24", "2009-12-24", "day")]),
    ("They met on New Year's Day.", datetime.date(2009, 4, 30), [("New Year's Day", "2009-01-01", "2009-01-01", "day")]),
    ("We met on Halloween.", datetime.date(2009, 4, 30), [("Halloween", "2008-10-31", "2008-10-31", "day")]),
    ('It is called " Halloween " there.', datetime.date(2009, 4, 30), []),
    ("Last Christmas I gave you my heart.", datetime.date(2009, 4, 30), [("Last Christmas", "2008-12-25", "2008-12-25", "day")]),
    ("In 1914 the guns fell silent at Christmas.", datetime.date(2009, 4, 30),
     [("1914", "1914", "1914", "year"), ("Christmas", "1914-12-25", "1914-12-25", "day")]),
    ("We bought a Christmas tree.", datetime.date(2009, 4, 30), []),
    ("Merry Christmas to all.", datetime.date(2009, 4, 30), []),
    ("He flew to Christmas Island.", datetime.date(2009, 4, 30), []),
    ("They shopped for Christmas presents.", datetime.date(2009, 4, 30), []),
]


@given(ref=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       rel=st.sampled_from(["last", "next"]))
@PROP
def test_last_and_next_christmas_are_the_nearest_before_and_after_the_reference(ref, rel):
    [(_exact, start, end, precision)] = dates(f"We met {rel} Christmas.", ref)
    day = datetime.date.fromisoformat(start)
    assert precision == "day" and start == end and (day.month, day.day) == (12, 25)
    assert (day < ref if rel == "last" else day > ref) and abs((day - ref).days) <= 366


# ---------------------------------------------------------------- "this week" in a past clause: up to the publication date
WEEKS = [
    ("I have n't had them this week.", datetime.date(2021, 10, 20), [("this week", "2021-10-18", "2021-10-20", "day")]),
    ("I've done nothing this week but study.", datetime.date(2021, 10, 20), [("this week", "2021-10-18", "2021-10-20", "day")]),
    ("Sales fell this week, the ministry said.", datetime.date(2021, 10, 20),
     [("this week", "2021-10-18", "2021-10-20", "day")]),
    ("Like I said, I'm away this week.", datetime.date(2021, 10, 20), [("this week", "2021-10-18", "2021-10-24", "day")]),
    ("I have little to show. I'm not doing much this week.", datetime.date(2021, 10, 20),
     [("this week", "2021-10-18", "2021-10-24", "day")]),
    ("The talks will end this week.", datetime.date(2021, 10, 20), [("this week", "2021-10-18", "2021-10-24", "day")]),
    # "the past week": the seven days up to the publication date; "last week" the calendar week before
    ("Over the past week, sales rose.", datetime.date(1951, 7, 9), [("the past week", "1951-07-03", "1951-07-09", "day")]),
    ("Neighbours stopped in the last week.", datetime.date(1951, 7, 9), [("the last week", "1951-07-03", "1951-07-09", "day")]),
    ("Neighbours stopped in last week.", datetime.date(1951, 7, 9), [("last week", "1951-07-02", "1951-07-08", "day")]),
    ("The last week of his life was calm.", datetime.date(1951, 7, 9), []),
]


@given(ref=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       verb=st.sampled_from(["fell", "will fall"]))
@PROP
def test_this_week_is_its_monday_to_sunday_or_up_to_the_reference_in_the_past(ref, verb):
    [(_exact, start, end, precision)] = dates(f"Prices {verb} this week.", ref)
    monday = ref - datetime.timedelta(days=ref.weekday())
    last = ref if verb == "fell" else monday + datetime.timedelta(days=6)
    assert (start, end, precision) == (monday.isoformat(), last.isoformat(), "day")


@given(week=st.sampled_from(["first", "second", "third", "fourth", "last"]), month=st.integers(1, 12),
       year=st.integers(1000, 2199))
@PROP
def test_a_week_of_a_month_is_seven_of_its_days(week, month, year):
    phrase = f"the {week} week of {MONTHS[month - 1]} {year}"
    [(exact, start, end, precision)] = dates(f"It rained in {phrase}.", None)
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    assert exact == phrase and precision == "day" and (last - first).days == 6
    assert (first.year, first.month) == (last.year, last.month) == (year, month)
    if week == "last":
        assert (last + datetime.timedelta(days=1)).day == 1
    else:
        assert first.day == 1 + 7 * ["first", "second", "third", "fourth"].index(week)


@given(vague=st.sampled_from([("a few", 2, 5), ("several", 3, 9), ("a couple of", 2, 2)]),
       unit=st.sampled_from(["years", "months", "weeks", "days"]),
       ref=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
@PROP
def test_a_vague_number_of_units_ago_spans_the_numbers_it_allows(vague, unit, ref):
    words, lo, hi = vague
    [(_exact, start, end, precision)] = dates(f"It began {words} {unit} ago.", ref)
    if unit == "years":
        assert (start, end, precision) == (str(ref.year - hi), str(ref.year - lo), "year")
    elif unit == "months":
        months = [ref.year * 12 + ref.month - 1 - k for k in (hi, lo)]
        assert (start, end, precision) == (*(f"{t // 12:04d}-{t % 12 + 1:02d}" for t in months), "month")
    else:
        per = 7 if unit == "weeks" else 1
        assert (start, end, precision) == ((ref - datetime.timedelta(days=hi * per)).isoformat(),
                                           (ref - datetime.timedelta(days=lo * per)).isoformat(), "day")


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1000, 2199))
@PROP
def test_an_ordinal_day_in_words_is_that_day(day, month, year):
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    phrase = f"the {words[day - 1]} of {MONTHS[month - 1]} {year}"
    assert dates(f"It happened on {phrase}.", None) == [(phrase, iso, iso, "day")]


@given(n=st.integers(1, 99), ref=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
@PROP
def test_n_years_ago_in_words_is_the_year_n_before(n, ref):
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 10:
        word = units[n]
    elif n < 20:
        word = teens[n - 10]
    else:
        word = tens[n // 10] + (f"-{units[n % 10]}" if n % 10 else "")
    unit = "year" if n == 1 else "years"
    assert dates(f"It began {word} {unit} ago.", ref) == [(f"{word} {unit} ago", str(ref.year - n), str(ref.year - n), "year")]


@pytest.mark.parametrize("text, reference, expected", TENSE + WINDOWS + RANGES + SMALL + HOLIDAYS + WEEKS)
def test_intervals(text, reference, expected):
    assert dates(text, reference) == expected
