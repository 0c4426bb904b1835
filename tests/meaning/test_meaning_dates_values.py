"""Date values (issue 15): lists of years and dates are each their own date, ranges stay
ranges; a weekday is resolved forwards when its clause is about the future. Texts written for
these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_tense import FUTURE, PAST, UNKNOWN, clause_tense
from desktop.meaning.dates import find_dates, parse_date

REF = datetime.date(2025, 6, 27)  # a Friday
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dates(text: str, reference=REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list: each year its own date
        ("Elections were held in 1991 and 1995.", [("1991", "1991", "1991", "year"), ("1995", "1995", "1995", "year")]),
        ("Выборы прошли в 1991 и 1995 годах.", [("1991", "1991", "1991", "year"),
                                               ("1995 годах", "1995", "1995", "year")]),
        ("Seçimler 1991 ve 1995 yıllarında yapıldı.", [("1991", "1991", "1991", "year"),
                                                      ("1995 yıllarında", "1995", "1995", "year")]),
        ("выборы 2002, 2004, 2008 и 2012 годов", [("2002", "2002", "2002", "year"), ("2004", "2004", "2004", "year"),
                                                 ("2008", "2008", "2008", "year"), ("2012 годов", "2012", "2012", "year")]),
        ("They met on 22 May and 25 June 2025.", [("22 May", "2025-05-22", "2025-05-22", "day"),
                                                  ("25 June 2025", "2025-06-25", "2025-06-25", "day")]),
        ("They met on 22nd and 25th May 2025.", [("22nd", "2025-05-22", "2025-05-22", "day"),
                                                ("25th May 2025", "2025-05-25", "2025-05-25", "day")]),
        ("Votes were cast in January and March 2025.", [("January", "2025-01", "2025-01", "month"),
                                                        ("March 2025", "2025-03", "2025-03", "month")]),
        ("Spectra, tıpkı 2000 ve 2002 yarışmalarında olduğu gibi", [("2000", "2000", "2000", "year"),
                                                                   ("2002", "2002", "2002", "year")]),
        ("1970 ve 1994 Dünya Kupaları'nda", [("1970", "1970", "1970", "year"), ("1994", "1994", "1994", "year")]),
        ("1988 ve 1994 arasındaki savaş", [("1988 ve 1994", "1988", "1994", "year")]),
        ("Ocak ve Mart 2025 aylarında", [("Ocak", "2025-01", "2025-01", "month"), ("Mart 2025", "2025-03", "2025-03", "month")]),
        # ranges stay ranges
        ("It grew between 1991 and 1995.", [("between 1991 and 1995", "1991", "1995", "year")]),
        ("It grew from 1991 to 1995.", [("from 1991 to 1995", "1991", "1995", "year")]),
        ("The capital of Persia from 1598 to 1722, it", [("from 1598 to 1722", "1598", "1722", "year")]),
        ("Built 1598 – 1722, it", []),  # two bare years a long way apart, no range word: not read
        ("It grew in 1991–1995.", [("1991–1995", "1991", "1995", "year")]),
        ("Рост между 1991 и 1995 годами.", [("между 1991 и 1995", "1991", "1995", "year")]),
        ("Рост с 1991 по 1995 год.", [("с 1991 по 1995 год", "1991", "1995", "year")]),
        ("1991 ile 1995 arasında büyüdü.", [("1991 ile 1995", "1991", "1995", "year")]),
        ("1991 ve 1995 yılları arasında büyüdü.", [("1991 ve 1995 yılları", "1991", "1995", "year")]),
        ("Ocak ve Mart 2025 arasında", [("Ocak ve Mart 2025", "2025-01", "2025-03", "month")]),
        ("between May and June 2025", [("between May and June 2025", "2025-05", "2025-06", "month")]),
        ("from 22 May to 25 June 2025", [("from 22 May to 25 June 2025", "2025-05-22", "2025-06-25", "day")]),
    ],
)
def test_lists_and_ranges(text, expected):
    assert dates(text) == expected


def test_one_phrase_keeps_the_interval_of_a_list():
    """A phrase tagged by hand ("2024 and 2025") is one date: the interval that holds both."""
    assert parse_date("in 2024 and 2025", REF)["end"] == "2025"
    assert parse_date("May and June 2025", REF)[("start")] == "2025-05"


@given(st.lists(st.integers(1900, 2099), min_size=2, max_size=2, unique=True).map(sorted),
       st.sampled_from([("in {} and {}", ""), ("в {} и {}", " годах"), ("{} ve {}", " yıllarında")]))
def test_two_listed_years_are_two_dates(years, form):
    template, ending = form
    text = "Votes: " + template.format(*years) + ending + "."
    assert [start for _x, start, end, _p in dates(text)] == [str(y) for y in years]


@given(st.integers(1900, 2050).flatmap(lambda y: st.tuples(st.just(y), st.integers(y + 1, min(2099, y + 100)))),
       st.sampled_from(["between {} and {}", "from {} to {}", "{}–{}", "между {} и {}", "{} ile {} arasında"]))
def test_two_years_with_a_range_word_are_one_range(years, template):
    [(_x, start, end, precision)] = dates("Growth " + template.format(*years) + ".")
    assert (start, end, precision) == (str(years[0]), str(years[1]), "year")


@pytest.mark.parametrize(
    "text, day",
    [
        ("Talks are due to resume Wednesday.", "2025-07-02"),
        ("The ministers will meet on Monday.", "2025-06-30"),
        ("They'll vote on Tuesday.", "2025-07-01"),
        ("The summit is scheduled for Thursday.", "2025-07-03"),
        ("The court is expected to rule on Friday.", "2025-06-27"),  # the publication day itself
        ("Встреча состоится в среду.", "2025-07-02"),
        ("Переговоры будут продолжены в понедельник.", "2025-06-30"),
        ("Meclis Salı günü toplanacak.", "2025-07-01"),
        ("Heyet Pazartesi günü Ankara'ya gidecek.", "2025-06-30"),
        ("We meet next Friday.", "2025-07-04"),
        # the past and the present stay backwards
        ("The ministers met on Monday.", "2025-06-23"),
        ("He said on Monday that talks will resume.", "2025-06-23"),
        ("Talks resumed Wednesday, officials said.", "2025-06-25"),
        ("Встреча прошла в среду.", "2025-06-25"),
        ("Заявление сделали в понедельник.", "2025-06-23"),
        ("Meclis Salı günü toplandı.", "2025-06-24"),
        ("Protesters gathered on Thursday.", "2025-06-26"),
        ("On Thursday the market opens early.", "2025-06-26"),
        ("We met last Friday.", "2025-06-20"),
    ],
)
def test_weekday_direction(text, day):
    [(_x, start, end, precision)] = dates(text)
    assert (start, end, precision) == (day, day, "day")


@given(st.integers(0, 6), st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["The board will meet on {}.", "Talks are due to resume {}.", "Встреча состоится в {}.",
                        "Kurul {} günü toplanacak."]))
def test_weekday_in_a_future_clause_is_the_next_such_day(wd, published, template):
    name = {"Встреча": ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"],
            "Kurul": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]}.get(
        template.split()[0], WEEKDAYS_EN)[wd]
    [(_x, start, _e, _p)] = dates(template.format(name), published)
    day = datetime.date.fromisoformat(start)
    assert day.weekday() == wd and 0 <= (day - published).days < 7


@given(st.integers(0, 6), st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["last", "next"]))
def test_last_and_next_weekday_are_a_day_before_or_after_publication(wd, published, rel):
    [(_x, start, _e, _p)] = dates(f"The board meets {rel} {WEEKDAYS_EN[wd]} in town", published)
    delta = (datetime.date.fromisoformat(start) - published).days
    assert (1 <= delta <= 7) if rel == "next" else (-7 <= delta <= -1)


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # a Tuesday: "took place this weekend" is the weekend just gone
        ("The fair took place at the centre this weekend.", datetime.date(2016, 9, 6), ("2016-09-03", "2016-09-04")),
        ("The fair will open this weekend.", datetime.date(2016, 9, 6), ("2016-09-10", "2016-09-11")),
        ("There were attacks this weekend in the capital.", datetime.date(2017, 2, 10), ("2017-02-11", "2017-02-12")),
    ],
)
def test_this_weekend_follows_the_tense_early_in_the_week(text, ref, expected):
    [(_x, start, end, _p)] = dates(text, ref)
    assert (start, end) == expected


@pytest.mark.parametrize(
    "text, tense",
    [
        ("The talks will resume DATE.", FUTURE),
        ("The talks resumed DATE.", PAST),
        ("The talks resume DATE.", FUTURE),  # a timetable, as "the talk resumes DATE"
        ("The talks resumed DATE, then broke off.", PAST),
        ("He said DATE that the talks will resume.", PAST),
        ("Talks resumed. They will meet again DATE", FUTURE),
        ("They will meet. DATE the talks resumed", PAST),
        ("The United Nations will meet DATE.", FUTURE),
        ("Канал покажет фильм DATE.", UNKNOWN),
        ("Kendi evinde DATE kalacak.", FUTURE),
    ],
)
def test_clause_tense_takes_the_nearest_cue_in_the_sentence(text, tense):
    at = text.index("DATE")
    assert clause_tense(text, at, at + 4) == tense


@pytest.mark.parametrize(
    "text, expected",
    [
        # a round hundred with "s" is the hundred years (GUM dev/train: "the 1600s", "the later 1800s")
        ("Trade grew in the 1800s.", [("the 1800s", "1800", "1899", "year")]),
        ("It was built in the early 1600's.", [("the early 1600's", "1600", "1625", "year")]),
        ("Mills closed in the late 1800s.", [("the late 1800s", "1875", "1899", "year")]),
        ("Mills closed in the 2000s.", [("the 2000s", "2000", "2009", "decade")]),
        ("Mills closed in the 1990s.", [("the 1990s", "1990", "1999", "decade")]),
        # decades and centuries in words
        ("Music of the sixties.", [("the sixties", "1960", "1969", "decade")]),
        ("It peaked in the late seventies.", [("the late seventies", "1975", "1979", "year")]),
        ("Voters in their sixties.", []),
        ("Art of the twentieth century.", [("the twentieth century", "1900", "1999", "year")]),
        ("In the early nineteenth century.", [("the early nineteenth century", "1800", "1825", "year")]),
        # a month range with "in" before the year (GUM train: "between May and June in 1981")
        ("They met between May and June in 1981.", [("between May and June in 1981", "1981-05", "1981-06", "month")]),
        # parts of the publication day, and the night before it
        ("The minister spoke this morning.", [("this morning", "2025-06-27", "2025-06-27", "day")]),
        ("Tonight the council votes.", [("Tonight", "2025-06-27", "2025-06-27", "day")]),
        ("She is on Entertainment Tonight.", []),
        ('The single " Waiting for Tonight " sold well.', []),
        ("Last night a fire broke out.", [("Last night", "2025-06-26", "2025-06-26", "day")]),
        ("The last night of school was loud.", []),
        ("It was their last night in Paris.", []),
        ("Bu sabah toplandılar.", [("Bu sabah", "2025-06-27", "2025-06-27", "day")]),
        ("Этим утром прошли переговоры.", [("Этим утром", "2025-06-27", "2025-06-27", "day")]),
    ],
)
def test_hundreds_decade_and_century_words_and_parts_of_the_day(text, expected):
    assert dates(text) == expected


@given(st.integers(10, 19), st.sampled_from(["", "early ", "mid-", "late "]))
def test_a_round_hundred_is_a_hundred_years_its_ends_quarters_its_middle_a_third(hundred, part):
    start = hundred * 100
    [(_x, first, last, precision)] = dates(f"Built in the {part}{start}s.")
    lo, hi = int(first), int(last)
    assert precision == "year" and start <= lo <= hi <= start + 99
    assert (lo, hi) == {"": (start, start + 99), "early ": (start, start + 25), "mid-": (start + 33, start + 66),
                        "late ": (start + 75, start + 99)}[part]


@given(st.sampled_from(["thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]),
       st.sampled_from(["", "early ", "mid-", "late "]))
def test_decade_words_are_the_decades_of_the_1900s(word, part):
    [(_x, first, last, _p)] = dates(f"Songs of the {part}{word}.")
    decade = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
              "eighties": 1980, "nineties": 1990}[word]
    assert decade <= int(first) <= int(last) <= decade + 9
    assert (int(first), int(last)) == (decade, decade + 9) or part


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day or month without a year takes the year of the latest date before it in its paragraph
        ("Galois was born in 1811. He died on 31 May after a duel.", [("1811", "1811", "1811", "year"),
                                                                     ("31 May", "1811-05-31", "1811-05-31", "day")]),
        ("In 2008 the law passed. In June it took effect.", [("2008", "2008", "2008", "year"),
                                                            ("June", "2008-06", "2008-06", "month")]),
        ("Last year, on March 3, the plant closed.", [("Last year", "2024", "2024", "year"),
                                                     ("March 3", "2024-03-03", "2024-03-03", "day")]),
        ("В 2019 году завод закрыли, а 3 марта открыли снова.", [("2019 году", "2019", "2019", "year"),
                                                                ("3 марта", "2019-03-03", "2019-03-03", "day")]),
        ("2019 yılında kapandı; 3 Mart'ta yeniden açıldı.", [("2019 yılında", "2019", "2019", "year"),
                                                           ("3 Mart'ta", "2019-03-03", "2019-03-03", "day")]),
        # a new paragraph, or no date before it: the publication year
        ("In 2008 the law passed.\nOn March 3 it was repealed.", [("2008", "2008", "2008", "year"),
                                                                 ("March 3", "2025-03-03", "2025-03-03", "day")]),
        ("On March 3 the plant closed.", [("March 3", "2025-03-03", "2025-03-03", "day")]),
    ],
)
def test_a_date_without_a_year_takes_the_year_of_its_paragraph(text, expected):
    assert dates(text, datetime.date(2025, 6, 27)) == expected


def test_29_february_is_not_moved_to_a_year_without_it():
    leap = datetime.date(2024, 6, 27)
    assert dates("In 2020 it rained. On 29 February it snowed.", leap)[-1][1] == "2020-02-29"
    assert dates("In 2023 it rained. On 29 February it snowed.", leap)[-1][1] == "2024-02-29"


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 28))
def test_day_month_after_a_year_is_in_that_year(year, month, day):
    name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][month - 1]
    found = dates(f"In {year} the plant was built. On {day} {name} it opened.")
    assert found[-1][1:] == (f"{year}-{month:02d}-{day:02d}",) * 2 + ("day",)


@pytest.mark.parametrize("ref", [datetime.date(1, 1, 1), datetime.date.max])
@pytest.mark.parametrize("text", ["They met on Thursday.", "They will meet on Sunday.", "It took place this weekend.",
                                  "We meet next Friday.", "We met last Monday."])
def test_weekdays_at_the_ends_of_the_calendar_are_undated_not_errors(text, ref):
    [(_x, start, _e, _p)] = dates(text, ref)
    assert start is None or datetime.date.fromisoformat(start).year in (1, 9999)
