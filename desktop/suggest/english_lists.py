"""Names in an English list whose other members are actors of one type (no I/O, no Qt): "Manipur, Nagaland and
Tripura", "Paul, Alexandre, Nicolas and Charles", "Fischamend, Bruck an der Leitha, Parndorf". The small English model
finds the known members of a list and misses the rare ones between them; a list joins things of one kind, so a
capitalised name between two members of one type, or after two of them at the list's end, is one more."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import replace

from desktop.suggest import english_names, gazetteer, given_names, names, organisations
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["LowerWords", "kind_lists", "list_items", "list_members"]

# A list's separator: a comma (with "and"/"or" after it), or "and"/"or" alone; the study sets' tokenised text puts a
# space before the comma ("Addis Zemen , Debre Tabor")
_SEP = re.compile(r"(?:[ \u00a0]*,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)")
# A name's word (a capital, then letters, inner hyphens or apostrophes; an initial), and the lower-case particles
# inside European place and person names ("Bruck an der Leitha", "Weiden am See", "Gianutto della Mantia")
_WORD = rf"[{UP}](?:[{LOW}]+(?:[-'’][{UP}{LOW}][{LOW}]+)*|\.|[{UP}]{{1,5}}(?![{LOW}]))"
_PARTICLE = r"(?:an|am|der|den|de|del|della|di|da|do|dos|du|des|la|le|van|von|y|og|al|el|bin|ibn|upon|on|en)"
_ITEM = re.compile(rf"(?<![\w’'.-]){_WORD}(?:(?:[ \u00a0]+{_PARTICLE})*[ \u00a0]+{_WORD}|[ \u00a0]?-[ \u00a0]?{_WORD}"
                   rf"|[ \u00a0]?['’]s[ \u00a0]+{_WORD}){{0,5}}(?![\w’'-])")
# A share or a year in brackets after a member ("Aselsan ( 15 % )", "Havelsan (4.5%)")
_BRACKETS = re.compile(r"[ \u00a0]*\([ \u00a0]*[\d.,]+[ \u00a0]*%?[ \u00a0]*\)")
# A place's types: a state and a place stand in one list ("Austria, Vienna and Graz")
_PLACES = frozenset({"place", "state"})
_REACH = 400  # the longest list read
_ITEM_REACH = 120  # the longest free name (with its brackets) read before a list's first member found
# A separator's end right before a member: a free name of the list may stand before it
_SEP_BEFORE = re.compile(r"(?:,|(?<![\w’'-])(?:and|or))[ \u00a0]+$")
_KNOWN = 0.9  # the confidence of the gazetteer's and the store's names
# The bodies a list needs besides a person the model found to make it one more body: people and firms stand in one list
# (signatories, donors), and the model reads a rare surname as a body ("Smith, [Jones] and Deloitte")
_BODIES_FOR_A_PERSON = 3
# Languages whose English name is no nationality ("English", "French" are): a list of them is no list of actors
# ("Mandarin, Esperanto and Latin")
_LANGUAGES = frozenset("""Latin Esperanto Mandarin Cantonese Hebrew Yiddish Swahili Sanskrit Hindi Urdu Farsi Pashto Dari
    Tagalog Gaelic Catalan Basque Tamil Telugu Bengali Punjabi Gujarati Marathi Amharic Tigrinya Hausa Yoruba Igbo Zulu
    Xhosa Quechua Aramaic Klingon""".split())
# "and" or "or" alone between two items, no comma: the words may be one title's ("War and Peace")
_BARE_AND = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+")
# "and" or "or" in a separator: the list's last member follows
_CONJUNCTION = re.compile(r"(?<![\w’'-])(?:and|or)(?![\w’'-])")


def list_items(text: str, start: int) -> list[tuple[int, int]]:
    """The names of the list that opens at ``start`` (one name, or several joined by :data:`_SEP`)."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos - start < _REACH:
        item = _ITEM.match(text, pos)
        if item is None:
            break
        out.append((item.start(), item.end()))
        pos = item.end()
        brackets = _BRACKETS.match(text, pos)
        pos = brackets.end() if brackets is not None else pos
        sep = _SEP.match(text, pos)
        if sep is None:
            break
        pos = sep.end()
    return out


def _kind(members: list[Suggestion]) -> str | None:
    """The type most of the list's found members have, a place the gazetteer or the store found counting twice (the
    model's types of one list disagree: "Manipur" an organisation, "Tripura" a place), a place winning a tie; a place
    for places and states mixed; None for a tie of a person and an organisation."""
    votes: dict[str, int] = {}
    for member in members:
        kind = str(member.attributes.get("type"))
        kind = "place" if kind in _PLACES else kind
        votes[kind] = votes.get(kind, 0) + (2 if kind == "place" and member.confidence >= _KNOWN else 1)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0] != "place"))
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] and ranked[0][0] != "place":
        return None  # a person or an organisation: a place wins a tie, the model's guess for a rare place
    kind = ranked[0][0]
    if kind == "place" and all(m.attributes.get("type") == "state" for m in members):
        return "state"
    return kind if kind in ("person", "organisation", "place") else None


def _odd_beside(members: list[Suggestion | None], i: int, kind: str) -> bool:
    """The found members right before and after item ``i`` (one at least) are all of another type than ``kind`` (places,
    then "Ryanair and Wizz": the free name beside the company is its kind as often)."""
    beside = [m for m in members[max(0, i - 1) : i] + members[i + 1 : i + 2] if m is not None]
    return bool(beside) and all(_group(m.attributes.get("type")) != _group(kind) for m in beside)


def _title_pair(text: str, items: list[tuple[int, int]], members: list[Suggestion | None], i: int) -> bool:
    """Free item ``i`` is one word joined by a bare "and" or "or" (no comma) to a one-word neighbour that is free too or
    has another bare "and" right after the pair: a work's or a saying's two words ("Gogol, and War and Peace";
    "Chekhov, War and Peace and Anna Karenina"; "Tom, Dick and Harry"), not two more members. "Manipur, Nagaland and
    Tripura" and "Chekhov and Gogol, and ..." keep theirs."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(items):
            continue
        (a, b), (c, d) = sorted((items[i], items[j]))
        after = max(i, j) + 1
        if (_BARE_AND.fullmatch(text, b, c) and " " not in text[a:b].strip() and " " not in text[c:d].strip()
                and (members[j] is None or (after < len(items) and _BARE_AND.fullmatch(text, d, items[after][0])))):
            return True
    return False


def _group(kind: object) -> str:
    """A suggestion's type, a state counted as a place."""
    return "place" if kind in _PLACES else str(kind)


def _retyped(text: str, out: list[Suggestion], items: list[tuple[int, int]], members: list[Suggestion | None],
             kind: str) -> list[Suggestion]:
    """``out`` with the one found member of the list whose type is not ``kind`` given ``kind`` ("Shizuoka, [Aichi], Gifu"
    the model calls a person beside two places; "Smith, [Jones], Dick and Harry"), when two or more
    members have ``kind`` and the odd one is the model's guess for one word, a person or a body: not a place (the model
    calls rare places persons, not the other way: "Guangdong, [Hainan] and Guangxi"), not a body among places (a company
    named with the towns it serves: "Leeds, York and [Ryanair]"), not a name the gazetteer, the
    store or the list of companies knows, not after the list's "and" or "or" closed it (a sentence's subject: "Berkeley,
    Fillmore retired"), and no free item beside it (its kind as often: "London, Paris, Berlin, Ryanair and Wizz"). A
    person becomes a body only beside three bodies (:data:`_BODIES_FOR_A_PERSON`: "Smith, Jones and Deloitte")."""
    found = [m for m in members if m is not None]
    odd = [i for i, m in enumerate(members) if m is not None and _group(m.attributes.get("type")) != _group(kind)]
    if len(odd) != 1 or len(found) - 1 < 2:
        return out
    i = odd[0]
    member = members[i]
    assert member is not None
    if member.attributes.get("type") == "person" and kind == "organisation" and len(found) - 1 < _BODIES_FOR_A_PERSON:
        return out  # "Smith, Jones and Deloitte": a partner signs beside a firm, and the model calls a surname a body
    word = member.exact
    closed = [j for j in range(1, len(items)) if _CONJUNCTION.search(text, items[j - 1][1], items[j][0])]
    if (not closed or i > closed[0] or _group(member.attributes.get("type")) == "place"
            or (_group(kind) == "place" and member.attributes.get("type") == "organisation") or member.confidence >= _KNOWN or "entity_id" in member.attributes or (member.start, member.end) != items[i]
            or not word.isalpha() or not word[:1].isupper() or word.isupper() or word in organisations.COMPANIES
            or gazetteer.types_by_form().get(word.casefold()) is not None
            or any(members[j] is None for j in (i - 1, i + 1) if 0 <= j < len(members))):
        return out
    retyped = replace(member, attributes={**member.attributes, "type": "place" if kind in _PLACES else kind})
    return [retyped if s is member else s for s in out]


def _name_part(text: str, start: int, end: int, lower: Container[str]) -> tuple[int, int] | None:
    """The name in ``text[start:end]`` without the function words opening it ("Also Smith", "In Leeds"), or None when
    nothing of a name is left: a common word, a body's head word, a nationality, a word the text also writes in lower
    case ("Soup, Salad and Bread"), a language ("Latin"), a day's name first ("Monday Morning")."""
    own = english_names.without_openers(text[start:end].split())
    if not own:
        return None
    start = text.index(own[0], start, end)
    words = text[start:end].replace("-", " ").split()
    if (words[0] in names.DAYS  # "Reuters, Bloomberg and Monday Morning": a time
            or gazetteer.is_demonym(text[start:end]) or text[start:end] in _LANGUAGES
            or all(english_names.not_a_name_word(w) or w.endswith(".") or w.lower() in lower for w in words)):
        return None
    return start, end


def list_members(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` with each capitalised name (particles such as "an der" inside) of a list of three or more (joined by
    commas, "and", "or") of which two or more are actor suggestions ("Manipur, [Nagaland] and Tripura", "Parndorf, Weiden
    am See and [Mönchhof]"), added with the type most of them have, in an English line (``language_at``) that is no
    headline in title case. Not a common word, a body's head word, a nationality or a word the text writes in lower
    case ("Soup, Salad and Bread"), not a span ``taken`` holds, not when the found members' types tie, nor beside found
    members all of another type ("London, Paris, Berlin, Ryanair and Wizz")."""
    actors = sorted((s for s in kept if s.kind == "actor" and s.attributes.get("type")), key=lambda s: s.start)
    if len(actors) < 2:
        return kept
    starts = [s.start for s in actors]
    out = list(kept)
    lower: set[str] | None = None
    pos = 0
    for first in actors:
        if first.start < pos:
            continue
        # the list may open before the first member found: read it from the sentence's capitalised words before
        opening = first.start
        if _SEP_BEFORE.search(text, max(pos, first.start - 8), first.start):  # only then a free name may stand before
            for m in _ITEM.finditer(text, max(pos, first.start - _ITEM_REACH), first.start):
                brackets = _BRACKETS.match(text, m.end())
                if _SEP.fullmatch(text, brackets.end() if brackets is not None else m.end(), first.start):
                    opening = m.start()
                    break
        items = list_items(text, opening)
        pos = items[-1][1] if items else first.end
        if len(items) < 3:
            continue
        members: list[Suggestion | None] = []  # each item's suggestion, None for a free one
        for a, b in items:
            inside = [s for s in actors[bisect_left(starts, a - 200) : bisect_left(starts, b)] if s.start < b and a < s.end]
            members.append(inside[0] if inside else None)
        found = [m for m in members if m is not None]
        free = [(i, item) for i, (item, m) in enumerate(zip(items, members)) if m is None and not taken.overlaps(*item)]
        kind = _kind(found) if len(found) >= 2 else None
        if kind is None or names.title_line(text, opening) or not language_at(text, opening):
            continue
        out = _retyped(text, out, items, members, kind)
        if lower is None:
            lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
        for i, (a, b) in free:
            if _odd_beside(members, i, kind) or _title_pair(text, items, members, i):
                continue  # "London, Paris, Ryanair and Wizz": beside the company, the odd one out; "War and Peace"
            part = _name_part(text, a, b, lower)
            if part is not None:
                out.append(actor(part[0], part[1], text, {"name": " ".join(text[part[0] : part[1]].split()), "type": kind}, 0.5))
                taken.add(*part)
    return out


# A plural noun of one kind of actor, a few lower-case words ("in this zone") and a word that opens its examples: "Towns
# and cities in this zone include Addis Zemen, Debre Tabor and Wereta", "bands such as Vardelune and Ostro"
_KIND_NOUNS = {
    "place": "towns|cities|villages|hamlets|municipalities|settlements|communes|districts|counties|provinces|countries"
             "|islands",
    "organisation": "bands|companies|firms|clubs|teams|universities|parties|newspapers|broadcasters|airlines|banks",
    "person": "singers|writers|authors|actors|actresses|politicians|painters|composers",  # not "artists": bands too;
    # not "players": the players of a market are firms ("major players such as Amazon and Google")
}
_CUE = r"(?:include|includes|included|including|such[ \u00a0]+as|like|namely)"
_ANY_KIND_NOUN = "|".join(_KIND_NOUNS.values())
# The words between the noun and the cue: a phrase opened by a preposition ("in this zone", "of the school") with no other
# kind's noun in it; a relative clause or another noun names other things ("Countries whose leaders include Putin",
# "Players who signed for clubs like Arsenal", "Singers from bands such as …": the nearest noun's list)
_BETWEEN = (rf"(?:[ \u00a0]+(?:in|of|from|near|on|at|around|across|along|within|throughout|nearby)"
            rf"(?:[ \u00a0]+(?!(?:{_ANY_KIND_NOUN})(?![\w’'-]))[a-z]+){{0,3}}?)?")
_KIND_CUE = [(kind, re.compile(rf"(?<![\w’'-])(?i:{nouns})(?:[ \u00a0]+(?:and|or)[ \u00a0]+(?:{nouns}))?{_BETWEEN}"
                               rf"[ \u00a0]+{_CUE}[ \u00a0]*:?[ \u00a0]+(?=[{UP}])"))
             for kind, nouns in _KIND_NOUNS.items()]
# Kin in the plural and what they are called: "His Greek parents are Andreas and Harula Aliagas", "her sons were …"
_KIN_CUE = re.compile(rf"(?<![\w’'-])(?:parents|sons|daughters|children|brothers|sisters|siblings)"
                      rf"[ \u00a0]+(?P<verb>are|were|named|called)[ \u00a0]+(?=[{UP}])")
_KIND_CUE.append(("person", _KIN_CUE))


class LowerWords:
    """``word in`` it: the text writes ``word`` (in lower case) as a whole word; each word is looked for once, so a rare
    kind list does not read every word of a long text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self._seen:
            self._seen[word] = self._whole(word)
        return self._seen[word]

    def _whole(self, word: str) -> bool:
        text, at = self._text, self._text.find(word)
        while at >= 0:  # str.find, then the edges: a regex opening with a look-behind reads the text much slower
            end = at + len(word)
            if not (at and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
                return True
            at = text.find(word, at + 1)
        return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


def kind_lists(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` with each free name of a list of two or more that a plural noun of one kind of actor announces ("Towns
    and cities in this zone include Addis Zemen, Debre Tabor and Wereta": places; "the bands such as Vardelune and
    Ostro": organisations; "His parents are Andreas and Harula Aliagas": people), with that kind (a member found with
    another type takes it), in an English line that is no headline in title case; the same words as :func:`list_members`
    are no names (a common word, a nationality, a word the text writes in lower case), nor a faith or a month."""
    out = list(kept)
    lower = LowerWords(text)
    spans = {(s.start, s.end): i for i, s in enumerate(out) if s.kind == "actor"}  # a member found already
    for kind, cue in _KIND_CUE:
        for m in cue.finditer(text):
            items = list_items(text, m.end())
            if len(items) < 2 or names.title_line(text, m.end()) or not language_at(text, m.end()):
                continue
            if cue is _KIN_CUE and m.group("verb") in ("are", "were") and not _kin_names(text, items, lower):
                continue  # "His parents are Catholic and Republican", "Her sisters were Happy and Sad"
            _split_joined(text, out, spans, items, kind)  # "Ashford, Dover and Canterbury": not "Dover and Canterbury"
            for a, b in items:
                if kind == "person" and text.startswith(("The ", "the "), a):
                    continue  # "writers such as The Smiths": a group's name
                at = spans.get((a, b))
                if at is not None and _may_retype(out[at], kind):  # the model's "Kelmir" as a person
                    out[at] = replace(out[at], attributes={**out[at].attributes, "type": kind})
                part = None if taken.overlaps(a, b) else _name_part(text, a, b, lower)
                if part is not None and text[part[0] : part[1]] not in names.NOT_ENTITIES:  # "Catholics", "Muslim"
                    out.append(actor(part[0], part[1], text, {"name": " ".join(text[part[0] : part[1]].split()), "type": kind}, 0.5))
                    taken.add(*part)
    return out


def _split_joined(text: str, out: list[Suggestion], spans: dict[tuple[int, int], int], items: list[tuple[int, int]],
                  kind: str) -> None:
    """Split, in ``out`` (and its index ``spans``), a member found across two items or more of a list of places with no
    store's entity ("Towns … include Ashford, Dover and Canterbury": the model's one organisation "Dover and
    Canterbury") into one place for each item, which the list's loop then reads as found. Not in a list of bodies or
    people: "Bands such as Simon and Garfunkel" is one band."""
    if kind != "place":
        return
    # the spans from one item's start to a later item's end (a list has a few items; the text has thousands of spans)
    joined = [(first, last) for first in range(len(items)) for last in range(first + 1, len(items))
              if (items[first][0], items[last][1]) in spans]
    for first, last in joined:
        at = spans.get((items[first][0], items[last][1]), -1)
        if at < 0 or "entity_id" in out[at].attributes:
            continue
        del spans[(items[first][0], items[last][1])]
        for i, (start, end) in enumerate(items[first : last + 1]):
            member = actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": kind}, out[at].confidence)
            if i == 0:
                out[at] = member
            else:
                out.append(member)
            spans[(start, end)] = at if i == 0 else len(out) - 1


def _may_retype(member: Suggestion, kind: str) -> bool:
    """A list's noun of ``kind`` gives a member the model found another type that kind, unless it is a place's type among
    places (a state stays a state among towns), a place among people ("Players such as Brazil": teams; "Writers like
    Paris": "like" a verb), an acronym ("Cities including London and BBC") or a known company among people or places."""
    old = member.attributes.get("type")
    if old == kind or (kind == "place" and old in _PLACES) or (kind == "person" and old in _PLACES):
        return False
    return not member.exact.isupper() and (kind == "organisation" or member.exact not in organisations.COMPANIES)


def _kin_names(text: str, items: list[tuple[int, int]], lower: Container[str]) -> bool:
    """The items after kin and "are"/"were" are names, not what the kin are ("Catholic and Republican", "Happy and Sad",
    "Doctors and Lawyers"): each item is a name (:func:`_name_part`, not :data:`names.NOT_ENTITIES`), and one of them
    opens with a common given name or the last one closes with a family name ("Andreas and Harula Aliagas")."""
    words = []
    for a, b in items:
        part = _name_part(text, a, b, lower)
        if part is None or text[part[0] : part[1]] in names.NOT_ENTITIES:
            return False
        words.append(text[part[0] : part[1]].split())
    return any(w[0] in given_names.COMMON_GIVEN_NAMES for w in words) or len(words[-1]) > 1
