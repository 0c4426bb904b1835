"""Bare years that their words name as years: an event's name before the year ("Comic-Con 2015", "Fan Expo Canada
2016"), a year's level as the base of a comparison ("40% below 1990 levels"), a plan or forecast for a year ("the
budget for 2026"), a wine's vintage ("2017 vintage"), a season begun or spent in it ("started 2014 in Triple-A")
and a year alone on its line between lines of words (a heading).  Used by :func:`~desktop.meaning.date_bare_year.h_year`; nothing here does I/O."""

from __future__ import annotations

import re
from functools import lru_cache

# The event's name before the year: "the UK-France Summit 2016", "Euro 2008", "Vision 2030", "Comic-Con 2015",
# "YouTube Rewind 2013"; with a place's name or two between: "Fan Expo Canada 2016", "Web Summit Lisbon 2019".
_EVENT_NAMES_BEFORE = (r"Summit|Olympics|Games|Cup|Championships?|Expo|Euro|Eurovision|Festival|Awards|Conference"
                       r"|Census|Vision|Agenda|Con|Rewind|Convention|Congress|Fair|Forum")
_EVENT_BEFORE = re.compile(rf"(?<![^\W_])(?:{_EVENT_NAMES_BEFORE})(?:[ \u00a0]+[A-Z][a-z]+){{0,2}}[ \u00a0]+$")
# People counted after an event's name: "At the Fair 2000 people queued" (not "Comic-Con 2015").
_PEOPLE_AFTER = re.compile(r"[ \u00a0]+(?:people|persons|visitors|fans|guests|delegates|participants|spectators|attendees"
                           r"|exhibitors|members|runners|athletes|workers|children|students)(?![^\W_])", re.IGNORECASE)
# A year's level as a base of comparison: "40% below 1990 levels", "10% of 2000 levels", "back to pre-2008 levels"
# (not "2000 levels of difficulty", "a game with 2000 levels": counted levels).
_LEVELS_AFTER = re.compile(r"[ \u00a0]+levels(?![^\W_])(?![ \u00a0]+of(?![^\W_]))")
_LEVELS_BEFORE = re.compile(r"(?:(?<![^\W_])(?:below|above|to|than|at|from|over|under|beneath|near|pre|post)[ \u00a0-]*"
                            r"|(?:%|(?<![^\W_])(?:per[ \u00a0]?cent|percent|half|third|quarter|fraction))[ \u00a0]+of[ \u00a0]+)$",
                            re.IGNORECASE)
# A plan or a forecast for a year: "a return trip planned for 2015", "the budget for 2026", "targets for 2030" (not
# "for 2000 people", "sold for 2000": "for" alone after any other word).
_FOR_YEAR_BEFORE = re.compile(
    r"(?<![^\W_])(?:planned|scheduled|slated|set|due|expected|projected|forecasts?|budgets?|plans?|targets?|outlook"
    r"|goals?|estimates?|predictions?|guidance|results|figures|data|earmarked)(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+for[ \u00a0]+$",
    re.IGNORECASE)
# What such a "for" counts instead: "plans for 2000 homes", "results for 2000 patients", "earmarked for 2000 new
# schools", "seats set for 2000 spectators" (a plural noun or a word for people after the number, not "was", "has").
_COUNTED_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:new|more|extra|additional|other|local|young|foreign|registered|full-time|part-time)[ \u00a0]+)?"
    r"(?:people|children|men|women|staff|personnel|(?!(?:is|was|has|as|its|this|thus|plus|does|goes|includes|shows"
    r"|remains|looks|seems|means|gives|sees|stands|calls|needs|marks|sets|aims|says|puts|makes|takes|brings|keeps"
    r"|requires|envisages|foresees|assumes|projects|predicts|expects|proposes|outlines|lists|covers|contains"
    r"|hangs|sits|lies|survives|depicts|belongs)(?![^\W_]))"  # "A portrait painted ca. 1911 hangs in the hall"
    r"[a-z]+s(?![^\W_])(?![ \u00a0]+(?:the|new|out|up|its|their|his|her|our)(?![^\W_])))")

# A wine's year: "this is 2017 vintage, also unwooded", "the 2018 vintage." (not "2000 vintage cars": a noun after it)
_VINTAGE_AFTER = re.compile(r"[ \u00a0]+vintage(?![^\W_])(?![ \u00a0]+(?!(?:and|or|of|is|was|which|that|from|with|but)(?![^\W_]))"
                            r"[^\W\d_])", re.IGNORECASE)
# A season begun, ended or spent in a year: "Holt opened 2012 with Altoona", "started 2014 in Triple-A", "spent 2015 with
# the Mets", "ended 2019 on the injured list" (not "opened 2000 accounts", "started 1900 fires in the county": a count;
# the year is followed by a preposition or a clause's end).
_SEASON_VERB_BEFORE = re.compile(r"(?<![^\W_])(?:opened|started|began|ended|finished|(?P<spent>spent)|closed[ \u00a0]+out)"
                                 r"[ \u00a0]+$", re.IGNORECASE)
_SEASON_AFTER = re.compile(r"[ \u00a0]+(?:with|in|on|at|as|for|by|playing)(?![^\W_])|[ \u00a0]*(?:[.,;]|$)")
# After "spent", a sum's words: "spent 2000 on advertising", "spent 1800 for the repairs", "spent 2000." (money).
_SPENT_SUM_AFTER = re.compile(r"[ \u00a0]+(?:on|for)(?![^\W_])|[ \u00a0]*(?:[.,;]|$)")
# "ca 1907", "ca. 1911": circa, about that year (not "ca 1907 members": about so many; see ``_COUNTED_AFTER``).
_CIRCA_BEFORE = re.compile(r"(?<![^\W_])(?-i:ca)\.?[ \u00a0]+$")
# A year alone on its line, between lines of words: a heading of a chronology ("…postseason.\n2014\nHolt again started").
# The line before ends a sentence (or a bracket: "Boston Red Sox (2013 – present)") and the line after starts one
# of three words or more; not a table read a cell a line ("Revenue\n2000\nCosts\n1200", "Total:\n1950\nItems sold":
# figures).  A blank line may stand between.
_LINE_BEFORE = re.compile(r"[^\n]*[^\W\d_][^\n]*[.!?…)\"”»][ \t\u00a0]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*$")
_LINE_AFTER = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*[^\W\d_a-zа-яё][^\W\d_]*(?:[ \u00a0,]+[^\s]+){2}")
# A heading's evidence: its section (up to the next line of a year alone) or the line before it names that year or
# one next to it ("Boston Red Sox (2013 – present)\n2013\nOn December 26, 2012 he was traded", "2014\nHolt again
# started 2014"), or another line of the text is a year alone between sentences up to three years from it with
# that evidence of its own or in a run of three such lines (the chronology's next heading, after a sentence's end); a
# page number between two sentences ("… in the spring.\n1847\nThe committee met …") has none, nor has one whose
# neighbour page number falls inside a sentence ("… voted for the\n1848\nnew charter").
_YEARS = re.compile(r"(?<![^\W_])(?:1[89]\d\d|20\d\d|2100)(?![^\W_])")
_YEAR_LINE = re.compile(r"(?:^|\n)[ \t\u00a0]*(\d{4})[ \t\u00a0]*(?=\n|$)")
_SECTION = 400


def year_level(text: str, start: int, end: int) -> bool:
    """Whether the bare modern year ``text[start:end]`` is the base of a comparison of levels ("below 1990 levels")."""
    return (_modern(text, start, end) and int(text[start:end]) >= 1900 and _LEVELS_AFTER.match(text, end) is not None
            and _LEVELS_BEFORE.search(text, max(0, start - 16), start) is not None)


def year_named(text: str, start: int, end: int) -> bool:
    """Whether the words around the bare year ``text[start:end]`` name it as a year: an event's name before it
    (not before people counted: "At the Fair 2000 people queued"), a plan or forecast for it, a level of it, "ca"
    (circa) before it, or a season begun, ended or spent in it ("opened 2012 with Altoona")."""
    modern = _modern(text, start, end)
    return bool((_EVENT_BEFORE.search(text, max(0, start - 40), start) and not _PEOPLE_AFTER.match(text, end))
                or (_FOR_YEAR_BEFORE.search(text, max(0, start - 40), start) and not _COUNTED_AFTER.match(text, end)
                    and not _unit_after(text, start, end))
                or year_level(text, start, end)
                or (_CIRCA_BEFORE.search(text, max(0, start - 6), start) and not _COUNTED_AFTER.match(text, end))
                or (modern and _VINTAGE_AFTER.match(text, end))
                or (modern and _season_year(text, start, end))
                or (modern and _between_sentences(text, start, end) and _heading_evidence(text, start, end)))


def _season_year(text: str, start: int, end: int) -> bool:
    """Whether the bare year at ``text[start:end]`` is a season begun, ended or spent in it (see ``_SEASON_AFTER``)."""
    verb = _SEASON_VERB_BEFORE.search(text, max(0, start - 16), start)
    return (verb is not None and _SEASON_AFTER.match(text, end) is not None and not _COUNTED_AFTER.match(text, end)
            and not (verb["spent"] and _SPENT_SUM_AFTER.match(text, end)))


def _heading_evidence(text: str, start: int, end: int) -> bool:
    """Whether the year alone on its line at ``text[start:end]`` is a heading: a year within one of it is written on
    the line before or in its section, or another heading near it (up to three years from it) has that evidence of
    its own or stands in a chronology of three or more (see :func:`_heading_years`); not two page numbers, which are
    each other's only neighbours ("… the spring.\n1846\nThe council met …\n1847\nIts members …")."""
    year = int(text[start:end])
    if _own_evidence(text, start, end):
        return True
    return any(0 < abs(other - year) <= 3 for other in _heading_years(text))


def _own_evidence(text: str, start: int, end: int) -> bool:
    """Whether a year within one of the number alone on its line at ``text[start:end]`` is written on the line before
    it or in its section (up to the next line of a number alone)."""
    year = int(text[start:end])
    before = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)))
    upto = _YEAR_LINE.search(text, end, end + _SECTION)
    section = text[before + 1 : start] + " " + text[end : upto.start() if upto else end + _SECTION]
    return any(abs(int(m.group(0)) - year) <= 1 for m in _YEARS.finditer(section))


@lru_cache(maxsize=4)
def _heading_years(text: str) -> frozenset[int]:
    """The years alone on their lines after a sentence's end in ``text`` that are headings by evidence of their own:
    their own section or line before names them (see :func:`_own_evidence`), or they stand in a chronology (see
    :func:`_chronology_years`).  Collected once per piece, not once per candidate (a piece with many such lines took
    time in the square of their number)."""
    lines = [m for m in _YEAR_LINE.finditer(text) if m.start(1) == 0 or _after_a_sentence(text, m.start(1))]
    own = frozenset(int(m.group(1)) for m in lines if _own_evidence(text, m.start(1), m.end(1)))
    pages = frozenset(int(m.group(1)) for m in _PAGE_NUMBER_IN_A_SENTENCE.finditer(text))
    return own | _chronology_years(lines, pages)


# A number alone on its line inside a sentence ("… voted for the\n1847\nnew charter", "… and the\n12\nmembers"): the
# text is laid out in pages, and a run of numbers between sentences that such a number continues is its page numbers,
# not a chronology (fifteenth round: "… in the\n1845\nspring. The members voted.\n1846\n…\n1847\n…\n1848\n…").
_PAGE_NUMBER_IN_A_SENTENCE = re.compile(r"[a-z,;][ \t\u00a0]*\n[ \t\u00a0]*(\d{1,4})[ \t\u00a0]*\n(?=[ \t\u00a0]*[a-z])")


def _chronology_years(lines: list[re.Match[str]], pages: frozenset[int] = frozenset()) -> frozenset[int]:
    """The years of runs of three or more year lines (``lines``, in order), each one to three years after the one
    before and at most ``_SECTION`` characters below it: a chronology whose sections never name their own year
    ("1914\nWar breaks out.\n1915\nThe offensive stalls.\n1916\n…", review of the fourteenth round).  Not two page
    numbers between short sentences ("… close.\n1846\nThe council met …\n1847\n…"), nor a run that one of
    ``pages``, the numbers alone on their lines inside a sentence, continues (up to three from one of its years): the
    page numbers of a text laid out in pages.  Another number inside a sentence, a footnote mark or a list's "2",
    leaves a chronology alone (review of the fifteenth round)."""
    found: set[int] = set()
    runs: list[list[int]] = [[]]
    ends: list[int] = []
    for m in lines:
        run = runs[-1]
        if run and not (0 < int(m.group(1)) - run[-1] <= 3 and m.start(1) - ends[-1] <= _SECTION):
            runs.append(run := [])
        run.append(int(m.group(1)))
        ends.append(m.end(1))
    for run in runs:
        if len(run) >= 3 and not any(abs(page - year) <= 3 for page in pages for year in run):
            found.update(run)
    return frozenset(found)


def _after_a_sentence(text: str, start: int) -> bool:
    """Whether the line before the number alone on its line at ``start`` ends a sentence, as before a heading; a page
    number falls as often inside a sentence ("… voted for the\n1847\nnew charter")."""
    return _LINE_BEFORE.search(text, max(0, start - 200), start) is not None


def _between_sentences(text: str, start: int, end: int) -> bool:
    """Whether the number alone on its line at ``text[start:end]`` stands between a sentence's end and a sentence of
    three words or more (see ``_LINE_AFTER``)."""
    return _LINE_AFTER.match(text, end) is not None and _after_a_sentence(text, start)


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is alone on its line with a line of words on either side (a heading or
    a page number: "… in the\n1848\nautumn" is no autumn of 1848)."""
    first, last = text.rfind("\n", 0, start), text.find("\n", end)
    return 0 <= first and 0 <= last and not text[first + 1 : start].strip() and not text[end:last].strip()


def _modern(text: str, start: int, end: int) -> bool:
    return text[start:end].isdigit() and 1800 <= int(text[start:end]) <= 2100


def _unit_after(text: str, start: int, end: int) -> bool:
    """Whether the figures parser reads the number at ``start`` with a unit after it ("for 2000 MW of capacity", "for
    1800 mm of rain", "for 2000 t"): a measure, no year."""
    from desktop.meaning.figures import find_figures  # (here: figures.py reads the dates' modules)

    line_end = text.find("\n", end)
    window = text[start : min(end + 40, len(text) if line_end < 0 else line_end)]
    return any(a == 0 and b > end - start and attrs.get("unit") for a, b, attrs in find_figures(window))

