"""Date values on GUM: how often a suggested date has exactly the interval GUM's annotators wrote.

Prints (never asserts), per partition of GUM (train, dev, test): the gold dates with a value,
how many a date suggestion overlaps (coverage), and of those how many have exactly the gold
interval (interval exact), overall and by the gold's form.

Corpus: GUM, the Georgetown University Multilayer corpus (Zeldes 2017), repository
``amir-zeldes/gum`` read from its git snapshot ``/work/.mirror/amir-zeldes+gum/repo`` (``git
show HEAD:xml/…`` and ``HEAD:dep/…``; the commit is printed).  Annotations CC BY 4.0; the texts
under their genres' licences (Wikinews CC BY 2.5, Wikipedia and Wikivoyage CC BY-SA 3.0,
academic and court texts CC BY 4.0, fiction, essays, letters, podcasts and wikiHow CC BY-NC-SA;
see the repository's LICENSE.txt).  Used for evaluation only: nothing of it is copied into this
repository.  The reddit documents carry no words in the repository (their text is restored by a
script from reddit's API) and are skipped.

How the text is rebuilt: the TEI XML has one token a line (the first column is the word) with
``<date …>`` elements around the tokens of each gold date; the same document's CoNLL-U in
``dep/`` has the same tokens with ``SpaceAfter=No`` and ``# newpar``.  The two are aligned token
by token (a document whose tokens differ is counted and skipped); words are joined with a space
unless ``SpaceAfter=No``, paragraphs with a newline, and each gold date keeps the character
offsets of its first and last token.

The detector: ``desktop.suggest.detect(text, reference=dateCreated, kinds=("date",))``, the entry
point of the suggestions, with the document's ``dateCreated`` as its publication date.

TEI attributes as intervals (first day, last day), and how they are compared with ours:

* ``when="2006-02-23"`` → that day; ``when="2003-07"`` → the days of the month; ``when="2003"``
  → the days of the year.  A suggestion's interval is read the same way: ``start`` at its
  precision gives the first day, ``end`` the last (a decade is its years).
* ``when="--07"`` / ``when="--07-04"`` (GUM leaves the year out when the text does) → the month
  or day in the year of our suggestion: exact when month (and day) agree.
* ``from``/``to`` and ``notBefore``/``notAfter`` with both ends → from the first day of the lower
  end to the last day of the upper end (``from="2003" to="2005"`` is 1 January 2003 – 31
  December 2005).  Both are "from/to" and "notBefore/notAfter" in the breakdown.
* One end only (``notBefore="2001"`` — "since 2001", "after 2001"; ``notAfter`` — "before",
  "until"; ``from`` or ``to`` alone) is an open period ("open" in the breakdown).  It is compared on
  its written end, and our ``open`` attribute must name the side the gold leaves open:
  ``notBefore="2001"`` is exact when our interval starts on 1 January 2001, whatever its end, and
  says ``open="end"`` (no known last day); ``notAfter`` wants ``open="start"``.  (Until the
  eighteenth round our dates were all closed and the written end alone decided; the row "open,
  written end only" still scores that way, so the two rows show what the ``open`` side costs.)
* A time of day (``2006-02-23T10:00:00``) keeps its date.  Years before the era (``-0480``)
  are not held by our intervals (we suggest them undated, with the reason): they are counted as
  "before the era" and left out of the scores, as are malformed values (``when="w"``).
* GUM marks each end of a written range as its own date ("from <date when="1947">1947</date> to
  <date when="1960">1960</date>", "1871 – 72", "between 1656 and 1662"); we suggest the range.
  Two gold dates joined only by a dash, "to", "until", "till", "through" (also followed by "the": "the
  15th to the 19th century") — or by "and" after "between" — are scored as one gold range, from the first's lower end to the second's upper
  end ("split range" in the breakdown).  "1991 and 1995" (a list) stays two gold dates.
* When several suggestions overlap one gold date, the one overlapping it most is compared.

Run: ``.venv/bin/python bench/bench_date_values.py [--partitions train,dev,test] [--misses]``.
``--misses`` lists the mismatches of the study partitions (train, dev) only: the test partition
is scored, never listed.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as _dt
import html
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.meaning.date_base import join_adjacent  # noqa: E402
from desktop.suggest.detect import detect  # noqa: E402

REPO = Path("/work/.mirror/amir-zeldes+gum/repo")
STUDY = ("train", "dev")
FORMS = ("when-day", "when-month", "when-year", "when-yearless", "from/to", "notBefore/notAfter", "open", "split range")

Interval = tuple["_dt.date | None", "_dt.date | None"]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, check=True, text=True).stdout


# ---------------------------------------------------------------- values as intervals
_VALUE = re.compile(r"^(?:(?P<y>\d{3,4})|--(?=\d)|xxxx)(?:-?(?P<m>\d{1,2}))?(?:-(?P<d>\d{1,2}))?(?:T[\d:.]+)?$")


def _bounds(value: str, year: int | None = None) -> Interval | None:
    """First and last day of a TEI date value; a yearless value ("--07") takes ``year``.
    ``None`` when the value is malformed or has no year and none is given."""
    m = _VALUE.match(value.strip())
    if m is None:
        return None
    y = int(m["y"]) if m["y"] else year
    if y is None or y < 1:
        return None
    try:
        if m["d"]:
            day = _dt.date(y, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            mo = int(m["m"])
            return _dt.date(y, mo, 1), _dt.date(y, mo, calendar.monthrange(y, mo)[1])
        return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
    except ValueError:
        return None


def ours(attrs: dict[str, object]) -> Interval | None:
    """A suggestion's attributes as (first day, last day); ``None`` when undated."""
    if attrs.get("undated") or not attrs.get("start"):
        return None
    start, end = _bounds(str(attrs["start"])), _bounds(str(attrs.get("end") or attrs["start"]))
    if start is None or end is None:
        return None
    return start[0], end[1]


@dataclass
class GoldDate:
    start: int
    end: int
    attrs: dict[str, str]
    doc: str = ""
    text: str = ""

    split: bool = False  # two gold dates that are the ends of one written range

    @property
    def form(self) -> str:
        a = self.attrs
        if self.split:
            return "split range"
        if "when" in a:
            v = a["when"]
            if v.startswith(("--", "xxxx")):
                return "when-yearless"
            return {1: "when-year", 2: "when-month"}.get(v.count("-") + 1, "when-day")
        lo, hi = a.get("from") or a.get("notBefore"), a.get("to") or a.get("notAfter")
        if lo and hi:
            return "from/to" if ("from" in a or "to" in a) else "notBefore/notAfter"
        return "open"

    def status(self) -> str:
        """"value", "before the era" or "malformed"."""
        values = [v for k, v in self.attrs.items() if k in ("when", "from", "to", "notBefore", "notAfter")]
        if not values:
            return "malformed"
        if any(v.startswith("-") and not v.startswith("--") for v in values):
            return "before the era"
        if any(_bounds(v, 2000) is None for v in values):
            return "malformed"
        return "value"

    def open_side(self) -> str | None:
        """The side an open gold date leaves open: "end" (``notBefore``/``from`` alone), "start"
        (``notAfter``/``to`` alone); None for a closed one."""
        if self.form != "open":
            return None
        return "end" if (self.attrs.get("from") or self.attrs.get("notBefore")) else "start"

    def exact(self, found: Interval, side: str | None = None, written_only: bool = False) -> bool:
        """Whether ``found`` (and our ``open`` ``side``) is the gold's value; ``written_only``: the
        written end alone, as before the eighteenth round."""
        if not written_only and self.open_side() is not None and side != self.open_side():
            return False
        a, year = self.attrs, found[0].year if found[0] else None
        if "when" in a:
            return _bounds(a["when"], year) == found
        lo_v, hi_v = a.get("from") or a.get("notBefore"), a.get("to") or a.get("notAfter")
        lo = _bounds(lo_v, year) if lo_v else None
        hi = _bounds(hi_v, found[1].year if found[1] else None) if hi_v else None
        return (lo is None or lo[0] == found[0]) and (hi is None or hi[1] == found[1])


@dataclass
class Document:
    name: str
    partition: str
    reference: str | None
    text: str = ""
    dates: list[GoldDate] = field(default_factory=list)


# ---------------------------------------------------------------- reading GUM
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _conllu_tokens(conllu: str) -> list[tuple[str, bool, bool]]:
    """(word, space after, paragraph starts before) of each token of a CoNLL-U document."""
    out: list[tuple[str, bool, bool]] = []
    newpar = False
    for line in conllu.splitlines():
        if line.startswith("# newpar"):
            newpar = True
            continue
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        out.append((cols[1], "SpaceAfter=No" not in cols[9], newpar))
        newpar = False
    return out


def read_document(path: str) -> Document | None:
    """One GUM document with its text rebuilt and its gold dates; ``None`` when it has no
    words (reddit) or its XML and CoNLL-U tokens do not align."""
    xml = _git("show", f"HEAD:{path}")
    head = dict(_ATTR.findall(xml.split("\n", 1)[0]))
    name = head.get("id", Path(path).stem)
    doc = Document(name, head.get("partition", "none"), head.get("dateCreated"))
    words: list[str] = []
    open_dates: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    for line in xml.splitlines():
        if "\t" in line:
            words.append(html.unescape(line.split("\t", 1)[0]))
        elif line.startswith("<date"):
            open_dates.append((len(words), dict(_ATTR.findall(line))))
        elif line.startswith("</date"):
            first, attrs = open_dates.pop()
            if len(words) > first:
                spans.append((first, len(words) - 1, attrs))
    if not words or all(set(w) <= {"_"} for w in words[:50]):
        return None
    try:
        tokens = _conllu_tokens(_git("show", f"HEAD:dep/{Path(path).stem}.conllu"))
    except subprocess.CalledProcessError:
        return None
    if [t[0] for t in tokens] != words:
        return None
    offsets: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    for i, (word, space, newpar) in enumerate(tokens):
        if i and newpar:
            if parts and parts[-1] == " ":
                parts[-1] = "\n"
            else:
                parts.append("\n")
                pos += 1
        offsets.append((pos, pos + len(word)))
        parts.append(word)
        pos += len(word)
        if space:
            parts.append(" ")
            pos += 1
    doc.text = "".join(parts)
    for first, last, attrs in spans:
        b, e = offsets[first][0], offsets[last][1]
        doc.dates.append(GoldDate(b, e, attrs, name, doc.text[b:e]))
    return doc


def documents() -> tuple[list[Document], Counter[str]]:
    skipped: Counter[str] = Counter()
    docs = []
    for path in _git("ls-tree", "--name-only", "HEAD", "xml/").split():
        doc = read_document(path)
        if doc is None:
            skipped["reddit (no words)" if "reddit" in path else "tokens not aligned"] += 1
        else:
            docs.append(doc)
    return docs, skipped


_RANGE_GAP = re.compile(r"\s*(?:-{1,3}|[–—]|(?:to|until|till|through|thru)(?:\s+the)?)\s*", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _ends(g: GoldDate) -> tuple[str | None, str | None]:
    a = g.attrs
    return a.get("when") or a.get("from") or a.get("notBefore"), a.get("when") or a.get("to") or a.get("notAfter")


def join_split_ranges(text: str, golds: list[GoldDate]) -> list[GoldDate]:
    """Two gold dates that are the two ends of one written range become one gold range."""

    def join(g: GoldDate, n: GoldDate) -> GoldDate | None:
        gap = text[g.end : n.start]
        lo, hi = _ends(g)[0], _ends(n)[1]
        joined = _RANGE_GAP.fullmatch(gap) or (_AND_GAP.fullmatch(gap) and _BETWEEN.search(text, 0, g.start))
        if joined and lo and hi and g.end <= n.start:
            return GoldDate(g.start, n.end, {"from": lo, "to": hi}, g.doc, text[g.start : n.end], split=True)
        return None

    return join_adjacent(sorted(golds, key=lambda g: g.start), join)


# ---------------------------------------------------------------- scoring
@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    covered: Counter[str] = field(default_factory=Counter)
    exact: Counter[str] = field(default_factory=Counter)
    open_written: int = 0  # open golds exact on their written end alone (the score before ``open``)
    excluded: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def score(doc: Document, tally: Tally) -> None:
    found = [s for s in detect(doc.text, reference=doc.reference, kinds=("date",)) if s.kind == "date"]
    for g in join_split_ranges(doc.text, doc.dates):
        status = g.status()
        if status != "value":
            tally.excluded[status] += 1
            continue
        form = g.form
        tally.gold[form] += 1
        over = [(min(s.end, g.end) - max(s.start, g.start), -s.start, s) for s in found
                if s.start < g.end and g.start < s.end]
        if not over:
            tally.misses.append(f"  uncovered  {form:<18} {g.text!r} {g.attrs}  [{g.doc}]")
            continue
        tally.covered[form] += 1
        best = max(over, key=lambda t: (t[0], t[1]))[2]
        interval = ours(best.attributes)
        if interval is not None and form == "open" and g.exact(interval, written_only=True):
            tally.open_written += 1
        if interval is not None and g.exact(interval, best.attributes.get("open")):
            tally.exact[form] += 1
        else:
            shown = f"{best.attributes.get('start')}..{best.attributes.get('end')} ({best.attributes.get('precision')})"
            if best.attributes.get("open"):
                shown += f" open {best.attributes['open']}"
            tally.misses.append(f"  wrong      {form:<18} {g.text!r} {g.attrs} → {best.exact!r} {shown}  [{g.doc}]"
                                f"  ref {doc.reference}")


def _row(label: str, gold: int, covered: int, exact: int) -> str:
    cov = covered / gold if gold else 0.0
    ex = exact / covered if covered else 0.0
    return f"    {label:<20} {gold:>5} {covered:>8} ({cov:.2f}) {exact:>6} ({ex:.2f} of covered, {exact / gold if gold else 0:.2f} of gold)"


def report(partition: str, tally: Tally, seconds: float, misses: bool) -> None:
    g, c, e = sum(tally.gold.values()), sum(tally.covered.values()), sum(tally.exact.values())
    print(f"  {partition}: {g} gold dates with a value ({seconds:.1f} s)"
          + (f"; left out: {dict(tally.excluded)}" if tally.excluded else ""))
    print(f"    {'form':<20} {'gold':>5} {'covered':>8}        {'exact':>6}")
    print(_row("all", g, c, e))
    for form in FORMS:
        if tally.gold[form]:
            print(_row(form, tally.gold[form], tally.covered[form], tally.exact[form]))
        if form == "open" and tally.gold[form]:
            print(_row("open, written end only", tally.gold[form], tally.covered[form], tally.open_written))
    if misses and partition in STUDY:
        print(f"    mismatches ({len(tally.misses)}):")
        for line in tally.misses:
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partitions", default="train,dev,test", help="comma-separated: train, dev, test")
    parser.add_argument("--misses", action="store_true", help="list the mismatches of train and dev (never test)")
    args = parser.parse_args()
    wanted = [p.strip() for p in args.partitions.split(",") if p.strip()]
    if not REPO.is_dir():
        print(f"GUM snapshot not found at {REPO}: skipped")
        return
    commit = _git("rev-parse", "HEAD").strip()
    docs, skipped = documents()
    print(f"date values on GUM (amir-zeldes/gum @{commit[:10]}; {len(docs)} documents read, skipped: {dict(skipped)})")
    for partition in wanted:
        tally = Tally()
        began = time.perf_counter()
        for doc in docs:
            if doc.partition == partition:
                score(doc, tally)
        report(partition, tally, time.perf_counter() - began, args.misses)


if __name__ == "__main__":
    main()
