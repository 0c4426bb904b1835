"""The twenty-sixth round's final read, fixed by the lead: a part of a month before a noun it qualifies, "up to" before a
year that qualifies a noun, the hyphenated "real-estate", the verb "won" before its object, and a division's name after a
title. Sentences of our own."""

from __future__ import annotations

from desktop.suggest import detect

REF = "2025-06-18"


def _dates(text: str) -> list[tuple[str, dict]]:
    return [(s.exact, s.attributes) for s in detect(text, reference=REF, kinds=("date",))]


def _figures(text: str) -> list[tuple[str, dict]]:
    return [(s.exact, s.attributes) for s in detect(text, reference=REF, kinds=("figure",))]


def test_a_part_of_a_month_before_the_noun_it_qualifies_has_no_open_side() -> None:
    found = _dates("Clubs must register players before the end of June deadline set by the league.")
    assert [e for e, _ in found] == ["the end of June"] and "open" not in found[0][1], found
    # a linking word, an adverb or a stop after it: the period's bound
    for text in ("The offer runs until the end of June when prices rise.", "The plant stays open until the end of June only.",
                 "Talks will run until the end of June, officials said."):
        found = _dates(text)
        assert found and found[0][1].get("open") == "start", (text, found)


def test_up_to_before_a_year_that_qualifies_a_noun_is_no_range() -> None:
    for text in ("Enrolment grew from 2015 up to 2019 highs before it collapsed.",
                 "Spending lasted from 2018 up to 2020 levels of funding."):
        found = _dates(text)
        assert not any(a.get("start") != a.get("end") for _, a in found), (text, found)
    for text in ("He was mayor from 2015 up to 2019, when he resigned.", "from 2015 up to 2019 the company grew"):
        found = _dates(text)
        assert [(a["start"], a["end"]) for _, a in found] == [("2015", "2019")], (text, found)


def test_real_estate_with_a_hyphen_is_no_brazilian_money() -> None:
    found = _figures("A 300 million Brazilian real-estate fund was launched.")
    assert found and all(a.get("unit") != "BRL" for _, a in found), found
    found = _figures("The fund holds 300 million Brazilian reals in cash.")
    assert any(a.get("unit") == "BRL" for _, a in found), found


def test_the_verb_won_before_its_object_is_no_korean_money() -> None:
    for text in ("Officials said 3 South Korean won seats in the new council.", "2 Korean won races at the games."):
        assert all(a.get("unit") != "KRW" for _, a in _figures(text)), text
    for text, unit in (("It cost 5,000 Korean won for lunch.", "KRW"), ("It cost 5,000 Korean won.", "KRW"),
                       ("Shares traded at 900 Korean won per share.", "KRW/share")):
        assert any(a.get("unit") == unit for _, a in _figures(text)), (text, _figures(text))


def test_a_division_after_a_title_is_a_place() -> None:
    found = {s.exact: s.attributes for s in detect("The commander of Nineveh Province resigned on Friday.", kinds=("actor",))}
    assert found.get("Nineveh Province", {}).get("type") == "place", found
