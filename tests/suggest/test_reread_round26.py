"""The twenty-sixth round's re-read, mended by the lead: a count of days in two words, the type a hand tag takes
inside a title's body, a rank after "towards". Sentences of our own."""

from __future__ import annotations

from desktop.suggest import detect
from desktop.suggest.detect import entity_type


def test_a_count_of_days_in_two_words_is_counted_from_the_date_before() -> None:
    found = {s.exact: s.attributes for s in detect("The ship sank on 3 May 2019. Twenty-one days later, divers found it.",
                                                    reference="2025-06-18", kinds=("date",))}
    assert found.get("Twenty-one days later", {}).get("start") == "2019-05-24", found
    found = {s.exact: s.attributes for s in detect("The ship sank on 3 May 2019. Twenty-one years later, divers found it.",
                                                    reference="2025-06-18", kinds=("date",))}
    assert found.get("Twenty-one years later", {}).get("start") == "2040", found


def test_a_hand_tag_on_a_titles_body_takes_the_bodys_type() -> None:
    text = "He met the leader of Al Qaeda in 2001 and the commander of Nineveh Province in 2004."
    start = text.index("Al Qaeda")
    assert entity_type(text, start, start + len("Al Qaeda")) == "organisation"
    start = text.index("Nineveh Province")
    assert entity_type(text, start, start + len("Nineveh Province")) == "place"
    text = "Police spokesman Mike Blakemore said so."
    start = text.index("Mike Blakemore")
    assert entity_type(text, start, start + len("Mike Blakemore")) == "person"


def test_a_rank_after_towards_names_a_place_not_a_person() -> None:
    found = [(s.exact, s.attributes.get("type")) for s in detect("The boat sailed towards Captain Cook yesterday.", kinds=("actor",))]
    assert ("Captain Cook", "person") not in found, found
    found = [(s.exact, s.attributes.get("type")) for s in detect("She wrote a letter to General Fahim last year.", kinds=("actor",))]
    assert any(t == "person" and "Fahim" in e for e, t in found), found
