"""The thirteenth round's Turkish actor rules, on sentences written for these tests: a person named with a Turkish
given name before a work's noun is its maker, a year in brackets dates a title, "Akşam"/"Sabah" opening a sentence
before "gazetesi" name the paper only where the sentence speaks of its reporting, a person's name before one of
Turkey's central bodies is the person, then the body, a news noun opening a sentence is no organisation, and an
encyclopaedia's sentence that defines its first name as a work, a product or a kind of thing makes it no actor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.turkish_words import GIVEN_NAMES, is_surname
from desktop.suggest import detect
from desktop.suggest.works import defined_as_thing


def actors(text: str) -> dict[str, str]:
    return {s.exact: str(s.attributes.get("type")) for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- A: the left-alone defects
@pytest.mark.parametrize(("text", "person"), [
    ("Oyuncu, Cem Yılmaz filminde başrol oynadı.", "Cem Yılmaz"),
    ("Genç oyuncu, Zeynep Arslan dizisinde ilk kez rol aldı.", "Zeynep Arslan"),
    ("Sanatçı, Hakan Öztürk albümünde iki parça okudu.", "Hakan Öztürk"),
])
def test_a_person_with_a_turkish_given_name_before_a_works_noun_is_the_maker(text: str, person: str) -> None:
    assert actors(text).get(person) == "person"


@pytest.mark.parametrize(("text", "title"), [
    ("Oyuncu, Teen Wolf dizisinden sonra Londra'ya taşındı.", "Teen Wolf"),  # no given name: still a title
    ("Kara Orman ( 2011 ) filminde iki kardeşin hikâyesi anlatılır.", "Kara Orman"),  # a year in brackets
    ("Silver Lake ( 1999 ) filminde genç bir dedektif oynadı.", "Silver Lake"),
])
def test_a_title_without_a_given_name_or_dated_in_brackets_stays_a_work(text: str, title: str) -> None:
    assert title not in actors(text)


@pytest.mark.parametrize("text", [
    "Akşam gazetesi eve geldi.",
    "Sabah gazetesi masanın üstünde duruyordu.",
    "Dün akşam gazetesi kapıya bırakıldı.",
])
def test_the_evening_or_morning_paper_is_no_newspaper_by_name(text: str) -> None:
    assert not any(t == "organisation" for t in actors(text).values())


@pytest.mark.parametrize(("text", "paper"), [
    ("Akşam gazetesi dün bu konuda bir haber yayımladı.", "Akşam"),
    ("Sabah gazetesinin yazdığına göre toplantı ertelendi.", "Sabah"),
    ("Hürriyet gazetesi eve geldi.", "Hürriyet"),  # no time of day: Turkey's paper as before
])
def test_a_paper_that_reports_keeps_its_name(text: str, paper: str) -> None:
    assert actors(text).get(paper) == "organisation"


@pytest.mark.parametrize(("text", "person", "body"), [
    ("Erdoğan Sağlık Bakanlığı'nı ziyaret etti.", "Erdoğan", "Sağlık Bakanlığı"),
    ("Kılıçdaroğlu Adalet Bakanlığı'nı sert bir dille eleştirdi.", "Kılıçdaroğlu", "Adalet Bakanlığı"),
    ("Mehmet Anayasa Mahkemesi önünde bekledi.", "Mehmet", "Anayasa Mahkemesi"),
    ("Selin Demirtaş Sağlık Bakanlığı'na dilekçe verdi.", "Selin Demirtaş", "Sağlık Bakanlığı"),
    ("Cumhurbaşkanı Erdoğan Adalet Bakanlığı'na yeni bir atama yaptı.", "Cumhurbaşkanı Erdoğan", "Adalet Bakanlığı"),
])
def test_a_person_before_a_central_body_is_the_person_then_the_body(text: str, person: str, body: str) -> None:
    found = actors(text)
    assert found.get(person) == "person"
    assert found.get(body) == "organisation"


@pytest.mark.parametrize(("text", "body"), [
    ("Haber Sağlık Bakanlığı'nı kızdırdı.", "Sağlık Bakanlığı"),  # a common noun: no person
    ("Hamas Sağlık Bakanlığı yeni rakamları paylaştı.", "Hamas Sağlık Bakanlığı"),  # the movement's ministry
])
def test_no_person_is_made_of_a_common_word_or_a_movement(text: str, body: str) -> None:
    found = actors(text)
    assert found.get(body) == "organisation"
    assert "person" not in found.values()


@pytest.mark.parametrize("text", [
    "Rapor Kasım 2023'te yayımlandı.",
    "Soruşturma Mart 2022'de başladı.",
    "Anket Ekim ayında yapıldı.",
])
def test_a_news_noun_opening_a_sentence_is_no_actor(text: str) -> None:
    assert actors(text) == {}


def test_a_news_noun_opening_a_sentence_is_no_part_of_the_place_after_it() -> None:
    assert actors("Toplantı Ankara'da yapıldı.") == {"Ankara": "place"}


def test_a_place_in_a_bodys_name_keeps_the_name_whole() -> None:
    # the model's person "Ekip Boston" runs into a place: no person is cut off the association's name
    found = actors("Ekip Boston Film Eleştirmenleri Derneği tarafından ödül aldı.")
    assert "Film Eleştirmenleri Derneği" not in found


def test_a_news_noun_written_with_a_capital_mid_sentence_is_left_to_the_model() -> None:
    # the check only drops it when the text never writes it as a name inside a sentence
    from desktop.suggest.guesses import Guesses
    text = "Rapor çıktı. Dergi, Rapor adlı bir ödül verdi."
    assert Guesses(text).keep(0, 5, "tr", False, "organisation")


@given(st.sampled_from(sorted(GIVEN_NAMES)))
def test_no_given_name_is_read_as_a_family_name(name: str) -> None:
    assert not is_surname(name)


# ---------------------------------------------------------------- B: things an encyclopaedia defines
@pytest.mark.parametrize(("text", "name"), [
    ("Gölge Avcısı , 2014 yılında çıkan bir bilgisayar oyunudur .", "Gölge Avcısı"),
    ("Kırpıntı , yaygın bir kart oyunu türüdür .", "Kırpıntı"),
    ("Tanager Coupe , Tanager'in 2001 yılından beri ürettiği otomobil modelidir .", "Tanager Coupe"),
    ("Pulsoron bir tür enerji depolama aygıtıdır .", "Pulsoron"),
    ("Rüzgar Gülü , grubun ikinci stüdyo albümüdür .", "Rüzgar Gülü"),
    ("Mavi Tavşan , bir Amerikan animasyon televizyon serisidir .", "Mavi Tavşan"),  # the copula: Turkish
])
def test_a_name_an_encyclopaedia_defines_as_a_thing_is_no_actor(text: str, name: str) -> None:
    start = text.index(name)
    assert defined_as_thing(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Karaca Holding , 1975 yılında kurulan bir sanayi şirketidir .", "Karaca Holding"),
    ("Mert Yalın , Türk pop şarkıcısıdır .", "Mert Yalın"),  # the singer, not the song
    ("Rüzgar Gülü'nün ikinci stüdyo albümüdür .", "Rüzgar Gülü"),  # a case ending: not the subject
    ("Ayla Deniz ve Ali Kaya'nın yaptığı 1950 yapımı film .", "Ayla Deniz"),  # the makers, not the name defined
    ("Oyuncu , Gölge Avcısı adlı bir bilgisayar oyunudur .", "Gölge Avcısı"),  # not opening the sentence
    ("Apple, the company, released a film.", "Apple"),  # English: a film is no definition
])
def test_a_body_a_person_or_a_name_not_defined_is_no_thing(text: str, name: str) -> None:
    start = text.index(name)
    assert not defined_as_thing(text, start, start + len(name))


# ---------------------------------------------------------------- the review's fixes
@pytest.mark.parametrize(("text", "person"), [
    ("Kendall Jenner, Amerikalı bir modeldir.", "Kendall Jenner"),  # a fashion model: no compound's possessive
    ("Gisele Bündchen, Brezilyalı bir modeldir.", "Gisele Bündchen"),
    ("Tarkan, Türk pop müziğinin en tanınmış adıdır.", "Tarkan"),  # a name of pop music: a person
    ("Sezen Aksu, Türk pop müziğinin en önemli adıdır.", "Sezen Aksu"),
])
def test_a_person_a_sentence_calls_a_model_or_a_name_stays_a_person(text: str, person: str) -> None:
    assert actors(text).get(person) == "person"


def test_a_product_a_sentence_calls_a_model_in_the_compound_stays_no_actor() -> None:
    text = "Tanager Coupe , Tanager'in ürettiği otomobil modelidir ."
    assert defined_as_thing(text, 0, len("Tanager Coupe"), "organisation")
    assert not defined_as_thing("Kendall Jenner, Amerikalı bir modeldir.", 0, len("Kendall Jenner"), "person")


def test_a_word_a_sentence_calls_a_name_given_to_things_stays_no_actor() -> None:
    text = "Walkie talkie , elde taşınan portatif telsizlere verilen addır ."  # "the name given to": no person's
    assert defined_as_thing(text, 0, len("Walkie"), "person")


@pytest.mark.parametrize("text", ["Sabah gazetesi masada duruyordu.", "Sabah gazetesi eve geldi."])
def test_the_morning_paper_the_model_guesses_is_no_title_either(text: str) -> None:
    assert "Sabah" not in actors(text)


def test_the_morning_paper_that_reports_stays_the_title() -> None:
    assert actors("Sabah gazetesi dün bu konuda bir haber yayımladı.").get("Sabah") == "organisation"


@pytest.mark.parametrize("text", ["Çocuklar Ali Baba filmini izledi.", "Dün akşam Ayşe Teyze dizisi başladı."])
def test_a_given_name_with_a_characters_word_before_a_works_noun_is_a_title(text: str) -> None:
    assert not any(t == "person" for t in actors(text).values())


@pytest.mark.parametrize("text", ["Bakan Kemal Sağlık Bakanlığı'na gitti.",
                                  "Bakan Kemal Sağlık Bakanlığı'ndaki toplantıya katıldı."])
def test_a_given_name_after_a_title_before_a_ministry_is_no_part_of_it(text: str) -> None:
    found = actors(text)
    assert found.get("Sağlık Bakanlığı") == "organisation" and found.get("Kemal") == "person", found
