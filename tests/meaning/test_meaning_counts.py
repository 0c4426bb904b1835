"""Counts of things (desktop/meaning/counts.py, through find_figures) and the imperial units.

Sentences are written for these tests in the style of military and news reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.counts import find_counts
from desktop.meaning.figures import find_figures, parse_figure


def figures(text: str) -> list[tuple[str, object, object]]:
    return [(text[s:e], a["value"], a["unit"]) for s, e, a in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aircraft destroyed 12 enemy tanks near the river.", [("12 enemy tanks", 12, "tanks")]),
        ("Near the town, seven strikes engaged four hostile tactical units.",
         [("seven strikes", 7, "strikes"), ("four hostile tactical units", 4, "units")]),
        ("Rebels held three rebel-held bridges.", [("three rebel-held bridges", 3, "bridges")]),
        ("Twenty-five soldiers and 1,250 volunteers arrived.",
         [("Twenty-five soldiers", 25, "soldiers"), ("1,250 volunteers", 1250, "volunteers")]),
        ("She wrote five hundred pages.", [("five hundred pages", 500, "pages")]),
        ("Two thousand workers went on strike.", [("Two thousand workers", 2000, "workers")]),
        ("More than 40 member states met.", [("40 member states", 40, "states")]),
        ("Strikes damaged 18 supply routes.", [("18 supply routes", 18, "routes")]),
        ("Militants killed 50 former local police officers.", [("50 former local police officers", 50, "officers")]),
        ("Raids hit two weapons caches.", [("two weapons caches", 2, "caches")]),
        ("During the raid 16 coalition aircraft fired.", [("16 coalition aircraft", 16, "aircraft")]),
        ("At least 10 U.S. marines died.", [("10 U.S. marines", 10, "marines")]),
        ("She did 20 push-ups daily.", [("20 push-ups", 20, "push-ups")]),
        ("Some 1.5 million displaced people returned.", [("1.5 million displaced people", 1500000, "people")]),
        ("Three women and 12 children were rescued.", [("Three women", 3, "women"), ("12 children", 12, "children")]),
    ],
)
def test_counts_with_words_and_modifiers(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed.",  # a reference back, not a count
        "Our three sons left.",  # ("Their three sons" counts since the thirtieth round, as "their 3 sons" did)
        "One day he came.",
        "Figure 2 shows the trend.",
        "Article 5 states the rule.",
        "Resolution 2254 calls for talks.",
        "In 2016 Syrian forces withdrew.",
        "They broadcast 24/7 programs.",
        "Two of the towns fell.",
        "Four were in the city of Homs.",
        "Three quickly moving columns left.",
        "The first two days passed.",
        "The two or three tanks left.",
        "They met at the G 20 Interfaith Conference.\nEuropean leaders pledged aid.",  # not across a line
        "He brought 20 Conference.\nEuropean leaders left.",
    ],
)
def test_not_counts(text):
    assert [f for f in figures(text) if f[2] not in ("d",)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mechanic has worked there for twenty-five years.", [("twenty-five years", 25, "y")]),
        ("After nearly four long years of siege the town fell.", [("four long years", 4, "y")]),
        ("The custom has lasted almost two centuries.", [("two centuries", 200, "y")]),
        ("Three decades of war followed.", [("Three decades", 30, "y")]),
        ("The ruins are 1,500 years old.", [("1,500 years", 1500, "y")]),
        ("For 14-year-old Amal the camp is safer.", [("14-year-old", 14, "y")]),
        ("A five-year-old boy was found.", [("five-year-old", 5, "y")]),
        ("Погиб 18-летний студент.", [("18-летний", 18, "y")]),
        ("14 yaşındaki çocuk kurtarıldı.", [("14 yaşındaki", 14, "y")]),
        ("Bu portreler 30 saniyelik pozlama ile çekildi.", [("30 saniyelik", 30, "s")]),
        ("Kulüp ile 3 yıllığına anlaşmıştır.", [("3 yıllığına", 3, "y")]),
        ("Maçın son 15 dakikasında oynadı.", [("15 dakikasında", 15, "min")]),
        ("Yol 2 saatlik sürdü.", [("2 saatlik", 2, "h")]),
        ("1933 yılında doğdu.", []),  # a year, not 1933 years
    ],
)
def test_durations_the_other_patterns_leave_and_turkish_case_endings(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, low, high, unit",
    [("I think six or seven shots were fired.", 6, 7, "shots"), ("They killed 3 or 4 soldiers.", 3, 4, "soldiers"),
     ("Some five hundred or six hundred men came.", 500, 600, "men"), ("They sent 3 to 5 teams.", 3, 5, "teams"),
     ("It began two or three centuries earlier.", 200, 300, "y")],
)
def test_count_ranges_keep_both_ends(text, low, high, unit):
    [(_s, _e, attrs)] = find_figures(text)
    assert (attrs["value"], attrs["upper"], attrs["unit"]) == (low, high, unit)


@pytest.mark.parametrize(
    "phrase, value, unit",
    [("700 square miles", 700, "mi²"), ("5.0 mi", 5, "mi"), ("984ft", 984, "ft"), ("four miles", 4, "mi"),
     ("121,607 acres", 121607, "acre"), ("30 feet", 30, "ft"), ("160cm", 160, "cm"), ("5 mg", 5, "mg"),
     ("200 grams", 200, "g"), ("3 mm", 3, "mm"), ("45 derece", 45, "°"), ("1200 fit", 1200, "ft"),
     ("100 sterlin", 100, "GBP")],
)
def test_imperial_metric_and_turkish_units(phrase, value, unit):
    attrs = parse_figure(phrase)
    assert attrs is not None and (attrs["value"], attrs["unit"]) == (value, unit)
    assert figures(f"The area is {phrase} wide.") == [(phrase, value, unit)]


@given(st.integers(2, 999_999), st.sampled_from(["tanks", "vehicles", "civilians", "buildings"]),
       st.sampled_from(["", "enemy ", "armoured ", "ISIL-held ", "oil tanker "]))
def test_any_count_reads_its_value_and_noun(n, noun, mods):
    number = f"{n:,}" if n > 9999 else str(n)
    if 1500 <= n <= 2099:
        number = f"{n:,}"
    text = f"Forces destroyed {number} {mods}{noun} on the road."
    assert [(a["value"], a["unit"]) for _s, _e, a in find_figures(text)] == [(n, noun)]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789,.-/'’", max_size=80))
def test_counts_never_raise_and_stay_in_the_text(text):
    for start, end, attrs in find_counts(text, lambda a, b: True):
        assert 0 <= start < end <= len(text)
        assert attrs["unit"] == text[start:end].split()[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Rose Troche (Go Fish, Six Feet Under) bulunmaktadır.",  # a title inside running text
        'Amazon\'s "25 Days of Free" campaign ended.',
        "The band's 15 Years of Metal album sold well.",
        "See ISBN 975 545 002 5 for the book.",
        "Airlines ordered the Boeing 737 800 model.",
        "The C 130 Hercules landed.",
    ],
)
def test_titles_and_designations_are_not_figures(text):
    assert figures(text) == []


def test_a_headline_in_title_case_keeps_its_figures():
    assert figures("Russia Exports 20 Million Tons Of Grain To Egypt") == [("20 Million Tons", 20000000, "t")]
    assert figures("A 20% rise in prices.") == [("20%", 20, "%")]


@given(st.integers(2, 999), st.sampled_from(["yıl", "hafta", "gün", "saat", "dakika", "saniye"]),
       st.sampled_from(["", "lık", "lik", "dır", "dir", "da", "de", "sı", "si", "ı", "i"]))
def test_turkish_duration_value_and_unit(n, stem, ending):
    text = f"Toplam {n} {stem}{ending} sürdü."
    found = find_figures(text)
    symbol = {"yıl": "y", "hafta": "wk", "gün": "d", "saat": "h", "dakika": "min", "saniye": "s"}[stem]
    assert [(a["value"], a["unit"]) for _s, _e, a in found] in ([(n, symbol)], [])
    if found:
        assert text[found[0][0] : found[0][1]].startswith(f"{n} {stem}")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The station airs 24/7 programs for children.", []),
        ("Talks between our 2 countries went well, and my 3 reports show it.", []),  # ("these 3 reports" counts since the thirty-first round)
        ("The record is kept under Sh 2 155 in the archive.", []),
        ("Payrolls rose 150,000, fewer than the 180,000 economists had expected.",
         [("150,000", 150000, ""), ("180,000", 180000, "")]),
        ("Her song Milyonlarca Kuştuk topped the charts.", []),
        # what stays a count
        ("Ten analysts expected a cut, and 10 analysts expected more.",
         [("Ten analysts", 10, "analysts"), ("10 analysts", 10, "analysts")]),
        ("The 2,000 soldiers were expected to arrive.", [("2,000 soldiers", 2000, "soldiers")]),
        ("He left their 3 children at home.", [("3 children", 3, "children")]),
        ("At 2 000 metres the air is thin.", [("2 000 metres", 2000, "m")]),
    ],
)
def test_numbers_that_refer_back_designate_or_count_someone_else(text, expected):
    assert figures(text) == expected


@given(st.sampled_from(["our", "both", "my", "your"]), st.integers(2, 99),
       st.sampled_from(["countries", "reports", "teams", "villages"]))
def test_a_number_in_digits_after_a_back_reference_is_no_count(word, n, noun):
    assert figures(f"We saw {word} {n} {noun} yesterday.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The channel makes its 24 / 7 programs in-house.", []),
        ("After the attacks the 2 leaders discussed terrorism.", []),
        ("The 12 leaders met, and the 2,000 delegates voted.",
         [("12 leaders", 12, "leaders"), ("2,000 delegates", 2000, "delegates")]),
    ],
)
def test_a_spaced_slash_and_one_digit_after_the_are_no_counts(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Film ilk haftasında 28 Milyon Dolar hasılat yaptı.", [("28 Milyon Dolar", 28_000_000, "USD")]),
        ("Oyuncu 7 Milyon Sterlin karşılığında transfer oldu.", [("7 Milyon Sterlin", 7_000_000, "GBP")]),
        ("They paid 5 Million Dollars to him.", [("5 Million Dollars", 5_000_000, "USD")]),
        ("The series Six Feet Under aired on Sundays.", []),  # no money: a title
    ],
)
def test_money_in_digits_is_no_title_whatever_its_case(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Boylar 3, 5 ve 7 km.", [("3", 3, "km"), ("5", 5, "km"), ("7 km", 7, "km")]),
        ("On May 5, 6 people died.", [("6 people", 6, "people")]),  # English lists are not read: a date may come first
        ("7 kez Türkiye U 18 ve 10 kez de U 21 takımında oynadı.", [("7 kez", 7, "times"), ("10 kez", 10, "times")]),
    ],
)
def test_numbers_listed_before_a_figure_share_its_unit_in_russian_and_turkish(text, expected):
    assert figures(text) == expected
