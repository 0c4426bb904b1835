"""Which recogniser reads each paragraph (desktop.suggest.ner.paragraph_languages): the
paragraph's own letters, then its function words, then the rest of the document."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import ner


def routed(text: str) -> dict[str, str]:
    return {para: lang for _start, para, lang in ner.paragraph_languages(text)}


TURKISH_ARTICLE = "\n".join([
    "Istanbul Modern Sanat Muzesi",  # a heading without ı, ş, ğ
    "Müze, 2004 yılında Karaköy'de açıldı ve koleksiyonu her yıl genişledi.",
    "Koleksiyon Tophane semtinde bir antrepoda sergilenir.",  # no Turkish letter, Turkish words
    "Burak Delier",  # a name alone
    "Sanatçılar arasında Fikret Mualla ve Fahrelnissa Zeid da yer alıyor.",
])

ENGLISH_ARTICLE = "\n".join([
    "Istanbul Modern",
    "The museum opened in 2004 in a warehouse on the Bosphorus and was an instant success.",
    "İstanbul'da yeni bir dönem başlıyor",  # one Turkish line quoted
    "Ahmet Ertegun",
    "Its director said that the collection of modern art is the largest in the country.",
])


def test_a_turkish_articles_lines_without_turkish_letters_go_to_turkish():
    languages = routed(TURKISH_ARTICLE)
    assert set(languages.values()) == {"tr"}
    assert languages["Istanbul Modern Sanat Muzesi"] == "tr"
    assert languages["Burak Delier"] == "tr"


def test_an_english_paragraph_naming_a_turkish_person_stays_english():
    text = ("President Recep Tayyip Erdoğan said on Monday that the talks with the European Union "
            "would resume in Ankara.\nGalatasaray ile Beşiktaş arasındaki maç ertelendi.")
    languages = routed(text)
    assert languages[text.split("\n")[0]] == "en"
    assert languages[text.split("\n")[1]] == "tr"
    quoting = ("Leibniz 1695'de New System of the Nature and Communication of Substances adlı makalesiyle "
               "Avrupa felsefesinde ilk temasını gerçekleştirdi.")
    assert routed(quoting)[quoting] == "tr"


def test_a_turkish_line_decides_by_its_words_when_its_letters_do_not():
    assert routed("Koleksiyon Tophane semtinde bir antrepoda ve depoda sergilenir.") == {
        "Koleksiyon Tophane semtinde bir antrepoda ve depoda sergilenir.": "tr"}


def test_an_english_article_quoting_one_turkish_line_stays_english():
    languages = routed(ENGLISH_ARTICLE)
    assert languages["İstanbul'da yeni bir dönem başlıyor"] == "tr"  # its own letters decide
    assert [lang for para, lang in languages.items() if not para.startswith("İstanbul'da")] == ["en"] * 4


def test_without_deciding_paragraphs_latin_is_english_and_cyrillic_russian():
    assert routed("Burak Delier\nIstanbul Modern") == {"Burak Delier": "en", "Istanbul Modern": "en"}
    assert routed("Алматы\nПрезидент Токаев") == {"Алматы": "ru", "Президент Токаев": "ru"}


def test_kazakh_and_russian_documents_keep_their_bare_lines():
    kazakh = "Президент Токаев\nҚазақстан Президенті Астанада кездесу өткізді.\nАлматы\nЕлбасы бүгін мәлімдеме жасады."
    assert set(routed(kazakh).values()) == {"kk"}
    russian = "Президент Токаев провёл переговоры в Астане.\nАлматы\n«Біз бірге» деді ол.\nВстреча прошла в Москве и Алматы."
    assert routed(russian) == {
        "Президент Токаев провёл переговоры в Астане.": "ru",
        "Алматы": "ru",
        "«Біз бірге» деді ол.": "kk",  # Kazakh letters decide
        "Встреча прошла в Москве и Алматы.": "ru",
    }


def test_scripts_vote_apart():
    """Turkish lines do not pull a Russian heading to Kazakh, nor Kazakh lines an English one to Turkish."""
    text = "\n".join([
        "Istanbul Modern",
        "Sergi Karaköy'de açıldı.",
        "Müze her yıl büyüyor.",
        "Турецкий музей",
        "Қазақстан Президенті Астанада кездесу өткізді.",
        "Елбасы бүгін мәлімдеме жасады.",
        "The museum opened in 2004.",
        "Алматы",
    ])
    languages = routed(text)
    assert languages["Istanbul Modern"] == "tr"  # Turkish 2, English 1
    assert languages["Турецкий музей"] == "kk"  # Kazakh 2, Russian 0
    assert routed(text.replace("Sergi Karaköy'de açıldı.", "It was opened in the docks."))["Istanbul Modern"] == "en"
    assert routed(text.replace("Елбасы бүгін мәлімдеме жасады.", "Музей открылся в 2004 году."))["Алматы"] == "ru"


def test_entities_send_each_paragraph_to_its_routed_model(monkeypatch):
    read: dict[str, list[str]] = {}

    class Recorder:
        def __init__(self, lang: str) -> None:
            self.lang = lang

        def pipe(self, texts, batch_size=64):
            for text in texts:
                read.setdefault(self.lang, []).append(text)
                yield SimpleNamespace(ents=[])

    monkeypatch.setattr(ner, "_spacy_model", Recorder)
    assert ner.entities(TURKISH_ARTICLE + "\n\n" + "Ertegun Ailesi") == []
    assert read == {"tr": TURKISH_ARTICLE.split("\n") + ["Ertegun Ailesi"]}


letters = st.sampled_from(list("abcdeıişğüöçABCİŞĞ аәбқиңөұүі АҚ.,\n") + ["the ", "ve ", "bir ", "и ", "мен "])


@given(st.lists(letters, max_size=60).map("".join))
def test_letters_decide_before_the_document(text):
    for start, para, lang in ner.paragraph_languages(text):
        assert text[start : start + len(para)] == para
        if ner._CYRILLIC.search(para):
            assert lang in ("ru", "kk")
            if ner._KAZAKH.search(para):
                assert lang == "kk"
        else:
            assert lang in ("en", "tr")
            english = sum(w in ner._WORDS["en"][0] for w in para.lower().split())
            if ner._TURKISH.search(para) and english < 3:
                assert lang == "tr"
