"""The sources of actor candidates that :func:`desktop.suggest.detect.detect` merges: organisations by pattern,
the recognisers' guesses cut to their names (:func:`statistical_candidates`), the rule names (honorifics, reporting frames,
acronyms) and the rules that need no names (:func:`actors_before_names`: the store's names, the gazetteer, titled
people), which run while the recognisers' process still reads the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from desktop.suggest import (abbreviations, english_domains, english_names, english_people, english_shouting, english_things, gazetteer, given_names,
                             guess_spans, kazakh_bodies, kazakh_heads, mentions, names, ner, organisations, russian_names, transcripts,
                             words)
from desktop.suggest.guesses import Guesses, currency_prefix
from desktop.suggest.known_places import is_known_place as _is_known_place
from desktop.suggest.known_places import known_form as _known_form
from desktop.suggest.matcher import gazetteer_matcher as _gazetteer
from desktop.suggest.matcher import known_matcher as _known
from desktop.suggest.steps import in_parts
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.suggestion import actor as _actor
from desktop.suggest.titled_people import people as _people


# ---------------------------------------------------------------- word classes
_UP, _LOW = words.UP, words.LOW


# ---------------------------------------------------------------- actors
def organisation_candidates(text: str, people: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
                   companies: frozenset[str] = frozenset(), tick: Callable[[], None] = lambda: None) -> list[Suggestion]:
    """Organisations by pattern (:mod:`desktop.suggest.organisations`); a seat of government
    by its name ("в Кремле": Кремль), before the recognisers' place. ``people``: the names the
    recognisers take for persons, and their last words; ``places``: the places and states they name;
    ``companies``: the organisations they name."""
    out = []
    for start, end in organisations.find(text, _is_known_place, people, places, companies, tick):  # (a cancel point inside)
        seat = names.seat_of_government(text[start:end])
        name = (seat or kazakh_bodies.nominative(text[start:end])  # "Мәжілісте": Мәжіліс
                or organisations.LEGAL_FORM.sub("", " ".join(text[start:end].split())))  # "Tesco plc": Tesco
        out.append(_actor(start, end, text, {"name": name, "type": "organisation"}, 0.8 if seat else 0.7))
    for start, end in organisations.places_before_their_people(text, _is_known_place, places, companies):  # "Carson City NV officials"
        out.append(_actor(start, end, text, {"name": text[start:end], "type": "place"}, 0.7))
    return out


_CAPS_RUN = re.compile(f"[{_UP}]{{4,}}")


def caps_to_title(text: str) -> str:
    """All-capital words of 4+ letters in title case, offsets unchanged
    ("LONDON" → "London"), so the gazetteer finds datelines and headlines."""
    def title(m: re.Match[str]) -> str:
        word = m.group()
        rest = "".join(c.lower() if len(c.lower()) == 1 else c for c in word[1:])
        return word[0] + rest
    return _CAPS_RUN.sub(title, text)


def lines_in_capitals(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line (in order) that holds a word :func:`caps_to_title` changes: no gazetteer name
    crosses a line break, so the names the title case shows are found by reading these lines alone, as a scan of
    the whole text finds them (a headline's lines, not 1 MB again)."""
    out: list[tuple[int, int]] = []
    for m in _CAPS_RUN.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # the line read already
        end = text.find("\n", m.end())
        out.append((text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    return out


_place_type = mentions.place_type


_CAPITAL_BEFORE = re.compile(r"([A-Z][a-z]+)[ \u00a0]$")
_DIGITS_NAME = re.compile(r"\d+([A-Z][A-Za-z]+)(?![\w-])")
# Units, times of day and eras written glued to a number ("10PM", "50MW", "64GB", "300BC").
_GLUED_UNITS = set("AM PM MW GW KW TW MWH GWH KWH TWH KM KG MB GB TB KB MP HP BC AD BCE CE TEU BCM HZ MHZ GHZ".split())


# A number opening a name of three words or more ("30 Seconds to Mars", "20th Century Fox"); not a year ("1584 Lopez").
_NUMBER_OPENS_NAME = re.compile(r"(?!1\d{3}\b|20\d\d\b)\d+(?:st|nd|rd|th)?[ \u00a0][A-Z][a-z]+[ \u00a0]\S")


# A year with a period's prefix is a date the models take for a name at a sentence's start ("Post-2015 sales grew")
_PERIOD_OF_A_YEAR = re.compile(r"(?:[Pp]re|[Pp]ost|[Mm]id|[Ee]arly|[Ll]ate)-\d{4}s?")


def digits_name(exact: str) -> bool:
    """A name glued to the digits before it ("6PR", "883Jia FM", "4Kids"), not a figure with a
    unit ("10PM", "50MW", "5G": one letter) nor a year's decade ("1990s"); or a name of three
    words or more that opens with a number ("30 Seconds to Mars")."""
    found = _DIGITS_NAME.match(exact)
    if found is not None:
        return found.group(1).upper() not in _GLUED_UNITS
    return _NUMBER_OPENS_NAME.match(exact) is not None


def statistical_candidates(text: str, recognised: list[tuple[int, int, str, str]], tick: Callable[[], None] = lambda: None) -> list[Suggestion]:
    """Persons, organisations and places from the recognisers (``ner.entities(text)``)."""
    out = []
    guesses = Guesses(text)
    for start, end, kind, lang in in_parts(guess_pieces(text, recognised), tick, 4):  # four steps (cancel points)
        exact = text[start:end]
        # lines without capitals are skipped anyway; "al-Qaida"; "6PR", "883Jia FM" (a radio station's call sign),
        # in English: the Turkish model's "109 Piscium Balıklar takımyıldızında" is a star
        named = exact[:1].isupper() or _NAME_PARTICLE.match(exact) or (lang == "en" and digits_name(exact))
        before = _CAPITAL_BEFORE.search(text, max(0, start - 20), start)
        if (end - start < 2 or not named or exact in names.NOT_ENTITIES or gazetteer.is_demonym(exact) or gazetteer.is_language(exact)
                or gazetteer.turkish_adjective(text, start, end) or _PERIOD_OF_A_YEAR.fullmatch(exact)
                or (before is not None and gazetteer.is_demonym(f"{before.group(1)} {exact}"))):
            continue  # "кВт·ч", "Monday", "Syrian", "Zealanders" of "New Zealanders", "Latince", "Post-2015": the models' slips
        if " " in exact and names.title_line(text, start) and any(_gazetteer().finditer(exact)):
            continue  # a headline in title case: its states and places, not the model's guess
        if " and " in exact and all(_place_type(part.strip()) for part in exact.split(" and ")):
            continue  # "Darfur and Crimea": two places the gazetteer finds one by one
        if not guesses.keep(start, end, lang, _place_type(exact) is not None, kind):
            continue  # headings, common words, titles alone (desktop.suggest.guesses)
        kind = names.retype(text, start, end, kind, _known_form)
        kind = "person" if kind == "place" and english_names.person_not_place(exact, _known_form) else kind  # "Ramzi Farouk"
        attrs: dict[str, Any] = {"name": " ".join(exact.split()), "type": kind}
        if kind == "place":
            hit = _gazetteer().match_at(text, start)
            if hit is not None and hit[0] == end:
                attrs = dict(hit[1])
        # natasha is trusted like the rules; the small spaCy models give way to them on equal spans
        out.append(_actor(start, end, text, attrs, RECOGNISED_RU if lang == "ru" else 0.65))
    return out


def guess_pieces(text: str, recognised: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The recognisers' guesses cut to the names they hold (:mod:`desktop.suggest.guess_spans`)."""
    def place(text: str, start: int, end: int) -> str | None:
        found = _place_type(text[start:end])
        return None if found is None else found[1]

    out = []
    for start, end, kind, lang in recognised:
        start = names.without_leading_preposition(text, start, end)
        end = without_full_stop(text, start, end)
        out += [(a, b, k, lang) for a, b, k in guess_spans.pieces(text, start, end, kind, lang, place)]
    return out


RECOGNISED_RU = 0.75
_SENTENCE_END = re.compile(rf"[{_LOW}]{{2,}}\.$")
_LONE_STOP = re.compile(rf"(?<=[{_LOW}][{_LOW}])[ \u00a0]+[.!?]$")  # not "U . S ."
_ABBREVIATIONS = ("Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "St.", "Bros.", "Dept.", "Gov.", "Univ.")


def without_full_stop(text: str, start: int, end: int) -> int:
    """Where a recognised span ends when the model took the sentence's full stop in
    ("Paul Budd.", "Лента.", or apart in tokenised text: "Лента ."): before it, unless the word is
    an abbreviation ("Inc.")."""
    exact = text[start:end]
    if _SENTENCE_END.search(exact) and not exact.endswith(_ABBREVIATIONS):
        return end - 1
    lone = _LONE_STOP.search(exact)  # "Алла нәсіп етсін ." in tokenised text: the stop stands apart
    return end - len(lone.group()) if lone is not None else end
_NAME_PARTICLE = re.compile(rf"(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|di|da|du)[ ]?[-‐]?[ ]?[{_UP}]")


def rule_name_candidates(text: str, tick: Callable[[], None] = lambda: None) -> tuple[list[Suggestion], dict[str, str]]:
    """Honorifics, reporting frames, acronyms; and acronym → long form."""
    out: list[Suggestion] = []
    guesses = Guesses(text)
    for start, end, name, _title in names.honorific_people(text):
        out.append(_actor(start, end, text, {"name": name, "type": "person"}, 0.7))
    for start, end in given_names.hyphenated_shouted(text):  # "Jean-Claude JUNCKER": the model reads "Jean"
        out.append(_actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": "person"}, 0.7))
    for start, end, name in transcripts.reporters(text) + transcripts.titled_pairs(text):  # "GOODWYN:", "Senators Daschle and Leahy"
        out.append(_actor(start, end, text, {"name": name, "type": "person"}, 0.7))
    tick()  # four steps (cancel points): ≈ 0.2 s each on 1 MB
    described = [p for p in names.described_people(text) if not any(_gazetteer().finditer(p[2]))]  # "reporter New York Times"
    for start, end, name in names.reported_people(text) + names.kin_people(text) + described:
        first = name.split()[0]
        if _is_known_place(text, start, end) or (name.count(" ") >= 2 and _is_known_place(text, start, start + len(first))):
            continue  # "backed by Iran Islamic Jihad": a state and a body, no person
        if abbreviations.glued_after(text, start, end):
            continue  # "said Tata Consultancy Services TCS": a body and its acronym (the model's guess, cut in two)
        out.append(_actor(start, end, text, {"name": " ".join(name.split()), "type": "person"}, 0.65))
    tick()
    given = english_names.given_name_people(text, organisations.english_line, _known_form)
    for start, end, name in given:  # "Christina Aguilera"; "Zach LaVine" above the model's organisation
        if not gazetteer.is_demonym(name.split()[-1]):
            out.append(_actor(start, end, text, {"name": name, "type": "person"}, 0.66 if english_people.inner_capital_surname(name) else 0.6))
    shouted = (english_people.shouted_people(text, organisations.english_line)  # "SAMUEL ALITO": above the model's
               + english_shouting.given_name_in_capitals(text, organisations.english_line))  # "RAPHAEL Sanzio"
    for start, end, name in shouted:
        out.append(_actor(start, end, text, {"name": name, "type": "person"}, 0.66))
    for start, end, name in english_people.companies(text, given):  # "Eli Lilly", "a Kate Spade handbag"
        out.append(_actor(start, end, text, {"name": name, "type": "organisation"}, 0.7))
    for start, end in organisations.companies(text):  # "Shell said", "Micron reported": above the model's person
        out.append(_actor(start, end, text, {"name": text[start:end], "type": "organisation"}, 0.66))
    tick()
    for start, end in english_names.divisions(text, organisations.english_line, _is_known_place) + english_things.towns_before_a_code(text):  # "Kunar province", "Apple Valley CA"
        if not gazetteer.is_demonym(text[start:end].split()[0]):  # not "the Canadian province of Alberta"
            out.append(_actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": "place"}, 0.6))
    for start, end, name in names.reported_surnames(text):  # "…, Merkel said"; not "Police said", "Syrian said"
        if _is_known_place(text, start, end) or gazetteer.is_demonym(name) or names.opens_sentence(text, start):
            continue
        out.append(_actor(start, end, text, {"name": name, "type": "person"}, 0.6))
    long_forms: dict[str, str] = {}
    for start, end, long_form, acro in names.defined_acronyms(text):
        name = " ".join(long_form.split())
        long_forms[acro] = name
        out.append(_actor(start, end, text, {"name": name, "type": "organisation"}, 0.75))
    for start, end, acro in names.acronyms(text):
        if acro not in long_forms and (guesses.emphasis(acro, end) or guesses.term(acro) or guesses.storm_prefix(start)
                                       or english_shouting.opening_word(text, start, end)):
            continue  # "NOW, THEREFORE", "a HUGE collector", "WHITE smoke rose": emphasis; "the source text (ST)": a term; "TC Phailin"
        name = long_forms.get(acro, acro)
        out.append(_actor(start, end, text, {"name": name, "type": "organisation"}, 0.6))
    return out, long_forms


def in_nominative(s: Suggestion) -> Suggestion:
    """A Russian person's name in the nominative ("Владимиром Путиным": Владимир Путин);
    the span stays as written."""
    name = str(s.attributes.get("name") or "")
    if s.attributes.get("type") != "person" or not russian_names.is_russian(name):
        return s
    normal = russian_names.nominative(name)
    return s if normal == name else replace(s, attributes={**s.attributes, "name": normal})


class Unnamed(NamedTuple):
    """What the actor rules find without the recognisers' names (:func:`actors_before_names`)."""

    by_name: dict[str, str]
    cands: list[Suggestion]
    rule_names: list[Suggestion]
    long_forms: dict[str, str]
    people: list[Suggestion]


def actors_before_names(text: str, known: tuple[tuple[str, tuple[str, ...]], ...],
                         tick: Callable[[], None] = lambda: None) -> Unnamed:
    """The actor rules that do not read the recognisers' names (the store's names, the gazetteer, the rule names,
    titled people): ``detect`` runs them while the recognisers' process still reads the names."""
    tick()  # the figures' last piece before this is a step of its own (a cancel point)
    # names and aliases the store knows → entity id (case-insensitive)
    by_name = {n.casefold(): eid for eid, names in known for n in names}
    cands: list[Suggestion] = []
    for start, end, payload in _known(known).finditer(text):
        attrs = {"name": payload["name"], "entity_id": payload["entity_id"]}
        cands.append(Suggestion("actor", start, end, text[start:end], attrs, 0.95))
    forms = {name: fs for name, _k, fs in gazetteer.entries()}
    hits = list(_gazetteer().finditer(text))
    cands += mentions.elliptic_states(text) + mentions.cities_and_states(text)  # "North and South Korea", "Boulder, CO,"
    cands += [_actor(a, b, text, {"name": text[a:b], "type": "place"}, 0.7) for a, b in kazakh_heads.waters(text)]  # "Сырдария өзені"
    # "Erdoğan Sağlık Bakanlığı'nı ziyaret etti": the person before a ministry the model or the pattern cut off
    cands += [_actor(a, b, text, {"name": text[a:b], "type": "person"}, 0.7)
              for a, b in organisations.people_before_bodies(text, _is_known_place)]
    cands += [_actor(a, b, text, {"name": text[a:b], "type": "organisation"}, 0.7)
              for a, b in english_domains.domain_names(text)]  # "Shares of Kaspi.kz rose": a company named by its domain
    tick()  # a step done (a cancel point, see detect())
    titled = caps_to_title(text)
    if titled != text:  # datelines and headlines in capitals: "LONDON"
        seen = {(b, e) for b, e, _p in hits}
        hits += [h for lo, hi in lines_in_capitals(text) for h in _gazetteer().finditer(titled, lo, hi)
                 if (h[0], h[1]) not in seen and text[h[0]:h[1]] != titled[h[0]:h[1]]]
    turkish_at = turkish_paragraphs(text) if any(text[a:b] in gazetteer.turkish_acronyms() for a, b, _p in hits) else None
    for start, end, payload in hits:
        if currency_prefix(text, end) or gazetteer.water_in_another_name(text, start, end) or gazetteer.turkish_adjective(text, start, end):
            continue  # "US$10", "US $10": a currency; "Trans-Pacific", "the Pacific Fleet": no ocean; "Mali piyasalarda"
        if (turkish_at is not None and text[start:end] in gazetteer.turkish_acronyms() and not turkish_at(start)
                and not TURKISH_AFTER_ACRONYM.match(text, end)):
            continue  # "the AB test", "BAE said": a Turkish acronym ("AB", the EU) outside Turkish text
        attrs = dict(payload)
        for form in [payload["name"], text[start:end], *forms.get(payload["name"], ())]:
            eid = by_name.get(form.casefold())
            if eid:
                attrs["entity_id"] = eid
                break
        cands.append(Suggestion("actor", start, end, text[start:end], attrs, 0.9))
    tick()
    rule_names, long_forms = rule_name_candidates(text, tick)
    tick()
    people = _people(text, tick)
    return Unnamed(by_name, cands, rule_names, long_forms, people)

# A Turkish case ending or compound noun after an acronym says the line is Turkish when its letters do not (Turkish
# typed without ı, ş, ğ: "AB zirvesi yarin basliyor", "ABD'nin"); English has none ("the AB test", "BAE said").
TURKISH_AFTER_ACRONYM = re.compile(r"['’](?:n[ıiuü]n|[yn]?[ae]|[yn]?[ıiuü]|[dt][ae]n?|l[ıiuü])(?![\w])"
                                    r"|[ \u00a0]+[a-zçğıöşü]{2,}(?:s[ıiuü]|l[ae]r[ıi])(?:n(?:[dt][ae]n?|[ıiuü]n|[ae])|yl[ae])?(?![\w])")


def turkish_paragraphs(text: str) -> Callable[[int], bool]:
    """Whether the paragraph at an offset is read as Turkish (:func:`desktop.suggest.ner.paragraph_languages`)."""
    routed = ner.paragraph_languages(text)
    starts = [start for start, _p, _l in routed]

    def turkish(pos: int) -> bool:
        i = bisect_left(starts, pos + 1) - 1
        return i >= 0 and pos < starts[i] + len(routed[i][1]) and routed[i][2] == "tr"
    return turkish
