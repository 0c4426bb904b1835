"""The ninth round's Russian (and Turkish) actor rules, on sentences written for these tests: a social
network named as the medium of a message ("написал в Twitter", "Twitter hesabından"), the dollar before
its state ("долларов США"), Russian abbreviations of things ("ДНК", "КоАП"), pronouns, ordinals and
"Интернет", an award after "премия" ("премии «Эмми»") and an adjective opening a quoted name
("«Южного потока»")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.guesses import Guesses, currency_word_before, russian_slip
from desktop.suggest.media import medium, medium_tail


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


# ---------------------------------------------------------------- a network as a medium
@pytest.mark.parametrize("text, network", [
    ("Президент написал в Twitter, что доволен итогами.", "Twitter"),
    ("Певица сообщила об этом в своём Instagram в четверг.", "Instagram"),
    ("Журналистка в своём микроблоге в Twitter указала на ошибку.", "Twitter"),
    ("Министерство опубликовало заявление в Facebook.", "Facebook"),
    ("Он поделился находкой в своём Фейсбуке.", "Фейсбуке"),
    ("Видео выложили на YouTube в понедельник.", "YouTube"),
    ("Bakan Twitter hesabından paylaştı.", "Twitter"),
    ("Kulüp Instagram'dan bir açıklama yaptı.", "Instagram"),
    ("Vali YouTube kanalında konuştu.", "YouTube"),
    ("Об этом сказано в Википедии.", "Википедии"),
    ("У неё было 2 млн подписчиков в Weibo и больше в WeChat.", "Weibo"),   # the followers of an account
    ("В Weibo у неё более 12 млн подписчиков.", "Weibo"),
    ("Песню выложили на странице коллектива в Instagram.", "Instagram"),
])
def test_a_network_named_as_the_medium_is_no_actor(text, network):
    assert medium(text, *_at(text, network))
    assert network not in actors(text)


@pytest.mark.parametrize("text, network", [
    ("Facebook удалил этот аккаунт.", "Facebook"),                       # the company acts
    ("Основатель Facebook Марк Цукерберг женился.", "Facebook"),
    ("Musk Twitter'ı satın aldı.", "Twitter"),                           # accusative: the company
    ("The minister wrote on Twitter that he was pleased.", "Twitter"),   # English is left as it was
    ("He shared a Facebook profile photo.", "Facebook"),
])
def test_a_network_that_acts_or_stands_in_english_is_no_medium(text, network):
    assert not medium(text, *_at(text, network))


@given(st.sampled_from(["Twitter", "Твиттере", "Instagram", "Telegram", "ВКонтакте", "YouTube", "Weibo"]),
       st.sampled_from(["в", "во", "на", "через", "в своём микроблоге в", "на официальной странице в", "в соцсети"]),
       st.sampled_from(["", "«"]))
@settings(max_examples=60, deadline=None)
def test_a_russian_preposition_before_a_network_makes_it_a_medium(network, before, quote):
    text = f"Депутат написал {before} {quote}{network}{'»' if quote else ''} о своём решении."
    assert medium(text, *_at(text, network))


def test_a_turkish_guess_ends_before_the_network_it_names_as_medium():
    text = "Ali Koç Instagram'dan açıklama yaptı."
    assert medium_tail(text, 0, len("Ali Koç Instagram")) == len("Ali Koç")
    assert medium_tail(text, 0, len("Ali Koç")) is None


def test_a_title_before_a_network_is_no_person():
    # the Russian titles read "Президент … Twitter" as a person named Twitter
    assert not any(a.get("name") == "Twitter" for a in actors("Президент написал в Twitter: «Мы победим».").values())


# ---------------------------------------------------------------- the dollar before its state
@pytest.mark.parametrize("text, state", [
    ("Он получил 12,8 млн долларов США от компании.", "США"),
    ("Цена составила 40 долларов Канады за баррель.", "Канады"),
    ("Сумма в долларах США выросла.", "США"),
])
def test_the_dollar_before_its_state_is_a_currency(text, state):
    assert currency_word_before(text, *_at(text, state))
    assert state not in actors(text)


def test_a_state_after_other_words_stays():
    text = "Президент США прибыл в Москву."
    assert not currency_word_before(text, *_at(text, "США"))
    assert actors(text).get("США", {}).get("type") == "state"


# ---------------------------------------------------------------- abbreviations, pronouns, ordinals
@pytest.mark.parametrize("text, word", [
    ("Анализ ДНК подтвердил родство.", "ДНК"),
    ("Его подключили к аппарату ИВЛ.", "ИВЛ"),
    ("Нарушение КоАП выявлено в ходе проверки.", "КоАП"),
    ("Взрыв произошёл рядом с АЭС.", "АЭС"),
])
def test_a_russian_abbreviation_of_a_thing_is_no_name(text, word):
    assert not Guesses(text).keep(*_at(text, word), "ru", False)


def test_a_mixed_case_abbreviation_is_dropped_only_as_written():
    text = "Писатель По родился в Бостоне."  # Edgar Poe: "ПО" (software) is an abbreviation, "По" a name
    assert Guesses(text).keep(*_at(text, "По"), "ru", False)


@pytest.mark.parametrize("text, word", [
    ("Нам нужно новое руководство.", "Нам"),
    ("Оно уже вступило в силу.", "Оно"),
    ("Это крупнейшая бойня после Второй мировой войны.", "Второй"),
    ("Самое главное уже позади.", "Самое"),
    ("Роскомнадзор ищет фальшивые новости в Интернете.", "Интернете"),
    ("Многие мигранты, напомнил Папа, бежали от войны.", "Папа"),          # a title without a name
    ("Адвокат обвиняемого подтвердил это.", "Адвокат"),
])
def test_a_russian_pronoun_ordinal_or_the_internet_is_no_name(text, word):
    assert russian_slip(text, *_at(text, word))


# ---------------------------------------------------------------- awards, quoted names
@pytest.mark.parametrize("text, word", [
    ("Актёра лишили премии «Эмми» на фоне скандала.", "Эмми"),
    ("Он трижды становился лауреатом премии Grammy.", "Grammy"),
    ("Строительство «Южного потока» завершено.", "Южного"),
    ("Газ пойдёт по «Северного потока» трубам.", "Северного"),
])
def test_an_award_or_a_piece_of_a_quoted_name_is_no_actor(text, word):
    assert russian_slip(text, *_at(text, word))


@pytest.mark.parametrize("text, word", [
    ("Премия Фо присуждается за смелость.", "Фо"),             # the laureate
    ("Он лауреат премии Соннинга.", "Соннинга"),               # the person the prize is named after
    ("Лидер «Единой России» выступил.", "Единой России"),      # a whole quoted name
    ("Он приехал из «Северного» района.", "Северного"),        # no lower-case word inside the quotes
])
def test_a_name_after_premiya_without_quotes_or_a_whole_quoted_name_stays(text, word):
    assert not russian_slip(text, *_at(text, word))


@pytest.mark.parametrize("text, network", [
    ("В Facebook опровергли сообщения о массовой утечке данных пользователей.", "Facebook"),  # the company speaks
    ("В Telegram заявили, что не передают переписку третьим лицам.", "Telegram"),
    ("Роскомнадзор наложил штраф на Telegram за отказ удалить контент.", "Telegram"),
    ("На Facebook подала в суд ФТК США.", "Facebook"),
    ("Маск инвестировал 44 млрд долларов в Twitter.", "Twitter"),
    ("Инженер ушёл из Facebook в прошлом году.", "Facebook"),
    ("Из Twitter уволили почти половину сотрудников.", "Twitter"),
    ("В VK сообщили о росте выручки.", "VK"),
    ("Суд оштрафовал компанию, а в YouTube пообещали обжаловать решение.", "YouTube"),
])
def test_a_network_that_acts_after_a_preposition_stays_an_organisation(text, network):
    assert not medium(text, *_at(text, network))
    assert actors(text).get(network, {}).get("type") == "organisation"


def test_a_pronoun_in_capitals_after_a_lower_case_word_is_a_name():
    text = "Пианист Им Юн Чхан выступил в Сеуле. По словам Им, концерт был особенным."
    assert actors(text).get("Им", {}).get("type") == "person"
    assert "Им" not in actors("Им нужно больше времени, сказал министр.")


def test_the_space_station_is_an_actor_as_nerel_counts_it():
    assert actors("Российский сегмент МКС получил новый модуль.").get("МКС", {}).get("type") == "organisation"


def test_a_network_repeated_as_a_medium_is_no_actor_though_the_company_acts_elsewhere():
    text = "В Weibo заявили о новых правилах. Модель сообщила об этом в соцсети Weibo."
    found = [(s.exact, s.start) for s in detect(text, kinds=("actor",))]
    assert found == [("Weibo", 2)]


@pytest.mark.parametrize("text, unwanted", [
    ("Он написал в Facebook и Instagram, что уходит.", "Instagram"),            # the second of two media
    ("Bakan Twitter ve Instagram hesaplarından paylaştı.", "Twitter"),          # the first of two
    ("Он написал в своём Telegram-канале, что уходит.", "Telegram-канале"),
    ("Курс рубля к доллару США вырос.", "США"),                                 # the dollar, not the state
    ("Резервы в долларах США и Канады выросли.", "Канады"),
    ("Стоимость составила 5 млн долл. США.", "США"),
])
def test_a_second_medium_a_channel_and_more_dollars_are_no_actors(text, unwanted):
    assert unwanted not in actors(text)


def test_a_titled_person_ends_before_the_network_named_as_medium():
    found = actors("Cumhurbaşkanı Erdoğan Twitter hesabından açıklama yaptı.")
    assert list(found) == ["Cumhurbaşkanı Erdoğan"]
    assert (found["Cumhurbaşkanı Erdoğan"]["name"], found["Cumhurbaşkanı Erdoğan"]["type"]) == ("Erdoğan", "person")
