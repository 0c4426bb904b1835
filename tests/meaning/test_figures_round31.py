"""Thirty-first round, figure recall: sentences written for the round (none copied from a corpus)."""

from __future__ import annotations

import pytest

from tests.meaning.meaning_helpers import attrs_of as _found


def _count(value: int, unit: str) -> dict:
    return {"value": value, "unit": unit}


# A demonstrative before a number points at the things and says how many: a count, in words or in digits.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inspectors seized these three crates at the port.", [("three crates", _count(3, "crates"))]),
        ("Those two ministers resigned in March.", [("two ministers", _count(2, "ministers"))]),
        ("Historians studied these 215 letters closely.", [("215 letters", _count(215, "letters"))]),
        ("Police say those four suspected smugglers fled.", [("four suspected smugglers", _count(4, "smugglers"))]),
        ("One of these five villages has no school.", [("five villages", _count(5, "villages"))]),
    ],
)
def test_number_after_a_demonstrative_counts(text, expected):
    assert _found(text) == expected


# Still no count: a bare "the", a first or second person's possessive, "both", a range after a demonstrative.
@pytest.mark.parametrize(
    "text",
    [
        "The two leaders met in Geneva.",
        "Our two nations signed the accord.",
        "My three cousins agreed.",
        "Both teams scored.",
        "These two or three tanks left.",
        "He met the 2 envoys.",
    ],
)
def test_other_references_stay_no_count(text):
    assert _found(text) == []


def test_part_of_a_group_after_a_demonstrative_stays_the_part():
    # the part is the figure ("12 of its 40 members", amounts.py): the whole after "these" is no count of its own
    assert _found("Twelve of these 40 deputies voted against.") == [("Twelve of these 40 deputies", _count(12, "deputies"))]


# "One" with a describing word before its noun is a count with no limiter: "one older brother".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The singer has one older brother and two sisters.", [("one older brother", _count(1, "brother")), ("two sisters", _count(2, "sisters"))]),
        ("The valley has one small clinic.", [("one small clinic", _count(1, "clinic"))]),
        ("He stayed one more night in the capital.", [("one more night", _count(1, "night"))]),
        ("She had one other witness ready.", [("one other witness", _count(1, "witness"))]),
        ("One senior diplomat resigned over the leak.", [("One senior diplomat", _count(1, "diplomat"))]),
        ("Only one news outlet carried the story.", [("one news outlet", _count(1, "outlet"))]),
        ("The ministry named one additional suspect.", [("one additional suspect", _count(1, "suspect"))]),
    ],
)
def test_one_with_a_describing_word_counts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One day he came back.",
        "One hospital was closed last year.",
        "This one is better than the old one.",
        "The new one large enough to carry was sold.",
        "Each one full of water was left behind.",
        "No one new has joined the board.",
        "The one main road was closed.",
        "One more died in hospital.",
        "He had one more chance.",
        "It is one of the largest ports.",
        "Someone new came in.",
        "They met one last time.",
    ],
)
def test_one_as_a_pronoun_or_alone_stays_no_count(text):
    assert _found(text) == []


# Turkish: the part of a whole, a bare noun a finite verb follows, the land units.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otobüsteki 30 kişiden 4'ü hafif yaralandı.", [("30 kişi", _count(30, "people")), ("4'ü", _count(4, "people"))]),
        ("Askerlerden 12'si izne çıktı.", [("12'si", _count(12, "asker"))]),
        ("Yaralıların 6'sı taburcu edildi.", [("6'sı", _count(6, "yaralı"))]),
        ("Kongreye 85 temsilci katıldı.", [("85 temsilci", _count(85, "temsilci"))]),
        ("Dün gece 3 hakem istifa etti.", [("3 hakem", _count(3, "hakem"))]),
        ("Köylüler 35 dönüm tarla ekti.", [("35 dönüm", _count(35, "dönüm"))]),
        ("Belediye 120 dekarlık alanı kiraladı.", [("120 dekar", _count(120, "dekar"))]),
        ("Çiftçi 3 bin dönüm ekti.", [("3 bin dönüm", {"value": 3000, "unit": "dönüm", "scale": "bin"})]),
    ],
)
def test_turkish_parts_bare_nouns_and_land_count(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bunlardan 3'ü kayıp.",  # of them: no noun
        "Ayın 3'ü resmi tatil.",  # a day of the month
        "Şarkı listede 7 numaraya yükseldi.",  # a rank
        "Takım şubatta Leopard 2 yerine geçti.",  # a model's number, a case ending
        "Çocuk 9 filmleri izledi.",  # a plural with its ending
        "Listeye elli yedi numaradan girdi.",
        "2014 sezonu başladı.",  # a year
        "Ordu topları iki sınıfa ayırdı.",  # a dative
        "Oyuncu 9 asistle oynadı.",  # an instrumental
        "Komutan 4 yıldız general oldu.",  # what one became
        "Takım rakibinden 3 puanı aldı.",
        "Kazada 1 kişiden fazlası öldü.",
    ],
)
def test_turkish_no_part_or_bare_count(text):
    assert [s for s, a in _found(text) if a.get("unit") not in ("people",)] == []


# A modifier in -ous before the plural noun no longer hides the count ("four previous attempts").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The climber made four previous attempts.", [("four previous attempts", _count(4, "attempts"))]),
        ("Police detained two dangerous men.", [("two dangerous men", _count(2, "men"))]),
        ("She suffered 3 serious injuries.", [("3 serious injuries", _count(3, "injuries"))]),
        ("He cited 12 numerous sources.", [("12 numerous sources", _count(12, "sources"))]),
        ("The town kept these two incongruous statues.", [("two incongruous statues", _count(2, "statues"))]),
        ("Three bus stops were closed.", [("Three bus stops", _count(3, "stops"))]),
    ],
)
def test_modifier_in_ous_before_the_noun(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["The 2 crisis meetings ended.", "Our two famous sons came.", "The two previous owners sold it."])
def test_modifier_in_us_keeps_the_other_limits(text):
    assert _found(text) == []


# Review of the thirty-first round: a demonstrative with a word that takes the rest of a group named before still refers
# back, as "the" does ("the two previous owners"); "one" before a describing word in -y and a noun is no count of that
# word ("one big happy family" counted 1 "happy").
@pytest.mark.parametrize(
    "text",
    [
        "These two previous owners sold the farm.",
        "Those three other soldiers were freed.",
        "We saw these 2 remaining reports.",
        "They were one big happy family.",
        "It was one ugly messy divorce.",
    ],
)
def test_review_round31_no_count(text):
    assert _found(text) == []


def test_review_round31_one_with_a_noun_in_y_still_counts():
    assert _found("The town has one small library.") == [("one small library", _count(1, "library"))]
