"""The tenth round's Turkish actor rules, on sentences written for these tests: a person named after
a trade ("Sanatçı Gülin Tokat": the person, not the province alone) and a plural noun with a case
ending glued on ("Adventistlerin", "Yetkililerden": a common noun, no name)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.guesses import Guesses
from desktop.suggest.names import places_named_after_noun
from desktop.suggest.trades import trade_people


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _no_place(_text: str, _start: int, _end: int) -> bool:
    return False


@pytest.mark.parametrize("text, written", [
    ("Sanatçı Gülin Tokat yeni albümünü tanıttı.", "Gülin Tokat"),
    ("Törene ünlü sanatçı Gülin Tokat da katıldı.", "Gülin Tokat"),
    ("Gazeteci Uğur Mumcu'nun kitapları yeniden basıldı.", "Uğur Mumcu"),
    ("Dün akşam avukat Ayşe Nur Demir açıklama yaptı.", "Ayşe Nur Demir"),
])
def test_a_person_named_after_a_trade_is_the_person(text, written):
    found = actors(text)
    assert found.get(written, {}).get("type") == "person"
    assert found[written]["name"] == written


def test_the_province_in_a_persons_name_after_a_trade_is_no_place():
    found = actors("Sanatçı Gülin Tokat yeni albümünü tanıttı.")
    assert "Tokat" not in found
    assert all(a.get("type") != "place" for a in found.values())


@pytest.mark.parametrize("text", [
    "Gazeteci Ankara Kalesi'ni gezdi.",  # a place's name after the trade
    "Yazar Ahmet Hamdi Tanpınar Enstitüsü'nde konuştu.",  # more capitalised words: another name
    "Sanatçı Tokat'a geldi.",  # one word: no full name
])
def test_no_person_after_a_trade_when_the_words_are_no_full_name(text):
    spans = [text[a:b] for a, b, _n, _r in trade_people(text, lambda t, a, b: t[a:b] in ("Ankara", "Tokat"))]
    assert spans == []


@given(st.sampled_from(["Gazeteci", "gazeteci", "Yazar", "yazar", "Avukat", "İşadamı", "işadamı", "Sanatçı"]),
       st.sampled_from(["Elif Şafak", "Kemal Sunal", "Ali Rıza Bey", "Zeynep Ökten"]),
       st.sampled_from(["", "'in", "'a", "'ya", "’nın"]))
@settings(max_examples=60, deadline=None)
def test_the_name_after_a_trade_is_cut_before_its_case_ending(trade, name, ending):
    text = f"Bugün {trade} {name}{ending} bir ödül verildi."
    assert [n for _a, _b, n, _r in trade_people(text, _no_place)] == [name]


@pytest.mark.parametrize("word", ["Adventistlerin", "Yetkililerden", "Öğrencilerle", "Askerlerde", "Çocukların"])
def test_a_plural_with_a_case_ending_is_no_name(word):
    text = f"{word} bu grubu toplandı."
    assert not Guesses(text).keep(0, len(word), "tr", False)


@pytest.mark.parametrize("word", ["Clara", "Valerin", "Beatles", "Kellerman", "Müller", "Yeşiller"])
def test_a_name_that_looks_like_a_plural_stays(word):
    text = f"{word} bu grubu toplandı."
    assert Guesses(text).keep(0, len(word), "tr", False)


@pytest.mark.parametrize("text, written", [
    ("Petrol İşçileri Sendikası yeni bir grev kararı aldı.", "Petrol İşçileri Sendikası"),
    ("Açıklama Çevre Koruma Vakfı'ndan geldi.", "Çevre Koruma Vakfı"),
    ("Karar Bakanlar Kurulu'nda görüşüldü.", "Bakanlar Kurulu"),
    ("Dün Türkiye Futbol Federasyonu açıklama yaptı.", "Türkiye Futbol Federasyonu"),
    ("Ankara Büyükşehir Belediyesi yeni otobüsler aldı.", "Ankara Büyükşehir Belediyesi"),
    ("Dosya İstanbul Cumhuriyet Başsavcılığı'na gönderildi.", "İstanbul Cumhuriyet Başsavcılığı"),
    ("Dava Anayasa Mahkemesi'nde sürüyor.", "Anayasa Mahkemesi"),
])
def test_a_turkish_organisation_by_its_head_word(text, written):
    found = actors(text)
    hits = [w for w, a in found.items() if written in w and a.get("type") == "organisation"]
    assert hits, found


@pytest.mark.parametrize("text, written", [
    ("Toplantıya Türk Tabipleri Birliği de katıldı.", "Türk Tabipleri Birliği"),
    ("Açıklamayı Çevre Koruma Derneği yaptı.", "Çevre Koruma Derneği"),
    ("Türkiye Barolar Birliği açıklama yaptı.", "Türkiye Barolar Birliği"),  # a state, not a noun's ending
])
def test_a_noun_with_a_case_ending_opening_the_sentence_is_no_part_of_the_organisation(text, written):
    found = actors(text)
    assert found.get(written, {}).get("type") == "organisation", found


def test_a_place_after_a_turkish_organisations_head_is_a_name_of_its_own():
    found = actors("Petrol İşçileri Sendikası Irak'taki işgale son verilmesini istedi.")
    assert found.get("Petrol İşçileri Sendikası", {}).get("type") == "organisation"
    assert found.get("Irak", {}).get("type") == "state"


@pytest.mark.parametrize("text, name, role", [
    ("Bakan Fidan Bakü'de temaslarda bulundu.", "Fidan", "Bakan"),
    ("Dün Vali Ali Yerlikaya Ankara'da konuştu.", "Ali Yerlikaya", "Vali"),
    ("Başkan Yardımcısı Ali Veli konuştu.", "Ali Veli", "Başkan Yardımcısı"),
])
def test_a_person_named_after_a_turkish_title_keeps_the_title_as_role(text, name, role):
    found = {n: r for _a, _b, n, r in trade_people(text, lambda t, a, b: t[a:b] in ("Ankara", "Bakü"))}
    assert found == {name: role}
    assert any(a.get("type") == "person" and name in a.get("name", "") for a in actors(text).values())


@pytest.mark.parametrize("text, place", [
    ("Bakan Fidan Bakü'de temaslarda bulundu.", "Bakü"),  # the place after a wrong person's span stays
    ("Gazeteci Ali Can Ankara'da yaşıyor.", "Ankara"),
    ("Ayşe Nur Demir Bakü'den döndü.", "Bakü"),
])
def test_a_place_where_after_a_persons_name_is_a_place_of_its_own(text, place):
    found = actors(text)
    assert found.get(place, {}).get("type") == "place"
    assert all(place not in w for w in found if w != place)


@pytest.mark.parametrize("text", [
    "Vali Konağı'nda tören yapıldı.",  # the governor's mansion
    "Başkan Ankara'ya gitti.",  # the place where
    "Vali Bey toplantıya katıldı.",  # an honorific alone
    "En iyi romanı Başkan Babamızın Sonbaharı oldu.",  # a novel's title
])
def test_no_person_after_a_title_when_the_word_is_no_name(text):
    assert trade_people(text, lambda t, a, b: t[a:b] == "Ankara") == []


def test_a_surname_that_is_a_province_stays_in_the_name_with_a_persons_ending():
    found = actors("Ödül sanatçı Gülin Tokat'ın oldu.")
    assert found.get("Gülin Tokat", {}).get("type") == "person"


@pytest.mark.parametrize("text, places", [
    ("Bölgede Resne, Manastır ve Pirlepe şehirleri yer alır.", ["Resne", "Manastır", "Pirlepe"]),
    ("Siming ve Huli ilçeleri birlikte yönetilir.", ["Siming", "Huli"]),
    ("Selde Yeşilköy, Karaağaç ve Dereli köyleri zarar gördü.", ["Yeşilköy", "Karaağaç", "Dereli"]),
])
def test_each_name_of_a_list_before_a_plural_settlement_noun_is_a_place(text, places):
    found = [text[a:b] for a, b in places_named_after_noun(text)]
    assert sorted(found) == sorted(places)


def test_a_list_stops_at_a_word_without_a_separator():
    text = "Kazada Akça ve Dereli köyleri arasındaki yol kapandı."
    assert sorted(text[a:b] for a, b in places_named_after_noun(text)) == ["Akça", "Dereli"]
