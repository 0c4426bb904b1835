"""Russian case forms of gazetteer names: a five-letter adjective takes case endings only before
its noun ("Южной Кореи"); a one-word name in "-ая" is a noun ("Селая", "Прая"), so a common word
sharing its first letters ("Село", a village) is no form of it.  Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def names(text: str) -> dict[str, str]:
    return {s.exact: s.attributes.get("name", "") for s in detect(text, kinds=("actor",))}


@pytest.mark.parametrize("text", ["Село Ивановка стоит на реке.", "Большое село находится рядом."])
def test_a_village_is_no_form_of_a_city_in_aya(text):
    assert "Celaya" not in names(text).values()


@pytest.mark.parametrize(
    "text, exact, name",
    [
        ("Он прилетел в Селаю вечером.", "Селаю", "Celaya"),
        ("Переговоры Южной Кореи продолжились.", "Южной Кореи", "South Korea"),
        ("Делегация Северной Кореи прибыла.", "Северной Кореи", "North Korea"),
    ],
)
def test_case_forms_of_names_are_still_found(text, exact, name):
    assert names(text).get(exact) == name
