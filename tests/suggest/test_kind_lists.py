"""A list announced by a plural noun of one kind of actor ("Towns and cities in this zone include …"): its free names
take that kind (desktop.suggest.english_lists.kind_lists), and a list under any other noun gets nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.english_lists import LowerWords, kind_lists
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def listed(text: str, english: bool = True) -> list[tuple[str, str]]:
    return [(s.exact, s.attributes["type"]) for s in kind_lists(text, [], Taken(), lambda _t, _p: english)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Towns and villages in this valley include Ostrova Brda, Kelmir and Pazunet.",
         [("Ostrova Brda", "place"), ("Kelmir", "place"), ("Pazunet", "place")]),
        ("She signed with labels and toured with bands such as Vardelune and Orchid Tarn.",
         [("Vardelune", "organisation"), ("Orchid Tarn", "organisation")]),
        ("Early painters of the school included Ansel Mirow, Teodor Vask and Ilse Brandt.",
         [("Ansel Mirow", "person"), ("Teodor Vask", "person"), ("Ilse Brandt", "person")]),
    ],
)
def test_the_free_names_of_a_list_take_the_kind_of_its_noun(text, found):
    assert listed(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Products of the firm include Wavelet, Dunecast and Glimmer.",  # no noun of an actor: products
        "The months such as January and February are cold.",  # months, no actor's noun
        "The chapters include Introduction, Methods and Results.",  # headings
        "Famous novels include War and Peace and Middlemarch.",  # works
        "Countries such as France are large.",  # one name: no list
        "Towns include Soup and Salad, and soup is warm; salad too.",  # words the text writes in lower case
    ],
)
def test_no_kind_list_without_an_actors_noun_or_two_names(text):
    assert listed(text) == []


def test_a_taken_name_or_another_language_gets_nothing():
    text = "Towns in the area include Kelmir and Pazunet."
    taken = Taken()
    taken.add(text.index("Kelmir"), text.index("Kelmir") + 6)
    assert [s.exact for s in kind_lists(text, [], taken, lambda _t, _p: True)] == ["Pazunet"]
    assert listed(text, english=False) == []


@given(st.sampled_from(["include", "including", "such as", "like", "included"]))
def test_each_cue_opens_the_list(cue):
    assert [name for name, _k in listed(f"The hamlets and villages nearby, {cue} Kelmir and Pazunet, were flooded.")] == []
    assert listed(f"The villages {cue} Kelmir and Pazunet were flooded.") == [("Kelmir", "place"), ("Pazunet", "place")]


def test_the_detector_finds_the_places_of_a_towns_list():
    text = "The zone lies in the highlands. Towns and cities in this zone include Ostrova Brda, Kelmir and Pazunet."
    found = {s.exact: s.attributes["type"] for s in detect(text, kinds=("actor",))}
    assert {found.get(n) for n in ("Ostrova Brda", "Kelmir", "Pazunet")} == {"place"}


def test_a_member_found_with_another_type_takes_the_kind_and_a_state_stays_a_state():
    text = "Countries such as Kelmir and Pazunet voted."
    kept = [actor(text.index("Kelmir"), text.index("Kelmir") + 6, text, {"name": "Kelmir", "type": "person"}, 0.9),
            actor(text.index("Pazunet"), text.index("Pazunet") + 7, text, {"name": "Pazunet", "type": "state"}, 0.9)]
    taken = Taken()
    for s in kept:
        taken.add(s.start, s.end)
    assert [s.attributes["type"] for s in kind_lists(text, kept, taken, lambda _t, _p: True)] == ["place", "state"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("His parents are Teodor and Ilse Marrow.", [("Teodor", "person"), ("Ilse Marrow", "person")]),
        ("Her daughters were Anja, Katri and Liis Tamm.",  # a family name closes it: no "Happy and Sad"
         [("Anja", "person"), ("Katri", "person"), ("Liis Tamm", "person")]),
    ],
)
def test_kin_in_the_plural_name_people(text, found):
    assert listed(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "His parents were Catholics and Protestants.",  # faiths
        "Her parents were Lutheran.",  # one word: no list
        "Their children are Happy and Healthy, happy and healthy.",  # words the text writes in lower case
    ],
)
def test_kin_before_faiths_or_words_name_nobody(text):
    assert listed(text) == []


def test_a_name_with_the_in_a_list_of_people_is_a_group_and_artists_may_be_bands():
    assert listed("Singers such as The Vardelunes and Ilse Marrow toured.") == [("Ilse Marrow", "person")]
    assert listed("Artists such as Vardelune and Orchid Tarn toured.") == []


@given(st.lists(st.sampled_from(["soup", "Soup", "soups", "re-soup", "soup-kitchen", "soup's", "_soup", "2soup", "salad",
                                 " ", ", ", ".", "\n"]), max_size=12),
       st.sampled_from(["soup", "salad", "kitchen"]))
def test_the_lazy_lower_case_words_agree_with_the_set_of_every_lower_case_word(parts, word):
    text = "".join(parts)
    every = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
    assert (word in LowerWords(text)) == (word in every)


# Review fixes (twenty-first round): each sentence below went wrong before them.
def actor_types(text: str) -> dict[str, str]:
    return {s.exact: s.attributes["type"] for s in detect(text, kinds=("actor",))}


@pytest.mark.parametrize(
    "text",
    [
        "His parents are Catholic and Republican.",  # what the kin are, not their names
        "Her sisters were Happy and Sad.",
        "Her parents were Baptist and Methodist.",
        "His sons are Doctors and Lawyers.",
        "Their children are Muslim and Christian.",  # one word no name: the list is none
    ],
)
def test_kin_before_are_name_nobody_when_the_words_are_no_names(text):
    assert listed(text) == []


def test_kin_before_are_with_a_given_name_or_a_family_name_still_name_people():
    assert listed("Her daughters were Anna, Katri and Liis.") == [("Anna", "person"), ("Katri", "person"), ("Liis", "person")]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Countries whose leaders include Putin and Erdogan objected.", ["Putin", "Erdogan"]),  # a relative clause
        ("Companies whose founders include Elon Musk and Peter Thiel grew.", ["Elon Musk", "Peter Thiel"]),
    ],
)
def test_a_noun_across_a_relative_clause_does_not_retype_the_list(text, names):
    assert {actor_types(text).get(n) for n in names} == {"person"}


def test_the_nearest_noun_gives_the_kind():
    assert actor_types("Players who signed for clubs like Arsenal and Chelsea were paid more.")["Arsenal"] == "organisation"
    assert listed("Players who signed for clubs like Kelmir United and Pazunet Rovers were paid.") == [
        ("Kelmir United", "organisation"), ("Pazunet Rovers", "organisation")]
    assert listed("Singers from bands such as Vardelune and Orchid Tarn joined.") == [
        ("Vardelune", "organisation"), ("Orchid Tarn", "organisation")]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Players such as Brazil, Spain and Argentina qualified.", "Brazil", "state"),  # a state is no person
        ("Writers like Paris and Rome because the light is soft.", "Paris", "place"),  # "like" a verb
        ("Cities including New York, London and BBC were mentioned.", "BBC", "organisation"),  # an acronym
        ("Major players such as Amazon, Google and Microsoft dominate the cloud market.", "Microsoft", "organisation"),
        ("Big players like Huawei and Ericsson bid for the contract.", "Huawei", "organisation"),  # market players
    ],
)
def test_a_kind_noun_does_not_retype_a_place_an_acronym_or_a_company(text, name, kind):
    assert actor_types(text)[name] == kind
