"""Years of author-year citations in running text: "(Okafor, 2016)", "(Lindqvist et al., 2011; Barrow & Sen 2014)",
"(see Tanaka, 2003, p. 41)", "(e.g. Moreno, 2008: 17)", "(Ruse [1986] 1998, 253)", a film's "(Dark Water, 1998)".

Until the twenty-second round they were left out as references.  A citation in the running text dates a publication
("a 2016 study by Okafor", which the year rule already reads, says the same as "(Okafor, 2016)"), an event an analyst
may want on the timeline; the scanner already reads "Okafor (2016)" (a year after a bracket).  A reference list's
entries are not events and stay out: nothing after a heading of references ("References", "Bibliography", "Works
cited", …) and no line opening as an entry does ("Okafor, J. (2016). Title.", "[3] Okafor, J. 2016.").

A citation is a bracket (up to the next bracket or line end, so an unclosed one counts) whose items, split at ";",
read: optional lead words ("see", "e.g.", "cf.", "for example"), the authors — capitalised words joined by ",", "&",
"and", "et al.", name particles ("de", "van", "of") — then the year (1500–2099, maybe "2016a", maybe after an original
year in square brackets) and at most a page or volume (", p. 41", ": 17", ", 136–137", ", vol. 14") or a lowercase
continuation ("for an overview").  The authors' last word must be no label or number's word ("(Room 2016)", "(Flight
1549)", "(Resolution 2334)", "(Windows 2000)"), and a year followed by another word is a count ("(Harris, 1500
troops)").  Each year is a year-precision date.  The only I/O is the case-ratio lexicon, read once (:mod:`lexicon`)."""

from __future__ import annotations

import re

from desktop.meaning.date_early_spans import LABELS, NOT_A_NAME
from desktop.meaning.lexicon import lower_case_words
from desktop.meaning.reference_headings import REFERENCE_LIST_HEADING
from desktop.meaning.span_overlap import overlap_test
from desktop.meaning.units import WRITTEN_CODES

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_SEGMENT = re.compile(r"\((?P<body>[^()\n]{4,300})")
_LEAD = r"(?i:(?:e\.\s?g\.|i\.\s?e\.|cf\.|see(?:\s+also)?|also\s+see|see\s+(?:for\s+)?example|for\s+(?:example|instance)|as\s+cited\s+in|quoted\s+in|after)[,:]?\s+)*"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_JOIN = r"(?:\s*,?\s*&\s*|,?\s+and\s+|\s*,\s*|\s+|\s+(?:de|da|del|della|di|du|der|den|van|von|la|le|y|of|the|for|on)\s+)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\w-])"
_ITEM = re.compile(
    rf"\s*{_LEAD}(?P<authors>{_NAME}(?:{_JOIN}{_NAME})*?(?:\s+et\s+al\.?)?)\s*,?\s*"
    rf"(?P<years>(?:\[{_YEAR}\]\s*)?{_YEAR}(?:\s*,\s*{_YEAR})*)"
    r"(?P<tail>\s*|\s*[,:]\s*(?:(?:pp?|vol|ch|chap|para|n)\.\s*)?\d[\d\s,–-]*|\s*,\s*(?:pp?|vol|ch|chap)\.?\s*\d[\w\s,.–-]*"
    r"|\s+(?:for|and|see|cited|in|on)\b[^;]*)$",
)
_YEAR_IN = re.compile(r"(1[5-9]\d\d|20\d\d)[a-z]?")
# Not authors: a label's, product's or number's word before the year ("(Flight 1549)", "(Windows 2000)")
_NOT_AUTHORS = NOT_A_NAME | LABELS | {
    "Flight", "Windows", "Office", "Model", "Version", "Release", "Build", "Route", "Highway", "Interstate", "Bus",
    "Track", "Gate", "Exit", "Platform", "Suite", "Unit", "Block", "Lot", "Plot", "Code", "Form", "Rule",
    "Resolution", "Resolutions", "Decree", "Directive", "Regulation", "Bill", "No", "Nr", "Number", "Art", "Sec",
    "Issue", "Ticket", "Case", "Patent", "Serial", "Part", "Step", "Level", "Grade", "Class", "Zone", "Sector",
    "Apartment", "Flat", "Floor", "Pier", "Berth", "Terminal", "Channel", "Frequency", "Pin", "Account", "Tel", "Phone",
    "Box", "Apt", "Ext", "Fax", "Bldg", "Hwy", "Rd", "St", "Building", "Tower", "Seat", "Bed", "Cell",
    "Oda", "Madde", "Sayı", "Daire", "Kat", "Blok", "Sefer", "Kapı", "Peron"}
# Money before the four digits is an amount ("(Rs 2000)", "(USD 1500)", "(TL 1750)"): a currency's code or short word
_CURRENCY_WORDS = WRITTEN_CODES | {
    "Rs", "Rp", "Tk", "TL", "Kshs", "Shs", "Ushs", "Tshs", "YTL", "Dh", "Dhs", "Sh", "KSh", "Ksh", "USh", "TSh", "RM", "Php", "Kr", "Kč", "Ft", "Zł",
    "RMB", "Rmb", "NT", "HK", "Yen", "Yuan", "Euro", "Euros", "Dollars", "Rupees", "Lira", "Naira", "Rubles", "Roubles",
    "Tenge", "Dinars", "Dirhams", "Riyals", "Pesos", "Francs", "Pounds"}
_ENTRY = re.compile(r"[ \t]*(?:\[\d{1,3}\][ \t]*|\d{1,3}\.[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+,[ \t]+(?:[A-Z]\.[ \t]*)+")
# An entry's publication date: the first bracket of the line ("Okafor, J. (2016).", "Barrow, K., & Sen, A. (2014,
# May 3).") or a year and a full stop ("Adeyemi, T. 2011.")
_ENTRY_DATE = re.compile(_ENTRY.pattern + r"[^\n()]{0,160}?(?:\((?P<b>[^()\n]{1,40})\)|(?<![^\W_])(?P<y>(?:1[5-9]|20)\d\d[a-z]?)\.)")


def citation_years(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` with the years of the text's author-year citations (see the module docstring) that no date covers,
    in order, each a year."""
    if "(" not in text:
        return found
    references = REFERENCE_LIST_HEADING.search(text)
    stop = references.start() if references else len(text)
    taken = overlap_test((s, e) for s, e, _ in found)
    extra = []
    for seg in _SEGMENT.finditer(text, 0, stop):
        body = seg.group("body")
        if not _YEAR_IN.search(body) or _ENTRY.match(text, text.rfind("\n", 0, seg.start()) + 1):
            continue
        at = seg.start("body")
        for part in body.split(";"):
            m = _ITEM.match(part)
            if m is not None and _authors(m.group("authors"), "," in part[m.end("authors"):m.start("years")]):
                for y in _YEAR_IN.finditer(part, m.start("years"), m.end("years")):
                    start, end = at + y.start(1), at + y.end(1)
                    if not taken(start, end):
                        extra.append((start, end, {"start": y.group(1), "end": y.group(1), "precision": "year",
                                                   "undated": False}))
            at += len(part) + 1
    return sorted(found + extra, key=lambda f: (f[0], f[1])) if extra else found


# One word before the year with no comma is also a market's, a commodity's or a count's label ("(Nasdaq 1900)", "(Brent
# 1750)", "(Patients 1800)"): an author so written must look like a name (final read of the round)
_LABEL_WORDS = {"Nasdaq", "Dow", "Nikkei", "Hang", "Sensex", "Gold", "Silver", "Oil", "Brent", "Crude", "Wheat", "Copper",
                "Bitcoin", "Patients", "Cases", "Deaths", "Victims", "Votes", "Pop", "Members", "Staff",
                "Workers", "Peso", "Dollar", "Pound", "Rupee", "Riyal", "Dinar", "Shilling", "Shillings"}


def _authors(words: str, comma: bool = True) -> bool:
    """Whether ``words`` name authors: a capitalised last name that is no label's or number's word; one word with no
    comma before the year (``comma`` False) is no abbreviation, no acronym of four letters or fewer, no common word."""
    names = [w.strip(",.") for w in words.split() if w[:1].isupper()]
    if not names or len(names[-1]) < 2 or names[-1] in _CURRENCY_WORDS:  # "(R 2000)", "(Rs 2000)": an amount
        return False
    if not comma and len(words.split()) == 1:
        word = names[0]
        if words.rstrip().endswith(".") or (word.isupper() and len(word) <= 4) or word in _LABEL_WORDS:
            return False  # "(Pop. 1800)", "(SAR 1500)", "(Gold 1950)"
        if word.casefold() in lower_case_words():
            return False
    return names[-1] not in _NOT_AUTHORS and f"{names[-1]}." not in _NOT_AUTHORS


def without_entry_dates(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` without the publication dates of a reference list's entries: after a reference-list heading, the
    date in an entry's first bracket or its year after the authors ("Okafor, J. (2016). Markets …") dates a
    publication, not an event of the text.  A date in the entry's title stays ("After the 1998 floods"), as do an
    entry's dates where no heading opens a list (an entry quoted in the text: GUM marks those)."""
    references = REFERENCE_LIST_HEADING.search(text) if found else None
    if references is None:
        return found
    spans = []
    for line in re.finditer(r"[^\n]+", text[references.end():]):
        m = _ENTRY_DATE.match(line.group())
        if m is not None:
            at = references.end() + line.start()
            spans.append((at + m.start("b" if m.group("b") else "y"), at + m.end("b" if m.group("b") else "y")))
    if not spans:
        return found
    inside = overlap_test(spans)
    return [f for f in found if not inside(f[0], f[1])]
