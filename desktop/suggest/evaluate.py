"""Precision and recall of :func:`desktop.suggest.detect` on a labelled set.

A labelled file is JSON: ``{"text", "reference", "tags": [{"kind", "exact",
"occurrence"?}]}``; each expected tag is located as the ``occurrence``-th
(default 1st) place its ``exact`` stands in the text.  A suggestion matches an
expected tag of the same kind when the spans are equal (``strict``) or
overlap (``lenient``); each expected tag is matched at most once.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.meaning import turkish_words
from desktop.suggest.detect import KINDS, detect


@dataclass(frozen=True)
class Expected:
    kind: str
    start: int
    end: int
    exact: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def locate(text: str, exact: str, occurrence: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(exact, pos + 1)
        if pos < 0:
            raise ValueError(f"{exact!r} (occurrence {occurrence}) is not in the text")
    return pos, pos + len(exact)


def load(path: Path) -> tuple[dict[str, Any], list[Expected]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    expected = []
    for tag in data["tags"]:
        start, end = locate(data["text"], tag["exact"], tag.get("occurrence", 1))
        expected.append(Expected(tag["kind"], start, end, tag["exact"]))
    return data, expected


def score_file(path: Path, *, strict: bool = False) -> tuple[dict[str, Score], list[str]]:
    """Scores per kind for one file, and a line for each miss or false alarm."""
    data, expected = load(path)
    found = detect(data["text"], reference=data.get("reference"))
    scores = {k: Score() for k in KINDS}
    notes: list[str] = []
    unmatched = list(expected)
    for s in found:
        hit = next(
            (
                e for e in unmatched
                if e.kind == s.kind and ((e.start, e.end) == (s.start, s.end) if strict else (s.start < e.end and e.start < s.end))
            ),
            None,
        )
        if hit is None:
            scores[s.kind].fp += 1
            notes.append(f"{Path(path).name}: false {s.kind} {s.exact!r}")
        else:
            unmatched.remove(hit)
            scores[s.kind].tp += 1
    for e in unmatched:
        scores[e.kind].fn += 1
        notes.append(f"{Path(path).name}: missed {e.kind} {e.exact!r}")
    return scores, notes


def score_dir(folder: Path, *, strict: bool = False) -> tuple[dict[str, Score], list[str]]:
    total = {k: Score() for k in KINDS}
    notes: list[str] = []
    for path in sorted(Path(folder).glob("*.json")):
        scores, file_notes = score_file(path, strict=strict)
        notes += file_notes
        for k, s in scores.items():
            total[k].tp += s.tp
            total[k].fp += s.fp
            total[k].fn += s.fn
    return total, notes


# ---------------------------------------------------------------- public corpora: figures and dates
# The gold filter turns a corpus' broad "time"/"quantity" mentions into what Claimline calls a
# date or a figure (README, Suggestions: evaluation). It was written from the corpora's
# guidelines and their train/dev portions, before any test split was scored.
GOLD_FILTER = """\
date   = a time mention naming a calendar point or period: a month or weekday name, a number
         that is not only a clock time (years, decades, "9/11", "28 July"), yesterday/today/
         tomorrow, "last|next|this|past|previous|coming week|weekend|month|year|decade|century",
         or "... ago"; durations are not dates
figure = money or quantity mentions that name a number (digits or a number word: two, dozen,
         thousand, million…); time mentions that are durations ("12 months", "nearly four years",
         "1.5 years of limited exposure");
         GUM: a cardinal numeral (UPOS NUM) counting a noun (deprel nummod) with that noun, the
         numeral "one" alone left out, numerals inside a date left out; a date mention inside
         another ("1799" in "August 1799") is ignored, the outer one counts
ignored = the corpus' other time/money/quantity mentions ("spring", "the morning", "dozens",
         "wages", "10 a.m."), and OntoNotes CARDINAL numerals (Turkish Wiki NER): a suggestion
         overlapping one counts neither way
Turkish = the same with Turkish month/weekday names, dün/bugün/yarın/önce, "geçen/gelecek/bu
         hafta|ay|yıl", durations "N yıl|ay|hafta|gün|saat|dakika" (N < 1000 or in words; not
         "N yılında", in the year N);
         DATE and TIME as time mentions, MONEY, PERCENT and QUANTITY as money/quantity"""

_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen half"
).split()
_NUMBER_WORD = r"(?:" + "|".join(_NUMBER_WORDS) + r")"
_HAS_NUMBER = re.compile(rf"\d|\b{_NUMBER_WORD}s?\b", re.IGNORECASE)
_MONTHS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)
_WEEKDAYS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# Turkish (the Turkish Wiki NER set): month and weekday names, relative words, duration units.
_TR_CALENDAR = re.compile(
    r"(?<!\w)(?:" + "|".join(map(turkish_words.lower, turkish_words.MONTHS + turkish_words.WEEKDAYS))
    + r"|dün|bugün|yarın|önce"
    r"|(?:geçen|gelecek|bu)\s+(?:hafta|ay|yıl|sene))",
    re.IGNORECASE,
)
_TR_DURATION = re.compile(
    r"^(?:yaklaşık\s+|en\s+az\s+)?(?:\d{1,3}(?:[.,]\d+)?|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz"
    r"|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|birkaç)\s+(?!yılın(?:da|dan|a)\b)(?:yıl|sene|ay|hafta|gün|saat|dakika|saniye)\w*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:yesterday|today|tomorrow|ago"
    r"|(?:last|next|this|past|previous|coming)\s+(?:week|weekend|month|year|decade|century))\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?)|\b\d{1,2}:\d\d\b", re.IGNORECASE)
_TIME_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?"
_QUALIFIER = (r"(?:about|around|almost|nearly|over|under|some|roughly|approximately|up\s+to|at\s+least|close\s+to"
              r"|more\s+than|less\s+than|fewer\s+than|another|the\s+first|the\s+last|the\s+past)")
_AMOUNT = rf"(?:\d+(?:[.,]\d+)?|{_NUMBER_WORD}|a|an|a\s+few|several)"
_DURATION = re.compile(
    rf"^(?:{_QUALIFIER}\s+)?{_AMOUNT}(?:\s*(?:-|–|to|or)\s*{_AMOUNT})?(?:\s*-\s*|\s+)(?:[a-z]+\s+)?{_TIME_UNIT}(?:\s+of\s.*)?$",
    re.IGNORECASE,
)


def time_kind(mention: str) -> str | None:
    """What a corpus' time mention is for Claimline: "date", "figure" (a duration) or None (ignored)."""
    text = " ".join(mention.split())
    if _DURATION.match(text) and not re.search(r"\b(?:ago|the\s+past|the\s+last)\b", text, re.IGNORECASE):
        return "figure"
    if _TR_DURATION.match(text):
        return "figure"
    if _MONTHS.search(text) or _WEEKDAYS.search(text) or _RELATIVE.search(text) or _TR_CALENDAR.search(text):
        return "date"
    if re.search(r"\d", _CLOCK.sub(" ", text)):
        return "date"
    return None


def quantity_kind(mention: str) -> str | None:
    """A money or quantity mention is a figure when it names a number."""
    return "figure" if _HAS_NUMBER.search(mention) else None


@dataclass
class Gold:
    """One scored text: the gold spans per kind, and the corpus mentions the filter left out."""

    text: str
    reference: str | None = None
    spans: dict[str, set[tuple[int, int]]] = field(default_factory=lambda: {"figure": set(), "date": set()})
    ignored: dict[str, set[tuple[int, int]]] = field(default_factory=lambda: {"figure": set(), "date": set()})

    def add(self, kind: str | None, span: tuple[int, int], *, source_kinds: tuple[str, ...]) -> None:
        if kind is not None:
            self.spans[kind].add(span)
        for k in source_kinds:
            if k != kind:
                self.ignored[k].add(span)


_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "]", "!", "?", "'s", "n't", "’s", "’"}
_NO_SPACE_AFTER = {"(", "[", "$", "£", "€", "#"}


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text and token offsets from CoNLL tokens, with the spaces a writer would leave out
    ("$ 100" → "$100", "14 , 000" → "14,000", "2 . 4 %" → "2.4%", "end ." → "end.")."""
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        before = tokens[i - 2] if i >= 2 else ""
        number_part = before.isdigit() and tok[:1].isdigit() and (
            prev == "." or prev == "," and len(before) <= 3 and tok.isdigit() and len(tok) == 3)
        possessive = tok in {"s", "S"} and prev in {"'", "’"}
        percent_first = prev == "%" and tok[:1].isdigit() and not before[-1:].isdigit()  # Turkish "%20"
        percent_after = tok == "%" and prev[-1:].isdigit()  # "25 %" → "25%"
        glue = (not i or tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER or number_part or possessive
                or percent_first or percent_after)
        if not glue:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), offsets


def _cardinal(mention: str) -> str | None:
    return None  # OntoNotes CARDINAL is any numeral ("bir", "1"): ignored, neither figure nor miss


# Corpus labels → classifier: re3d (Temporal, Money, Quantity) and OntoNotes-style labels
# of the Turkish Wiki NER set (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL).
IOB_KINDS = {
    "Temporal": time_kind, "DATE": time_kind, "TIME": time_kind,
    "Money": quantity_kind, "Quantity": quantity_kind,
    "MONEY": quantity_kind, "PERCENT": quantity_kind, "QUANTITY": quantity_kind, "CARDINAL": _cardinal,
}
_TIME_LABELS = {"Temporal", "DATE", "TIME"}


def iob_gold(sentences: Iterable[list[tuple[str, str]]]) -> Gold:
    """CoNLL (token, IOB2 tag) sentences (re3d, Turkish Wiki NER) → one text (a sentence a
    line) and its gold."""
    lines: list[str] = []
    gold = Gold("")
    offset = 0
    for sent in sentences:
        line, offsets = detokenize([t for t, _ in sent])
        label, start = None, 0
        for i, (_tok, tag) in enumerate([*sent, ("", "O")]):
            if label is not None and not (tag.startswith("I-") and tag[2:] == label):
                a, b = offset + offsets[start][0], offset + offsets[i - 1][1]
                classify = IOB_KINDS.get(label)
                if classify is not None:
                    source = ("figure", "date") if label in _TIME_LABELS else ("figure",)
                    gold.add(classify(line[offsets[start][0] : offsets[i - 1][1]]), (a, b), source_kinds=source)
                label = None
            if tag[:2] in ("B-", "I-") and label is None:
                label, start = tag[2:], i
        lines.append(line)
        offset += len(line) + 1
    gold.text = "\n".join(lines)
    return gold


@dataclass
class Word:
    """A CoNLL-U word: its offsets in the surface text, form, UPOS, head (1-based, 0: root) and relation."""

    start: int
    end: int
    form: str
    upos: str
    head: int
    deprel: str


def conllu_sentence(block: list[str], pos: int = 0) -> tuple[list[Word], list[tuple[int, int, str]], str]:
    """One CoNLL-U sentence: its words (offsets from ``pos``), its entity mentions
    (first word, last word, etype) from MISC ``Entity=``, and its surface text."""
    words: list[Word] = []
    mentions: list[tuple[int, int, str]] = []
    open_: dict[str, list[tuple[int, str]]] = {}
    parts: list[str] = []
    mwt_end, mwt_span = 0, (0, 0)
    for line in block:
        cols = line.split("\t")
        if len(cols) != 10:
            continue
        misc = cols[9]
        space = "SpaceAfter=No" not in misc
        if "-" in cols[0]:  # a multiword token: the surface form, its words share its span
            a, b = cols[0].split("-")
            mwt_end, mwt_span = int(b), (pos, pos + len(cols[1]))
            parts.append(cols[1] + (" " if space else ""))
            pos += len(cols[1]) + (1 if space else 0)
            continue
        if "." in cols[0]:
            continue
        index = int(cols[0])
        if index <= mwt_end:
            start, end = mwt_span
        else:
            start, end = pos, pos + len(cols[1])
            parts.append(cols[1] + (" " if space else ""))
            pos = end + (1 if space else 0)
        words.append(Word(start, end, cols[1], cols[3], int(cols[6]) if cols[6].isdigit() else 0, cols[7]))
        entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
        for m in re.finditer(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)", entity):
            if m.group(1):
                if m.group(3):
                    mentions.append((len(words) - 1, len(words) - 1, m.group(2)))
                else:
                    open_.setdefault(m.group(1), []).append((len(words) - 1, m.group(2)))
            elif open_.get(m.group(4)):
                first, etype = open_[m.group(4)].pop()
                mentions.append((first, len(words) - 1, etype))
    return words, mentions, "".join(parts).rstrip(" ")


def _subtree_span(words: list[Word], index: int) -> tuple[int, int]:
    changed = True
    members = {index}
    while changed:
        changed = False
        for i, w in enumerate(words):
            if i not in members and w.head - 1 in members:
                members.add(i)
                changed = True
    lo, hi = min(members), max(members)
    return lo, hi


def conllu_gold(text: str, *, joined: bool = False) -> list[Gold]:
    """GUM-style CoNLL-U → one Gold per document (``# newdoc``), the reference date from
    ``# meta::dateCreated``; dates and durations from ``time`` mentions, counts from
    ``nummod`` numerals (see GOLD_FILTER).

    Each document is read as written, as the app reads an article: the sentences of a
    paragraph (``# newpar`` opens one) joined by a space, paragraphs by a line break, so
    rules that look at a paragraph's start or an earlier sentence see what a reader sees.
    ``joined`` (and a document that marks no paragraphs) gives the reading before the
    eleventh round: every sentence a line of its own.  Both readings put every sentence at
    the same offsets (one character between sentences), so the gold spans are the same."""
    docs: list[Gold] = []
    block: list[str] = []
    parts: list[str] = []
    newpar = [False, False]  # this sentence opens a paragraph; the document marks paragraphs
    marks: list[bool] = []  # per document: does it mark its paragraphs?
    for line in text.splitlines():
        if line.startswith("# newdoc"):
            marks.append(False)
        elif line.startswith("# newpar") and marks:
            marks[-1] = True
    marked = iter(marks)

    def flush_sentence() -> None:
        if not block or not docs:
            block.clear()
            return
        doc = docs[-1]
        if parts and not joined and newpar[1] and not newpar[0]:
            parts[-1] = parts[-1][:-1] + " "  # the sentence goes on the paragraph before
        newpar[0] = False
        base = len("".join(parts))
        words, mentions, surface = conllu_sentence(block, base)
        parts.append(surface + "\n")
        timed = [(words[first].start, words[last].end) for first, last, etype in mentions if etype == "time"]
        kinds = [time_kind(surface[a - base : b - base]) for a, b in timed]
        dates = [span for span, kind in zip(timed, kinds) if kind == "date"]
        for span, kind in zip(timed, kinds):
            if kind == "date" and any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in dates):
                kind = None  # "1799" inside "August 1799": GUM nests mentions, the outer date counts
            doc.add(kind, span, source_kinds=("figure", "date"))
        for i, w in enumerate(words):
            if w.upos != "NUM" or not w.deprel.startswith("nummod") or not w.head:
                continue
            lo, hi = _subtree_span(words, i)
            lo, hi = min(lo, w.head - 1), max(hi, w.head - 1)
            span = (words[lo].start, words[hi].end)
            if any(a < span[1] and span[0] < b for a, b in dates):
                continue
            alone_one = w.form.lower() in {"one", "1"} and lo == hi - 1
            doc.add(None if alone_one else "figure", span, source_kinds=("figure",))
        block.clear()

    for line in text.splitlines():
        if line.startswith("# newdoc"):
            flush_sentence()
            if docs:
                docs[-1].text = "".join(parts)
            parts = []
            docs.append(Gold(""))
            newpar[1] = next(marked)
        elif line.startswith("# newpar"):
            newpar[0] = True
        elif line.startswith("# meta::dateCreated") and docs:
            docs[-1].reference = line.split("=", 1)[1].strip()
        elif not line.strip():
            flush_sentence()
        elif not line.startswith("#"):
            block.append(line)
    flush_sentence()
    if docs:
        docs[-1].text = "".join(parts)
    return docs


@dataclass
class SpanScore:
    """Precision/recall counts of one kind: ``found_ok`` suggestions matching a gold span,
    ``found`` suggestions counted (those on an ignored mention are not), ``gold_ok`` gold spans
    matched, ``gold`` gold spans."""

    found_ok: int = 0
    found: int = 0
    gold_ok: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.found_ok / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.gold_ok / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: SpanScore) -> SpanScore:
        self.found_ok += other.found_ok
        self.found += other.found
        self.gold_ok += other.gold_ok
        self.gold += other.gold
        return self


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlapping(spans: Iterable[tuple[int, int]]) -> Callable[[tuple[int, int]], bool]:
    """Whether a span overlaps any of ``spans`` (:func:`_overlap`), in logarithmic time: sorted by start,
    the spans that start before a span's end overlap it when the farthest of their ends lies past its start."""
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    farthest = list(accumulate((b for _a, b in ordered), max))

    def overlaps(span: tuple[int, int]) -> bool:
        before = bisect_left(starts, span[1])
        return before > 0 and farthest[before - 1] > span[0]
    return overlaps


def score_spans(
    gold: set[tuple[int, int]], ignored: set[tuple[int, int]], found: Iterable[tuple[int, int]], *, exact: bool
) -> tuple[SpanScore, list[tuple[int, int]], list[tuple[int, int]]]:
    """Score of ``found`` against ``gold`` (overlapping or exact spans), with the false
    alarms and the misses. A suggestion overlapping an ignored mention and no gold span is
    not counted. (Sorted spans and a bisect, not every found span against every gold span:
    6,000 × 6,000 on a study set took minutes.)"""
    found = set(found)
    on_gold, on_ignored, on_found = overlapping(gold), overlapping(ignored), overlapping(found)
    hit_gold: Callable[[tuple[int, int]], bool] = gold.__contains__ if exact else on_gold
    score = SpanScore(gold=len(gold))
    false: list[tuple[int, int]] = []
    for f in sorted(found):
        if hit_gold(f):
            score.found += 1
            score.found_ok += 1
        elif on_gold(f) or not on_ignored(f):
            score.found += 1
            false.append(f)
    missed = [g for g in sorted(gold) if not (g in found if exact else on_found(g))]
    score.gold_ok = len(gold) - len(missed)
    return score, false, missed


def span_hits(gold: set[tuple[int, int]], found: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """For "overlap" and "exact" matching: how many of ``found`` (a list: a span found twice counts twice) hit a gold
    span, and how many gold spans are hit (``bench_suggest``'s actor scores; the same bisect as :func:`score_spans`,
    not every found span against every gold span: 16,297 × 16,308 on NEREL train took many minutes)."""
    on_gold, on_found = overlapping(gold), overlapping(found)
    found_set = set(found)
    return {"overlap": (sum(1 for f in found if on_gold(f)), sum(1 for g in gold if on_found(g))),
            "exact": (sum(1 for f in found if f in gold), sum(1 for g in gold if g in found_set))}
