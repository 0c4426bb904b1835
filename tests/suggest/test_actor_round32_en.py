"""Thirty-second round (English actor recall): a lone capitalised word before "said", "met" or a journey's verb is a
person when a person's pronoun in its sentence refers back to it before anything else it could name ("Halvorsen
denied the report, saying he …", "Brannigan flew to Lisbon, where he met …"), and the model's organisation there is retyped a
person; a body's pronoun, another name or a noun of a single person between keep it out. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_referents, english_subjects, gazetteer
from desktop.suggest.suggestion import Suggestion
from tests.suggest.test_actor_round23_en import actors


def _subjects(text: str) -> list[str]:
    return [text[a:b] for a, b in english_subjects.subject_names(text)]


# ---------------------------------------------------------------- a person's pronoun referring back
@pytest.mark.parametrize(
    "text, name",
    [
        # (after a verb of speech the lead's fix after the final read reads only a participle's pronoun, in the
        # name's own sentence: "Halvorsen said the plan would go ahead. He added …", "…, and he urged …" and "Okafor
        # arrived in Lagos on Friday. She thanked …" are left, as "Aeroflot said … He said …" is a spokesman's)
        ("Halvorsen denied the report, saying he had never met the man.", "Halvorsen"),
        ("Brannigan flew to Lisbon on Tuesday, where he met union leaders.", "Brannigan"),
        ("Okafor returned to Nairobi with his family.", "Okafor"),
        ("Brannigan met with union leaders on Monday, and he called the talks useful.", "Brannigan"),
        ("Oyelaran travelled to Geneva in March to present his report.", "Oyelaran"),
    ],
)
def test_a_persons_pronoun_makes_a_lone_subject_a_person(text: str, name: str) -> None:
    assert name in _subjects(text)
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        # a body's pronoun comes first
        ("Wildberries told reporters on Monday that its sales rose.", "Wildberries"),
        ("Lufthansa flew to Almaty on Monday, where it opened an office.", "Lufthansa"),
        ("Aeroflot returned to Antalya in May. Its planes were full.", "Aeroflot"),
        ("Zenit met with Spartak on Sunday. They won easily.", "Zenit"),
        # no pronoun at all: a journey's verb alone is no cue (airlines, teams and craft travel too)
        ("Lufthansa flew to Almaty on Monday.", "Lufthansa"),
        ("Qorvane arrived in Dubai on Monday.", "Qorvane"),
        # after a verb of speech, "he" in the reported clause is the one the body speaks of
        ("Interfax said he was detained in Moscow. He was 54.", "Interfax"),
        ("Qualvex said on Monday that he had resigned.", "Qualvex"),
        ("Qualvex told her the deal was off.", "Qualvex"),  # "her" is read as no cue
        # a noun of a single person or another name stands between: the pronoun may be theirs
        ("Qualvex said the founder had resigned. He will stay on the board.", "Qualvex"),
        ("Trovix said the pilot was unhurt, and he would fly again.", "Trovix"),
        ("Trovix said Petrenko had resigned, and he would leave in May.", "Trovix"),
        ("Trovix met Dalvane in Oslo. He called the talks useful.", "Trovix"),
        # the pronoun is too far on: two sentences on, or the next line
        ("Trovix said the plant was safe. Output rose. He added more.", "Trovix"),
        ("Trovix said the plant was safe.\nHe spoke later.", "Trovix"),
    ],
)
def test_no_person_without_a_persons_pronoun_first(text: str, name: str) -> None:
    assert name not in _subjects(text)  # (the model may still call a club a person: "Zenit met with Spartak")


def test_refers_back_reads_days_months_and_known_places_between() -> None:
    known = gazetteer.types_by_form()
    text = "Brannigan flew to Ankara on Monday in May, where he spoke."
    assert english_referents.refers_back(text, text.index(" to"), known)
    text = "Brannigan flew to Qorvane on Monday, where he spoke."  # an unknown name between
    assert not english_referents.refers_back(text, text.index(" to"), known)
    text = "Brannigan flew to Ankara on Monday. He spoke later."  # the next sentence's "He": not read
    assert not english_referents.refers_back(text, text.index(" to"), known)


def test_the_verbs_object_it_is_no_bodys_pronoun() -> None:
    known = gazetteer.types_by_form()
    text = "Halvorsen denied it, saying he had never met the man."
    assert english_referents.refers_back(text, text.index(" it"), known, speech=True)
    text = "Qualvex denied it would close the plant."
    assert not english_referents.refers_back(text, text.index(" it"), known, speech=True)


# ---------------------------------------------------------------- the model's organisation at such a subject
def test_a_models_organisation_with_a_persons_pronoun_is_a_person() -> None:
    assert actors("Mirziyoyev denied it, saying he had never met the man.").get("Mirziyoyev") == "person"


@pytest.mark.parametrize(
    "text, retyped",
    [
        ("Kaspersky denied it, saying he had never seen the file.", "person"),
        ("Kaspersky said the flaw was fixed.", "organisation"),  # a firm named after its founder keeps its type
        ("Kaspersky said on Monday that it had fixed the flaw.", "organisation"),
        ("Kaspersky said on Monday that he had fixed the flaw.", "organisation"),  # the reported clause's "he"
    ],
)
def test_only_a_persons_pronoun_retypes_a_models_organisation(text: str, retyped: str) -> None:
    guess = Suggestion("actor", 0, 9, "Kaspersky", {"name": "Kaspersky", "type": "organisation"}, 0.65)
    assert english_subjects.places_retyped(text, [guess])[0].attributes["type"] == retyped


# ---------------------------------------------------------------- a headline's verb cut from a name
@pytest.mark.parametrize(
    "text, name",
    [
        ("Senator Halvorsen Returns To Oslo", "Senator Halvorsen"),
        ("Okafor Arrives In Geneva For Talks", "Okafor"),
        ("Mayor Brannigan Pledges New Parks", "Mayor Brannigan"),
        ("Brannigan Responds To Critics", "Brannigan"),
    ],
)
def test_a_headlines_verb_is_cut_from_a_name(text: str, name: str) -> None:
    from desktop.suggest.english_headlines import without_headline_words

    end = text.index(" ", len(name) + 1)
    guess = Suggestion("actor", 0, end, text[:end], {"name": text[:end], "type": "person"}, 0.65)
    assert [s.exact for s in without_headline_words([guess], text)] == [name]


@pytest.mark.parametrize("name", ["Tax Returns Office", "Diminishing Returns Ltd", "Diminishing Returns", "Lucas Arrivas"])
def test_a_name_keeps_a_word_that_is_no_headlines_verb_after_its_first(name: str) -> None:
    from desktop.suggest.english_headlines import without_headline_words

    guess = Suggestion("actor", 0, len(name), name, {"name": name, "type": "organisation"}, 0.65)
    assert [s.exact for s in without_headline_words([guess], name)] == [name]  # a plural noun in a body's name stays


# ---------------------------------------------------------------- review: a body's own "his", the next sentence, running text
@pytest.mark.parametrize(
    "text",
    [
        "Chelsea flew to Madrid, where his side lost 2-0.",
        "Everton went down, and his team was relegated.",
        "Ajax arrived in Milan, and his players rested.",
    ],
)
def test_his_before_a_bodys_members_is_no_persons_pronoun(text: str) -> None:
    assert english_subjects.subject_names(text) == []  # the side's manager, named elsewhere


@pytest.mark.parametrize(
    "text",
    [
        "Tesla said the recall was voluntary. He declined to comment.",
        "Halvorsen said the plan would go ahead. He added that costs would rise.",
        "Chelsea returned to London in May. He was greeted by fans.",
    ],
)
def test_the_next_sentences_pronoun_retypes_no_models_organisation(text: str) -> None:
    end = text.index(" ")
    guess = Suggestion("actor", 0, end, text[:end], {"name": text[:end], "type": "organisation"}, 0.65)
    assert english_subjects.places_retyped(text, [guess])[0].attributes["type"] == "organisation"  # "He" may be anyone named before


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mark Speaks, a lawyer, said the case was weak.", "Mark Speaks"),
        ("John Insists said he would appeal.", "John Insists"),
        ("Senator Halvorsen Arrives in the text after a long day.", "Senator Halvorsen Arrives"),
    ],
)
def test_a_plural_nouns_verb_is_cut_only_in_a_headline(text: str, name: str) -> None:
    from desktop.suggest.english_headlines import without_headline_words

    guess = Suggestion("actor", 0, len(name), name, {"name": name, "type": "person"}, 0.65)
    assert [s.exact for s in without_headline_words([guess], text)] == [name]
    text = "Senator Halvorsen Returns To Oslo\nThe senator said"
    guess = Suggestion("actor", 0, 25, text[:25], {"name": text[8:25], "type": "person"}, 0.65)
    assert [s.exact for s in without_headline_words([guess], text)] == ["Senator Halvorsen"]


@pytest.mark.parametrize("text", ["Senator Halvorsen Returns\nThe senator", "Senator Halvorsen Returns\r\nThe senator",
                                  "Senator Halvorsen Returns"])
def test_a_plural_nouns_verb_is_cut_at_a_lines_end(text: str) -> None:
    from desktop.suggest.english_headlines import without_headline_words

    guess = Suggestion("actor", 0, 25, text[:25], {"name": text[8:25], "type": "person"}, 0.65)
    assert [s.exact for s in without_headline_words([guess], text)] == ["Senator Halvorsen"]
