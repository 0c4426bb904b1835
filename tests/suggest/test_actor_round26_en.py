"""Twenty-sixth round (English actor recall): a rank or a church office before one name word ("commanders such as
General Orsov"), no place after a verb of arrival alone ("fled to Safety"), and the names of a mail's salutation on a
line of their own ("Maureen ,"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_letters, english_ranks
from desktop.suggest.detect import detect
from desktop.suggest.repeated_names import repeated_mentions
from tests.suggest.test_actor_round23_en import actors


# ---------------------------------------------------------------- a rank or an office before one name word
@pytest.mark.parametrize(
    "text, name",
    [
        ("The truce was backed by commanders such as General Orsov and several clan elders.", "General Orsov"),
        ("Troops loyal to General Haddar entered the town at dawn.", "General Haddar"),
        ("Our Deacon Marwick read the notice after the service.", "Deacon Marwick"),
        ("The parish thanked our Rector Tamsin for her years of work.", "Rector Tamsin"),
        ("The pilots saluted Marshal Tovren before the parade.", "Marshal Tovren"),
    ],
)
def test_a_rank_before_one_name_word_is_a_person(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Shares of General Mills fell on Monday.", "General Mills"),  # a firm's word
        ("General Motors cut its forecast again.", "General Motors"),
        ("The vote in the General Assembly was delayed.", "General Assembly"),  # a body, after an article
        ("He grew up in Bishop Auckland, a market town.", "Bishop Auckland"),  # a known town
        ("They watched the Captain Marlow films twice.", "Captain Marlow"),  # after an article: a thing's name
        ("The suit was filed by the Major Orvell Trust.", "Major Orvell"),  # a longer name
        ("Cardinal Orvane said profits rose.", "Cardinal Orvane"),  # a sentence's start: a firm opens there as often
    ],
)
def test_no_person_from_a_rank_that_opens_another_name(text: str, absent: str) -> None:
    assert actors(text).get(absent) != "person"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Analysts expect Major Gains in the index this year.", "Major Gains"),  # "Major": an adjective as often
        ("Officials said Major Roads would close on Sunday.", "Major Roads"),
        ("Tourists flocked to Bishop Rock this summer.", "Bishop Rock"),  # a place after "to": the model's place stays
        ("The ferry docked at Captain Cook on Friday.", "Captain Cook"),
    ],
)
def test_no_person_from_major_nor_from_a_place_named_after_a_rank(text: str, absent: str) -> None:
    assert actors(text).get(absent) != "person"


def test_captain_tom_is_a_person() -> None:
    assert english_ranks.rank_spans("The nation thanked Captain Tom for his walk.") == [(19, 30)]


def test_the_rank_needs_no_capitalised_word_after_its_name() -> None:
    assert english_ranks.rank_spans("The firm General Orsov Holdings grew.") == []
    assert english_ranks.rank_spans("Lieutenant General Orsov spoke.") == []  # the whole title is read elsewhere


# ---------------------------------------------------------------- no place read from a verb of arrival alone
# The branch's first version read a capitalised word after "arrived in", "came to", "fled to" … as a place; idioms and
# capitalised common nouns stand there as often as places ("came to Power", "fled to Safety"), and the case-ratio
# lexicon holds few of them: the rule was taken out (review of the round).
@pytest.mark.parametrize(
    "text, absent",
    [
        ("The hostages fled to Safety after the guards left.", "Safety"),
        ("The party came to Power in 1997 after a landslide.", "Power"),
        ("The crowd arrived at Noon for the rally.", "Noon"),
        ("The case came to Trial in March.", "Trial"),
        ("She was born in March and left in June.", "March"),  # months
        ("The court settled into Tarrow castle that year.", "Tarrow"),  # a modifier of a noun
        ("The case came to Chapter 11 protection.", "Chapter"),  # a number after it
        ("The troops returned to Base after the patrol.", "Base"),
        ("The office moved to Windows last year.", "Windows"),  # a product
    ],
)
def test_no_place_from_a_capitalised_word_after_a_verb_of_arrival(text: str, absent: str) -> None:
    assert not any(absent in name for name in actors(text))


# ---------------------------------------------------------------- a mail's salutation
def test_a_salutation_on_its_own_line_names_a_person() -> None:
    text = "Maureen,\nPlease send the list of curves before the board meeting.\nThanks\nMaureen\n"
    found = [(s.exact, s.attributes.get("type")) for s in detect(text, kinds=("actor",))]
    assert found.count(("Maureen", "person")) == 2  # the salutation, and the signature written the same way


def test_a_salutation_with_two_names() -> None:
    found = actors("Tamsin and Oskar,\nThe figures for May are attached.")
    assert found.get("Tamsin") == "person" and found.get("Oskar") == "person"  # the model reads them
    text = "David and Alice,\nThe figures for May are attached."
    assert [text[a:b] for a, b in english_letters.salutation_spans(text)] == ["David", "Alice"]  # common given names


@pytest.mark.parametrize(
    "text, word",
    [
        ("Kitchen,\nThe tiles were cracked and old.", "Kitchen"),  # a review's note
        ("Sales ,\nNumbers were down this quarter again.", "Sales"),  # a heading
        ("Urgent,\nThe deadline has moved to Friday.", "Urgent"),
        ("Apples ,\nPears ,\nThe market ran out of both by noon.", "Pears"),  # a list's item
    ],
)
def test_no_salutation_from_a_word_neither_a_given_name_nor_signed(text: str, word: str) -> None:
    assert english_letters.salutation_spans(text) == []
    assert actors(text).get(word) != "person"


@pytest.mark.parametrize(
    "text",
    [
        "Hello,\nThe figures for May are attached.",
        "Regards,\nJo",
        "Folks,\nThe office is closed on Friday.",
        "Pittsburgh,\nThe city council met on Monday.",  # a dateline: a known place
        "Unfortunately,\nThe room was dirty and cold.",  # an opening adverb
        "Price:\nToo high for the area we stayed in.",  # a review's label before a colon
        "Breakfast,\nIncluded.",  # no sentence after it
    ],
)
def test_no_salutation_from_a_greeting_a_closing_or_a_place(text: str) -> None:
    assert english_letters.salutation_spans(text) == []
    assert actors(text).get(text.split(",")[0].split(":")[0]) != "person"


# ---------------------------------------------------------------- a found name again before an agent's hyphen
@pytest.mark.parametrize(
    "text, form",
    [
        ("Ostrava Holdings said on Monday that the Ostrava-backed fund would close.", "Ostrava"),
        ("Velmar officials met. Velmar-run clinics stayed open.", "Velmar"),
        ("The Kessler group spoke, and a Kessler-owned paper printed it.", "Kessler"),
        ("Tarvik troops entered the Tarvik-held town.", "Tarvik"),
    ],
)
def test_a_name_found_is_read_again_before_an_agents_hyphen(text: str, form: str) -> None:
    second = text.index(form, text.index(form) + 1)
    assert (second, second + len(form), form) in repeated_mentions(text, [form])


@pytest.mark.parametrize(
    "text, form",
    [
        ("Yarrow launched Yarrow-Mail last year.", "Yarrow"),  # a hyphen joins another name
        ("Orvane ran the race; the Orvane-style finish won.", "Orvane"),  # no participle of agency
    ],
)
def test_no_name_read_again_inside_a_hyphenated_word(text: str, form: str) -> None:
    assert [m for m in repeated_mentions(text, [form]) if m[0] > text.index(form)] == []


def test_the_kremlin_backed_candidate_after_the_kremlin() -> None:
    found = [s.exact for s in detect("The Kremlin said on Monday that the Kremlin-backed candidate had won.",
                                     kinds=("actor",))]
    assert found.count("Kremlin") == 2
