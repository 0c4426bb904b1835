"""Figures read from what surrounds them (issue 15, sixth round): a number that designates
("Group 3 C.") or names a racing class ("125cc Şampiyonası"), an area or a volume whose ² or ³
was lost ("yüzölçümü 652 km"), a rate written once for a list, Turkish ranges opened by
"aralığı", Russian "до N лет" after people (under N), Turkish case endings before a bound
("Dolarını aşkın"), and a superlative with its noun left out ("Две самые известные")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from desktop.meaning.numbers import word_alternation


def figures(text: str) -> list[tuple[str, dict]]:
    return [(text[a:b], attrs) for a, b, attrs in find_figures(text)]


def read(text: str) -> list[tuple[str, object, object, str, str]]:
    """Span, value, upper end, unit and qualifier of each figure."""
    return [(e, a["value"], a.get("upper"), a["unit"], a.get("qualifier", "")) for e, a in figures(text)]


# ---------------------------------------------------------------- designations and classes
@pytest.mark.parametrize(
    "text",
    [
        "The heat wave hit the teams of Group 3 C. The fans waited.",
        "Sıcaklık Grup 3 C. takımlarını etkiledi.",
        "Rossi, Avrupa 125cc Şampiyonası'nda sürücüleri oldu.",
        "He won the 250cc class in the heat of August.",
        "She rode in the 125cc World Championship.",
    ],
)
def test_a_designation_or_a_racing_class_is_no_figure(text):
    assert figures(text) == []


def test_an_engine_size_before_a_make_stays_a_figure():
    assert read("He rode a 125cc Honda to work.") == [("125cc", 125, None, "cm³", "")]


def test_a_temperature_after_a_lower_case_word_stays_one():
    assert read("The heat was terrible: 40 C.") == [("40 C", 40, None, "°C", "")]


# ---------------------------------------------------------------- areas and volumes
@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("İlçenin yüzölçümü 652 km olup nüfusu azdır.", "652 km", 652, "km²"),
        ("Belediyeye bağlı, 1115 km yüzölçümüne sahip bir bucaktır.", "1115 km", 1115, "km²"),
        ("Normal su kotunda göl hacmi 870 m olarak ölçüldü.", "870 m", 870, "m³"),
        ("Normal su kotunda göl alanı 69 km'dir.", "69 km", 69, "km²"),
        ("Город площадью 50 км стоит на реке.", "50 км", 50, "km²"),
    ],
)
def test_a_length_named_an_area_or_a_volume_is_one(text, exact, value, unit):
    assert read(text) == [(exact, value, None, unit, "")]


@pytest.mark.parametrize(
    "text, exact, unit",
    [
        ("Merkez alanı 5 km uzaklıktadır.", "5 km", "km"),
        ("The area about 35km south of Mosul was shelled.", "35km", "km"),
        ("The area of 50 km around the town was closed.", "50 km", "km"),
    ],
)
def test_a_distance_stays_a_length(text, exact, unit):
    assert [(e, a["unit"]) for e, a in figures(text)] == [(exact, unit)]


@given(n=st.integers(min_value=1, max_value=99_999), word=st.sampled_from(["yüzölçümü", "alanı"]),
       tail=st.sampled_from(["", "'dir", " olup"]))
def test_any_length_after_a_word_of_area_is_squared(n, word, tail):
    ((exact, attrs),) = figures(f"Gölün {word} {n} km{tail}.")
    assert (exact, attrs["value"], attrs["unit"]) == (f"{n} km", n, "km²")


# ---------------------------------------------------------------- a rate shared by a list
def test_counts_listed_before_a_rate_share_it():
    assert [(e, a["unit"]) for e, a in figures("I do 20 push-ups, 20 sit-ups and 20 squats a day.")] == [
        ("20 push-ups", "push-ups/d"), ("20 sit-ups", "sit-ups/d"), ("20 squats a day", "squats/d")]


@pytest.mark.parametrize(
    "text, units",
    [
        ("We walked 5 km and picked 20 apples a day.", ["km", "apples/d"]),  # a length is no count of the list
        ("They lost 10 soldiers. Then 20 tanks a day.", ["soldiers", "tanks/d"]),  # no list across a full stop
    ],
)
def test_a_rate_is_not_shared_beyond_its_list(text, units):
    assert [a["unit"] for _e, a in figures(text)] == units


@given(counts=st.lists(st.tuples(st.integers(min_value=2, max_value=500),
                                 st.sampled_from(["apples", "pears", "squats", "laps", "letters"])),
                       min_size=2, max_size=4, unique_by=lambda c: c[1]),
       per=st.sampled_from([("day", "d"), ("week", "wk"), ("month", "mo")]))
def test_every_count_of_a_list_takes_its_rate(counts, per):
    listed = [f"{n} {noun}" for n, noun in counts]
    text = f"She eats {', '.join(listed[:-1])} and {listed[-1]} a {per[0]}."
    assert [(a["value"], a["unit"]) for _e, a in figures(text)] == [(n, f"{noun}/{per[1]}") for n, noun in counts]


# ---------------------------------------------------------------- Turkish ranges and bounds
@pytest.mark.parametrize(
    "text, exact, low, high, unit",
    [
        ("Çember mesafe aralığı 245 ve 325 cm olarak üretilir.", "245 ve 325 cm", 245, 325, "cm"),
        ("Sıcaklık 20 ile 30 derece aralığında değişir.", "20 ile 30 derece", 20, 30, "°"),
    ],
)
def test_a_turkish_interval_joins_a_range(text, exact, low, high, unit):
    ((got, attrs),) = figures(text)
    assert (got, attrs["value"], attrs["upper"]) == (exact, low, high)


def test_two_turkish_figures_without_an_interval_stay_two():
    assert [e for e, _a in figures("Boyu 245 ve 325 cm olan iki pota var.")] == ["245", "325 cm"]


@given(lo=st.integers(min_value=1, max_value=5000), gap=st.integers(min_value=1, max_value=5000),
       unit=st.sampled_from([("cm", "cm"), ("km", "km"), ("kg", "kg"), ("metre", "m")]))
def test_any_turkish_interval_is_a_range(lo, gap, unit):
    ((exact, attrs),) = figures(f"Mesafe aralığı {lo} ve {lo + gap} {unit[0]} olarak belirlendi.")
    assert (exact, attrs["value"], attrs["upper"], attrs["unit"]) == (f"{lo} ve {lo + gap} {unit[0]}", lo, lo + gap, unit[1])


@pytest.mark.parametrize(
    "text, exact, value, unit, qualifier",
    [
        ("Banka hesabındaki 500000 ABD Dolarını aşkın paraya el konuldu.", "500000 ABD Dolar", 500000, "USD", ">"),
        ("Hesaptaki 3 milyon dolarını kaybetti.", "3 milyon dolar", 3000000, "USD", ""),
        ("Şirket 50 yılı aşkın süredir çalışıyor.", "50 yılı", 50, "y", ">"),
        ("Gölde 100 kişiden fazla yüzdü.", "100 kişi", 100, "people", ">"),
    ],
)
def test_turkish_accusatives_and_bounds_after_them(text, exact, value, unit, qualifier):
    assert read(text) == [(exact, value, None, unit, qualifier)]


# ---------------------------------------------------------------- Russian
@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("Суд отменил запрет на продажу альбома лицам до восемнадцати лет.", 18, "y", "<"),
        ("Дети в возрасте до 14 лет проходят бесплатно.", 14, "y", "<"),
        ("Ему грозит лишение свободы до шести лет.", 6, "y", "≤"),
        ("Штраф составит до шести месяцев заработка.", 6, "mo", "≤"),
    ],
)
def test_russian_up_to_an_age_is_under_it(text, value, unit, qualifier):
    assert [(a["value"], a["unit"], a.get("qualifier")) for _e, a in figures(text)] == [(value, unit, qualifier)]


@given(n=st.integers(min_value=2, max_value=99),
       who=st.sampled_from(["лицам", "детям", "детей", "подросткам", "несовершеннолетним", "в возрасте"]))
def test_any_age_after_people_and_do_is_a_strict_bound(n, who):
    ((_exact, attrs),) = figures(f"Вход разрешён {who} до {n} лет.")
    assert (attrs["value"], attrs["unit"], attrs["qualifier"]) == (n, "y", "<")


def test_a_superlative_without_its_noun_counts_nothing_named():
    assert read("Шварц написал несколько работ. Две самые известные — это книги.") == [("Две", 2, None, "", "")]


def test_a_superlative_before_its_noun_counts_it():
    assert [(a["value"], a["unit"]) for _e, a in figures("Назвали две самые новые школы города.")] == [(2, "школы")]


# ---------------------------------------------------------------- counted nouns and units of news
@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Five gunmen attacked the convoy.", "Five gunmen", 5, "gunmen"),
        ("Two policemen died in the blast.", "Two policemen", 2, "policemen"),
        ("A survey of 709 schoolchildren was run.", "709 schoolchildren", 709, "schoolchildren"),
        ("Three women and 2 men were freed.", "Three women", 3, "women"),
        ("Maç 90 dk sürdü.", "90 dk", 90, "min"),
        ("Ödeme 30 dk. içinde yapılır.", "30 dk", 30, "min"),
    ],
)
def test_news_nouns_and_units(text, exact, value, unit):
    assert (exact, value, None, unit, "") in read(text)


@pytest.mark.parametrize("text", ["They took 3 specimen from the site.", "It was two omen.", "a 5 regimen",
                                  "Babylon 5 Komutanı Jeffrey Sinclair hemen bir ekip kurdu."])
def test_words_ending_in_men_that_are_no_plural_of_people(text):
    assert figures(text) == []


@given(n=st.integers(min_value=2, max_value=999_999),
       noun=st.sampled_from(["gunmen", "policemen", "firemen", "servicemen", "women", "grandchildren"]))
def test_any_count_of_men_women_or_children(n, noun):
    ((exact, attrs),) = figures(f"Officials said {n:,} {noun} were there.")
    assert (exact, attrs["value"], attrs["unit"]) == (f"{n:,} {noun}", n, noun)


@pytest.mark.parametrize(
    "text, exact, value",
    [
        ("Ему тогда было за 30, ей — 20.", "за 30", 30),
        ("Валентин Данилов, которому уже за 60, должен быть освобождён.", "за 60", 60),
        ("Он выступал, когда ему было уже далеко за 80, несмотря на болезнь.", "далеко за 80", 80),
    ],
)
def test_russian_over_an_age(text, exact, value):
    assert read(text) == [(exact, value, None, "y", ">")]


@pytest.mark.parametrize("text", ["На улице было за 40.", "Ему заплатили за 30 дней работы вперёд."])
def test_za_without_an_age_is_no_age(text):
    assert all(a.get("qualifier") != ">" for _e, a in figures(text))


@given(n=st.integers(min_value=1, max_value=120), who=st.sampled_from(["Ему", "Ей", "Которому"]),
       between=st.sampled_from(["", " уже", " тогда было", " было уже"]))
def test_any_age_after_za_is_over_it(n, who, between):
    ((exact, attrs),) = figures(f"{who}{between} за {n}, но он работает.")
    assert (exact, attrs["value"], attrs["unit"], attrs["qualifier"]) == (f"за {n}", n, "y", ">")


@pytest.mark.parametrize(
    "text, exact, value, unit, qualifier",
    [
        ("Это повлекло смерть двух и более человек.", "двух и более человек", 2, "people", "≥"),
        ("Зафиксировано 5 и менее случаев.", "5 и менее случаев", 5, "случаев", "≤"),
    ],
)
def test_russian_and_more_between_the_number_and_its_noun(text, exact, value, unit, qualifier):
    assert read(text) == [(exact, value, None, unit, qualifier)]


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Exports fell by 5 billion yen.", "5 billion yen", 5_000_000_000, "JPY"),
        ("Şirket 5 milyar yen zarar etti.", "5 milyar yen", 5_000_000_000, "JPY"),
        ("Убыток составил 100 млн иен.", "100 млн иен", 100_000_000, "JPY"),
        ("The deal was worth 3.5bn Swiss francs.", "3.5bn Swiss francs", 3_500_000_000, "CHF"),
        ("Ceza 20 İsviçre frangı oldu.", "20 İsviçre frangı", 20, "CHF"),
    ],
)
def test_yen_and_swiss_francs(text, exact, value, unit):
    assert read(text) == [(exact, value, None, unit, "")]


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Araç saatte 120 kilometre hızla gidiyordu.", "120 kilometre", 120, "km/h"),
        ("İşçiler günde 8 saat çalışıyor.", "8 saat", 8, "h/d"),
        ("Fabrika yılda 5 milyon ton çelik üretiyor.", "5 milyon ton", 5_000_000, "t/y"),
        ("Ses saniyede 340 metre yol alır.", "340 metre", 340, "m/s"),
    ],
)
def test_a_turkish_rate_names_its_unit_first(text, exact, value, unit):
    assert read(text) == [(exact, value, None, unit, "")]


def test_a_turkish_year_is_no_rate():
    assert read("2010 yılında 5 milyon ton çelik üretildi.") == [("5 milyon ton", 5_000_000, None, "t", "")]


@given(n=st.integers(min_value=2, max_value=999),
       per=st.sampled_from([("saatte", "h"), ("günde", "d"), ("haftada", "wk"), ("ayda", "mo"), ("yılda", "y")]),
       unit=st.sampled_from([("km", "km"), ("ton", "t"), ("kilometre", "km"), ("litre", "l")]))
def test_any_turkish_rate(n, per, unit):
    ((_exact, attrs),) = figures(f"Tesis {per[0]} {n} {unit[0]} işliyor.")
    assert (attrs["value"], attrs["unit"]) == (n, f"{unit[1]}/{per[1]}")


@pytest.mark.parametrize(
    "text, exact, value, unit, qualifier",
    [
        ("Во время штурма погибли около 80 его последователей.", "80 его последователей", 80, "последователей", "≈"),
        ("Своих постов лишились три его заместителя.", "три его заместителя", 3, "заместителя", ""),
        ("Суд оправдал двух её помощников.", "двух её помощников", 2, "помощников", ""),
        ("Он собрал пять «Оскаров».", "пять «Оскаров»", 5, "оскаров", ""),
        ("На счету актёра два «Золотых глобуса».", "два «Золотых глобуса»", 2, "золотых глобуса", ""),
        ("В думе 29 комитетов, 15 из них возглавят единороссы.", "15 из них", 15, "", ""),
        ("Он попадал в аварии, в шести из которых был виновен.", "шести из которых", 6, "", ""),
        ("Участники были старше 18, но моложе 23 лет.", "старше 18", 18, "y", ">"),
    ],
)
def test_russian_counts_with_a_possessive_in_quotes_or_of_them(text, exact, value, unit, qualifier):
    assert (exact, value, None, unit, qualifier) in read(text)


@pytest.mark.parametrize("text", ["Статья 5 «Закона о СМИ» изменена.", "В 2012 «Спартак» выиграл.", "Одна из них ушла."])
def test_a_label_a_year_or_one_is_no_such_count(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, qualifier", [("лица старше 18 лет", ">"), ("children younger than 5 years", "<"),
                                             ("дети младше 7 лет", "<")])
def test_older_and_younger_than_are_bounds(text, qualifier):
    ((_exact, attrs),) = figures(text)
    assert attrs["qualifier"] == qualifier


@given(n=st.integers(min_value=2, max_value=999),
       name=st.sampled_from(["Оскаров", "Золотых глобусов", "Грэмми", "Ник"]))
def test_any_count_of_a_name_in_quotes(n, name):
    ((exact, attrs),) = figures(f"Фильм получил {n} «{name}» в этом году.")
    assert (exact, attrs["value"], attrs["unit"]) == (f"{n} «{name}»", n, name.lower())


@pytest.mark.parametrize("text, found", [("Festival bir gün sürer.", [("bir gün", 1, None, "d", "")]),
                                         ("Bir gün boyunca bekledi.", [("Bir gün", 1, None, "d", "")]),
                                         ("Bir gün eve döndü.", [])])
def test_turkish_one_day_is_a_duration_only_when_it_lasts(text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text, exact, value, unit, qualifier",
    [
        ("About 350 Syrians work for the farm.", "350 Syrians", 350, "syrians", "≈"),
        ("The fund will reach 2 million Syrians in the north.", "2 million Syrians", 2_000_000, "syrians", ""),
        ("Three Americans were killed.", "Three Americans", 3, "americans", ""),
        ("At least 10 U.S. Marines died.", "10 U.S. Marines", 10, "marines", "≥"),
        ("Police said 10 Iraqis died.", "10 Iraqis", 10, "iraqis", ""),
        ("Officials detained 12 Chinese yesterday.", "12 Chinese", 12, "chinese", ""),
        ("They destroyed four VBIEDs.", "four VBIEDs", 4, "VBIEDs", ""),
        ("Militants had abducted two Moroccans.", "two Moroccans", 2, "moroccans", ""),
        ("Two Afghans died.", "Two Afghans", 2, "afghans", ""),
    ],
)
def test_peoples_counted_by_their_name(text, exact, value, unit, qualifier):
    assert read(text) == [(exact, value, None, unit, qualifier)]


@pytest.mark.parametrize("text", ["He lives at 10 Evans Road.", "In 2016 Russians voted.", "The Six Feet Under cast met.",
                                  "2 Uluslararası Finans Merkezi yükseldi.", "The Man With Two Brians aired.",
                                  "Sunrise: A Song of Two Humans, a film."])
def test_a_street_a_year_or_a_title_counts_no_people(text):
    assert figures(text) == []


@given(n=st.integers(min_value=2, max_value=99_999),
       people=st.sampled_from(["Syrians", "Afghans", "Europeans", "Israelis", "Kurds", "Lebanese"]))
def test_any_count_of_a_people(n, people):
    ((exact, attrs),) = figures(f"Aid reached {n:,} {people} last month.")
    assert (exact, attrs["value"], attrs["unit"]) == (f"{n:,} {people}", n, people.lower())


@pytest.mark.parametrize("text, value", [("Ему за 40 лет.", 40), ("Ей было уже за семьдесят лет.", 70)])
def test_russian_over_an_age_with_its_years(text, value):
    assert [(a["value"], a["unit"], a.get("qualifier")) for _e, a in figures(text)] == [(value, "y", ">")]


def test_paid_for_years_is_no_age_bound():
    assert [a.get("qualifier") for _e, a in figures("Ему заплатили за 30 лет работы.")] == [None]


_HUNDREDS = {2: ("двумстам", "двумястами", "двухстах"), 3: ("трёмстам", "тремястами", "трёхстах"),
             4: ("четырёмстам", "четырьмястами", "четырёхстах"), 5: ("пятистам", "пятьюстами", "пятистах"),
             6: ("шестистам", "шестьюстами", "шестистах"), 7: ("семистам", "семьюстами", "семистах"),
             8: ("восьмистам", "восемьюстами", "восьмистах"), 9: ("девятистам", "девятьюстами", "девятистах")}


@given(hundreds=st.integers(min_value=2, max_value=9), case=st.integers(min_value=0, max_value=2))
def test_every_hundred_in_the_dative_instrumental_and_prepositional(hundreds, case):
    word = _HUNDREDS[hundreds][case]
    ((exact, attrs),) = figures(f"Дом стоит в {word} метрах от реки.")
    assert (exact, attrs["value"], attrs["unit"]) == (f"{word} метрах", 100 * hundreds, "m")


@pytest.mark.parametrize("text, found", [("100-plus officers were deployed.", [("100-plus officers", 100, None, "officers", ">")]),
                                         ("Officials said 40-plus years had passed.", [("40-plus years", 40, None, "y", ">")]),
                                         ("The 60-plus nation coalition met.", [("60-plus", 60, None, "", ">")])])
def test_n_plus_takes_the_noun_it_counts(text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Kazada beş kişi öldü, iki kişi yaralandı.", [("beş kişi", 5, None, "people", ""), ("iki kişi", 2, None, "people", "")]),
        ("Üç kişilik ekip yola çıktı.", [("Üç kişilik", 3, None, "people", "")]),
        ("Kazada on iki kişi öldü.", [("on iki kişi", 12, None, "people", "")]),
        ("Bir kişi geldi.", []),
        ("2 bin 500 polis görev aldı.", [("2 bin 500 polis", 2500, None, "polis", "")]),
        ("18 yaşından küçükler giremez.", [("18 yaşından küçük", 18, None, "y", "<")]),
        ("65 yaş ve üzeri vatandaşlar evde kaldı.", [("65 yaş ve üzeri", 65, None, "y", "≥")]),
        ("12 yaşın altındaki çocuklar aşılanmadı.", [("12 yaşın altındaki", 12, None, "y", "<")]),
        ("14 yaşında büyük bir başarı kazandı.", [("14 yaşında", 14, None, "y", "")]),
        ("16 yaş altı milli takımında oynadı.", []),
    ],
)
def test_turkish_people_in_words_ages_compared_and_numbers_in_parts(text, found):
    assert read(text) == found


@given(n=st.integers(min_value=2, max_value=99), word=st.sampled_from(["kişi", "kişilik", "kişiyi"]))
def test_any_turkish_people_count_in_words(n, word):
    tens, units = divmod(n, 10)
    tr_tens = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"][tens]
    tr_units = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"][units]
    number = " ".join(w for w in (tr_tens, tr_units) if w)
    ((exact, attrs),) = figures(f"Olayda {number} {word} etkilendi.")
    assert (exact, attrs["value"], attrs["unit"]) == (f"{number} {word}", n, "people")


@given(n=st.integers(min_value=1, max_value=99), form=st.sampled_from([("yaşından küçük", "<"), ("yaşından büyük", ">"),
                                                                      ("yaş ve üzeri", "≥"), ("yaşın altındaki", "<")]))
def test_any_turkish_age_compared(n, form):
    ((exact, attrs),) = figures(f"Kural {n} {form[0]} herkes için geçerli.")
    assert (exact, attrs["value"], attrs["unit"], attrs["qualifier"]) == (f"{n} {form[0]}", n, "y", form[1])


# ---------------------------------------------------------------- the number words' regex
@given(words=st.lists(st.text(alphabet="абвдеёxyz", min_size=1, max_size=6), min_size=1, max_size=30, unique=True),
       probe=st.text(alphabet="абвдеёxyz", max_size=8))
def test_the_word_tree_matches_as_the_longest_first_alternation(words, probe):
    tree = re.compile(word_alternation(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert all(tree.fullmatch(w) for w in words)
    found, expected = tree.match(probe), plain.match(probe)
    assert (found and found.group()) == (expected and expected.group())
