"""Rates ("$85 a barrel" → USD/bbl), earthquake magnitudes ("5.9-magnitude"), bounds written
after a Turkish figure ("17 milyon euronun üzerinde" → >), "from 5 to 7 percent" as a range,
and the news forms of the fifth round (issue 15): value, unit and qualifier of each."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures, format_figure


def figures(text: str) -> list[tuple[str, dict]]:
    return [(text[a:b], attrs) for a, b, attrs in find_figures(text)]


def as_shown(text: str) -> list[tuple[str, str]]:
    """Each figure's span and its value as the Figures view shows it."""
    return [(e, format_figure(a)) for e, a in figures(text)]


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Brent rose to $85 a barrel on Monday.", "$85 a barrel", 85, "USD/bbl"),
        ("They sit at a desk eight hours a day.", "eight hours a day", 8, "h/d"),
        ("Prices grew 20% a year.", "20% a year", 20, "%/y"),
        ("Tickets cost $500 per person.", "$500 per person", 500, "USD/person"),
        ("a dividend of $1.20 per share", "$1.20 per share", 1.2, "USD/share"),
        ("doing 20 squats a day", "20 squats a day", 20, "squats/d"),
        ("He drove at 90 km an hour.", "90 km an hour", 90, "km/h"),
        ("нефть стоит 85 долларов за баррель", "85 долларов за баррель", 85, "USD/bbl"),
        ("работали 8 часов в день", "8 часов в день", 8, "h/d"),
    ],
)
def test_a_figure_counted_against_one_unit_is_a_rate(text, exact, value, unit):
    assert [(e, a["value"], a["unit"]) for e, a in figures(text)] == [(exact, value, unit)]


@pytest.mark.parametrize(
    "text, exact, unit",
    [
        ("It cost $5 a year ago.", "$5", "USD"),  # "a year ago" is a date, not the rate's unit
        ("He left 10 days a week later.", "10 days", "d"),
        ("осадков 600 мм за год", "600 мм", "mm"),  # "за год" is the period, as "in a year"
        ("It lasted two days a day.", "two days", "d"),  # a unit of time is no rate of itself
    ],
)
def test_what_is_no_rate(text, exact, unit):
    assert [(e, a["unit"]) for e, a in figures(text)][:1] == [(exact, unit)]


_PER = [("a day", "d"), ("a week", "wk"), ("a month", "mo"), ("a year", "y"), ("per hour", "h"),
        ("a barrel", "bbl"), ("per tonne", "t"), ("per person", "person"), ("a share", "share")]


@given(amount=st.integers(min_value=1, max_value=999_999), per=st.sampled_from(_PER),
       money=st.sampled_from([("${}", "USD"), ("£{}", "GBP"), ("€{}", "EUR"), ("{} dollars", "USD")]))
def test_rates_of_any_amount(amount, per, money):
    form, currency = money
    written = form.format(f"{amount:,}")
    text = f"The fee was {written} {per[0]} last time."
    ((exact, attrs),) = figures(text)
    assert exact == f"{written} {per[0]}"
    assert (attrs["value"], attrs["unit"]) == (amount, f"{currency}/{per[1]}")


@pytest.mark.parametrize(
    "text, exact, value",
    [
        ("A 5.9-magnitude earthquake struck the coast.", "5.9-magnitude", 5.9),
        ("a magnitude 7.8 quake hit Nepal", "magnitude 7.8", 7.8),
        ("It measured 6.1 on the Richter scale.", "6.1 on the Richter scale", 6.1),
        ("a 7 magnitude tremor", "7 magnitude", 7),
        ("произошло землетрясение магнитудой 5,9", "магнитудой 5,9", 5.9),
        ("Richter ölçeğine göre 7.7 büyüklüğünde bir deprem", "7.7 büyüklüğünde", 7.7),
    ],
)
def test_earthquake_magnitudes(text, exact, value):
    assert figures(text) == [(exact, {"value": value, "unit": "magnitude", "scale": ""})]
    assert format_figure(figures(text)[0][1]) == f"{value} magnitude"


@given(whole=st.integers(min_value=1, max_value=9), tenth=st.integers(min_value=0, max_value=9),
       form=st.sampled_from(["a {}-magnitude earthquake", "a magnitude {} earthquake", "{} büyüklüğünde deprem",
                             "землетрясение магнитудой {}"]))
def test_magnitudes_of_any_value(whole, tenth, form):
    number = f"{whole}.{tenth}" if tenth else str(whole)
    written = number.replace(".", ",") if "магнитуд" in form else number
    ((_exact, attrs),) = figures(form.format(written))
    assert (attrs["value"], attrs["unit"]) == (float(number) if tenth else whole, "magnitude")


@pytest.mark.parametrize(
    "text, exact, shown",
    [
        ("Radcliffe 17 milyon euronun üzerinde para kazandı", "17 milyon euro", "> 17 000 000 EUR"),
        ("50 kişiden fazla yaralandı", "50 kişi", "> 50 people"),
        ("10 km'den az", "10 km", "< 10 km"),
        ("5 milyon doları aşkın para", "5 milyon dolar", "> 5 000 000 USD"),
        ("100 bin kişi civarında", "100 bin kişi", "≈ 100 000 people"),
    ],
)
def test_turkish_bounds_after_the_figure(text, exact, shown):
    assert as_shown(text) == [(exact, shown)]


@pytest.mark.parametrize(
    "text, exact, shown",
    [
        ("unemployment of from 5 to 7 percent", "5 to 7 percent", "5–7 %"),
        ("a tax of from $5 to $7 million", "$5 to $7 million", "5 000 000–7 000 000 USD"),
        ("Yörünge yüksekliği 330 km. ila 435 km. arasında değişir.", "330 km. ila 435 km", "330–435 km"),
        ("genelde 50 ila 800 kilogram arası", "50 ila 800 kilogram", "50–800 kg"),
        ("damages as high as US$ 10 billion", "US$ 10 billion", "≤ 10 000 000 000 USD"),
        ("children as young as 10 as soldiers", "10", "≥ 10 y"),
        ("prices as low as $3", "$3", "≥ 3 USD"),
        ("onlarca yıl süren savaşlar", "onlarca yıl", "≈ 20–100 y"),
        ("binlerce yıl boyunca", "binlerce yıl", "≈ 2 000–10 000 y"),
        ("15000 kilometre karelik bir alan", "15000 kilometre kare", "15 000 km²"),
    ],
)
def test_ranges_bounds_and_units_of_news(text, exact, shown):
    assert as_shown(text) == [(exact, shown)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Inflation rose from 5% to 7%.", ["5 %", "7 %"]),  # a change: two figures
        ("Sales increased sharply from $5m to $7m.", ["5 000 000 USD", "7 000 000 USD"]),
        ("binlerce yıl önce", []),  # a date
        ("Symbol Rate: 27.500 M Symbol", []),  # a capital M is no metre
    ],
)
def test_changes_dates_and_no_figures(text, expected):
    assert [format_figure(a) for _e, a in figures(text)] == expected


@pytest.mark.parametrize(
    "text, exact, shown",
    [
        ("ещё 10 пострадавших госпитализированы", "10 пострадавших", "10 people"),  # the injured, counted: people
        ("возбуждено 53 уголовных дела", "53 уголовных дела", "53 дела"),
        ("все 192 члена Генеральной Ассамблеи", "192 члена", "192 члена"),  # "все" before digits: still a count
        ("не должно превышать 1550 единиц", "1550 единиц", "≤ 1 550 единиц"),  # a count, not the year 1550; at most
        ("регион покинули уже 1883 организации", "1883 организации", "1 883 организации"),
        ("делал 7,7 результативных передач", "7,7 результативных передач", "7.7 передач"),
        ("набрав в сумме 219,11 баллов", "219,11 баллов", "219.11 баллов"),
        ("заключение сокращено и составит до шести месяцев", "шести месяцев", "≤ 6 mo"),
        ("грозит штрафом до 1 миллиона рублей", "1 миллиона рублей", "≤ 1 000 000 RUB"),
    ],
)
def test_russian_counts_and_bounds(text, exact, shown):
    assert as_shown(text) == [(exact, shown)]


@pytest.mark.parametrize(
    "text, shown",
    [
        ("2019 выборы прошли", []),  # a year
        ("2014 Олимпиада", []),
        ("в 2018 году", []),
        ("этих двух дел", []),  # a number in words after a demonstrative refers back
        ("выросло до 13 человек", ["13 people"]),  # "до" after a change is no bound
        ("было выпущено от двух до семи пуль", ["2–7 пуль"]),  # a range in words
        ("от двух до семи тысяч рублей", ["2 000–7 000 RUB"]),
        ("с 8 до 12 человек", ["12 people"]),
        ("экспорт вырос на 15% до 1,2 млн тонн", ["15 %", "1 200 000 t"]),
    ],
)
def test_russian_years_and_changes_are_no_counts_or_bounds(text, shown):
    assert [format_figure(a) for _e, a in figures(text)] == shown


@given(n=st.integers(min_value=1500, max_value=2099).filter(lambda n: n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14),
       noun=st.sampled_from(["единиц", "пациентов", "человек"]))  # numbers that take the genitive plural
def test_a_number_in_the_years_counts_a_noun_in_the_genitive_plural(n, noun):
    text = f"Всего там было {n} {noun} в прошлом."
    ((_e, attrs),) = figures(text)
    assert attrs["value"] == n and attrs["unit"] in (noun, "people")


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("etkin gerilimi 220 V, sanayide", "220 V", 220, "V"),
        ("напряжение 380 вольт", "380 вольт", 380, "V"),
        ("günlük 2000 kalori harcar", "2000 kalori", 2000, "kcal"),
        ("a meal of 800 calories", "800 calories", 800, "kcal"),
        ("36 Mbps olarak tanımlanır", "36 Mbps", 36, "Mbit/s"),
        ("a phone with 128 GB of storage", "128 GB", 128, "GB"),
        ("a 1,600 cc engine", "1,600 cc", 1600, "cm³"),
        ("Kıyıda ortalama sıcaklık 20 C, yağış", "20 C", 20, "°C"),
        ("Üre 132 C'de eriyen prizmalar", "132 C", 132, "°C"),
        ("Long, 7.25M ile şampiyon oldu", "7.25M", 7.25, "m"),  # a capital M on the digits: metres
    ],
)
def test_units_of_electricity_food_data_engines_and_spaced_celsius(text, exact, value, unit):
    assert [(e, a["value"], a["unit"]) for e, a in figures(text)] == [(exact, value, unit)]


@pytest.mark.parametrize("text", ["Henry V was crowned", "Room 12 C is closed", "in Group 3 C the heat rose"])
def test_letters_that_are_no_units(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Шестидесятивосьмилетняя Руссефф", "Шестидесятивосьмилетняя", 68, "y"),
        ("девятнадцатилетней Байлз", "девятнадцатилетней", 19, "y"),
        ("двадцатидвухлетнему Джареду", "двадцатидвухлетнему", 22, "y"),
        ("Тридцатичетырёхлетний форвард", "Тридцатичетырёхлетний", 34, "y"),
        ("с четырехпроцентным ростом", "четырехпроцентным", 4, "%"),
        ("ожидает 70-процентное увеличение", "70-процентное", 70, "%"),
        ("с 54 процентным преимуществом", "54 процентным", 54, "%"),
        ("на 20-долларовой купюре", "20-долларовой", 20, "USD"),
        ("примерно 545 тысячам избирателей", "545 тысячам избирателей", 545_000, "избирателей"),
        ("в 160 миллионах домов", "160 миллионах домов", 160_000_000, "домов"),
        ("имеет 220-летнюю историю", "220-летнюю", 220, "y"),
        ("27\u2011летнего водителя", "27\u2011летнего", 27, "y"),
        ("60-и летний мужчина", "60-и летний", 60, "y"),
        ("стоимостью пять миллионов долларов", "пять миллионов долларов", 5_000_000, "USD"),
        ("собрали три тысячи рублей", "три тысячи рублей", 3000, "RUB"),
        ("семь тысяч лет истории", "семь тысяч лет", 7000, "y"),
        ("стоимостью миллион долларов", "миллион долларов", 1_000_000, "USD"),
        ("помогали более миллиона волонтеров", "миллиона волонтеров", 1_000_000, "волонтеров"),
        ("акции упали на пять процентов", "пять процентов", 5, "%"),
        ("проиграл менее одного процента", "одного процента", 1, "%"),
        ("96-метровая часовая башня", "96-метровая", 96, "m"),
    ],
)
def test_russian_ages_shares_scales_and_money_in_words(text, exact, value, unit):
    assert [(e, a["value"], a["unit"]) for e, a in figures(text)] == [(exact, value, unit)]


_TENS_RU = [("двадцати", 20), ("тридцати", 30), ("сорока", 40), ("пятидесяти", 50), ("девяноста", 90)]
_UNITS_RU = [("", 0), ("двух", 2), ("трёх", 3), ("четырех", 4), ("пяти", 5), ("восьми", 8)]


@given(tens=st.sampled_from(_TENS_RU), units=st.sampled_from(_UNITS_RU),
       ending=st.sampled_from(["летний", "летнего", "летней", "летняя", "летнему"]))
def test_russian_ages_in_one_word(tens, units, ending):
    word = f"{tens[0]}{units[0]}{ending}"
    ((exact, attrs),) = figures(f"Суд оправдал {word} мужчину.")
    assert (exact, attrs["value"], attrs["unit"]) == (word, tens[1] + units[1], "y")


def test_years_ago_in_words_are_no_duration():
    assert figures("это было семь тысяч лет назад") == []


@pytest.mark.parametrize("text", ["Kepler 22b'nin yıldızı", "bir 3B oyun motoru"])
def test_a_letter_b_on_the_digits_is_no_scale_without_money(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, exact, shown",
    [
        ("families with three or more children", "three or more children", "≥ 3 children"),
        ("groups of 10 or fewer people", "10 or fewer people", "≤ 10 people"),
        ("10 people or more were hurt", "10 people", "≥ 10 people"),
        ("They control three of the five key bridges.", "three of the five key bridges", "3 bridges"),
        ("12 of its 40 members voted", "12 of its 40 members", "12 members"),
    ],
)
def test_or_more_and_partitives(text, exact, shown):
    assert as_shown(text) == [(exact, shown)]


@given(n=st.integers(min_value=2, max_value=999), extra=st.integers(min_value=1, max_value=999),
       noun=st.sampled_from(["members", "bridges", "children", "soldiers"]))
def test_a_part_of_a_counted_whole(n, extra, noun):
    text = f"Officials said {n} of the {n + extra} {noun} were safe."
    ((exact, attrs),) = figures(text)
    assert (exact, attrs["value"], attrs["unit"]) == (f"{n} of the {n + extra} {noun}", n, noun)


def test_one_or_more_says_no_amount():
    assert figures("It means one or more kinetic events.") == []


@pytest.mark.parametrize(
    "text, exact, value",
    [
        ("gemi 19 derece 20 dakika kuzey enleminde battı", "19 derece 20 dakika", 19.3333),
        ("125 derece 51 dakika doğu boylamı", "125 derece 51 dakika", 125.85),
    ],
)
def test_degrees_and_minutes_of_arc_are_one_angle(text, exact, value):
    assert [(e, a["value"], a["unit"]) for e, a in figures(text)] == [(exact, value, "°")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I lost twelve pounds on my diet.", [("twelve pounds", "12 lb")]),
        ("The baby weighed 8 pounds.", [("8 pounds", "8 lb")]),
        ("It cost ten pounds.", [("ten pounds", "10 pounds")]),  # money or weight: not said (the unit as written, as "10 pounds")
        ("200 pounds sterling", [("200 pounds sterling", "200 GBP")]),
    ],
)
def test_pounds_are_a_weight_where_the_sentence_speaks_of_one(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("temperatures of minus 10C", [("10C", "-10 °C")]),
        ("мороз минус 10 градусов", [("10 градусов", "-10 °C")]),
        ("Температура опустилась до -30 градусов.", [("-30 градусов", "-30 °C")]),  # (the minus in the span: 21st round)
        ("от 10-15 градусов", [("10-15 градусов", "10–15 °C")]),  # a dash between two numbers is no sign
        ("hava eksi 5 derece", [("5 derece", "-5 °C")]),  # "hava" (weather): a temperature
        ("Ankara'da 40 derece sıcaklık bekleniyor", [("40 derece", "40 °C")]),
        ("ekvatorun 37 derece güneyinde", [("37 derece", "37 °")]),  # an angle
        ("Deprem 7,8 büyüklüğündeydi.", [("7,8 büyüklüğündeydi", "7.8 magnitude")]),
        ("minus 5 people", [("5 people", "5 people")]),  # only a temperature takes the sign in words
        ("raised rates by 25 basis points", [("25 basis points", "25 bp")]),
        ("ставку снизили на 50 базисных пунктов", [("50 базисных пунктов", "50 bp")]),
        ("faizi 250 baz puan artırdı", [("250 baz puan", "250 bp")]),
        ("Ставка снижена до 7,5% годовых.", [("7,5%", "7.5 %")]),  # "до" after a change is no bound
    ],
)
def test_minus_in_words_basis_points_and_changes(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a 50,000-strong crowd", [("50,000-strong", "50 000 people")]),
        ("the 10,000-seat stadium", [("10,000-seat", "10 000 seats")]),
        ("a 12-member panel", [("12-member", "12 members")]),
        ("a 20-mile drive", [("20-mile", "20 mi")]),
        ("a 3-0 win for F-16 jets", []),
        ("1m people were affected", [("1m people", "1 000 000 people")]),
        ("3m cars were sold", [("3m cars", "3 000 000 cars")]),
        ("a 2m wall", [("2m", "2 m")]),  # metres before a singular noun
        ("people aged between 18 and 25", [("aged between 18 and 25", "18–25 y")]),
    ],
)
def test_joined_nouns_millions_in_m_and_age_ranges(text, expected):
    assert as_shown(text) == expected


@given(n=st.integers(min_value=2, max_value=999_999).filter(lambda n: not 1500 <= n <= 2099),
       noun=st.sampled_from([("seat", "seats"), ("page", "pages"), ("mile", "mi"), ("strong", "people")]))
def test_any_number_joined_to_a_noun(n, noun):
    written = f"{n:,}-{noun[0]}"
    assert as_shown(f"They built a {written} thing.") == [(written, f"{format_figure({'value': n})} {noun[1]}")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He was arrested twice.", [("twice", "2 times")]),
        ("Take it twice a day.", [("twice a day", "2 times/d")]),
        ("Enkazda 5 katlı bina çöktü.", [("5 katlı", "5 floors")]),
        ("He collected them in Twice Told Tales.", []),  # a title
        ("Twice he came back.", [("Twice", "2 times")]),
    ],
)
def test_twice_and_turkish_floors(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text", ["он находится на 14-м месте", "на 41-м километре трассы", "самолёт «Як-18Т» упал", "COVID-19 cases rose",
             "Ту-154 разбился"])
def test_ordinals_and_names_with_numbers_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("от трёх до пяти лет", [("трёх до пяти лет", "3–5 y")]),
        ("It takes five to seven years.", [("five to seven years", "5–7 y")]),
        ("iki ila üç yıl sürdü", [("iki ila üç yıl", "2–3 y")]),
        ("three or four days", [("three or four days", "3–4 d")]),
        ("held on to five days", [("five days", "5 d")]),  # "on" is no Turkish ten here: not low to high
    ],
)
def test_ranges_of_durations_in_words(text, expected):
    assert as_shown(text) == expected


_WORDS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@given(lo=st.integers(min_value=1, max_value=9), gap=st.integers(min_value=1, max_value=9),
       sep=st.sampled_from(["to", "or"]), unit=st.sampled_from([("years", "y"), ("days", "d"), ("hours", "h")]))
def test_word_ranges_of_any_two_small_numbers(lo, gap, sep, unit):
    hi = min(lo + gap, 10)
    if hi == lo:
        return
    text = f"It lasted {_WORDS_EN[lo - 1]} {sep} {_WORDS_EN[hi - 1]} {unit[0]} in all."
    ((_exact, attrs),) = figures(text)
    assert (attrs["value"], attrs["upper"], attrs["unit"]) == (lo, hi, unit[1])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The firm lost 10 million pounds last year.", [("10 million pounds", "10 000 000 GBP")]),
        ("He gained 5 thousand pounds in the deal.", [("5 thousand pounds", "5 000 GBP")]),
        ("They recalled 10 million pounds of beef.", [("10 million", "10 000 000")]),  # a weight: no money
        ("I lost twelve pounds.", [("twelve pounds", "12 pounds")]),  # a money verb alone: no weight (the unit as written)
        ("I lost twelve pounds on the diet.", [("twelve pounds", "12 lb")]),
        ("The baby weighs eight pounds.", [("eight pounds", "8 lb")]),
    ],
)
def test_pounds_after_a_scale_or_a_money_verb_are_no_weight(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She ran the 400m hurdles final.", [("400m", "400 m")]),
        ("He was fastest in the 100m heats.", [("100m", "100 m")]),
        ("the 200m freestyle", [("200m", "200 m")]),
        ("They raised £5m for charity.", [("£5m", "5 000 000 GBP")]),
        ("Some 1.5m people fled.", [("1.5m people", "≈ 1 500 000 people")]),
        ("Output is 3m barrels a day.", [("3m barrels a day", "3 000 000 bbl/d")]),
        ("The app has 3m users.", [("3m users", "3 000 000 users")]),
    ],
)
def test_a_small_integer_glued_to_m_before_a_sport_is_metres(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He went on to 15 years in prison.", [("15 years", "15 y")]),
        ("The case went on to 12 months.", [("12 months", "12 mo")]),
        ("on iki ila on beş yıl hapis", [("on iki ila on beş yıl", "12–15 y")]),
        ("five to seven years", [("five to seven years", "5–7 y")]),
    ],
)
def test_a_range_low_end_in_words_is_in_the_language_of_its_separator(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There were 1.5 million TB deaths.", [("1.5 million TB deaths", "1 500 000 deaths")]),
        ("The clinic saw 500 TB patients.", [("500 TB patients", "500 patients")]),
        ("It comes with 500 GB of storage.", [("500 GB", "500 GB")]),
        ("He bought a 2 TB drive.", [("2 TB", "2 TB")]),
        ("It holds 2 TB.", [("2 TB", "2 TB")]),
        ("a phone with 8 GB RAM", [("8 GB", "8 GB")]),
    ],
)
def test_tb_before_a_word_not_of_data_is_no_terabyte(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Inflation accelerated from 5% to 7%.", [("5%", "5 %"), ("7%", "7 %")]),
        ("Output recovered from 5% to 7%.", [("5%", "5 %"), ("7%", "7 %")]),
        ("Prices rose sharply from 5% to 7%.", [("5%", "5 %"), ("7%", "7 %")]),
        ("Rates are climbing from 5% to 7%.", [("5%", "5 %"), ("7%", "7 %")]),
        ("An update from 5% to 7% is due.", [("5% to 7%", "5–7 %")]),
        ("the government from 5% to 7%", [("5% to 7%", "5–7 %")]),
        ("a rate of from 5 to 7 percent", [("5 to 7 percent", "5–7 %")]),
        ("Estimates range from 5 to 7 percent.", [("5 to 7 percent", "5–7 %")]),
        ("Estimates ranged from 5 to 7 percent.", [("5 to 7 percent", "5–7 %")]),
    ],
)
def test_from_x_to_y_after_a_verb_is_a_change_else_a_range(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose 3% and lower rates followed.", [("3%", "3 %")]),
        ("Prices rose 3% and higher wages came later.", [("3%", "3 %")]),
        ("Rates of 3% or lower.", [("3%", "≤ 3 %")]),
        ("Rates of 3% or lower are rare.", [("3%", "≤ 3 %")]),
        ("a fall of 5% or more, analysts said", [("5%", "≥ 5 %")]),
    ],
)
def test_or_lower_after_a_figure_is_a_bound_only_where_it_ends_the_phrase(text, expected):
    assert as_shown(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kaynaklara göre daire 12C blokta.", []),  # "kaynak" is a source, not boiling
        ("Kaynağa göre oda 3F katında.", []),
        ("Kaynayan su 100C", [("100C", "100 °C")]),
        ("Süt 90C sıcaklıkta kaynatılır.", [("90C", "90 °C")]),
    ],
)
def test_turkish_source_is_no_cue_of_temperature(text, expected):
    assert as_shown(text) == expected


def test_each_bare_number_gives_way_to_its_own_compound():
    text = "A 50,000-strong army, a 5.9-magnitude quake and a 12,000-seat stadium: 3,000 people."
    assert as_shown(text) == [
        ("50,000-strong", "50 000 people"), ("5.9-magnitude", "5.9 magnitude"),
        ("12,000-seat", "12 000 seats"), ("3,000 people", "3 000 people")]
