"""Dates, ninth round (issue 15): the Russian past after a vowel no longer taken from nouns and adverbs
("около", "школа", "медали", "сила", "дело", "мало"), and a range from the anchor's own day opening the next
paragraph keeps the anchor's year in any tense.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_tense import FUTURE, PAST, UNKNOWN, clause_tense
from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 10, 15)  # a Wednesday


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


def _tense(text: str, date: str) -> int:
    i = text.index(date)
    return clause_tense(text, i, i + len(date))


# ---------------------------------------------------------------- Russian pasts after a vowel
@pytest.mark.parametrize("text, date", [
    ("Матч соберёт около 10 тысяч зрителей в пятницу.", "в пятницу"),
    ("В пятницу школа откроет двери.", "В пятницу"),
    ("Медали вручат в пятницу.", "в пятницу"),
    ("Сила шторма в пятницу окажется меньше.", "в пятницу"),
    ("Дело рассмотрят в пятницу.", "в пятницу"),
    ("В пятницу мало кто придёт.", "В пятницу"),
    ("Директор канала выступит в пятницу.", "в пятницу"),
    ("Для дела в пятницу нужен ответ.", "в пятницу"),
    ("Роли распределят в пятницу.", "в пятницу"),
    ("Формула расчёта изменится в пятницу.", "в пятницу"),
])
def test_russian_nouns_and_adverbs_of_the_shape_of_a_past_are_no_past_cue(text, date):
    assert _tense(text, date) != PAST


@pytest.mark.parametrize("text, date", [
    ("Она заявила об этом в пятницу.", "в пятницу"),
    ("Об этом сообщили в пятницу.", "в пятницу"),
    ("Это было в пятницу.", "в пятницу"),
    ("Компания начала продажи в пятницу.", "в пятницу"),
    ("Они боролись до конца в пятницу.", "в пятницу"),
    ("Лёд раскололи в пятницу.", "в пятницу"),
    ("Суд рассмотрел дело и в пятницу вынес решение.", "в пятницу"),
    ("Рабочие пришли в пятницу.", "в пятницу"),
])
def test_russian_pasts_stay_past_cues(text, date):
    assert _tense(text, date) == PAST


def test_a_weekday_near_a_noun_in_la_is_read_by_the_real_verb():
    # "школа" was a past cue nearer than "откроется": the Friday was the one gone
    assert dates("В пятницу школа откроется после ремонта.") == [("В пятницу", "2025-10-17", "2025-10-17", "day")]
    assert dates("Около 300 человек пришли в пятницу.") == [("в пятницу", "2025-10-10", "2025-10-10", "day")]


@given(st.sampled_from(["школа", "около", "медали", "сила", "дело", "мало", "канала", "футбола", "роли", "акула"]))
def test_no_noun_of_the_list_is_a_past_cue(word):
    text = f"{word} в пятницу"
    assert _tense(text, "в пятницу") == UNKNOWN


@given(st.sampled_from(["заявила", "было", "были", "сообщили", "стала", "начали", "жила", "дали", "открыли"]),
       st.sampled_from(["Он сказал, что ", "", "Компания "]))
def test_every_past_after_a_vowel_stays_a_cue(verb, lead):
    text = f"{lead}{verb} в пятницу"
    assert _tense(text, "в пятницу") == PAST


def test_a_future_cue_is_not_hidden_by_a_noun():
    assert _tense("Школа откроется в пятницу, сила воли поможет.", "в пятницу") == FUTURE


# ---------------------------------------------------------------- a range from the anchor's own day
@pytest.mark.parametrize("text, exact, start, end", [
    ("The opening ceremony of the Games takes place on 5 August 2016.\n"
     "From 5 to 21 August some 10,000 athletes will compete for medals.", "5 to 21 August", "2016-08-05", "2016-08-21"),
    ("Торжественное открытие Игр состоится 5 августа 2016 года.\n"
     "С 5 по 21 августа около 10 тысяч спортсменов поборются за медали.", "С 5 по 21 августа", "2016-08-05", "2016-08-21"),
    ("The fair opened on 3 May 2019.\nOn 3 May, crowds filled the halls.", "3 May", "2019-05-03", "2019-05-03"),
])
def test_a_range_from_the_anchor_s_own_day_in_the_next_paragraph_keeps_its_year(text, exact, start, end):
    assert {d[0]: d[1:3] for d in dates(text)}[exact] == (start, end)


@pytest.mark.parametrize("text, exact, year", [
    # another day, in the future: a new paragraph starts afresh (the publication's year or the next)
    ("The law took effect on 5 August 2019.\nOn 12 August, the minister will visit Paris.", "12 August", "2026"),
    ("The law took effect on 5 August 2019.\nFrom 12 to 20 November the minister will tour Asia.",
     "12 to 20 November", "2025"),
    # the same day, but the anchor is recent: the usual rules
    ("The vote was held on 5 August 2025.\nFrom 5 to 9 August the count went on.", "5 to 9 August", "2025"),
])
def test_another_day_in_the_next_paragraph_starts_afresh(text, exact, year):
    assert {d[0]: d[1] for d in dates(text)}[exact][:4] == year


@given(st.integers(1990, 2020), st.integers(1, 12), st.integers(1, 20))
def test_the_anchor_s_own_day_keeps_the_year_in_any_month(year, month, day):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    name = months[month - 1]
    text = f"The summit begins on {day} {name} {year}.\nFrom {day} to {day + 5} {name} leaders will meet."
    found = {d[0]: d[1:3] for d in dates(text)}
    assert found[f"{day} to {day + 5} {name}"] == (f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-{day + 5:02d}")


# ---------------------------------------------------------------- a quarter of a city
@pytest.mark.parametrize("text", [
    "В первом квартале Еревана выросла торговля.",
    "В первом квартале Еревана выросли цены.",
    "Во втором квартале Еревана открылся рынок.",
    "В третьем квартале Еревана выросла выручка магазинов.",
])
def test_a_quarter_before_a_genitive_name_and_a_verb_with_its_own_subject_is_a_block(text):
    assert dates(text) == []


@pytest.mark.parametrize("text", [
    "В первом квартале Москва привлекла инвестиции.",
    "В первом квартале Москва привлекла участника.",
    "В первом квартале выросла торговля.",
    "В первом квартале Москва выросла на 5%.",
    "В первом квартале Москва потеряла треть выручки.",
    "В первом квартале Москва увеличилась на 5%.",
    "В первом квартале Москва снизилась до минимума.",
])
def test_a_quarter_before_a_subject_stays_a_quarter(text):
    assert dates(text) == [("первом квартале", "2025-01", "2025-03", "month")]


@given(st.sampled_from(["Еревана", "Тбилиса", "Минска", "Омска"]),
       st.sampled_from(["выросли цены", "выросла торговля", "открылся рынок", "открылось кафе", "подорожала нефть",
                                  "увеличилась прибыль", "снизилась стоимость"]))
def test_a_genitive_name_before_a_verb_that_has_its_own_subject(name, clause):
    assert dates(f"В первом квартале {name} {clause}.") == []


# ---------------------------------------------------------------- halves of years, "the weeks ahead"
@pytest.mark.parametrize("text, expected", [
    ("The firm was founded two and a half years ago.", [("two and a half years ago", "2023-04", "2023-04", "month")]),
    ("The plant closed 2 1/2 years ago.", [("2 1/2 years ago", "2023-04", "2023-04", "month")]),
    ("Six and a half months ago the company collapsed.", [("Six and a half months ago", "2025-03", "2025-03", "month")]),
    ("The talks began a month and a half ago.", [("a month and a half ago", "2025-08", "2025-08", "month")]),
    ("Prices doubled over the past two and a half years.",
     [("the past two and a half years", "2023-04-16", "2025-10-15", "day")]),
    ("Over the last 5 1/2 years the city grew.", [("the last 5 1/2 years", "2020-04-16", "2025-10-15", "day")]),
    ("The plan will cost more over the next 2 1/2 years.", [("the next 2 1/2 years", "2025-10-15", "2028-04-14", "day")]),
    ("The past year and a half has been hard.", [("The past year and a half", "2024-04-16", "2025-10-15", "day")]),
    ("It happened in the last 33 1/2 months.", [("the last 33 1/2 months", "2023-01-01", "2025-10-15", "day")]),
    ("Rates will rise in the next six and a half months.",
     [("the next six and a half months", "2025-10-15", "2026-04-29", "day")]),
    ("Officials warned of hardship in the months ahead.", [("the months ahead", "2025-10-15", "2026-03-14", "day")]),
    ("Traders will watch the data in the weeks ahead.", [("the weeks ahead", "2025-10-15", "2025-11-18", "day")]),
    ("The year ahead will be hard.", [("The year ahead", "2025-10-15", "2026-10-14", "day")]),
    ("Markets face a busy week ahead.", []),
])
def test_halves_and_windows_ahead(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    # durations, recipes, a half that is no window, a time before an event
    "He waited 2 1/2 years for a visa.",
    "Add 2 1/2 cups of flour and stir.",
    "She served two and a half years in prison.",
    "The last half of the year was hard.",
    "Markets rallied in the weeks ahead of the vote.",
    "The days ahead of the summit were tense.",
    "The road ahead is long, the minister said.",
    "He planned two moves ahead.",
    "The team is two years ahead of schedule.",
    "Profits fell last year and a half the stores closed.",
    "Sales rose in the last year and a half of the decade.",
])
def test_no_window_where_none_is_meant(text):
    assert [d for d in dates(text) if "half" in d[0] or "ahead" in d[0] or "1/2" in d[0]] == []


def test_ahead_in_a_past_narrative_is_counted_from_a_date_the_text_does_not_give():
    text = "In 1990 the war began. He feared the months ahead."
    found = {s: (a, b) for s, a, b, _p in dates(text)}
    assert found["the months ahead"] == (None, None)
    assert dates("Officials warned of hardship in the months ahead.", None)[0][1] is None  # no publication date


@given(st.sampled_from(["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]),
       st.integers(2000, 2030), st.integers(1, 12))
def test_n_and_a_half_years_ago_is_the_month_that_many_months_before(word, year, month):
    n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10}[word]
    unit = "year" if word in ("a", "one") else "years"
    phrase = f"{word} {unit} and a half ago" if word in ("a", "one") else f"{word} and a half years ago"
    total = year * 12 + month - 1 - (12 * n + 6)
    assert dates(f"It began {phrase}.", datetime.date(year, month, 10)) == [
        (phrase, f"{total // 12:04d}-{total % 12 + 1:02d}", f"{total // 12:04d}-{total % 12 + 1:02d}", "month")]


@given(st.integers(1, 20), st.sampled_from(["past", "last", "next"]), st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 1, 1)))
def test_a_window_of_n_and_a_half_years_is_as_long_as_its_months(n, direction, ref):
    phrase = f"the {direction} {n} 1/2 years"
    verb = "will rise" if direction == "next" else "rose"
    [(exact, start, end, precision)] = dates(f"Prices {verb} over {phrase}.", ref)
    assert exact == phrase and precision == "day"
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    assert (first == ref) if direction == "next" else (last == ref)
    months = (last.year - first.year) * 12 + last.month - first.month
    assert months in (12 * n + 5, 12 * n + 6)


# ---------------------------------------------------------------- "today" as "nowadays"
@pytest.mark.parametrize("text", [
    "The core texts of the religion that exist today are the hymns known as qewl.",  # re3d train's false alarm
    "Only 300 of the animals survive today.",
    "Even today, the town is poor.",
    "The region known today as Kurdistan was divided.",
    "He is still today a hero to many.",
])
def test_today_as_nowadays_is_no_day(text):
    assert dates(text) == []


@pytest.mark.parametrize("text", [
    "The shop remains closed today.",
    "It is still open today.",
    "Protesters remain today in the square.",
    "The results, known today, show a swing.",
    "The minister said today that talks would resume.",
    "Today, the town is poor.",
])
def test_today_stays_the_day(text):
    assert [d[1] for d in dates(text)] == ["2025-10-15"]


@given(st.sampled_from(["exist", "exists", "survive", "survives", "even", "still"]), st.sampled_from(["today", "Today"]))
def test_today_after_a_word_of_nowadays(word, today):
    assert dates(f"Few of them {word} {today}.") == []


# ---------------------------------------------------------------- "in the last week and …", "throughout the weekend"
@pytest.mark.parametrize("text, expected", [
    # GUM train's "stopped in the last week and remarked" was uncovered: "and" after the unit ended the match
    ("Neighbours have stopped in the last week and remarked on it.", [("the last week", "2025-10-09", "2025-10-15", "day")]),
    ("In the last year and the one before, prices rose.", [("the last year", "2024-10-16", "2025-10-15", "day")]),
    ("Prices rose in the last week and a half.", []),
    ("Prices rose in the last week and month.", []),
    ("The fair ran throughout the weekend.", [("the weekend", "2025-10-11", "2025-10-12", "day")]),
    ("Shops will be closed throughout the weekend.", [("the weekend", "2025-10-18", "2025-10-19", "day")]),
])
def test_the_last_week_before_and_and_throughout_the_weekend(text, expected):
    assert dates(text) == expected


@given(st.sampled_from(["week", "month", "year"]),
       st.sampled_from(["remarked on it", "the police said so", "then left", "prices rose"]))
def test_the_last_unit_before_a_clause_with_and(unit, clause):
    found = dates(f"They came in the last {unit} and {clause}.")
    assert [d[0] for d in found] == [f"the last {unit}"] and found[0][2] == "2025-10-15"


# ---------------------------------------------------------------- "bu yılın sonuna kadar": one rule
@pytest.mark.parametrize("text, expected", [
    # "bu yılın" is this year's, after another year in the paragraph too (the edge rule had read it as that year's);
    # "… sonuna kadar" (up to the end) is a deadline, the year's last day (fifteenth round), "sonunda" its last third
    ("2019'da enflasyon yükseldi, bu yılın sonuna kadar düşecek.",
     [("2019'da", "2019", "2019", "year"), ("bu yılın sonuna kadar", "2025-12-31", "2025-12-31", "day")]),
    ("2019'da enflasyon yükseldi, bu yılın sonunda düşecek.",
     [("2019'da", "2019", "2019", "year"), ("bu yılın sonunda", "2025-09", "2025-12", "month")]),
    ("Enflasyon BU YILIN SONUNA KADAR düşecek.", [("BU YILIN SONUNA KADAR", "2025-12-31", "2025-12-31", "day")]),
    ("Enflasyon geçen yılın sonuna kadar yükseldi.", [("geçen yılın sonuna kadar", "2024-12-31", "2024-12-31", "day")]),
    # "yılın sonunda" alone keeps the year of the text around it
    ("2019'da enflasyon yükseldi, yılın sonunda düştü.",
     [("2019'da", "2019", "2019", "year"), ("yılın sonunda", "2019-09", "2019-12", "month")]),
    ("Enflasyon her yıl sonunda düşer.", []),
])
def test_this_year_s_end_in_turkish(text, expected):
    assert dates(text) == expected


@given(st.sampled_from(["bu", "Bu", "BU"]), st.sampled_from(["sonunda", "sonuna kadar", "başında", "başına kadar"]),
       st.integers(1990, 2020))
def test_bu_yilin_is_the_publication_year_whatever_came_before(bu, part, year):
    text = f"{year}'da satışlar arttı, {bu} yılın {part} düşecek."
    found = dates(text)
    assert found[-1][1][:4] == "2025" and found[-1][0].endswith(part.split()[-1])


# ---------------------------------------------------------------- "the three months to September"
@pytest.mark.parametrize("text, expected", [
    ("Sales rose 5% in the three months to September.", [("the three months to September", "2025-07", "2025-09", "month")]),
    ("The economy grew 0.2% in the three months to the end of March.",
     [("the three months to the end of March", "2025-01", "2025-03", "month")]),
    ("Inflation was 4% in the 12 months to March 2024.", [("the 12 months to March 2024", "2023-04", "2024-03", "month")]),
    ("Prices rose 3% in the year to June.", [("the year to June", "2024-07", "2025-06", "month")]),
    # a month after the publication's: the year before (a reported period), or the next in a clause of the future
    ("Wages grew in the twelve months to November.", [("the twelve months to November", "2023-12", "2024-11", "month")]),
    ("It will cost more over the six months to December.", [("the six months to December", "2025-07", "2025-12", "month")]),
])
def test_the_months_to_a_month(text, expected):
    assert [d for d in dates(text) if "%" not in d[0]] == expected


@pytest.mark.parametrize("text", [
    "The plan covers the three months to come.",
    "He was given three months to September to pay.",
])
def test_no_months_to_where_none_is_meant(text):
    assert [d for d in dates(text) if "months" in d[0]] == []


def test_the_months_to_a_day_is_no_such_period():
    assert dates("Shares rose in the three months to September 30.")[0][0] != "the three months to September"


@given(st.integers(1, 24), st.integers(1, 12), st.integers(1990, 2030))
def test_the_n_months_to_a_month_of_a_year_end_with_it(n, month, year):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    [(exact, start, end, precision)] = dates(f"Output fell in the {n} months to {months[month - 1]} {year}.")
    assert exact == f"the {n} months to {months[month - 1]} {year}" and precision == "month"
    assert end == f"{year:04d}-{month:02d}"
    first = year * 12 + month - n
    assert start == f"{first // 12:04d}-{first % 12 + 1:02d}"


# ---------------------------------------------------------------- "in the spring", "over the summer" by the tense
@pytest.mark.parametrize("text, expected", [
    ("The vote is due in the spring.", [("the spring", "2026-03", "2026-05", "month")]),
    ("Parliament will return in the autumn.", [("the autumn", "2025-09", "2025-11", "month")]),  # going on: this one
    ("Over the summer, prices rose.", [("the summer", "2025-06", "2025-08", "month")]),
    ("Talks stalled during the winter, officials said.", [("the winter", "2024-12", "2025-02", "month")]),
    ("In 1944 the family fled to Lisbon. In the spring they sailed to New York.",
     [("1944", "1944", "1944", "year"), ("the spring", "1944-03", "1944-05", "month")]),
])
def test_a_season_with_the_by_its_tense(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "In the summer, the town fills with tourists.",  # a habit: no tense cue
    "Shares fell in the summer months.",
    "The club will sign players in the summer transfer window.",
    "She was in the spring of her life.",
    "Schools close during the winter break.",
    "Prices rose in the summer of 1944.",  # the season of that year, found by its own rule
    # the differential review's worse ones (GUM train): a habit in the past, a present passive
    "They sold strawberries in summer, and Christmas trees in the winter.",
    "During the summer their outdoor theatre is used for performances.",
    "We would swim in the summer.",
    "Two workers were injured in the fall.",  # a fall, in the past; "will launch in the fall" is the autumn
    "He broke his hip during the fall.",
])
def test_no_tensed_season_where_none_is_meant(text):
    assert [d for d in dates(text) if d[0] in ("the summer", "the spring", "the winter", "the autumn")] == []


def test_the_fall_in_the_future_is_the_autumn():
    assert dates("Apple will launch the phone in the fall.") == [("the fall", "2025-09", "2025-11", "month")]


@given(st.sampled_from(["spring", "summer", "autumn", "winter"]), st.sampled_from(["in", "over", "during"]),
       st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)))
def test_a_tensed_season_is_past_or_to_come(season, prep, ref):
    now = f"{ref.year:04d}-{ref.month:02d}"
    [(_e, start, end, precision)] = dates(f"Prices rose {prep} the {season}.", ref)
    assert precision == "month" and end <= now
    [(_e, start, end, precision)] = dates(f"Prices will rise {prep} the {season}.", ref)
    assert precision == "month" and end >= now


@pytest.mark.parametrize("text, expected", [
    ("The inquiry will report by the summer.", [("the summer", "2026-06", "2026-08", "month")]),
    ("By the summer, the army had retreated.", [("the summer", "2025-06", "2025-08", "month")]),
    ("Talks stalled before the winter, officials said.", [("the winter", "2024-12", "2025-02", "month")]),
    ("Prices will fall after the summer break.", []),
])
def test_a_season_after_by_before_after(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, day", [
    ("The agreement expires at midnight on Friday.", "2025-10-17"),  # a timetable: the coming one
    ("The agreement expired on Friday.", "2025-10-10"),
])
def test_expires_is_a_timetable_of_the_future(text, day):
    assert [d[1] for d in dates(text)] == [day]


# ---------------------------------------------------------------- "on the 14th"
@pytest.mark.parametrize("text, expected", [
    ("The trial begins on the 20th.", [("the 20th", "2025-10-20", "2025-10-20", "day")]),
    ("The trial begins on the 3rd.", [("the 3rd", "2025-11-03", "2025-11-03", "day")]),  # gone: the next month's
    ("He was sentenced on the 3rd.", [("the 3rd", "2025-10-03", "2025-10-03", "day")]),
    ("He was sentenced on the 3rd\nThe appeal follows.", [("the 3rd", "2025-10-03", "2025-10-03", "day")]),
    ("He was sentenced on the 20th.", [("the 20th", "2025-09-20", "2025-09-20", "day")]),  # to come: last month's
    ("The vote is on the 30th, officials said.", [("the 30th", "2025-10-30", "2025-10-30", "day")]),
    ("The strike began on March 3 and ended on the 14th.",
     [("March 3", "2025-03-03", "2025-03-03", "day"), ("the 14th", "2025-03-14", "2025-03-14", "day")]),
    ("In March 2019 the firm collapsed; its boss resigned on the 14th.",
     [("March 2019", "2019-03", "2019-03", "month"), ("the 14th", "2019-03-14", "2019-03-14", "day")]),
])
def test_a_day_alone(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "He lives on the 14th floor.",
    "She won on the 3rd attempt.",
    "The amendment was passed on the 14th vote of the session.",
    "The 14th is a holiday.",  # no "on": left
])
def test_no_day_alone_where_none_is_meant(text):
    assert dates(text) == []


def test_may_the_name_is_no_month():
    assert dates("Theresa May said she will decide on the 20th.") == [("the 20th", "2025-10-20", "2025-10-20", "day")]


@given(st.integers(1, 28), st.sampled_from(["was signed", "will be signed"]), st.dates(datetime.date(1990, 1, 1),
                                                                                         datetime.date(2040, 12, 31)))
def test_a_day_alone_is_gone_or_to_come_by_the_tense(day, verb, ref):
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    [(_e, start, end, precision)] = dates(f"The deal {verb} on the {day}{suffix}.", ref)
    assert precision == "day" and start == end and int(start[8:]) == day
    assert (start <= ref.isoformat()) if verb == "was signed" else (start >= ref.isoformat())
