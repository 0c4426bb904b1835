"""The review of the eleventh round's actor rules, on sentences written for these tests: each input gave a
wrong result on the branch before its fix (a place or a person made a company, a network dropped, a Russian
line read as Kazakh, a state's acronym cut off a court, an organisation made a person)."""

from __future__ import annotations

import pytest

from desktop.suggest import detect, ner, organisations


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- the legal forms' language, in linear time
def test_the_language_of_a_legal_form_s_line_is_read_near_it(monkeypatch) -> None:
    """A text of one long line (a reflowed PDF) with a form in every sentence: each look reads a bounded
    window, not the whole line again (300 KB took 39 s instead of 0.2 s)."""
    read: list[int] = []
    own = ner.own_language
    monkeypatch.setattr(ner, "own_language", lambda para: read.append(len(para)) or own(para))
    text = " ".join(["Nestle SA said on Monday that profits rose, while Philips NV cut jobs."] * 400)
    found = organisations.find(text, lambda _t, _s, _e: False)
    assert len(found) >= 800
    assert read and max(read) <= 1000


# ---------------------------------------------------------------- AB, NV, SA after a place or a person
@pytest.mark.parametrize("text, exact, kind", [
    ("The company is based in Carson City NV and employs 200 people.", "Carson City NV", "place"),
    ("In Nelspruit SA, police arrested three men.", "Nelspruit SA", "place"),
    ("Mr Oyj said hello.", "Mr Oyj", "person"),
])
def test_a_region_s_code_after_a_place_or_a_person_makes_no_company(text: str, exact: str, kind: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == kind


def test_a_person_before_a_region_s_code_is_no_company() -> None:
    assert not any(a["type"] == "organisation" and "Goodman" in e
                   for e, a in actors("Former Mayor Oscar Goodman NV politics.").items())


# ---------------------------------------------------------------- a web term that speaks is a body's name
@pytest.mark.parametrize("text, word", [
    ("FX said it had renewed the series for a fifth season.", "FX"),
    ("WOW said it would cancel all flights.", "WOW"),
    ("FX's drama won three awards.", "FX"),
])
def test_a_web_term_that_speaks_or_owns_is_an_organisation(text: str, word: str) -> None:
    assert actors(text)[word]["type"] == "organisation"


@pytest.mark.parametrize("text, word", [
    ("We do not request FX and inflation curves.", "FX"),
    ("WOW ! The staff were great.", "WOW"),
    ("HR has already purchased a tool for the surveys.", "HR"),
])
def test_a_web_term_used_as_a_term_stays_no_organisation(text: str, word: str) -> None:
    assert word not in actors(text)


# ---------------------------------------------------------------- a short line in another language keeps it
def test_a_short_russian_line_in_a_kazakh_text_stays_russian() -> None:
    text = ("Тоқаев Астанада сөз сөйледі.\nВ Москве прошли переговоры\nПутин и Токаев\n"
            "Президент бағдарламаны бекітті.\nМинистр мен депутаттар кездесті.")
    assert [lang for _s, _p, lang in ner.paragraph_languages(text)] == ["kk", "ru", "ru", "kk", "kk"]


def test_a_short_turkish_line_in_an_english_text_stays_turkish() -> None:
    text = ("The president spoke in Washington and the senate voted.\nFenerbahçe ve Galatasaray\n"
            "The team won the cup in the final of the league.")
    assert [lang for _s, _p, lang in ner.paragraph_languages(text)] == ["en", "tr", "en"]


def test_a_short_kazakh_line_decided_by_a_russian_homograph_follows_its_kazakh_text() -> None:
    text = "Тоқаев Астанада сөз сөйледі.\nПрезидент не деді\nПрезидент бағдарламаны бекітті."
    assert [lang for _s, _p, lang in ner.paragraph_languages(text)] == ["kk", "kk", "kk"]


# ---------------------------------------------------------------- a verdict heads a review; a council speaks
@pytest.mark.parametrize("text, exact", [
    ("Nice Council said the beach would reopen.", "Nice Council"),
    ("Nice University said classes would resume.", "Nice University"),
    ("The chiefs met. Great Council said it would meet again.", "Great Council"),
])
def test_an_adjective_and_a_head_word_that_speak_are_an_organisation(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "organisation"


@pytest.mark.parametrize("text", ["We ate there twice.\nHorrible Service !\nThe food was cold.",
                                  "The food was cold. Terrible Service.", "Great Service, and a fair price"])
def test_a_verdict_heading_a_review_stays_no_organisation(text: str) -> None:
    assert not any(e.endswith("Service") for e in actors(text))


# ---------------------------------------------------------------- a given name before a known name in capitals
def test_a_given_name_before_a_state_s_code_is_no_shouted_surname() -> None:
    assert actors("The award went to Maria USA, a model.").get("Maria USA", {}).get("type") != "person"


def test_a_given_name_before_an_unknown_surname_in_capitals_is_still_a_person() -> None:
    assert actors("The letter was signed by Angela MERKEL and Emmanuel MACRON.")["Emmanuel MACRON"]["type"] == "person"


def test_asa_after_a_state_is_no_company_s_form() -> None:
    found = actors("The UK ASA ruled that the advert was misleading.")
    assert all(a["name"] != "UK" for a in found.values())


def test_a_party_s_acronym_before_a_central_body_is_the_subject() -> None:
    """"CHP Anayasa Mahkemesi kararını eleştirdi": the party criticised the court's ruling (an acronym kept in the
    court's name, this review's first fix, made it "CHP Anayasa Mahkemesi"; reverted: a state's acronym the
    gazetteer does not know, "KKTC Anayasa Mahkemesi", is split instead, rarer in Turkish news than a party)."""
    found = actors("CHP Anayasa Mahkemesi kararını eleştirdi.")
    assert found["CHP"]["type"] == found["Anayasa Mahkemesi"]["type"] == "organisation"


# ---------------------------------------------------------------- Turkish acronyms are read in Turkish text
@pytest.mark.parametrize("text, word", [
    ("The AB test showed no difference between the two pages.", "AB"),
    ("BAE said it had won a contract for twelve frigates.", "BAE"),
    ("Her blood type is AB and she needs a donor.", "AB"),
])
def test_a_turkish_acronym_in_english_text_is_no_turkish_name(text: str, word: str) -> None:
    assert word not in actors(text) or actors(text)[word]["name"] not in ("European Union", "United Arab Emirates")


@pytest.mark.parametrize("text, word, name", [
    ("Türkiye ile AB arasındaki görüşmeler yeniden başladı.", "AB", "European Union"),
    ("ABD ve Çin ticaret anlaşması imzaladı.", "ABD", "United States"),
    ("Kararı BM bugün açıkladı ve taraflara iletti.", "BM", "United Nations"),
])
def test_a_turkish_acronym_in_turkish_text_keeps_its_name(text: str, word: str, name: str) -> None:
    assert actors(text)[word]["name"] == name


def test_the_turkish_acronyms_are_the_initials_of_a_turkish_form() -> None:
    from desktop.suggest.gazetteer import turkish_acronyms
    assert {"AB", "ABD", "BM", "BAE", "AGİT", "DTÖ"} <= turkish_acronyms()
    assert not {"EU", "UN", "USA", "UAE", "NATO", "IMF"} & turkish_acronyms()


@pytest.mark.parametrize("text, exact", [
    ("Nelspruit SA officials said the road would reopen.", "Nelspruit SA"),
    ("Carson City NV officials said the road would reopen.", "Carson City NV"),
    ("Calgary AB residents voted on Monday.", "Calgary AB"),
])
def test_a_region_s_code_before_a_place_s_people_is_a_place(text: str, exact: str) -> None:
    """At a sentence's start the model reads "Carson City NV" as an organisation (main: "SA", "Carson City NV"
    organisations; the round: companies named "Nelspruit" and "Carson City"): before a place's people it is a place."""
    found = actors(text)
    assert found[exact]["type"] == "place"
    assert not any(a["type"] == "organisation" for a in found.values())


def test_a_company_before_its_people_keeps_its_form() -> None:
    assert actors("Philips NV chief executive Frans van Houten said so.")["Philips NV"]["type"] == "organisation"


# ---------------------------------------------------------------- a hyphenated given name before a surname in capitals
@pytest.mark.parametrize("text", ["Jean-Claude JUNCKER met Angela MERKEL.",
                                  "Theresa MAY met Jean-Claude JUNCKER in Brussels on July sixteenth."])
def test_a_hyphenated_given_name_and_a_surname_in_capitals_are_one_person(text: str) -> None:
    """The model reads "Jean" alone (it cuts at the hyphen): the whole name is the person."""
    found = actors(text)
    assert found["Jean-Claude JUNCKER"] == {**found["Jean-Claude JUNCKER"], "type": "person",
                                            "name": "Jean-Claude JUNCKER"}
    assert "Jean" not in found


def test_a_hyphenated_given_name_before_a_company_word_is_no_person() -> None:
    assert "Jean-Claude GROUP" not in actors("Jean-Claude GROUP said so.")
