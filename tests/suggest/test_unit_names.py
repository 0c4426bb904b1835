"""A unit or a currency's code right after a number is the figure's unit, not an actor (``unit_names``): the recognisers
read "MeV" of "25 MeV" as a person and "SEK", "HP" as organisations beside the figure the same words make."""

import datetime

import pytest

from desktop.suggest.detect import detect

_REF = datetime.date(2025, 6, 10)


def _actors(text):
    return [s.exact for s in detect(text, reference=_REF) if s.kind == "actor"]


@pytest.mark.parametrize(
    "text",
    [
        "The beam reached 25 MeV, then 7 TeV; the detector saw 300 keV.",
        "A ticket cost 1.200 SEK, and the 200 HP engine ran all night.",
        "It cost 40 USD today, and the lunch 12 EUR.",
    ],
)
def test_a_unit_after_a_number_is_no_actor(text):
    assert _actors(text) == []


@pytest.mark.parametrize(
    "text, actors",
    [
        ("The 200 HP employees were laid off.", ["HP"]),  # a count of employees: HP is the company
        ("In 2020 Apple sold 5 Nokia phones.", ["Apple", "Nokia"]),  # a name after a year, a maker inside a count
        ("He paid 40 EUR to Siemens.", ["Siemens"]),
        ("Shares of 3 Google units rose.", ["Google"]),
    ],
)
def test_a_name_after_a_number_stays_when_the_figure_does_not_end_on_it(text, actors):
    assert _actors(text) == actors
