"""The review of the twelfth round's English actor rules, on sentences written for these tests: each input gave a
wrong result on the branch before its fix (a finance term made a network, a company's acronym glued to its
product's name; the companies after "in" or "outside" made places are in test_actor_round12.py's lists)."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- FX: a network only where a show airs
@pytest.mark.parametrize("text", [
    "The bank's returns on FX trading were poor this year.",
    "Losses shown on FX positions grew in the spring.",
])
def test_fx_in_finance_s_words_is_no_network(text: str) -> None:
    assert "FX" not in actors(text)


def test_a_web_term_after_a_network_s_noun_is_no_network() -> None:
    assert "DSL" not in actors("The home network DSL modem failed again.")


# ---------------------------------------------------------------- an acronym before a camel-case product
@pytest.mark.parametrize("text, company, product", [
    ("IBM WebSphere servers crashed overnight.", "IBM", "IBM WebSphere"),
    ("ESPN SportsCenter anchors walked out on Friday.", "ESPN", "ESPN SportsCenter"),
])
def test_a_company_s_acronym_before_its_product_stays_the_company(text: str, company: str, product: str) -> None:
    found = actors(text)
    assert found[company]["type"] == "organisation"
    assert product not in found
