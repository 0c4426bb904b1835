"""The lead's fixes after the thirtieth round's final read: a domain's name repeated inside an address or standing
for its site, 'only one' before a general noun, a pair of days before a month and a count."""

from __future__ import annotations

import pytest

from desktop.suggest import detect

REFERENCE = "2025-06-18"


def _found(text: str, kind: str) -> list[tuple[str, str]]:
    out = []
    for s in detect(text, reference=REFERENCE, kinds=(kind,)):
        if s.kind == kind:
            out.append((s.exact, str(s.attributes.get("type") or s.attributes.get("unit") or s.attributes.get("start"))))
    return out


def test_a_domain_company_is_not_repeated_inside_addresses():
    text = ("Kaspi.kz said profit rose. Customers can pay at www.Kaspi.kz or write to info@Kaspi.kz, "
            "or open https://Kaspi.kz/shop.")
    starts = [s.start for s in detect(text, reference=REFERENCE, kinds=("actor",))]
    assert starts == [0]


def test_a_domain_company_repeated_in_prose_is_kept():
    text = "Shares of Kaspi.kz rose 4.5 percent. Kaspi.kz also said its users grew."
    assert _found(text, "actor") == [("Kaspi.kz", "organisation"), ("Kaspi.kz", "organisation")]


@pytest.mark.parametrize("text", [
    "Dissidents posted on Vk.com last night.",
    "The leak spread via Telegram.org within hours.",
    "Hackers then emailed Gmail.com users.",
    "Egov.kz порталында жаңа қызмет іске қосылды.",
    "Kaspi.kz сайтында жаңа қызмет бар.",
])
def test_a_domain_standing_for_its_site_is_no_actor(text):
    assert [a for a in _found(text, "actor") if "." in a[0]] == []


@pytest.mark.parametrize("text", [
    "It was only one factor in the decision.",
    "This is just one example of the trend.",
    "It is just one option among many.",
])
def test_only_one_before_a_general_noun_is_no_count(text):
    assert _found(text, "figure") == []


def test_only_one_before_a_colour_counts_the_noun_after_it():
    assert _found("Only one red card was shown in the final.", "figure") == [("one red card", "card")]


def test_a_pair_of_days_before_the_month_and_a_count():
    text = "Погибли 5-6 марта 12 человек."
    assert ("12 человек", "people") in _found(text, "figure")
    assert _found(text, "date") == [("5-6 марта", "2025-03-05")]  # the pair of days (the last day alone until round 31)


def test_a_score_before_month_day_is_no_pair_of_days():
    assert _found("Score 2-1 March 12 people came.", "date") == [("March 12", "2025-03-12")]


def test_a_domain_company_is_not_repeated_before_a_path():
    text = "Kaspi.kz said profit rose. Kaspi.kz/shop is down."
    assert [s.start for s in detect(text, reference=REFERENCE, kinds=("actor",))] == [0]

