"""Final read of the fourteenth round: the car and dish rules of ``english_things`` are English only, and a company's
word after a car maker ("BMW Türkiye", "Ford Otosan", "Toyota Tsusho") or a Spanish article before a dish ("Del Taco")
keeps the company. Sentences written for these tests and the final read's."""

from __future__ import annotations

import pytest

from desktop.suggest import english_things
from desktop.suggest.suggestion import actor


def _kept(text: str, name: str) -> bool:
    start = text.index(name)
    s = actor(start, start + len(name), text, {"name": name, "type": "organisation"}, 0.8)
    return english_things.drop(text, [s]) == [s]


@pytest.mark.parametrize("text, name", [
    ("BMW Türkiye yeni modelini tanıttı.", "BMW Türkiye"),
    ("Toyota Türkiye üretimi artırdı.", "Toyota Türkiye"),
    ("Ford Otosan yeni fabrikasını Kocaeli'de açtı.", "Ford Otosan"),
    ("Ford Otosan yeni fabrikasını Kocaeli'de açtı.", "Ford"),
    ("Ford Otosan'ın ihracatı yüzde 10 arttı.", "Ford Otosan"),
    ("Ford Sollers закрыл завод во Всеволожске.", "Ford Sollers"),
    ("Компания Hyundai Solaris объявила о сокращениях.", "Hyundai Solaris"),
    ("Renault Megane satışları Bursa'da düştü, şirket açıklama yaptı.", "Renault Megane"),
    ("Toyota Tsusho bought a stake in the firm.", "Toyota Tsusho"),
    ("Mitsubishi Electric reported higher profits.", "Mitsubishi Electric"),
    ("Ford Otomotiv shares rose on Monday.", "Ford Otomotiv"),
    ("Del Taco agreed to be bought by Jack in the Box.", "Del Taco"),
    ("Shares of El Burrito fell after the report.", "El Burrito"),
])
def test_a_company_stays(text: str, name: str) -> None:
    assert _kept(text, name)


@pytest.mark.parametrize("text, name", [
    ("I bought a used Toyota from my neighbour.", "Toyota"),
    ("We ordered the Fried Crab Wontons and they were cold.", "Fried Crab Wontons"),
    ("He drove a Mitsubishi Eclipse to work.", "Mitsubishi Eclipse"),
    ("She tried the Spicy Beef Tacos last night.", "Spicy Beef Tacos"),
])
def test_an_english_product_or_dish_still_goes(text: str, name: str) -> None:
    assert not _kept(text, name)
