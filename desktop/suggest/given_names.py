"""A given name before a surname written in capitals is a person (no I/O, no Qt).

EU and UN documents and some agencies write a surname in capitals ("Theresa MAY", "Jean-Claude
JUNCKER", "Angela MERKEL"); the English model reads the capitals as an acronym and calls the span an
organisation. :func:`shouted_surname` says when a two- or three-word span is a common given name (of
:data:`GIVEN_NAMES`) and a surname in capitals, which names a person. The list holds given names
that are not also a place, a month or a common word ("Virginia", "Jordan", "May", "Grace" are left out),
so "Georgia DOT" or "Grace ANNOUNCED" stay as the model reads them, and so do the fashion houses named after
their founders (:data:`FASHION_HOUSES`, "Christian DIOR"). The model cuts a hyphenated given
name at its hyphen ("Jean" of "Jean-Claude JUNCKER"): :func:`hyphenated_shouted` finds such names whole.
"""

from __future__ import annotations

import re

from desktop.suggest import legal_forms

__all__ = ["COMPANY_WORDS", "FASHION_HOUSES", "GIVEN_NAMES", "hyphenated_shouted", "shouted_surname"]

GIVEN_NAMES = frozenset("""
    Adam Alan Albert Alexander Alexis Alice Alison Amanda Andrea Andrew Angela Anna Anne Annegret Anthony Antonio
    Barbara Benjamin Boris Brian Bruno Carl Carlos Catherine Charles Christian Christina Christine Christopher
    Claire Claude Daniel David Deborah Dmitry Donald Edward Elena Elizabeth Emily Emma Emmanuel Eric Federica
    Frank Franz Frans Francois François Frederick Gary George Gerhard Giorgia Giuseppe Hans Heiko Helen Helmut
    Henry Ian Ingrid Isabel Jacques James Jan Jane Janet Jean Jennifer Jens Jeremy Jessica Joachim Johan Johannes
    John Jonathan Jose José Josep Joseph Juan Julia Julie Karen Karl Katarina Katherine Kathleen Keir Kenneth
    Klaus Kurt Laura Laurent Leo Linda Lisa Luc Luis Luigi Manuel Marco Margaret Margrethe Maria Marie Marine
    Mario Marta Martin Mary Matteo Matthew Michael Michel Michelle Nancy Nicola Nicolas Olaf Olga Olivier Pablo
    Patricia Paul Pedro Peter Philippe Pierre Rachel Rebecca Richard Robert Roberta Ronald Rosa Ruth Sandra
    Sarah Sebastian Sergei Sergey Sigmar Silvio Simon Sophie Stefan Stephen Steven Susan Thomas Theresa Thierry
    Timothy Ursula Valdis Viktor Vladimir Walter Werner William Wolfgang Xavier Yves
""".split())

# One or two given names (or a hyphenated pair, "Jean-Claude"), then one or two surnames in capitals
_SHOUTED = re.compile(r"(?P<given>[A-Z][a-zéèçö]+(?:-[A-Z][a-zéèçö]+)?)(?:[ \u00a0]+[A-Z][a-zéèçö]+)?"
                      r"(?:[ \u00a0]+(?:VON[ \u00a0]+DER|VON|VAN|DE|DI|DA|LE|LA)?[ \u00a0]?[A-Z][A-Z'’-]+[A-Z]){1,2}")


def shouted_surname(exact: str) -> bool:
    """``exact`` is a known given name and a surname in capitals ("Theresa MAY", "Ursula VON DER
    LEYEN", "Jean-Claude JUNCKER"): a person's name as EU documents write it."""
    words = " ".join(exact.split())
    m = _SHOUTED.fullmatch(words)
    return (m is not None and all(part in GIVEN_NAMES for part in m.group("given").split("-"))
            and exact.split()[-1] not in COMPANY_WORDS and words not in FASHION_HOUSES)


# capitals that end a company's name, not a surname ("Martin CORP", "Thomas GROUP", "Thomas SA": the legal forms of
# desktop.suggest.legal_forms, and the head words a shouted company's name ends with)
COMPANY_WORDS = legal_forms.IN_CAPITALS | frozenset("""INC LTD CORP CO GROUP HOLDINGS BANK MEDIA MOTORS INTERNATIONAL
    PARTNERS CAPITAL ENERGY FOODS SYSTEMS TECHNOLOGIES LABS STUDIOS RECORDS PRESS NEWS TV FM""".split())
# Fashion houses named after their founder, as fashion writing and advertising shout them ("Christian DIOR unveiled
# its collection", "Yves SAINT LAURENT"): the house, not a person in an EU document's style.
# (Not "Paul SMITH", "Karl LAGERFELD": as often the person.)
FASHION_HOUSES = frozenset(["Christian DIOR", "Christian LOUBOUTIN", "Christian LACROIX", "Christian SIRIANO",
                            "Yves SAINT LAURENT", "Michael KORS", "Jean Paul GAULTIER", "Anna SUI"])


_WORD_GOES_ON = re.compile(r"[\w’'-]")
_HYPHENATED_BEFORE = re.compile(r"(?<![\w’'-])(?=[A-Z][a-zéèçö]+-[A-Z])")


def hyphenated_shouted(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each known hyphenated given name before a surname in capitals in ``text``
    ("Jean-Claude JUNCKER"), which the English model cuts at the hyphen ("Jean")."""
    out = []
    for start in (m.start() for m in _HYPHENATED_BEFORE.finditer(text)):
        m = _SHOUTED.match(text, start)
        if m is not None and "-" in m.group("given") and _WORD_GOES_ON.match(text, m.end()) is None \
                and shouted_surname(m.group()):
            out.append((start, m.end()))
    return out
