"""The final read's findings of the twenty-second round, each with sentences written for it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest.detect import detect


def _figures(text):
    return [(s.exact, s.attributes.get("value"), s.attributes.get("unit"), s.attributes.get("qualifier"))
            for s in detect(text, kinds=("figure",))]


def _dates(text, reference=None):
    return [(s.exact, s.attributes.get("start"), s.attributes.get("end"), s.attributes.get("open"))
            for s in detect(text, kinds=("date",), reference=reference)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Otel GECELİK 500 lira.", 500, "TRY/night"),
    ("GECELİK 3.000 LİRA İSTENDİ.", 3000, "TRY/night"),
    ("KİŞİ BAŞINA 450 TL ödendi.", 450, "TRY/person"),
    ("KIŞI BAŞI 300 TL.", 300, "TRY/person"),
    ("YILDA 5 MİLYON TON", 5_000_000, "t/y"),
    ("DAKİKADA 300 METRE", 300, "m/min"),
])
def test_a_turkish_rate_word_in_capitals_is_read_not_a_crash(text, value, unit):
    """Detection raised a KeyError ("geceli̇k": "İ".lower() keeps a combining dot) and the document got nothing."""
    assert [(v, u) for _e, v, u, _q in _figures(text)] == [(value, unit)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["saatte", "dakikada", "saniyede", "günde", "haftada", "ayda", "yılda", "gecelik", "kişi başı",
                        "kişi başına"]),
       st.sampled_from(["lower", "upper", "title"]), st.integers(1, 9999),
       st.sampled_from(["lira", "TL", "ton", "metre", "kişi", "bin"]))
def test_any_case_of_a_turkish_rate_word_never_breaks_detection(word, case, number, unit):
    word = {"lower": word, "upper": word.replace("i", "İ").upper(), "title": word.title()}[case]
    _figures(f"Rapor: {word} {number} {unit} bildirildi.")  # no exception


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Пособия повысили для детей до 3 лет.", "<"),
    ("Зарплаты выросли у работников до 30 лет.", "≤"),
    ("Ставки снизили для заемщиков в возрасте до 35 лет.", "<"),
    ("Банк России снизил ключевую ставку до 7,5%.", None),
    ("Инфляция замедлилась до 7,4%.", None),
])
def test_a_russian_age_limit_after_a_verb_of_change_stays_a_bound(text, qualifier):
    assert _figures(text)[-1][3] == qualifier


@pytest.mark.parametrize("text", ["Prices (Nasdaq 1900) rose.", "Exports (Gold 1950) fell.", "The area (Pop. 1800) grew.",
                                  "Fees (SR 1500) apply.", "Rates (Kshs 2000) apply.", "Costs (Peso 2000) rose.",
                                  "The ward (Patients 1800) was full."])
def test_a_label_before_four_digits_in_brackets_is_no_citation(text):
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "years"), [
    ("It was shown (Okafor 2016) that it works.", ["2016"]),
    ("It was shown (Li 2016) and later (Rand 1957).", ["2016", "1957"]),
    ("It was shown (Okafor, 2016).", ["2016"]),
])
def test_one_author_without_a_comma_is_still_a_citation(text, years):
    assert [d[0] for d in _dates(text)] == years


@pytest.mark.parametrize("text", ["Before the 1990s collapse of the USSR, trade was small.",
                                  "After the 1990s privatisation, prices rose.",
                                  "Since the 2020s began, prices rose."])
def test_a_decade_before_the_event_it_dates_has_no_open_side(text):
    assert [d[3] for d in _dates(text, reference="2020-05-01")] == [None]


def test_a_decade_alone_after_a_cue_keeps_its_open_side():
    assert [d[3] for d in _dates("After the 1990s, banks failed.", reference="2020-05-01")] == ["end"]


def test_a_verb_of_change_four_words_before_do_is_read_however_long_the_words():
    """The pattern allows four words between the verb and "до"; the search window cut long ones off (re-read)."""
    assert _figures("Банк снизил базовую процентную ставку рефинансирования до 7,5%.")[-1][3] is None


def test_the_citation_rule_reads_the_lexicon_without_the_detection_stack():
    """The date rules ask the case-ratio lexicon from ``desktop.meaning`` (the hand-tag path runs in the window)."""
    import desktop.meaning.date_citations as citations
    import desktop.meaning.lexicon as lexicon

    assert citations.lower_case_words is lexicon.lower_case_words and "cases" in lexicon.lower_case_words()
