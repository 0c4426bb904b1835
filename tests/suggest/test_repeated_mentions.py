"""A name found once is found wherever the document writes it again, and Russian names in
an oblique case take the name of their nominative found beside them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.gazetteer import is_demonym
from desktop.suggest.mentions import link_surnames, repeated, same_stem
from desktop.suggest.names import NOT_ENTITIES
from desktop.suggest.repeated_names import repeated_mentions
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def spans(text: str, forms: list[str]) -> list[str]:
    return [text[a:b] for a, b, _form in repeated_mentions(text, forms)]


def test_every_whole_word_writing_of_a_found_name_is_found():
    text = "Yahoo agreed to the sale. Shares of Yahoo rose; Yahoo's chief left. Yahooligans and yahoos."
    assert [(a, b) for a, b, _f in repeated_mentions(text, ["Yahoo"])] == [(0, 5), (36, 41), (48, 53)]


@pytest.mark.parametrize(
    "text, form",
    [
        ("Will Smith spoke. They will decide. Will said no.", "Will"),  # also a word in lower case
        ("Monday came. On Monday he left.", "Monday"),  # a month or weekday
        ("EU rules. The EU said.", "EU"),  # shorter than three letters
        ("Shares of Yahoo Japan fell while Yahoo rose.", "Nothing"),
    ],
)
def test_words_and_short_forms_are_not_looked_for(text, form):
    assert spans(text, [form]) == []


def test_a_writing_beside_another_capitalised_word_is_part_of_another_name():
    text = "Yahoo agreed. Yahoo Japan is another company. Analysts said Yahoo Mail works."
    assert [a for a, _b, _f in repeated_mentions(text, ["Yahoo"])] == [0]


def test_russian_case_endings_and_turkish_suffixes():
    assert spans("Газпром подписал договор. Акции Газпрома выросли, сообщили в Газпроме.", ["Газпром"]) == [
        "Газпром", "Газпрома", "Газпроме"]
    assert spans("Google bir açıklama yaptı. Google'ın hisseleri yükseldi.", ["Google"]) == ["Google", "Google"]
    assert spans("Газпром и Газпромнефть.", ["Газпром"]) == ["Газпром"]  # another word, not an ending


def test_the_detector_finds_a_company_again_where_the_recogniser_missed_it():
    text = ("Verizon Communications agreed on Monday to buy Yahoo for $4.8 billion, said Marissa Mayer.\n\n"
            "The deal ends a long search. Shares of Yahoo rose 3 percent; Verizon fell.\n\n"
            "Analysts said Verizon wants the audience. For Yahoo, it is the end of an era.")
    found = [(s.start, s.attributes["name"], s.attributes["type"]) for s in detect(text, kinds=("actor",)) if s.exact == "Yahoo"]
    starts = [i for i in range(len(text)) if text.startswith("Yahoo", i)]
    assert found == [(i, "Yahoo", "organisation") for i in starts]


def test_slips_with_digits_and_nationality_words_are_not_repeated():
    text = "He had COVID-19 in May. COVID-19 spread. Alman aktör. Alman yazar. ABD'li bir şirket. ABD'li aktör."
    kept = [actor(7, 15, text, {"name": "COVID-19", "type": "organisation"}, 0.7),
            actor(41, 46, text, {"name": "Alman", "type": "state"}, 0.7),
            actor(67, 70, text, {"name": "ABD", "type": "state"}, 0.7)]
    taken = Taken()
    for s in kept:
        taken.add(s.start, s.end)
    assert repeated(text, kept, taken) == []


def test_repeated_mentions_keep_the_first_mentions_name_type_and_entity():
    text = "Acme Holdings signed. Later Acme Holdings paid."
    first = actor(0, 13, text, {"name": "Acme Holdings", "type": "organisation", "entity_id": "e1"}, 0.65)
    taken = Taken()
    taken.add(0, 13)
    (again,) = repeated(text, [first], taken)
    assert (text[again.start:again.end], again.attributes) == ("Acme Holdings", first.attributes)


def test_an_oblique_case_takes_the_nominative_found_beside_it():
    text = "Газпром подписал. Акции Газпрома выросли. Yahoo and Yahoos."
    kept = [actor(0, 7, text, {"name": "Газпром", "type": "organisation", "entity_id": "g"}, 0.75),
            actor(24, 32, text, {"name": "Газпрома", "type": "organisation"}, 0.75),
            actor(42, 47, text, {"name": "Yahoo", "type": "organisation"}, 0.65),
            actor(52, 58, text, {"name": "Yahoos", "type": "organisation"}, 0.65)]
    names = [(s.attributes["name"], s.attributes.get("entity_id")) for s in same_stem(kept)]
    assert names == [("Газпром", "g"), ("Газпром", "g"), ("Yahoo", None), ("Yahoos", None)]
    alone = [actor(24, 32, text, {"name": "Газпрома", "type": "organisation"}, 0.75)]
    assert same_stem(alone)[0].attributes["name"] == "Газпрома"  # no nominative in the text: left as written


_FILLER = ["the", "shares", "rose", "and", "fell", "said", "on", "a", "deal", "was", "signed", "in", "talks"]
_FORMS = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True).filter(
    lambda f: f not in NOT_ENTITIES and f.lower() not in _FILLER)


@given(form=_FORMS, words=st.lists(st.sampled_from(_FILLER), min_size=1, max_size=30),
       places=st.sets(st.integers(min_value=0, max_value=30), min_size=1, max_size=5))
def test_every_inserted_writing_is_found_where_it_was_put(form, words, places):
    out, expected, pos = [], [], 0
    for i, word in enumerate(words + [""]):
        if i in places:
            expected.append((pos, pos + len(form)))
            out.append(form)
            pos += len(form) + 1
        if word:
            out.append(word)
            pos += len(word) + 1
    text = " ".join(out)
    assert [(a, b) for a, b, _f in repeated_mentions(text, [form])] == expected


@pytest.mark.parametrize("word", ["Senators", "President", "Governor"])
def test_a_title_standing_alone_is_no_name_even_when_a_recogniser_says_so(word):
    from desktop.suggest.detect import _statistical

    text = f"It is clear that {word} will decide, said Jo Grady."
    start = text.index(word)
    found = _statistical(text, [(start, start + len(word), "person", "en"), (text.index("Jo"), len(text) - 1, "person", "en")])
    assert [s.exact for s in found] == ["Jo Grady"]


def test_a_nationality_word_a_model_put_in_a_name_is_not_looked_for_as_a_surname():
    text = "Frank Whittle İngiliz mühendistir. İngiliz ordusu ve Whittle çalıştı."
    person = actor(0, 21, text, {"name": "Frank Whittle İngiliz", "type": "person"}, 0.65)
    out = link_surnames(text, [person], Taken())
    assert [s.exact for s in out] == ["Frank Whittle İngiliz"]  # neither "İngiliz" nor "Whittle" alone
    person = actor(0, 13, text, {"name": "Frank Whittle", "type": "person"}, 0.65)
    assert [s.exact for s in link_surnames(text, [person], Taken())] == ["Frank Whittle", "Whittle"]


@pytest.mark.parametrize("word", ["Soviet", "Ottoman", "Sovyet", "Osmanlı"])
def test_adjectives_of_former_empires_and_unions_are_nationality_words(word):
    assert is_demonym(word)
    assert not is_demonym("Soviet Union") and not is_demonym("Osmanlı İmparatorluğu")


@pytest.mark.parametrize(
    "text, word",
    [
        ("Hollis Vane ran the office. The visitor met Republican Hollis Vane there.", "Republican"),
        ("Tarvik came home in May. That was how Lieutenant Tarvik came to Dover.", "Lieutenant"),
        ("Ilse Marrow sang first. The crowd loved German Ilse Marrow more.", "German"),
    ],
)
def test_a_person_is_found_again_after_a_party_a_rank_or_a_nationality(text, word):
    form = text.split(" ran")[0].split(" came")[0].split(" sang")[0]
    found = [text[a:b] for a, b, _f in repeated_mentions(text, [form], people={form})]
    assert found == [form, form]
    assert text.index(word) + len(word) + 1 == [a for a, _b, _f in repeated_mentions(text, [form], people={form})][1]


@pytest.mark.parametrize(
    "text, form, people",
    [
        ("Bush spoke. The Bush Doctrine followed.", "Bush", {"Bush"}),  # a word after the name: a title of its own
        ("Hollis spoke, and visitors met Republican Hollis.", "Hollis", set()),  # not found as a person: left out
        ("Congo voted, and the Democratic Congo voted too.", "Congo", {"Congo"}),  # no party word: an adjective of a name
        ("Columbia grew, and British Columbia grew more.", "Columbia", set()),  # a place's form, not a person's
    ],
)
def test_a_capitalised_word_before_a_form_still_makes_another_name(text, form, people):
    assert [a for a, _b, _f in repeated_mentions(text, [form], people=people)] == [0]


@pytest.mark.parametrize(
    "text, form",
    [
        ("Shepherd spoke. The German Shepherd barked.", "Shepherd"),  # a nationality before one word: a dog's breed
        ("Brown spoke. The American Brown bear slept.", "Brown"),
        ("Colonel spoke. He was a Lieutenant Colonel then.", "Colonel"),  # the form is itself a rank
        ("Party spoke. The Republican Party met.", "Party"),  # the form is a body's word
    ],
)
def test_a_party_rank_or_nationality_does_not_free_a_title_word_or_a_one_word_form(text, form):
    assert [a for a, _b, _f in repeated_mentions(text, [form], people={form})] == [0]
