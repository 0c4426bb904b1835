"""The twelfth round's Turkish actor rules, on sentences written for these tests: a title of a work (a film, a
series, an album, a song, a book) marked by the noun of its kind, by "adlı"/"isimli" or by quotes is no actor
(:mod:`desktop.suggest.works`), while the maker or owner named before such a noun stays one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.works import title_of_work


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _nowhere(_text: str, _start: int, _end: int) -> bool:
    return False


def is_title(text: str, name: str, kind: str = "person", full_people: tuple[str, ...] = ()) -> bool:
    start = text.index(name)
    return title_of_work(text, start, start + len(name), _nowhere, kind,
                         lambda n: any(p.endswith(" " + n) for p in full_people))


# ---------------------------------------------------------------- end to end
def test_a_series_named_before_its_noun_is_no_actor() -> None:
    found = actors("Oyuncu, Teen Wolf dizisinden sonra Londra'ya taşındı.")
    assert "Teen Wolf" not in found
    assert found["Londra"]["type"] == "place"


@pytest.mark.parametrize(("text", "name"), [
    ("Amerikalı yönetmen Steven Spielberg 1975 yılında Jaws filmini çekti; bu Spielberg filmi büyük başarı kazandı.",
     "Spielberg"),  # the director's surname, named in full before
    ("Şirketin kurucusu Walt Disney filmi kendisi yönetti.", "Walt Disney"),  # "filmi": the film, accusative
    ("Disney filmleri arasında en çok izlenen Aslan Kral oldu.", "Disney"),  # the studio
    ("Güney Kore dizisi Kış Sonatı Japonya'da büyük ilgi gördü.", "Güney Kore"),  # where the series is from
    ("Ahmet Ümit'in romanı Patasana 2000 yılında yayımlandı.", "Ahmet Ümit"),  # the author, in the genitive
    ("Tarkan 1994 yılında Aacayipsin albümünü yayımladı.", "Tarkan"),
])
def test_the_maker_before_a_works_noun_stays_an_actor(text: str, name: str) -> None:
    assert name in actors(text)


# ---------------------------------------------------------------- the rule
@pytest.mark.parametrize(("text", "name"), [
    ("Oyuncu, geçen yıl vizyona giren Gece Yarısı Treni filminde başrol oynadı.", "Gece Yarısı Treni"),
    ("Yönetmenliğini üstlendiği Kırmızı Kapı filmi ile ödül aldı.", "Kırmızı Kapı"),
    ("Yazar, Kırmızı Balon adlı romanıyla büyük bir ödül aldı.", "Kırmızı Balon"),
    ("Grup, \"Sessiz Liman\" adlı ikinci stüdyo albümünü yayımladı.", "Sessiz Liman"),
    ("Grup, \"Burning Tokyo\" isimli ilk konser albümünü çıkardı.", "Tokyo"),  # a part of a quoted title
    ("Şarkıcının en sevilen şarkıları, \"Deniz Feneri\", \"Mavi Kapı\" ve \"Yaz Gecesi\" oldu.", "Mavi Kapı"),
    ("Şarkıcının en sevilen şarkıları, \"Deniz Feneri\", \"Mavi Kapı\" ve \"Yaz Gecesi\" oldu.", "Yaz Gecesi"),
    ("Kitabın uyarlaması Silent Winter ( Sessiz Kış ) adlı filmle başladı.", "Silent Winter"),
    ("Genç kadın, Buffy the Vampire Slayer dizisinde küçük bir rol aldı.", "Buffy"),  # a part of the title
    ("Ayrıca Kayıp Şehir kart oyunu Japonya'da da satıldı.", "Kayıp Şehir"),
    ("Bu sahne Gümüş Nehir ( 1998 ) filminde yer alır.", "Gümüş Nehir"),
])
def test_a_title_before_its_noun_or_after_adli_or_in_quotes_is_a_work(text: str, name: str) -> None:
    assert is_title(text, name)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Ahmet Yılmaz'ın filmi Cannes'da gösterildi.", "Ahmet Yılmaz", "person"),  # his film
    ("Geçen hafta vizyona giren bir Nuri Bilge Ceylan filmi büyük ilgi gördü.", "Nuri Bilge Ceylan", "person"),
    ("Bu yaz çekilen Netflix dizisi büyük ilgi gördü.", "Netflix", "organisation"),
    ("Eleştirmenler yeni HBO dizisini övdü.", "HBO", "organisation"),
    ("Kore dizisi Sarayın Gülü çok sevildi.", "Kore", "state"),
    ("Sezen Aksu albümünü geçen hafta tanıttı.", "Sezen Aksu", "person"),  # her album: the subject
    ("Kenan Doğulu şarkısında aşkı anlatıyor.", "Kenan Doğulu", "person"),
    ("Şirketin kurucusu Walt Disney filmi kendisi yönetti.", "Walt Disney", "person"),
    ("Tarkan Şımarık şarkısını söyledi.", "Tarkan", "person"),  # the singer, then the song
    ("Yazar, Kırmızı Balon adlı bir şirket kurdu.", "Kırmızı Balon", "organisation"),  # "adlı" a company
    ("Hürriyet gazetesi olayı manşetten verdi.", "Hürriyet", "organisation"),  # a newspaper is an organisation
])
def test_a_maker_owner_or_company_before_the_noun_is_no_work(text: str, name: str, kind: str) -> None:
    assert not is_title(text, name, kind)


def test_a_surname_named_in_full_elsewhere_is_the_maker() -> None:
    text = "Bu yıl çekilen Spielberg filmi çok beğenildi."
    assert is_title(text, "Spielberg")
    assert not is_title(text, "Spielberg", full_people=("Steven Spielberg",))


_NOUNS = ["filmi", "dizisi", "albümü", "şarkısı", "romanı", "kitabı", "öyküsü", "oyunu", "belgeseli", "şiiri"]
_CASES = ["", "nde", "nin", "ne", "nden", "yle"]


@given(st.sampled_from(_NOUNS), st.sampled_from(_CASES), st.sampled_from(["'in", "'nın", "'un", "'ün", "'ın"]))
def test_a_name_with_a_case_ending_before_the_noun_is_never_a_work(noun: str, case: str, genitive: str) -> None:
    text = f"Geçen yıl Deniz Kaya{genitive} {noun}{case} hakkında yazdılar."
    assert not is_title(text, "Deniz Kaya")


@given(st.sampled_from(_NOUNS + ["film", "albüm", "roman", "eser", "tablo"]), st.sampled_from(_CASES + ["de", "den"]),
       st.sampled_from(["adlı", "isimli", "adındaki"]))
def test_a_quoted_name_before_adli_and_a_works_noun_is_always_a_work(noun: str, case: str, named: str) -> None:
    text = f"Sanatçı \"Gece Kuşu\" {named} {noun}{case} ile tanındı."
    assert is_title(text, "Gece Kuşu", "organisation")


# ---------------------------------------------------------------- the known items
@pytest.mark.parametrize("text", [
    "KKTC Anayasa Mahkemesi dün kararını açıkladı.",
    "Mahkeme kararı KKTC Anayasa Mahkemesi tarafından verildi.",
])
def test_the_trnc_constitutional_court_is_one_organisation(text: str) -> None:
    found = actors(text)
    assert found["KKTC Anayasa Mahkemesi"]["type"] == "organisation"
    assert "Anayasa Mahkemesi" not in found


@pytest.mark.parametrize(("text", "state"), [
    ("KKTC'de seçimler yapıldı.", "KKTC"),
    ("The TRNC is recognised only by Turkey.", "TRNC"),
])
def test_northern_cyprus_is_a_state(text: str, state: str) -> None:
    assert actors(text)[state] == {"name": "Northern Cyprus", "type": "state"}


@pytest.mark.parametrize(("text", "body"), [
    ("Hamas Sağlık Bakanlığı yeni rakamları paylaştı.", "Hamas Sağlık Bakanlığı"),
    ("Taliban İçişleri Bakanlığı bir açıklama yaptı.", "Taliban İçişleri Bakanlığı"),
    ("Kararı Sağlık Bakanlığı verdi.", "Sağlık Bakanlığı"),  # a common noun with its possessive: no government
    ("Ayrıca Sağlık Bakanlığı yeni bir genelge yayımladı.", "Sağlık Bakanlığı"),
])
def test_a_government_before_its_ministry_is_part_of_its_name(text: str, body: str) -> None:
    found = actors(text)
    assert found[body]["type"] == "organisation"
    assert not any(e != body and e.endswith(" Bakanlığı") for e in found)


def test_a_person_before_a_court_stays_apart() -> None:
    found = actors("Erdoğan Anayasa Mahkemesi kararını eleştirdi.")
    assert found["Anayasa Mahkemesi"]["type"] == "organisation"


@pytest.mark.parametrize("text", ["AB zirvesi yarin basliyor.", "AB'nin yeni kararlari aciklandi."])
def test_a_turkish_acronym_before_a_turkish_ending_names_its_body_without_turkish_letters(text: str) -> None:
    assert actors(text)["AB"] == {"name": "European Union", "type": "organisation"}


@pytest.mark.parametrize("text", ["The AB test showed a clear winner.", "BAE said it won a contract."])
def test_a_turkish_acronym_in_english_text_is_not_its_body(text: str) -> None:
    assert all(a.get("name") not in ("European Union", "United Arab Emirates") for a in actors(text).values())


@pytest.mark.parametrize(("text", "paper"), [
    ("Hürriyet gazetesi dün yeni bir anket yayımladı.", "Hürriyet"),
    ("Sözcü gazetesinin haberine göre anket dün yapıldı.", "Sözcü"),
])
def test_a_national_paper_opening_a_text_is_an_organisation(text: str, paper: str) -> None:
    assert actors(text)[paper]["type"] == "organisation"


@pytest.mark.parametrize("text", ["Okul gazetesi bu ay çıkmadı.", "Spor gazetesi maçı manşetten verdi."])
def test_a_common_noun_before_gazetesi_opening_a_text_is_none(text: str) -> None:
    assert actors(text) == {}


def test_a_quoted_name_after_a_works_noun_in_another_case_is_no_title() -> None:
    text = "Oyuncu, \"Gece Treni\" dizisinde \"Kaptan Rıza\" karakterini canlandırdı."
    assert is_title(text, "Gece Treni")
    assert not is_title(text, "Kaptan Rıza")


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Gece Bekçisi , ( orijinal adı The Night Watch ) , 1999 yapımı bir filmdir .", "Gece Bekçisi", True),
    ("Gece Bekçisi , ( orijinal adı The Night Watch ) , 1999 yapımı bir filmdir .", "The Night Watch", True),
    ("Dizinin orijinal adı Yeni Sabah'tır .", "Yeni Sabah", True),
    ("Şehrin eski adı Konstantinopolis'tir .", "Konstantinopolis", False),  # a place's former name
    ("Sanatçının asıl adı Ayşe Kaya'dır .", "Ayşe Kaya", False),  # a person's own name
])
def test_an_original_title_is_a_work(text: str, name: str, title: bool) -> None:
    assert is_title(text, name) is title


@pytest.mark.parametrize(("text", "term"), [
    ("Program Mac OS X ve Linux üzerinde çalışır.", "OS"),
    ("Bilgisayar DNS sunucusuna bağlanamadı.", "DNS"),
    ("Cihaz USB kablosu ile şarj edilir.", "USB"),
    ("Telefonun IMEI numarası kutunun üzerinde yazar.", "IMEI"),
    ("Şarkıcı R&B ve pop şarkıları söylüyor.", "R&B"),
    ("The laptop has two USB ports and runs Mac OS X.", "USB"),
])
def test_a_computing_term_in_capitals_is_no_organisation(text: str, term: str) -> None:
    assert term not in actors(text)


def test_the_football_conference_stays_an_organisation() -> None:
    assert "NFC" in actors("Seattle Seahawks 1976'da NFC'den lige katıldı.")


# ---------------------------------------------------------------- the review's fixes
@pytest.mark.parametrize(("text", "name"), [
    ("Olay yerinde Ayşe Kaya adlı genç bir oyuncu yaralandı.", "Ayşe Kaya"),  # "oyuncu": a player, no "oyun"
    ("Mehmet Demir adlı şarkıcı dün konser verdi.", "Mehmet Demir"),  # a singer, no song
    ("Polis, Ali Yılmaz isimli bir kitapçıyı gözaltına aldı.", "Ali Yılmaz"),  # a bookseller, no book
])
def test_a_person_named_before_a_trade_made_of_a_works_noun_stays_an_actor(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "person"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ödülü Ahmet Ümit isimli romancı aldı.", "Ahmet Ümit", False),  # a novelist
    ("Eserin yaratıcısı Mehmet Aksoy adlı heykeltıraş oldu.", "Mehmet Aksoy", False),  # a sculptor
    ("Gece Bekçisi adlı bir oyundur.", "Gece Bekçisi", True),  # the copula after the noun
    ("Yazar, Kırmızı Balon adlı romanlarından birini imzaladı.", "Kırmızı Balon", True),
])
def test_only_the_inflections_of_a_works_noun_follow_adli(text: str, name: str, title: bool) -> None:
    assert is_title(text, name) is title


@pytest.mark.parametrize(("text", "name"), [
    ("Maçın ikinci yarısında Galatasaray oyunu kontrol etti.", "Galatasaray"),  # "oyunu": the game, its play
    ("Milli Eğitim Bakanlığı kitabı toplattı.", "Milli Eğitim Bakanlığı"),  # "kitabı": the book, accusative
    ("Geçen hafta yayınlanan NASA belgeselinde Mars anlatıldı.", "NASA"),  # the documentary's maker
])
def test_an_organisation_before_a_works_noun_is_its_maker_or_the_subject(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "organisation"


@pytest.mark.parametrize(("text", "name"), [
    ("Sanatçı konserde Sezen Aksu şarkılarını seslendirdi.", "Sezen Aksu"),
    ("Festivalde Yılmaz Güney filmlerini izledik.", "Yılmaz Güney"),
])
def test_a_person_before_a_plural_works_noun_is_their_maker(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "person"


@pytest.mark.parametrize("text", [
    "Haber Dışişleri Bakanlığı tarafından yalanlandı.",  # "the report was denied by the Foreign Ministry"
    "Sonuç İçişleri Bakanlığı tarafından açıklandı.",
    "Erdoğan Dışişleri Bakanlığı ile görüştü.",
])
def test_a_common_word_or_a_person_before_a_ministry_is_no_government(text: str) -> None:
    found = actors(text)
    body = next(e for e in found if e.endswith(" Bakanlığı"))
    assert len(body.split()) == 2


@pytest.mark.parametrize(("text", "term", "name"), [
    ("LAN said profits rose after the airline cut costs.", "LAN", "LAN"),  # the airline speaks
    ("Royal Air Maroc (RAM) cancelled flights.", "RAM", "Royal Air Maroc"),  # defined as an acronym
])
def test_a_computing_term_the_text_names_as_a_body_stays_an_organisation(text: str, term: str, name: str) -> None:
    assert actors(text)[term] == {"name": name, "type": "organisation"}


def test_a_computing_terms_possessive_is_no_body() -> None:
    assert "OS" not in actors("The OS's kernel was patched last week.")
