"""The reviewer's sentences against the tenth round's Turkish actor rules (sentences written for
these tests): an organisation's head word takes no opener, title, person or noun with a case ending
into the name; a trade's or title's person runs on into no month, trade, place or organisation; a
plural region ("Balkanlarda") stays a place."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.trades import trade_people


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _orgs(text: str) -> list[str]:
    return [w for w, a in actors(text).items() if a.get("type") == "organisation"]


@pytest.mark.parametrize("text, written", [
    ("Bugün Anayasa Mahkemesi kararını açıkladı.", "Anayasa Mahkemesi"),
    ("Ancak Yüksek Seçim Kurulu itirazı reddetti.", "Yüksek Seçim Kurulu"),
    ("Öğrenciler Türk Eğitim Vakfı bursu aldı.", "Türk Eğitim Vakfı"),
    ("Açıklamada Ankara Valiliği yasağı duyurdu.", "Ankara Valiliği"),
    ("Ülkemizde Lenin Vakfı yok.", "Lenin Vakfı"),
    ("Vali Ankara Büyükşehir Belediyesi'ni ziyaret etti.", "Ankara Büyükşehir Belediyesi"),
    ("Dün Ankara Büyükşehir Belediyesi meclisi toplandı.", "Ankara Büyükşehir Belediyesi"),
    ("Sanık Ahmet Kaya Ankara Cumhuriyet Başsavcılığı'na ifade verdi.", "Ankara Cumhuriyet Başsavcılığı"),
    ("Bakan Ali Yerlikaya Ankara Valiliği'ni ziyaret etti.", "Ankara Valiliği"),
    ("Erdoğan'ın Anayasa Mahkemesi kararına tepkisi sert oldu.", "Anayasa Mahkemesi"),
    ("Siyasetçi Ali Babacan'ın Deva Partisi kongresi toplandı.", "Deva Partisi"),
])
def test_a_turkish_organisation_takes_no_word_before_its_name(text, written):
    assert _orgs(text) == [written]


@pytest.mark.parametrize("text, person", [
    ("Sanık Ahmet Kaya Ankara Büyükşehir Belediyesi'ne dava açtı.", "Ahmet Kaya"),
    ("Bakan Ali Yerlikaya Ankara Valiliği'ni ziyaret etti.", "Ali Yerlikaya"),
])
def test_the_person_before_a_turkish_organisation_stays_a_person(text, person):
    assert any(person in w and a.get("type") == "person" for w, a in actors(text).items())


@pytest.mark.parametrize("text, name", [
    ("Yazar Orhan Pamuk Ekim ayında yeni romanını yayımlayacak.", "Orhan Pamuk"),
    ("Gazeteci Yazar Ahmet Altan tahliye edildi.", "Ahmet Altan"),
    ("Müdür Ahmet Bey Ocak ayında emekli olacak.", "Ahmet Bey"),
])
def test_a_name_after_a_trade_stops_before_a_month_and_takes_no_trade(text, name):
    assert [n for _a, _b, n, _r in trade_people(text, lambda t, a, b: False)] == [name]


@pytest.mark.parametrize("text", [
    "Futbolcu Galatasaray Kulübü'ne transfer oldu.",
    "Başkan Trump Beyaz Saray'da konuştu.",
    "Oyuncu Kerem Bürsin Netflix dizisinde rol alacak.",
])
def test_no_person_running_on_into_an_organisation_or_place(text):
    found = actors(text)
    assert not any(a.get("type") == "person" and ("Kulübü" in w or "Saray" in w or "Netflix" in w)
                   for w, a in found.items()), found


@pytest.mark.parametrize("text, written", [
    ("Türkiye, Balkanlarda barışın korunmasını istiyor.", "Balkanlarda"),
    ("Dışişleri Bakanı Fidan, Kafkaslarda kalıcı barış çağrısı yaptı.", "Kafkaslarda"),
])
def test_a_plural_region_with_a_case_ending_stays_a_place(text, written):
    assert actors(text).get(written, {}).get("type") == "place"


@pytest.mark.parametrize("text", ["Yönetim Kurulu toplantısı yarın yapılacak.",
                                  "Rüzgar Enerjisi Kurulu Gücü Rekor Kırdı"])
def test_a_board_or_installed_capacity_is_no_organisation(text):
    assert _orgs(text) == []


def test_a_numbered_court_keeps_its_number_and_city():
    assert _orgs("Dava İstanbul 13. Ağır Ceza Mahkemesi'nde görüldü.") == ["İstanbul 13. Ağır Ceza Mahkemesi"]


def test_a_number_opens_no_court():
    found = _orgs("Faiz yüzde 15. Merkez Bankası kararı bekleniyor.")
    assert "Merkez Bankası" in found and not any(w[:1].isdigit() for w in found)
