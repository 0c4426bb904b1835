"""The seventh round's actor rules, on sentences written for these tests: a name inside an
award's or a contest's name, a storm as advisories abbreviate it, a noun of a trade opening a
reported name, the organisation before a post when it opens a text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.events import names_an_award
from desktop.suggest.gazetteer import is_demonym, is_language
from desktop.suggest.guesses import Guesses
from desktop.suggest.names import honorific_people, places_named_after_noun, reported_people
from desktop.suggest.transcripts import reporters, titled_pairs


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- awards and contests
@pytest.mark.parametrize("text, inside", [
    ("The novel by the Nobel laureate Anna Kowal sold well.", "Nobel"),
    ("She won the Nobel Peace Prize in 2014.", "Nobel"),
    ("A Pulitzer Prize-winning reporter wrote it.", "Pulitzer"),
    ("The film opened the Cannes Film Festival on Tuesday.", "Cannes"),
    ("He crashed at the Monaco Grand Prix.", "Monaco"),
    ("Spain lost the Davis Cup final.", "Davis"),
    ("Takım 2010 yılında Türkiye Kupası'nı kazandı.", "Türkiye"),
    ("Oyuncu 2012 Avrupa Futbol Şampiyonası kadrosundaydı.", "Avrupa"),
    ("Grup MTV Video Müzik Ödülleri'nde sahneye çıktı.", "MTV"),
])
def test_a_name_inside_an_award_or_contest_is_no_actor(text, inside):
    assert not any(inside in exact for exact in actors(text))


@pytest.mark.parametrize("text, kept", [
    ("The Nobel Committee in Oslo named the winner.", "Nobel Committee"),
    ("She met Alfred Nobel's heirs in Stockholm.", "Alfred Nobel"),
    ("Spain beat England, and France won the World Cup.", "France"),
    ("Epic Games sued Apple in California.", "Apple"),
    ("Russia Ukraine War: Live Updates from Kyiv", "Ukraine"),  # a war's headline names who fights it
])
def test_a_name_beside_no_award_stays(text, kept):
    assert kept in actors(text)


@pytest.mark.parametrize("text, start, end, expected", [
    ("the Nobel laureate", 4, 9, True),
    ("the Iran-Iraq Cup", 4, 8, True),
    ("the César Award", 4, 15, True),
    ("the Nobel Committee", 4, 9, False),
    ("the Cup", 4, 7, False),  # a head word alone
    ("Nobel Prizes", 0, 5, True),
    ("Nobel Prizewinner", 0, 5, False),
])
def test_names_an_award(text, start, end, expected):
    assert names_an_award(text, start, end) is expected


_WORD = st.sampled_from(["Nobel", "Peace", "Prize", "Cup", "laureate", "the", "won", "Oslo", "-", "Kupası", "said", "Award"])


@settings(deadline=None)  # the first call compiles the patterns: its time is no test's
@given(st.lists(_WORD, min_size=1, max_size=8).map(" ".join))
def test_an_award_is_decided_by_the_words_after_the_name_only(text):
    # what follows a name decides; what comes before it does not
    end = len(text.split(" ")[0])
    assert names_an_award(text, 0, end) == names_an_award("Before " + text, 7, 7 + end)


# ---------------------------------------------------------------- storms
def test_a_cyclone_abbreviated_tc_and_its_name_alone_are_no_person():
    text = ("As of the last advisory, TC Maru has winds of 190 km/h, and the cyclone is moving west. "
            "Maru's winds will weaken inland, and T C Maru will be a depression by Friday.")
    assert actors(text) == {}


def test_tc_is_a_storm_only_in_a_text_that_speaks_of_one():
    assert not Guesses("TC Boyle read from his novel.").storm("TC Boyle")
    storm = Guesses("TC Maru hit the coast; the cyclone weakened.")
    assert storm.storm("TC Maru") and storm.storm("Maru") and not storm.storm("Boyle")


# ---------------------------------------------------------------- a trade opening a reported name
@pytest.mark.parametrize("text, name", [
    ("Mathematician Hermann Weyl said the letter was a testament.", "Hermann Weyl"),
    ("Economist Jane Porter said prices would rise.", "Jane Porter"),
    ("Sociologist Amir Khan told the panel that rents rose.", "Amir Khan"),
])
def test_a_noun_of_a_trade_opening_a_sentence_is_not_in_the_name(text, name):
    assert [n for _a, _b, n in reported_people(text)] == [name]
    found = actors(text)
    assert found[name]["name"] == name and found[name]["type"] == "person"


def test_a_name_ending_like_a_trade_is_kept_whole():
    assert [n for _a, _b, n in reported_people("Christ Baptist said no more.")] == ["Christ Baptist"]


# ---------------------------------------------------------------- the organisation before a post
@pytest.mark.parametrize("text, organisation", [
    # a one-word opener the model does not name (Yahoo alone) stays out: "Government spokesman …" reads alike
    ("Enron chief executive Jeff Skilling resigned on Monday.", "Enron"),
    ("Yahoo chief executive Marissa Mayer said the deal was done. Shares of Yahoo rose.", "Yahoo"),
])
def test_an_organisation_opening_a_text_before_a_post(text, organisation):
    assert actors(text)[organisation] == {"name": organisation, "type": "organisation"}


@pytest.mark.parametrize("text", ["Veteran coach Bill Jones retired.", "Interim manager Sam Cole quit.",
                                  "Football coach Bill Jones said the football season was over."])
def test_a_qualifier_opening_a_text_before_a_post_is_no_organisation(text):
    assert not any(a["type"] == "organisation" for a in actors(text).values())


# ---------------------------------------------------------------- Turkish: languages, "-li", leagues
@pytest.mark.parametrize("word", ["Latince", "Sırpça", "Hırvatça", "Çeçence", "İngilizce", "Kürtçe",
                                  "Rumencedir", "Latince'deki", "Almanca'da", "Kürtçeyi"])
def test_a_turkish_language_name_is_a_language(word):
    assert is_language(word)


@pytest.mark.parametrize("word", ["Hatice", "Kanada", "Ankara", "Nice", "latince", "Latin", "Sırp", "Latinceler ve"])
def test_a_name_ending_like_a_language_is_not_one(word):
    assert not is_language(word)


@settings(deadline=None)  # the first call reads CLDR's language names: its time is no test's
@given(st.sampled_from(["Latince", "Sırpça", "Kürtçe", "Almanca"]),
       st.sampled_from(["", "'de", "'deki", "dir", "yi", "'den", "nin"]))
def test_a_language_name_takes_a_case_ending(language, ending):
    assert is_language(language + ending)


@pytest.mark.parametrize("word, expected", [("Kamerunlu", True), ("Kanadalılar", True), ("Fransalı", True),
                                            ("Ruslarla", True), ("Almanlara", True), ("İngilizlerin", True), ("Rusya", False),
                                            ("Kanada", False), ("Hatice", False), ("Berlinli", False)])
def test_a_state_with_the_turkish_li_is_a_demonym(word, expected):
    assert is_demonym(word) is expected


@pytest.mark.parametrize("text, absent, present", [
    ("Halk arasında Sırpça, Hırvatça ve Macarca konuşulmaktadır.", "Hırvatça", None),
    ("Lyon kentinde doğan Kamerunlu futbolcu Ankara'ya geldi.", "Kamerunlu", "Ankara"),
    ("Oyuncu Türkiye Süper Ligi takımlarından Beşiktaş'a geçti.", "Türkiye", "Beşiktaş"),
    ("Kulüp Portekiz Süper Kupa finalinde oynadı, sonra Portekiz'e döndü.", "Portekiz Süper", "Portekiz'e"),
])
def test_turkish_words_made_from_names_are_no_actors(text, absent, present):
    starts = {s.start for s in detect(text, kinds=("actor",))}
    assert text.index(absent) not in starts
    if present:
        assert text.index(present) in starts


@pytest.mark.parametrize("text, person", [("Mark Clattenburg Premier Ligi'nde görev yapan bir hakemdir.", "Mark Clattenburg"),
                                          ("Ayşe Demir Türkiye Kupası'nda oynadı.", "Ayşe Demir")])
def test_a_full_name_before_a_contest_stays_a_person(text, person):
    assert actors(text)[person]["type"] == "person"


# ---------------------------------------------------------------- companies over "and" / "&"; a rank and a surname
@pytest.mark.parametrize("text, organisation", [
    ("Pacific Gas and Electric filed for bankruptcy on Tuesday.", "Pacific Gas and Electric"),
    ("Florida Power & Light restored the lines in Miami.", "Florida Power & Light"),
    ("The Southern California Water and Power utility raised its rates.", "Southern California Water and Power"),
])
def test_a_company_named_over_and_is_one_organisation(text, organisation):
    assert actors(text)[organisation]["type"] == "organisation"


@pytest.mark.parametrize("text", ["Anna Kowal and Peter Lund said the talks failed.",
                                  "Left, Right & Centre was a hit.", "The clinic opens Mon, Tues & Thurs."])
def test_names_over_and_or_ampersand_are_no_company(text):
    assert not any(" and " in e or " & " in e for e in actors(text))


@pytest.mark.parametrize("text, span", [("Captain Smith said the ship was safe.", "Captain Smith"),
                                        ("The crew trusted Major Jones, who said the unit left.", "Major Jones")])
def test_a_rank_and_a_surname_that_speak_are_a_person(text, span):
    assert [(n, t) for a, b, n, t in honorific_people(text)] == [(span.split()[1], span.split()[0])]
    assert actors(text)[span] == {**actors(text)[span], "name": span.split()[1], "type": "person"}


@pytest.mark.parametrize("text", ["General Motors said sales rose.", "Cardinal Health said profits rose.",
                                  "Captain America opened in cinemas."])
def test_a_rank_opening_a_company_or_a_title_is_no_person(text):
    assert honorific_people(text) == []


def test_a_person_guess_that_is_an_award_goes():
    assert names_an_award("He won the César Award", 11, 22, full_name=True)
    assert not names_an_award("Ayşe Demir Türkiye Kupası'nda", 0, 10, full_name=True)
    assert names_an_award("Ayşe Demir Türkiye Kupası'nda", 0, 10)


# ---------------------------------------------------------------- a title before the noun of its kind
@pytest.mark.parametrize("text, organisation", [
    ("He dropped his claim against The Australian newspaper on Monday.", "The Australian"),
    ("She told the Guardian newspaper that the plan failed.", "Guardian"),
    ("The interview ran in Time magazine last week.", "Time"),
    ("The Guardian newspaper said so.", "Guardian"),
    ("Habere göre Hürriyet gazetesi olayı yazdı.", "Hürriyet"),
    ("Haberi ilk kez Nokta dergisi duyurdu.", "Nokta"),
])
def test_a_title_before_the_noun_of_its_kind_is_a_publisher(text, organisation):
    assert actors(text)[organisation] == {"name": organisation, "type": "organisation"}


@pytest.mark.parametrize("text", ["Local newspaper reports said the bridge fell.", "The newspaper said so.",
                                  "Weekly magazine sales fell."])
def test_a_word_opening_a_sentence_before_newspaper_is_no_title(text):
    assert actors(text) == {}


# ---------------------------------------------------------------- a title "of" a body named with a head word
@pytest.mark.parametrize("text, organisation", [
    ("The Director of the National Hurricane Center said the storm weakened.", "National Hurricane Center"),
    ("The head of the Federal Reserve Bank said rates would hold.", "Federal Reserve Bank"),
])
def test_a_body_after_a_title_is_no_person(text, organisation):
    found = actors(text)
    assert not any(a["type"] == "person" for a in found.values())
    assert found[organisation]["type"] == "organisation"


def test_a_person_after_a_title_of_a_body_keeps_the_name():
    found = actors("The Speaker of the National Assembly Ali Larijani spoke.")
    assert [a["name"] for a in found.values() if a["type"] == "person"] == ["Ali Larijani"]


# ---------------------------------------------------------------- a Turkish settlement noun in its compound form
@pytest.mark.parametrize("text, place", [("Kuyucak'ın batısında Nazilli ilçesi var.", "Nazilli"),
                                         ("Çiftçiler uzun yıllar Kecialan köyünde yaşadı.", "Kecialan"),
                                         ("Olay dün Nazilli ilçe merkezinde oldu.", "Nazilli"),
                                         ("Proje yine Bursa şehrinin dışında.", "Bursa"),
                                         ("Bölgede Siming ve Huli ilçeleri var.", "Huli")])
def test_a_place_before_a_settlement_noun_in_its_compound_form(text, place):
    assert text.index(place) in [a for a, _b in places_named_after_noun(text)]


@pytest.mark.parametrize("text", ["Aslında şehrin sınırları biraz dışında kalıyor.", "Sonra kentin merkezine gitti.",
                                  "Ertesi gün köyün meydanında toplandılar."])
def test_a_word_before_a_bare_settlement_noun_is_no_place(text):
    assert places_named_after_noun(text) == []


@pytest.mark.parametrize("word", ["Norwegian", "Norwegians", "Saudi", "Saudis", "Texan"])
def test_irregular_nationalities_are_demonyms(word):
    assert is_demonym(word)


def test_irregular_nationalities_are_no_actors_in_a_sentence():
    found = actors("A Norwegian envoy met the Saudis, and the young Texan took notes in Oslo.")
    assert set(found) == {"Oslo"}


@pytest.mark.parametrize("text, inside", [("The Harbor Bank Tennis Classic opened on Monday.", "Harbor"),
                                          ("The Oslo Chess Tournament drew a crowd.", "Oslo"),
                                          ("The annual Vienna Laboratory Symposium on Biology began.", "Vienna")])
def test_a_name_inside_a_tournament_is_no_actor(text, inside):
    assert not any(inside in exact for exact in actors(text))


@pytest.mark.parametrize("text, title", [("Dear Sir / Madam,\nThe order is late.", "Sir"),
                                         ("Saray, Kral'ın mektubunu yayımladı.", "Kral")])
def test_a_title_alone_is_no_name(text, title):
    assert title not in actors(text)


# ---------------------------------------------------------------- transcripts and plural titles
def test_a_reporter_named_in_a_transcript_and_each_turn_by_surname():
    text = ("ANNA KOWAL reporting:\nThe mayor spoke first.\nKOWAL: The council met on Monday.\n"
            "SUMMARY: none.\nKOWAL: Then it voted.")
    found = [(text[a:b], n) for a, b, n in reporters(text)]
    assert found == [("ANNA KOWAL", "Anna Kowal"), ("KOWAL", "Anna Kowal"), ("KOWAL", "Anna Kowal")]
    people = {s.start: s.attributes["name"] for s in detect(text, kinds=("actor",)) if s.attributes.get("type") == "person"}
    assert people[text.index("KOWAL:")] == "Anna Kowal" and text.index("SUMMARY") not in people


def test_a_word_in_capitals_before_a_colon_is_no_speaker_without_a_reporter():
    assert reporters("NOTE: the figures are final.\nKOWAL: yes.") == []


@pytest.mark.parametrize("text, people", [
    ("The letters went to Senators Daschle and Leahy last week.", ["Daschle", "Leahy"]),
    ("Presidents Bush and Putin met in Slovenia.", ["Bush", "Putin"]),
])
def test_a_plural_title_before_two_surnames_names_two_people(text, people):
    assert [n for _a, _b, n in titled_pairs(text)] == people
    found = actors(text)
    assert all(found[p]["type"] == "person" for p in people)


def test_a_plural_title_before_other_words_names_no_one():
    assert titled_pairs("Senators and Representatives voted; Presidents Day is a holiday.") == []
