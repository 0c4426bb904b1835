"""The twenty-ninth round's final read: defects of the merged rules found with the reader's own sentences, and their
mends (a club's possessive, a glued company's second guess, a habit's weekday range, Kazakh "15 күні", a Kazakh line
before a Russian one)."""
from __future__ import annotations

import datetime

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures
from desktop.suggest import detect
from desktop.suggest.english_informal import designation
from desktop.suggest.suggestion import Suggestion


def _actors(text: str) -> list[tuple[str, str]]:
    return [(s.exact, s.attributes["type"]) for s in detect(text, reference="2025-06-18", kinds=("actor",))]


def test_a_clubs_possessive_ends_the_club_before_the_player():
    got = _actors("Real Madrid's Carlo Ancelotti said he was happy.")
    assert ("Real Madrid", "organisation") in got and ("Carlo Ancelotti", "person") in got, got


def test_a_score_after_a_clubs_name_is_cut_before_a_full_stop():
    got = _actors("Dynamo Kyiv beat Shakhtar Donetsk 2-1.")
    assert ("Shakhtar Donetsk", "organisation") in got, got


def test_a_company_glued_to_a_person_leaves_no_guess_over_both():
    got = _actors("Gazprom Alexei Miller said exports fell.")
    assert ("Alexei Miller", "person") in got and not any(" " in e and e.startswith("Gazprom ") for e, _ in got), got


def test_a_habits_weekday_range_gives_no_past_end():
    ref = datetime.date(2025, 6, 18)
    for text in ("Shops open Monday-Friday from 9am.", "Trains run Monday–Saturday.",
                 "Parliament sits Tuesday-Thursday each week."):
        assert len(find_dates(text, reference=ref)) == 1, text
    ran = "The festival ran Wednesday-Friday."
    assert [ran[a:b] for a, b, _ in find_dates(ran, reference=ref)] == ["Wednesday-Friday"]


def test_kazakh_day_of_the_month_is_no_length():
    assert find_figures("Айдың 15 күні жалақы беріледі.") == []
    assert [a["unit"] for _, _, a in find_figures("Ол 10 күн жұмыс істеді.")] == ["d"]


def test_a_kazakh_line_does_not_make_the_next_russian_line_kazakh():
    text = "Он екі адам жараланды. Жиырма бес жыл өтті.\nРейтинг 20 возрос после выборов."
    assert not any(a.get("unit") == "возрос" for _, _, a in find_figures(text))


# The re-read's mends
def test_one_kazakh_unit_of_time_in_digits_is_a_length():
    assert [(a["value"], a["unit"]) for _, _, a in find_figures("Ол 1 жыл жұмыс істеді.")] == [(1, "y")]


def test_an_aircraft_variant_with_a_letter_is_no_actor():
    text = "The air force bought Su-35S jets last year."
    su = Suggestion("actor", text.index("Su"), text.index("Su") + 2, "Su", {"name": "Su", "type": "place"}, 0.65)
    assert designation(text, su)  # the model's "Su" of "Su-35S", as of "Su-35"


def test_through_after_a_word_that_only_ends_like_a_lasting_one_is_no_bound():
    ref = datetime.date(2025, 6, 18)
    assert [d.get("open") for _, _, d in find_dates("The rerun through Friday was dull.", reference=ref)] == [None]
    assert [d.get("open") for _, _, d in find_dates("The pass is valid through July 31.", reference=ref)] == ["start"]
