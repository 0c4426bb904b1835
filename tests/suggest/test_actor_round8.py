"""The eighth round's actor rules, on sentences written for these tests: Turkish organisations
before their kind ("Hürriyet gazetesi"), a club before its league ("Galatasaray Süper Lig'de"),
Kazakh and Turkish names over a hyphen ("Қасым-Жомарт Тоқаев", "Нұр-Сұлтан"), a state before the
Turkish or Kazakh word for the dollar, a company opening a sentence before a post only a company
has ("Yahoo chief executive …"), and a state after a rank ("Captain America")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.guess_spans import pieces
from desktop.suggest.guesses import currency_word_after
from desktop.suggest.matcher import gazetteer_matcher
from desktop.suggest.organisations import find


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- Turkish organisation before its kind
@pytest.mark.parametrize("text, name", [
    ("Karar, Galatasaray kulübü tarafından açıklandı.", "Galatasaray"),
    ("Vali, haberi Anadolu ajansına doğruladı.", "Anadolu"),
    ("Bakan, Yeni Şafak gazetesine açıklama yaptı.", "Yeni Şafak"),
    ("Ayrıca Milliyet gazetesi de bunu yazdı.", "Milliyet"),
    ("Hürriyet gazetesi dün bir açıklama yaptı. Bakan da Hürriyet'e konuştu.", "Hürriyet"),
])
def test_a_turkish_organisation_before_its_kind_in_lower_case(text, name):
    found = actors(text)
    assert found.get(name, {}).get("type") == "organisation"


@pytest.mark.parametrize("text, word", [
    ("Onun gazetesi geçen yıl kapandı.", "Onun"),          # his newspaper
    ("Ayrıca partisi de destek verdi.", "Ayrıca"),         # also his party
    ("Alman gazetesi bunu yazdı.", "Alman"),               # a German newspaper
    ("Spor kulübü yeni bir hoca aldı.", "Spor"),           # a sports club: one word opening the text
    ("Haber ajansı bunu yalanladı.", "Haber"),             # a news agency
])
def test_no_organisation_from_a_pronoun_an_adverb_a_nationality_or_a_common_opener(text, word):
    assert not any(word in exact for exact in actors(text))


def test_an_opening_adverb_is_left_out_of_the_organisation():
    text = "Dün Sabah gazetesine konuşan vali istifa etti."
    assert [text[a:b] for a, b in find(text, lambda _t, _a, _b: False)] == ["Sabah"]


def test_a_capitalised_kind_is_the_head_pattern_s_not_this_rule():
    text = "Toplantıya Cumhuriyet Halk Partisi katıldı."
    assert "Cumhuriyet Halk" not in [text[a:b] for a, b in find(text, lambda _t, _a, _b: False)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["gazetesi", "gazetesinin", "gazetesine", "gazetesinde", "dergisi", "dergisinin",
                        "ajansına", "kulübünün", "televizyonunda", "sendikasıyla", "şirketinin",
                        "ajansıyla", "kulübüyle", "şirketiyle", "holdingiyle", "radyosuna"]),
       st.sampled_from(["Hürriyet", "Yeni Asya", "Ekonomik Bakış", "Kuzey Yıldızı"]))
def test_the_kind_takes_any_case_ending(noun, name):
    # not a lower-case "partisi": "Erdoğan partisinin" is his party (review of 621f70e)
    text = f"Bakan dün {name} {noun} konuştu."
    assert [text[a:b] for a, b in find(text, lambda _t, _a, _b: False)] == [name]


# ---------------------------------------------------------------- a club before its league
@pytest.mark.parametrize("text, club", [
    ("Galatasaray Süper Lig'de liderliğini sürdürdü.", "Galatasaray"),
    ("Fenerbahçe Şampiyonlar Ligi'nde elendi.", "Fenerbahçe"),
    ("Beşiktaş Türkiye Kupası'nı kazandı.", "Beşiktaş"),
])
def test_a_club_before_the_league_it_plays_in_is_the_club(text, club):
    found = actors(text)
    assert club in found and found[club]["type"] == "organisation"
    assert not any("Lig" in exact or "Kupa" in exact for exact in found)


@pytest.mark.parametrize("text", [
    "Türkiye Kupası finali İzmir'de oynandı.",
    "Süper Lig'de 20 takım mücadele ediyor.",
])
def test_a_contest_alone_gives_no_club(text):
    assert not any("Kupa" in exact or "Lig" in exact or exact == "Süper" for exact in actors(text))


# ---------------------------------------------------------------- over a hyphen
def test_a_kazakh_double_first_name_is_one_person():
    found = actors("Қасым-Жомарт Тоқаев өресі биік өрендерді іздейді.")
    assert found.get("Қасым-Жомарт Тоқаев", {}).get("type") == "person"
    assert "Жомарт Тоқаев" not in found


def test_a_kazakh_city_with_a_hyphen_is_one_place():
    found = actors("Бүгін біз Қазақстан астанасы Нұр-Сұлтан қаласында бас қосып отырмыз.")
    assert "Нұр-Сұлтан" in found and "Нұр" not in found and "Сұлтан" not in found


def test_two_states_over_a_hyphen_stay_two():
    found = actors("Türkiye-Rusya ilişkileri son yıllarda gelişti.")
    assert "Türkiye" in found and "Rusya" in found


def test_a_guess_widens_over_a_hyphen_only_to_a_glued_capitalised_word():
    def place(text: str, a: int, b: int) -> str | None:
        return {"Ресей": "state", "Қазақстан": "state"}.get(text[a:b])

    text = "Қасым-Жомарт Тоқаев және Қазақстан-Ресей"
    assert pieces(text, 6, 19, "person", "kk", place) == [(0, 19, "person")]
    ka = text.index("Қазақстан")
    assert pieces(text, ka, ka + 9, "place", "kk", place) == [(ka, ka + 9, "place")]
    assert pieces("ара -Жомарт", 0, 3, "person", "kk", place) == [(0, 3, "person")]  # a hyphen after a space glues nothing


# ---------------------------------------------------------------- a state before the dollar
@pytest.mark.parametrize("text, state", [
    ("Türkiye'de 100 ABD doları 3.200 lira ediyor.", "ABD"),
    ("Ürün 5 milyon ABD dolarına satıldı.", "ABD"),
    ("Қазір бір АҚШ доллары алты юань тұрады.", "АҚШ"),
    ("Инвестиция 12 миллиард АҚШ долларына тең.", "АҚШ"),
])
def test_a_state_before_the_word_for_the_dollar_is_a_currency(text, state):
    assert state not in actors(text)


def test_a_state_elsewhere_in_the_text_is_still_a_state():
    found = actors("ABD Dışişleri Bakanı geldi. Fiyat 10 ABD doları oldu.")
    assert [e for e in found if e == "ABD"] == ["ABD"]
    spans = [s for s in detect("ABD Dışişleri Bakanı geldi. Fiyat 10 ABD doları oldu.", kinds=("actor",)) if s.exact == "ABD"]
    assert [s.start for s in spans] == [0]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["doları", "dolarına", "Doları", "dolarının", "доллары", "долларына", "долларын"]))
def test_currency_word_after_reads_every_form(word):
    # a Cyrillic form counts in a Kazakh sentence only; a bare "dolar" is no compound (review of 621f70e)
    assert currency_word_after(f"АҚШ {word}", 0, 3)
    assert not currency_word_after(f"АҚШ {word}", 0, 2)


def test_currency_word_after_needs_the_word_itself():
    assert not currency_word_after("ABD Dışişleri", 0, 3)
    assert not currency_word_after("ABD'nin dolar rezervi", 0, 3)


# ---------------------------------------------------------------- English
@pytest.mark.parametrize("text, company", [
    ("Twitter chief executive Jack Dorsey said the company would grow.", "Twitter"),
    ("Tesla CEO Elon Musk said the company would grow.", "Tesla"),
    ("Airbnb co-founder Nathan Blecharczyk said it.", "Airbnb"),
])
def test_a_company_opening_a_one_sentence_text_before_a_company_post(text, company):
    # the recogniser's organisation; the rule on word endings alone is gone (review of 621f70e), so
    # "Yahoo chief executive …" alone names no company unless the store or the model knows it
    found = actors(text)
    assert found.get(company, {}).get("type") == "organisation"


@pytest.mark.parametrize("text, word", [
    ("Outgoing chief executive Marissa Mayer said the company would grow.", "Outgoing"),
    ("Embattled CEO Adam Neumann quit on Tuesday.", "Embattled"),
    ("Head coach Bill Smith said the team would win.", "Head"),
    ("Veteran chief executive John Smith resigned.", "Veteran"),
])
def test_an_adjective_or_a_common_word_before_a_post_is_no_company(text, word):
    assert word not in actors(text)


@pytest.mark.parametrize("text, state", [
    ("Captain America was released in 2011.", "America"),
    ("Fans queued for Captain America on Friday.", "America"),
])
def test_a_state_after_a_rank_is_part_of_another_name(text, state):
    assert state not in actors(text)


def test_a_person_after_a_rank_and_a_state_elsewhere_are_kept():
    found = actors("Captain Smith said the ship had left America on Monday.")
    assert "America" in found and any("Smith" in e for e in found)


# ---------------------------------------------------------------- a Turkish case ending inside a guess
@pytest.mark.parametrize("text, first, second", [
    ("10. bölge İsviçre'nin Zürih şehrinin bir idari bölgesidir.", "İsviçre", "Zürih"),
    ("2011 yarışmasında Azerbaycan'ı Eldar Kasımov ile birlikte temsil etti.", "Azerbaycan", "Eldar Kasımov"),
])
def test_a_case_ending_after_an_apostrophe_ends_a_turkish_name(text, first, second):
    found = actors(text)
    assert first in found and second in found
    assert not any("'" in exact for exact in found)


def test_inner_suffix_pieces_keep_a_known_place_s_type_and_skip_lower_case_words():
    def place(text: str, a: int, b: int) -> str | None:
        return {"Çanakkale": "place", "Gökçeada": "place"}.get(text[a:b])

    text = "Havalimanı Çanakkale'ye bağlı Gökçeada"
    start = text.index("Çanakkale")
    assert [(text[a:b], k) for a, b, k in pieces(text, start, len(text), "person", "tr", place)] == [
        ("Çanakkale", "place"), ("Gökçeada", "person")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["'nin", "'ın", "'da", "'deki", "'ye", "'dan", "’nın", "'ı"]),
       st.sampled_from(["Ankara", "Rusya", "Kenya", "Almanya"]))
def test_every_case_ending_closes_the_name(suffix, state):
    def place(text: str, a: int, b: int) -> str | None:
        return "state" if text[a:b] == state else None

    text = f"{state}{suffix} Yeni Kent bölgesi"
    assert [text[a:b] for a, b, _k in pieces(text, 0, len(text) - len(" bölgesi"), "place", "tr", place)] == [
        state, "Yeni Kent"]


def test_an_english_possessive_inside_a_name_is_no_turkish_case_ending():
    text = "World's Finest Comics"
    assert [text[a:b] for a, b, _k in pieces(text, 0, len(text), "organisation", "tr", lambda *_a: None)] == [text]


# ---------------------------------------------------------------- Kazakh case endings, Kazakh names of states
@pytest.mark.parametrize("text, exact, name", [
    ("Президент Астанаға оралды.", "Астанаға", "Astana"),
    ("Президент Нью-Йоркте өтетін жиынға қатысады.", "Нью-Йоркте", "New York City"),
    ("Алматыдағы ауруханаға зардап шеккендер жеткізілді.", "Алматыдағы", "Almaty"),
    ("Бұған Қытайдағы ахуал себеп болды.", "Қытайдағы", "China"),
    ("Ресей басшысы бұл мәселеге екпін қояды.", "Ресей", "Russia"),
    ("Делегация Түркияға барды.", "Түркияға", "Türkiye"),
])
def test_a_kazakh_place_or_state_with_its_case_ending(text, exact, name):
    found = actors(text)
    assert found.get(exact, {}).get("name") == name
    assert not any(a.get("type") == "person" for a in found.values())


@pytest.mark.parametrize("text, word", [
    ("Тогда Москва была другой.", "Тогда"),         # Russian: no Kazakh ending without Kazakh letters
    ("Парижде он не был.", "Парижде"),              # a Kazakh form in a Russian sentence is not Paris
])
def test_kazakh_endings_are_read_only_in_kazakh_text(text, word):
    assert actors(text).get(word, {}).get("name") not in ("Paris", "Togo")
    assert gazetteer_matcher().match_at(text, 0) is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["да", "дағы", "ға", "ның", "ны", "дан", "мен"]))
def test_every_kazakh_ending_after_a_city(ending):
    text = f"Біз Алматы{ending} болдық."
    found = actors(text)
    assert found.get(f"Алматы{ending}", {}).get("name") == "Almaty"


def test_a_listed_state_keeps_its_own_names_and_takes_the_cldr_ones():
    from desktop.suggest.gazetteer import STATES, entries, types_by_form

    assert types_by_form()["ресей"] == ("Russia", "state")
    assert all("Ресей" not in forms for _n, forms in STATES)  # the module's list is not changed
    assert sum(1 for name, _k, _f in entries() if name == "Russia") == 1


def test_turkish_kore_alone_names_no_state_while_kuzey_and_guney_kore_do():
    # "Kore" alone is the peninsula, the war, old Korea or the adjective ("Kore Savaşı'na katıldı",
    # "Bir Kore draması"); the final differential review found it read as South Korea there.
    assert actors("Kuzey Kore ile Güney Kore arasında gerginlik arttı.").get("Kuzey Kore", {}).get("name") == "North Korea"
    for text in ("1950'de Kore Savaşı'na katıldı.", "Sanık, yaşadığı yer olan Kore'ye götürüldü."):
        assert all(a.get("name") != "South Korea" for a in actors(text).values())


def test_no_state_or_place_of_the_gazetteer_reads_as_a_nationality():
    from desktop.suggest.gazetteer import entries, is_demonym

    assert [f for _n, _k, forms in entries() for f in forms if " " not in f and is_demonym(f)] == []
    assert is_demonym("Philippine") and is_demonym("Syrians")



# ---------------------------------------------------------------- Akorda, Kazakhstan's seat of government
@pytest.mark.parametrize("text, exact, name", [
    ("Ақордада кеңес өтті.", "Ақордада", "Ақорда"),
    ("Президент Ақордаға келді.", "Ақордаға", "Ақорда"),
    ("В Акорде прошло совещание.", "Акорде", "Акорда"),
    ("Akorda said the president would travel to Moscow.", "Akorda", "Akorda"),
])
def test_akorda_is_the_government_in_it(text, exact, name):
    found = actors(text)
    assert found.get(exact, {}).get("name") == name and found[exact]["type"] == "organisation"
    assert not any(a.get("type") == "person" for a in found.values())


def test_a_title_before_a_name_is_still_a_person():
    found = actors("Президент Тоқаев Ақордада елшілерді қабылдады.")
    assert any(a.get("type") == "person" and "Тоқаев" in a.get("name", "") for a in found.values())


@pytest.mark.parametrize("text, name", [
    ("President Kennedy said the talks would go on.", "Kennedy"),
    ("President Washington crossed the river.", "Washington"),
])
def test_an_english_title_before_a_surname_that_is_also_a_place_is_a_person(text, name):
    assert any(a.get("type") == "person" and a.get("name") == name for a in actors(text).values())


# ---------------------------------------------------------------- the verb at a Turkish or Kazakh sentence's end
def _place(_text: str, _a: int, _b: int) -> str | None:
    return None


@pytest.mark.parametrize("text, guess, name", [
    ("Toplantıya Ahmet Yılmaz katıldı\nYeni satır", "Ahmet Yılmaz katıldı", "Ahmet Yılmaz"),
    ("Бұл туралы Асқар Мамин мәлімдеді!", "Асқар Мамин мәлімдеді", "Асқар Мамин"),
])
def test_a_guess_running_on_to_the_sentence_s_verb_ends_at_its_last_capitalised_word(text, guess, name):
    start = text.index(guess)
    lang = "tr" if "Ahmet" in text else "kk"
    assert [text[a:b] for a, b, _k in pieces(text, start, start + len(guess), "person", lang, _place)] == [name]


@pytest.mark.parametrize("text, guess, lang", [
    ("Павлодар экономикалық соты бетон зауытын жапты.", "Павлодар экономикалық соты", "kk"),  # not at the end
    # one capitalised word: as often the first word of a name the noun after it ends (fixed after review)
    ("« Хабар » Жамбыл облысынан .", "Жамбыл облысынан", "kk"),
    ("Осы жерден қайтадан Жамбыл көшесі басталады .", "Жамбыл көшесі басталады", "kk"),
    ("Сұраққа Қорғаныс министрі жауап берді!", "Қорғаныс министрі жауап берді", "kk"),
    ("Osman Ankara caddesinde yürüdü.", "Ankara caddesinde yürüdü", "tr"),
    ("Туда прибыл Министерство обороны.", "Министерство обороны", "ru"),  # Russian: not this rule
])
def test_a_guess_with_lower_case_words_not_at_the_end_or_in_russian_is_kept(text, guess, lang):
    start = text.index(guess)
    assert [text[a:b] for a, b, _k in pieces(text, start, start + len(guess), "organisation", lang, _place)] == [guess]


@pytest.mark.parametrize("text, exact", [
    ("Image : Paul Budd .", "Paul Budd"),
    ("Sportif direktör : Vadim Vasilyev .", "Vadim Vasilyev"),
])
def test_a_full_stop_standing_apart_after_a_name_is_left_out(text, exact):
    assert exact in actors(text) and f"{exact} ." not in actors(text)
