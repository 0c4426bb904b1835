"""Nineteenth round (English actor precision): a person the model found in a list of bodies needs three bodies beside it
to become one ("Smith, Jones and Deloitte" keeps Smith a person), an ordinary word shouted before the kind of body it
describes is no actor ("the SELECT committee", "COUNTY council"), nor a word in capitals stressed after a word of degree
("completely UNTRUE."), a month before a board's word ("the August Board meeting"), a flight ("MH 17") or a model's
designation ("AK - 47")."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, english_informal, english_lists, english_shouting, english_terms, gazetteer
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _english(_text: str, _pos: int) -> bool:
    return True


def _members(text: str, found: dict[str, str]) -> dict[str, str]:
    """``list_members`` on ``text`` with ``found`` (each name → its type) as the model's suggestions so far."""
    kept = [actor(m.start(), m.end(), text, {"name": name, "type": kind}, 0.65)
            for name, kind in found.items() for m in [re.search(rf"\b{re.escape(name)}\b", text)] if m is not None]
    taken = Taken.of((s.start, s.end) for s in kept)
    return {s.exact: str(s.attributes["type"]) for s in english_lists.list_members(text, kept, taken, _english)}


# ---------------------------------------------------------------- a person among bodies
@pytest.mark.parametrize("text", [
    "The statement was countersigned by Smith, Jones and Deloitte.",
    "Audits were done by Smith, Jones and Deloitte last year.",
])
def test_a_person_beside_two_bodies_stays_a_person_in_detection(text: str) -> None:
    assert actors(text)["Smith"]["type"] == "person", actors(text)


_SYLLABLES = ["ka", "lo", "ve", "ri", "tan", "mor", "bel", "sun", "dra", "vik", "pel", "go"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4), st.integers(0, 3), st.booleans())
def test_a_person_among_bodies_becomes_one_only_beside_three(syllables: list[str], at: int, three: bool) -> None:
    name = "".join(syllables).title()
    assume(gazetteer.types_by_form().get(name.casefold()) is None)
    bodies = ["Aldwick", "Norbury", "Velair"] if three else ["Aldwick", "Norbury"]
    members = list(bodies)
    members.insert(min(at, len(members) - 1), name)
    text = "The deal was signed by " + ", ".join(members[:-1]) + f" and {members[-1]} in May."
    out = _members(text, {**{b: "organisation" for b in bodies}, name: "person"})
    assert out[name] == ("organisation" if three else "person"), (text, out)


def test_a_body_among_persons_still_takes_their_type() -> None:
    found = {"Brandle": "person", "Oskow": "organisation", "Tanmor": "person"}
    assert _members("Brandle, Oskow and Tanmor signed the letter.", found)["Oskow"] == "person"


# ---------------------------------------------------------------- ordinary words shouted
@pytest.mark.parametrize("text, word", [
    ("Yesterday the SELECT committee questioned the minister for two hours.", "SELECT"),
    ("A report by the SELECT committee on health was published.", "SELECT"),
    ("COUNTY council leaders agreed the budget on Monday.", "COUNTY"),
    ("Officers of the STATE police closed the bridge.", "STATE"),
    ("The claims in that review are completely UNTRUE.", "UNTRUE"),
    ("Honestly the landlords are so GREEDY, nobody stays long.", "GREEDY"),
    ("I found the staff really RUDE !", "RUDE"),
    ("RIP to the old keeper who died today .", "RIP"),  # chat words, terms and compass points in capitals
    ("FF @ some_friend and @ another_one", "FF"),
    ("Our survey asks about CRM tools in small shops .", "CRM"),
    ("Wind 14 C WSW 20 km / hr , rain 3 mm", "WSW"),
    ("New BLOG : a week in Lisbon", "BLOG"),
])
def test_an_ordinary_word_in_capitals_is_no_actor(text: str, word: str) -> None:
    assert word not in actors(text), actors(text)


@pytest.mark.parametrize("text, word", [
    ("MERCY hospital staff walked out on Monday.", "MERCY"),  # a name in capitals before its kind of body
    ("The budget pays for more NASA missions.", "NASA"),  # "more" is no word of degree
    ("Talks with the UNICEF board went well.", "UNICEF"),
    ("We were so pleased that IBM agreed.", "IBM"),  # the clause goes on: no word stressed
])
def test_a_body_in_capitals_stays(text: str, word: str) -> None:
    assert word in actors(text), actors(text)


def test_the_word_lists_hold_lower_case_words() -> None:
    assert all(w == w.lower() for w in english_shouting._BODY_ATTRIBUTIVES)  # noqa: SLF001 - the list's form


# ---------------------------------------------------------------- a month's meeting
@pytest.mark.parametrize("text", [
    "Please send the revised curves before the August Board meeting.",
    "The figures go to the October Committee session next week.",
])
def test_a_month_before_a_board_is_no_body(text: str) -> None:
    assert not any(word in name for name in actors(text) for word in ("August", "October")), actors(text)


@pytest.mark.parametrize("name, meeting", [("August Board", True), ("May Committee", False), ("Finance Board", False),
                                           ("August Board Room", False)])
def test_month_meeting_reads_a_month_and_a_board_only(name: str, meeting: bool) -> None:
    text = f"See the {name} now."
    s = actor(8, 8 + len(name), text, {"name": name, "type": "organisation"}, 0.6)
    assert english_informal.month_meeting(s) is meeting


# ---------------------------------------------------------------- flights and models' designations
@pytest.mark.parametrize("text, word", [
    ("Families of the passengers who boarded MH 17 met in Kyiv.", "MH"),
    ("Our plane , Flight TG 921 , left two hours late .", "TG"),
    ("Rebels were firing their AK - 47 rifles at dawn.", "AK"),
    ("The crates held AK47s and mortars.", "AK47s"),
])
def test_a_flight_or_a_model_is_no_body(text: str, word: str) -> None:
    assert not any(word in name for name in actors(text)), actors(text)


@pytest.mark.parametrize("exact, after, thing", [
    ("AK", " - 47 rifles", True), ("F - 102", " squadrons", True), ("S100", " has a screen", True),
    ("G", "-20 summit", False), ("MI5", " said", False), ("M25", " was shut", False), ("NATO", " said", False),
    ("BBC2", " showed it", False), ("NATO", " 2020 summit", False),
])
def test_designation_reads_capitals_joined_to_a_number(exact: str, after: str, thing: bool) -> None:
    text = f"See {exact}{after}."
    s = actor(4, 4 + len(exact), text, {"name": exact, "type": "organisation"}, 0.6)
    assert english_informal.designation(text, s) is thing


@pytest.mark.parametrize("exact, after, thing", [("MH", " 17 .", True), ("SQ", " 351 (", True), ("MN", " 10 .", False),
                                                 ("XQ", " 2015 report", False), ("XQ", " 212 report", True), ("BP", " said", False)])
def test_flight_reads_a_code_before_a_number(exact: str, after: str, thing: bool) -> None:
    text = f"See {exact}{after}"
    s = actor(4, 4 + len(exact), text, {"name": exact, "type": "organisation"}, 0.6)
    assert english_informal.flight(text, s) is thing


def test_a_company_named_like_a_compass_point_stays() -> None:
    assert "SSE" in actors("Shares in SSE fell after the storm.")


# ---------------------------------------------------------------- an acronym spelt out as a thing
@pytest.mark.parametrize("text, gone", [
    ("Engineers chose the Lunar Cargo Vehicle ( LCV ) last year . The LCV flies in 2031 .", {"LCV", "Lunar Cargo Vehicle"}),
    ("She holds the Meritorious Flying Medal (MFM). Her MFM hangs in the hall.", {"MFM"}),
])
def test_an_acronym_spelt_out_as_a_thing_is_no_body(text: str, gone: set[str]) -> None:
    assert not gone & set(actors(text)), actors(text)


@pytest.mark.parametrize("text, acronyms", [
    ("The Core Pricing Mechanism ( CPM ) stays.", {"CPM", "Core Pricing Mechanism"}),
    ("The Kelso Farmers Union (KFU) said no.", set()),  # a body's long form
    ("The Crew Exploration Vehicle (XYZ) flew.", set()),  # the initials do not spell it
])
def test_thing_acronyms_needs_the_initials_and_a_thing_s_word(text: str, acronyms: set[str]) -> None:
    assert english_terms.thing_acronyms(text) == acronyms


@pytest.mark.parametrize("text, body", [
    ("The Federal Reserve System (FRS) raised rates again.", "FRS"),
    ("Aid from the World Food Programme (WFP) arrived.", "WFP"),
])
def test_a_body_s_long_form_ending_like_a_thing_stays(text: str, body: str) -> None:
    assert body in actors(text), actors(text)


@pytest.mark.parametrize("text, exact", [
    ("He had a feud with the hip hop group D12 .", "D12"),  # three characters glued: a band as often
    ("Temmuz ayında SS 501 grubu İstanbul'da konser verdi .", "SS"),  # a Turkish line
])
def test_a_band_named_like_a_model_or_a_flight_stays(text: str, exact: str) -> None:
    s = actor(text.index(exact), text.index(exact) + len(exact), text, {"name": exact, "type": "organisation"}, 0.6)
    assert not english_informal.designation(text, s) and not english_informal.flight(text, s)


# ---------------------------------------------------------------- review fixes
@pytest.mark.parametrize("text, body", [
    ("The Office of National Drug Control Policy (ONDCP) issued new guidance. ONDCP officials said the plan works.",
     "ONDCP"),
    ("The Office of Science and Technology Policy (OSTP) said on Monday it would act. OSTP staff agreed.", "OSTP"),
    ("She studied at the Rhode Island School of Design (RISD) before moving to Paris. RISD said she left in 2010.", "RISD"),
    ("The Institute for Agriculture and Trade Policy (IATP) criticised the deal. IATP said the rules hurt farmers.", "IATP"),
])
def test_a_body_named_after_its_field_keeps_its_acronym(text: str, body: str) -> None:
    assert body in actors(text), actors(text)


@pytest.mark.parametrize("text, gone", [
    ("The Service Level Agreement (SLA) was signed. The SLA sets response times.", "SLA"),
    ("The Network Time Protocol (NTP) keeps clocks. NTP servers failed.", "NTP"),
])
def test_a_thing_beginning_with_a_body_s_word_is_still_a_thing(text: str, gone: str) -> None:
    assert gone not in actors(text), actors(text)


@pytest.mark.parametrize("text", [
    "Fianna Fail (FF) won seats. FF said it would talk to Sinn Fein.",
    "FF and FG agreed a coalition deal in Dublin on Monday.",
    "Федерация футбола (FF) заявила о штрафе.",
])
def test_ff_outside_a_post_s_follow_friday_stays(text: str) -> None:
    assert "FF" in actors(text), actors(text)


@pytest.mark.parametrize("text", ["#FF @ jenny_k @ bobsmith", "Follow Friday: FF @ jenny_k and @ bobsmith"])
def test_ff_before_a_handle_is_no_body(text: str) -> None:
    assert "FF" not in actors(text), actors(text)
