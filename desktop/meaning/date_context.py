"""Dates resolved by the text around them, after the scanner has chosen its matches: the year a
day or month written without one takes (:func:`anchor_years`, from the dates before it in its
paragraph or its clause's tense) and each year of a list (:func:`year_lists`).  "since 2010" up to the
publication date (:func:`since`) and "the next five years" of a past narrative (:func:`after_years`) are in
:mod:`desktop.meaning.date_since`, re-exported here.

Nothing here does I/O.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from desktop.meaning.counts import people_listed  # English: a count of people, not a listed year
from desktop.meaning.date_absolute import RU_COUNT_AFTER  # Russian: a count, not a listed year
from desktop.meaning.date_base import Cand, span
from desktop.meaning.date_holidays import shift_year
from desktop.meaning.date_since import UP_TO_NOW_AFTER, after_since, after_years, since
from desktop.meaning.date_tense import FUTURE, PAST, clause_sides, clause_tense

# Imported from here by other modules (date_patterns, date_merge): they stay importable from this module.
__all__ = ["UP_TO_NOW_AFTER", "after_years", "anchor_years", "bare_year_anchors", "shift_year", "since", "year_lists"]


def _since_told_then(text: str, anchor_end: int, c: Cand) -> bool:
    """Whether the "since" of ``c`` is told from the time of the dated anchor ending at ``anchor_end``, so that a
    month later in the calendar than the anchor's is of the year before: its clause is in the pluperfect ("In
    January 2024 he said sales had grown since March"), or it stands in the anchor's own sentence, not in a present
    perfect ("В январе 2024 года продажи выросли с марта") unless said then ("In January 2024 he said sales have grown
    since March").  Told from now it is the anchor's year: "The plant reopened in January 2024. Since March, output has
    doubled" (March 2024), "… and since March has doubled"."""
    left, right = clause_sides(text, c.start, c.end)
    if _pluperfect(left, right):
        return True
    return not _SENTENCE_END.search(text, anchor_end, c.start) and (
        not _PERFECT.search(f"{left} {right}") or _SAYING.search(text, anchor_end, c.start) is not None)


_PERFECT = re.compile(r"(?<![^\W_])(?:has|have|'ve)(?![^\W_])", re.IGNORECASE)


_COUNT_AFTER_YEAR = re.compile(r"[ \u00a0]+(?:[a-z]+s|people|children|men|women|of)\b|[ \u00a0]*[%$€£]")


def bare_year_anchors(text: str, cands: list[Cand], reference: _dt.date | None) -> list[Cand]:
    """Bare years not suggested for want of context ("Holt opened 2012 with Altoona") that still
    give their year to a day or month after them in the paragraph ("… promoted on September 1"):
    within 30 years of the publication date, and not counting something ("2000 people")."""
    if reference is None:
        return []
    out = []
    for c in cands:
        a = c.attrs
        if (c.weak and a.get("precision") == "year" and a["start"] == a["end"] and abs(int(a["start"]) - reference.year) <= 30
                and text[c.start : c.end].isdigit() and not _COUNT_AFTER_YEAR.match(text, c.end)):
            out.append(Cand(c.start, c.end, {**a}))
    return out


def anchor_years(text: str, chosen: list[Cand], reference: _dt.date | None = None,
                 bare: list[Cand] | None = None) -> None:
    """A day or month written without a year ("On March 3", "in June") takes the year of the
    latest date before it in its paragraph ("In 2008 … On March 3" is 3 March 2008; "Last year,
    in June" June of last year; not a year alone gone by when its clause speaks of the future: "Sales fell
    in 2019. The firm will report in June"), else the publication year — or the year after it when its clause
    speaks of the future and the day or month is already past ("will tour Mexico in January" in a
    text of October), the year before it when its clause is in the past and the day or month is
    still to come ("prices rose in November" in a text of February); a relative date before it
    in the publication year ("next month, Italy in November, Mexico in January") does not stop
    that, a year written there does.  A date so moved is the anchor of the yearless dates after it
    ("… in January, Magi-Fest in February").  ``bare`` are years written but not suggested (see
    :func:`bare_year_anchors`): anchors only.  When the text says the day or month comes after its
    anchor (see :func:`_later_than_anchor`) and the anchor's year would put it before, it takes the
    year after ("He was elected in November 2020 and took office in January" → January 2021)."""
    anchor: tuple[int, int, bool, str] | None = None  # (end, year, written, start) of the latest date with a year
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]  # a line break between two dates: by bisection, not a scan
    swallow_end, dropped = -1, set[int]()  # "next year" of "in January of the next year": said by the month moved
    for c in sorted(chosen + bare, key=lambda c: c.start) if bare else list(chosen):
        a = c.attrs
        if a.get("undated") or not a.get("start"):
            continue
        if c.start < swallow_end:
            dropped.add(id(c))
            continue
        if anchor is not None and bisect.bisect_left(breaks, anchor[0]) != bisect.bisect_left(breaks, c.start):
            anchor = _next_paragraph_anchor(text, anchor, c, reference)
        if not a.get("yearless"):
            if a.get("precision") in ("day", "month", "year") and a["start"][:4] == a["end"][:4]:
                anchor = (c.end, int(a["start"][:4]), c.in_digits(text), a["start"])
            continue
        if anchor is not None and reference is not None and len(anchor[3]) == 4 and anchor[1] < reference.year and (
                clause_tense(text, c.start, c.end) == FUTURE) and not _SAID_IN_SENTENCE.fullmatch(text, anchor[0], c.start) and (
                not _event_of_the_year(text, anchor[0], c)):
            anchor = None  # "Sales fell in 2019. The firm will report in June": a June to come, not 2019's (a year
            # alone: after "takes place on 5 August 2016", "From 5 to 21 August athletes will compete" is that August;
            # said in the year's own sentence, "In 2019 the company said it will open a store in June", 2019's June;
            # the programme of an event held that year, "The event took place in 2016. Athletes will compete from 5
            # to 21 August", 2016's August)
        if anchor is not None and (anchor[1] != int(a["start"][:4]) or anchor[2]):
            shift_year(a, anchor[1] - int(a["start"][:4]))
            if _wraps_round(text, anchor, c, reference) and shift_year(a, 1):
                anchor = (c.end, anchor[1] + 1, False, a["start"])
                continue
            if len(anchor[3]) >= 7 and a["start"][:7] > anchor[3][:7] and after_since(text, c) and (
                    _since_told_then(text, anchor[0], c)):
                shift_year(a, -1)  # "In January 2024 he said sales had grown since March": the March before it
                continue
            later = _later_than_anchor(text, anchor[0], c)
            if later and len(anchor[3]) >= (4 if later == _NEXT_YEAR else 7) and (
                    later == _NEXT_YEAR or a["start"][:7] < anchor[3][:7]
                    or (later == _FOLLOWING and a["start"][:7] == anchor[3][:7] and not _MONTHS_NOUN_AFTER.match(text, c.end))
            ) and shift_year(a, 1):
                anchor = (c.end, anchor[1] + 1, True, a["start"])
                if later == _NEXT_YEAR:
                    swallow_end = _NEXT_YEAR_AFTER.match(text, c.end).end()  # type: ignore[union-attr]
            continue
        shift = _tense_shift(text, c, reference)
        if shift and shift_year(a, shift):
            anchor = (c.end, int(a["start"][:4]), False, a["start"])
    if dropped:
        chosen[:] = [c for c in chosen if id(c) not in dropped]


def _wraps_round(text: str, anchor: tuple[int, int, bool, str], c: Cand, reference: _dt.date | None) -> bool:
    """Whether a yearless month or day after an anchor month or day comes in the year after it ("Then in November
    Ruth moved … until January" in a letter of May 1967: November 1966, moved by the tense, then January 1967;
    "toured Italy in November and Mexico in January"): it is earlier in the calendar than the anchor's month, and in
    a clause in the past that year does not put it after the publication date.  Not when the text looks back between
    them ("In December sales rose after a fall in June", "the highest level since March": the earlier month of the
    same year).  An anchor with its year written ("In November 2020 the plant closed. … In January it reopened."
    → January 2021) wraps only from a later sentence, and not when the yearless date's clause looks back (see
    :func:`_looks_back_from`): in GUM's train documents a yearless month earlier in the calendar than the dated
    one before it in its paragraph is of the next year 4 times, of the same year once (after "this year").  A level
    stated after a dated level moves on too ("In October 2019 the jobless rate stood at 3.5%. In February it stood at
    3.8%": February 2020; fourteenth round) when the publication date allows it: a past clause read forward past the
    publication date looks back ("In December 2020, inflation was 2%. In September it was 1%": September 2020 in a
    text of March 2021, September 2021 in one of October 2021); without a publication date a yearless month has no
    value at all.  A look back is written ("In February of that year", "had stood", "Back in February", "compared with
    February")."""
    if len(anchor[3]) < 7 or c.attrs["start"][:7] >= anchor[3][:7] or c.attrs["start"][:4] != anchor[3][:4]:
        return False
    if _LOOKING_BACK.search(text, anchor[0], c.start):
        return False
    if anchor[2] and _looks_back_from(text, anchor[0], c):
        return False
    if reference is None or clause_tense(text, c.start, c.end) != PAST:
        return True
    return f"{int(c.attrs['start'][:4]) + 1}{c.attrs['start'][4:]}" <= reference.isoformat()


# In the yearless date's clause, a pluperfect ("It had opened in January", "düşmüştü"), a year said of the date ("in
# January this year", "January of that year", "the same year"), a comparison ("compared with January", "than in
# January", "Ocak ayına göre") or an opening that looks back ("Back in January", "Ещё в январе") keeps a written
# anchor's year.
_PLUPERFECT = re.compile(r"(?<![^\W_])(?:had|'d)(?![^\W_])", re.IGNORECASE)
_TR_PLUPERFECT = re.compile(r"[^\W\d_]{2,}m[ıiuü]ş(?:t[ıiuü]|lard[ıi])(?:[^\W\d_]{0,3})(?![^\W_])")
# Turkish "compared with January": "Ocak ayına göre", "Ocak'a kıyasla".
_TR_COMPARED_AFTER = re.compile(r"(?:[ \u00a0]+ay[ıi]na)?[ \u00a0]+(?:göre|kıyasla|oranla)(?![^\W_])", re.IGNORECASE)
# A clause that opens looking back to the date: "Back in January, …", "Already in January …", "Ещё в январе …".
_BACK_THEN_BEFORE = re.compile(r"^[ \u00a0\"“«(]*(?:back|already|as[ \u00a0]+early[ \u00a0]+as|ещё|еще|уже)[ \u00a0]+"
                               r"(?:(?:in|on|в|во)[ \u00a0]+)?$", re.IGNORECASE)
_YEAR_SAID_AFTER = re.compile(r",?[ \u00a0]+(?:of[ \u00a0]+)?(?:this|that|the[ \u00a0]+same|the[ \u00a0]+previous|last|the[ \u00a0]+prior)"
                              r"[ \u00a0]+year(?![^\W_])", re.IGNORECASE)
# A period that ends with the anchor: "the quarter to December 2020", "the six months ended 30 June 2019", "the
# year ending March 2021", "the season through May 2018".
_PERIOD_ENDING_AT = re.compile(r"(?<![^\W_])(?:quarter|half|period|months|year|season|term)[ \u00a0]+"
                               r"(?:to|ending|ended|through|until|till)[ \u00a0]+[^.!?;\n]{1,24}$", re.IGNORECASE)
_COMPARED_IN_CLAUSE = re.compile(r"(?<![^\W_])(?:compared|than|against|versus|vs\.?|while|whereas)(?![^\W_])", re.IGNORECASE)


def _looks_back_from(text: str, anchor_end: int, c: Cand) -> bool:
    """Whether the yearless ``c`` after a dated anchor ending at ``anchor_end`` keeps the anchor's year: it is in
    the anchor's own sentence ("In November 2020 the firm said sales fell in January"), or its clause looks back
    (see the cues above; "since January" in any language), or the anchor ends a period that holds it ("results for
    the quarter to December 2020. Revenue in October rose 4%": October 2020)."""
    if not _SENTENCE_END.search(text, anchor_end, c.start) or _PERIOD_ENDING_AT.search(text, max(0, anchor_end - 60), anchor_end):
        return True
    left, right = clause_sides(text, c.start, c.end)
    return bool(_pluperfect(left, right) or _COMPARED_IN_CLAUSE.search(left) or _TR_COMPARED_AFTER.match(text, c.end)
                or _BACK_THEN_BEFORE.search(left) or _YEAR_SAID_AFTER.match(text, c.end) or after_since(text, c))


def _pluperfect(left: str, right: str) -> bool:
    """Whether the clause around a date is in the pluperfect, on either side of it: "It had opened in January",
    "Back in January, workers had warned", "Ocak ayında üretim düşmüştü"; not the pluperfect of a saying after it, "In
    January, its chief said bookings had grown" (January is the saying's)."""
    after = _PLUPERFECT.search(right) or _TR_PLUPERFECT.search(right)
    return bool(_PLUPERFECT.search(left) or (after and not _SAYING.search(right, 0, after.start())))


_SAYING = re.compile(r"(?<![^\W_])(?:said|says|told|tells|announced|stated|added|reported|wrote|noted|claimed|explained"
                     r"|dedi|söyledi|açıkladı|сказал[аи]?|заявил[аи]?|сообщил[аи]?)(?![^\W_])", re.IGNORECASE)


# a word that looks back to an earlier time: "after a fall in June", "since March", "up from its level in May"
_LOOKING_BACK = re.compile(r"(?<![^\W_])(?:after|since|before|following|from|earlier|previous|prior|ago)(?![^\W_])",
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "In 2019 the company said it will open a store in June": the future of a saying in that year
_SAID_IN_SENTENCE = re.compile(r"(?:(?![.!?;]\s)[^\n])*?(?<![^\W_])(?:said|told|announced|stated|added|promised|pledged)(?![^\W_])"
                               r"(?:(?![.!?;]\s)[^\n])*", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\n")
# An edition named by its rank: "the first congress", "the tenth edition", "the previous games".
_RANKS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|inaugural|previous"
          r"|last|latest")
# The year's own sentence holds an event in it: "The event took place in 2016", "The Games are held in 2016",
# "The fair was staged in 2019" (not "She held the post in 2019": "held" in the passive only).  A date to come after
# it is of that event's programme, unless its clause names another occurrence ("Leaders will meet again in August",
# "the next edition", "a new round", "the tenth edition", a verb of doing it again: "Parliament will reconvene in
# September" after "Elections were held in 2019" is a September to come, not 2019's).
_HELD_IN_SENTENCE = re.compile(r"(?:(?![.!?;]\s)[^\n])*?(?<![^\W_])(?:take[sn]?[ \u00a0]+place|took[ \u00a0]+place"
                               r"|taking[ \u00a0]+place|(?P<held>(?:is|are|was|were|be|been)[ \u00a0]+(?:held|hosted|staged)))"
                               r"(?![^\W_])(?:(?![.!?;]\s)[^\n])*", re.IGNORECASE)
# "held", "hosted", "staged" are of an event only with an event's word in the sentence ("The regatta was held in
# 2019"; not "The hostages were held in 2019", "The site was hosted in 2019").
_EVENT_WORD = re.compile(r"(?<![^\W_])(?:events?|games|olympics|championships?|cup|tournament|race|regatta|marathon"
                         r"|festival|fair|expo|exhibition|show|concert|conference|congress|summit|forum|meeting|convention"
                         r"|ceremony|elections?|referendum|competition|contest|match|edition|rally|parade|synod|session"
                         r"|vote|poll|biennale|carnival|gala|awards?|prix|league|tour)(?![^\W_])", re.IGNORECASE)
_ANOTHER_OCCURRENCE = re.compile(r"(?<![^\W_])(?:again|next|another|new|later|return|resume|once[ \u00a0]+more"
                                 r"|re-?(?:convene|open|assemble|sit|start|launch|run|elect|schedule|visit|play|stage)[a-z]*"
                                 rf"|{_RANKS})(?![^\W_])", re.IGNORECASE)
# In the year's sentence, an event that recurs ("has taken place every year since 2016", "is held annually") or one
# edition of several ("The first congress was held in 1991"): a date to come is of another edition.
_RECURS_IN_SENTENCE = re.compile(r"(?<![^\W_])(?:since|every|each|annually|yearly|has|have|'ve"
                                 rf"|{_RANKS})(?![^\W_])", re.IGNORECASE)


def _event_of_the_year(text: str, anchor_end: int, c: Cand) -> bool:
    """Whether the year alone that ends at ``anchor_end`` dates an event its sentence says is held then, and the
    yearless ``c`` to come, in the next sentence at most, tells that event's programme (see the patterns above)."""
    opened = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, anchor_end - 160), anchor_end)),
                 default=max(0, anchor_end - 160))
    closes = _SENTENCE_END.search(text, anchor_end, c.start)
    if closes is None or _SENTENCE_END.search(text, closes.end(), c.start):
        return False  # the year's own sentence ("said it will" is read above) or two sentences away: another time
    held = _HELD_IN_SENTENCE.fullmatch(text, opened, closes.start())
    if held is None or (held["held"] and not _EVENT_WORD.search(text, opened, closes.start())):
        return False
    left, right = clause_sides(text, c.start, c.end)
    return not _ANOTHER_OCCURRENCE.search(f"{left} {right}") and not _RECURS_IN_SENTENCE.search(text, opened, closes.start())
# A paragraph that is all a quotation ("“Ne pleure pas, Alfred!”"), after "His last words were:", does not end
# the narrative around it, nor its translation in brackets right after it ("(Do not cry, Alfred!)"); a paragraph
# in brackets after the narrator's own is a wire credit or a note ("(Reporting by Jane Doe; Editing by …)") and
# ends it.  At most _QUOTED_MAX such paragraphs in a row are read (the loop stays linear on long texts).
_QUOTED_PARAGRAPH = re.compile(r"[ \t\u00a0]*[“\"«][^\n]*[”\"»][ \t\r\u00a0]*\n(?:[ \t\r\u00a0]*\n)?")
_TRANSLATION_PARAGRAPH = re.compile(r"[ \t\u00a0]*[(\[][^\n]*[)\]][ \t\r\u00a0]*\n(?:[ \t\r\u00a0]*\n)?")
_QUOTED_MAX = 4
_PARAGRAPH_BREAK = re.compile(r"[ \t\r\u00a0]*\n(?:[ \t\r\u00a0]*\n)?")


def _next_paragraph_anchor(text: str, anchor: tuple[int, int, bool, str], c: Cand,
                           reference: _dt.date | None) -> tuple[int, int, bool, str] | None:
    """The anchor a yearless ``c`` keeps across one paragraph break (a line break, or a blank line as
    imported text writes it): in a narrative of another time (its anchor a day or month with its year
    written, two years or more before the publication date), a day or month in the first sentence of
    the next paragraph, in a clause in the past, that falls on it or within three months after it ("…
    his release on 29 April 1832.\nGalois' fatal duel took place on 30 May." → 30 May 1832; a range
    from that very day, in any tense: "… 5 августа 2016 года.\nС 5 по 21 августа", "… takes place on 5 August
    2016.\nFrom 5 to 21 August athletes will compete"; not that day alone outside the past ("… on 3 March
    2011.\nOn 3 March a memorial will open"), nor "On 12 May, the minister will visit Paris";
    paragraphs that are all a quotation between them do not count);
    ``None`` otherwise (a new paragraph starts afresh)."""
    end, year, written, start = anchor
    a = c.attrs
    if not a.get("yearless") or not written or len(start) < 7 or (reference is not None and year > reference.year - 2):
        return None
    gap = text[end : c.start]
    brk = _PARAGRAPH_BREAK.match(gap, gap.index("\n"))
    if brk is None:
        return None
    opened, quotes, after_quote = brk.end(), 0, False
    while gap.find("\n", opened) >= 0:  # a quotation set as its own paragraph goes on with the one before it
        quoted = _QUOTED_PARAGRAPH.match(gap, opened) or (_TRANSLATION_PARAGRAPH.match(gap, opened) if after_quote else None)
        quotes += 1
        if quoted is None or quotes > _QUOTED_MAX:
            return None
        opened, after_quote = quoted.end(), quoted.re is _QUOTED_PARAGRAPH
    if _SENTENCE_END.search(text, end + opened, c.start):
        return None
    try:
        first = _dt.date(year, int(start[5:7]), int(start[8:10] or 1))
        moved = _dt.date.fromisoformat(f"{year:04d}{a['start'][4:]}" + ("-01" if len(a["start"]) == 7 else ""))
    except ValueError:
        return None
    if len(start) == 10 and len(a["start"]) == 10 and moved == first and a.get("end", a["start"]) != a["start"]:
        return (c.start, year, written, start)  # a range from the anchor's own day, whatever the tense: "From 5 to 21 August"
    if clause_tense(text, c.start, c.end) != PAST:
        return None
    return (c.start, year, written, start) if 0 <= (moved - first).days <= 92 else None  # the same day or within three months


# Words that put a day or month after the dated one before it in its paragraph, in the date's own
# clause: "the following January" (also the same month: the next one), "later, in January",
# taking office after an election ("took office in January", "was sworn in on 20 January", "вступил
# в должность в январе", "Ocak ayında göreve başladı") — not in a clause set off by a comma from the
# anchor's ("In March 2021 Biden, who took office in January, signed the bill": January 2021);
# "in January of the following year" whatever the months.  "In March after the election" names
# another event, not the anchor: no cue.  In doubt the anchor's year stays.
_NEXT_YEAR, _FOLLOWING, _LATER = 3, 2, 1
_FOLLOWING_BEFORE = re.compile(r"(?<![^\W_])(?:the[ \u00a0]+)?(?:following|subsequent)[ \u00a0]+$", re.IGNORECASE)
# "the following March report": "following" may be said of the report, a month's noun, when the anchor is that
# month itself ("In March 2019 … The following March report": March 2019's); a month before the anchor's still
# follows it ("In June 1998 … The following March report": March 1999)
_MONTHS_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:reports?|data|figures|numbers|meetings?|elections?|votes?|polls?|surveys?|issues?|editions?"
    r"|deadlines?|statements?|sessions?|summits?|conferences?|announcements?|budgets?|releases?|readings?|forecasts?"
    r"|payrolls?|minutes|decisions?|reviews?|updates?|filings?|auctions?|contracts?|futures|rall(?:y|ies)|protests?"
    r"|talks|referendums?|hearings?|trials?|index|accords?|agreements?|deals?|visits?|trips?|episodes?)(?![^\W_])",
    re.IGNORECASE)
_NEXT_YEAR_AFTER = re.compile(r",?[ \u00a0]+(?:of[ \u00a0]+)?the[ \u00a0]+(?:following|next|subsequent)[ \u00a0]+year\b",
                              re.IGNORECASE)
# "later, in February", "; afterwards on 3 May", "and later in June": the word opens the date's clause
_LATER_BEFORE = re.compile(
    r"(?:^|[.;:!?][ \u00a0]*|,[ \u00a0]*|(?<![^\W_])(?:and|but|then)[ \u00a0]+)(?:later|afterwards|subsequently)"
    r",?[ \u00a0]+(?:(?:in|on)[ \u00a0]+)?$", re.IGNORECASE)
_OFFICE = (r"(?<![^\W_])(?:took[ \u00a0]+office|assumed[ \u00a0]+office|sworn[ \u00a0]+in|inaugurated"
           r"|took[ \u00a0]+(?:his|her|their)[ \u00a0]+seats?|вступил[аи]?[ \u00a0]+в[ \u00a0]+должность)")
_OFFICE_BEFORE = re.compile(rf"{_OFFICE}[ \u00a0]+(?:in|on|в|во)[ \u00a0]+$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(r"(?:[ \u00a0]+ay[ıi]nda)?[ \u00a0]+göreve[ \u00a0]+başla(?:dı|mıştır|dılar)(?![^\W_])", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,()\[\]\u2013\u2014:]|[.;!?](?:\s|$)")
_REACH_BACK = 40


def _later_than_anchor(text: str, anchor_end: int, c: Cand) -> int:
    """:data:`_NEXT_YEAR`, :data:`_FOLLOWING` or :data:`_LATER` when the text says the yearless ``c`` comes after the
    dated anchor that ends at ``anchor_end`` (see the cues above), else 0.  Only the few words before and
    after ``c`` are read: the time does not grow with the distance to the anchor."""
    if _NEXT_YEAR_AFTER.match(text, c.end):
        return _NEXT_YEAR
    if _FOLLOWING_BEFORE.search(text, max(0, c.start - 24), c.start):
        return _FOLLOWING
    if _LATER_BEFORE.search(text, max(anchor_end, c.start - 24), c.start):
        return _LATER
    office = _OFFICE_BEFORE.search(text, max(anchor_end, c.start - _REACH_BACK), c.start)
    if office is not None:
        cue = office.start()
    elif _OFFICE_AFTER.match(text, c.end):
        cue = c.start  # Turkish: the verb after the date ("Ocak ayında göreve başladı")
    else:
        return 0
    # the office's clause: from the anchor, or from the sentence it opens, no clause set off by a comma
    stretch = text[max(anchor_end, cue - 160) : cue]
    sentence = max((m.end() for m in _SENTENCE_START.finditer(stretch)), default=0)
    return 0 if _CLAUSE_BREAK.search(stretch, sentence) else _LATER


_SENTENCE_START = re.compile(r"[.!?;][ \u00a0]+")


def _tense_shift(text: str, c: Cand, reference: _dt.date | None) -> int:
    """+1 when the yearless date ``c`` (in the publication year) is already past but its clause
    speaks of the future, -1 when it is still to come but its clause is in the past, else 0."""
    if reference is None or int(c.attrs["start"][:4]) != reference.year:
        return 0
    start, end = c.attrs["start"], c.attrs["end"]
    now = reference.isoformat()[: len(start)]
    if end[: len(now)] < now or start > now:
        tense = clause_tense(text, c.start, c.end)
        if tense == FUTURE and end[: len(now)] < now:
            return 1
        if tense == PAST and start > now:
            return -1
    return 0


# Between the years of a list: "2002, 2004, 2008 и 2012 годов", "1961, 1962 ve 1963'te"; of a choice too: "from 1699 or
# 1700", "в 1998 или 1999 году", "1998 veya 1999'da" (GUM gives each its own date).
_LIST_GAP = r"(?:,\s*|\s+(?:and|и|ve|ile|or|или|veya|ya\s+da)\s+|\s*&\s*)"
_LIST_YEAR = re.compile(rf"{_LIST_GAP}(1\d{{3}}|20\d{{2}})(?![\d.,]\d|\d)")
# The years before the dated one: "1961, 1962 ve 1963'te", "2002, 2003 ve 2004 yıllarında".
_LIST_YEAR_BEFORE = re.compile(rf"(?<![\d.,])(1\d{{3}}|20\d{{2}}){_LIST_GAP}$")


def year_lists(text: str, chosen: list[Cand]) -> list[Cand]:
    """Each year of a list is its own date: "2002, 2004, 2008 и 2012 годов", "1961, 1962 ve 1963'te"."""
    if not chosen:
        return chosen
    covered = bytearray(len(text))  # 1 where a date is taken: an overlap test in O(span), not O(dates)
    for c in chosen:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    extra: list[Cand] = []

    def take(m: re.Match[str] | None) -> Cand | None:
        """The listed year ``m`` found, as a date, unless it overlaps one already taken."""
        if m is None:
            return None
        b, e = m.start(1), m.end(1)
        attrs = span("year", (int(m.group(1)),))
        if attrs is None or covered.find(1, b, e) >= 0 or RU_COUNT_AFTER.match(text, e) or text[b - 2 : b - 1] == "," and (
                people_listed(text, e)):
            return None  # (or "в 1592 году, 1535 кроватей", "In 2019, 1500 or 2000 people died": a count)
        extra.append(Cand(b, e, attrs))
        covered[b:e] = b"\x01" * (e - b)
        return extra[-1]

    for c in chosen:
        if c.attrs.get("precision") != "year" or c.attrs.get("start") != c.attrs.get("end"):
            continue
        after: Cand | None = c
        while after is not None:  # the years after it: "… 2008 и 2012"
            after = take(_LIST_YEAR.match(text, after.end))
        before: Cand | None = c
        while before is not None:  # the years before it: "1961, 1962 ve 1963'te"
            before = take(_LIST_YEAR_BEFORE.search(text, max(0, before.start - 16), before.start))
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen
