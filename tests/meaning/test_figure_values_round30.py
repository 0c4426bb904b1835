"""Figure values, written for the thirtieth round: a word's capital or a model's name read as a unit, and a length of
time written in two units one after another."""

from __future__ import annotations

from desktop.meaning.compound_durations import joined_durations
from desktop.meaning.figures import find_figures


def _figures(text: str) -> list[tuple]:
    return [(text[s:e], a["value"], a["unit"], a.get("qualifier")) for s, e, a in find_figures(text)]


# ---------------------------------------------------------------- a word's capital, a model's name: no unit
def test_a_capital_joined_to_a_word_is_no_unit():
    assert _figures("The club handed out 400 T-shirts at the gate.") == []  # no 400 t
    assert _figures("The fund holds 20 T-bills of short maturity.") == []
    assert not any(unit == "t" for _p, _v, unit, _q in _figures("Volunteers packed 300 T-shirts and 50 caps."))


def test_a_unit_in_capitals_before_a_name_is_a_model():
    assert _figures("The army sent 50 M2 Bradley vehicles north.") == [("50 M2 Bradley vehicles", 50, "vehicles", None)]
    assert not any(unit == "m²" for _p, _v, unit, _q in _figures("It ordered 300 T-shirts and 50 M2 Bradley vehicles."))


def test_real_units_stay():
    assert _figures("The crane lifts 300 t at a time.") == [("300 t", 300, "t", None)]
    assert _figures("The ship carries 300 T of grain.") == [("300 T", 300, "t", None)]
    assert _figures("They rented 50 M2 of office space.") == [("50 M2", 50, "m²", None)]
    assert _figures("The flat has 50 m2 and a balcony.") == [("50 m2", 50, "m²", None)]
    assert _figures("The road is 5 km-long.") == [("5 km", 5, "km", None)]  # lower case: the unit holds
    assert _figures("They fielded 40 T-72 tanks.") == [("40 T-72 tanks", 40, "tanks", None)]  # (the earlier rule)


# ---------------------------------------------------------------- a length of time in two units: one figure
def test_two_units_of_time_are_one_figure_in_the_smaller_unit():
    assert _figures("The works take within 2 years and 3 months.") == [("2 years and 3 months", 27, "mo", "≤")]
    assert _figures("He served 4 years and 6 months in prison.") == [("4 years and 6 months", 54, "mo", None)]
    assert _figures("The flight took 3 hours 20 minutes.") == [("3 hours 20 minutes", 200, "min", None)]
    assert _figures("Он провёл в море 1 год 5 месяцев.") == [("1 год 5 месяцев", 17, "mo", None)]
    assert _figures("Срок составил 2 года и 3 месяца.") == [("2 года и 3 месяца", 27, "mo", None)]
    assert _figures("Kazı 2 yıl 3 ay sürdü.") == [("2 yıl 3 ay", 27, "mo", None)]
    assert _figures("The fast lasted 2 weeks and 3 days.") == [("2 weeks and 3 days", 17, "d", None)]


def test_parts_that_are_no_single_length_stay_apart():
    # the same unit twice, a rising order, parts apart, and a month's days (no fixed number) stay as they were
    assert _figures("He got 2 years and his aide 3 years.") == [("2 years", 2, "y", None), ("3 years", 3, "y", None)]
    assert _figures("It took 3 months and 2 years.") == [("3 months", 3, "mo", None), ("2 years", 2, "y", None)]
    assert _figures("It took 2 years, 3 months of it abroad.") == [("2 years", 2, "y", None), ("3 months", 3, "mo", None)]
    assert [p for p, *_ in _figures("Görevde bir yıl bir ay on dokuz gün kaldı.")] == ["bir yıl", "bir ay", "on dokuz gün"]
    assert _figures("The index rose 2% in 3 months.") == [("2%", 2, "%", None), ("3 months", 3, "mo", None)]


def test_joined_durations_leaves_bounded_or_ranged_parts():
    text = "2 years and 3 months"
    ranged = [(0, 7, {"value": 1, "upper": 2, "unit": "y", "scale": ""}), (12, 20, {"value": 3, "unit": "mo", "scale": ""})]
    assert joined_durations(text, ranged) == ranged
    bounded = [(0, 7, {"value": 2, "unit": "y", "scale": ""}), (12, 20, {"value": 3, "unit": "mo", "scale": "", "qualifier": ">"})]
    assert joined_durations(text, bounded) == bounded
    assert joined_durations("no figure", []) == []


# ---------------------------------------------------------------- an index's points (checked: read as written)
def test_an_index_points_keep_their_value_and_noun():
    assert _figures("Индекс Мосбиржи поднялся до 3000 пунктов.") == [("3000 пунктов", 3000, "пунктов", None)]
    assert _figures("The Dow rose 300 points.") == [("300 points", 300, "points", None)]


# ---------------------------------------------------------------- a concentration or a rate per litre, per cubic metre
def test_a_unit_per_litre_or_cubic_metre_is_one_unit():
    assert _figures("Readings above 4.9 mg/L point to an infection.") == [("4.9 mg/L", 4.9, "mg/l", ">")]
    assert _figures("The drink-driving limit is 0.5 g/l in France.") == [("0.5 g/l", 0.5, "g/l", None)]
    assert _figures("Dust on the site reached 2 mg/m3 last week.") == [("2 mg/m3", 2, "mg/m³", None)]
    assert _figures("The syrup holds 5 mg/mL of the drug.") == [("5 mg/mL", 5, "mg/ml", None)]
    assert _figures("The old diesel managed 15 km/l.") == [("15 km/l", 15, "km/l", None)]
    assert _figures("Sınır değeri 4,9 mg/L'dir.") == [("4,9 mg/L", 4.9, "mg/l", None)]


def test_a_per_litre_reading_needs_the_slash_or_per():
    assert _figures("It weighs 5 kg a little more than mine.") == [("5 kg", 5, "kg", None)]
    assert _figures("Add 4.9 mg, then 2 l of water.")[0] == ("4.9 mg", 4.9, "mg", None)
    assert _figures("The 50 mg pill comes in a 2 l bottle.")[0] == ("50 mg", 50, "mg", None)


# ---------------------------------------------------------------- a scaled or grouped number of times
def test_a_scaled_or_grouped_number_before_times_counts_times():
    assert _figures("The trailer was viewed 4.1 million times in two days.") == [
        ("4.1 million times", 4100000, "times", None), ("two days", 2, "d", None)]
    assert _figures("The post was shared 2,500 times.") == [("2,500 times", 2500, "times", None)]
    assert _figures("The clip was played 1.5m times.") == [("1.5m times", 1500000, "times", None)]  # no 1.5 metres
    assert _figures("Запись просмотрели 3 миллиона раз.") == [("3 миллиона раз", 3000000, "times", None)]
    assert _figures("Şarkı 10 milyon kez dinlendi.") == [("10 milyon kez", 10000000, "times", None)]


def test_times_that_is_no_count_of_times_is_left():
    assert _figures("Work out 3,000 times 4 first.") == [("3,000", 3000, "", None)]  # arithmetic: a number follows
    assert _figures("The wall is 1.5m high.") == [("1.5m", 1.5, "m", None)]
    assert _figures("The paper had 2 million Times readers.") == [("2 million Times readers", 2000000, "readers", None)]


def test_a_price_per_cubic_metre():
    assert _figures("Gas now costs €0.85 per cubic metre.") == [("€0.85 per cubic metre", 0.85, "EUR/m³", None)]


# ---------------------------------------------------------------- "over"/"under" naming a span or a heading: no bound
def test_over_after_a_verb_of_span_is_no_bound():
    assert _figures("The summit will be held over two days in Vienna.") == [("two days", 2, "d", None)]
    assert _figures("The fair runs over four days.") == [("four days", 4, "d", None)]
    assert _figures("The archive is spread over three floors.") == [("three floors", 3, "floors", None)]
    assert _figures("The debt will be repaid over 20 years.") == [("20 years", 20, "y", None)]
    assert _figures("The storm dumped rain that fell over 36 hours.") == [("36 hours", 36, "h", None)]


def test_under_after_a_verb_of_heading_is_no_bound():
    assert _figures("The complaints fall under three broad headings.") == [("three broad headings", 3, "headings", None)]
    assert _figures("The charges were grouped under two categories.") == [("two categories", 2, "categories", None)]


def test_over_and_under_as_bounds_stay():
    assert _figures("Over 300 people came to the rally.") == [("300 people", 300, "people", ">")]
    assert _figures("He paid over $5m for the house.") == [("$5m", 5000000, "USD", ">")]
    assert _figures("Prices grew over 10% last year.") == [("10%", 10, "%", ">")]
    assert _figures("Inflation fell under 2% in May.") == [("2%", 2, "%", "<")]
    assert _figures("Children under 12 years travel free.") == [("12 years", 12, "y", "<")]
    assert _figures("The talks lasted over two days.") == [("two days", 2, "d", ">")]  # lasted more than two days
    assert _figures("She waited over two hours.") == [("two hours", 2, "h", ">")]
    assert _figures("The play ran over 300 nights.") == [("300 nights", 300, "nights", ">")]


def test_two_lengths_in_a_row_are_two_figures_and_a_date_s_run_is_left():
    assert _figures("Суд дал им 2 года 6 месяцев и 1 год 4 месяца.") == [
        ("2 года 6 месяцев", 30, "mo", None), ("1 год 4 месяца", 16, "mo", None)]
    # part of a longer length written with a comma, and the runs a date reads: left as they were
    assert [p for p, *_ in _figures("Он прошёл путь за пять дней, шесть часов и 12 минут.")] == [
        "пять дней", "шесть часов", "12 минут"]
    assert [p for p, *_ in _figures("He has worked here for the last 6 years and 2 months.")] == ["6 years", "2 months"]
    assert [p for p, *_ in _figures("They moved 4 years and 5 months ago.")] == ["4 years", "5 months"]


# ---------------------------------------------------------------- review
def test_review_held_ran_staged_with_a_count_keep_the_bound():
    # only a length of time is a span after holding, running, staging: a count after them is a bound
    assert _figures("The rebels held over 30 hostages.") == [("30 hostages", 30, "hostages", ">")]
    assert _figures("The group staged over 20 protests.") == [("20 protests", 20, "protests", ">")]
    assert _figures("The firm runs over 50 stores.") == [("50 stores", 50, "stores", ">")]
    assert _figures("The archive is spread over three floors.") == [("three floors", 3, "floors", None)]


def test_review_a_word_of_lateness_after_keeps_the_bound():
    assert _figures("The event ran over 10 minutes late.") == [("10 minutes", 10, "min", ">")]
    assert _figures("The dam was built over 3 years behind schedule.") == [("3 years", 3, "y", ">")]
    assert _figures("The fair runs over four days.") == [("four days", 4, "d", None)]


def test_review_between_two_lengths_is_no_single_length():
    # "between … and …": the "and" is the range's
    assert [p for p, *_ in _figures("Sentences range between 2 years and 3 months.")] == ["2 years", "3 months"]
    assert [p for p, *_ in _figures("Сроки колебались между 2 годами и 3 месяцами.")] == ["2 годами", "3 месяцами"]
