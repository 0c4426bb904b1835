"""Twenty-sixth round (English actor precision): a title written in lower case before a name is a common noun, not the
name's ("police spokesman Tom Garvey": Tom Garvey), and a title "of" a body of two words names the body, not a person
("the leader of Red Harbour": Red Harbour); a treaty, a law or a contract's defined term is no actor ("the Kyoto
Protocol", "Paris" of "the Paris Agreement", "the Settlement Period"), a party named alone elsewhere keeps its words
("Gazprom … the Gazprom Master Agreement"). Sentences of our own."""

from __future__ import annotations

from desktop.suggest import detect


def spans(text: str) -> dict[str, dict[str, object]]:
    return {s.exact: dict(s.attributes) for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- lower-case titles before a name
def test_a_lower_case_title_is_no_part_of_the_name() -> None:
    cases = {
        "Police spokesman Tom Garvey said the bridge would stay shut.": "Tom Garvey",
        "The party leader Wendell Price was arrested on Monday.": "Wendell Price",
        "The French president Emmanuel Macron spoke in Lyon.": "Emmanuel Macron",
        "Apple founder Steve Jobs died in 2011.": "Steve Jobs",
        "New Orleans mayor Ray Nagin ordered an evacuation.": "Ray Nagin",
    }
    for text, name in cases.items():
        found = spans(text)
        assert name in found, (text, found)
        assert found[name]["type"] == "person"
        assert found[name].get("role"), found[name]  # the title stays the person's role
        assert not any(k != name and name in k for k in found), found


def test_a_title_in_capitals_stays_the_names() -> None:
    for text, name in {
        "President Bush met Prime Minister Ariel Sharon in Washington.": "Prime Minister Ariel Sharon",
        "Foreign Minister Sergey Lavrov said the talks had failed.": "Foreign Minister Sergey Lavrov",
    }.items():
        assert name in spans(text), spans(text)


def test_a_spokesman_for_a_titled_person_names_the_titled_person() -> None:
    found = spans("A spokesman for President Clinton declined to comment.")
    assert "President Clinton" in found, found
    assert found["President Clinton"]["role"] == "President"  # not "spokesman for President"
    found = spans("A spokesman for the Foreign Ministry Maria Zakharova said the talks were over.")
    assert "Maria Zakharova" in found, found


def test_a_title_of_a_body_of_two_words_names_the_body() -> None:
    for text, body in {
        "He was the leader of Red Harbour until 1990.": "Red Harbour",
        "The commander of Nineveh Province resigned on Friday.": "Nineveh Province",
        "Dana Ross , vice-president of Transformational Space , said the launch was late.": "Transformational Space",
    }.items():
        found = spans(text)
        assert body in found, (text, found)
        assert found[body]["type"] != "person", found
        assert not any(body in k and k != body for k in found), found


def test_a_title_of_a_body_then_a_name_is_the_person() -> None:
    found = spans("He spoke to the head of Mossad Yossi Cohen on Sunday.")
    assert "Yossi Cohen" in found, found
    found = spans("The director of the FBI Robert Mueller testified on Tuesday.")
    assert "Robert Mueller" in found, found


def test_a_bodys_possessive_after_a_title_is_the_body_not_a_person() -> None:
    for text, body in {
        "The head of the Interior Ministry's police force was dismissed.": "Interior Ministry",
        "A spokesman for the Foreign Ministry's press office said no.": "Foreign Ministry",
        "The president of Acme Corporation's board resigned.": "Acme Corporation",
    }.items():
        found = spans(text)
        assert body in found and found[body]["type"] != "person", (text, found)
        assert "Ministry" not in found, found
    found = spans("Foreign Minister Sergey Lavrov's visit was cancelled.")  # a person's possessive stays the person's
    assert found["Foreign Minister Sergey Lavrov"]["name"] == "Sergey Lavrov", found


# ---------------------------------------------------------------- treaties, laws and a contract's terms
def test_a_treaty_or_a_law_is_no_actor() -> None:
    for text, thing in {
        "Bush decided not to ratify the Kyoto Protocol last year.": "Kyoto Protocol",
        "Russia said Kyiv had violated the Minsk Accords again.": "Minsk Accords",
        "Both sides signed the Camp David Accords in 1978.": "Camp David Accords",
        "Under the Geneva Conventions , prisoners must be protected.": "Geneva Conventions",
    }.items():
        found = spans(text)
        assert not any(thing in k or k in thing for k in found), (text, found)
    assert "Russia" in spans("Russia said Kyiv had violated the Minsk Accords again.")


def test_a_name_that_only_names_an_instrument_is_no_actor() -> None:
    found = spans("The United States rejoined the Paris Agreement in 2021.")
    assert "United States" in found and "Paris" not in found, found
    assert "START" not in spans("The New START Treaty expires in February.")
    assert "Marshall" not in spans("He worked in the Marshall Plan office for a year.")


def test_a_contracts_defined_term_is_no_actor() -> None:
    for text in ("The Dispatch Period shall be one calendar month.", "The Reference Period : one year.",
                 "Each calendar month will be a Dispatch Period . The Buyer shall pay the Foreign Currency Amount on time .",
                 "Please sign the Password Application and return it."):
        found = spans(text)
        assert not any(w in k for k in found for w in ("Period", "Amount", "Currency", "Application")), found


def test_a_party_named_alone_keeps_its_words() -> None:
    text = "Gazprom shipped the gas in May. Please find attached the Gazprom Master Agreement ."
    found = detect(text, kinds=("actor",))
    assert [s.exact for s in found] == ["Gazprom", "Gazprom"], found


def test_bodies_and_places_with_an_instruments_word_inside_stay() -> None:
    for text, name in {
        "The North Atlantic Treaty Organization met in Brussels.": "North Atlantic Treaty Organization",
        "The rally was held at the Geneva Convention Center on Friday.": "Geneva Convention Center",
        "Plan International works in Uganda and Kenya.": "Plan International",
        "Charter Communications said profits rose.": "Charter Communications",
    }.items():
        assert name in spans(text), (text, spans(text))


# ---------------------------------------------------------------- review: a holder's name after "of the" a body
def test_a_name_after_a_bodys_head_word_is_the_holders() -> None:
    for text, name, body in (
        ("The head of the World Health Organization Tedros Adhanom Ghebreyesus warned of a pandemic.",
         "Tedros Adhanom Ghebreyesus", "World Health Organization"),
        ("The head of the Wagner Group Yevgeny Prigozhin died in a crash.", "Yevgeny Prigozhin", "Wagner Group"),
        ("The head of the Palestinian Authority Mahmoud Abbas met the envoy.", "Mahmoud Abbas", "Palestinian Authority"),
    ):
        found = spans(text)
        assert name in found and found[name]["type"] == "person", (text, found)
        assert found[name]["role"].endswith(body), found[name]
        assert not any(name in k and k != name for k in found), found


def test_a_name_after_of_the_and_a_one_word_body_is_still_a_person() -> None:
    found = spans("The leader of the Taliban Hibatullah Akhundzada issued a decree.")
    assert "Hibatullah Akhundzada" in found and found["Hibatullah Akhundzada"]["type"] == "person", found


def test_a_party_cut_from_an_instrument_takes_its_own_type() -> None:
    found = detect("Ministers from Kyoto and Osaka met to discuss the Kyoto Protocol.", kinds=("actor",))
    assert [(s.exact, s.attributes["type"]) for s in found if s.exact == "Kyoto"] in (
        [("Kyoto", "place"), ("Kyoto", "place")], [("Kyoto", "place")]), found
