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

__all__ = ["COMMON_GIVEN_NAMES", "COMPANY_WORDS", "FASHION_HOUSES", "GIVEN_NAMES", "WORD_GIVEN_NAMES", "full_names",
           "hyphenated_shouted", "shouted_surname"]

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


# Given names common in English news, from many languages, for :func:`full_names`. Left out, as in :data:`GIVEN_NAMES`:
# names that are also a common word, a title, a place, a faith or a month ("Will", "Mark", "Grace", "Prince", "Don",
# "Jordan", "Austin", "Roman", "Christian", "Victoria", "June"), which open as many other names ("Christian Democrats",
# "Roman Catholic", "Don River").
# Given names of :data:`GIVEN_NAMES` that are as often a word of another kind: a faith ("Christian groups"), a month
# ("Jan 5"), a product ("Claude 3")
WORD_GIVEN_NAMES = frozenset({"Christian", "Jan", "Claude"})
COMMON_GIVEN_NAMES = (GIVEN_NAMES - WORD_GIVEN_NAMES) | frozenset("""
    Aaron Abdul Abdullah Adolf Adrian Ahmad Ahmed Aidan Akira Alastair Alberto Alejandro Alessandro Alex Alexandra
    Alexandre Alexei Alfred Ali Alicia Allan Allen Allison Alvin Amber Amy Ana Anders Andreas Andrei Andy Angelo Anita
    Ann Annie Antoine Anton Arnold Arthur Ashley Ayman Barack Barry Ben Bernard Bernie Beth Betty Billy Bob Bobby Brad
    Bradley Brandon Brenda Brett Bruce Bryan Carla Carlo Caroline Carmen Carol Chris Chuck Claudia Claudio Colin Craig
    Cristina Cynthia Dan Danny Darren Dave Dean Denis Dennis Derek Diana Diane Diego Dmitri Donna Doris Doug Douglas
    Duncan Dylan Ed Eddie Edgar Edmund Eduardo Eli Elias Elijah Ellen Enrique Erik Ernest Ethan Eva Evan Fabio Fatima
    Felix Fernando Fiona Francesca Francesco Francis Francisco Fred Freddie Gabriel Gareth Gavin Geoffrey Gerald Gerry
    Giovanni Glenn Gordon Graham Greg Gregory Guillaume Gustavo Hamid Hannah Harold Harriet Harvey Hassan Heather
    Heinrich Henri Henrik Hideki Hillary Howard Hugh Hugo Hussein Igor Isaac Isabella Jack Jacob Jake Jamie Jason Javier
    Jeff Jeffrey Jenny Jerry Jesse Jim Jimmy Joan Joanna Joanne Joaquin Joe Joel Johnny Jon Jorge Josh Joshua Judith
    Judy Julian Juliet Justin Kate Katie Keith Kelly Ken Kevin Khalid Kofi Kyle Larry Lauren Lawrence Leonard Leonardo
    Leslie Liz Lorenzo Louis Louise Luca Lucas Lucy Malcolm Manmohan Marcel Marcus Marion Matt Maurice Maxim Megan
    Melissa Miguel Mikhail Mike Miriam Mitch Mitt Mohamed Mohammad Mohammed Monica Muhammad Nadia Naomi Natalie Nathan
    Neil Nicholas Nick Nicole Nigel Nikolai Noah Oliver Olivia Omar Oscar Owen Paolo Pamela Patrick Pervez Phil Philip
    Phillip Rafael Ramon Ramzi Randy Raymond Rick Ricky Rob Roberto Robin Roger Ross Roy Ryan Sam Samantha Samuel Sara
    Scott Sean Shane Shaun Shirley Simone Sonia Stanley Stefano Stephanie Steve Stewart Stuart Suzanne Tanya Ted Teresa
    Terry Tim Tina Todd Tom Tommy Tony Travis Trevor Tyler Valentina Valerie Vanessa Vincent Wayne Wendy Willie Yasser
    Yoko Yusuf Yuri Zach Zachary
    Abby Abigail Adnan Clément Harald Hélène Raphael Rene René Ricardo Victor
""".split())

_GIVEN_AT = re.compile(r"(?<![\w’'.&@#/-])[A-ZÀ-Þ][a-zß-ÿ]+(?=[ \u00a0][A-Z])")
# the words after a given name: an initial ("J."), a particle before a capital ("bin", "van", "de"), or a capitalised
# word ("Aguilera", "McCain", "O'Brien", "LaVine", "Muñoz", "Al-Assad")
_NEXT_WORD = re.compile(r"[ \u00a0](?:(?P<initial>[A-Z]\.)|(?P<particle>bin|van|von|de|da|di|du|del|della|der|la|le)"
                        r"(?=[ \u00a0][A-Z])|(?P<word>(?:Mc|Mac|O['’]|D['’])?[A-Z][^\W\d_]*[a-zß-ÿ](?:[-'’][A-Z][^\W\d_]+)?))"
                        r"(?![\w&@-])")


def full_names(text: str) -> list[tuple[int, int, list[str]]]:
    """``(start, end, words)`` of each common given name (:data:`COMMON_GIVEN_NAMES`) followed by one or two
    more names, an initial or a particle between ("Christina Aguilera", "Donald J. Trump", "Osama bin Laden",
    "Ana Patricia Rojo"): candidates for a person that the recognisers may have missed. No more than three
    capitalised words in a row: a longer run is a title or a body's name ("George Washington Bridge Authority"),
    and so is a given name right after another capitalised word ("Lake George Smith"). What the words are (a body's
    head word, a month, a place) is for the caller to judge."""
    out: list[tuple[int, int, list[str]]] = []
    for m in _GIVEN_AT.finditer(text):
        if m.group() not in COMMON_GIVEN_NAMES or (out and m.start() < out[-1][1]):
            continue
        words, ends = [m.group()], [m.end()]
        while len(words) < 5:
            nxt = _NEXT_WORD.match(text, ends[-1])
            if nxt is None:
                break
            words.append(nxt.group().strip())
            ends.append(nxt.end())
        after = _NEXT_WORD.match(text, ends[-1])
        while len(words) > 1 and _NEXT_WORD.fullmatch(" " + words[-1]).group("word") is None:  # type: ignore[union-attr]
            words.pop()  # "Donald J." alone: no surname
            ends.pop()
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) < 2 or len(capitals) > 3 or after is not None:
            continue
        end = ends[-1]
        out.append((m.start(), end, words))
    return out
