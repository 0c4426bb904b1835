"""The eleventh round's actor rules, on sentences written for these tests: a given name before a
surname in capitals is a person ("Theresa MAY"), "AG" alone is a post, the legal forms Oyj, AB, ASA,
NV and SA after a name make a company (not Nevada, South Australia or the EU in Turkish), a word
before a Turkish central body is no part of it ("Kararı Anayasa Mahkemesi"), and a short line that one
function word decides follows its document's language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect, ner
from desktop.suggest.given_names import COMPANY_WORDS, FASHION_HOUSES, GIVEN_NAMES, shouted_surname


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- a surname in capitals
@pytest.mark.parametrize("text", [
    "The statement was made by Theresa MAY in London.",
    "Theresa MAY said the talks would go on.",
])
def test_a_given_name_before_a_surname_in_capitals_is_a_person(text: str) -> None:
    assert actors(text)["Theresa MAY"]["type"] == "person"


@given(st.sampled_from(sorted(GIVEN_NAMES)), st.from_regex(r"[A-Z]{3,9}", fullmatch=True))
def test_any_listed_given_name_and_capitals_read_as_a_person(given_name: str, surname: str) -> None:
    assert shouted_surname(f"{given_name} {surname}") is (surname not in COMPANY_WORDS
                                                           and f"{given_name} {surname}" not in FASHION_HOUSES)


@pytest.mark.parametrize("exact", ["Georgia DOT", "Martin CORP", "Theresa May", "MAY", "Apple IOS", "Paul Kaufman ONLY x"])
def test_no_given_name_or_no_capitals_is_no_shouted_surname(exact: str) -> None:
    assert not shouted_surname(exact)


# ---------------------------------------------------------------- "AG" alone
@pytest.mark.parametrize("text", ["The AG said the case would be reviewed.", "Lawyers for the AG declined to comment."])
def test_ag_alone_is_no_organisation(text: str) -> None:
    assert "AG" not in actors(text)


def test_a_company_before_ag_stays() -> None:
    found = actors("Siemens AG said it would hire 500 engineers.")
    assert found["Siemens AG"] == {**found["Siemens AG"], "type": "organisation", "name": "Siemens"}


# ---------------------------------------------------------------- legal forms
@pytest.mark.parametrize("text, exact, name", [
    ("Nokia Oyj reported a loss on Thursday.", "Nokia Oyj", "Nokia"),
    ("Volvo AB said sales fell in Europe.", "Volvo AB", "Volvo"),
    ("Equinor ASA said output rose.", "Equinor ASA", "Equinor"),
    ("Philips NV cut 4,000 jobs.", "Philips NV", "Philips"),
    ("Nestle SA said profits rose.", "Nestle SA", "Nestle"),
    ("BBVA SA said profits rose.", "BBVA SA", "BBVA"),
])
def test_a_legal_form_after_a_name_is_a_company(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "organisation"
    assert found[exact]["name"] == name


@pytest.mark.parametrize("text, wrong", [
    ("He lives in Adelaide SA now.", "Adelaide"),
    ("The hotel is in Reno NV near the lake.", "Reno NV"),
    ("Merkel AB liderleriyle Brüksel'de görüştü.", "AB"),
    ("The AB test showed no difference.", "The AB"),
    ("*PAG NAKITA MONG MAY LUMALANDI SA CRUSH MO*", "LUMALANDI SA"),
])
def test_an_ambiguous_legal_form_after_a_place_or_in_turkish_is_no_company(text: str, wrong: str) -> None:
    assert not any(a["type"] == "organisation" and wrong in e for e, a in actors(text).items() if e != "AB")


@pytest.mark.parametrize("text", [
    "Sales in the SA region rose, the company said.",
    "The band played AB and CD sides of the record.",
    "Voters in NV and AZ went to the polls on Tuesday.",
])
def test_ordinary_news_with_the_capitals_gives_no_company(text: str) -> None:
    assert not any(e.endswith((" SA", " AB", " NV")) for e in actors(text))


# ---------------------------------------------------------------- a word before a Turkish central body
@pytest.mark.parametrize("text", [
    "Kararı Anayasa Mahkemesi verdi.",
    "Erdoğan Anayasa Mahkemesi kararını eleştirdi.",
])
def test_a_word_before_a_central_body_is_no_part_of_it(text: str) -> None:
    found = actors(text)
    assert found["Anayasa Mahkemesi"]["type"] == "organisation"
    assert not any(e.endswith(" Anayasa Mahkemesi") for e in found)


def test_a_title_s_person_ends_before_a_central_body() -> None:
    found = actors("Cumhurbaşkanı Erdoğan Anayasa Mahkemesi kararını eleştirdi.")
    assert found["Cumhurbaşkanı Erdoğan"]["type"] == "person"
    assert found["Cumhurbaşkanı Erdoğan"]["name"] == "Erdoğan"
    assert found["Anayasa Mahkemesi"]["type"] == "organisation"


@pytest.mark.parametrize("text, exact", [
    ("Alman Anayasa Mahkemesi karar verdi.", "Alman Anayasa Mahkemesi"),
    ("Türkiye Cumhuriyet Merkez Bankası faizi artırdı.", "Türkiye Cumhuriyet Merkez Bankası"),
    ("Milli Savunma Bakanlığı açıklama yaptı.", "Milli Savunma Bakanlığı"),
    ("Yapı Kredi Bankası kâr açıkladı.", "Yapı Kredi Bankası"),
])
def test_a_qualifier_or_another_name_stays_in_the_body(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "organisation"


# ---------------------------------------------------------------- a short line follows its document
TURKISH_DOC = ("Galatasaray, Fenerbahçe karşısında üstün bir oyun sergiledi ve ligde zirveye yerleşti.\n"
               "Karar Galatasaray on dakikada kazandi\n"
               "Teknik direktör maçtan sonra açıklama yaptı.")


def test_a_short_line_decided_by_one_function_word_follows_its_document() -> None:
    assert [lang for _s, _p, lang in ner.paragraph_languages(TURKISH_DOC)] == ["tr", "tr", "tr"]


@pytest.mark.parametrize("text", ["Putin spoke to Erdogan", "Obama said on Monday", "Karar Galatasaray on dakikada kazandi"])
def test_a_short_line_alone_stays_english(text: str) -> None:
    assert [lang for _s, _p, lang in ner.paragraph_languages(text)] == ["en"]


def test_a_short_english_line_with_two_function_words_stays_english_in_a_turkish_document() -> None:
    text = TURKISH_DOC + "\nThe president said on Monday"
    assert ner.paragraph_languages(text)[-1][2] == "en"


# ---------------------------------------------------------------- web reviews, e-mails and answers
@pytest.mark.parametrize("text, word", [
    ("EDIT : I love how she says it.", "EDIT"),
    ("WOW ! The staff were great.", "WOW"),
    ("My father was sent to the ER and stayed a week.", "ER"),
    ("HR has already purchased a tool for the surveys.", "HR"),
    ("The problem is not the DSL modem.", "DSL"),
    ("I have a filter between my ADSL and the phone line.", "ADSL"),
    ("We do not request FX curves when only one is needed.", "FX"),
    ("We address audit rights in the LLC agreement.", "LLC"),
    ("We had been evaluating SEO providers for some time.", "SEO"),
    ("Sara Woody, a recent MBA graduate, joins the group.", "MBA"),
    ("We used our BBQ on four occasions.", "BBQ"),
])
def test_a_term_of_the_web_in_capitals_is_no_organisation(text: str, word: str) -> None:
    assert word not in actors(text)


@pytest.mark.parametrize("text", ["Horrible Service !", "Good Service - Limited Results", "Terrible Service",
                                  "Great Service and a fair price"])
def test_a_review_s_verdict_and_a_head_word_is_no_organisation(text: str) -> None:
    assert not any(e.endswith("Service") for e in actors(text))


@pytest.mark.parametrize("text, exact", [
    ("Great Western Railway said trains were cancelled.", "Great Western Railway"),
    ("Good Samaritan Hospital said he was stable.", "Good Samaritan Hospital"),
    ("The National Health Service said waiting lists grew.", "National Health Service"),
])
def test_a_name_of_three_words_opening_with_an_adjective_stays(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "organisation"


# ---------------------------------------------------------------- the call to retweet
@pytest.mark.parametrize("text", [
    "would love to get 300 followers , RT and i 'll give you a shoutout",
    "You must be following &amp; must RT !",
    "ReadySetGo ! RT in the next 5min for a chance to win",
    "RT and I'll follow you back",
    "Please RT to spread the word",
])
def test_a_call_to_retweet_is_no_channel(text: str) -> None:
    assert "RT" not in actors(text)


@pytest.mark.parametrize("text", [
    "Lavrov told RT and Sputnik that the talks failed.",
    "He told RT and I think that was a mistake.",
    "Putin told RT for an interview aired on Sunday.",
    "In an interview with RT in the next room, he said.",
])
def test_the_channel_rt_in_news_stays(text: str) -> None:
    assert actors(text)["RT"]["type"] == "organisation"
