"""Inter-coder agreement between two or more stores, per kind and overall.

* **Span precision / recall / F1** (pairwise, the first store of a pair is the
  reference): *exact* counts a tag of the second store as found when the first
  has a tag of the same kind on the same span (after trimming whitespace and
  punctuation at the ends); *overlap* when a same-kind tag overlaps it (one-to-one
  matching, greedy by position).  Overall figures pool all kinds (micro average).
* **Cohen's kappa** (pairwise), token level: each whitespace token of the text is
  labelled, per coder, with the kinds of the tags covering it -- "none" when no
  tag covers it.  Per kind the label is "kind" / "not kind"; overall it is the
  set of covering kinds.  kappa = (p_o - p_e) / (1 - p_e) with p_o the observed
  agreement over *all* tokens and p_e = sum over labels of the product of the two
  coders' label proportions (Cohen 1960).  Undefined (None) when p_e = 1.
* **Krippendorff's alpha** (nominal), the same token labels, across all stores:
  alpha = 1 - (n - 1) * sum_u (m^2 - sum_c v_uc^2) / (m - 1) / (n^2 - sum_c n_c^2),
  with m coders, v_uc the number of coders giving unit u label c, n_c the total
  count of label c, n = m * units (every coder labels every token).

With more than two stores, F1 and kappa are the mean over all pairs.
Documents are matched to the first store's as in :mod:`desktop.review.compare`
and other stores' tags are re-anchored onto its text when the texts differ; only
documents present in every store count.
"""

from __future__ import annotations

import bisect
import re
from operator import mul
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, combinations
from typing import Any

from desktop.review.compare import match_documents, place_tags, trimmed
from desktop.review.snapshot import Snapshot, no_gc

OVERALL = "overall"
_TOKEN = re.compile(r"\S+")

EXPLANATIONS = {
    "f1_exact": "F1 of tags with the same kind and the same span (ends trimmed of spaces and punctuation).",
    "f1_overlap": "F1 of tags with the same kind whose spans overlap (each tag matched once).",
    "precision_exact": "Share of the second store's tags the first store has exactly.",
    "recall_exact": "Share of the first store's tags the second store has exactly.",
    "kappa": "Cohen's kappa over every whitespace token, labelled by the kinds covering it ('none' included).",
    "alpha": "Krippendorff's alpha (nominal) over the same token labels, across all stores.",
}

Span = tuple[str, int, int]


@dataclass
class KindAgreement:
    kind: str
    tags: list[int] = field(default_factory=list)  # tags per store
    precision_exact: float | None = None
    recall_exact: float | None = None
    f1_exact: float | None = None
    precision_overlap: float | None = None
    recall_overlap: float | None = None
    f1_overlap: float | None = None
    kappa: float | None = None
    alpha: float | None = None

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "kind"}


@dataclass
class AgreementReport:
    stores: list[str]
    documents: list[str]
    tokens: int
    rows: dict[str, KindAgreement]

    def to_json(self) -> dict:
        return {
            "stores": self.stores,
            "documents": self.documents,
            "tokens": self.tokens,
            "kinds": {k: r.to_json() for k, r in self.rows.items() if k != OVERALL},
            OVERALL: self.rows[OVERALL].to_json(),
        }


# ---------------------------------------------------------------------------
# the statistics


def cohen_kappa(pairs: Counter) -> float | None:
    """Cohen's kappa from a Counter of (label of coder 1, label of coder 2) -> count."""
    n = sum(pairs.values())
    if n == 0:
        return None
    agree = sum(c for (a, b), c in pairs.items() if a == b)
    left: Counter = Counter()
    right: Counter = Counter()
    for (a, b), c in pairs.items():
        left[a] += c
        right[b] += c
    p_o = agree / n
    p_e = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def krippendorff_alpha(units: Counter) -> float | None:
    """Nominal alpha from a Counter of units -> count; a unit is the tuple of every coder's label."""
    m = None
    disagreement = 0.0
    totals: Counter = Counter()
    for labels, count in units.items():
        m = len(labels)
        v = Counter(labels)
        disagreement += count * (m * m - sum(x * x for x in v.values()))
        for label, x in v.items():
            totals[label] += x * count
    if m is None or m < 2:
        return None
    n = sum(totals.values())
    expected = n * n - sum(x * x for x in totals.values())
    if expected == 0:
        return None
    return 1.0 - (n - 1) * (disagreement / (m - 1)) / expected


def _f1(tp: int, n_ref: int, n_other: int) -> tuple[float | None, float | None, float | None]:
    p = tp / n_other if n_other else None
    r = tp / n_ref if n_ref else None
    f = 2 * tp / (n_ref + n_other) if (n_ref + n_other) else None
    return p, r, f


def _overlap_matches(ref: list[Span], other: list[Span]) -> int:
    """One-to-one matches of same-kind overlapping spans, greedy by position."""
    tp = 0
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for k, s, e in ref:
        by_kind.setdefault(k, []).append((s, e))
    for k, spans in by_kind.items():
        spans.sort()
        starts = [s for s, _ in spans]
        max_len = max(e - s for s, e in spans)
        used = bytearray(len(spans))
        for _, s, e in sorted(x for x in other if x[0] == k):
            lo = bisect.bisect_left(starts, s - max_len)
            hi = bisect.bisect_left(starts, e)
            for j in range(lo, hi):
                if not used[j] and spans[j][1] > s:
                    used[j] = 1
                    tp += 1
                    break
    return tp


def _coverage(tok_starts: list[int], tok_ends: list[int], spans: list[Span], kinds: list[str]) -> dict[str, list[int]]:
    """Per kind, 1 for each token covered by a tag of that kind."""
    n = len(tok_starts)
    diffs = {k: [0] * (n + 1) for k in kinds}
    for k, s, e in spans:
        lo = bisect.bisect_right(tok_ends, s)
        hi = bisect.bisect_left(tok_starts, e)
        if lo < hi:
            d = diffs[k]
            d[lo] += 1
            d[hi] -= 1
    return {k: [1 if c else 0 for c in accumulate(d[:n])] for k, d in diffs.items()}


def _binary_pairs(a: list[int], b: list[int]) -> dict[tuple[int, int], int]:
    """``Counter(zip(a, b))`` for two 0/1 lists of one length, by arithmetic (no tuples)."""
    both = sum(map(mul, a, b))
    only_a, only_b = sum(a) - both, sum(b) - both
    counts = {(1, 1): both, (1, 0): only_a, (0, 1): only_b, (0, 0): len(a) - both - only_a - only_b}
    return {pair: n for pair, n in counts.items() if n}


# ---------------------------------------------------------------------------
# over stores


def _aligned_documents(stores: list[Snapshot], doc_ids: set[str] | None) -> list[tuple[str, str, list[list[Span]]]]:
    """(doc id, text, spans per store) for the first store's documents found in every store."""
    ref = stores[0]
    per_doc: dict[str, list[list[Span]]] = {}
    for d in ref.documents:
        if doc_ids is None or d in doc_ids:
            per_doc[d] = [[(t.kind, t.start, t.end) for t in ref.live_tags(d)]]
    for other in stores[1:]:
        found: set[str] = set()
        for p in match_documents(ref, other):
            if p.mine is None or p.theirs is None or p.mine.id not in per_doc:
                continue
            placed = place_tags(p, other.live_tags(p.theirs.id), {})
            per_doc[p.mine.id].append([(t.kind, t.start, t.end) for t, ok in placed if ok])
            found.add(p.mine.id)
        for d in list(per_doc):
            if d not in found:
                del per_doc[d]
    return [(d, ref.documents[d].text, spans) for d, spans in per_doc.items()]


def agreement(stores: list[Snapshot], doc_ids: set[str] | None = None) -> AgreementReport:
    """Agreement of two or more stores over their common documents (or those in ``doc_ids``)."""
    if len(stores) < 2:
        raise ValueError("agreement needs two or more stores")
    with no_gc():
        return _agreement(stores, doc_ids)


def _agreement(stores: list[Snapshot], doc_ids: set[str] | None) -> AgreementReport:
    docs = _aligned_documents(stores, doc_ids)
    kinds = sorted({k for _, _, per in docs for spans in per for k, _, _ in spans})
    m = len(stores)
    pairs = list(combinations(range(m), 2))
    exact_tp: dict[tuple[int, int], Counter[str]] = {(i, j): Counter() for i, j in pairs}
    overlap_tp: dict[tuple[int, int], Counter[str]] = {(i, j): Counter() for i, j in pairs}
    n_tags: list[Counter[str]] = [Counter() for _ in range(m)]
    kappa_pairs: dict[tuple[int, int], dict[str, Counter[Any]]] = {
        (i, j): {k: Counter() for k in (*kinds, OVERALL)} for i, j in pairs
    }
    alpha_units: dict[str, Counter[Any]] = {k: Counter() for k in (*kinds, OVERALL)}
    tokens = 0
    for _, text, per in docs:
        trimmed_spans = [[(k, *trimmed(text, s, e)) for k, s, e in spans] for spans in per]
        for i, spans in enumerate(per):
            n_tags[i].update(k for k, _, _ in spans)
        for i, j in pairs:
            common = Counter(trimmed_spans[i]) & Counter(trimmed_spans[j])
            for (k, _, _), c in common.items():
                exact_tp[(i, j)][k] += c
            for k in kinds:
                overlap_tp[(i, j)][k] += _overlap_matches(
                    [x for x in per[i] if x[0] == k], [x for x in per[j] if x[0] == k]
                )
        toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text)]
        if not toks:
            continue
        tokens += len(toks)
        starts = [s for s, _ in toks]
        ends = [e for _, e in toks]
        cov = [_coverage(starts, ends, spans, kinds) for spans in per]
        combined = [list(zip(*(c[k] for k in kinds))) if kinds else [()] * len(toks) for c in cov]
        for i, j in pairs:
            for k in kinds:
                kappa_pairs[(i, j)][k].update(_binary_pairs(cov[i][k], cov[j][k]))
            kappa_pairs[(i, j)][OVERALL].update(zip(combined[i], combined[j]))
        for k in kinds:
            if m == 2:
                alpha_units[k].update(_binary_pairs(cov[0][k], cov[1][k]))
            else:
                alpha_units[k].update(zip(*(c[k] for c in cov)))
        alpha_units[OVERALL].update(zip(*combined))

    def mean(values: list[float | None]) -> float | None:
        vals = [v for v in values if v is not None]
        return sum(vals) / len(vals) if vals else None

    rows: dict[str, KindAgreement] = {}
    for k in (*kinds, OVERALL):
        row = KindAgreement(k)
        row.tags = [sum(c.values()) if k == OVERALL else c.get(k, 0) for c in n_tags]
        pe, po = [], []
        for i, j in pairs:
            tp_e = sum(exact_tp[(i, j)].values()) if k == OVERALL else exact_tp[(i, j)].get(k, 0)
            tp_o = sum(overlap_tp[(i, j)].values()) if k == OVERALL else overlap_tp[(i, j)].get(k, 0)
            pe.append(_f1(tp_e, row.tags[i], row.tags[j]))
            po.append(_f1(tp_o, row.tags[i], row.tags[j]))
        row.precision_exact, row.recall_exact, row.f1_exact = (mean([x[n] for x in pe]) for n in range(3))
        row.precision_overlap, row.recall_overlap, row.f1_overlap = (mean([x[n] for x in po]) for n in range(3))
        row.kappa = mean([cohen_kappa(kappa_pairs[p][k]) for p in pairs])
        row.alpha = krippendorff_alpha(alpha_units[k])
        rows[k] = row
    return AgreementReport([s.path for s in stores], [d for d, _, _ in docs], tokens, rows)


__all__ = ["agreement", "AgreementReport", "KindAgreement", "cohen_kappa", "krippendorff_alpha", "EXPLANATIONS"]
