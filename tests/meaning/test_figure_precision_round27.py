"""Figure precision and values, twenty-seventh round (issue 15): a number that is part of a name ("Windows 11 users",
"Terminal 5 passengers", "Type 2 diabetics"), a Russian ordinal written in digits before a singular noun ("на 26 место",
"57 статьей"), pounds after a verb of weight named with their country ("weighed 5 British pounds"), a spreadsheet's
cell after the word "cell" ("in cell C$4"), a money named with its country in words ("five Canadian dollars").
Sentences written for the round; each group has the cases the rule must keep."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


# A capitalised word naming a numbered thing before the number: the number is the name's, no count
@pytest.mark.parametrize(
    "text",
    [
        "Windows 11 users complained about the update.",
        "Formula 1 teams met in Paris on Tuesday.",
        "Apollo 11 astronauts returned home.",
        "Channel 4 viewers complained to the regulator.",
        "Terminal 5 passengers were delayed for hours.",
        "Heathrow Terminal 5 passengers were delayed for hours.",
        "Several Ligue 1 players went on strike.",
        "Year 11 pupils sat their exams early.",
        "The Apartment 12 tenants complained about the heating.",
        "Bus 42 passengers were taken to hospital.",
        "iPhone 15 buyers queued outside the shop.",
        "The iPhone 15 costs more than its predecessor.",
        "Proposition 8 supporters rallied outside the court.",
        "Amendment 14 guarantees equal protection.",
        "Type 2 diabetics need regular checks.",
        "Band 7 nurses are paid more than others.",
        "The Group of 20 leaders agreed on a statement.",
        "The Group of Seven nations met in Japan.",
    ],
)
def test_a_names_number_is_no_count(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        # in lower case the word is a common noun before a count
        ("This season 2 players were hurt in training.", [("2 players", 2, "players", "")]),
        ("Last year 11 pupils failed the exam.", [("11 pupils", 11, "pupils", "")]),
        ("In the first round 30 players were cut.", [("30 players", 30, "players", "")]),
        # "Channel" and "Year" ending a name: a count may follow
        ("Across the English Channel 40 migrants drowned.", [("40 migrants", 40, "migrants", "")]),
        ("Over the New Year 30 people died on the roads.", [("30 people", 30, "people", "")]),
        # a place or a weekday before the number is no label
        ("In Aleppo 40 civilians were killed.", [("40 civilians", 40, "civilians", "")]),
        ("On Monday 5 people were killed.", [("5 people", 5, "people", "")]),
        # the product's price stays money
        ("Windows 11 costs $139 to buy.", [("$139", 139, "USD", "")]),
        ("The mission sent 4 astronauts to the station.", [("4 astronauts", 4, "astronauts", "")]),
    ],
)
def test_counts_kept_beside_the_labels(text, figures):
    assert _figures(text) == figures


# Russian: a singular noun a count of that many would not take makes the number an ordinal
@pytest.mark.parametrize(
    "text",
    [
        "Сборная откатилась на 26 место в рейтинге.",
        "Команда заняла 11 место в турнире.",
        "Клуб поднялся на 12 место.",
        "В соответствии с 57 статьей Конституции президент ушёл в отставку.",
        "Согласно 15 статьёй кодекса штраф отменили.",
    ],
)
def test_a_russian_ordinal_in_digits_is_no_count(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("В парламенте 26 мест.", [("26 мест", 26, "мест", "")]),
        ("Партия получила 21 место в парламенте.", [("21 место", 21, "место", "")]),
        ("В соответствии с 21 статьей закона.", [("21 статьей", 21, "статьей", "")]),
        ("В городе построили 5 казино.", [("5 казино", 5, "казино", "")]),
        ("Билет стоит 50 евро.", [("50 евро", 50, "EUR", "")]),
        ("Фирма открыла 10 окон.", [("10 окон", 10, "окон", "")]),
    ],
)
def test_russian_counts_kept(text, figures):
    assert _figures(text) == figures


# Pounds named with their country after a verb of weight are a weight, as bare pounds are
@pytest.mark.parametrize(
    "text, figures",
    [
        ("The package weighed 5 British pounds.", [("5 British pounds", 5, "lb", "")]),
        ("The fish weighs about 5 British pounds.", [("5 British pounds", 5, "lb", "≈")]),
        ("The baby weighed 7 British pounds at birth.", [("7 British pounds", 7, "lb", "")]),
        # money otherwise
        ("He paid 5 British pounds for the ticket.", [("5 British pounds", 5, "GBP", "")]),
        ("Ministers weigh 5 British pounds of aid.", [("5 British pounds", 5, "GBP", "")]),
    ],
)
def test_british_pounds_weighed(text, figures):
    assert _figures(text) == figures


# A money named with its country in words ("five Canadian dollars") was read as a title's words (no figure) or took the
# noun as its unit
@pytest.mark.parametrize(
    "text, figures",
    [
        ("The firm paid five Canadian dollars for it.", [("five Canadian dollars", 5, "CAD", "")]),
        ("The fee was five Swiss francs.", [("five Swiss francs", 5, "CHF", "")]),
        ("Workers were paid two Jordanian dinars an hour. Cleaners earned one dinar.",
         [("two Jordanian dinars an hour", 2, "JOD/h", ""), ("one dinar", 1, "dinars", "")]),  # (one of the dinars, as before)
        # titles stay titles
        ("Six Feet Under ended its run.", []),
    ],
)
def test_money_in_words_named_with_its_country(text, figures):
    assert _figures(text) == figures


# A spreadsheet's cell after the word "cell" or an absolute cell is no money; a country's dollar elsewhere is
@pytest.mark.parametrize(
    "text, figures",
    [
        ("In cell C$4 enter the total.", []),
        ("Type the total into cells A$1 and B$2.", []),
        ("Enter =$C$4*2 in the next column.", []),
        ("It cost C$4 at the shop.", [("C$4", 4, "CAD", "")]),
        ("The C$4 billion deal was signed.", [("C$4 billion", 4_000_000_000, "CAD", "")]),
        ("He sold the A$1 coin.", [("A$1", 1, "AUD", "")]),
    ],
)
def test_spreadsheet_cells(text, figures):
    assert _figures(text) == figures


# A number grouped by spaces after a word of telephoning, a few small words between, is a phone number
@pytest.mark.parametrize(
    "text, figures",
    [
        ("Call the hotline on 116 123 for help.", []),
        ("The helpline 116 123 is free.", []),
        ("Text 60 123 to donate.", []),
        # a count or an amount stays
        ("Phone users reached 116 123 last year.", [("116 123", 116_123, "", "")]),
        ("The hotline took 116 123 calls.", [("116 123 calls", 116_123, "calls", "")]),
        ("Calls rose to 116 123 in May.", [("116 123", 116_123, "", "")]),
        ("The police said 116 123 residents left.", [("116 123 residents", 116_123, "residents", "")]),
    ],
)
def test_phone_numbers_after_a_word_of_calling(text, figures):
    assert _figures(text) == figures


# Review: a label's word followed by "times" is a count of times, not a name's number ("won the Series 4 times");
# "the Channel" is the English Channel as "the English Channel" is
@pytest.mark.parametrize(
    "text, figures",
    [
        ("The Yankees have won the Series 4 times since 1990.", [("4 times", 4, "times", "")]),
        ("Parliament has amended the Act 12 times since 1990.", [("12 times", 12, "times", "")]),
        ("She was named Player of the Year 3 times.", [("3 times", 3, "times", "")]),
        ("Small boats crossed the Channel 40 times last week.", [("40 times", 40, "times", "")]),
        ("Across the Channel 40 migrants crossed on Sunday.", [("40 migrants", 40, "migrants", "")]),
    ],
)
def test_review_label_words_before_real_counts(text, figures):
    assert _figures(text) == figures


# Review: a number grouped by spaces after a word of calling and before a counted noun is a count, not a phone
# number cut in two ("call on the 12 000 police" gave "000 police", 0)
@pytest.mark.parametrize(
    "text, figures",
    [
        ("Protesters call on the 12 000 police to stand down.", [("12 000 police", 12_000, "police", "")]),
        ("The hotline 1 200 staff work in shifts.", [("1 200 staff", 1_200, "staff", "")]),
        ("The emergency hotline 2 500 operators were swamped.", [("2 500 operators", 2_500, "operators", "")]),
    ],
)
def test_review_counts_after_a_word_of_calling(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text",
    ["Call the 1 200 workers back, the union said.", "Text the 1 500 volunteers tonight.",
     "Officials call on the 1 500 soldiers to surrender."],
)
def test_review_no_count_cut_from_a_grouped_number(text):
    assert all(not span[0].startswith(("200", "500", "000")) for span in _figures(text))


# Review: after the word "cell", a country's dollar with a scale is money ("fuel cell A$1 billion project")
@pytest.mark.parametrize(
    "text, figures",
    [
        ("The fuel cell A$1 billion project was approved.", [("A$1 billion", 1_000_000_000, "AUD", "")]),
        ("The solar cell C$4 million plant opened.", [("C$4 million", 4_000_000, "CAD", "")]),
        ("In cell C$4 enter the total.", []),
    ],
)
def test_review_cell_before_money_with_a_scale(text, figures):
    assert _figures(text) == figures


# Review: in a headline in title case a label's word may be a verb ("Police Book 12 Drivers"): a capitalised word after
# the number leaves the count to the rules of the base
@pytest.mark.parametrize(
    "text, figures",
    [
        ("Police Book 12 Drivers For Speeding", [("12 Drivers", 12, "drivers", "")]),
        ("Rebels Exit 3 Towns After Talks", [("3 Towns", 3, "towns", "")]),
        ("Ministers Act 2 Days After Floods", [("2 Days", 2, "d", "")]),
    ],
)
def test_review_title_case_headline_verbs(text, figures):
    assert _figures(text) == figures
