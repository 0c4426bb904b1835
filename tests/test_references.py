"""Footnote markers and reference lists: the seed article, marker styles, never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.importers import load
from desktop.references import analyse, find_markers, find_references
from tests.conftest import SEED

BODY = "The grain trade grew quickly over the decade, as officials said many times. " * 30


def test_seed_article_references_and_markers():
    text = load(SEED).text
    found = analyse(text)
    refs = found.references
    assert [r.label for r in refs] == ["1", "2", "3"]
    assert refs[0].url == (
        "https://qazinform.com/news/kazakhstan-tajikistan-keen-on-intensifying-trade-economic-and-"
        "investment-cooperation-7e311c"
    )
    assert [r.accessed for r in refs] == ["2025-07-03", "2025-07-03", None]
    assert refs[0].text.startswith("“Kazakhstan, Tajikistan keen") and refs[0].text.endswith("(Erişme Tarihi: 03.07.2025).")
    assert refs[2].text == "Ibid." and refs[2].url is None
    for r in refs:
        assert text[r.start:r.end].startswith(f"[{r.label}]") and text[r.start:r.end].endswith(r.text)
    assert [m.label for m in found.markers] == ["1", "2", "3"]
    for m in found.markers:
        assert text[m.start:m.end] == f"[{m.label}]"
        assert m.end < found.list_start
        assert found.marker_at(m.start) == m and found.reference(m.label) is not None
    assert "economic partnership.[1]" in text[found.markers[0].start - 22:found.markers[0].end]


def test_superscript_markers_and_notes_heading():
    text = (
        BODY + "Exports rose by 20 percent.¹ Officials disagreed.²\n\n"
        "Notes\n\n"
        "¹ Ministry of Agriculture, https://example.gov/report.pdf, accessed 5 June 2025.\n"
        "² Interview, Astana (Retrieved: 2024-01-05)\n"
    )
    found = analyse(text)
    assert [r.label for r in found.references] == ["1", "2"]
    assert found.references[0].url == "https://example.gov/report.pdf"
    assert found.references[0].accessed == "2025-06-05"
    assert found.references[1].accessed == "2024-01-05"
    assert [(m.label, text[m.start:m.end]) for m in found.markers] == [("1", "¹"), ("2", "²")]
    assert found.list_start == text.index("Notes")


def test_parenthesised_markers_and_numbered_notes():
    text = (
        BODY + "Trade doubled.(1) Prices fell (2) in spring, a minister said.(2)\n\n"
        "References\n"
        "1. State Railways yearly report (https://example.kz/rail).\n"
        "2. Customs press release, 2025.\n"
    )
    found = analyse(text)
    assert [r.label for r in found.references] == ["1", "2"]
    assert found.references[0].url == "https://example.kz/rail"
    # "(2)" after a space is an enumeration, not a marker.
    assert [(m.label, m.start) for m in found.markers] == [
        ("1", text.index("(1)")),
        ("2", text.index("said.(2)") + len("said.")),
    ]


def test_numbered_list_without_notes_heading_is_not_a_reference_list():
    text = BODY + "Steps agreed:\n1. Open the border.\n2. Cut fees.\n3. Share data.\n"
    assert find_references(text) == []
    assert find_markers(text) == []


def test_bracket_range_marker_points_at_each_reference():
    text = BODY + "Several sources agree.[1-3] One does not.[2, 4]\n\n" + "".join(
        f"[{n}] Source number {n}.\n" for n in range(1, 5)
    )
    found = analyse(text)
    assert [r.label for r in found.references] == ["1", "2", "3", "4"]
    labels = [m.label for m in found.markers]
    assert labels == ["1", "2", "3", "2", "4"]


def test_no_references_in_plain_text():
    assert analyse("Just a sentence with [brackets] and (parentheses).").references == ()
    assert analyse("").references == () and analyse("").markers == ()


_ALPHABET = st.sampled_from(list("ab1239 \n\n.[]()¹²³:-,") + ["[1]", "(1)", "¹", "Notes\n", "1. ", "https://x.y/z", "Accessed 3 July 2025"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_analyse_never_raises_and_spans_are_in_bounds(text):
    found = analyse(text)
    for r in found.references:
        assert 0 <= r.start <= r.end <= len(text)
        assert r.text in text
    for m in found.markers:
        assert 0 <= m.start < m.end <= len(text)
        assert found.list_start is None or m.end <= found.list_start


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_analyse_never_raises_on_any_text(text):
    analyse(text)


def test_notes_under_a_heading_with_another_list_heading_after_them():
    """Numbered notes under "Notes" stay references when a "Further reading" list (unnumbered) follows them."""
    text = ("The ministry said the report was late.[1] Officials disagreed.[2]\n\n"
            "Notes\n1. Ministry statement, 3 May 2021.\n2. Interview with an official.\n\n"
            "Further reading\nSmith, A. Rivers and dams. 2015.\n")
    assert [r.label for r in find_references(text)] == ["1", "2"]
