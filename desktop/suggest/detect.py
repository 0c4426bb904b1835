"""Offline detection of candidate figures, dates and actors in a document's text.

Public API: :class:`Suggestion` and :func:`detect`.

* Figures and dates come from :mod:`desktop.meaning` (``find_figures`` and
  ``find_dates``), so a suggestion carries the same normalized attributes an
  accepted tag gets.
* Actors come from the store's known entities and aliases (``known_entities``),
  the gazetteer (:mod:`desktop.suggest.gazetteer`), the statistical recognisers
  (:mod:`desktop.suggest.ner`) and rules (:mod:`desktop.suggest.names`): titled
  people ("Tarım Bakanı Aidarbek Saparov", :mod:`desktop.suggest.titled_people`),
  organisations ("Ministry of Trade").

Overlaps: among actors the longest candidate wins (a titled person swallows
the state in its title and inherits the entity id of a known name inside it);
a figure that overlaps a date is dropped (the date parser is the more
specific one), except where the date lies over the ends of a range of
amounts ("from 2000 to 2500 dollars", "between 1800 and 2000 euros"): there
the date gives way (:func:`~desktop.meaning.amount_years.amount_years`).
No I/O, no Qt, and :func:`detect` never raises on a ``str``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from desktop.meaning.amount_years import amount_years, windows_to_read
from desktop.meaning.dates import ENGLISH_DATE_WORDS, DateWords, find_dates_in_piece, format_date, with_own_time
from desktop.meaning.figures import find_figures, format_figure
from desktop.meaning.ranges import high_end_past
from desktop.suggest import (english_affiliations, english_capitals, english_domains, english_lists, english_people, english_places, english_frames,
                             english_kin_owners, english_subjects, english_things, events, facilities, gazetteer, kazakh_bodies,
                             mentions, names, names_child, ner, organisations, titles, works)
# the sources of the actor candidates (moved out of this module; the names stay importable from here)
from desktop.suggest.actor_sources import (  # noqa: F401
    RECOGNISED_RU as _RECOGNISED_RU, TURKISH_AFTER_ACRONYM as _TURKISH_AFTER_ACRONYM, Unnamed as _Unnamed,
    actors_before_names as _actors_before_names, caps_to_title as _caps_to_title, digits_name as _digits_name,
    guess_pieces as _guess_pieces, in_nominative as _in_nominative, lines_in_capitals as _lines_in_capitals,
    organisation_candidates as _organisations, rule_name_candidates as _rule_names, statistical_candidates as
    _statistical, turkish_paragraphs as _turkish_paragraphs, without_full_stop as _without_full_stop)
from desktop.suggest.mentions import place_type as _place_type
from desktop.suggest.guesses import currency_word_after, currency_word_before, place_in_a_noun, time_zone
from desktop.suggest.known_places import is_known_place as _is_known_place
from desktop.suggest.known_places import known_form as _known_form
from desktop.suggest.media import medium, medium_tail
from desktop.suggest.matcher import known_key as _known_key
from desktop.suggest.spans import Taken as _Taken
from desktop.suggest.spans import in_address
from desktop.suggest.spans import overlaps_any as _overlaps_any
from desktop.suggest.steps import (DATE_CONTEXT, NAMES_PIECE, NAMES_PIECES_IN_CHILD, PARSER_PIECE, Progress, Steps, capitalised_lines,
                                   in_parts, without_lone_surrogates)
from desktop.suggest.steps import pieces as _pieces
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.suggestion import actor as _actor
from desktop.suggest.titled_people import body_and_holder_spans, name_after_lower_case_title
from desktop.suggest.titled_people import people as _people

KINDS = ("figure", "date", "actor")
# the reports (and cancel points) of the actor rules, which read the whole text: no step of 1 MB over half a second
ACTOR_STEPS = 33
ACTOR_STEPS_BEFORE_NAMES = 8  # of them, the steps of the rules that need no names (_actors_before_names)

__all__ = ["KINDS", "Suggestion", "detect", "display_value", "entity_type"]


def display_value(s: Suggestion, words: DateWords = ENGLISH_DATE_WORDS,
                  type_label: Callable[[str], str] = str, figure_text: Callable[[dict], str] = format_figure) -> str:
    """The normalized value shown next to a suggestion ("1 300 000 t", "22 May 2025",
    "Kazakhstan (state)"); ``words``, ``type_label`` and ``figure_text`` say dates,
    entity types and figures in the UI's language."""
    if s.kind == "figure":
        return figure_text(s.attributes)
    if s.kind == "date":
        return format_date(s.attributes, words)
    name = str(s.attributes.get("name") or s.exact)
    kind = type_label(str(s.attributes["type"])) if s.attributes.get("type") else ""
    role = s.attributes.get("role")
    out = f"{name} ({kind})" if kind else name
    return f"{out} — {role}" if role else out




def _actors(text: str, known: tuple[tuple[str, tuple[str, ...]], ...], unnamed: _Unnamed,
            recognised: list[tuple[int, int, str, str]], tick: Callable[[], None] = lambda: None) -> list[Suggestion]:
    """Actors: ``unnamed`` (what :func:`_actors_before_names` found) and the rules that read the recognisers'
    names ``recognised``."""
    by_name, cands, rule_names, long_forms, people = unnamed
    tick()
    model_and_store = frozenset([text[a:b] for a, b, kind, _l in recognised if kind == "organisation"]
                                + [n for _e, forms_ in known for n in forms_])
    employers = titles.organisation_before(text, people, model_and_store)  # "Yahoo chief executive Marissa Mayer"
    titled_people = _Taken.of((p.start, p.end) for p in people)
    # a small model's guess that cuts into a titled person ("Federal District Judge" of "… Judge Lynn
    # Hughes") is no name; natasha's are weighed against the titles in titles.titled_inside
    guessed = [g for g in _statistical(text, recognised, tick) if g.confidence == _RECOGNISED_RU or not titled_people.cuts_into(g.start, g.end)]
    tick()
    person_words = [text[a:b].split() for a, b, kind, _l in recognised if kind == "person"]
    person_words += [str(p.attributes.get("name", "")).split() for p in people if p.attributes.get("type") == "person"]
    patterned = _organisations(text, frozenset(" ".join(w[i:]) for w in person_words for i in range(len(w))),
                               frozenset(text[a:b] for a, b, kind, _l in recognised if kind in ("place", "state")),
                               frozenset(text[a:b] for a, b, kind, _l in recognised if kind == "organisation"), tick)
    guessed = _without_openers(text, guessed, patterned)
    for s in people + employers + patterned + rule_names + guessed:
        s = _in_nominative(s)
        eid = by_name.get(str(s.attributes.get("name", "")).casefold()) or by_name.get(s.exact.casefold())
        if eid:
            s = Suggestion(s.kind, s.start, s.end, s.exact, {**s.attributes, "entity_id": eid}, s.confidence)
        cands.append(s)
    tick()
    typed = [(c.start, c.end, (_place_type(c.exact) or ("", c.attributes.get("type", "")))[1]) for c in cands]
    # "Мәжілісте Жайық", "Petrol İşçileri Sendikası Irak'daki": two names
    bodies = set(kazakh_bodies.bodies(text))
    typed = [(a, b, k) for a, b, k in typed if (a, b) not in bodies and not organisations.turkish_head_last(text[a:b])]
    known_body = lambda w: (gazetteer.types_by_form().get(w.casefold()) or ('', ''))[1] == "organisation"  # noqa: E731
    for start, end in names.organisation_then_place(text, typed, known_body):  # a state the model called an organisation is a state
        cands.append(_actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": "organisation"}, 0.7))
    # "ABD'li": from the US; "Nobel" of "the Nobel Peace Prize", "Avrupa" of "Avrupa Şampiyonası": an award's name
    # "Captain America": no state; "ABD doları", "АҚШ доллары", "долларов США": a currency; "написал в Twitter",
    # "Twitter hesabından": a medium (desktop.suggest.media)
    # "площади Тяньаньмэнь", "кинотеатрах «Звезда», «Космос»", "фильм «Цирк»": a facility's or a work's name
    # "JBennett@GMSSR.com", "www.BBC.co.uk/news": inside an address ("@ BBC", "@BBC" stay); "2:30 pm Eastern": a time zone
    cands = [_without_medium(text, c) for c in cands]  # "Cumhurbaşkanı Erdoğan Twitter hesabından"
    model_places = frozenset(text[a:b] for a, b, kind, _l in recognised if kind == "place")
    apart = body_and_holder_spans(people)
    work_titles = works.Works(text, cands, _is_known_place)  # "Teen Wolf dizisinde", "Kuzgun adlı şiiri": no actors
    cands = [c for c in in_parts(cands, tick, 3) if not names.demonym_suffix(text, c.end) and not _in_award(text, c)
             and not titles.place_after_rank(text, c) and not currency_word_after(text, c.start, c.end)
             and not currency_word_before(text, c.start, c.end)
             and not in_address(text, c.start, c.end) and not time_zone(text, c.start, c.end)
             and not place_in_a_noun(text, c.start, c.end)  # "Guinea pigs", "Brussels sprouts"
             and not mentions.code_after_city(text, c.start, c.end, model_places) and not english_things.code_after_a_town(text, c.start, c.end)  # "TX" of "in Austin TX", "Orange Grove CA": a state
             and ("entity_id" in c.attributes or not _a_medium(text, c))
             and not _a_named_thing(text, c) and not work_titles.is_one(c)
             and (c.start, c.end) not in apart]  # "the head of Gazprom Miller": one name over the body and the holder
    cands = english_affiliations.apart(text, cands)  # "Apple Tim Cook": the company and the person; "Dynamo Kyiv" a club
    tick()
    # longest first, then the most confident; nested ones go
    cands.sort(key=lambda s: (-(s.end - s.start), -s.confidence, s.start))
    kept: list[Suggestion] = []
    taken = _Taken()
    for s in cands:
        if taken.overlaps(s.start, s.end):
            continue
        kept.append(s)
        taken.add(s.start, s.end)
    # a titled person inherits the entity id of a known name inside it
    out = []
    known_hits = sorted((c for c in cands if c.confidence >= 0.95), key=lambda c: c.start)
    known_starts = [k.start for k in known_hits]
    for s in kept:
        if s.attributes.get("type") == "person" and "entity_id" not in s.attributes:
            name_start = s.end - len(s.attributes["name"]) - 1
            for k in known_hits[bisect_left(known_starts, s.start) : bisect_left(known_starts, s.end)]:
                if k.end <= s.end and k.end > name_start:
                    s = Suggestion(s.kind, s.start, s.end, s.exact, {**s.attributes, "entity_id": k.attributes["entity_id"]}, s.confidence)
                    break
        out.append(s)
    out = titles.titled_inside(out, [c for c in cands if c.confidence == _RECOGNISED_RU and c.attributes.get("type") == "person"])
    out = [name_after_lower_case_title(text, titles.role_before(text, titles.full_role(text, s)))
           for s in titles.titled_inside(out, people)]  # "police spokesman Mike Blakemore": the name alone
    out.sort(key=lambda s: s.start)
    # a defined acronym found by the recogniser too still takes its long form's name
    out = [replace(s, attributes={**s.attributes, "name": long_forms[s.exact]}) if s.exact in long_forms else s for s in out]
    tick()
    out += mentions.beside_names(text, out, taken)
    tick()
    out = [mentions.turkish_organisation(text, mentions.oblique_organisation(text, s))
           for s in mentions.same_stem(out + mentions.repeated(text, out, taken))]
    tick()
    out = [s for s in out if not kazakh_bodies.titled(text, s.start, s.end)  # "Үкімет басшысы" repeated from "Үкімет"
           and not _a_named_thing(text, s) and not place_in_a_noun(text, s.start, s.end)  # "Brussels sprouts" repeated
           and not work_titles.is_one(s)]
    tick()
    is_place = lambda w: _place_type(w) is not None  # noqa: E731 - one test for the three rules below
    line = organisations.english_line
    out = english_people.given_name_mentions(text, mentions.link_surnames(text, out, taken), taken, line, is_place)  # "Fabio … Fabio's father"
    tick()  # the surnames and given names apart from the capitals (≈ 0.3 s of 1 MB in one step)
    out = english_people.without_the_next_person(text, out)
    out = english_capitals.with_given_name_surnames(text, out)  # "David Lloyd GEORGE"
    out = english_capitals.capitals_mentions(text, out, taken, line, is_place)  # "RAPHAEL" after "Raphael Sanzio"
    tick()  # the first words, the lists, then the frames, then the things dropped: steps of their own (cancel points)
    out = english_people.first_word_mentions(text, out, taken, line, is_place)  # "Pew" after "Pew Research Center"
    out = english_places.feature_names(text, out, taken, line)  # "Griggs Dam", "Western Avenue"
    tick()  # the lists apart from the first words (both took ≈ 0.4 s of 1 MB in one step)
    out = english_lists.list_members(text, out, taken, line)  # "Manipur, Nagaland and Tripura"
    out = english_lists.kind_lists(text, out, taken, line)  # "Towns … include Addis Zemen, Debre Tabor and Wereta"
    tick()  # the frames and the passes after them read the whole text again: five steps of their own (cancel points)
    out = english_frames.framed_names(text, out, taken, line, tick)  # '"It is over," Gore said', "according to Ibn Kathir,"
    tick()
    # "Ozturkoglu resigned", "Wolak's late husband": the model's place is a person
    out = english_subjects.places_retyped(text, out, frozenset(english_kin_owners.kin_owners(text)),
                                          frozenset(english_kin_owners.kin_owners(text, only_persons=True)))
    out = english_things.drop(text, out)  # dishes, products: no actors
    tick()  # the things dropped apart from the retyping and the works (≈ 0.3 s of 1 MB in one step)
    # a repeat reaches every place the text writes a name: not inside an address ("info@Kaspi.kz" after "Kaspi.kz
    # said"), nor where a domain's name stands for its site ("posted on Vk.com"; desktop.suggest.english_domains)
    return [english_things.retyped(text, s) for s in out if not work_titles.is_one(s) and not in_address(text, s.start, s.end)
            and not (english_domains.is_domain_name(s.exact) and english_domains.a_site(text, s.start, s.end))
            and not english_domains.name_of_a_file(text, s.start, s.end)]


def _a_named_thing(text: str, s: Suggestion) -> bool:
    """``s`` names a facility or a work after the noun of its kind (:mod:`desktop.suggest.facilities`),
    and is not a store's entity."""
    return "entity_id" not in s.attributes and facilities.named_thing(text, s.start, s.end, _is_known_place,
                                                                      s.attributes.get("type"))


def _without_medium(text: str, s: Suggestion) -> Suggestion:
    """A titled person's span without the network named as a medium after the name ("Cumhurbaşkanı Erdoğan
    Twitter" of "… Twitter hesabından açıklama yaptı": Erdoğan)."""
    end = medium_tail(text, s.start, s.end) if s.attributes.get("type") == "person" else None
    name = str(s.attributes.get("name") or "")
    tail = text[end : s.end] if end is not None else ""
    if end is None or not name.endswith(tail) or not name[: -len(tail)].strip():
        return s
    return replace(s, end=end, exact=text[s.start : end], attributes={**s.attributes, "name": name[: -len(tail)]})


def _a_medium(text: str, s: Suggestion) -> bool:
    """``s`` is, or names after a title, a social network where a message appeared ("написал в Twitter";
    "Президент написал в Twitter", which the Russian titles read as a person named Twitter)."""
    name = str(s.attributes.get("name") or s.exact)
    return s.exact.endswith(name) and medium(text, s.end - len(name), s.end)


def _without_openers(text: str, guessed: list[Suggestion], patterned: list[Suggestion]) -> list[Suggestion]:
    """The recognisers' guesses less those that run from a Turkish adverb the pattern left out
    into its organisation ("Dün Sabah" of "Dün Sabah gazetesine": the newspaper Sabah)."""
    cut_at: dict[int, int] = {}  # a position inside the adverbs → where their organisation starts
    for o in patterned:
        cut_at.update(dict.fromkeys(range(organisations.opener_before(text, o.start), o.start), o.start))
    return [g for g in guessed if not g.start < cut_at.get(g.start, g.start) < g.end]


def _in_award(text: str, s: Suggestion) -> bool:
    """``s`` names an award or a contest or is a name inside one (:mod:`desktop.suggest.events`),
    not on a headline in title case, and not a store's entity."""
    if "entity_id" in s.attributes:
        return False  # a store's entity is the analyst's
    if events.is_award_name(text, s.start, s.end):
        return True  # a whole award's name ("César Award")
    if s.attributes.get("type") == "person" and " " in s.exact.strip():
        return False  # a person of two words or more may stand before a contest ("Ayşe Demir Türkiye Kupası'nda")
    if not events.names_an_award(text, s.start, s.end):
        return False  # most names have no contest's head after them (a cheap match before the line's tests)
    if names.title_line(text, s.start):
        return False  # a headline's capitals say nothing ("Biden Wins South Carolina Contest")
    # a sentence's first name may be its subject, before the contest (see events.names_an_award)
    return events.names_an_award(text, s.start, s.end, opening=names.opens_sentence(text, s.start))


def entity_type(text: str, start: int, end: int) -> str:
    """The entity type of a hand-tagged actor ``text[start:end]`` from the cheap
    rules (no model, no big pattern: fast enough for the window's thread): the
    gazetteer's forms, titled and honorific people, organisation patterns,
    acronyms, a name in a reporting frame, an organisation's head word, a settlement
    word beside it; "other" when none says."""
    quote = " ".join(text[start:end].split())
    if not quote:
        return "other"
    found = gazetteer.types_by_form().get(quote.casefold())
    if found is not None:
        return found[1]
    window_start = max(0, start - 200)
    window = text[window_start : min(len(text), end + 200)]
    lo, hi = start - window_start, end - window_start
    for s in _people(window):  # titled people, and the body or place a title is held in ("the leader of Al Qaeda")
        if s.start <= lo and s.end >= hi - 1:
            return str(s.attributes.get("type") or "person")
    if any(b <= lo and e >= hi for b, e, _n, _t in names.honorific_people(window)):
        return "person"
    for s in _organisations(window):
        if s.start <= lo and s.end >= hi:
            return "organisation"
    if any(b == lo and e == hi for b, e, _a in names.acronyms(window)):
        return "organisation"
    if any(b <= lo and e >= hi for b, e, _n in names.reported_people(window)):
        return "person"
    return names.retype(text, start, end, "other", _known_form)


# ---------------------------------------------------------------- entry point
def _mid_word(text: str, s: Suggestion) -> bool:
    """A span that cuts a word is noise from a parser (a safety net: the date
    parser no longer reads "Dün" inside "Dünya").  A figure may end inside a
    word: the figure parser ends a Turkish unit at its stem and has checked
    that only a case suffix follows ("1,2 milyar dolar" in "… dolara")."""
    cut_start = s.start > 0 and text[s.start - 1].isalpha() and text[s.start].isalpha()
    if cut_start or s.kind == "figure":
        return cut_start
    return s.end < len(text) and text[s.end - 1].isalpha() and text[s.end].isalpha()


def _figures_in(text: str, dates: list[tuple[int, int]]) -> list[tuple[int, int, dict[str, Any]]]:
    """The figures of the windows where a date may lie over a range of amounts (:func:`windows_to_read`: the candidate's
    line, a few hundred characters at most, so dates alone stay cheap in a long text with single line breaks); none
    without dates (actors alone: no scan of the text for candidates no date can lie over)."""
    if not dates:
        return []
    return [(b + lo, e + lo, attrs) for lo, hi in windows_to_read(text, dates) for b, e, attrs in find_figures(text[lo:hi])]


def _names(piece: str) -> list[tuple[int, int, str, str]]:
    return ner.entities(capitalised_lines(without_lone_surrogates(piece)))  # "Ankara\ud800": no UTF-8 for the tokenizer


def _names_in_parts(piece: str) -> list[tuple[int, int, str, str]]:
    """:func:`_names` of several pieces in a row (the recognisers' process): the recognisers are called once, and
    the paragraphs of each piece of ``NAMES_PIECE`` (cut as :func:`~desktop.suggest.steps.pieces` cuts the whole text) vote on their
    languages apart, so a heading that no language decides takes its own piece's language, as in this process."""
    return ner.entities(capitalised_lines(without_lone_surrogates(piece)), [(a, b) for a, b in _pieces(piece, NAMES_PIECE) if a < b],
                        names_child.stopping)  # a cancelled job's piece ends early: the next detection waits for none


def detect(
    text: str,
    *,
    reference: Any = None,
    kinds: Sequence[str] = KINDS,
    known_entities: Iterable[Any] = (),
    progress: Progress | None = None,
) -> list[Suggestion]:
    """Candidate tags of the given kinds in ``text``, ordered by position.

    ``reference`` is the publication date (date or ISO string) for relative
    dates; ``known_entities`` is a sequence of ``(entity_id, [name, alias…])``.
    ``progress(done, total, label)`` is called between the steps of the work
    (see :mod:`desktop.suggest.steps`); what it raises stops detection.
    Never raises on a ``str`` otherwise; every suggestion's ``exact == text[start:end]``.
    """
    if not isinstance(text, str) or not text or text.isspace():
        return []  # a blank text names nothing (1 MB of spaces took 12 s of the rules' scans)
    wanted = {k for k in kinds if k in KINDS}
    out: list[Suggestion] = []
    dates: list[Suggestion] = []
    stages = (["dates"] if wanted & {"date", "figure"} else []) + (["figures"] if "figure" in wanted else [])
    steps = Steps(text, stages + (["names", "actors"] if "actor" in wanted else []), progress)
    try:  # every path stops the recognisers' thread: an error between stages too, not only in a stage or a report
        # in the recognisers' process (else a thread) while dates and figures run
        names_ahead = steps.ahead(_names, NAMES_PIECE, _names_in_parts, NAMES_PIECES_IN_CHILD) if "actor" in wanted else None
        if "date" in wanted or "figure" in wanted:
            pieces = steps.run("dates", lambda piece: find_dates_in_piece(piece, reference), PARSER_PIECE, back=DATE_CONTEXT)
            # the text's own time (its dateline, its first lines, a diary's headings) is read over the whole text once:
            # a piece starts at some line, not at the text's first
            def again(scope: str, find: Callable[[str], list[Any]]) -> list[Any]:  # a cancel point before each piece
                return steps.run("dates", find, PARSER_PIECE, back=DATE_CONTEXT, again=scope)
            for start, end, attrs in with_own_time(text, reference, pieces, again):
                confidence = 0.5 if attrs.get("undated") else 0.9
                date = Suggestion("date", start, end, text[start:end], attrs, confidence)
                if not _mid_word(text, date):  # a dropped date does not hide a figure
                    dates.append(date)
        spans = [(d.start, d.end) for d in dates]
        # without the figures asked for, they are read only where a date may be the low end of amounts, so that the
        # dates are the same whether the figures are shown or not
        figures = steps.run("figures", find_figures, PARSER_PIECE) if "figure" in wanted else _figures_in(text, spans)
        amounts = amount_years(text, spans, figures)  # "from 2000 to 2500 dollars": no year
        dates = [d for d in dates if (d.start, d.end) not in amounts]
        if "date" in wanted:
            out += dates
        if "figure" in wanted:
            date_spans = sorted((d.start, d.end) for d in dates)
            longest = max((e - b for b, e in date_spans), default=0)
            for start, end, attrs in (high_end_past(text, f, date_spans) for f in figures):
                if _overlaps_any(date_spans, start, end, longest):
                    continue
                confidence = 0.9 if attrs.get("unit") else 0.6
                out.append(Suggestion("figure", start, end, text[start:end], attrs, confidence))
        if "actor" in wanted:
            # the rules that need no names run while the recognisers (in their process) still read them
            known = _known_key(known_entities)
            unnamed = _actors_before_names(text, known, steps.ticker("actors", ACTOR_STEPS_BEFORE_NAMES, ACTOR_STEPS))
            recognised = steps.run("names", _names, NAMES_PIECE, ahead=names_ahead)
            out += _actors(text, known, unnamed, recognised,
                           steps.ticker("actors", ACTOR_STEPS - ACTOR_STEPS_BEFORE_NAMES, ACTOR_STEPS))
        out = [
            s for s in out
            if 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.exact and not _mid_word(text, s)
        ]
        out.sort(key=lambda s: (s.start, s.end, s.kind))
        steps.finish()
        return out
    finally:
        steps.close()
