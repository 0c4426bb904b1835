"""Thirtieth round, figure recall: sentences written for the round (none copied from a corpus)."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _found(text: str) -> list[tuple[str, dict]]:
    return [(text[s:e], a) for s, e, a in find_figures(text)]


def _count(value: int | float, unit: str, **more: object) -> dict:
    return {"value": value, "unit": unit, "scale": "", **more}


# A number in words after a possessive of a third person counts, as digits there do ("their 3 sons").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister lives in Leeds with their three children.", [("three children", _count(3, "children"))]),
        ("Hopelessly outnumbered, its two hundred defenders held out.", [("two hundred defenders", _count(200, "defenders"))]),
        ("The farmer lost his four cows in the flood.", [("four cows", _count(4, "cows"))]),
        ("The singer cancelled her five remaining concerts.", [("five remaining concerts", _count(5, "concerts"))]),
        ("The club, whose six players were injured, forfeited.", [("six players", _count(6, "players"))]),
    ],
)
def test_number_word_after_a_possessive_counts(text, expected):
    assert _found(text) == expected


# After "the", a modifier describing which ones makes the number a count, not a reference back.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade between the two largest economies slowed.", [("two largest economies", _count(2, "economies"))]),
        ("The three main parties rejected the plan.", [("three main parties", _count(3, "parties"))]),
        ("Inspectors visited the four new reactors.", [("four new reactors", _count(4, "reactors"))]),
        ("The deal covers the five northern provinces.", [("five northern provinces", _count(5, "provinces"))]),
    ],
)
def test_number_word_after_the_with_a_modifier_counts(text, expected):
    assert _found(text) == expected


# Still a reference back: "the" with the noun alone, a demonstrative, "our"/"my"/"your", "both", "all", and "the" with a
# word naming the rest of a group or its order.
@pytest.mark.parametrize(
    "text",
    [
        "The two leaders discussed the campaign.",
        "The two countries signed a treaty.",
        "Our two sons came home.",
        "My three brothers agreed.",
        "All five chapters were rewritten.",
        "The two other hostages were freed.",
        "The three remaining suspects fled.",
        "The two or three tanks left.",
        "He met the 2 leaders.",
    ],
)
def test_reference_back_stays_no_count(text):
    assert _found(text) == []


# "One" after a limiter or a bound is a count ("one" alone never is).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one hospital remains open in the city.", [("one hospital", _count(1, "hospital"))]),
        ("Just one bridge still stands.", [("one bridge", _count(1, "bridge"))]),
        ("Exactly one vote separated the two rivals.", [("one vote", _count(1, "vote"))]),
        ("Not even one ambulance arrived that night.", [("one ambulance", _count(1, "ambulance"))]),
        ("At least one senior official resigned.", [("one senior official", _count(1, "official", qualifier="≥"))]),
        ("Few voters back more than one candidate.", [("one candidate", _count(1, "candidate", qualifier=">"))]),
        ("Only one independent monitor was allowed in.", [("one independent monitor", _count(1, "monitor"))]),
        ("Each family may bring one or more guests.", [("one or more guests", _count(1, "guests", qualifier="≥"))]),
    ],
)
def test_one_after_a_limiter_counts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One day he came back.",
        "Only one of them came back.",
        "She is the only one who knows.",
        "The only one candidate left withdrew.",
        "Not only one country but several objected.",
        "He had just one more chance.",
        "There is only one way to win.",
        "Only one is left.",
        "One hospital was closed last year.",
    ],
)
def test_one_without_a_limiter_or_noun_stays_no_count(text):
    assert _found(text) == []


def test_one_after_a_bound_before_a_unit_keeps_the_unit():
    assert _found("The vote lasted more than one hour.") == [("one hour", {"value": 1, "unit": "h", "scale": "", "qualifier": ">"})]


# Review of the thirtieth round: after a singular "one" with no adjective, a verb is the pronoun's ("Only one knows"), and
# a noun of kind or part says no count ("only one kind of bird").
@pytest.mark.parametrize(
    "text",
    [
        "Only one knows the answer.",
        "At least one died in the attack.",
        "Only one survived the crash.",
        "Only one remains in custody.",
        "Only one came back alive.",
        "Only one kind of bird nests here.",
        "Only one thing matters now.",
        "Not even one bit of it was true.",
        "That is only one side of the story.",
        "Only one piece of evidence was found.",
    ],
)
def test_one_before_a_verb_or_a_general_noun_stays_no_count(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one bus runs on Sundays.", [("one bus", _count(1, "bus"))]),
        ("At least one crisis looms.", [("one crisis", _count(1, "crisis", qualifier="≥"))]),
        ("Just one bed was free.", [("one bed", _count(1, "bed"))]),
    ],
)
def test_one_before_a_noun_in_s_or_ed_still_counts(text, expected):
    assert _found(text) == expected
