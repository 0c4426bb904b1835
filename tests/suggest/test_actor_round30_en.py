"""Thirtieth round (English actor recall): a body's name ending a sentence inside a recogniser's guess holds the
guess's type ("the Foreign Ministry. Lavrov said": Lavrov is no organisation), a company named by its web domain
("Shares of Kaspi.kz rose"), and a lone surname linked to the full name the same document gives, on sentences written
for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import detect, english_domains, guess_spans
from tests.suggest.test_actor_round23_en import actors


def _place(text: str, start: int, end: int) -> str | None:
    return {"Istanbul": "place", "Ankara": "place"}.get(text[start:end])


# ---------------------------------------------------------------- a body's name before a sentence's end
@pytest.mark.parametrize(
    "text, guess, kind, expected",
    [
        # the first part ends in a body's head word: it holds the guess's type, the second is left to the frames
        ("The note came from the Foreign Ministry. Lavrov said nothing.", "Foreign Ministry. Lavrov", "organisation",
         [("Foreign Ministry", "organisation")]),
        ("Rates were set by the Central Bank. Orlenko spoke later.", "Central Bank. Orlenko", "organisation",
         [("Central Bank", "organisation")]),
        ("He left the Labour Party. Tessa Marlow replaced him.", "Labour Party. Tessa Marlow", "organisation",
         [("Labour Party", "organisation")]),
        # no head word: both parts keep the guess's type (as before)
        ("The bid came from Qorvex. Tallin Group agreed.", "Qorvex. Tallin Group", "organisation",
         [("Qorvex", "organisation"), ("Tallin Group", "organisation")]),
        # a person's guess is not an organisation's: the head word says nothing of its type
        ("He spoke at the Foreign Ministry. Anna Berg answered.", "Foreign Ministry. Anna Berg", "person",
         [("Foreign Ministry", "person"), ("Anna Berg", "person")]),
        # no sentence's end ("Corp." is an abbreviation): one name
        ("The deal went to Vextra Corp. Holdings of Ohio.", "Vextra Corp. Holdings", "organisation",
         [("Vextra Corp. Holdings", "organisation")]),
    ],
)
def test_a_body_before_a_sentence_end_holds_the_guess_type(text: str, guess: str, kind: str,
                                                            expected: list[tuple[str, str]]) -> None:
    start = text.index(guess)
    got = guess_spans.pieces(text, start, start + len(guess), kind, "en", _place)
    assert sorted((text[a:b], k) for a, b, k in got) == sorted(expected)


@pytest.mark.parametrize("text", ["The Foreign Ministry. Lavrov said nothing.",
                                  "The note came from the Foreign Ministry. Lavrov said nothing."])
def test_the_leads_sentence_gives_no_organisation_lavrov(text: str) -> None:
    found = actors(text)
    assert found.get("Foreign Ministry") == "organisation"
    assert found.get("Lavrov") == "person"  # read by the subject's frame ("Lavrov said": a surname's ending)


# ---------------------------------------------------------------- a company named by its web domain
@pytest.mark.parametrize(
    "text, names",
    [
        ("Shares of Kaspi.kz rose 4.5 percent on Tuesday.", ["Kaspi.kz"]),
        ("Amazon.com said it would hire more staff.", ["Amazon.com"]),
        ("Quorvia.com's profit fell by a third.", ["Quorvia.com"]),
        ("Tesco.co.uk and Trendyolia.com.tr both grew, as did Ozon.ru.", ["Tesco.co.uk", "Trendyolia.com.tr", "Ozon.ru"]),
        ("The startup Velmora.ai raised money.", ["Velmora.ai"]),
        ("He sold it on Kaspi.kz.", ["Kaspi.kz"]),
    ],
)
def test_a_domain_names_a_company(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in english_domains.domain_names(text)] == names
    found = actors(text)
    assert all(found.get(name) == "organisation" for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "Visit www.Kaspi.kz for details.",  # a web address
        "Write to info@Kaspi.kz today.",  # an e-mail address
        "See https://Kaspi.kz/shop for more.",  # a link
        "The page Kaspi.kz/shop was down.",  # a path after it
        "Mail Chris.Germany@enron.com about it.",  # a local part
        "Download Report.pdf and Main.py, built with Node.js.",  # files: no registry's ending
        "The site kaspi.kz was down.",  # a link in lower case: no name
        "Rules are on USA.gov and Almaty.KZ.",  # no lower-case letter; an ending in capitals
        "The log went to Server.com.evil/x.",  # more of an address after it
        "Quorvia.com\nBuy a house with no money down.",  # a page's heading alone on its line
        "The probe landed on Tuesday.\n( Orbitnews.net )\n",  # a source's credit in parentheses
        "The probe landed (Orbitnews.net) on Tuesday.",
        "The Quorvia.com website was down for hours.",  # the site itself
        # review: the site or a file named next to it, a macOS application, Turkish and Russian site words
        "The Quorvia.com\nwebsite was down for hours.",  # the site's word after a line break
        "Visit Quorvia.com for details.",  # a link to visit
        "The file Budget.de was attached to the e-mail.",  # a file's name, a registry's ending
        "He keeps his notes in the Todo.org file.",
        "Drag Safari.app to the Trash.",  # an application's bundle
        "Ayrıntılar Hepsiburada.com.tr adresinde yayımlandı.",  # "at the address"
        "Başvurular Edevlet.com.tr sitesinden yapılıyor.",  # "from the site"
    ],
)
def test_no_company_in_addresses_and_files(text: str) -> None:
    assert english_domains.domain_names(text) == []
    found = actors(text)
    assert not any("." in name and found[name] == "organisation" for name in found), found


def test_no_domain_after_a_russian_site_word() -> None:
    # "on the site Kaspi.kz": the rule reads no company (the Russian recogniser's own guess is another matter)
    assert english_domains.domain_names("Подробности на сайте Kaspi.kz, сообщила компания.") == []
    assert english_domains.domain_names("Акции Kaspi.kz выросли на 4,5%.") != []


def test_no_company_in_an_address_is_suggested() -> None:
    # the domain rule may read the host's name; the address's filter (spans.in_address) drops it
    assert actors("Visit www.Kaspi.kz or https://Ozon.ru/x today.") == {}


# ---------------------------------------------------------------- a lone surname and the document's full name
@pytest.mark.parametrize(
    "text, lone, name",
    [
        # the full name or a title with the surname before or after the lone mention (mentions.link_surnames)
        ("Mark Rutte arrived in Brussels. Rutte said the alliance would respond.", "Rutte said", "Mark Rutte"),
        ("Rutte said the alliance would respond. Mark Rutte is the alliance's chief.", "Rutte said", "Mark Rutte"),
        ("President Erdogan spoke on Sunday. Erdogan flew to Ankara on Monday.", "Erdogan flew", "Erdogan"),
        ("Erdogan flew to Ankara on Monday. President Erdogan spoke there.", "Erdogan flew", "Erdogan"),
    ],
)
def test_a_lone_surname_takes_the_documents_full_name(text: str, lone: str, name: str) -> None:
    first = text.index(lone)
    found = [s for s in detect(text, kinds=("actor",)) if s.start == first and s.exact == lone.split()[0]]
    assert found and found[0].attributes["type"] == "person" and found[0].attributes["name"] == name
