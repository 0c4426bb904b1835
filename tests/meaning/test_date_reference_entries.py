"""A reference list's publication dates are no events of the text (the twenty-third round): after a "References"
heading, the date of an entry that opens with its authors ("Okafor, J. (2016).", "Okafor, J. 2016.") is not
suggested; the running text's citations and an entry outside a list keep theirs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

BODY = "Markets adapt fast, as Okafor (2016) showed for Lagos after the 2008 crash.\n"


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_dates(text, "2021-06-15")]


def test_an_entry_s_year_after_a_references_heading_is_no_date():
    text = (BODY + "References\nOkafor, J. (2016). Markets and rules. London: Penguin.\n"
            "Barrow, K., & Sen, A. (2014). Trade in the long run. Journal of Trade, 12(3), 45–67.\n"
            "Smith, J. A. (2019, May 3). The new markets. The Guardian.\n"
            "Adeyemi, T. 2011. Ports of West Africa. Ibadan University Press.\n")
    assert _found(text) == ["2016", "2008"]


def test_an_entry_s_title_keeps_its_dates_and_the_body_keeps_its_own():
    text = BODY + "Bibliography\nOkafor, J. (2016). After the 1998 floods. Lagos: Cassava.\n"
    assert _found(text) == ["2016", "2008", "1998"]


def test_an_entry_outside_a_reference_list_keeps_its_date():
    # an entry quoted in the text, with no heading above it: as an analyst may cite it
    text = "Okafor, J. (June 2016). Markets and rules. London: Penguin.\nThe book sold well.\n"
    assert _found(text) == ["June 2016"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Okafor", "Barrow", "Li", "O'Neil", "Van-Dijk"]), st.sampled_from(["J.", "J. A.", "K. L."]),
       st.integers(1900, 2024), st.sampled_from(["({y}).", "({y}a).", "({y}, March 3).", "{y}."]))
def test_any_entry_s_publication_date_after_the_heading_is_no_date(surname, initials, year, form):
    text = BODY + f"Works cited\n{surname}, {initials} {form.format(y=year)} A title. A Press.\n"
    assert _found(text) == ["2016", "2008"]
