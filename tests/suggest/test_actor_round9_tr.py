"""The ninth round's Turkish actor rules, on sentences written for these tests: Turkey's provinces
in the gazetteer ("Eskişehir'den", "Kocaeli'de"), a title or a trade before a name in a model's
guess ("Vali Ankara'da", "Gazeteci Aydın Doğan"), and a number word alone ("Seksen iki kez")."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.guess_spans import pieces
from desktop.suggest.guesses import Guesses
from desktop.suggest.mentions import place_type, turkish_organisation
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _place(text: str, start: int, end: int) -> str | None:
    found = place_type(text[start:end])
    return None if found is None else found[1]


def _pieces(text: str, guess: str, kind: str = "person") -> list[tuple[str, str]]:
    """The names :func:`pieces` cuts a Turkish model's guess ``guess`` in ``text`` to, with their kinds."""
    start = text.index(guess)
    return [(text[a:b], k) for a, b, k in pieces(text, start, start + len(guess), kind, "tr", _place)]


# ---------------------------------------------------------------- Turkey's provinces
@pytest.mark.parametrize("text, name", [
    ("Eskişehir'den geçen tren Ankara'ya vardı.", "Eskişehir"),
    ("Deprem dün Kahramanmaraş ve Hatay illerini vurdu.", "Kahramanmaraş"),
    ("Vatandaşlar Diyarbakır'da toplandı.", "Diyarbakır"),
    ("Toplantı dün Nevşehir valiliğinde yapıldı.", "Nevşehir"),
    ("İzmir'in Konak ilçesinde yangın çıktı.", "İzmir"),
])
def test_a_turkish_province_is_a_place(text, name):
    assert actors(text).get(name, {}).get("type") == "place"


@given(st.sampled_from(["Eskişehir", "Kocaeli", "Kırklareli", "Şanlıurfa", "Iğdır", "Hakkâri", "Tekirdağ"]),
       st.sampled_from(["'de", "'den", "'e", "'in", "'deki", "’da"]))
@settings(max_examples=40, deadline=None)
def test_a_province_with_a_case_ending_is_the_province(province, ending):
    text = f"Yetkililer {province}{ending} açıklama yaptı."
    found = actors(text)
    assert found.get(province, {}).get("type") == "place"


@pytest.mark.parametrize("text, word", [
    ("Ordu, sınır ötesinde yeni bir harekât başlattı.", "Ordu"),   # the army
    ("Bakan Mehmet Aydın açıklama yaptı.", "Aydın"),               # a surname
])
def test_a_province_name_that_is_as_often_a_word_or_a_surname_is_left_out(text, word):
    assert place_type(word) is None or word not in actors(text)


# ---------------------------------------------------------------- a title or a trade before a name
@pytest.mark.parametrize("guess, kept", [
    ("Vali Ankara", "Ankara"),           # the governor in Ankara
    ("Kaymakam Kırşehir", "Kırşehir"),
    ("Gazeteci Eskişehir", "Eskişehir"),
    ("Yetkililer Eskişehir", "Eskişehir"),   # officials: a noun in the plural
    ("Öğrenciler Ankara", "Ankara"),
])
def test_a_turkish_title_before_a_place_leaves_the_place(guess, kept):
    assert _pieces(f"Dün {guess}'de konuştu.", guess) == [(kept, "place")]


@pytest.mark.parametrize("guess, kept", [
    ("Gazeteci Uğur Mumcu", "Uğur Mumcu"),
    ("Yazar Orhan Pamuk", "Orhan Pamuk"),
    ("Oyuncu Türkan Şoray", "Türkan Şoray"),
])
def test_a_turkish_trade_before_a_person_is_no_part_of_the_name(guess, kept):
    assert _pieces(f"Dün {guess} törene katıldı.", guess) == [(kept, "person")]


@pytest.mark.parametrize("guess", ["Prens Edward", "Bakan Ali Koç", "Başkan Ayşe Demir"])
def test_a_title_before_a_person_stays_in_the_name(guess):
    assert _pieces(f"Dün {guess} törene katıldı.", guess) == [(guess, "person")]


def test_a_trade_before_an_organisation_stays():
    guess = "Gazeteci Yazarlar Derneği"
    assert _pieces(f"Dün {guess} toplandı.", guess, "organisation") == [(guess, "organisation")]


# ---------------------------------------------------------------- a number word alone
@pytest.mark.parametrize("text, word", [
    ("Seksen iki kez milli takımda oynadı.", "Seksen"),
    ("Yirmi yıl sonra köyüne döndü.", "Yirmi"),
    ("Kırk kişi gözaltına alındı.", "Kırk"),
])
def test_a_turkish_number_word_is_no_name(text, word):
    start = text.index(word)
    assert not Guesses(text).keep(start, start + len(word), "tr", False)
    assert word not in actors(text)


def test_a_name_that_opens_with_a_number_word_stays():
    assert Guesses("Bin Laden'in oğlu konuştu.").keep(0, 9, "tr", False)  # "Bin Laden": more than the number


# ---------------------------------------------------------------- "mali" (financial) opening a sentence
@pytest.mark.parametrize("text", [
    "Mali piyasalarda dalgalanma sürüyor.",
    "Mali konulardaki uzmanlığı biliniyor.",
    "Mali krizin etkileri sürüyor.",
])
def test_mali_opening_a_sentence_before_a_plain_noun_is_the_adjective(text):
    assert "Mali" not in actors(text)


@pytest.mark.parametrize("text", [
    "Mali ordusu saldırdı.",                 # Mali's army: a compound's possessive
    "Mali hükümetine destek verildi.",
    "Mali ve Nijer anlaştı.",
    "Fransa, Mali ordusunu eğitti.",          # mid-sentence: the capital says it
    "Mali'de seçim yapıldı.",
])
def test_mali_as_the_state_stays(text):
    assert actors(text).get("Mali", {}).get("type") == "state"


# ---------------------------------------------------------------- an institution's case ending
@pytest.mark.parametrize("text, written, name", [
    ("Eser, İstanbul Arkeoloji Müzesinde sergileniyor.", "İstanbul Arkeoloji Müzesinde", "İstanbul Arkeoloji Müzesi"),
    ("Cumhuriyet Halk Partisinin genel başkanı konuştu.", "Cumhuriyet Halk Partisinin", "Cumhuriyet Halk Partisi"),
])
def test_a_turkish_institution_is_named_without_its_case_ending(text, written, name):
    assert actors(text).get(written, {}).get("name") == name


@given(st.sampled_from(["Müzesi", "Bakanlığı", "Partisi", "Kurumu", "Derneği", "Üniversitesi"]),
       st.sampled_from(["nde", "nden", "ne", "nin", "ni", "ndeki"]))
@settings(max_examples=40, deadline=None)
def test_the_case_ending_after_an_institutions_head_is_cut_from_its_name(head, ending):
    vowel = head[-1]  # the ending keeps vowel harmony: "Bakanlığında", "Kurumunun" (not "Bakanlığınde")
    stem, ki = (ending[:-2], "ki") if ending.endswith("ki") else (ending, "")  # "-ki" keeps its vowel
    ending = "".join(vowel if c == "i" else c if vowel in "iü" else "a" if c == "e" else c for c in stem) + ki
    written = f"Türk Dil {head}{ending}"
    text = f"Kararı {written} açıkladı ve işçiler toplandı."
    start = text.index(written)
    s = actor(start, start + len(written), text, {"name": written, "type": "organisation"}, 0.65)
    assert turkish_organisation(text, s).attributes["name"] == f"Türk Dil {head}"
    assert turkish_organisation(text, replace(s, attributes={"name": written, "type": "person"})).attributes["name"] == written


def test_an_english_name_keeps_its_last_word():
    text = "The Royal Marine band played for the Wheel of Fortune."
    s = actor(4, 15, text, {"name": "Royal Marine", "type": "organisation"}, 0.65)
    assert turkish_organisation(text, s).attributes["name"] == "Royal Marine"


# ---------------------------------------------------------------- the review's defects
@pytest.mark.parametrize("text", [
    "Mali announced on Monday that French troops must leave the country.",  # English: no Turkish letter
    "Mali and Niger left ECOWAS in January.",
    "Mali has expelled the French ambassador.",
    "Mali geçiş hükümeti yeni anayasayı onayladı.",  # the possessive on the second noun: Mali's government
])
def test_mali_in_english_or_before_a_compound_of_two_nouns_is_the_state(text):
    assert actors(text).get("Mali", {}).get("type") == "state"


@pytest.mark.parametrize("text, network", [
    ("Twitter'dan yapılan açıklamada hesabın askıya alındığı belirtildi.", "Twitter"),  # the company speaks
    ("Telegram'dan yapılan açıklamaya göre uygulama güncellendi.", "Telegram"),
    ("Twitter'da çalışan mühendislerin yarısı işten çıkarıldı.", "Twitter"),
])
def test_a_turkish_network_with_a_case_ending_and_no_verb_of_writing_stays(text, network):
    assert network in actors(text)


def test_a_turkish_title_alone_is_no_name_only_in_turkish_text():
    english = "Vali Nasr, a former adviser, said the deal would hold. Vali said more talks are needed."
    assert [(s.exact, s.attributes["type"]) for s in detect(english, kinds=("actor",))] == [
        ("Vali Nasr", "person"), ("Vali", "person")]
    assert "Büyükelçi" not in actors("Büyükelçi açıklama yaptı.")


@pytest.mark.parametrize("text, name, kind", [
    ("Bakan Muş, Ankara'da gazetecilerin sorularını yanıtladı.", "Bakan Muş", "person"),  # no case ending: the surname
    ("Ticaret Bakanı Mehmet Muş açıklama yaptı. Muş, ihracatın arttığını söyledi.", "Muş", "person"),
    ("Vali Ankara'da konuştu.", "Ankara", "place"),
    ("Ağrı'da deprem oldu.", "Ağrı", "place"),
    ("Tokat ilinde yağmur etkili oldu.", "Tokat", "place"),
    ("Ağrı ve Van'da kar yağdı.", "Ağrı", "place"),
])
def test_a_province_that_is_also_a_surname_or_a_word_is_the_place_only_with_an_ending(text, name, kind):
    assert actors(text).get(name, {}).get("type") == kind


def test_a_surname_that_is_a_province_links_to_the_person_named_before():
    text = "Ticaret Bakanı Mehmet Muş açıklama yaptı. Muş, ihracatın arttığını söyledi."
    assert actors(text)["Muş"]["name"] == "Mehmet Muş"


@pytest.mark.parametrize("text, word", [
    ("Ağrı kesici ilaçların satışı geçen yıl yüzde 30 arttı.", "Ağrı"),   # pain
    ("Ağrı şikayetiyle hastaneye başvuranların sayısı arttı.", "Ağrı"),
    ("Tokat atan futbolcuya dört maç ceza verildi.", "Tokat"),              # a slap
    ("Sakarya Büyükşehir Belediyesi yeni otobüsler aldı.", "Sakarya"),      # an institution's name
    ("Yalova Belediyesi açıklama yaptı.", "Yalova"),
    ("Diyarbakır Barosu açıklama yaptı.", "Diyarbakır"),
    ("Hatay Havalimanı yeniden açıldı.", "Hatay"),
])
def test_a_province_as_a_common_word_or_in_an_institutions_name_is_no_place(text, word):
    assert word not in actors(text)


@given(st.sampled_from(["Sakarya", "Yalova", "Diyarbakır", "Hatay", "Eskişehir", "Kocaeli", "Muğla"]),
       st.sampled_from(["Büyükşehir Belediyesi", "Belediyesi", "Valiliği", "Barosu", "Havalimanı", "Üniversitesi"]))
@settings(max_examples=40, deadline=None)
def test_a_province_before_an_institutions_head_is_no_place(province, head):
    found = actors(f"{province} {head} yeni bir açıklama yaptı.")
    assert found.get(province, {}).get("type") != "place"


@pytest.mark.parametrize("text, exact, name", [
    ("Fenerbahçe, hazırlık maçında ACF Fiorentina ile karşılaştı.", "ACF Fiorentina", "ACF Fiorentina"),  # no harmony
    ("Cumhuriyet Halk Partisinin adayı açıklandı.", "Cumhuriyet Halk Partisinin", "Cumhuriyet Halk Partisi"),
    ("Türk Tarih Kurumunun raporu yayımlandı.", "Türk Tarih Kurumunun", "Türk Tarih Kurumu"),
])
def test_a_turkish_institutions_ending_goes_only_where_it_keeps_vowel_harmony(text, exact, name):
    assert actors(text)[exact]["name"] == name


def test_the_harmony_of_an_ending_after_the_possessive():
    s = actor(0, 14, "ACF Fiorentina", {"name": "ACF Fiorentina", "type": "organisation"}, 0.7)
    assert turkish_organisation("ACF Fiorentina ğ", s).attributes["name"] == "ACF Fiorentina"
