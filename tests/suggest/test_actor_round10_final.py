"""The lead's final read of the tenth round's actor rules: two misfires found by reading the whole change.
Every sentence is written for the test."""

from __future__ import annotations

from desktop.suggest import leads
from desktop.suggest.detect import detect


def _actors(text: str) -> list[tuple[str, str]]:
    return [(s.exact, s.attributes["type"]) for s in detect(text, reference="2025-10-15") if s.kind == "actor"]


def test_the_kind_nouns_of_a_lead_are_of_one_kind_each() -> None:
    # a noun in two lists was silently typed by the last ("broadcaster" made a person an organisation)
    person, place, organisation = set(leads._PERSON_NOUNS), set(leads._PLACE_NOUNS), set(leads._ORGANISATION_NOUNS)
    assert not (person & place or person & organisation or place & organisation)


def test_a_broadcaster_is_no_organisation_by_the_lead_alone() -> None:
    assert ("Qorvath Belmiro", "organisation") not in _actors("Qorvath Belmiro is a Welsh broadcaster and presenter.")


def test_a_given_name_that_ends_like_a_possessive_follows_a_trade() -> None:
    # "Doğu" ends like "Konağı" (a compound's head), but after a trade a person's full name follows
    assert ("Doğu Demirkol", "person") in _actors("Ünlü oyuncu Doğu Demirkol dün akşam Kadıköy'de bir konser verdi.")
