"""Figure precision and values, twenty-eighth round (issue 15): Russian words of what befell people used as nouns after
a number count people ("12 погибших", "двое раненых", as English "12 dead and 40 injured"); a collective numeral before a
short participle is no count of the participle ("четверо доставлены"); a number after an airline's code in Latin capitals
after a flight's word is the flight's number ("рейс SU 1234 задержали"); a multiplier after a word naming
what a number designates is part of the name ("Windows 10x", "Version 2.0x"); "Radio" names a station's number ("BBC
Radio 4 listeners"). Sentences written for the round; each group has the cases the rule must keep."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


# Russian participles and adjectives of death, harm, arrest, rescue used as nouns: people, as English "12 dead"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("При взрыве на рынке 12 погибших, сообщили спасатели.", ("12 погибших", 12, "people", "")),
        ("В больницу доставили 40 раненых.", ("40 раненых", 40, "people", "")),
        ("Среди 7 пострадавших есть двое детей.", ("7 пострадавших", 7, "people", "")),
        ("Полиция отпустила 15 задержанных после допроса.", ("15 задержанных", 15, "people", "")),
        ("Врачи наблюдают 29 заражённых в районе.", ("29 заражённых", 29, "people", "")),
        ("Спасатели нашли трёх пропавших в лесу.", ("трёх пропавших", 3, "people", "")),
        ("Среди пассажиров двое погибших.", ("двое погибших", 2, "people", "")),
        ("По данным МВД, более 30 раненых остаются в больницах.", ("30 раненых", 30, "people", ">")),
        ("Около двух тысяч эвакуированных вернулись домой.", ("двух тысяч эвакуированных", 2000, "people", "≈")),
        ("Всего 21 погибший, сообщили власти.", ("21 погибший", 21, "people", "")),
    ],
)
def test_ru_harmed_people_are_people(text, expected):
    assert expected in _figures(text)


# what is counted after the participle, other words used as nouns, and wounds keep their reading
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Среди 12 погибших солдат были офицеры.", ("12 погибших солдат", 12, "солдат", "")),
        ("Трое раненых детей доставлены в больницу.", ("Трое раненых детей", 3, "детей", "")),
        ("На теле нашли пять пулевых ранений.", ("пять пулевых ранений", 5, "ранений", "")),
        ("Суд арестовал 10 подозреваемых.", ("10 подозреваемых", 10, "подозреваемых", "")),
        ("В операции участвовали 40 полицейских.", ("40 полицейских", 40, "полицейских", "")),
        ("Компания продала 25 машин за месяц.", ("25 машин", 25, "машин", "")),
    ],
)
def test_other_counted_words_keep_their_reading(text, expected):
    assert expected in _figures(text)


# a collective numeral before a short participle (a verb's form) counts people, not the participle
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из них четверо доставлены в городскую больницу.", ("четверо", 4, "people", "")),
        ("Двое раненых доставлены в больницу.", ("Двое", 2, "people", "")),
        ("Еще трое задержаны в аэропорту.", ("трое", 3, "people", "")),
    ],
)
def test_collective_before_a_short_participle(text, expected):
    figures = _figures(text)
    assert expected in figures
    assert not any(unit in ("доставлены", "задержаны") for _, _, unit, _ in figures)


def test_collective_with_its_noun_is_kept():
    assert ("Двое суток", 2, "d", "") in _figures("Двое суток шёл дождь.")
    assert ("Пятеро детей", 5, "детей", "") in _figures("Пятеро детей пропали в горах.")


# a flight's word, an airline's code in Latin capitals and a number: the flight's number, no count
@pytest.mark.parametrize(
    "text",
    [
        "Рейс SU 1234 задержали из-за тумана.",
        "Рейс SU 1495 вылетел в Москву с опозданием.",
        "Самолёт рейса U6 178 сел в поле.",
        "Пассажиры рейсом S7 2547 прибыли ночью.",
    ],
)
def test_ru_flight_code_number_is_no_count(text):
    assert [f for f in _figures(text) if f[1] in (1234, 1495, 178, 2547)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В сфере IT 500 компаний получили льготы.", ("500 компаний", 500, "компаний", "")),
        ("Рейс SU 1234 задержали на 3 часа.", ("3 часа", 3, "h", "")),
        ("США направили в регион 300 солдат.", ("300 солдат", 300, "солдат", "")),
        ("На линии D1 15 поездов отменили.", ("15 поездов", 15, "поездов", "")),
        ("На трассе M4 25 машин столкнулись.", ("25 машин", 25, "машин", "")),
    ],
)
def test_counts_near_codes_are_kept(text, expected):
    assert expected in _figures(text)


# a multiplier after a word naming what a number designates is the name's: a product's or a version's
@pytest.mark.parametrize(
    "text",
    [
        "Windows 10x was cancelled before its launch.",
        "The Windows 10x launch slipped to next year.",
        "Version 2.0x fixes the bug.",
    ],
)
def test_multiplier_after_a_name_is_no_multiplier(text):
    assert [f for f in _figures(text) if f[2] == "times"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales grew 3x last year.", ("3x", 3, "times", "")),
        ("Exports to China grew 3x in a decade.", ("3x", 3, "times", "")),
        ("The Nvidia H100 is 3x faster than its predecessor.", ("3x", 3, "times", "")),
        ("Bitcoin rose 10x since 2020.", ("10x", 10, "times", "")),
    ],
)
def test_multipliers_are_kept(text, expected):
    assert expected in _figures(text)


# "Radio" and its number name a station
@pytest.mark.parametrize("text", ["BBC Radio 4 listeners complained about the change.", "Radio 4 listeners wrote in."])
def test_radio_station_number_is_no_count(text):
    assert [f for f in _figures(text) if f[1] == 4] == []


def test_lower_case_radio_count_is_kept():
    assert ("4 listeners", 4, "listeners", "") in _figures("On the radio 4 listeners called in to complain.")


# a stock index's, a list's, a weapon's mark or a group's name holds its number (after a word: "Mark", "Big", "Russell"
# and "Fortune" opening a sentence are as often a name or a word)
@pytest.mark.parametrize(
    "text",
    [
        "FTSE 100 companies paid higher dividends this year.",
        "Nasdaq 100 firms rose on Monday.",
        "Half of Fortune 500 companies now have a climate target.",
        "Investors sold Russell 1000 stocks.",
        "The Big Four banks cut their rates.",
        "The US Navy Mark 48 torpedoes are heavy.",
    ],
)
def test_index_and_list_names_hold_their_number(text):
    assert [f for f in _figures(text) if f[1] in (100, 500, 1000, 4, 48)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mark 10 years of peace, he said.", ("10 years", 10, "y", "")),
        ("Mark scored 3 goals on Sunday.", ("3 goals", 3, "goals", "")),
        ("The FTSE 100 fell 2% as 40 firms lost value.", ("40 firms", 40, "firms", "")),
        ("The FTSE 100 fell 2% as 40 firms lost value.", ("2%", 2, "%", "")),
        ("Big Tech firms hired 5 lobbyists.", ("5 lobbyists", 5, "lobbyists", "")),
        ("The big 12 schools share the money.", ("12 schools", 12, "schools", "")),
    ],
)
def test_counts_near_index_words_are_kept(text, expected):
    assert expected in _figures(text)


# a model's variant after a hyphen ("A350-1000") is the model's name, no count of jets
def test_model_variant_is_no_count():
    assert _figures("The Airbus A350-1000 jets were ordered.") == []
    assert _figures("Airlines ordered 20 A321-200 planes.") == [("20 A321-200 planes", 20, "planes", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 2-3 jets were lost.", ("2-3 jets", 2, "jets", "")),
        ("The COVID-19 ward took 40 patients.", ("40 patients", 40, "patients", "")),
    ],
)
def test_ranges_and_counts_near_hyphens_are_kept(text, expected):
    assert expected in _figures(text)


# a British formation's number before its capitalised name, a Security Council resolution's and a NATO standard's number
@pytest.mark.parametrize(
    "text",
    [
        "The 16 Air Assault Brigade soldiers deployed to Estonia.",
        "3 Commando Brigade Royal Marines landed on the beach.",
        "40 Commando Royal Marines trained in Norway.",
        "617 Squadron crews flew over the city.",
        "3 (UK) Division troops left for the exercise.",
        "UNSCR 2254 sets out a roadmap for Syria.",
        "Under UNSCR 2334 settlements are illegal.",
        "The STANAG 4569 vehicles are well protected.",
    ],
)
def test_formation_and_resolution_numbers_are_no_counts(text):
    assert [f for f in _figures(text) if f[1] in (16, 3, 40, 617, 1, 2254, 2334, 4569)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120 Iraqi soldiers were killed in the assault.", ("120 Iraqi soldiers", 120, "soldiers", "")),
        ("12 Army soldiers died in the crash.", ("12 Army soldiers", 12, "soldiers", "")),
        ("12 Parachute Regiment soldiers were hurt.", ("12 Parachute Regiment soldiers", 12, "soldiers", "")),
        ("200 commando troops landed at dawn.", ("200 commando troops", 200, "troops", "")),
        ("300 Royal Marines landed at dawn.", ("300 Royal Marines", 300, "marines", "")),
        ("The UNSCR called for 200 observers.", ("200 observers", 200, "observers", "")),
    ],
)
def test_counts_of_soldiers_are_kept(text, expected):
    assert expected in _figures(text)


# Review: a formation's word closes many names that are not numbered formations ("London Fire Brigade", "Peace Corps",
# "Freedom Flotilla", "First Division", "West Wing"): the number before them counts people; only an arm's words
# ("Air Assault", "Armoured", "(UK)") may stand between a number and a formation's word
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 70 London Fire Brigade firefighters tackled the blaze.", ("70 London Fire Brigade firefighters", 70,
                                                                           "firefighters", "≈")),
        ("About 400 Peace Corps volunteers left the country.", ("400 Peace Corps volunteers", 400, "volunteers", "≈")),
        ("Israel detained 12 Freedom Flotilla activists on Monday.", ("12 Freedom Flotilla activists", 12, "activists", "")),
        ("The 20 First Division clubs voted against the plan.", ("20 First Division clubs", 20, "clubs", "")),
        ("Some 30 West Wing staffers resigned.", ("30 West Wing staffers", 30, "staffers", "≈")),
        ("About 200 Marine Corps recruits graduated.", ("200 Marine Corps recruits", 200, "recruits", "≈")),
        ("More than 500 International Brigade volunteers died.", ("500 International Brigade volunteers", 500,
                                                                  "volunteers", ">")),
    ],
)
def test_named_outfits_keep_their_counts(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize(
    "text",
    ["The 7 Armoured Brigade troops crossed the border.", "The 45 Commando marines trained in Norway.",
     "1 (UK) Division troops left.", "4 Light Mechanised Brigade soldiers arrived."],
)
def test_numbered_formations_after_an_arms_words(text):
    assert [f for f in _figures(text) if f[1] in (7, 45, 1, 4)] == []


# Review: an index's or a list's name holds only its own number ("FTSE 100", "Russell 2000", "Fortune 500"); a move of
# the index and a driver's points are counts ("left the Nasdaq 500 points higher", "George Russell 12 points behind")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rally left the Nasdaq 500 points higher.", ("500 points", 500, "points", "")),
        ("The sell-off left the Nikkei 700 points lower.", ("700 points", 700, "points", "")),
        ("Verstappen finished ahead of George Russell 12 points behind.", ("12 points", 12, "points", "")),
        ("The win puts George Russell 15 points clear of Leclerc.", ("15 points", 15, "points", "")),
    ],
)
def test_index_words_before_other_numbers_keep_counts(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize(
    "text", ["Fortune 500 companies pledged to cut emissions.", "Russell 2000 companies rose 3%.", "Nikkei 225 stocks fell."]
)
def test_index_names_with_their_own_number(text):
    assert [f for f in _figures(text) if f[1] in (500, 2000, 225)] == []
