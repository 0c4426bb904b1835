"""Years of author-year citations in running text are dates (a publication's year); a reference list's are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates


def _years(text: str) -> list[str]:
    return [text[s:e] for s, e, a in find_dates(text, "2020-05-01") if a.get("precision") == "year"]


def test_a_bracketed_author_year_citation_is_a_date():
    assert _years("Earlier work found the same effect (Okafor, 2016).") == ["2016"]
    assert _years("Two teams reported it (Lindqvist et al., 2011; Barrow & Sen 2014).") == ["2011", "2014"]
    assert _years("The claim is old (see Tanaka, 2003, p. 41) and contested.") == ["2003"]
    assert _years("The survey (e.g. Moreno, 2008: 17) found little.") == ["2008"]
    assert _years("A later study (Okafor 2016a; Reyes 2019, 136–137) agrees.") == ["2016", "2019"]
    assert _years("Older ideas (Ruse [1986] 1998, 253) persist.") == ["1986", "1998"]
    assert _years("See the review (Ferreira da Silva, 2011 for an overview) first.") == ["2011"]
    assert _years("He starred in the film (Dark Water, 1998) with her.") == ["1998"]
    assert _years("Gains were seen (Okafor, Lind, Reyes, & Barrow, 2010) and (Sen, Tanaka, & Moreno, 2007).") == [
        "2010", "2007"]
    assert _years("It is the linchpin (Okafor, Reyes, and Lind, 2011, p. 1225) of the field.") == ["2011"]


def test_the_value_is_the_year():
    text = "Earlier work found the same effect (Okafor, 2016)."
    (attrs,) = [a for _s, _e, a in find_dates(text, "2020-05-01")]
    assert (attrs["start"], attrs["end"], attrs["precision"]) == ("2016", "2016", "year")


def test_a_count_label_or_product_in_brackets_is_no_citation():
    assert _years("The squad (Harris, 1500 troops) advanced.") == []
    assert _years("The motion (Parliament, 1800 votes) failed.") == []
    assert _years("The crash (US Airways Flight 1549) was filmed.") == []
    assert _years("The vote (Resolution 2334) passed.") == []
    assert _years("They ran it on (Windows 2000) machines.") == []
    assert _years("The price list (Room 2016) was updated.") == []
    assert _years("Write to the office (PO Box 1850) for a form.") == []


def test_a_reference_list_is_no_timeline():
    text = ("Noise matters (Okafor, 2016).\n\nReferences\n"
            "Okafor, J. 2016. Effects of noise (Okafor, 2016). Journal of Sound.\n"
            "Reyes, M. (2019). Hearing (Reyes, 2019). Press.\n")
    found = [(s, text[s:e]) for s, e, a in find_dates(text, "2020-05-01")]
    assert found[0] == (text.index("2016"), "2016")
    heading = text.index("References")
    assert not any(s > heading and text[s - 1] != "(" for s, _w in found)  # only "(2019)." as before, no citation
    entry = "Okafor, J. 2016. Effects of noise (Okafor, 2016). Journal of Sound."
    assert _years(entry) == []  # a line opening as an entry, even without a heading


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Okafor", "Lindqvist", "Barrow", "Tanaka", "Moreno", "Ferreira", "O'Neill", "Kowalska-Nowak"]),
       st.integers(1500, 2099), st.sampled_from(["", " et al.", " & Reyes"]), st.booleans())
def test_any_author_and_year(name, year, more, comma):
    text = f"The effect is known ({name}{more}{',' if comma else ''} {year}) and small."
    assert _years(text) == [str(year)]
    assert _years(f"The effect is known ({name}{more}, {year} people) and small.") == []


def test_money_in_brackets_is_no_citation():
    # review: a currency's code or word before four digits is an amount, not an author and a year
    assert _years("The fine was small (Rs 2000) but symbolic.") == []
    assert _years("The fee (USD 1500) was waived.") == []
    assert _years("Tickets cost more (TL 1750) at the gate.") == []
    assert _years("Fares rose (KSh 1500) in May.") == []
    assert _years("The bribe (R 2000) was returned.") == []
    assert _years("The lab (Building 2040) was sealed.") == []


def test_a_russian_turkish_or_kazakh_reference_heading_ends_the_citations():
    for heading in ("Литература", "Список литературы", "Kaynaklar", "Kaynakça", "Әдебиеттер"):
        text = f"Noise matters (Okafor, 2016).\n\n{heading}\nHearing loss (Reyes, 2019) and more.\n"
        assert _years(text) == ["2016"], heading
