"""Figures found, twenty-ninth round (issue 15, figure recall): people named by what befell them after a Russian scale
word ("10 тысяч пострадавших"), a bound before a formation's number ("About 617 Squadron crews": no figure), and a
capital alone before a hyphen and a digit as a model's name, no unit ("three T-72 tanks"). Sentences written for the
round."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures
from desktop.suggest import detect


def _read(text: str) -> list[tuple[str, object, str]]:
    return [(text[a:b], x["value"], x.get("unit", "")) for a, b, x in find_figures(text)]


def _suggested(text: str) -> list[tuple[str, object, str, str]]:
    return [(s.exact, s.attributes.get("value"), s.attributes.get("unit", ""), s.attributes.get("qualifier", ""))
            for s in detect(text, kinds=("figure",))]


# --- Russian: people named by what befell them, after a scale word ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Более 10 тысяч пострадавших доставлены в больницы.", ("10 тысяч пострадавших", 10000, "people", ">")),
        ("По данным властей, в регионе 2 тыс. погибших.", ("2 тыс. погибших", 2000, "people", "")),
        ("Число жертв превысило 1,5 тысячи погибших.", ("1,5 тысячи погибших", 1500, "people", ">")),
        ("В стране уже 3 миллиона заболевших гриппом.", ("3 миллиона заболевших", 3000000, "people", "")),
        ("Около 5 тысяч раненых эвакуировали на юг.", ("5 тысяч раненых", 5000, "people", "≈")),
        ("Врачи спасли 12 тысяч инфицированных.", ("12 тысяч инфицированных", 12000, "people", "")),
    ],
)
def test_people_befallen_after_a_russian_scale(text, expected):
    assert expected in _suggested(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun after the participle is still what is counted, as before
        ("10 тысяч пострадавших пассажиров получили компенсацию.", ("10 тысяч пострадавших пассажиров", 10000, "пассажиров", "")),
        ("В городе 10 тысяч жителей.", ("10 тысяч жителей", 10000, "жителей", "")),
        # an adjective that names no people is no unit; money stays money
        ("На складе 10 тысяч новых.", ("10 тысяч", 10000, "", "")),
        ("Выделено 10 тысяч рублей для пострадавших.", ("10 тысяч рублей", 10000, "RUB", "")),
        # without a scale word the count rules read the participle, as before
        ("Пострадали 10 тысяч, из них 200 погибших.", ("10 тысяч", 10000, "", "")),
        ("Пострадали 10 тысяч, из них 200 погибших.", ("200 погибших", 200, "people", "")),
    ],
)
def test_russian_scale_without_people_befallen(text, expected):
    assert expected in _suggested(text)


def test_a_participle_not_of_people_is_no_unit():
    assert ("10 тысяч", 10000, "", "") in _suggested("Продано 10 тысяч проданных ранее.")


# --- a bound before a formation's number ---

@pytest.mark.parametrize(
    "text",
    [
        "About 617 Squadron crews were lost over Germany.",
        "More than 16 Air Assault Brigade soldiers were deployed.",
        "At least 40 Commando Royal Marines landed at dawn.",
        "Nearly 3 Commando Brigade units moved north.",
    ],
)
def test_a_bound_before_a_formations_number_gives_nothing(text):
    assert _suggested(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 600 airmen of 617 Squadron were lost.", ("600 airmen", 600, "airmen", "≈")),
        ("About 617 squadron members attended the reunion.", ("617 squadron members", 617, "members", "≈")),
        ("At least 12 Parachute Regiment soldiers were hurt.", ("12 Parachute Regiment soldiers", 12, "soldiers", "≥")),
        ("About 70 London Fire Brigade firefighters attended.", ("70 London Fire Brigade firefighters", 70, "firefighters", "≈")),
        ("Nearly 300 people attended the service.", ("300 people", 300, "people", "≈")),
    ],
)
def test_bounds_still_read_beside_formations(text, expected):
    assert expected in _suggested(text)


# --- a capital alone before a hyphen and a digit is a model's name ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army lost three T-72 tanks near the river.", ("three T-72 tanks", 3, "tanks")),
        ("The army lost 3 T-72 tanks near the river.", ("3 T-72 tanks", 3, "tanks")),
        ("Rebels captured 14 T-55 tanks and two trucks.", ("14 T-55 tanks", 14, "tanks")),
        ("Two C-130 transport planes landed at dawn.", ("Two C-130 transport planes", 2, "planes")),
    ],
)
def test_a_models_letter_is_no_unit(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant makes 40 t of steel a day.", ("40 t", 40, "t")),
        ("The crane lifts 12 T at most.", ("12 T", 12, "t")),
        ("It weighed 5 t-6 t.", ("5 t-6 t", 5, "t")),
        ("The road is 3 m-wide.", ("3 m", 3, "m")),
        ("The tower is 30 m tall.", ("30 m", 30, "m")),
        ("Tomorrow 15°C-20°C, cooler at night.", ("15°C-20°C", 15, "°C")),  # a range of a unit ending in a capital
    ],
)
def test_units_of_one_letter_still_read(text, expected):
    assert expected in _read(text)


# --- Turkish: the nouns counted right after a number, after a scale word too ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maçı 40 bin seyirci izledi.", ("40 bin seyirci", 40000, "seyirci")),
        ("Kente geçen yıl 2 milyon turist geldi.", ("2 milyon turist", 2000000, "turist")),
        ("Depremden 3 bin aile etkilendi.", ("3 bin aile", 3000, "aile")),
        ("Stadyumu 50 bin taraftar doldurdu.", ("50 bin taraftar", 50000, "taraftar")),
        ("Müzeyi 100 bin ziyaretçi gezdi.", ("100 bin ziyaretçi", 100000, "ziyaretçi")),
    ],
)
def test_turkish_first_nouns_after_a_scale(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Şehirde 10 bin öğrenci okuyor.", ("10 bin öğrenci", 10000, "öğrenci")),  # (as before)
        ("Şehirde 10 bin kişi yaşıyor.", ("10 bin kişi", 10000, "people")),
        ("Maçı 40 seyirci izledi.", ("40 seyirci", 40, "seyirci")),
        ("Şehirde 10 bin yeni konut var.", ("10 bin", 10000, "")),  # an adjective between: no noun read
    ],
)
def test_turkish_counts_beside_the_scale_rule(text, expected):
    assert expected in _read(text)


def test_a_capitalised_word_after_a_turkish_scale_is_no_count():
    assert all(unit != "turist" for _exact, _value, unit in _read("Bu kitabın adı 2 Milyon Turist Rehberi."))


# --- Kazakh: number words before a unit, units of time after digits ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Митингке бес мың адам қатысты.", ("бес мың адам", 5000, "people")),
        ("Бағасы жиырма пайызға өсті.", ("жиырма пайыз", 20, "%")),
        ("Ол он бес шақырым жаяу жүрді.", ("он бес шақырым", 15, "km")),
        ("Билет екі жүз теңге тұрады.", ("екі жүз теңге", 200, "KZT")),
        ("Компания үш миллион доллар жоғалтты.", ("үш миллион доллар", 3000000, "USD")),
        ("Ауданда қырық мың гектар егіс бар.", ("қырық мың гектар", 40000, "ha")),
        ("Зауыт екі мың екі жүз тонна өнім шығарды.", ("екі мың екі жүз тонна", 2200, "t")),
        ("Ол он бес жыл түрмеде отырды.", ("он бес жыл", 15, "y")),
        ("Жиналыс аптасына үш рет өтеді.", ("үш рет", 3, "times")),
        ("Бір миллион тонна астық жиналды.", ("Бір миллион тонна", 1000000, "t")),
        ("Төрт мың бір жүз жетпіс бір адам тұмау жұқтырған.", ("Төрт мың бір жүз жетпіс бір адам", 4171, "people")),
    ],
)
def test_kazakh_number_words_before_a_unit(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ол 5 сағат күтті.", ("5 сағат", 5, "h")),
        ("Науқас 10 күн ауруханада жатты.", ("10 күн", 10, "d")),
        ("Ол 5 жыл жұмыс істеді.", ("5 жыл", 5, "y")),
        ("Ол 10 жылдан бері осында тұрады.", ("10 жыл", 10, "y")),
        ("Жөндеу 3 айға созылды.", ("3 ай", 3, "mo")),
        ("Емтихан жылына 4 рет өтеді.", ("4 рет", 4, "times")),
    ],
)
def test_kazakh_units_of_time_after_digits(text, expected):
    assert expected in _read(text)


def test_kazakh_range_of_days():
    assert [(5, 6, "d")] == [(x["value"], x.get("upper"), x["unit"]) for _a, _b, x in find_figures("Жөндеу 5 – 6 күнге созылады.")]


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("Бір адам қаза тапты.", ("Бір адам", 1, "people")),  # "бір": a, one
        ("Бес жыл бұрын мектеп салынды.", ("Бес жыл", 5, "y")),  # ago: the date's
        ("Айыппұл 15 айлық есептік көрсеткіш.", ("15 ай", 15, "mo")),  # the monthly index, not 15 months
        ("Ол бес бүтін оннан үш пайызға дейін төмендеді.", ("үш пайыз", 3, "%")),  # a decimal in words (5.3 %)
        ("Соның арқасында 2 , 5 мың тонна бидай жиналды.", ("мың тонна", 1000, "t")),  # the end of a number in digits
        ("Бағасы он-он бес мың теңге.", ("бес мың теңге", 5000, "KZT")),  # a range's second end
        ("Ол он бес жылы келді.", ("он бес жыл", 15, "y")),  # "жылы": in the year
        ("Ол 2020 жылдан бері осында тұрады.", ("2020 жыл", 2020, "y")),  # a year (four digits), no length
    ],
)
def test_kazakh_words_that_give_no_such_figure(text, not_expected):
    assert not_expected not in _read(text)


@pytest.mark.parametrize("text", ["Он сказал, что бес попутал.", "Он бес минут не ждал."])
def test_kazakh_words_need_a_kazakh_letter_near(text):
    assert all(unit not in ("min", "people") for _e, _value, unit in _read(text))


# --- review (round 29): a range of a one-letter unit; Russian minutes beside Kazakh text ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The motor gives 12 V-18 V.", ("12 V", 12, "V")),  # a range's first end, as on the base (not a model)
        ("Loads of 2 T-3 T were lifted.", ("2 T", 2, "t")),
        ("Output 12 V-24 V, 3 A.", ("12 V", 12, "V")),
        ("Rebels captured 20 T-90A tanks.", ("20 T-90A tanks", 20, "tanks")),  # a model's letter after its number
    ],
)
def test_a_range_of_a_capital_unit_is_no_model(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Қазақстан: через 3 минуты после взрыва прибыли врачи.", ("3 минуты", 3, "min")),
        ("Өскемен. Через 2 секунды всё кончилось.", ("2 секунды", 2, "s")),
    ],
)
def test_russian_minutes_beside_kazakh_text_keep_their_span(text, expected):
    assert expected in _read(text)


# --- review (round 29): the folded sentence-opening test keeps each caller's reading ---

@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("Книга - Двенадцать стульев - вышла снова.", "Двенадцать стульев"),  # a title after a hyphen, as on the base
        ("Бестселлер - Три мушкетёра - переиздан.", "Три мушкетёра"),
        ("Almanya - Leopard 2 tankı gönderdi.", "2 tankı"),  # a model's name after a hyphen
    ],
)
def test_a_hyphen_opens_no_sentence_for_the_count_rules(text, not_expected):
    assert all(exact != not_expected for exact, *_ in _suggested(text))


def test_a_dateline_hyphen_still_opens_a_sentence_for_the_amounts():
    from desktop.meaning.numbers import opens_sentence
    text = "LONDON - Tens of thousands marched."
    assert opens_sentence(text, 9, datelines=True) and not opens_sentence(text, 9)
    assert ("Tens of thousands", 20000, "", "≈") in _suggested(text)
