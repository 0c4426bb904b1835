"""Date values (issue 15, fifth round): a weekday after a present progressive of preparation is
the next one; "since 2010" reaches the publication date; forms found missing on the study
portions (GUM dev and train, Turkish Wiki NER train). Texts written for these tests."""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_tense import FUTURE, PAST, clause_tense
from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 6, 27)  # a Friday
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dates(text: str, reference=REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- preparation: the weekday to come
@pytest.mark.parametrize(
    "text, day",
    [
        ("The city is bracing for a storm on Tuesday.", "2025-07-01"),
        ("Lawmakers are preparing for a vote on Thursday.", "2025-07-03"),
        ("Lawmakers are now preparing for a vote on Thursday, officials said.", "2025-07-03"),
        ("Markets are gearing up for the rate decision on Wednesday.", "2025-07-02"),
        ("Fans are getting ready for the final on Sunday.", "2025-06-29"),
        ("The capital braces for protests on Monday.", "2025-06-30"),
        ("Депутаты готовятся к голосованию в четверг.", "2025-07-03"),
        ("Meclis Perşembe günü oylamaya hazırlanıyor.", "2025-07-03"),
        # in the past, the weekday just gone
        ("The city was bracing for a storm on Tuesday.", "2025-06-24"),
        ("Lawmakers were preparing for a vote on Thursday.", "2025-06-26"),
    ],
)
def test_a_weekday_after_a_present_of_preparation_is_the_next_one(text, day):
    [(_x, start, end, precision)] = dates(text)
    assert (start, end, precision) == (day, day, "day")


@given(st.integers(0, 6), st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["is bracing for", "are preparing for", "is gearing up for", "are getting ready for",
                        "'re preparing for", "braces for", "prepares for"]))
def test_preparation_in_the_present_points_to_the_coming_weekday(wd, published, verb):
    [(_x, start, _e, _p)] = dates(f"The union {verb} a strike on {WEEKDAYS_EN[wd]}.", published)
    day = datetime.date.fromisoformat(start)
    assert day.weekday() == wd and 0 <= (day - published).days < 7


@pytest.mark.parametrize(
    "text, tense",
    [
        ("The city is bracing for DATE.", FUTURE),
        ("The city was bracing for DATE.", PAST),
        ("They're preparing for DATE.", FUTURE),
    ],
)
def test_preparation_cues(text, tense):
    at = text.index("DATE")
    assert clause_tense(text, at, at + 4) == tense


# ---------------------------------------------------------------- "since": up to the publication date
@pytest.mark.parametrize(
    "text, expected",
    [
        ("He has lived there since 1990.", [("1990", "1990", "2025", "year")]),
        ("Since 2010, the company has grown tenfold.", [("2010", "2010", "2025", "year")]),
        ("Mayor since 2010", [("2010", "2010", "2025", "year")]),
        ("Prices have risen since March, officials said.", [("March", "2025-03", "2025-06", "month")]),
        # a day or month still to come this year is last year's
        ("Prices have risen since November, officials said.", [("November", "2024-11", "2025-06", "month")]),
        ("He has been in prison since July 3.", [("July 3", "2024-07-03", "2025-06-27", "day")]),
        ("The firm has been in decline since early 2019.", [("early 2019", "2019-01", "2025-06", "month")]),
        ("Ali 2010'dan beri Ankara'da yaşıyor.", [("2010'dan", "2010", "2025", "year")]),
        ("Fiyatlar Mart ayından bu yana artıyor.", [("Mart ayından", "2025-03", "2025-06", "month")]),
        # a clause in the past: the date alone
        ("He had lived there since 1990.", [("1990", "1990", "1990", "year")]),
        ("Since 2010 he was mayor of the town.", [("2010", "2010", "2010", "year")]),
        ("Ali 2010 yılından beri Ankara'da yaşıyordu.", [("2010 yılından", "2010", "2010", "year")]),
        # after the publication date: unchanged
        ("Since 2030 it will grow.", [("2030", "2030", "2030", "year")]),
        # a decade is one period, as a year is (the twenty-second round; it had stayed the decade alone)
        ("Ever since the 1990s it has grown.", [("the 1990s", "1990", "2025", "year")]),
    ],
)
def test_since_reaches_the_publication_date(text, expected):
    assert dates(text) == expected


def test_since_without_a_publication_date_is_the_date_alone():
    assert dates("He has lived there since 1990.", None) == [("1990", "1990", "1990", "year")]


@given(st.integers(1000, 2025), st.sampled_from([
    ("Output has grown since {}.", True), ("Since {}, output has grown.", True), ("Output is up since {}.", True),
    ("Üretim {}'den beri artıyor.", True), ("Output had grown since {}.", False), ("Since {} output fell.", False),
]))
def test_since_a_year_closes_at_the_publication_year_unless_the_clause_is_past(year, form):
    template, open_ = form
    [(_x, start, end, precision)] = dates(template.format(year))
    assert (start, end, precision) == (str(year), "2025" if open_ else str(year), "year")


@given(st.integers(1, 12), st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
def test_since_a_month_ends_in_the_publication_month_and_starts_within_the_year_before(month, published):
    from desktop.meaning.date_base import MONTH_NAMES_EN  # noqa: PLC0415

    [(_x, start, end, precision)] = dates(f"Prices have risen since {MONTH_NAMES_EN[month - 1]}.", published)
    first = datetime.date.fromisoformat(start + "-01")
    assert precision == "month" and end == published.isoformat()[:7]
    assert int(start[5:]) == month and 0 <= (published - first).days < 366


# ---------------------------------------------------------------- Turkish forms (Turkish Wiki NER train)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a month in lower case is a month before "ayı" (the word "ekim" alone is sowing)
        ("Sezon mart ayında sona erdi.", [("mart ayında", "2025-03", "2025-03", "month")]),
        ("Kızını haziran ayında dünyaya getirdi.", [("haziran ayında", "2025-06", "2025-06", "month")]),
        ("Kasım aylarında fırtınalar olur.", [("Kasım aylarında", "2025-11", "2025-11", "month")]),
        ("Tarlada ekim yapıldı.", []),
        # a number word with a dotted capital, and a name before "N yıl önce" is no ablative
        ("İki yıl önce seçildi.", [("İki yıl önce", "2023", "2023", "year")]),
        ("Portland, Jordan bir sene önce seçildi diye üzüldü.", [("bir sene önce", "2024", "2024", "year")]),
        ("Tamamlanmasından iki yıl önce başladı.", []),
        ("Kış Olimpiyatlarından birkaç hafta önce dönebildi.", []),
        # a weekday in the plural is every such day
        ("Dizi Cumartesi günleri 22.00'de yayınlanıyor.", []),
        # AD: "MS 721"
        ("Fudoki kayıtlarında (MS 721) yer alır.", [("MS 721", "0721", "0721", "year")]),
        ("Konstantin M.S. 35. yılında öldü.", [("M.S. 35. yılında", "0035", "0035", "year")]),
        ("Pompeii freskosu (MS. 70), Napoli.", [("MS. 70", "0070", "0070", "year")]),
        ("MS 330 yılında kuruldu.", [("MS 330 yılında", "0330", "0330", "year")]),
        ("MS 500 mg tablet", []),
        ("The MS 150 race", []),
        # as of a year
        ("2007 itibarıyla bu ödülü kazandı.", [("2007", "2007", "2007", "year")]),
        ("Nüfus 2020 itibariyle arttı.", [("2020", "2020", "2020", "year")]),
        ("Oyuncu 2007 itibari ile en genç kazanan oldu.", [("2007", "2007", "2007", "year")]),
    ],
)
def test_turkish_forms(text, expected):
    assert dates(text) == expected


@given(st.integers(1, 999), st.sampled_from(["(MS {})", "M.S. {} yılında", "MS. {}", "MS {} yılında", "MS {}'de"]))
def test_turkish_ad_years(year, template):
    [(_x, start, end, precision)] = dates("Kent " + template.format(year) + " kuruldu.")
    assert (start, end, precision) == (f"{year:04d}",) * 2 + ("year",)


@given(st.integers(0, 11), st.sampled_from(["ayında", "ayına", "ayından", "aylarında"]), st.booleans())
def test_a_turkish_month_before_ayi_is_that_month_in_either_case(month, word, capital):
    names = ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"]
    name = names[month].capitalize() if capital else names[month]
    [(_x, start, end, precision)] = dates(f"Proje {name} {word} sürdü.", datetime.date(2025, 12, 31))
    assert (start, end, precision) == (f"2025-{month + 1:02d}",) * 2 + ("month",)


# ---------------------------------------------------------------- "the next N years" in the past
@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1655 he enlisted at Hamburg. In the course of the next five years he served alternately.",
         [("1655", "1655", "1655", "year"), ("the next five years", "1655", "1660", "year")]),
        ("The company was founded in 2010. Over the next three years it grew tenfold.",
         [("2010", "2010", "2010", "year"), ("the next three years", "2010", "2013", "year")]),
        # no year written before it: undated (not counted from the publication date)
        ("Over the next five years he served alternately.", [("the next five years", None, None, None)]),
        # the present or the future: from the publication date
        ("Over the next two years the firm will grow.", [("the next two years", "2025-06-27", "2027-06-26", "day")]),
    ],
)
def test_the_next_years_in_a_past_clause_count_from_the_year_before_them(text, expected):
    assert dates(text) == expected


@given(st.integers(1000, 2150), st.integers(2, 20))
def test_the_next_years_after_a_written_year_in_the_past(year, n):
    words = {2: "two", 3: "three", 5: "five", 10: "ten"}
    number = words.get(n, str(n))
    text = f"The mill opened in {year}. Over the next {number} years it grew."
    found = dates(text)
    assert found[-1] == (f"the next {number} years", str(year), str(year + n), "year") or year + n > 2199


# ---------------------------------------------------------------- parts of a week; Russian forms (NEREL train)
@pytest.mark.parametrize(
    "text, expected",
    [
        # parts of a week: Monday–Tuesday, Wednesday–Thursday, Friday–Sunday
        ("The vote is expected early next week.", [("early next week", "2025-06-30", "2025-07-01", "day")]),
        ("Talks collapsed late last week.", [("late last week", "2025-06-20", "2025-06-22", "day")]),
        ("Talks collapsed at the end of last week.", [("the end of last week", "2025-06-20", "2025-06-22", "day")]),
        ("A deal may come in the middle of this week.", [("the middle of this week", "2025-06-25", "2025-06-26", "day")]),
        ("Переговоры сорвались в конце прошлой недели.",
         [("в конце прошлой недели", "2025-06-20", "2025-06-22", "day")]),
        # "N назад" with "около" and numbers in the genitive; "сутки"
        ("Это случилось около года назад.", [("около года назад", "2024", "2024", "year")]),
        ("Это случилось около трёх лет назад.", [("трёх лет назад", "2022", "2022", "year")]),
        ("Это случилось около двенадцати лет назад.", [("двенадцати лет назад", "2013", "2013", "year")]),
        ("Это случилось тридцать лет назад.", [("тридцать лет назад", "1995", "1995", "year")]),
        ("Это случилось сутки назад.", [("сутки назад", "2025-06-26", "2025-06-26", "day")]),
        # the past N years in the genitive, the past year or week
        ("Цены выросли в течение последних 10 лет.", [("последних 10 лет", "2015-06-28", "2025-06-27", "day")]),
        ("Цены выросли за последний год.", [("за последний год", "2024-06-28", "2025-06-27", "day")]),
        ("Цены выросли за последнюю неделю.", [("за последнюю неделю", "2025-06-21", "2025-06-27", "day")]),
        ("Встреча прошла на прошлых выходных.", [("на прошлых выходных", "2025-06-21", "2025-06-22", "day")]),
        # a weekday in the genitive or dative after a preposition; not "среды" (environment)
        ("Работы ведутся с понедельника.", [("с понедельника", "2025-06-23", "2025-06-23", "day")]),
        ("Отчёт будет готов к пятнице.", [("к пятнице", "2025-06-27", "2025-06-27", "day")]),
        ("Это полезно для окружающей среды.", []),
        ("Итоги сегодняшнего заседания.", [("сегодняшнего", "2025-06-27", "2025-06-27", "day")]),
        # a weekday before a word and a number is no full date
        ("Силовики в понедельник задержали 11 военнослужащих.", [("в понедельник", "2025-06-23", "2025-06-23", "day")]),
        ("They met on Monday the 3rd of March.", [("Monday the 3rd of March", "2025-03-03", "2025-03-03", "day")]),
    ],
)
def test_week_parts_and_russian_forms(text, expected):
    assert dates(text) == expected


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["early", "mid", "late"]), st.sampled_from([("last", -1), ("this", 0), ("next", 1)]))
def test_a_part_of_a_week_lies_in_that_week(published, part, rel):
    [(_x, start, end, precision)] = dates(f"Talks resume {part} {rel[0]} week.", published)
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    monday = published - datetime.timedelta(days=published.weekday()) + datetime.timedelta(days=7 * rel[1])
    assert precision == "day" and monday <= first <= last <= monday + datetime.timedelta(days=6)
    assert {"early": 0, "mid": 2, "late": 4}[part] == (first - monday).days


@given(st.sampled_from([(2, "двух"), (3, "трёх"), (5, "пяти"), (7, "семи"), (10, "десяти"), (20, "двадцати")]),
       st.integers(1950, 2090))
def test_about_n_years_ago_in_russian(number, year):
    n, word = number
    [(_x, start, end, precision)] = dates(f"Это было около {word} лет назад.", datetime.date(year, 6, 1))
    assert (start, end, precision) == (str(year - n), str(year - n), "year")


# ---------------------------------------------------------------- news forms: earlier/later this …, the weekend
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose earlier this month.", [("earlier this month", "2025-06-01", "2025-06-27", "day")]),
        ("Earlier this year, the board resigned.", [("Earlier this year", "2025-01-01", "2025-06-27", "day")]),
        ("Prices will rise later this year.", [("later this year", "2025-06-27", "2025-12-31", "day")]),
        ("Talks resume later this week.", [("later this week", "2025-06-27", "2025-06-29", "day")]),
        ("The vote was held the day before yesterday.", [("the day before yesterday", "2025-06-25", "2025-06-25", "day")]),
        ("The vote is the day after tomorrow.", [("the day after tomorrow", "2025-06-29", "2025-06-29", "day")]),
        ("This past weekend, protesters gathered.", [("This past weekend", "2025-06-21", "2025-06-22", "day")]),
        ("Over the weekend, protesters gathered.", [("the weekend", "2025-06-21", "2025-06-22", "day")]),
        ("Protesters gathered at the weekend.", [("the weekend", "2025-06-21", "2025-06-22", "day")]),
        ("Protesters will gather over the weekend.", [("the weekend", "2025-06-28", "2025-06-29", "day")]),
        ("The weekend of June 5 was wet.", [("June 5", "2025-06-05", "2025-06-05", "day")]),
    ],
)
def test_earlier_and_later_this_and_the_weekend(text, expected):
    assert dates(text) == expected


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["week", "month", "year"]), st.sampled_from(["earlier", "later"]))
def test_earlier_or_later_this_unit_holds_the_publication_day_and_stays_in_the_unit(published, unit, edge):
    [(_x, start, end, precision)] = dates(f"Prices rose {edge} this {unit}.", published)
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    assert precision == "day" and (last if edge == "earlier" else first) == published and first <= last
    if unit == "week":
        assert first.isocalendar()[:2] == last.isocalendar()[:2] == published.isocalendar()[:2]
    else:
        assert first.year == last.year == published.year
        assert unit == "year" or first.month == last.month == published.month


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from([("Over the weekend, crowds gathered.", False), ("Crowds will gather over the weekend.", True)]))
def test_the_weekend_is_a_saturday_and_sunday_within_a_week_of_publication(published, form):
    text, future = form
    [(_x, start, end, _p)] = dates(text, published)
    saturday, sunday = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    assert saturday.weekday() == 5 and (sunday - saturday).days == 1
    assert (0 <= (sunday - published).days <= 8) if future else (-8 <= (saturday - published).days <= 1)


# ---------------------------------------------------------------- ranges from or to a decade (GUM train)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("From the later 1800s to the 1920s Merida boomed.", [("From the later 1800s to the 1920s", "1875", "1929", "year")]),
        ("From the 1980s to the 1990s it grew.", [("From the 1980s to the 1990s", "1980", "1999", "year")]),
        ("It grew between the 1980s and the 1990s.", [("between the 1980s and the 1990s", "1980", "1999", "year")]),
        ("From the 1990s to 2005 it grew.", [("From the 1990s to 2005", "1990", "2005", "year")]),
        # without a range word, two decades
        ("It grew in the 1980s and 1990s.", [("the 1980s", "1980", "1989", "decade"), ("1990s", "1990", "1999", "decade")]),
    ],
)
def test_a_range_from_or_to_a_decade_is_in_years(text, expected):
    assert dates(text) == expected


@given(st.integers(180, 205).flatmap(lambda d: st.tuples(st.just(d * 10), st.integers(d + 1, 209).map(lambda e: e * 10)))
       .filter(lambda ds: ds[0] % 100 and ds[1] % 100))  # "the 1800s" is a hundred years
def test_from_one_decade_to_another(decades):
    first, second = decades
    [(_x, start, end, precision)] = dates(f"Trade grew from the {first}s to the {second}s.")
    assert (start, end, precision) == (str(first), str(second + 9), "year")


@pytest.mark.parametrize(
    "text, day",
    [
        # a timetable in the plural present: the coming day
        ("My exams start on Monday.", "2025-06-30"),
        ("Talks begin Monday in Geneva.", "2025-06-30"),
        ("Classes resume on Tuesday.", "2025-07-01"),
        ("We start on Wednesday.", "2025-07-02"),
        # not a verb of the clause, or negated in the past: the day just gone
        ("The talks did not start on Monday.", "2025-06-23"),
        ("After the start of talks on Monday, they left.", "2025-06-23"),
        ("The festival was off to a bright start on Saturday night.", "2025-06-21"),
        ("His start on Monday was slow.", "2025-06-23"),
    ],
)
def test_a_plural_timetable_points_forward(text, day):
    [(_x, start, _e, _p)] = dates(text)
    assert start == day


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2011 genel nüfus sayımına göre kasabada 500 kişi yaşıyor.", [("2011", "2011", "2011", "year")]),
        ("Çift 2014 Olimpiyat üçüncüsü oldu.", [("2014", "2014", "2014", "year")]),
        ("2007 Avustralya Açık'da dördüncü tura yükseldi.", [("2007", "2007", "2007", "year")]),
    ],
)
def test_turkish_years_naming_an_event(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare year not suggested still gives its year to a day or month after it in its paragraph ("opened 2012
        # with", "started 2014 in" are suggested since the thirteenth round: test_meaning_dates_thirteenth.py)
        ("Holt played 2012 with Altoona. He was promoted on September 1.", [("September 1", "2012-09-01", "2012-09-01", "day")]),
        ("Holt again played 2014 in Triple-A, but was called up May 17.", [("May 17", "2014-05-17", "2014-05-17", "day")]),
        # a count does not
        ("The plant employs 2000 people. On March 3 it closed.", [("March 3", "2025-03-03", "2025-03-03", "day")]),
        ("Revenue was 2010 million. It closed on March 3.", [("March 3", "2025-03-03", "2025-03-03", "day")]),
        # nor a bare year in another paragraph
        ("Holt played 2012 with Altoona.\nHe was promoted on March 1.", [("March 1", "2025-03-01", "2025-03-01", "day")]),
    ],
)
def test_a_bare_year_anchors_the_yearless_dates_after_it(text, expected):
    assert dates(text) == expected


# ---------------------------------------------------------------- Russian decades, seasons, parts (NEREL train)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Это было в 90-х годах.", [("90-х годах", "1990", "1999", "decade")]),
        ("Это было в 70-е годы.", [("70-е годы", "1970", "1979", "decade")]),
        ("Это было в 90-ых годах.", [("90-ых годах", "1990", "1999", "decade")]),
        ("Это было в 70-х.", [("70-х", "1970", "1979", "decade")]),
        ("Это было в конце 60-х годов.", [("конце 60-х годов", "1965", "1969", "year")]),
        ("Из азиатского кризиса конца 90-х.", [("конца 90-х", "1995", "1999", "year")]),
        ("Оплата до 30-х чисел.", []),
        ("Он уйдёт в начале будущего года.", [("начале будущего года", "2026-01", "2026-04", "month")]),
        ("Это случилось в конце прошлого года.", [("конце прошлого года", "2024-09", "2024-12", "month")]),
        ("Выборы пройдут в ближайшие 30 дней.", [("ближайшие 30 дней", "2025-06-27", "2025-07-26", "day")]),
        ("Он правит последние 20 с лишним лет.", [("последние 20 с лишним лет", "2005-06-28", "2025-06-27", "day")]),
        ("Мероприятия на будущую неделю отменены.", [("на будущую неделю", "2025-06-30", "2025-07-06", "day")]),
        ("Это ожидалось еще с прошлой недели.", [("с прошлой недели", "2025-06-16", "2025-06-22", "day")]),
        ("В сезоне 2008/2009 команда выиграла.", [("2008/2009", "2008", "2009", "year")]),
        ("В 1990/2005 гг.", [("1990", "1990", "1990", "year")]),
        # a month's adjective in lower case is that month; capitalised it names an event
        ("Он огласил результаты декабрьских выборов.", [("декабрьских", "2024-12", "2024-12", "month")]),
        ("После мартовских терактов в Брюсселе.", [("мартовских", "2025-03", "2025-03", "month")]),
        ("Это случилось после Октябрьской революции.", []),
    ],
)
def test_russian_decades_parts_and_month_adjectives(text, expected):
    assert dates(text) == expected


@given(st.integers(3, 9), st.sampled_from(["в {}0-х годах", "{}0-е годы", "в {}0-х", "с {}0-ых годов"]))
def test_russian_two_digit_decades(tens, template):
    [(_x, start, end, precision)] = dates("Это было " + template.format(tens) + ".")
    assert (start, end, precision) == (f"19{tens}0", f"19{tens}9", "decade")


@given(st.integers(0, 11), st.sampled_from(["ий", "ая", "ого", "ой", "их", "ом"]))
def test_a_russian_month_adjective_is_its_month(month, ending):
    from desktop.meaning.date_absolute import RU_MONTH_ADJ_STEMS  # noqa: PLC0415

    word = RU_MONTH_ADJ_STEMS[month] + ending
    [(_x, start, end, precision)] = dates(f"Итоги {word} заседания.", datetime.date(2025, 12, 31))
    assert (start, end, precision) == (f"2025-{month + 1:02d}",) * 2 + ("month",)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Over the next 30 days it will rain.", [("the next 30 days", "2025-06-27", "2025-07-26", "day")]),
        ("In the next two weeks the law takes effect.", [("the next two weeks", "2025-06-27", "2025-07-10", "day")]),
        # in the past: from a day the text does not give, or the year written before
        ("The next five days were hard, he said.", [("The next five days", None, None, None)]),
        ("In 1990 it opened. Over the next two decades it grew.",
         [("1990", "1990", "1990", "year"), ("the next two decades", "1990", "2010", "year")]),
    ],
)
def test_the_next_days_and_weeks(text, expected):
    assert dates(text) == expected


def test_a_weekday_joins_the_day_after_it_even_undated():
    """"On Thursday, Dec. 15" without a publication date: one undated date, the weekday with it."""
    assert dates("On Thursday, Dec. 15, aircraft struck.", None) == [("Thursday, Dec. 15", None, None, None)]
    assert dates("On Thursday, Dec. 15, aircraft struck.", datetime.date(2016, 12, 20)) == [
        ("Thursday, Dec. 15", "2016-12-15", "2016-12-15", "day")]


# ---------------------------------------------------------------- quarters and parts of a relative month; 9/11
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices will rise early next month.", [("early next month", "2025-07-01", "2025-07-10", "day")]),
        ("Prices rose late last month.", [("late last month", "2025-05-21", "2025-05-31", "day")]),
        ("The law takes effect at the end of next month.", [("the end of next month", "2025-07-21", "2025-07-31", "day")]),
        ("Prices rose in the first half of last year.", [("the first half of last year", "2024-01", "2024-06", "month")]),
        ("The deal closed in the third quarter of last year.",
         [("the third quarter of last year", "2024-07", "2024-09", "month")]),
        # a quarter without a year: by its clause's tense, or the year written before it
        ("The deal closed in the fourth quarter.", [("the fourth quarter", "2024-10", "2024-12", "month")]),
        ("The deal will close in the first quarter.", [("the first quarter", "2026-01", "2026-03", "month")]),
        ("In 2019 sales rose. In the second half, they fell.",
         [("2019", "2019", "2019", "year"), ("the second half", "2019-07", "2019-12", "month")]),
        ("Sales rose in the second half of the year.", [("the second half of the year", "2025-07", "2025-12", "month")]),
        # "the Sept. 11 attacks" are 9/11
        ("The Sept. 11 attacks changed everything.", [("Sept. 11", "2001-09-11", "2001-09-11", "day")]),
        ("On Sept. 11 the board met.", [("Sept. 11", "2024-09-11", "2024-09-11", "day")]),
    ],
)
def test_quarters_and_parts_of_a_relative_month(text, expected):
    assert dates(text) == expected


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from([("early", 1), ("mid", 11), ("late", 21)]), st.sampled_from([("last", -1), ("this", 0), ("next", 1)]))
def test_a_part_of_a_relative_month(published, part, rel):
    [(_x, start, end, precision)] = dates(f"Prices rise {part[0]} {rel[0]} month.", published)
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    months = published.year * 12 + published.month - 1 + rel[1]
    assert precision == "day" and (first.year, first.month) == (last.year, last.month) == (months // 12, months % 12 + 1)
    assert first.day == part[1] and last.day - first.day in (7, 8, 9, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The deal should close by the end of the year.", [("the end of the year", "2025-12-31", "2025-12-31", "day")]),
        ("At the start of the year, prices rose.", [("the start of the year", "2025-01", "2025-04", "month")]),
        ("He will step down at the end of the month.", [("the end of the month", "2025-06-21", "2025-06-30", "day")]),
        ("A decision is expected by the end of the week.", [("the end of the week", "2025-06-29", "2025-06-29", "day")]),
        # a year written before it in its paragraph: that year's, or (a month, a week) not guessed
        ("In 2019 sales rose; by the end of the year they had doubled.",
         [("2019", "2019", "2019", "year"), ("the end of the year", "2019-12-31", "2019-12-31", "day")]),
        ("In March 2019 he said he would step down at the end of the month.", [("March 2019", "2019-03", "2019-03", "month")]),
        ("The end of the year of the horse.", []),
    ],
)
def test_a_part_of_the_year_month_or_week_at_hand(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bu yılın sonunda seçim yapılacak.", [("Bu yılın sonunda", "2025-09", "2025-12", "month")]),
        ("Geçen yılın başında fiyatlar arttı.", [("Geçen yılın başında", "2024-01", "2024-04", "month")]),
        ("Meclis geçen ayın sonunda toplandı.", [("geçen ayın sonunda", "2025-05-21", "2025-05-31", "day")]),
        ("В конце прошлого месяца цены выросли.", [("конце прошлого месяца", "2025-05-21", "2025-05-31", "day")]),
        ("В начале этого месяца цены выросли.", [("начале этого месяца", "2025-06-01", "2025-06-10", "day")]),
        # the day before yesterday, the day after tomorrow
        ("Önceki gün toplandılar.", [("Önceki gün", "2025-06-25", "2025-06-25", "day")]),
        ("Bir önceki gün toplandılar.", []),  # the day before another: anaphoric
        # towards the end: the last third
        ("Çiçekler Haziran sonuna doğru açar.", [("Haziran sonuna doğru", "2025-06-21", "2025-06-30", "day")]),
        ("2010 sonuna doğru evlendi.", [("2010 sonuna doğru", "2010-09", "2010-12", "month")]),
        ("Позавчера прошла встреча.", [("Позавчера", "2025-06-25", "2025-06-25", "day")]),
        ("Послезавтра пройдёт встреча.", [("Послезавтра", "2025-06-29", "2025-06-29", "day")]),
    ],
)
def test_turkish_and_russian_parts_of_a_relative_year_or_month(text, expected):
    assert dates(text) == expected


@given(st.integers(0, 11), st.sampled_from([("началу", 1), ("концу", 21), ("начале", 1), ("середине", 11), ("конце", 21)]))
def test_russian_parts_of_a_month_in_the_dative_and_prepositional(month, part):
    from desktop.meaning.date_base import _MONTH_FORMS  # noqa: PLC0415

    genitive = _MONTH_FORMS["ru"][month + 1][1]  # "октября"
    [(_x, start, _e, precision)] = dates(f"Решение ожидается к {part[0]} {genitive}.", datetime.date(2025, 1, 1))
    # "к концу октября" is a deadline, the month's last day (fifteenth round); the other parts start on their day
    day = calendar.monthrange(2025, month + 1)[1] if part[0] == "концу" else part[1]
    assert precision == "day" and start == f"2025-{month + 1:02d}-{day:02d}"


@pytest.mark.parametrize(
    "text, expected",
    [
        # as many units as the vague number allows at most: few five, several nine, a couple two
        ("Prices have risen over the past few days.", [("the past few days", "2025-06-23", "2025-06-27", "day")]),
        ("Prices have risen over the last several years.", [("the last several years", "2016-06-28", "2025-06-27", "day")]),
        ("The past couple of months were hard.", [("The past couple of months", "2025-04-28", "2025-06-27", "day")]),
        ("Talks will continue over the next few weeks.", [("the next few weeks", "2025-06-27", "2025-07-31", "day")]),
        ("Over the next few weeks, he recovered.", [("the next few weeks", None, None, None)]),
        ("The last few years of his life were sad.", []),
    ],
)
def test_the_past_or_next_few_units(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, day",
    [
        ("Встреча прошла в прошлую пятницу.", "2025-06-20"),
        ("Встреча прошла в минувшую среду.", "2025-06-25"),
        ("Встреча пройдёт в следующий понедельник.", "2025-06-30"),
        ("Встреча пройдёт в эту субботу.", "2025-06-28"),
        ("Meclis geçen Salı toplandı.", "2025-06-24"),
        ("Meclis önümüzdeki Pazartesi toplanacak.", "2025-06-30"),
        ("Meclis bu Cuma toplanacak.", "2025-06-27"),
    ],
)
def test_last_next_and_this_weekday_in_russian_and_turkish(text, day):
    [(_x, start, end, _p)] = dates(text)
    assert start == end == day


def test_a_turkish_weekday_word_after_bu_in_lower_case_is_no_date():
    assert dates("Bu pazar payı arttı.") == []


@given(st.integers(0, 6), st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from([("в прошлую", -1), ("в следующий", 1), ("geçen", -1), ("önümüzdeki", 1)]))
def test_last_and_next_weekday_words_point_one_to_seven_days_away(wd, published, rel):
    ru = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
    tr = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
    name = (ru if rel[0].startswith("в") else tr)[wd]
    [(_x, start, _e, _p)] = dates(f"Kurul {rel[0]} {name} toplandı.", published)
    delta = (datetime.date.fromisoformat(start) - published).days
    assert datetime.date.fromisoformat(start).weekday() == wd and (1 <= delta * rel[1] <= 7)
