"""A person's title, kept whole (no I/O, no Qt).

* :func:`titled_inside` — a person span that holds another person ("House Speaker Mike
  Johnson" from a recogniser, "Speaker Mike Johnson" from the rules; "Президент России
  Владимир Путин" from the rules, "Владимир Путин" from natasha) is named as the inner one
  (Mike Johnson, Владимир Путин), with the whole title as role (House Speaker, Президент России);
* :func:`full_role` — the words of a title written before the span the rules found
  ("Senate Majority Leader Chuck Schumer": the rules start at "Leader") complete its role;
* :func:`role_before` — a title set off before the name ("the Russian foreign minister,
  Sergei Lavrov, said") is its role;
* :func:`organisation_before` — the name written before a post in lower case is the
  organisation the person holds it in ("Yahoo chief executive Marissa Mayer", "Wallabies
  coach Ewen McKenzie");
* :func:`place_after_rank` — a one-word state or place right after a rank that opens other
  names ("Captain America", "Major Britain") is part of that name, not the state.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.suggest import gazetteer, names
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW as _LOW

__all__ = ["full_role", "organisation_before", "place_after_rank", "role_before", "titled_inside"]

# Capitalised words that open an English title before its head word: a branch or body, a
# rank, a qualifier ("Senate Majority Leader", "Defense Secretary", "Former President").
_TITLE_OPENERS = set(
    """Senate House Majority Minority Former Acting Interim Deputy Vice Assistant Associate Executive Chief Senior
    Junior State Federal National Foreign Defense Defence Finance Treasury Trade Energy Health Home Interior Justice
    Education Transport Environment Agriculture Labor Labour Economy Commerce Homeland Security Intelligence Army Navy
    Air Force Supreme Court Party Opposition Shadow Cabinet General Attorney Prime Minister Secretary Lord Grand
    Police Fire Fed Central Bank Union Republican Democratic Democrat Conservative Liberal Labour Green""".split()
)
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # "UN Secretary-General", "US President", "NATO Secretary General"
_WORD_BEFORE = re.compile(r"([A-Z][\w.-]*)[ \u00a0]$")


def titled_inside(kept: list[Suggestion], inner: list[Suggestion]) -> list[Suggestion]:
    """A person whose span ends with another person's ("House Speaker Mike Johnson" holding
    the rules' "Speaker Mike Johnson"; "Президент России Владимир Путин" holding natasha's
    "Владимир Путин") takes the inner one's name, and the words before it join the role,
    when either of them has a title."""
    by_end = {p.end: p for p in inner}
    out = []
    for s in kept:
        found = by_end.get(s.end)
        if (s.attributes.get("type") == "person" and found is not None and s.start < found.start
                and (s.attributes.get("role") or found.attributes.get("role"))):
            role = " ".join(_joined_role(s.exact[: found.start - s.start].split(), str(found.attributes.get("role") or "").split()))
            s = replace(s, attributes={**s.attributes, "name": found.attributes["name"], "role": role})
        out.append(s)
    return out


def _joined_role(before: list[str], inner: list[str]) -> list[str]:
    """The words before an inner person's span and its role, the role written once: a Turkish title the
    rules read as the role of the name after it ("Bakan Fidan": role Bakan, span Fidan) is also the
    word before that span, so the model's "Bakan Fidan" would make it "Bakan Bakan"."""
    return before if inner and before[-len(inner):] == inner else before + inner


def full_role(text: str, s: Suggestion) -> Suggestion:
    """``s`` with the title words written right before it added to its role ("Senate
    Majority" + "Leader"); its span stays (the words before may be an organisation of
    their own, "Senate")."""
    role = s.attributes.get("role")
    if s.attributes.get("type") != "person" or not role or not str(role)[:1].isupper():
        return s
    words: list[str] = []
    pos = s.start
    while len(words) < 3:
        m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None:
            break
        word = m.group(1)
        if word not in _TITLE_OPENERS and not _ACRONYM.fullmatch(word) and not gazetteer.is_demonym(word):
            break
        words.insert(0, word)
        pos = m.start()
    if not words:
        return s
    return replace(s, attributes={**s.attributes, "role": " ".join([*words, str(role)])})


_HEADS = (r"minister|secretary|president|spokes(?:man|woman|person)|chief\s+executive|director|chair(?:man|woman)?"
          r"|leader|governor|mayor|ambassador|envoy|commander|head|chancellor|prosecutor|judge|speaker|founder")
_ROLE_BEFORE = re.compile(
    rf"(?<![\w])(?:the|its|their|his|her|[A-Z][\w-]*['’]s)[ \u00a0]+(?P<role>(?:[A-Z][\w-]*[ \u00a0]+){{0,2}}(?:[a-z][\w-]*[ \u00a0]+){{0,3}}(?:{_HEADS})),[ \u00a0]+$"
)


def role_before(text: str, s: Suggestion) -> Suggestion:
    """A person without a role takes the title set off before the name ("the Russian
    foreign minister, Sergei Lavrov": Russian foreign minister)."""
    if s.attributes.get("type") != "person" or s.attributes.get("role"):
        return s
    m = _ROLE_BEFORE.search(text, max(0, s.start - 80), s.start)
    if m is None:
        return s
    return replace(s, attributes={**s.attributes, "role": " ".join(m.group("role").split())})


# Posts held in a company, a club or a party, written in lower case after its name.
_POST = re.compile(r"(?:chief[ \u00a0]+executive|CEO|co-founder|founder|coach|manager|boss|owner|chairman|chairwoman"
                   r"|spokes(?:man|woman|person)|president|captain)[ \u00a0]")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*[ \u00a0]){0,2}[A-Z][\w&-]*[a-z][\w&-]*)[ \u00a0]$")
def organisation_before(text: str, people: list[Suggestion], organisations: frozenset[str] = frozenset()) -> list[Suggestion]:
    """The organisation named right before a titled person's post in lower case ("Yahoo
    chief executive Marissa Mayer": Yahoo); not a title's own word ("Former", "Deputy"), a
    nationality ("Russian president"), a state or place the gazetteer knows (found as such),
    a possessive, nor one word opening a sentence that the text never writes mid-sentence
    ("Veteran coach", "Head coach", "Government spokesman") unless ``organisations`` (the
    names the model or the store gives) holds it ("Enron chief executive Jeff Skilling
    resigned", the model's Enron)."""
    out = []
    mid: frozenset[str] | None = None
    for s in people:
        if not _POST.match(text, s.start):
            continue
        mid = _mid_sentence_words(text) if mid is None else mid
        m = _NAME_BEFORE.search(text, max(0, s.start - 60), s.start)
        if m is None:
            continue
        start, words = m.start(1), m.group(1).split()
        while (len(words) > 1 and names.opens_sentence(text, start) and _common_opener(text, words[:1], mid)
               and words[0] not in names.COMPANY_RANKS):  # "General Electric chief executive …": not "Electric"
            start = text.index(words[1], start + len(words[0]))  # "Amount Enron CEO …": Enron
            words = words[1:]
        if any(w in _TITLE_OPENERS or w in names.NOT_ENTITIES or gazetteer.is_demonym(w) for w in words):
            continue
        if mentions_place(" ".join(words)) or (names.opens_sentence(text, start) and _common_opener(text, words, mid)
                                               and " ".join(words) not in organisations):
            continue
        out.append(actor(start, m.end(1), text, {"name": " ".join(words), "type": "organisation"}, 0.6))
    return out


_MID_SENTENCE_WORD = re.compile(r"(?<=[a-z,;:][ \u00a0])([\w-]+)")
_PLAIN_WORD = re.compile(r"[\w-]+")


def _common_opener(text: str, words: list[str], mid: frozenset[str] | None = None) -> bool:
    """One word opening a sentence that may be a common word ("Veteran coach", "Head coach"):
    kept only when the text also writes it with a capital mid-sentence.  ``mid``: the words the
    text writes mid-sentence (:func:`_mid_sentence_words`), read once per text, not per person."""
    if len(words) != 1:
        return False
    if mid is not None and _PLAIN_WORD.fullmatch(words[0]):
        return words[0] not in mid
    return re.search(rf"[a-z,;:][ \u00a0]{re.escape(words[0])}(?![\w-])", text) is None


def _mid_sentence_words(text: str) -> frozenset[str]:
    """Every word written right after a lower-case letter or a comma, semicolon or colon and a space."""
    return frozenset(m.group(1) for m in _MID_SENTENCE_WORD.finditer(text))


def mentions_place(words: str) -> bool:
    """The gazetteer knows ``words`` as a state or place."""
    return gazetteer.types_by_form().get(words.casefold()) is not None


_RANK_BEFORE = re.compile(rf"(?<![\w’'-])(?:{'|'.join(sorted(names.COMPANY_RANKS))})[ \u00a0]$")


# "Major" as the adjective before a noun: after an article ("a Major Lagos road"), or with a lower-case
# noun after the place ("Major Paris Ring Road" of a headline in title case is left to title_line).
_ADJECTIVE_RANK = re.compile(r"(?:(?<![\w’'-])(?P<article>[Aa]n?|[Tt]he)[ \u00a0]+)?Major[ \u00a0]$")
_LOWER_WORD_AFTER = re.compile(rf"[ \u00a0]+[{_LOW}]")


def place_after_rank(text: str, s: Suggestion) -> bool:
    """A state or place of one word right after a rank that also opens names of other things
    ("Captain America", "Major Britain"): part of that name, not the state. Not in a headline in
    title case, where every word has a capital ("Protesters Block Major Paris Ring Road"), nor
    after "Major" written as the adjective ("a Major Lagos road")."""
    if s.attributes.get("type") not in ("state", "place") or " " in s.exact:
        return False
    if _RANK_BEFORE.search(text, max(0, s.start - 12), s.start) is None or names.title_line(text, s.start):
        return False
    major = _ADJECTIVE_RANK.search(text, max(0, s.start - 12), s.start)
    return major is None or not (major.group("article") or _LOWER_WORD_AFTER.match(text, s.end))
