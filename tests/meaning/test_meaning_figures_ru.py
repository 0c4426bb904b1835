"""Russian figures (desktop/meaning/numbers_ru.py and the Russian forms of figures.py, through
find_figures): counts in words and digits, collective numerals, ages and lengths in words,
"дважды", ranges "от … до …", and what is no count (labels, ordinals, titles).

Sentences are written for these tests in the style of Russian news (none is from a corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from desktop.meaning.numbers_ru import RU_NUMBER_WORDS, words_value


def figures(text: str) -> list[tuple[str, dict[str, object]]]:
    return [(text[s:e], {k: v for k, v in a.items() if k != "scale"}) for s, e, a in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Президент уволил двух генералов полиции.", [("двух генералов", {"value": 2, "unit": "генералов"})]),
        ("Глава одного из пяти крупнейших мафиозных кланов убит.",
         [("пяти крупнейших мафиозных кланов", {"value": 5, "unit": "кланов"})]),
        ("Двадцать семь кандидатов примут участие в выборах.",
         [("Двадцать семь кандидатов", {"value": 27, "unit": "кандидатов"})]),
        ("Мастерская шьёт Две тысячи защитных масок в день.", []),  # capitalised inside a sentence: a title
        ("Две тысячи защитных масок сшили швеи.", [("Две тысячи защитных масок", {"value": 2000, "unit": "масок"})]),
        ("Свидетелями стали тысяча гостей.", [("тысяча гостей", {"value": 1000, "unit": "гостей"})]),
        ("Он лауреат двух Государственных премий.", [("двух Государственных премий", {"value": 2, "unit": "премий"})]),
        ("Под следствием оказались пять экс-президентов.", [("пять экс-президентов", {"value": 5, "unit": "экс-президентов"})]),
        ("Он провёл 17 матчей, забив 6 голов и отдав 4 ассиста.",
         [("17 матчей", {"value": 17, "unit": "матчей"}), ("6 голов", {"value": 6, "unit": "голов"}),
          ("4 ассиста", {"value": 4, "unit": "ассиста"})]),
        ("Занятия идут в 11 парках города.", [("11 парках", {"value": 11, "unit": "парках"})]),
        ("С начала эпидемии скончались 1789 пациентов.", [("1789 пациентов", {"value": 1789, "unit": "пациентов"})]),
        ("За документ проголосовали 149 сенаторов, пятеро выступили против, трое воздержались.",
         [("149 сенаторов", {"value": 149, "unit": "сенаторов"}), ("пятеро", {"value": 5, "unit": "people"}),
          ("трое", {"value": 3, "unit": "people"})]),
        ("У него остались жена и двое детей.", [("двое детей", {"value": 2, "unit": "детей"})]),
        ("Его арестовали на двое суток.", [("двое суток", {"value": 2, "unit": "d"})]),
        ("Он трижды становился лауреатом премии.", [("трижды", {"value": 3, "unit": "times"})]),
        ("Тело сорокалетней женщины нашли у берега.", [("сорокалетней", {"value": 40, "unit": "y"})]),
        ("В Британии умер 13-ти летний мальчик.", [("13-ти летний", {"value": 13, "unit": "y"})]),
        ("Месси, которому в июне исполнилось 30, уехал.", [("30", {"value": 30, "unit": "y"})]),
        ("Он поставил рекорд по 12-часовой ходьбе.", [("12-часовой", {"value": 12, "unit": "h"})]),
        ("Ему добавили ещё полтора года.", [("полтора года", {"value": 1.5, "unit": "y"})]),
        ("Почти полвека длился спор.", [("полвека", {"value": 50, "unit": "y", "qualifier": "≈"})]),
        ("Пожар бушевал больше недели.", [("больше недели", {"value": 1, "unit": "wk", "qualifier": ">"})]),
        ("Он ждал примерно неделю после рождения сына.", [("примерно неделю", {"value": 1, "unit": "wk", "qualifier": "≈"})]),
        ("Суд приговорил его к 24 годам тюрьмы.", [("24 годам", {"value": 24, "unit": "y"})]),
        ("Футболиста приговорили к 21 месяцу лишения свободы.", [("21 месяцу", {"value": 21, "unit": "mo"})]),
        ("Один день там равен 1,5 дням в колонии.", [("1,5 дням", {"value": 1.5, "unit": "d"})]),
        ("Огонь был в двух километрах от хранилища.", [("двух километрах", {"value": 2, "unit": "km"})]),
        ("Заявление сделано после нескольких дней спекуляций.",
         [("нескольких дней", {"value": 3, "upper": 9, "unit": "d", "qualifier": "≈"})]),
        ("Выявлено 11658 случаев заражения, 578 умерли.",
         [("11658 случаев", {"value": 11658, "unit": "случаев"}), ("578", {"value": 578, "unit": "people"})]),
        ("При взрыве 12 ранены, трое погибли.", [("12", {"value": 12, "unit": "people"}), ("трое", {"value": 3, "unit": "people"})]),
        ("В 2018 погибли 5 человек.", [("5 человек", {"value": 5, "unit": "people"})]),
        ("Задержаны два молодых человека.", [("два молодых человека", {"value": 2, "unit": "people"})]),
        ("Она завоевала две серебряные медали.", [("две серебряные медали", {"value": 2, "unit": "медали"})]),
        ("Власти заморозили около 1700 банковских счетов.",
         [("1700 банковских счетов", {"value": 1700, "unit": "счетов", "qualifier": "≈"})]),
        ("Погибли 58 человек, более 500 получили ранения.",
         [("58 человек", {"value": 58, "unit": "people"}), ("500", {"value": 500, "unit": "people", "qualifier": ">"})]),
        ("Начался трёхдневный визит, и шестимесячный срок истёк.",
         [("трёхдневный", {"value": 3, "unit": "d"}), ("шестимесячный", {"value": 6, "unit": "mo"})]),
        ("У него изъяли сына 3-х лет и дочь 5-ти дней.",
         [("3-х лет", {"value": 3, "unit": "y"}), ("5-ти дней", {"value": 5, "unit": "d"})]),
        ("Пилотировал самолёт 54-х летний пилот.", [("54-х летний", {"value": 54, "unit": "y"})]),
        ("Срок сокращён до одного года, а не на один месяц.",
         [("одного года", {"value": 1, "unit": "y"}), ("один месяц", {"value": 1, "unit": "mo"})]),
        ("Задержаны два студента, каждому из которых по 21 году.",
         [("два студента", {"value": 2, "unit": "студента"}), ("21 году", {"value": 21, "unit": "y"})]),
        ("Они встретились в один день.", []),
        ("Им было 30, 20 и 19 лет.",
         [("30", {"value": 30, "unit": "y"}), ("20", {"value": 20, "unit": "y"}), ("19 лет", {"value": 19, "unit": "y"})]),
        ("Расстояния 1,5 и 2 км.", [("1,5", {"value": 1.5, "unit": "km"}), ("2 км", {"value": 2, "unit": "km"})]),
        ("За проголосовали 73 из 101 депутата.", [("73 из 101", {"value": 0.7228, "unit": ""})]),
        ("Он победил на 19 из последних 24 праймериз.", [("19 из последних 24", {"value": 0.7917, "unit": ""})]),
        ("По разным данным, власти убили от 200 до 1000 человек.",
         [("200 до 1000 человек", {"value": 200, "upper": 1000, "unit": "people"})]),
    ],
)
def test_russian_figures_with_their_values_and_units(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Возбуждено дело по пункту 6 части 2 статьи 104 и части 1 статьи 235.",  # labels, not counts
        "Протокол составлен по статье 19.7 КоАП РФ.",
        "Он участвовал в своём 34 паркране.",  # "34 паркране": an ordinal (a count of 34 takes паркранах)
        "Принято решение о соединении этих двух уголовных дел.",  # things already named
        "Все трое были задержаны.",
        "Песни «Три минуты тишины» и другие.",  # a title
        "Он отбывал срок в колонии № 5 с 2018 года.",
        "В 2018 году он уехал.",
        "Умер в 1993 году на 85 году жизни.",
        "Он умер от рака в 24 года.",
    ],
)
def test_labels_ordinals_references_and_titles_are_no_russian_counts(text):
    found = figures(text)
    assert all(f[1].get("unit") not in ("части", "статьи", "паркране", "дел", "people", "минуты", "колонии") for f in found)
    assert [f for f in found if f[0] in ("6 части", "1 статьи", "2 статьи", "19.7 КоАП", "34 паркране",
                                         "двух уголовных дел", "трое", "Три минуты", "5 с", "85 году")] == []


@pytest.mark.parametrize(
    "words, value",
    [("два", 2), ("двух", 2), ("двадцать семь", 27), ("сорока двух", 42), ("сто двадцать", 120),
     ("две тысячи", 2000), ("пятьсот", 500), ("полтора", 1.5), ("девятнадцати", 19), ("шестидесяти", 60),
     ("триста сорок пять", 345), ("тысяча", None), ("кот", None)],
)
def test_russian_number_words(words, value):
    if words == "тысяча":
        assert words_value(words) == 1000
    else:
        assert words_value(words) == value


_NOUNS_PLURAL = ["домов", "солдат", "кандидатов", "жителей", "сотрудников"]


@given(st.integers(5, 999).filter(lambda n: n % 10 not in (1, 2, 3, 4) or 11 <= n % 100 <= 14),
       st.sampled_from(_NOUNS_PLURAL))
def test_a_number_with_a_genitive_plural_noun_is_a_count_of_it(n, noun):
    assert figures(f"В городе {n} {noun} ждут решения.") == [(f"{n} {noun}", {"value": n, "unit": noun})]


@given(st.integers(5, 99).filter(lambda n: n % 10 not in (1,) and not 2 <= n % 10 <= 4 or 11 <= n % 100 <= 14),
       st.sampled_from(["части", "статьи", "главе", "пункте"]))
def test_a_noun_that_does_not_agree_with_the_number_is_no_count(n, noun):
    assert [f for f in figures(f"Смотрите {n} {noun} закона.") if f[1].get("unit") == noun] == []


@given(st.sampled_from(sorted(w for w, v in RU_NUMBER_WORDS.items() if v >= 2)))
def test_every_case_form_of_a_number_word_counts_a_noun(word):
    text = f"Вчера {word} новых сотрудников приняли на работу."
    found = figures(text)
    assert len(found) == 1 and found[0][1]["unit"] == "сотрудников"
    assert found[0][1]["value"] == RU_NUMBER_WORDS[word]
