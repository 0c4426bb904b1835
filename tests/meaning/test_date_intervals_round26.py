"""Dates and intervals, written for the twenty-sixth round (publication Tuesday 15 June 2021 unless said): a part of
one period after an open cue, a day or month named again ("the same day", "later that month"), a future clause with
"will stay closed", Russian ordinal years."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_base import MONTH_NAMES_EN
from desktop.meaning.dates import find_dates
from tests.meaning.meaning_helpers import PROP

REFERENCE = "2021-06-15"  # a Tuesday


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"], a.get("open")) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a part of one period after an open cue
def test_a_part_of_a_month_or_year_after_until_by_before_is_open_at_its_start():
    assert _dates("The fair runs until the end of June.") == [("the end of June", "2021-06-21", "2021-06-30", "start")]
    assert _dates("The fair ran until late June.") == [("late June", "2020-06-21", "2020-06-30", "start")]
    assert _dates("Before early 2020 the square was empty.") == [("early 2020", "2020-01", "2020-04", "start")]
    assert _dates("Elections will be held by the middle of next year.") == [
        ("the middle of next year", "2022-05", "2022-08", "start")]
    assert _dates("The rollout is due before the second quarter of 2022.") == [
        ("the second quarter of 2022", "2022-04", "2022-06", "start")]
    assert _dates("It must be done before Q3 2021.") == [("Q3 2021", "2021-07", "2021-09", "start")]
    assert _dates("Talks continued until the summer of 2020.") == [("the summer of 2020", "2020-06", "2020-09", "start")]
    assert _dates("The bridge will be finished by next summer.") == [("next summer", "2022-06", "2022-08", "start")]
    assert _dates("Those who applied before last summer may stay.") == [("last summer", "2020-06", "2020-08", "start")]


def test_a_part_after_after_is_open_at_its_end():
    assert _dates("The market calmed after mid-May.") == [("mid-May", "2021-05-11", "2021-05-20", "end")]
    assert _dates("The rules changed after the start of the year.") == [
        ("the start of the year", "2021-01", "2021-04", "end")]


def test_russian_parts_after_do_and_posle():
    assert _dates("Переговоры продлятся до середины 2022 года.") == [("середины 2022 года", "2022-05", "2022-08", "start")]
    assert _dates("После середины 2020 года цены выросли.") == [("середины 2020 года", "2020-05", "2020-08", "end")]
    assert _dates("Цены росли до начала 2021 года.") == [("начала 2021 года", "2021-01", "2021-04", "start")]


def test_a_part_stays_closed_without_a_cue_after_since_in_a_range_or_before_an_event():
    assert _dates("The vote was held in late June.") == [("late June", "2020-06-21", "2020-06-30", None)]
    # "since" runs a dated text's part to the publication, as before
    assert _dates("Since early 2020 the shops have been shut.") == [("early 2020", "2020-01", "2021-06", None)]
    assert _dates("Since mid-May the shops have been shut.") == [("mid-May", "2021-05-11", "2021-06-15", None)]
    assert _dates("С начала 2020 года цены выросли.") == [("начала 2020 года", "2020-01", "2021-06", None)]
    # a range keeps both ends
    assert _dates("From March until the end of June the fair ran.") == [
        ("From March until the end of June", "2021-03-01", "2021-06-30", None)]
    # the part dates an event, or is a possessive
    assert _dates("Shares fell after the late June sell-off.")[0][3] is None
    assert _dates("After late June's storms, the river rose.")[0][3] is None
    # only the part right after the cue: "until late 2021 or early 2022"
    assert _dates("He stays until late 2021 or early 2022.") == [
        ("late 2021", "2021-09", "2021-12", "start"), ("early 2022", "2022-01", "2022-04", None)]


@PROP
@given(st.sampled_from(MONTH_NAMES_EN), st.sampled_from(["until", "before", "by"]),
       st.sampled_from(["late", "early", "mid-", "the end of", "the middle of", "the start of"]),
       st.integers(1990, 2030))
def test_any_part_of_a_dated_month_after_a_closing_cue_is_open_at_its_start(month, cue, part, year):
    words = f"{part}{month}" if part.endswith("-") else f"{part} {month}"
    found = _dates(f"The office stays shut {cue} {words} {year}, officials said.")
    assert len(found) == 1 and found[0][3] == "start" and found[0][1][:4] == str(year), found


# ---------------------------------------------------------------- "the same day", "later that month"
def test_the_same_day_and_later_that_month_take_the_date_before():
    assert _dates("The storm hit on 12 October 2018. The same day, schools closed.") == [
        ("12 October 2018", "2018-10-12", "2018-10-12", None), ("The same day", "2018-10-12", "2018-10-12", None)]
    assert _dates("The storm hit on 12 October 2018. On the same day, schools closed.")[1] == (
        "the same day", "2018-10-12", "2018-10-12", None)
    assert _dates("The storm hit on 12 October 2018, and that same evening the river rose.")[1] == (
        "that same evening", "2018-10-12", "2018-10-12", None)
    assert _dates("He was arrested on 4 April 2017 and released later that day.")[1] == (
        "later that day", "2017-04-04", "2017-04-04", None)
    assert _dates("He was arrested on 4 April 2017; earlier that day he had spoken to police.")[1] == (
        "earlier that day", "2017-04-04", "2017-04-04", None)
    assert _dates("The talks were held on 3 May 2019. Later that month the deal collapsed.")[1] == (
        "Later that month", "2019-05", "2019-05", None)
    assert _dates("In March 2020 the lockdown began. Later that month, shops were shut.")[1] == (
        "Later that month", "2020-03", "2020-03", None)
    # a day in words read against the publication is a base too, as for "the next day"
    assert _dates("We met on Tuesday. The same day, schools closed.")[1] == ("The same day", "2021-06-15", "2021-06-15", None)


def test_the_same_day_against_another_time_or_without_a_base_is_no_date():
    # another time named right after it
    assert [d[0] for d in _dates("The shop opened on 3 May 2019. Sales on the same day last year were lower.")] == [
        "3 May 2019", "last year"]
    assert [d[0] for d in _dates("Prices rose 3% in May 2019, compared with the same month a year earlier.")] == ["May 2019"]
    assert [d[0] for d in _dates("The shop opened on 3 May 2019. It opens on the same day each year.")] == ["3 May 2019"]
    assert [d[0] for d in _dates("The shop opened on 3 May 2019, the same day as the vote.")] == ["3 May 2019"]
    assert [d[0] for d in _dates("The shop opened on 3 May 2019. The same day of the week is a holiday.")] == ["3 May 2019"]
    # inside its clause: the same as each other, or a habit's object
    assert [d[0] for d in _dates("The fair opened on 3 May 2019. Both fires started on the same day.")] == ["3 May 2019"]
    assert [d[0] for d in _dates("The shop opened on 3 May 2019. They ship the same day.")] == ["3 May 2019"]
    assert [d[0] for d in _dates("The shop opened on 3 May 2019. Same-day delivery was offered.")] == ["3 May 2019"]
    # no base: nothing, or a year only (a month of it is unsaid)
    assert _dates("Later that month the deal collapsed.") == []
    assert _dates("The same day, schools closed.") == []
    assert [d[0] for d in _dates("The vote was in 2019. Later that month it was annulled.")] == ["2019"]


# ---------------------------------------------------------------- "will stay closed"
def test_a_participle_after_a_future_stay_or_remain_is_no_past():
    # was March 2021 (read as past: "closed")
    assert _dates("The plant will stay closed from 2019 until March.") == [
        ("from 2019 until March", "2019-01-01", "2022-03-31", None)]
    assert _dates("The plant will stay closed until March.") == [("March", "2022-03", "2022-03", "start")]
    assert _dates("The market will stay closed on Friday.") == [("on Friday", "2021-06-18", "2021-06-18", None)]
    # a past linking verb is the past cue
    assert _dates("The plant remained closed from 2019 until March.") == [
        ("from 2019 until March", "2019-01-01", "2021-03-31", None)]
    assert _dates("The market stayed closed on Friday.") == [("on Friday", "2021-06-11", "2021-06-11", None)]


# ---------------------------------------------------------------- Russian ordinal years
def test_russian_ordinal_years_keep_their_ending_and_make_ranges():
    assert _dates("С 2010-го по 2015-й год он жил в Москве.") == [("С 2010-го по 2015-й год", "2010", "2015", None)]
    assert _dates("С 2010-го по 2015-й он жил в Москве.") == [("С 2010-го по 2015-й", "2010", "2015", None)]
    assert _dates("В 1997-м он ушёл в отставку.", None) == [("1997-м", "1997", "1997", None)]
    assert _dates("В апреле 1999-го, после начала войны, он уехал.", None) == [("апреле 1999-го", "1999-04", "1999-04", None)]
    assert _dates("В 2001-м году он женился.", None) == [("2001-м году", "2001", "2001", None)]
    # a change of one year to another is no range
    assert [d[0] for d in _dates("В ночь с 1922-го на 1923-й всё изменилось.", None)] == ["1922-го", "1923-й"]
    # a decade in the plural keeps its own reading
    assert _dates("В 1990-е годы он жил в Москве.", None) == [("1990-е годы", "1990", "1999", None)]


# ---------------------------------------------------------------- "from X up to Y", "from X, until Y"
def test_from_up_to_and_a_comma_after_from_make_one_range():
    assert _dates("He was mayor from 2015 up to 2019.") == [("from 2015 up to 2019", "2015", "2019", None)]  # was 2015 alone
    assert _dates("He was mayor from 2015 up until 2019.") == [("from 2015 up until 2019", "2015", "2019", None)]
    assert _dates("He was mayor from March 2015 up to June 2019.") == [
        ("from March 2015 up to June 2019", "2015-03", "2019-06", None)]
    assert _dates("The office is shut from 1 March up to 15 March.")[0][:3] == (
        "from 1 March up to 15 March", "2021-03-01", "2021-03-15")
    assert _dates("He was mayor from 2015, until 2019.") == [("from 2015, until 2019", "2015", "2019", None)]
    assert _dates("He was mayor from March 2015, to June 2019.") == [
        ("from March 2015, to June 2019", "2015-03", "2019-06", None)]


def test_up_to_without_from_and_a_comma_without_from_are_no_range():
    assert _dates("In 2015 up to 2019 people came.") == [("2015", "2015", "2015", None)]
    assert [d[0] for d in _dates("He moved in March 2020, to June 2020.")] == ["March 2020", "June 2020"]
    assert _dates("She led the party, from 2005, to victory.") == [("2005", "2005", "2005", None)]
    assert _dates("He lived there from 2015, and 2019 was his best year.") == [("2015", "2015", "2015", None)]


# ---------------------------------------------------------------- "into 2021"
def test_a_year_after_into_that_ends_its_phrase_is_a_date():
    assert _dates("The dig continued into 2021.") == [("2021", "2021", "2021", None)]
    assert _dates("The war dragged on well into 1945, when it ended.") == [("1945", "1945", "1945", None)]
    assert _dates("The plan stretches into 2030 and beyond.") == [("2030", "2030", "2030", None)]


def test_a_number_after_into_that_counts_or_qualifies_is_no_year():
    assert _dates("The cake was cut into 2000 pieces.") == []
    assert _dates("The mill was converted into 1200 flats.") == []
    assert _dates("He put the money into 2021 bonds.") == []
    assert _dates("The pool was split into 2000 equal shares.") == []
    assert _dates("She ran into 2019 Wimbledon champion Halep.") == []


# ---------------------------------------------------------------- Turkish "sonuna kadar", nouns like a past
def test_turkish_part_of_a_month_or_year_up_to_kadar_is_open_at_its_start():
    assert _dates("Haziran sonuna kadar toplantı yapılacak.") == [("Haziran sonuna kadar", "2021-06-30", "2021-06-30", "start")]
    assert _dates("2020 yılının ortasına kadar bitirilecek.") == [("2020 yılının ortasına kadar", "2020-05", "2020-08", "start")]
    assert _dates("2020 yılının sonuna kadar bitirilecek.") == [("2020 yılının sonuna kadar", "2020-12-31", "2020-12-31", "start")]
    assert _dates("bu yılın sonuna kadar bitecek.") == [("bu yılın sonuna kadar", "2021-12-31", "2021-12-31", "start")]
    # the end of a range written before it, and a span from a start to today, are no open dates
    assert _dates("2019'dan 2020 yılının sonuna kadar kapalı kaldı.")[1][3] is None
    assert _dates("Howard 1974'den bugüne kadar parlamento üyesidir.", None) == [("1974'den bugüne kadar", "1974", "1974", "end")]
    assert _dates("2010'dan 2015'e kadar belediye başkanıydı.") == [("2010'dan 2015'e", "2010", "2015", None)]


def test_turkish_nouns_shaped_like_a_past_are_no_past_cue():
    # "toplantı" (meeting) read as a past: last Friday and June 2020
    assert _dates("Cuma günü toplantı yapılacak.") == [("Cuma günü", "2021-06-18", "2021-06-18", None)]
    assert _dates("Haziran sonunda toplantı yapılacak.") == [("Haziran sonunda", "2021-06-21", "2021-06-30", None)]
    assert _dates("Cuma günü ordu harekete geçecek.") == [("Cuma günü", "2021-06-18", "2021-06-18", None)]
    # a past verb is still a past
    assert _dates("Cuma günü toplantı yapıldı.") == [("Cuma günü", "2021-06-11", "2021-06-11", None)]
    assert _dates("Cuma günü ordu harekete geçti.") == [("Cuma günü", "2021-06-11", "2021-06-11", None)]


# ---------------------------------------------------------------- Russian "в тот же день", "на следующий день", "в том же году"
def test_russian_same_and_next_day_month_year_take_the_date_before():
    text = "Взрыв произошёл 5 мая 2019 года. В тот же день полиция задержала двоих."
    assert _dates(text)[1] == ("В тот же день", "2019-05-05", "2019-05-05", None)
    text = "Взрыв произошёл 5 мая 2019 года. На следующий день полиция задержала двоих."
    assert _dates(text)[1] == ("На следующий день", "2019-05-06", "2019-05-06", None)
    assert _dates("Атака произошла 3 марта 2020 года, в тот же вечер объявили траур.")[1] == (
        "в тот же вечер", "2020-03-03", "2020-03-03", None)
    assert _dates("Выборы прошли 4 марта 2018 года. Позже в том же месяце он ушёл.")[1] == (
        "в том же месяце", "2018-03", "2018-03", None)
    assert _dates("Взрыв произошёл в 2019 году. В том же году суд вынес приговор.")[1] == (
        "В том же году", "2019", "2019", None)


def test_russian_same_day_without_a_base_or_of_each_other_is_no_date():
    assert _dates("В тот же день полиция задержала двоих.") == []
    assert _dates("Они родились в один и тот же день.") == []
    # "в следующем году" stays the year after the publication (not counted from a year before)
    assert _dates("Взрыв произошёл в 2019 году. В следующем году суд вынесет приговор.")[1] == (
        "следующем году", "2022", "2022", None)
    # Turkish "aynı gün", "ertesi yıl" are not counted (the Turkish set marks them as no date)
    assert _dates("Saldırı 5 Mayıs 2019'da oldu. Aynı gün polis iki kişiyi gözaltına aldı.") == [
        ("5 Mayıs 2019'da", "2019-05-05", "2019-05-05", None)]


# ---------------------------------------------------------------- "in March last year"
def test_a_month_or_day_before_last_next_this_year_takes_that_year():
    # was March 2021 (the publication's year) beside "last year" 2020
    assert _dates("The plant opened in March last year.") == [
        ("March", "2020-03", "2020-03", None), ("last year", "2020", "2020", None)]
    assert _dates("The plant opened in March of last year.")[0] == ("March", "2020-03", "2020-03", None)
    assert _dates("The plant opened on 3 March last year.")[0] == ("3 March", "2020-03-03", "2020-03-03", None)
    assert _dates("The plant will open in May next year.")[0] == ("May", "2022-05", "2022-05", None)
    assert _dates("The plant has been closed since March last year.")[0] == ("March", "2020-03", "2021-06", None)
    assert _dates("The plant was closed from March to May last year.")[0] == (
        "from March to May", "2020-03", "2020-05", None)


def test_a_month_apart_from_the_relative_year_keeps_its_own_year():
    assert _dates("Sales in March, last year's best month, rose.")[0] == ("March", "2021-03", "2021-03", None)
    assert _dates("Sales rose in March. Last year they fell.")[0] == ("March", "2021-03", "2021-03", None)
    assert _dates("In March last year's champion lost.")[0] == ("March", "2021-03", "2021-03", None)
    assert _dates("The plant opened in March 2019 last year.")[0] == ("March 2019", "2019-03", "2019-03", None)


# ---------------------------------------------------------------- "ten days later", "two weeks later", "a month later"
def test_days_weeks_months_counted_from_the_date_before():
    text = "The trial began on 3 May 2019. Ten days later, he was acquitted."
    assert _dates(text)[1] == ("Ten days later", "2019-05-13", "2019-05-13", None)
    assert _dates("The trial began on 3 May 2019. Two weeks later, he was acquitted.")[1] == (
        "Two weeks later", "2019-05-17", "2019-05-17", None)
    assert _dates("The trial began on 3 May 2019, and he was freed a month later.")[1] == (
        "a month later", "2019-06", "2019-06", None)
    assert _dates("The trial began in May 2019. Three months later, he was acquitted.")[1] == (
        "Three months later", "2019-08", "2019-08", None)
    assert _dates("He was arrested on 3 May 2019. He had been warned five days earlier.")[1] == (
        "five days earlier", "2019-04-28", "2019-04-28", None)


def test_counted_days_that_compare_qualify_or_have_no_base_are_no_date():
    assert [d[0] for d in _dates("Prices rose 3% on 3 May 2019, from a week earlier.")] == ["3 May 2019"]
    assert [d[0] for d in _dates("The trial began on 3 May 2019. Nearly two weeks later, he was acquitted.")] == ["3 May 2019"]
    assert [d[0] for d in _dates("The trial began on 3 May 2019. Ten days later than planned, it ended.")] == ["3 May 2019"]
    assert _dates("Ten days later, he was acquitted.") == []
    # right after its date, the count says the date again ("Due 1/15/25, a week later.": later than planned)
    assert [d[0] for d in _dates("Due 15 January 2025, a week later.")] == ["15 January 2025"]
    # a day needs a day: after a month alone "two weeks later" names no day
    assert [d[0] for d in _dates("The trial began in May 2019. Two weeks later, he was acquitted.")] == ["May 2019"]


# ---------------------------------------------------------------- found in review
def test_a_russian_ordinal_ending_alone_makes_no_year_of_a_count():
    assert _dates("Юбилейный 1000-й матч команда проведёт в субботу.") == [("в субботу", "2021-06-19", "2021-06-19", None)]
    assert _dates("Он стал 2000-м посетителем выставки.") == []
    assert _dates("Это был его 1500-й гол в карьере.") == []
    assert _dates("Участок номер 1998-й продан.") == []
    # a year still after a word of time, or with "год"
    assert _dates("В 2005-м он вернулся.") == [("2005-м", "2005", "2005", None)]
    assert _dates("Вино 1997-го года стоит дорого.") == [("1997-го года", "1997", "1997", None)]


def test_a_turkish_noun_in_ti_after_a_voiced_sound_is_no_past_cue():
    # "-tı" is a past only after a voiceless consonant; "ayrıntılar" (details), "kalıntı" (remains) are nouns
    assert _dates("Cuma günü ayrıntılar açıklanacak.") == [("Cuma günü", "2021-06-18", "2021-06-18", None)]
    assert _dates("Cuma günü kalıntılar incelenecek.") == [("Cuma günü", "2021-06-18", "2021-06-18", None)]
    assert _dates("Cuma günü söylenti yayılacak.") == [("Cuma günü", "2021-06-18", "2021-06-18", None)]
    # real pasts in -tı/-dı keep their cue
    assert _dates("Cuma günü fiyatlar arttı.") == [("Cuma günü", "2021-06-11", "2021-06-11", None)]
    assert _dates("Cuma günü bakan açıklama yaptı.") == [("Cuma günü", "2021-06-11", "2021-06-11", None)]
    assert _dates("Cuma günü toplantı yapıldı.") == [("Cuma günü", "2021-06-11", "2021-06-11", None)]


def test_stay_remain_as_a_noun_before_a_past_keeps_the_past():
    # "stay", "remains" as nouns: the verb after them is the clause's past
    assert _dates("The court's stay expired in September.") == [("September", "2020-09", "2020-09", None)]
    assert _dates("The stay ended in September.") == [("September", "2020-09", "2020-09", None)]
    assert _dates("Its stay ended in September.") == [("September", "2020-09", "2020-09", None)]
    # the linking verbs after a modal or "not" still take the participle's past away
    assert _dates("The school will remain closed in September.") == [("September", "2021-09", "2021-09", None)]
    assert _dates("The town won't stay closed in September.") == [("September", "2021-09", "2021-09", None)]
    assert _dates("The plant remained closed in September.") == [("September", "2020-09", "2020-09", None)]


def test_a_part_of_a_period_before_the_noun_it_qualifies_has_no_open_side():
    assert _dates("Officials met after the end of June deadline.")[0][3] is None
    assert _dates("Before the end of June talks, both sides met.")[0][3] is None
    # an adverb after it, or the clause going on, keeps the bound
    assert _dates("The offer runs until the end of June only.")[0][3] == "start"
    assert _dates("By the end of June, sales fell.")[0][3] == "start"
    assert _dates("The firms must report by the end of June.")[0][3] == "start"


def test_a_name_like_a_month_before_last_year_stays_no_date():
    assert _dates("Theresa May last year said she would resign.") == [("last year", "2020", "2020", None)]
    assert _dates("Prime Minister Theresa May next year will face a vote.") == [("next year", "2022", "2022", None)]
    assert _dates("The vaccine was approved in March last year.") == [
        ("March", "2020-03", "2020-03", None), ("last year", "2020", "2020", None)]
