"""Russian personal names back to the nominative (issue 15: a person's mentions in
the sentence's case link to one entity), and the detector's use of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.russian_names import gender, is_russian, nominative, surname_forms

CASE_TABLE = {
    # masculine, "-ин": all six cases
    "Владимир Путин": ["Владимир Путин", "Владимира Путина", "Владимиру Путину", "Владимиром Путиным", "Владимире Путине"],
    # masculine, "-ев", a first name in "-ий" (prepositional "-ии")
    "Дмитрий Медведев": ["Дмитрия Медведева", "Дмитрию Медведеву", "Дмитрием Медведевым", "Дмитрии Медведеве"],
    # masculine, "-ын", a first name in "-а"
    "Никита Лисицын": ["Никиты Лисицына", "Никите Лисицыну", "Никиту Лисицына", "Никитой Лисицыным"],
    # masculine adjectival "-ский" and "-ый"
    "Фёдор Достоевский": ["Фёдора Достоевского", "Фёдору Достоевскому", "Фёдором Достоевским", "Фёдоре Достоевском"],
    "Алексей Навальный": ["Алексея Навального", "Алексею Навальному", "Алексеем Навальным", "Алексее Навальном"],
    # masculine, a foreign surname in a consonant; a first name losing its vowel
    "Герман Греф": ["Германа Грефа", "Герману Грефу", "Германом Грефом", "Германе Грефе"],
    "Павел Дуров": ["Павла Дурова", "Павлу Дурову", "Павлом Дуровым", "Павле Дурове"],
    # feminine, "-ова": all six cases
    "Мария Захарова": ["Мария Захарова", "Марии Захаровой", "Марию Захарову", "Марией Захаровой"],
    "Анна Кузьмина": ["Анны Кузьминой", "Анне Кузьминой", "Анну Кузьмину", "Анной Кузьминой"],
    "Ольга Лисицына": ["Ольги Лисицыной", "Ольге Лисицыной", "Ольгу Лисицыну", "Ольгой Лисицыной"],
    # feminine adjectival "-ская", "-ая" of a stressed "-ой"
    "Анна Достоевская": ["Анны Достоевской", "Анну Достоевскую", "Анной Достоевской"],
    "Татьяна Толстая": ["Татьяны Толстой", "Татьяну Толстую"],
    # feminine, the first declension; a patronymic without a surname
    "Елизавета Глинка": ["Елизаветы Глинки", "Елизавету Глинку", "Елизавете Глинке"],
    "Елизавета Петровна": ["Елизаветы Петровны", "Елизавете Петровне"],
    # patronymics, both genders
    "Владимир Владимирович Путин": ["Владимира Владимировича Путина", "Владимиром Владимировичем Путиным"],
    "Анна Павловна Шерер": ["Анны Павловны Шерер", "Анне Павловне Шерер", "Анну Павловну Шерер"],
    # indeclinable surnames
    "Сергей Шойгу": ["Сергея Шойгу", "Сергею Шойгу", "Сергеем Шойгу", "Сергее Шойгу"],
    "Иоганн Гёте": ["Иоганна Гёте", "Иоганном Гёте"],
    "Александр Дюма": ["Александром Дюма"],
    "Эдуард Шеварднадзе": ["Эдуарда Шеварднадзе", "Эдуарде Шеварднадзе"],
    "Тарас Шевченко": ["Тараса Шевченко", "Тарасом Шевченко"],
    # foreign first names; a woman's foreign surname is not declined
    "Дональд Трамп": ["Дональда Трампа", "Дональду Трампу", "Дональдом Трампом"],
    "Эммануэль Макрон": ["Эммануэля Макрона", "Эммануэлем Макроном"],
    "Ангела Меркель": ["Ангелы Меркель", "Ангеле Меркель", "Ангелой Меркель"],
    "Эльвира Набиуллина": ["Эльвиры Набиуллиной", "Эльвиру Набиуллину"],
    # a first name that is not declined, before a foreign surname in a consonant
    "Джо Байден": ["Джо Байдена", "Джо Байдену", "Джо Байденом", "Джо Байдене"],
    "Энтони Блинкен": ["Энтони Блинкена", "Энтони Блинкеном"],
}


@pytest.mark.parametrize(("expected", "form"), [(nom, f) for nom, forms in CASE_TABLE.items() for f in forms])
def test_a_name_in_any_case_is_read_in_the_nominative(expected, form):
    assert nominative(form) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Людмила Путина",  # a woman's nominative, not Путин's genitive
        "Александра Дюма",  # Александр Дюма's genitive, or a woman
        "Александру Дюма",  # Александр's dative, or Александра's accusative
        "Андреем Луговым",  # Лугов or Луговой
        "Львом Толстым",  # Толстый or Толстой
        "Татьяной Толстой", "Елизаветой Глинкой",  # Толстая or a "Толста"; Глинка or a "Глинкая"
        "Михаила Глинки",  # a man's surname in "-а" is not read: "Грефе" would be Греф's or a "Грефа"'s
        "Нурсултана Назарбаева",  # an unknown first name: a man's genitive, or a woman
        "Путина", "Грефа",  # a surname alone: its case and gender unknown
        "Петра Первого Романова Третьего",  # four words
        "Нұрсұлтан Назарбаевқа",  # Kazakh letters: Kazakh suffixes
        "Vladimir Putin",
        "Римского-Корсакова Николая",
    ],
)
def test_a_name_the_rules_are_unsure_of_is_left_as_written(name):
    assert nominative(name) == name


def test_the_forms_of_a_surname_follow_the_gender_of_the_full_name():
    assert surname_forms("Владимир Путин") == {"Путин", "Путина", "Путину", "Путиным", "Путине"}
    assert surname_forms("Мария Захарова") == {"Захарова", "Захаровой", "Захарову"}
    assert surname_forms("Герман Греф") == {"Греф", "Грефа", "Грефу", "Грефом", "Грефе"}
    assert surname_forms("Ангела Меркель") == {"Меркель"}
    assert surname_forms("Сергей Шойгу") == {"Шойгу"}
    assert surname_forms("Иван Захарова") == set() and gender("Иван Захарова") is None  # no gender: no forms
    assert not is_russian("Владимир putin")


_STEMS = st.sampled_from(["Кар", "Мел", "Бур", "Тих", "Сол", "Дан", "Рыж", "Лап", "Ворон", "Сид", "Мух", "Голуб"])
_MEN_FIRST = st.sampled_from(["Иван", "Сергей", "Дмитрий", "Никита", "Игорь", "Олег", "Юрий", "Андрей", "Илья"])
_WOMEN_FIRST = st.sampled_from(["Анна", "Мария", "Ольга", "Наталья", "Юлия", "Ирина", "Дарья", "Светлана"])


@st.composite
def _nominative_names(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        surname = draw(_STEMS) + draw(st.sampled_from(["ов", "ев", "ин", "ын", "ский"]))
        return f"{draw(_MEN_FIRST)} {surname}"
    surname = draw(_STEMS) + draw(st.sampled_from(["ова", "ева", "ина", "ына", "ская"]))
    return f"{draw(_WOMEN_FIRST)} {surname}"


@given(_nominative_names())
def test_a_nominative_name_is_left_unchanged(name):
    assert nominative(name) == name


@given(_nominative_names(), st.integers(0, 5))
def test_a_declined_name_comes_back_to_its_nominative_or_stays_as_written(name, case):
    """Precision: declining a name and reading it back never gives another name; and reading is idempotent."""
    first, surname = name.split()
    forms = [f for f in surname_forms(name) if f != surname]
    assert forms, name  # every generated name has a gender, so its surname's forms are known
    for form in forms:
        for first_form in {first, *(n.split()[0] for n in CASE_TABLE)}:
            read = nominative(f"{first_form} {form}")
            assert read in (f"{first_form} {form}", nominative(f"{first_form} {surname}"), name) or read.split()[-1] == surname
            assert nominative(read) == read


def _names(text: str) -> dict[str, str]:
    return {s.exact: s.attributes["name"] for s in detect(text, kinds=("actor",)) if s.attributes.get("type") == "person"}


def test_detected_russian_people_are_named_in_the_nominative_and_linked_by_surname():
    found = _names("Глава Сбербанка Герман Греф встретился с Владимиром Путиным в Кремле. Путин поблагодарил Грефа.")
    assert found == {"Глава Сбербанка Герман Греф": "Герман Греф", "Владимиром Путиным": "Владимир Путин",
                     "Путин": "Владимир Путин", "Грефа": "Герман Греф"}


def test_surname_mentions_in_any_case_link_to_a_full_name_with_a_patronymic():
    found = _names("Президент России Владимир Владимирович Путин прибыл в Минск. "
                   "Журналисты спросили Путина о встрече, и Путину ответили.")
    assert found["Путина"] == found["Путину"] == "Владимир Владимирович Путин"


def test_a_woman_named_in_full_links_her_later_mentions():
    found = _names("Официальный представитель МИД Мария Захарова заявила, что Захаровой звонили. "
                   "Ответ Марии Захаровой опубликован.")
    assert set(found.values()) == {"Мария Захарова"}
    assert "Захаровой" in found and "Марии Захаровой" in found


@pytest.mark.parametrize(("form", "expected"), [
    ("Си Цзиньпином", "Си Цзиньпин"), ("Си Цзиньпина", "Си Цзиньпин"), ("Си Цзиньпину", "Си Цзиньпин"),
    ("Си Цзиньпине", "Си Цзиньпин"), ("Си Цзиньпин", "Си Цзиньпин"), ("Ли Кэцяном", "Ли Кэцян"),
    ("Ху Цзиньтао", "Ху Цзиньтао"),  # a given name in a vowel is not declined
    ("Ван И", "Ван И"),
])
def test_a_chinese_name_keeps_its_surname_and_declines_its_given_name_in_n(form, expected):
    assert nominative(form) == expected


@given(st.sampled_from(["Си", "Ли", "Ван", "Чжан", "Ху"]), st.sampled_from(["Цзиньпин", "Кэцян", "Цян", "Мин"]),
       st.sampled_from(["", "а", "у", "ом", "е"]))
def test_every_case_of_a_chinese_name_in_n_comes_back_to_its_nominative(surname, given_name, ending):
    assert nominative(f"{surname} {given_name}{ending}") == f"{surname} {given_name}"


def test_a_chinese_leader_in_the_instrumental_is_named_in_the_nominative():
    found = {s.exact: s.attributes for s in detect("Путин провёл переговоры с Си Цзиньпином в Пекине.", kinds=("actor",))}
    assert found["Си Цзиньпином"]["name"] == "Си Цзиньпин"
    assert found["Си Цзиньпином"]["type"] == "person"
