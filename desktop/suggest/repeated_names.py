"""A name found once, found wherever the document writes it again (no I/O, no Qt): "Yahoo" in every paragraph,
"Газпрома" after "Газпром", "Republican Red Blount" after "Red Blount" (moved out of :mod:`desktop.suggest.names`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from desktop.suggest import english_names, gazetteer
from desktop.suggest.abbreviations import LETTERS_UP as _UP
from desktop.suggest.names import CAP_AFTER, CAP_BEFORE, NOT_ENTITIES, NOT_FIRST_NAMES, opens_sentence

__all__ = ["AGENT_PARTICIPLES", "ends_sentence", "repeated_mentions"]

_CYRILLIC_END = re.compile(r"[а-яё]{1,3}")
# A hyphen and a participle of agency or place after a name: the name is still named ("the Kremlin-backed candidate",
# "Hamas-run ministries", "a Vextron-owned site"), unlike a name a hyphen joins to another word ("Yahoo-Mail")
AGENT_PARTICIPLES = ("backed", "led", "run", "controlled", "owned", "funded", "financed", "sponsored", "linked", "allied",
                     "aligned", "affiliated", "based", "held", "occupied", "dominated", "installed", "appointed", "supported",
                     "brokered", "operated")
_AGENT_AFTER = re.compile(rf"-(?:{'|'.join(AGENT_PARTICIPLES)})(?![\w-])")
_CAP_START = re.compile(rf"(?<![\w-])[{_UP}]")
# A capitalised word of four letters or more and a full stop ("Monday.", "Astana."): a sentence's end, unless an
# abbreviated title or form ("Capt.", "Prof.", "Corp.") stands there
_SENTENCE_END = re.compile(r"\w*[^\W\dA-ZА-ЯЁ_]\w{2,}\.")
_ABBREVIATED = frozenset("""Capt Prof Brig Cmdr Comdr Supt Insp Lieut Messrs Mssrs Pres Sens Reps Msgr Mlle Mmes Corp
    Bros Dept Univ Assn Assoc Govt Intl Natl Calif Mass Wash Penn Conn Mich Minn Okla Tenn Colo Ariz Nebr Wisc Kans Oreg
    Mont""".split())


def ends_sentence(word: str) -> bool:
    """``word`` with its full stop ends a sentence: four letters or more with a lower-case one ("Monday.", "Astana."),
    no abbreviated title or form ("Capt.", "Corp.", "Calif.") nor initials ("J.", "U.S.")."""
    return _SENTENCE_END.fullmatch(word) is not None and word[:-1] not in _ABBREVIATED


# Capitalised words that stand before a person's name without being part of it: a party ("Republican Red Blount",
# "Labour MP"), a rank, an office or a kin word used as a title ("Lieutenant Bush", "Coach Ryan", "Uncle Joe")
_BEFORE_A_PERSON = frozenset("""Republican Republicans Democrat Democrats Conservative Labour Liberal Tory
    Socialist Communist Independent Lieutenant Captain Colonel Sergeant Corporal Private Admiral Commander Marshal
    Judge Justice Coach Pastor Father Brother Sister Uncle Aunt Cardinal Bishop Archbishop Rabbi Imam Sheikh King Queen
    Prince Princess Pope Emperor Empress Congressman Congresswoman Representative Ambassador Commissioner Chancellor
    Premier Speaker Candidate Nominee""".split())


def _before_a_person(word: str, form: str) -> bool:
    """A party, a rank, an office, or a nationality's adjective ("American Tom Hanks") before a person's name ``form``;
    the adjective only before a full name ("German Shepherd" is a dog, "American Brown bear"), and nothing before a form
    that is itself a title or no name's word ("Lieutenant Colonel", "Republican Party")."""
    words = form.split()
    if words[0] in _BEFORE_A_PERSON or english_names.not_a_name_word(words[-1]):
        return False
    return word in _BEFORE_A_PERSON or (len(words) > 1 and gazetteer.is_demonym(word))


def repeated_mentions(text: str, forms: Iterable[str], people: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """``(start, end, form)`` of the other places where ``text`` writes a name already
    found as ``form``, written the same way (case and all), as a whole word: recognisers
    find a name in one sentence and miss it in the next.  A Russian form may take a case
    ending ("Газпрома", "Роснефтью").  A form is left out when it is a word the document
    also writes in lower case ("Will", "Apple" beside "apple"), a heading or discourse
    word, or shorter than three letters; an occurrence is left out when a capitalised
    word stands right beside it (part of another name: "Yahoo Japan"; not a word that ends the sentence before with a
    full stop: "… in Astana. Tokayev said") or a hyphen joins it to a word
    (not a participle of agency or place: "the Kremlin-backed candidate" is read), unless that word
    only opens the sentence ("Акции Газпрома"), or, before a form found as a person's
    (``people``), is a party, a rank, an office or a nationality's adjective ("Republican
    Red Blount", "Lieutenant Bush"; not "Bush Doctrine": a word after the name is still part of another)."""
    lower_words = {w for w in re.findall(r"\w+", text) if not w[:1].isupper()}
    by_prefix: dict[str, list[str]] = {}  # the first three letters → forms, longest first
    for form in set(forms):
        if len(form) < 3 or "\n" in form or form in NOT_ENTITIES or not form[:1].isupper():
            continue
        if " " not in form and form.lower() in lower_words:
            continue
        by_prefix.setdefault(form[:3], []).append(form)
    out: list[tuple[int, int, str]] = []
    if not by_prefix:
        return out
    for candidates in by_prefix.values():
        candidates.sort(key=len, reverse=True)
    for word in _CAP_START.finditer(text):
        start = word.start()
        found = next((f for f in by_prefix.get(text[start : start + 3], ()) if text.startswith(f, start)), None)
        if found is None:
            continue
        end = start + len(found)
        if found[-1].lower() in "бвгджзйклмнпрстфхцчшщ":  # a Russian consonant stem: "Газпром-а"
            tail = _CYRILLIC_END.match(text, end)
            if tail is not None and not (end + len(tail.group()) < len(text) and text[end + len(tail.group())].isalnum()):
                end += len(tail.group())
        if end < len(text) and (text[end].isalnum() or text[end] in "-_") and not _AGENT_AFTER.match(text, end):
            continue  # "Yahoo-Mail", "Yahoo_id"; not "Kremlin-backed"
        before = CAP_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and ends_sentence(before.group(1)):
            before = None  # "… in Astana. Tokayev said": the word ends the sentence before
        if CAP_AFTER.match(text, end) or (before is not None and not opens_sentence(text, before.start(1))
                                         and before.group(1) not in NOT_FIRST_NAMES
                                         and not (found in people and _before_a_person(before.group(1), found))):
            continue  # "Yahoo Japan", "Verizon Communications"; not "Акции Газпрома" at a sentence's start
        out.append((start, end, found))
    return out
