"""The lead's fixes after the thirty-first round's final read: each case failed on the merged stage before."""
from __future__ import annotations

from desktop.suggest import detect

REF = "2025-06-18"


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(s.exact, s.attributes.get("start", ""), s.attributes.get("end", ""))
            for s in detect(text, reference=REF, kinds=("date",))]


def _figures(text: str) -> list[str]:
    return [s.exact for s in detect(text, reference=REF, kinds=("figure",))]


def test_a_measure_after_as_far_back_as_is_no_year():
    # a plural or a unit before "per" after "as far back as" counts (was the year 1800, and March 1800 with it)
    assert [d[0] for d in _dates("The index fell as far back as 1800 points in March.")] == ["March"]
    assert _figures("Prices went as far back as 1200 tenge per litre.") == ["1200 tenge per litre"]
    assert [d[0] for d in _dates("Prices went as far back as 1200 tenge per litre.")] == []
    # a year followed by a place or a clause stays a year
    assert [d[0] for d in _dates("Records go as far back as 1850 in Ohio.")] == ["1850"]
    assert [d[0] for d in _dates("The rule held as recently as 2019, officials said.")] == ["2019"]


def test_as_early_as_before_people_stays_a_year():
    # "as early as" was a year's context before the round: a plural after it does not make a count of the year
    assert [d[0] for d in _dates("As early as 2022 people complained about the noise.")] == ["2022"]
    # a length after it is still no year
    assert "1500" not in [d[0] for d in _dates("The custom began as early as 1500 years before.")]


def test_a_comma_before_the_last_unit_ends_the_length():
    # a length, a comma, then "N units ago" are two clauses (was "3 years, and 2 months ago" = April 2022)
    assert _dates("She was in prison for 3 years, and 2 months ago she was freed.") == [
        ("2 months ago", "2025-04", "2025-04")]
    assert _dates("He worked there 6 years, 3 months ago he quit.") == [("3 months ago", "2025-03", "2025-03")]
    # a list of three units keeps its comma, and two units with "and" or a space stay one length
    assert _dates("The plant closed 2 years, 3 months and 5 days ago.")[0][0] == "2 years, 3 months and 5 days ago"
    assert _dates("The plant closed 2 years and 3 months ago.") == [("2 years and 3 months ago", "2023-03", "2023-03")]
    assert _dates("Fabrika 1 yıl 2 ay önce kapandı.")[0][0] == "1 yıl 2 ay önce"


def _actors(text: str) -> list[str]:
    return [s.exact for s in detect(text, reference=REF, kinds=("actor",))]


def test_a_file_named_in_another_clause_leaves_a_company_alone():
    # a file's name further off, in another clause, no longer makes "Mistral.ai" a file (was dropped)
    assert "Mistral.ai" in _actors("Investors backed Mistral.ai; its founders posted Report.pdf online.")
    assert "Brand.ai" in _actors("The designer praised Brand.ai in an email along with Budget.xlsx today.")
    # a file's name leaves no part of it as an actor (was "Brand", the recogniser's guess at the part before the dot)
    assert _actors("The designer attached Brand.ai to the email along with Budget.xlsx today.") == []
    # files listed together are still files, on either side
    assert not any(a.startswith("Logo") for a in _actors("Download Logo.ai and Report.pdf from the shared folder."))
    assert not any(a.startswith("Logo") for a in _actors("The folder holds Report.pdf, Logo.ai and notes."))


def test_a_turkish_noun_with_a_softened_stem_is_no_bare_count():
    # "uçağı" is "uçak" with an ending: the number is the model's (was "737 uçağı" where "Boeing" opens the sentence)
    assert _figures("Boeing 737 uçağı indi.") == []
    assert _figures("Airbus 320 uçağı kalktı.") == []
    # a bare noun before the verb still counts
    assert _figures("Yarışmaya 45 sporcu katıldı.") == ["45 sporcu"]


def test_a_year_before_in_a_stays_a_year_after_as_far_back_as():
    # only a unit before "per" counts: "in a", "in an" after the year are no unit (was no date at all)
    assert [d[0] for d in _dates("Records go as far back as 1999 in a small archive.")] == ["1999"]
    assert [d[0] for d in _dates("The rule held as recently as 2019 in an old town.")] == ["2019"]
