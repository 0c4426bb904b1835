"""Russian personal names back to the nominative, by rule (no dictionary package).

A sentence puts a name in its case ("встретился с Владимиром Путиным"); the entity
is named in the nominative ("Владимир Путин"). :func:`nominative` reads a name of
two or three words — first name, patronymic, surname — and returns it in the
nominative when its words agree on exactly one reading:

* each word gets its possible readings ``(nominative, gender, case)`` from the
  declension of its kind: first names (a list of common Russian first names, plus
  any name ending in a hard consonant, read as a man's: "Дональда" → Дональд, or in
  "-а", read as a woman's), patronymics ("-ович", "-овна") and surnames ("-ов",
  "-ин", "-ский", "-ой", "-ый", foreign ones ending in a consonant, which a woman's
  do not decline, and indeclinable ones ending in a vowel: Шойгу, Гёте, Дюма);
* a Chinese name, surname first ("Си Цзиньпином", "Ли Кэцяна"), keeps its surname and puts
  its given name in "-н" back in the nominative (Си Цзиньпин, Ли Кэцян);
* a reading of the whole name is one gender and one case all its words allow;
* when the nominative is among those readings, or they give different names
  ("Александра Дюма" may be Александр Дюма's genitive or a woman's nominative),
  the name is left as written: a wrong "normalisation" is worse than none.

Known limits: a man's first name in "-а" the list lacks, before a surname in "-а"
("Ольянта Умала"), is read as a genitive (Ольянт Умал); a woman's foreign surname in
"-а" is read only after a listed woman's name; "-ого" is read as "-ый"/"-ий" unless the
surname is a listed "-ой" one (Толстой); "Толстым", "Глинкой" stay as written.

:func:`surname_forms` gives the case forms of a surname, so that later mentions
by surname alone ("Путину", "Грефа") find the person named in full earlier.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.suggest.words import KAZAKH_LETTER as _NOT_RUSSIAN  # Kazakh letters: its names take Kazakh suffixes

__all__ = ["gender", "is_russian", "leading_word", "nominative", "surname_forms"]

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
Reading = tuple[str, str, str]  # (nominative, gender "m"/"f", case)

_MEN = (
    "Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Борис Вадим Валентин Валерий "
    "Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Герман Глеб Григорий Даниил Денис "
    "Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марат Михаил Никита Николай "
    "Олег Павел Пётр Петр Роман Рамзан Руслан Святослав Семён Семен Сергей Станислав Степан Тимофей Тимур Фёдор "
    "Федор Фома Юрий Яков Ярослав Тарас Иоганн Лука Кузьма Савва Эдуард Эммануэль Дональд Джо Джозеф Барак Франсуа Мустафа Хамза Муса "
    # foreign men's names in a vowel, which Russian does not decline ("с Энтони Блинкеном")
    "Энтони Тони Дэнни Билли Гарри Барри Чарли Джонни Рикки Марко Пабло Хосе Рене Андре Педро Уго Паоло Карло Джорджо Серджо Нико"
).split()
_WOMEN = (
    "Александра Алина Алла Анастасия Ангелина Анна Антонина Валентина Валерия Вера Вероника Виктория Галина "
    "Дарья Евгения Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Карина Кира Клавдия Ксения Лариса "
    "Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина Раиса "
    "Светлана Софья София Тамара Татьяна Ульяна Эльвира Юлия Яна Ангела Камала Хиллари Тереза Урсула Марин"
).split()
_MEN_SET, _WOMEN_SET = set(_MEN), set(_WOMEN)
# Surnames ending in "-у", "-ю", "-е" or a stressed "-а" that are not declined; other
# surnames in these letters are read as case forms ("Путину", "Грефе"), never as nominatives.
_INDECLINABLE = {"Шойгу", "Гёте", "Гете", "Дюма", "Золя", "Петипа", "Депардье", "Ле Пен"}
# Adjectival surnames in a stressed "-ой"; other "-ого" forms are read as "-ый"/"-ий" ones.
_OI_SURNAMES = {"Толстой", "Луговой", "Донской", "Трубецкой", "Шаховской", "Полевой", "Лановой", "Боровой"}
_FLEETING = {"Лев": "Льв", "Павел": "Павл", "Пётр": "Петр", "Петр": "Петр"}  # first names losing a vowel
_OBLIQUE = re.compile(r"(?:ом|ем|ём|ым|им)$")
_VOWELS = "аеёиоуыэюя"
_HUSHING = "гкхжшчщ"  # "-ы" after them is written "-и"
_CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def _paradigm(nom: str, kind: str, gender: str) -> dict[str, str] | None:
    """The six case forms of ``nom`` as a first name, patronymic or surname of ``gender``."""
    last, stem = nom[-1], nom[:-1]
    if kind == "surname":
        if _indeclinable(nom):
            return dict.fromkeys(CASES, nom)
        if last in "уюе" or (last == "й" and nom[-2] in "уюяё"):
            return None  # "Карскую" is Карская's accusative, not a "Карскуй"'s dative
        adjective = re.fullmatch(r"(.+?)(ый|ий|ой|ая)", nom)
        if adjective and not _adjectival(nom, adjective.group(1), adjective.group(2)):
            return None  # "Захаровой" is Захарова's, not a "Захаровая"'s; "Навальний" is no name
        if adjective and (gender == "m") == (adjective.group(2) != "ая"):
            s = adjective.group(1)
            i = "и" if s[-1] in _HUSHING or adjective.group(2) == "ий" else "ы"
            if gender == "f":
                return dict(zip(CASES, (nom, s + "ой", s + "ой", s + "ую", s + "ой", s + "ой")))
            return dict(zip(CASES, (nom, s + "ого", s + "ому", s + "ого", s + i + "м", s + "ом")))
        if re.search(r"(?:[оеё]в|[ыи]н)$", nom) and gender == "m":
            return dict(zip(CASES, (nom, nom + "а", nom + "у", nom + "а", nom + "ым", nom + "е")))
        if re.search(r"(?:[оеё]в|[ыи]н)а$", nom) and gender == "f":
            return dict(zip(CASES, (nom, stem + "ой", stem + "ой", stem + "у", stem + "ой", stem + "ой")))
        if adjective:
            return None
        if last in "ая":
            # A woman's Глинка, Берия; a man's is not read: "Грефе" would be Греф's or a "Грефа"'s
            # and "-ская", "-ова" are adjectival or Захарова's: "Достоевской" is no "Достоевска"'s
            plain = gender == "f" and not re.search(r"(?:[сц]к|[оеё]в|[ыи]н)[ая]$", nom)
            return _a_declension(nom) if plain else None
        if _OBLIQUE.search(nom) or last in _VOWELS:
            return None  # "Грефом", "Путиным", "Навального": a case form, not a foreign nominative
        if gender == "f":
            return dict.fromkeys(CASES, nom)  # a woman's "Греф", "Меркель"
    if kind == "patronymic":
        if re.search(r"[ое]вич$|ич$", nom) and gender == "m":
            return dict(zip(CASES, (nom, nom + "а", nom + "у", nom + "а", nom + "ем", nom + "е")))
        if re.search(r"(?:[ое]вн|ичн|иничн)а$", nom) and gender == "f":
            return dict(zip(CASES, (nom, stem + "ы", stem + "е", stem + "у", stem + "ой", stem + "е")))
        return None
    if last in "ая":
        if (gender == "m") != (nom in _MEN_SET):
            return None
        if nom not in _WOMEN_SET and last == "я" and not nom.endswith("ия") and nom not in _MEN_SET:
            return None  # "Ання": only known names in "-я"
        if gender == "f" and nom not in _WOMEN_SET and ({stem, stem + "й", stem + "ь"} & _MEN_SET or stem in _FLEETING.values()):
            return None  # "Владимира", "Алексея": a man's genitive, not an unknown woman's name
        return _a_declension(nom)
    if gender == "f":
        return dict.fromkeys(CASES, nom) if kind == "first" and nom in _WOMEN_SET else None
    if last in "йь":
        if kind == "first" and nom not in _MEN_SET:
            return None
        prep = stem + "и" if nom.endswith("ий") else stem + "е"
        return dict(zip(CASES, (nom, stem + "я", stem + "ю", stem + "я", stem + "ем", prep)))
    if last in _VOWELS:
        return dict.fromkeys(CASES, nom) if kind == "surname" or nom in _MEN_SET else None
    if kind == "first" and nom not in _MEN_SET and (_OBLIQUE.search(nom) or nom in _FLEETING.values()):
        return None  # "Владимиром", "Сергеем"; "Льв", "Павл" (stems of Лев, Павел)
    if kind == "first" and nom not in _MEN_SET and {nom + "а", nom + "я"} & _WOMEN_SET:
        return None  # "Анну", "Ольгу": a woman's accusative, not the dative of a man "Анн"
    if nom in _FLEETING:  # "Лев": Льва, Львом
        s = _FLEETING[nom]
        return dict(zip(CASES, (nom, s + "а", s + "у", s + "а", s + "ом", s + "е")))
    o = "е" if last in "жшчщц" else "о"
    return dict(zip(CASES, (nom, nom + "а", nom + "у", nom + "а", nom + o + "м", nom + "е")))


def _a_declension(nom: str) -> dict[str, str]:
    """Анна, Мария, Илья, Никита, Глинка: the first declension."""
    stem = nom[:-1]
    if nom.endswith("ия"):
        return dict(zip(CASES, (nom, stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и")))
    if nom[-1] == "я":
        return dict(zip(CASES, (nom, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е")))
    y = "и" if stem[-1] in _HUSHING else "ы"
    return dict(zip(CASES, (nom, stem + y, stem + "е", stem + "у", stem + "ой", stem + "е")))


def _adjectival(nom: str, stem: str, ending: str) -> bool:
    """An adjectival surname: "-ский"/"-цкий" (and "-ий" after г, к, х, hushing letters), "-ый"
    after the others, "-ая" for women; "-ой" only for the listed ones (Толстой), since
    "Навального" is then read as Навальный. Never after "-ов-"/"-ин-" (Захаровой)."""
    if ending == "ой":
        return nom in _OI_SURNAMES
    if re.search(r"(?:[оеё]в|[ыи]н)$", stem):
        return False
    if ending in ("ий", "ый"):
        return (ending == "ий") == (stem[-1] in _HUSHING)
    return True


def _indeclinable(surname: str) -> bool:
    """Georgian "-дзе", "-швили", Ukrainian "-ко", "Черных"; foreign ones in "-о", "-и", a vowel and "-а"."""
    if surname.endswith(("ого", "ими", "ыми")):
        return False  # "Навального": a case form
    if surname[-1] == "и" and surname[-2] in _HUSHING:
        return False  # "Глинки": Глинка's genitive
    return (surname in _INDECLINABLE or surname[-1] in "ёиоэ" or surname.endswith(("дзе", "их", "ых"))
            or (surname[-1] in "ая" and surname[-2] in "еиоуэю"))


_ENDINGS = ("", "а", "я", "й", "ь", "ый", "ий", "ой", "ая")  # what a nominative may end in, after the stem
_CUTS = ("", "а", "у", "е", "и", "ы", "ю", "я", "ом", "ем", "ой", "ей", "ым", "им", "ого", "ому", "ую", "ии", "ию", "ией")


def _may_end(stem: str, ending: str) -> bool:
    """"-й" after a vowel only, "-я" not after г, к, х, hushing letters, "-ь" after a consonant, and not after "-ов"/"-ин" ("Путине" is Путин's)."""
    if ending == "й":
        return stem[-1] in _VOWELS
    if ending == "я":
        return stem[-1] not in _HUSHING + "ц"  # "Ольги" is Ольга's
    if ending == "ь":
        return stem[-1] in "лр"  # Гоголь, Меркель, Игорь: "Грефе", "Макроне" are Греф's, Макрон's
    return True


@cache
def _readings(word: str, kind: str) -> tuple[Reading, ...]:
    """Every ``(nominative, gender, case)`` whose paradigm has ``word``."""
    found: set[Reading] = set()
    for cut in _CUTS:
        if cut and not word.endswith(cut):
            continue
        stem = word[: len(word) - len(cut)]
        if len(stem) < 2:
            continue
        fleeting = [n for n, s in _FLEETING.items() if s == stem] if kind == "first" else []
        for nom in [stem + e for e in _ENDINGS if _may_end(stem, e)] + fleeting:
            for gender in ("m", "f"):
                forms = _paradigm(nom, kind, gender)
                if forms is None:
                    continue
                found.update((nom, gender, case) for case, form in forms.items() if form == word)
    if kind == "surname" and _indeclinable(word):
        return tuple(sorted(r for r in found if r[0] == word))  # "Шойгу" is not Шойг's dative
    return tuple(sorted(found))


def is_russian(name: str) -> bool:
    """A name of capitalised Cyrillic words, none with Kazakh letters."""
    words = name.split()
    return bool(words) and all(_CYRILLIC.fullmatch(w) for w in words) and not _NOT_RUSSIAN.search(name)


# Chinese surnames as Russian writes them: the surname comes first and is not declined, the
# given name after it is declined when it ends in "-н" ("с Си Цзиньпином", "Ли Кэцяна").
_CHINESE_SURNAMES = set(
    """Си Ли Ван Чжан Лю Чэнь Чень Ян Хуан Чжао Чжоу Сюй Сунь Ма Ху Го Линь Хэ Гао Лян Чжэн Ло Сун Се Тан Хань Цао Дэн
    Фэн Цзэн Пэн Цзян Вэнь Мао Цинь Бо Ся Юй Дун Лу Цуй Вэй Тао Цзинь Чэн Шэнь Ду Фу Жэнь Чжу Цзя Янь""".split()
)
_CHINESE_GIVEN = re.compile(r"([А-ЯЁ][а-яё]*н)(?:а|у|ом|е)")


def _chinese_nominative(words: list[str]) -> str | None:
    """A Chinese name (surname first) in the nominative: "Си Цзиньпином" → Си Цзиньпин;
    None when ``words`` are not a Chinese surname and a given name."""
    if len(words) != 2 or words[0] not in _CHINESE_SURNAMES:
        return None
    given = _CHINESE_GIVEN.fullmatch(words[1])
    return f"{words[0]} {given.group(1) if given else words[1]}"


def _first_name(word: str) -> bool:
    """A listed first name in any case ("Владимира", "Анне")."""
    return any(n in _MEN_SET or n in _WOMEN_SET for n, _g, _c in _readings(word, "first"))


def leading_word(span: str) -> int:
    """Where the name starts in a recognised person's span whose first word is not part of
    it: an organisation's genitive before a full name ("Госсовета Ли Кэцян", "Минфина Антона
    Силуанова": the name starts at the second word); 0 when the span starts with the name."""
    words = span.split()
    if len(words) != 3 or not is_russian(span) or _first_name(words[0]) or words[0] in _CHINESE_SURNAMES:
        return 0
    if words[1] in _CHINESE_SURNAMES or _first_name(words[1]):
        return span.index(words[1], len(words[0]))
    return 0


def nominative(name: str) -> str:
    """``name`` in the nominative when its words agree on one reading, else as written."""
    words = name.split()
    chinese = _chinese_nominative(words) if is_russian(name) else None
    if chinese is not None:
        return chinese
    if not 2 <= len(words) <= 3 or not is_russian(name) or any("-" in w for w in words):
        return name
    kinds = _kinds(words)
    per_word = [_readings(w, k) for w, k in zip(words, kinds)]
    if not any(g == "f" and n in _WOMEN_SET for n, g, _c in per_word[0]):
        # A woman's foreign surname in "-а" only after a known woman's name: "Майкла Джексона"
        # is a man's genitive, not a woman "Майкла Джексона" ("Елизаветы Глинки" is read).
        per_word[-1] = tuple(r for r in per_word[-1] if not (r[1] == "f" and _foreign_a(r[0])))
    results: set[str] = set()
    for gender in ("m", "f"):
        for case in CASES:
            noms = [[n for n, g, c in readings if g == gender and c == case] for readings in per_word]
            if not all(noms):
                continue
            if case == "nom" and all(name_word in n for name_word, n in zip(words, noms)):
                return name  # the name may be written in the nominative already
            results.update(" ".join(combo) for combo in _combinations(noms))
    if len(results) == 2:
        # After a first name that is not declined ("Джо", "Энтони"), "Байденом" reads as Байден's
        # instrumental or as the prepositional of an adjectival "Байденый": foreign surnames on a
        # consonant are far more common in the news than adjectival ones other than "-ский", "-цкий".
        short, long = sorted(results, key=len)
        if long in (short + "ый", short + "ий"):
            return long if long.endswith(("ский", "цкий")) else short  # "Джо Карском": Карский
    return results.pop() if len(results) == 1 else name


def _foreign_a(surname: str) -> bool:
    """A surname in "-а"/"-я" that is neither Захарова's kind nor adjectival."""
    return surname[-1] in "ая" and not surname.endswith("ая") and not re.search(r"(?:[оеё]в|[ыи]н)а$", surname)


def _kinds(words: list[str]) -> tuple[str, ...]:
    """First name and surname, or first name and patronymic ("Елизаветы Петровны"), or all three."""
    if len(words) == 3:
        return ("first", "patronymic", "surname")
    return ("first", "patronymic") if _readings(words[1], "patronymic") else ("first", "surname")


def _combinations(options: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for choices in options:
        out = [prefix + [c] for prefix in out for c in choices]
    return out


def gender(name: str) -> str | None:
    """"m" or "f" when the nominative ``name`` reads as one gender only."""
    words = name.split()
    if len(words) < 2 or not is_russian(name):
        return None
    kinds = _kinds(words)
    genders = [{g for n, g, c in _readings(w, k) if c == "nom" and n == w} for w, k in zip(words, kinds)]
    common = set.intersection(*genders)
    return common.pop() if len(common) == 1 else None


def surname_forms(name: str) -> set[str]:
    """The case forms of the surname of the nominative full ``name`` ("Владимир Путин":
    Путин, Путина, Путину, Путиным, Путине); nothing when its gender is unsure."""
    g = gender(name)
    if g is None:
        return set()
    forms = _paradigm(name.split()[-1], "surname", g)
    return set(forms.values()) if forms else set()
