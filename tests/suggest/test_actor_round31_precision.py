"""English actor precision: a file's name is no company, a feast's name is no saint, a laugh is no name."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def _actors(text: str) -> dict[str, str]:
    return {s.exact: s.attributes.get("type", "") for s in detect(text, reference="2025-07-01", kinds=("actor",))}


@pytest.mark.parametrize("text, name", [
    ("Download Logo.ai and Report.pdf from the shared folder.", "Logo.ai"),
    ("Please check Budget.xlsx and Poster.ai before the meeting.", "Poster.ai"),
    ("She opened the Banner.ai to change its colours.", "Banner.ai"),
    ("Attach Cover.ai, Draft.docx and Photo.jpg to the reply.", "Cover.ai"),
    ("Run the script: rename Build.pl and then call it.", "Build.pl"),
])
def test_a_file_with_a_registry_s_ending_is_no_company(text: str, name: str) -> None:
    assert name not in _actors(text)


@pytest.mark.parametrize("text, name", [
    ("Investors poured money into Mistral.ai last year.", "Mistral.ai"),
    ("The startup Character.ai raised 150 million dollars.", "Character.ai"),
    ("Shares of Kaspi.kz rose 4.5 percent on Monday.", "Kaspi.kz"),
    ("Amazon.com said it would hire 10,000 workers.", "Amazon.com"),
])
def test_a_company_named_by_its_domain_stays(text: str, name: str) -> None:
    assert _actors(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Thousands marched in the St Patrick's Day parade in Dublin.", "St Patrick"),
    ("The St. Andrew's Festival opens on Friday in the old town.", "St. Andrew"),
    ("The city council cancelled the Valentine's Day concert in the park.", "Valentine"),
    ("Crowds gathered in the square on Saint George's Day.", "Saint George"),
])
def test_a_feast_named_after_a_saint_or_one_name_is_no_actor(text: str, name: str) -> None:
    found = _actors(text)
    assert not any(name in exact for exact in found), found


@pytest.mark.parametrize("text, name", [
    ("Saint Patrick converted Ireland, historians say.", "Saint Patrick"),
    ("Trump's Day One orders were signed in the evening.", "Trump"),
    ("Maria Lopez's day began at dawn in Lima.", "Maria Lopez"),
])
def test_a_person_beside_a_day_stays(text: str, name: str) -> None:
    assert _actors(text).get(name) == "person"


@pytest.mark.parametrize("text", ["Lololol you are late again.", "Hahahaha Tom was so funny last night.",
                                  "Yayayayay the show starts tonight!"])
def test_a_laugh_is_no_name(text: str) -> None:
    found = _actors(text)
    assert not any(set(w.casefold()) <= set("lohayz") and len(w) >= 6 for w in found), found


def test_short_names_of_few_letters_stay() -> None:
    found = _actors("Anna met Hannah Smith in Paris.")
    assert found.get("Hannah Smith") == "person" and found.get("Anna") == "person"


@pytest.mark.parametrize("text, words", [
    ("Mayor Says City Will Rebuild After The Storm", "Says"),
    ("Teacher Accused In Boston School Case Speaks", "Accused"),
    ("Why Governor Hughes Says He Will Run Again", "He"),
    ("Senator Was Warned About The Leak, Aides Say", "Was"),
])
def test_a_headline_s_words_in_title_case_are_no_actor(text: str, words: str) -> None:
    found = _actors(text)
    assert not any(words in exact.split() for exact in found), found


@pytest.mark.parametrize("text, name, kind", [
    ("Doctors Without Borders sent a team to the region.", "Doctors Without Borders", "organisation"),
    ("Will Smith and George Will met in Boston.", "George Will", "person"),
    ("The magazine Us Weekly ran the story on Monday.", "Us Weekly", "organisation"),
])
def test_names_with_such_words_stay(text: str, name: str, kind: str) -> None:
    assert _actors(text).get(name) == kind


@pytest.mark.parametrize("text, kept, cut", [
    ("Photos: President Jonathan Visits Olu Of Warri", "President Jonathan", "President Jonathan Visits Olu"),
    ("Why Governor Hughes Says He Will Run Again", "Governor Hughes", "Governor Hughes Says He"),
])
def test_a_name_before_a_headline_s_verb_is_cut_there(text: str, kept: str, cut: str) -> None:
    found = _actors(text)
    assert found.get(kept) == "person" and cut not in found, found


def test_a_post_of_a_cut_programme_s_name_is_no_person() -> None:
    found = _actors("Professor Ada Brandt, Director of the National Soil Nutrition study, said the data were poor.")
    assert not any(exact.startswith("Director of") for exact in found), found


@pytest.mark.parametrize("text, name", [
    ("Secretary of the Treasury Janet Yellen spoke on Monday.", "Janet Yellen"),
    ("Director of the National Archives Jane Ruiz opened the hall.", "Jane Ruiz"),
])
def test_a_titled_person_after_a_post_of_a_body_stays(text: str, name: str) -> None:
    found = {s.attributes.get("name") for s in detect(text, reference="2025-07-01", kinds=("actor",))}
    assert name in " ".join(n for n in found if n), found


# Review: names the rules above took for a file, a feast, a laugh, a headline or a cut post
@pytest.mark.parametrize("text, name", [
    ("Microsoft-backed investors tried to save Builder.ai from collapse in May.", "Builder.ai"),
    ("Apple drops Perplexity.ai from its talks, sources say.", "Perplexity.ai"),
    ("Musk drags Mistral.ai into court over trademark.", "Mistral.ai"),
])
def test_a_company_after_a_verb_that_takes_companies_too_stays(text: str, name: str) -> None:
    assert _actors(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("The festival drew crowds to Edinburgh's Festival Fringe on Saturday.", "Edinburgh"),
    ("London's Night Czar Amy Lame said clubs would stay open.", "London"),
    ("Kazakhstan's Day of Gratitude is marked on March 1.", "Kazakhstan"),
    ("Trump's Day In Court: Judge Sets Date For Hearing", "Trump"),
    ("It was Messi's Night at the Bernabeu as Inter Miami won 3-1.", "Messi"),
    ("Berlin's Festival of Lights opens on Friday.", "Berlin"),
    ("Nnanna scored the winner for Enyimba in the 89th minute.", "Nnanna"),
])
def test_a_place_a_surname_or_a_name_of_two_letters_before_a_feast_s_word_stays(text: str, name: str) -> None:
    assert name in _actors(text)


@pytest.mark.parametrize("text, name", [
    ("Edward Said wrote Orientalism in 1978, and scholars still cite it.", "Edward Said"),
    ("Egyptian striker Mohamed Said scored twice as Zamalek beat Al Ahly on Sunday.", "Mohamed Said"),
    ("Chinese police said She Zhijiang, accused of running scam centres, was extradited.", "She Zhijiang"),
    ("Cambodian minister Him Chhem opened the exhibition in Phnom Penh.", "Him Chhem"),
])
def test_a_name_holding_a_headline_s_word_stays(text: str, name: str) -> None:
    assert _actors(text).get(name) == "person"


def test_a_given_name_in_ed_before_a_preposition_is_no_participle() -> None:
    assert "Crown Prince" not in _actors("Crown Prince Mohammed In Talks With Biden Over Oil")


def test_a_cut_name_after_a_role_is_cut_too() -> None:
    names = {s.exact: s.attributes.get("name")
             for s in detect("Gov. Newsom Says He Will Sign Bill On Insulin", reference="2025-07-01", kinds=("actor",))}
    assert names.get("Gov. Newsom") == "Newsom", names


@pytest.mark.parametrize("text, name", [
    ("Head of the Federal Reserve Jerome Powell said rates would stay on hold.", "Powell"),
    ("Minister of Public Security Wang Xiaohong visited Astana on Monday.", "Wang Xiaohong"),
])
def test_a_person_after_a_post_of_a_cut_body_s_name_stays(text: str, name: str) -> None:
    assert any(name in exact for exact in _actors(text)), _actors(text)
