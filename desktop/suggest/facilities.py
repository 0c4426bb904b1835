"""Russian names of facilities and works after the noun of their kind (no I/O, no Qt).

Russian names a street, a square, a park, a cemetery (a cinema or a station in quotes) after the
lower-case noun of its kind ("на площади Тяньаньмэнь", "на улице Лётчиков", "в парке Лесоводов", "в кинотеатрах
«Звезда», «Космос» и «Юность»"), and a film, a song or a brand alike ("фильм «Цирк»", "под
торговыми марками «Раундап», «Глифор»"): the name after such a noun is the facility's or the work's,
no person, organisation or place to tag, even when it is also a city's or a person's ("кинотеатр
«Тула»", "улица Ленина"; a work's or brand's name only in quotes: "книга Толстого" is the author's), and so are
the quoted names of a list such a noun introduces ("в кинотеатрах городской сети «Москино»: «Полёт», «Тула»",
"синглами, среди которых «Today», «Talk Talk»"), and a name ending with such a noun after a hyphen ("Карнеги-холл",
"Таймс-сквер"; not "Даунинг-стрит", the government as often).
:func:`named_thing` says so for a suggestion's span; the names of a list in
quotes after the noun go with it. Not after "клуб" ("футбольный клуб «Спартак»": the club is an
organisation), "журнал", "газета" (media are organisations), nor for a store's entity. A Kazakh name in guillemets
before the noun of a programme's or a work's kind is a thing too (:func:`desktop.suggest.kazakh_heads.quoted_thing`).
"""

from __future__ import annotations

import re

from desktop.suggest import kazakh_heads
from desktop.suggest.words import IsPlace

__all__ = ["named_thing"]

# The lower-case noun of a place's own kind (a street, a square, a park, a cemetery), before a name quoted or not ...
_GROUND = (r"площад[ьиеяюмх]{1,3}|улиц[аеиуыой]{1,3}|проспект[аеуомы]{0,3}|переул[а-я]{1,4}|бульвар[а-я]{0,3}"
           r"|набережн[а-я]{2,3}|сквер[а-я]{0,3}|парк[аеуомих]{0,3}|кладбищ[а-я]{1,3}|застав(?:а|ы|е|у|ой|ою|ам|ами|ах)|хранилищ[а-я]{1,3}")
# ... and of a building's, a work's or a brand's kind, before a name in quotes only ("стадион Рио", "вокзал Лоди":
# the city's; "книга Толстого", "фильм Михалкова": the author)
_QUOTED_KIND = (r"кинотеатр[а-я]{0,3}|стадион[а-я]{0,3}|арен[а-я]{1,2}|станци[а-я]{1,3}|вокзал[а-я]{0,3}"
                r"|телецентр[а-я]{0,3}|фильм[а-я]{0,3}|картин[а-я]{1,3}|песн[а-я]{1,3}|альбом[а-я]{0,3}|сингл[а-я]{0,3}"
                r"|книг[а-я]{1,3}|роман[а-я]{0,3}|спектакл[а-я]{1,3}|сериал[а-я]{0,3}|марк[а-я]{1,3}|бренд[а-я]{0,3}")
_KIND = re.compile(rf"(?<![\w-])(?:(?:{_GROUND})[ \u00a0]+[«\"„]?|(?:{_QUOTED_KIND})[ \u00a0]+[«\"„])$")
# A list of quoted names introduced after such a noun ("в кинотеатрах городской сети «Москино»: «Полёт», «Искра»",
# "синглами, среди которых «Today», «Talk Talk»", "такие картины, как «Цирк»", "Автор книг: «…», «Тишина»"): up to
# three lower-case words and a quoted owner's name before a colon, or "среди которых", "как", "в том числе"; no word
# between in a plural's oblique case, which brings the list a noun of its own ("фильм снят студиями: «Мосфильм»",
# "альбом записан спонсорами, среди которых «Газпром»": organisations; "хитов группы как «Talk Talk»" are hits) (the
# owner before the colon stays: «Москино», the network, is an organisation; "книг и журналов: «Квант»" lists
# magazines, media, which are organisations)
_KIND_THEN_LIST = re.compile(rf"(?<![\w])(?:{_QUOTED_KIND}|книг|хит[а-я]{{0,3}}|сочинени[а-я]{{1,3}}|произведени[а-я]{{1,3}})"
                             r"(?:[ \u00a0]+(?!журнал|газет|[а-яё]*(?:ами|ями|ам|ям|ах|ях|ов|ев)(?![а-яё]))[а-яё]+){0,3}"
                             r"(?:[ \u00a0]*[«\"„][^«»\"„“\n]{1,40}[»\"“])?"
                             r"(?:[ \u00a0]*:|,?[ \u00a0]+(?:среди[ \u00a0]+которых|(?:такие[ \u00a0]+)?как|в[ \u00a0]+том[ \u00a0]+числе))"
                             r"[ \u00a0]+[«\"„]$")
# One more quoted name of a list: «Звезда», «Космос» и «Юность»
_LIST_BEFORE = re.compile(r"[»\"“][ \u00a0]*(?:,|и|или)[ \u00a0]+[«\"„]$")
_QUOTED_BEFORE = re.compile(r"[«\"„][^«»\"„“]{1,60}[»\"“][ \u00a0]*(?:,|и|или)[ \u00a0]+[«\"„]$")

# A facility's name that ends with the noun of its kind after a hyphen, as Russian writes English names ("Карнеги-холл",
# "Таймс-сквер", "Минск-арена", "Эмпайр-стейт-билдинг"); a district's "-сити" is a place and stays, and so does a
# street's "-стрит", which names the government or a trade as often ("В заявлении Даунинг-стрит", "Уолл-стрит").
_HYPHENATED_KIND = re.compile(r"-(?:холл|сквер|арен|билдинг)[а-я]{0,3}$")
_REST_OF_WORD = re.compile(r"[\w-]*")

# ``is_place(text, start, end)``: the gazetteer knows a state or place at text[start:end]


def named_thing(text: str, start: int, end: int, is_place: IsPlace, kind: object = None) -> bool:
    """``text[start:end]`` (of type ``kind``) is a name right after the noun of a facility's or a
    work's kind, or a quoted name of a list that follows one; not, without quotes, a state or place
    the gazetteer knows ("площадь Москвы": the city's area); never a person ("улица Лобачевского",
    "фильм «Александр Ширвиндт: …»": the corpora count the person a street or a film is named after)."""
    if kazakh_heads.quoted_thing(text, start, end):
        return True  # "« Бақытты отбасы » бағдарламасы": a programme (Kazakh)
    word_end = _REST_OF_WORD.match(text, end)
    if _HYPHENATED_KIND.search(text, start, word_end.end() if word_end is not None else end) is not None:
        return True  # "в Карнеги-холле", "на Таймс-сквер", "Минск" of "«Минск-арене»": a building, a square
    if kind == "person":
        return False  # "улица Лобачевского", "фильм «Александр Ширвиндт: …»": the person named
    pos = start
    for _ in range(12):  # the names of a list, one by one back to the noun
        noun = _KIND.search(text, max(0, pos - 24), pos)
        if noun is not None:
            quoted = pos < start or noun.group().rstrip()[-1:] in "«\"„"
            return quoted or not is_place(text, start, end)
        if _LIST_BEFORE.search(text, max(0, pos - 8), pos) is None:
            return _KIND_THEN_LIST.search(text, max(0, pos - 120), pos) is not None
        previous = _QUOTED_BEFORE.search(text, max(0, pos - 80), pos)
        if previous is None:
            return False
        pos = previous.start() + 1
    return False
