"""Tests for desktop.anchoring: anchors, quote search and re-anchoring."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.anchoring import (
    CONTEXT,
    Anchor,
    Resolution,
    _Finder,
    _Resolver,
    find_quote,
    make_anchor,
    resolve,
    resolve_many,
    trim_span,
)

PARA = (
    "The committee met on Tuesday to review the budget. "
    "According to the minutes, the chairman said that the new bridge would cost "
    "about 40 million euros and take three years to build. "
    "Several members objected, pointing out that the previous estimate was lower. "
    "The vote was postponed until the next session in March."
)


def span_of(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(quote, pos + 1)
    return pos, pos + len(quote)


def anchor_on(text: str, quote: str, occurrence: int = 1) -> Anchor:
    return make_anchor(text, *span_of(text, quote, occurrence))


def occurrences(text: str, quote: str) -> int:
    """Number of occurrences, overlapping ones included."""
    return sum(1 for i in range(len(text)) if text.startswith(quote, i))


# --------------------------------------------------------------------------
# make_anchor


def test_make_anchor_middle():
    a = anchor_on(PARA, "the new bridge")
    s, e = span_of(PARA, "the new bridge")
    assert a == Anchor(s, e, "the new bridge", PARA[s - CONTEXT : s], PARA[e : e + CONTEXT])
    assert len(a.prefix) == len(a.suffix) == CONTEXT == 32


def test_make_anchor_at_start_and_end():
    a = make_anchor(PARA, 0, 3)
    assert (a.exact, a.prefix, a.suffix) == ("The", "", PARA[3:35])
    n = len(PARA)
    b = make_anchor(PARA, n - 6, n)
    assert (b.exact, b.prefix, b.suffix) == ("March.", PARA[n - 38 : n - 6], "")


def test_make_anchor_short_text_and_context_parameter():
    a = make_anchor("abcdef", 2, 4, context=1)
    assert a == Anchor(2, 4, "cd", "b", "e")
    a = make_anchor("abcdef", 2, 4)
    assert (a.prefix, a.suffix) == ("ab", "ef")
    assert make_anchor("x", 0, 1) == Anchor(0, 1, "x", "", "")
    assert make_anchor("abc", 1, 2, context=0) == Anchor(1, 2, "b", "", "")


@pytest.mark.parametrize("start,end", [(2, 2), (3, 2), (-1, 2), (0, 7), (7, 8)])
def test_make_anchor_rejects_bad_spans(start, end):
    with pytest.raises(ValueError):
        make_anchor("abcdef", start, end)


def test_make_anchor_rejects_negative_context_and_empty_text():
    with pytest.raises(ValueError):
        make_anchor("abcdef", 1, 2, context=-1)
    with pytest.raises(ValueError):
        make_anchor("", 0, 0)


# --------------------------------------------------------------------------
# trim_span


def test_trim_span():
    t = "  hello world \n"
    assert trim_span(t, 0, len(t)) == (2, 13)
    assert trim_span(t, 2, 13) == (2, 13)
    assert trim_span(t, 1, 8) == (2, 7)
    assert trim_span("a\t\n b", 0, 5) == (0, 5)  # inner whitespace stays


def test_trim_span_only_whitespace_or_empty():
    assert trim_span("ab   cd", 2, 5) == (2, 2)
    assert trim_span("ab\n\ncd", 3, 4) == (3, 3)
    assert trim_span("abc", 1, 1) == (1, 1)
    assert trim_span("", 0, 0) == (0, 0)


def test_trim_span_unicode_whitespace():
    t = "\u00a0quote\u2003"
    assert trim_span(t, 0, len(t)) == (1, 6)


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 2), (0, 9)])
def test_trim_span_rejects_bad_spans(start, end):
    with pytest.raises(ValueError):
        trim_span("abcdef", start, end)


# --------------------------------------------------------------------------
# find_quote


def test_find_quote_exact_and_occurrences():
    t = "one two one two one"
    assert find_quote(t, "one") == (0, 3)
    assert find_quote(t, "one", 2) == (8, 11)
    assert find_quote(t, "one", 3) == (16, 19)
    assert find_quote(t, "one", 4) is None
    assert find_quote(t, "three") is None


def test_find_quote_at_text_edges():
    assert find_quote(PARA, "The committee") == (0, 13)
    assert find_quote(PARA, "in March.") == (len(PARA) - 9, len(PARA))
    assert find_quote("x", "x") == (0, 1)


def test_find_quote_occurrences_do_not_overlap():
    assert find_quote("aaaa", "aa", 2) == (2, 4)
    assert find_quote("aaaa", "aa", 3) is None


def test_find_quote_is_case_sensitive():
    assert find_quote("Hello world", "hello") is None
    assert find_quote("Hello world", "Hello") == (0, 5)


def test_find_quote_rejects_bad_arguments():
    with pytest.raises(ValueError):
        find_quote("abc", "")
    with pytest.raises(ValueError):
        find_quote("abc", "a", 0)


def test_find_quote_whitespace_normalised():
    t = "The report said that\n  the   bridge\twould cost more."
    s, e = find_quote(t, "that the bridge would")
    assert t[s:e] == "that\n  the   bridge\twould"
    # The quote's own whitespace is normalised and stripped too.
    s, e = find_quote(t, "  said \n that ")
    assert t[s:e] == "said that"


def test_find_quote_typographic_equivalence():
    t = "He said \u201cit\u2019s a 10\u201312 % rise\u201d \u2014 not more."
    s, e = find_quote(t, "\"it's a 10-12 % rise\" - not")
    assert (s, e) == (8, len(t) - 6)
    assert t[s:e] == "\u201cit\u2019s a 10\u201312 % rise\u201d \u2014 not"
    # ... and the other way round.
    t2 = "He said \"it's fine\" today"
    s, e = find_quote(t2, "\u201cit\u2019s fine\u201d")
    assert t2[s:e] == "\"it's fine\""


def test_find_quote_tolerant_nth_occurrence_and_offsets_after_runs():
    t = "a\n\nb c  d a b  c d \u2018x\u2019"
    assert find_quote(t, "b c d") == (3, 9)
    assert find_quote(t, "b c d", 2) == (12, 18)
    assert find_quote(t, "b c d", 3) is None
    assert find_quote(t, "'x'") == (len(t) - 3, len(t))
    assert find_quote(t, "   ") is None


def test_find_quote_tolerant_only_when_no_exact_occurrence():
    # Numbering never mixes exact and tolerant matches.
    t = "a\n\nb c  d a b c d"
    assert find_quote(t, "a b") == (10, 13)
    assert find_quote(t, "a b", 2) is None
    assert find_quote(t, "a  b") == (0, 4)
    assert find_quote(t, "a  b", 2) == (10, 13)


def test_find_quote_prefers_exact_matches():
    t = "it\u2019s here, it's there"
    assert find_quote(t, "it's") == (11, 15)


# --------------------------------------------------------------------------
# resolve: position and exact


def test_resolve_unchanged_text_is_position():
    a = anchor_on(PARA, "40 million euros")
    assert resolve(PARA, a) == Resolution(a.start, a.end, "position", 1.0)


def test_resolve_shifted_text_is_exact():
    a = anchor_on(PARA, "40 million euros")
    new = "Minutes of the meeting.\n\n" + PARA
    r = resolve(new, a)
    assert r.method == "exact"
    assert (r.start, r.end) == (a.start + 25, a.end + 25)
    assert 0.99 < r.score < 1.0  # closeness: moved 25 of ~340 characters


def test_resolve_quote_at_very_start():
    a = make_anchor(PARA, 0, len("The committee"))
    assert a.prefix == ""
    new = "NEW HEADING\n" + PARA
    r = resolve(new, a)
    assert r.method == "exact"
    assert new[r.start : r.end] == "The committee"
    assert r.start == 12
    # Dropping the start of the text shifts it the other way.
    cut = PARA[:200] + PARA[210:]
    assert resolve(cut, a) == Resolution(0, 13, "position", 1.0)


def test_resolve_quote_at_very_end():
    a = anchor_on(PARA, "in March.")
    assert a.suffix == ""
    new = "x" * 10 + PARA
    r = resolve(new, a)
    assert r.method == "exact" and (r.start, r.end) == (len(new) - 9, len(new))
    # Text appended after it: still found, by its prefix.
    new2 = "x" * 10 + PARA + " The end."
    r = resolve(new2, a)
    assert r.method == "exact" and new2[r.start : r.end] == "in March."
    assert r.start == len(new2) - 9 - 9


def test_resolve_repeated_quote_picked_by_context():
    text = (
        "In 2019 the ministry said the report was late. "
        "In 2020 the agency said the report was wrong. "
        "In 2021 the court said the report was fine."
    )
    a = anchor_on(text, "the report", 2)
    new = "Summary first. " + text
    r = resolve(new, a)
    assert r.method == "exact"
    assert (r.start, r.end) == (a.start + 15, a.end + 15)
    # Reordered sentences: the right one is far away, context still wins.
    parts = text.split(". ")
    reordered = parts[2] + " " + parts[0] + ". " + parts[1] + "."
    r = resolve(reordered, a)
    want = reordered.index("agency said the report") + len("agency said ")
    assert (r.start, r.end) == (want, want + len("the report"))
    assert r.method == "exact"


def test_resolve_repeated_quote_closeness_breaks_ties():
    text = "ab " * 40
    a = make_anchor(text, 30, 32)  # "ab", in the middle of identical context
    new = text[:1] + text[4:]  # three characters removed near the start
    r = resolve(new, a)
    assert r.method in ("position", "exact")
    assert new[r.start : r.end] == "ab"
    assert abs(r.start - 30) <= 3


def test_resolve_short_frequent_quote_picked_by_context():
    text = "Anna met Bob in Paris. " * 3 + "Later Carl met Dora in Rome."
    a = anchor_on(text, "in", 4)  # "in Rome"
    new = "Eve met Fay in Oslo. " + text
    r = resolve(new, a)
    assert r.method == "exact"
    assert new[r.start : r.end + 5] == "in Rome"


def test_resolve_short_quote_at_old_offset_with_wrong_context_is_not_position():
    old = "Alpha beta gamma of delta epsilon zeta eta."
    a = anchor_on(old, "of")
    # Same offset holds "of", but everything around it differs.
    new = "Zzzzz yyyy xxxxx of wwwww vvvvvvv uuuu ttt. Alpha beta gamma of delta epsilon"
    assert new[a.start : a.end] == "of"
    r = resolve(new, a)
    assert r.method == "exact"
    assert r.start == new.index("gamma of") + 6


# --------------------------------------------------------------------------
# resolve: fuzzy and orphan


def test_resolve_deleted_passage_is_orphan():
    a = anchor_on(
        PARA, "Several members objected, pointing out that the previous estimate"
    )
    new = PARA.replace(
        "Several members objected, pointing out that the previous estimate was lower. ", ""
    )
    assert resolve(new, a) == Resolution(None, None, "orphan", 0.0)


def test_resolve_deleted_short_quote_is_orphan_not_elsewhere():
    text = PARA + " The chairman left early."
    a = anchor_on(text, "chairman")  # first one, in "the chairman said"
    new = text.replace(
        "According to the minutes, the chairman said that the new", "The new"
    )
    assert new.count("chairman") == 1  # another "chairman", other context
    assert resolve(new, a).method == "orphan"


def test_resolve_edited_word_inside_long_quote_is_fuzzy_with_new_span():
    quote = "the new bridge would cost about 40 million euros and take three years"
    a = anchor_on(PARA, quote)
    new = "Preface. " + PARA.replace("about 40 million", "roughly 45 million")
    r = resolve(new, a)
    assert r.method == "fuzzy"
    assert new[r.start : r.end] == quote.replace("about 40", "roughly 45")
    assert 0.8 < r.score < 1.0


def test_resolve_word_inserted_and_deleted_inside_quote():
    quote = "Several members objected, pointing out that the previous estimate was lower."
    a = anchor_on(PARA, quote)
    longer = PARA.replace("members objected", "senior members strongly objected")
    r = resolve(longer, a)
    assert r.method == "fuzzy"
    assert longer[r.start : r.end] == (
        "Several senior members strongly objected, pointing out that the previous "
        "estimate was lower."
    )
    shorter = PARA.replace("pointing out that ", "")
    r = resolve(shorter, a)
    assert r.method == "fuzzy"
    assert shorter[r.start : r.end] == (
        "Several members objected, the previous estimate was lower."
    )


def test_resolve_edit_at_quote_boundary_snaps_to_context():
    quote = "the chairman said"
    a = anchor_on(PARA, quote)
    new = PARA.replace("the chairman said", "the chairman stated")
    r = resolve(new, a)
    assert r.method == "fuzzy"
    assert new[r.start : r.end] == "the chairman stated"


def test_resolve_whitespace_changed_text():
    quote = "the chairman said that the new bridge would cost about 40 million euros"
    a = anchor_on(PARA, quote)
    rewrapped = PARA.replace(" ", "\n", 3).replace("said that the", "said\nthat  the")
    rewrapped = rewrapped.replace("would cost", "would\n    cost")
    r = resolve(rewrapped, a)
    assert r.method == "fuzzy"
    got = rewrapped[r.start : r.end]
    assert " ".join(got.split()) == quote
    assert r.score > 0.9


def test_resolve_typographic_quotes_changed():
    text = 'The minister said "it\'s a disaster - truly" and left the room at noon.'
    quote = '"it\'s a disaster - truly"'
    a = anchor_on(text, quote)
    typeset = "\u201cit\u2019s a disaster \u2013 truly\u201d"
    new = "Reported: " + text.replace(quote, typeset)
    r = resolve(new, a)
    assert r.method == "fuzzy"
    assert new[r.start : r.end] == typeset
    assert r.score > 0.9


def test_resolve_short_quote_edited_with_context_intact():
    text = "The treaty was signed in 1984 by both parties after long talks."
    a = anchor_on(text, "1984")
    new = "Note. " + text.replace("1984", "1985")
    r = resolve(new, a)
    assert r.method == "fuzzy"
    assert new[r.start : r.end] == "1985"


def test_resolve_short_quote_edited_with_context_gone_is_orphan():
    text = "The treaty was signed in 1984 by both parties after long talks."
    a = anchor_on(text, "1984")
    new = "Nothing of this remains, except the year 1985 here and there."
    assert resolve(new, a).method == "orphan"


def test_resolve_passage_moved_far_and_edited_is_found_by_seeds():
    filler = " ".join(
        f"Filler sentence number {i} says nothing of note." for i in range(400)
    )
    claim = (
        "The auditor found that 312 invoices had been paid twice "
        "during the spring of 2021."
    )
    text = filler[:9000] + " " + claim + " " + filler[9000:]
    a = anchor_on(text, claim)
    moved_claim = claim.replace("312 invoices", "315 invoices")
    new = filler[:2000] + " " + moved_claim + " " + filler[2000:9000] + filler[9000:]
    r = resolve(new, a)
    assert r.method == "fuzzy"
    assert new[r.start : r.end] == moved_claim


def _moved_and_edited_everywhere(padding: int) -> tuple[str, Anchor, str]:
    """A long quote edited every 7 characters (no 16-character piece of it
    survives), its context replaced, moved far from its old place; then
    ``padding`` characters of digits.  Only the whole-text pass finds it."""
    filler = "0123456789 " * 900
    claim = "The auditor found that many invoices were paid twice in spring."
    text = filler[:6000] + "Before it: a context sentence. " + claim + " After it: more context here." + filler[6000:]
    anchor = anchor_on(text, claim)
    edited = "".join("#" if i % 7 == 3 else c for i, c in enumerate(claim))  # 86 % similar
    assert edited != claim
    new = filler[:1000] + "Other words here, new sentence. " + edited + " and then other words follow." + filler[1000:]
    return new + "7" * padding, anchor, edited


def test_resolve_whole_text_pass_finds_a_quote_edited_everywhere_and_moved():
    from desktop.anchoring import WHOLE_TEXT_MAX_CHARS

    new, anchor, edited = _moved_and_edited_everywhere(0)
    assert len(new) <= WHOLE_TEXT_MAX_CHARS
    r = resolve(new, anchor)
    assert r.method == "fuzzy" and new[r.start : r.end] == edited
    assert resolve_many(new, [anchor]) == [r]


def test_resolve_whole_text_pass_is_skipped_in_a_long_text():
    """Beyond WHOLE_TEXT_MAX_CHARS the last-resort scan of the whole text is
    not made (it cost 40-50 % of resolve_many on the 1 MB benchmarks and
    placed nothing there): that quote is an orphan; a quote one of whose
    pieces survived is still found far away (seeds)."""
    from desktop.anchoring import WHOLE_TEXT_MAX_CHARS

    new, anchor, edited = _moved_and_edited_everywhere(WHOLE_TEXT_MAX_CHARS)
    assert resolve(new, anchor).method == "orphan"
    assert resolve_many(new, [anchor]) == [resolve(new, anchor)]
    # One word edited instead: 16-character pieces survive and lead to it.
    claim = anchor.exact
    lightly = claim.replace("many invoices", "many Invoices")
    moved = new.replace(edited, lightly)
    r = resolve(moved, anchor)
    assert r.method == "fuzzy" and moved[r.start : r.end] == lightly
    assert resolve_many(moved, [anchor]) == [r]


def test_resolve_degenerate_anchors_do_not_raise():
    assert resolve("", make_anchor("abc", 0, 1)).method == "orphan"
    assert resolve("abc", Anchor(0, 0, "", "", "")).method == "orphan"
    r = resolve("hello world", Anchor(-5, 99, "world", "", ""))
    assert (r.start, r.end) == (6, 11)
    r = resolve("hello world", Anchor(9, 3, "hello", "", " "))
    assert (r.start, r.end) == (0, 5)
    r = resolve("abc", Anchor(0, 3, "abcdef" * 5, "", ""))
    assert r.method in ("fuzzy", "orphan")


def test_resolution_scores_are_ordered():
    quote = "the new bridge would cost about 40 million euros"
    a = anchor_on(PARA, quote)
    pos = resolve(PARA, a)
    exact = resolve("Intro. " + PARA, a)
    fuzzy = resolve(PARA.replace("about 40", "about 41"), a)
    assert (pos.method, exact.method, fuzzy.method) == ("position", "exact", "fuzzy")
    assert pos.score == 1.0
    assert 0.6 <= exact.score <= 1.0
    assert 0.45 <= fuzzy.score < exact.score


# --------------------------------------------------------------------------
# resolve_many


def test_resolve_many_matches_resolve():
    quotes = [
        "The committee", "Tuesday", "the budget", "the chairman said", "40 million euros",
        "three years", "Several members objected", "the previous estimate was lower",
        "The vote was postponed", "March.", "the",
    ]
    anchors = [anchor_on(PARA, q) for q in quotes]
    anchors.append(anchors[0])  # duplicates are fine
    new = (
        "Draft minutes.\n\n"
        + PARA.replace("Tuesday", "Wednesday").replace("three years", "four years")
        .replace("Several members objected, pointing out that ", "")
    )
    got = resolve_many(new, anchors)
    assert got == [resolve(new, a) for a in anchors]
    methods = [r.method for r in got]
    assert "exact" in methods and "fuzzy" in methods and "orphan" in methods
    assert resolve_many(new, []) == []


def test_resolve_many_on_a_larger_text_matches_resolve():
    sentences = [
        f"Item {i} of the ledger records a payment of {i * 37 % 1000} euros to supplier "
        f"{'ABCDEFGHIJ'[i % 10]}{i % 7}."
        for i in range(300)
    ]
    text = " ".join(sentences)
    anchors = []
    for i in range(0, 300, 7):
        s, e = span_of(text, sentences[i])
        anchors.append(make_anchor(text, s, e))
        w = text.index("euros", s)
        anchors.append(make_anchor(text, w, w + 5))  # short, very frequent
        anchors.append(make_anchor(text, s + 5, s + 30))
    new = text.replace("Item 14 of", "Item fourteen of").replace("supplier C", "vendor C")
    new = new[:5000] + new[5600:]
    new = "A new opening paragraph. " * 3 + new
    assert resolve_many(new, anchors) == [resolve(new, a) for a in anchors]


def test_resolve_many_nearest_whole_anchor_wins_and_ties_go_early():
    """The fast path of step 2 (the whole anchor found with str.find near the
    old start) gives what ranking every occurrence gives: the nearest copy of
    the anchor with its context, the earlier one at equal distance, wherever
    the hint (the shift of the anchor resolved before) says to look first."""
    block = "Filler sentence number one goes here. " + PARA + " Closing filler sentence goes here. "
    text = block * 3 + "Unrelated closing words fill the report. " * 400
    s = text.index("the new bridge", len(block))  # the middle copy
    anchor = make_anchor(text, s, s + len("the new bridge"))
    new = text[:s] + "the old bridge" + text[s + 14 :]  # the middle copy is gone
    expected = resolve(new, anchor)
    assert (expected.method, expected.start) == ("exact", s - len(block))  # the earlier twin
    for hint in (0, len(block), -len(block), 5, 10**6):
        resolver = _Resolver(new, fast=True)
        assert resolver._exact_near(anchor, s, hint) == expected  # decided by the fast path
        assert resolver.resolve(anchor, hint) == expected
    assert resolve_many(new, [anchor, anchor]) == [expected, expected]


def test_resolve_many_far_whole_anchor_on_a_short_text_falls_back_to_ranking():
    """On a short text closeness weighs enough that a near copy with a slightly
    different context beats a distant copy of the whole anchor: there the fast
    path must leave the decision to the ranking."""
    text = "xx alpha beta gamma yy" + " " * 3 + "zz alpha beta gamma yy"
    anchor = make_anchor(text, 3, 19, context=3)
    new = " xx alpha beta gamma yq" + " " * 40 + "xx alpha beta gamma yy"
    assert _Resolver(new, fast=True)._exact_near(anchor, 3, 0) is None
    got = resolve_many(new, [anchor])
    assert got == [resolve(new, anchor)]
    assert (got[0].method, got[0].start) == ("exact", 4)  # the near copy, its suffix edited


# --------------------------------------------------------------------------
# the occurrence index


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab c", min_size=0, max_size=300),
    data=st.data(),
)
def test_index_finds_the_same_occurrences_as_a_scan(text, data):
    indexed = _Finder(text, indexed=True)
    scan = _Finder(text, indexed=False)
    for _ in range(5):
        if len(text) >= 15 and data.draw(st.booleans()):
            i = data.draw(st.integers(0, len(text) - 15))
            j = data.draw(st.integers(i + 15, min(len(text), i + 40)))
            s = text[i:j]
        else:
            s = data.draw(st.text(alphabet="ab c", min_size=1, max_size=20))
        assert indexed.find_all(s) == scan.find_all(s)


# --------------------------------------------------------------------------
# properties

ALPHABET = st.sampled_from("abcde fgh\n.,’")
TEXTS = st.text(alphabet=ALPHABET, min_size=1, max_size=200)


@st.composite
def text_and_span(draw, texts=TEXTS):
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@settings(max_examples=200, deadline=None)
@given(text_and_span())
def test_property_unchanged_text_resolves_by_position(tse):
    text, s, e = tse
    assert resolve(text, make_anchor(text, s, e)) == Resolution(s, e, "position", 1.0)


@settings(max_examples=200, deadline=None)
@given(text_and_span(), st.text(alphabet=ALPHABET, min_size=1, max_size=80), st.data())
def test_property_insertion_before_the_span(tse, inserted, data):
    text, s, e = tse
    a = make_anchor(text, s, e)
    at = data.draw(st.integers(0, s))
    new = text[:at] + inserted + text[at:]
    r = resolve(new, a)
    assert r.method in ("position", "exact")
    assert new[r.start : r.end] == a.exact
    if occurrences(new, a.exact) == 1:
        assert (r.start, r.end) == (s + len(inserted), e + len(inserted))


@settings(max_examples=150, deadline=None)
@given(
    text_and_span(st.text(alphabet="abc", min_size=1, max_size=120)),
    st.text(alphabet="xyz", min_size=1, max_size=80),
    st.data(),
)
def test_property_insertion_of_foreign_text_finds_the_shifted_span(tse, inserted, data):
    # The inserted text shares no character with the original, so the quote's
    # own (shifted) occurrence is the only one with a context as good as before.
    text, s, e = tse
    a = make_anchor(text, s, e)
    at = data.draw(st.integers(0, s))
    new = text[:at] + inserted + text[at:]
    r = resolve(new, a)
    if occurrences(text, a.exact) == 1:
        assert (r.start, r.end) == (s + len(inserted), e + len(inserted))
    assert new[r.start : r.end] == a.exact


anchors_any = st.builds(
    Anchor,
    start=st.integers(-5, 250),
    end=st.integers(-5, 250),
    exact=st.text(alphabet=ALPHABET, max_size=40),
    prefix=st.text(alphabet=ALPHABET, max_size=CONTEXT),
    suffix=st.text(alphabet=ALPHABET, max_size=CONTEXT),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=200), anchors_any)
def test_property_resolve_never_raises_and_spans_are_valid(text, anchor):
    r = resolve(text, anchor)
    assert r.method in ("position", "exact", "fuzzy", "orphan")
    assert 0.0 <= r.score <= 1.0 + 1e-9
    if r.method == "orphan":
        assert r.start is None and r.end is None and r.score == 0.0
    else:
        assert 0 <= r.start < r.end <= len(text)
    if r.method in ("position", "exact"):
        assert text[r.start : r.end] == anchor.exact


@st.composite
def edited(draw):
    """An original text, anchors on it, and the text after a few edits."""
    text = draw(st.text(alphabet=st.sampled_from("ab c.\n"), min_size=1, max_size=160))
    anchors = []
    for _ in range(draw(st.integers(1, 6))):
        s = draw(st.integers(0, len(text) - 1))
        e = draw(st.integers(s + 1, min(len(text), s + 40)))
        anchors.append(make_anchor(text, s, e, context=draw(st.sampled_from([CONTEXT, 8]))))
    new = text
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(new)))
        j = draw(st.integers(i, min(len(new), i + 10)))
        rep = draw(st.text(alphabet=st.sampled_from("ab cd.\n"), max_size=10))
        new = new[:i] + rep + new[j:]
    return new, anchors


@settings(max_examples=300, deadline=None)
@given(edited())
def test_property_resolve_many_equals_resolve(case):
    new, anchors = case
    assert resolve_many(new, anchors) == [resolve(new, a) for a in anchors]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_property_resolve_many_equals_resolve_with_long_repetitive_text(data):
    # Long enough for the index (strings >= 15 chars) and repetitive enough
    # that quotes occur many times: exercises the staged exact search.
    unit = data.draw(st.text(alphabet="ab ", min_size=3, max_size=12))
    text = unit * data.draw(st.integers(10, 60))
    text = text + data.draw(st.text(alphabet="ab c", max_size=60))
    anchors = []
    for _ in range(data.draw(st.integers(1, 8))):
        s = data.draw(st.integers(0, len(text) - 1))
        e = data.draw(st.integers(s + 1, min(len(text), s + 30)))
        anchors.append(make_anchor(text, s, e))
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 20)))
    new = text[:i] + data.draw(st.text(alphabet="abc ", max_size=20)) + text[j:]
    assume(new)
    assert resolve_many(new, anchors) == [resolve(new, a) for a in anchors]
