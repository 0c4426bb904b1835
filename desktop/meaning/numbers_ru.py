"""Russian numbers in words and the Russian counts, ages and lengths of time the other figure
patterns leave.

* Number words in every case, and their compounds: "двух" → 2, "двадцать семь" → 27, "две
  тысячи" → 2000, "полтора" → 1.5 (:func:`words_value`).
* Counts: a number (words or digits) and the noun it counts, with up to two adjectives
  between: "двух генералов полиции" → 2 генералов, "пяти крупнейших мафиозных кланов" → 5
  кланов, "Двадцать семь кандидатов" → 27.  The noun must agree with the number ("7 части",
  "34 паркране" are ordinals or labels, not counts: a count of 7 takes the genitive plural);
  a number after a label ("части 2 статьи", "пункту 6", "№ 5") or a demonstrative ("этих
  двух дел": things already named) is no count.
* A number before what befell people counts people: "578 умерли" → 578 people; "73 из 101" is a
  share, 0.7228, as "seven out of 10" is in English.
* Collective numerals count people unless a noun follows: "пятеро выступили против" → 5
  people, "двое детей" → 2 детей, "двое суток" → 2 d.
* "дважды", "трижды" → 2, 3 times; "12-часовой", "5-дневный" → 12 h, 5 d.
* Ages and lengths in words: "сорокалетнего", "восьмилетний", "трёхдневный" → 40 y, 8 y, 3 d; "3-х лет",
  "5-ти дней" → 3 y, 5 d; "на один год" → 1 y; "каждому по 21 году" → 21 y; "исполнилось 30" →
  30 y; "полвека", "полгода" → 50 y, 0.5 y; one unit of time after a bound: "больше недели" →
  > 1 wk, "примерно неделю" → ≈ 1 wk, "в течение недели" → 1 wk.

Called by :func:`desktop.meaning.figures.find_figures`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable

from desktop.meaning.designations import latin_code_before, named_before, ru_ordinal_form
from desktop.meaning.numbers import CYRILLIC, opens_sentence, word_alternation
from desktop.meaning.ru_verbs import masculine_past
from desktop.meaning.ru_people import befell_people

__all__ = ["HALF", "RU_NUMBER_WORDS", "find_ru_figures", "not_a_ru_count", "words_value"]

Found = tuple[int, int, dict[str, int | float | str]]


def _forms(value: int, *words: str) -> dict[str, int]:
    return {w: value for w in words}


# Every case form of the number words (nominative, genitive, dative, instrumental, prepositional).
RU_NUMBER_WORDS: dict[str, int] = {
    **_forms(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном"),
    **_forms(2, "два", "две", "двух", "двум", "двумя"),
    **_forms(3, "три", "трёх", "трех", "трём", "трем", "тремя"),
    **_forms(4, "четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя"),
    **_forms(5, "пять", "пяти", "пятью"), **_forms(6, "шесть", "шести", "шестью"),
    **_forms(7, "семь", "семи"), **_forms(8, "восемь", "восьми", "восемью", "восьмью"),
    **_forms(9, "девять", "девяти", "девятью"), **_forms(10, "десять", "десяти", "десятью"),
    **{f"{stem}надцат{end}": 10 + i for i, stem in enumerate(
        ["один", "две", "три", "четыр", "пят", "шест", "сем", "восем", "девят"], 1) for end in ("ь", "и", "ью")},
    **{f"{stem}{end}": 10 * i for i, stem in ((2, "двадцат"), (3, "тридцат")) for end in ("ь", "и", "ью")},
    **_forms(40, "сорок", "сорока"), **_forms(90, "девяносто", "девяноста"), **_forms(100, "сто", "ста"),
    **{f"{a}{b}": 10 * i for i, a in ((5, "пят"), (6, "шест"), (7, "сем"), (8, "восем"))
       for b in ("ьдесят", "идесяти", "ьюдесятью")},
    **_forms(80, "восьмидесяти"),
    **_forms(200, "двести", "двухсот", "двумстам"), **_forms(300, "триста", "трёхсот", "трехсот"),
    **_forms(400, "четыреста", "четырёхсот", "четырехсот"),
    **{f"{a}сот": 100 * i for i, a in ((5, "пять"), (6, "шесть"), (7, "семь"), (8, "восемь"), (9, "девять"))},
    **{f"{a}сот": 100 * i for i, a in ((5, "пяти"), (6, "шести"), (7, "семи"), (8, "восьми"), (9, "девяти"))},
    # the hundreds' dative, instrumental and prepositional ("трёмстам", "пятьюстами", "в трёхстах метрах")
    **{f"{a}{end}": 100 * i for i, stems in (
        (2, ("двум", "двумя", "двух")), (3, ("трём", "трем", "тремя", "трёх", "трех")),
        (4, ("четырём", "четырем", "четырьмя", "четырёх", "четырех")), (5, ("пяти", "пятью")),
        (6, ("шести", "шестью")), (7, ("семи", "семью")), (8, ("восьми", "восемью", "восьмью")),
        (9, ("девяти", "девятью"))) for a in stems for end in ("стам", "стами", "стах")
       if end == "стами" and a.endswith(("мя", "ью")) or end != "стами" and not a.endswith(("мя", "ью"))},
}
HALF = {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5}
_MULTIPLIERS = {"тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячам": 1000,
                "тысячами": 1000, "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6, "миллиард": 10**9,
                "миллиарда": 10**9, "миллиардов": 10**9}
_WORD = word_alternation(list(RU_NUMBER_WORDS) + list(HALF))
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
# Up to three number words (hundreds, tens, units), then a thousand or a million.
_WORDS = rf"(?:{_WORD})(?:[ \u00a0]+(?:{_WORD})){{0,2}}(?:[ \u00a0]+(?:{_MULT}))?"


def words_value(words: str) -> int | float | None:
    """The value of Russian number words ("двадцать семь" → 27, "две тысячи" → 2000), or None."""
    total: int | float = 0
    current: int | float = 0
    for word in words.lower().replace("\u00a0", " ").split():
        if word in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[word]
            current = 0
        elif word in RU_NUMBER_WORDS:
            current += RU_NUMBER_WORDS[word]
        elif word in HALF:
            current += HALF[word]
        else:
            return None
    value = total + current
    return (int(value) if value == int(value) else value) or None  # "полтора миллиона" → 1 500 000, an int


# An adjective between a number and its noun is plural ("двух Государственных премий", "две новые
# школы"); singular endings ("-ей", "-ой") are left out: nouns end so too ("жителей").
_ADJ = r"[А-ЯЁа-яё][а-яё]+(?:ых|их|ые|ие|ым|им|ыми|ими)"
_COUNT_RE = re.compile(
    rf"(?<![\w.,%$€£№-])(?P<num>\d{{1,6}}(?:,\d{{1,2}}(?![\d.,]))?|(?i:{_WORDS}|тысяч[ау]|миллиона?|миллиарда?))"
    # "двух и более человек", "250 и более концертов": a bound between the number and its noun
    r"(?:[ \u00a0]+и[ \u00a0]+(?P<bound>(?i:более|больше|менее|меньше)))?"
    r"(?:[ \u00a0]+(?:его|её|ее|их)(?=[ \u00a0]))?"  # "около 80 его последователей", "три его заместителя"
    rf"(?P<mods>(?:[ \u00a0]+{_ADJ}){{0,2}})[ \u00a0]+(?P<noun>[а-яё]{{3,}}|[а-яё]{{2,}}-[а-яё]{{3,}})(?![\w-])"
)
# Words before a number that make it a label or a reference, not a count.
_LABELS = set("""
    часть части частью пункт пункта пункту пунктам пунктами пунктом статья статьи статье статью статьей
    статьёй ст ч п пп глава главы главе том тома номер номера номером дом дома корпус школа школы
    колонии колония палата палаты камера камеры рейс рейса маршрут маршрута линия линии
    """.split())
_FLIGHT = {"рейс", "рейса", "рейсом", "рейсу", "рейсе"}  # (not a road's or a line's word: "на линии D1 15 поездов" counts)
_DEMONSTRATIVES = set("""
    эти этих этим этими те тех тем теми все всех всем всеми оба обоих последние последних эта это
    """.split())
# Lower-case words after a number that are no counted thing (prepositions, conjunctions, pronouns,
# verbs' endings are checked apart; units of time and measure are read by figures.py).
_NOT_NOUNS = set("""
    из для при под над без про или как так что чем это его её ему ним них них она они оно
    тысяч тысячи тысяча миллионов миллиона миллион миллиардов года году лет год раз раза
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    суток сутки процентов процента
    """.split())
_PEOPLE_NOUNS = {"человек", "человека", "людей"}  # "два молодых человека" → 2 people
_PREPOSITIONS = set("в во с со до к по от на за после около".split())
_BOUNDS = set("около более свыше почти примерно порядка менее".split())
_VERB_END = re.compile(r"(?:ть|ться|ся|сь|ют|ут|ят|ала|ало|ила|ило|ела)$")
_PREVIOUS = re.compile(r"([\w.№]+)[\s\u00a0]*$")


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS.search(text, max(0, start - 24), start)
    return m.group(1).lower().rstrip(".") if m else ""


def _agrees(value: int, noun: str) -> bool:
    """A noun written after a number in digits agrees with it as a count: one (21, 31…) takes
    the singular, two to four the genitive singular, the rest the genitive plural; any number
    takes a plural of the oblique cases ("в 11 парках", "к 5 частям")."""
    if re.search(r"(?:ах|ях|ам|ям|ами|ями|ов|ев|ей)$", noun):
        return True
    last, tens = value % 10, value % 100
    if last == 1 and tens != 11:
        return True
    if 2 <= last <= 4 and not 12 <= tens <= 14:
        return re.search(r"[аяиы]$", noun) is not None
    return re.search(r"(?:[аяиыеую]|ом|ем|ой)$", noun) is None


def not_a_ru_count(text: str, start: int, value: int | float, noun: str) -> bool:
    """The Russian noun after the number at ``start`` is no counted thing: it does not agree
    with the number ("7 части", "34 паркране"), is capitalised ("19.7 КоАП"), or the number
    follows a label ("части 2 статьи", "пункту 6") or a flight's word and its airline's code ("рейс SU 1234")."""
    code = latin_code_before(text, start)  # (a flight and its airline's code: "рейс SU 1234 задержали")
    if not noun.islower() or _previous_word(text, start) in _LABELS or code is not None and _previous_word(text, code) in _FLIGHT or (
            named_before(text, start)):  # ("Индекс FTSE 250 …", "пользователи Windows 11 …": a name's number, as in English)
        return True
    return isinstance(value, int) and (not _agrees(value, noun.lower()) or ru_ordinal_form(value, noun))  # ("26 место": a rank)


# The low end of a range in words before a count: "от двух до |семи пуль".
_FROM_BEFORE = re.compile(rf"(?<![\w-])(?i:от)[ \u00a0]+(?P<lo>\d{{1,6}}|(?i:{_WORDS}))[ \u00a0]+(?i:до)[ \u00a0]+$")
# A currency counted in words ("пять миллионов долларов" → USD) and units of time after number words.
_CURRENCY_NOUNS = [(r"доллар(?:ов|а)", "USD"), (r"рубл(?:ей|я)", "RUB"), (r"евро", "EUR"), (r"юан(?:ей|я)", "CNY"),
                   (r"тенге", "KZT"), (r"гривен|гривны", "UAH"), (r"процент(?:ов|а)?", "%")]
_TIME_NOUNS = {"лет": "y", "года": "y", "месяцев": "mo", "месяца": "mo", "недель": "wk", "недели": "wk", "дней": "d",
               "дня": "d", "часов": "h", "часа": "h", "минут": "min", "минуты": "min"}
# Nouns whose ending looks like a verb's ("53 уголовных дела", "5 села").
_VERBLIKE_NOUNS = {"дела", "тела", "села"}
# Words before a number that make it refer back, unless it is written in digits ("все 192 члена" is a count).
_ALL = {"все", "всех", "всем", "всеми", "оба", "обоих"}


_SUPERLATIVE = re.compile(r"(?<![\w-])(?i:самы(?:е|х|м|ми))(?![\w-])")


def _counts(text: str, a: int, b: int) -> Iterable[Found]:
    for m in _COUNT_RE.finditer(text, a, b):
        num = m["num"]
        digits = num.isdigit()
        decimal = "," in num  # "7,7 передачи", "219,11 баллов"
        value = (float(num.replace(",", ".")) if decimal else int(num) if digits
                 else 1000 if num.lower() in ("тысяча", "тысячу") else words_value(num))
        previous = _previous_word(text, m.start())
        if value is None or value == 1 and not m["noun"].startswith("процент") or text[m.start() - 1 : m.start()] == "«":
            continue  # «Три минуты тишины»: a title
        if previous in _DEMONSTRATIVES - (_ALL if digits or decimal else set()) or previous == "№" or (
                not digits and not decimal and num[0].isupper() and not opens_sentence(text, m.start())):
            continue
        if _SUPERLATIVE.search(m["mods"]) and re.search(r"(?:ые|ие|ых|их|ыми|ими)$", m["noun"]):
            # "Две самые известные — …": an adjective after "самые", the counted noun left out
            yield m.start(), m.end("num"), {"value": value, "unit": "", "scale": ""}
            continue
        # The noun, or the last adjective when what follows is no noun of the count: "10 пострадавших
        # госпитализированы" counts the injured.
        mods = list(re.finditer(r"[^ \u00a0]+", m["mods"]))
        candidates = [(m["noun"], m.end())]
        if mods and mods[-1][0].endswith(("ых", "их")):
            candidates.append((mods[-1][0], m.start("mods") + mods[-1].end()))
            if befell_people(mods[-1][0]) and m["noun"].endswith(("ли", "ны", "ты")):
                del candidates[0]  # "Сто раненых эвакуировали", "Пять погибших опознаны": a verb after the injured
        time = _TIME_NOUNS.get(m["noun"].lower()) if not digits and not decimal and not m["mods"] else None
        if time is not None and previous not in _LABELS | {"через", "спустя"} and not re.match(
                r"[ \u00a0]+(?:назад|тому|спустя)(?![\w-])", text[m.end() : m.end() + 12]):  # "семь тысяч лет" (not "… назад")
            yield m.start(), m.end(), {"value": value, "unit": time, "scale": ""}
            continue
        for noun, end in candidates:
            if _counted(text, m.start(), num, value, noun, previous):
                money = next((code for pattern, code in _CURRENCY_NOUNS if re.fullmatch(pattern, noun.lower())), "")
                unit = money or ("people" if noun in _PEOPLE_NOUNS or befell_people(noun) else noun.lower())  # ("12 погибших")
                attrs: dict[str, int | float | str] = {"value": value, "unit": unit, "scale": ""}
                if m["bound"]:
                    attrs["qualifier"] = "≥" if m["bound"].lower() in ("более", "больше") else "≤"
                low = _FROM_BEFORE.search(text, max(0, m.start() - 40), m.start())
                low_value = low and (int(low["lo"]) if low["lo"].isdigit() else words_value(low["lo"]))
                scale = _MULTIPLIERS.get(num.lower().split()[-1], 1) if not digits else 1
                if low_value and scale > 1 and low_value < scale:
                    low_value *= scale  # "от двух до семи тысяч" is 2 000–7 000
                if low and low_value and low_value < value:  # "от двух до семи пуль": a range in words
                    yield low.start(), end, {**attrs, "value": low_value, "upper": value}
                else:
                    yield m.start(), end, attrs
                break


# A scale word in words read back from ("два миллиона", "полторы тысячи" with no noun counted): the number alone.
# What may follow a number standing alone: the clause's end, a conjunction or a preposition.
_CLAUSE_GOES_ON = re.compile(r"[ \u00a0]*(?:[.,;:!?)\u2014\u2013»\"\n]|$)|[ \u00a0]+(?i:из|и|а|но|или|в|на|за|до|от|по|к|с|у|—)(?![\w-])")
_SCALE_AT = re.compile(rf"(?<![\w-])(?i:{_MULT})(?![\w-])")
_WORDS_BEFORE = re.compile(rf"(?<![\w.,-])(?i:(?:{_WORD})(?:[ \u00a0]+(?:{_WORD})){{0,2}})[ \u00a0]+$")


def _scaled_alone(text: str, a: int, b: int) -> Iterable[Found]:
    for m in _SCALE_AT.finditer(text, a, b):
        words = _WORDS_BEFORE.search(text, max(a, m.start() - 48), m.start())
        if words is None:
            continue
        value = words_value(text[words.start() : m.end()])
        previous = _previous_word(text, words.start())
        if not _CLAUSE_GOES_ON.match(text, m.end()):
            continue  # a word the count rules did not take ("семь тысяч лет назад", "в две тысячи девятом году")
        if value is None or value < 2 or previous in _DEMONSTRATIVES or previous == "№" or (
                text[words.start()].isupper() and not opens_sentence(text, words.start())):
            continue
        yield words.start(), m.end(), {"value": value, "unit": "", "scale": ""}


def _counted(text: str, start: int, num: str, value: int | float, noun: str, previous: str) -> bool:
    """``noun`` after the number ``num`` at ``start`` is what it counts."""
    if noun in _NOT_NOUNS - {"процентов", "процента"} or _VERB_END.search(noun) and noun not in _VERBLIKE_NOUNS or (
            noun.startswith(("тысяч", "миллион"))) or masculine_past(text, start, value, noun):
        return False  # (a verb: "продала", "снизился", "Индекс 250 вырос")
    if not num.isdigit() and re.search(r"(?:тысяч[иа]?|миллиона?|миллионов)$", num.lower()) and re.search(
            r"(?:ом|ому|ый|ого|ую|ая)$", noun.lower()):
        return False  # "в две тысячи девятом году": an ordinal, a year in words
    if "," in num:  # a decimal counts the genitive: "74,92 балла", "149,95 баллов"
        return noun.islower() and previous not in _LABELS and (_agrees(2, noun) or _agrees(5, noun))
    if not num.isdigit():
        return previous not in _LABELS and noun.islower()
    if 1500 <= value <= 2099 and previous not in _BOUNDS and (
            previous in _PREPOSITIONS or not re.search(r"(?:ов|ев|ей|иц)$", noun) and not _agrees_strictly(value, noun)):
        return False  # "в 2018 году", "2019 выборы": a year; "1789 пациентов", "1550 единиц", "1883 организации" are counts
    return not not_a_ru_count(text, start, value, noun)


def _agrees_strictly(value: int | float, noun: str) -> bool:
    """A year is never followed by a noun in the case a count of it needs ("1883 организации",
    "2091 административный протокол"; not "2019 выборы", "2014 Олимпиада")."""
    last, tens = int(value) % 10, int(value) % 100
    if last == 1 and tens != 11:
        return re.search(r"(?:[бвгджзклмнпрстфхцчшщ]|[аяоеь])$", noun) is not None and noun not in _NOT_NOUNS
    if 2 <= last <= 4 and not 12 <= tens <= 14:
        return re.search(r"(?:и|а|я)$", noun) is not None
    return False


_COLLECTIVE = {"двое": 2, "двоих": 2, "двоим": 2, "двоими": 2, "трое": 3, "троих": 3, "троим": 3, "троими": 3,
               "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5, "шестеро": 6, "шестерых": 6,
               "семеро": 7, "семерых": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10}
_COLLECTIVE_RE = re.compile(
    r"(?<![\w-])(?P<num>(?i:" + "|".join(sorted(_COLLECTIVE, key=len, reverse=True)) + r"))(?![\w-])"
    rf"(?:(?:[ \u00a0]+{_ADJ})?[ \u00a0]+(?P<noun>[а-яё]{{3,}})(?![\w-]))?"
)
# A number before a verb that says what befell people counts people: "578 умерли", "двое погибли".
_PEOPLE_VERB_RE = re.compile(
    rf"(?<![\w.,%$€£№-])(?P<num>\d{{1,6}}|(?i:{_WORDS}))[ \u00a0]+(?:(?:человек|чел\.)[ \u00a0]+)?"
    r"(?i:умерли|умерло|погибли|погибло|пострадали|пострадало|ранены|ранено|задержаны|задержано|арестованы"
    r"|госпитализированы|госпитализировано|эвакуированы|эвакуировано|спасены|выжили|заразились|выздоровели"
    r"|получили[ \u00a0]+(?:ранения|травмы))(?![\w-])"
)
# "73 из 101 депутата", "на 19 из последних 24 праймериз": a share, as "seven out of 10" (amounts.py).
_SHARE_RE = re.compile(r"(?<![\w.,%$€£№-])(?P<n>\d{1,6})[ \u00a0]+из[ \u00a0]+(?:(?:последних|первых)[ \u00a0]+)?"
                       r"(?P<d>\d{1,6})(?![\w.,]\w|[\w-])")
_TIMES_RE = re.compile(r"(?<![\w-])(?i:(?P<w>дважды|трижды|четырежды))(?![\w-])")
_TIMES = {"дважды": 2, "трижды": 3, "четырежды": 4}
# "сорокалетнего", "восьмилетний", "двадцатилетний": an age or a length in words.
_AGE_PREFIX = {"одно": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6,
               "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12,
               "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17,
               "восемнадцати": 18, "девятнадцати": 19, "сто": 100}
_AGE_TENS = {"двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70,
             "восьмидесяти": 80, "девяноста": 90}
_AGE_UNITS = {w: v for w, v in _AGE_PREFIX.items() if v < 10}
# An age or a length in words, tens and units in one word: "сорокалетнего", "Шестидесятивосьмилетняя",
# "девятнадцатилетней", "трёхдневный"; a share in words: "четырехпроцентным", "стопроцентный".
_AGE_RE = re.compile(
    r"(?<![\w-])(?i:(?P<t>" + "|".join(sorted(_AGE_TENS, key=len, reverse=True)) + r")(?P<tu>"
    + "|".join(sorted(_AGE_UNITS, key=len, reverse=True)) + r")?|(?P<p>"
    + "|".join(sorted(_AGE_PREFIX, key=len, reverse=True)) + r"))"
    r"(?P<u>летн|месячн|дневн|недельн|часов|процентн|комнатн|этажн|местн|страничн|ярусн|каратн)(?:ий|ый|ой|его|ого|ему|ому|им|ым|ем|ом|яя|ая|ей|юю|ую|ие|ые|их|ых|ими|ыми|ее|ое)"
    r"(?![\w-])"
)
# "12-часовой", "5-дневный", "3-месячный": a length in a compound adjective; "4-комнатное", "630-местном": a count.
_LENGTH_ADJ_RE = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,4})-(?P<u>(?i:часов|минутн|дневн|недельн|месячн|комнатн|этажн|местн|страничн|ярусн|каратн))"
    r"(?:ой|ая|ую|ого|ому|ым|ом|ые|ых|ыми|ый|ий|его|ей|яя|юю|ие|их|ое|ее)(?![\w-])"
)
_LENGTH_UNITS = {"часов": "h", "минутн": "min", "дневн": "d", "недельн": "wk", "месячн": "mo", "летн": "y",
                 "процентн": "%",
                 # what a flat, a building, a hall, a book, a cake and gold have so many of: "трёхкомнатная", "пятиэтажный",
                 # "630-местном", "688-страничную", "восьмиярусного", "18-каратного" (the unit: the counted noun)
                 "комнатн": "комнат", "этажн": "этажей", "местн": "мест", "страничн": "страниц", "ярусн": "ярусов",
                 "каратн": "карат"}
# "70-процентное", "54 процентным": a share; "20-долларовой купюре": money.
_SHARE_ADJ_RE = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3}(?:,\d)?)(?:[-\u2011]|[ \u00a0])(?P<u>(?i:процентн|долларов|рублев|рублёв|евров|метров|километров))"
    r"(?:ой|ая|ую|ого|ому|ым|ом|ые|ых|ыми|ый|ий|ое|ее)(?![\w-])")
_SHARE_ADJ_UNITS = {"процентн": "%", "долларов": "USD", "рублев": "RUB", "рублёв": "RUB", "евров": "EUR", "метров": "m",
                    "километров": "km"}
# A case ending written on the digits: "3-х лет", "5-ти дней", "72-х летний" (the last in counts.py).
_SUFFIXED_RE = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3})-(?:х|ти|ми|и)[ \u00a0]+(?P<u>(?i:лет|года|месяцев|месяца|дней|дня|часов|часа|недель|суток))"
    r"(?![\w-])")
_SUFFIXED_UNITS = {"лет": "y", "года": "y", "месяцев": "mo", "месяца": "mo", "дней": "d", "дня": "d", "часов": "h",
                   "часа": "h", "недель": "wk", "суток": "d"}
# … and before a metric unit, a percent, a mile: "в 2-х километрах", "в 5-ти км", "10-ти тонн", "до 5-ти процентов", "в
# 2-х милях" (a word's stem with any case ending).
_SUFFIXED_METRIC_RE = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3})-(?:х|ти|ми|и)[ \u00a0]+(?P<u>(?i:(?:кило|санти|милли)?метр|килограмм|тонн|гектар|литр|процент)"
    r"(?:ов|а|ах|ам|ами|ы|у|е)?|(?i:мил(?:ь|и|ей|ях|ям|ями))|км|см|мм|кг|м)(?P<per>/ч|/с)?(?![\w/-])")  # ("60-ти км/ч", "15-ти м/с": a speed)
_SUFFIXED_METRIC = {"километр": "km", "сантиметр": "cm", "миллиметр": "mm", "метр": "m", "килограмм": "kg", "тонн": "t",
                    "гектар": "ha", "литр": "l", "процент": "%", "мил": "mi", "км": "km", "см": "cm", "мм": "mm", "кг": "kg", "м": "m"}
# One unit of time counted: "на один год", "до одного года" (not "один день": some day).
# (and the dative of a sentence: "приговорили к одному году тюрьмы" → 1 y)
_ONE_OF_RE = re.compile(r"(?<![\w-])(?i:один|одного|одну|одной|(?<=к |к\u00a0)одному)[ \u00a0]+"
                        r"(?P<u>(?i:год|года|году|месяц|месяца|месяцу|неделю|недели|неделе|час|часа))(?![\w-])")
_ONE_OF_UNITS = {"год": "y", "года": "y", "году": "y", "месяц": "mo", "месяца": "mo", "месяцу": "mo", "неделю": "wk",
                 "недели": "wk", "неделе": "wk", "час": "h", "часа": "h"}
# "на 75 году жизни", "на 91-ом году жизни": in the 75th year of life, aged 74 (an obituary's age).
_YEAR_OF_LIFE_RE = re.compile(r"(?<![\w-])(?i:на)[ \u00a0]+(?P<n>\d{1,3})(?:-?(?:ом|ем|м))?[ \u00a0]+(?i:году[ \u00a0]+жизни)(?![\w-])")
# A case ending written on the digits before a scale: "4-х миллионов документов", "5-ти тысяч человек".
_SUFFIXED_SCALE_RE = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3})-(?:х|ти|ми|и)[ \u00a0]+(?P<s>(?i:тысяч|миллионов|миллиардов))(?![\w-])")
_SUFFIXED_SCALES = {"тысяч": 10**3, "миллионов": 10**6, "миллиардов": 10**9}
# "каждому по 21 году": an age.
_EACH_AGED_RE = re.compile(r"(?<![\w-])(?i:по)[ \u00a0]+(?P<n>\d{1,3})[ \u00a0]+(?i:году|года|лет)(?![\w-])")
_TURNED_RE = re.compile(r"(?<![\w-])(?i:исполнил(?:ось|ся|ась|ись))[ \u00a0]+(?P<n>\d{1,3})(?![\w.,]\w|[ \u00a0]*[\w%])")
_HALF_UNIT_RE = re.compile(r"(?<![\w-])(?i:пол(?:у(?!месяц))?(?P<u>века|года|часа|месяца|минуты|километра|метра|миллиона|миллиарда"
                           r"|тысячи|сотни|дюжины))(?![\w-])")  # (not "до полудня": noon)
_HALF_UNITS: dict[str, tuple[int | float, str]] = {"века": (50, "y"), "года": (0.5, "y"), "часа": (0.5, "h"),
                                                   "месяца": (0.5, "mo"), "минуты": (0.5, "min"), "километра": (0.5, "km"),
                                                   "метра": (0.5, "m"), "миллиона": (500_000, ""), "миллиарда": (500_000_000, ""),
                                                   "тысячи": (500, ""), "сотни": (50, ""), "дюжины": (6, "")}
# What half a scale counts: "полмиллиона человек" (people), "полдюжины книг", "полусотни картин".
_HALF_MONEY = {"долларов": "USD", "рублей": "RUB", "евро": "EUR"}  # (pounds: ru_pounds)
_STERLING_AFTER = re.compile(r"[ \u00a0]+стерлинг(?:ов|а)?(?![\w-])", re.IGNORECASE)


def ru_pounds(noun: str, text: str, end: int) -> int | None:
    """"фунтов", "фунта" after an amount are pounds sterling, money ("полмиллиона фунтов", "несколько тысяч
    фунтов стерлингов" → GBP): the end of the money's words ("стерлингов" included when it follows
    ``end``), or None for another noun."""
    if noun.lower() not in ("фунтов", "фунта"):
        return None
    sterling = _STERLING_AFTER.match(text, end)
    return sterling.end() if sterling is not None else end
_HALF_COUNTED = re.compile(r"[ \u00a0]+(?:(?P<people>человек|людей)|(?P<noun>[а-яё]{3,}))(?![\w-])", re.IGNORECASE)
_ONE_UNIT_RE = re.compile(
    r"(?<![\w-])(?P<bound>(?i:в[ \u00a0]+течение|на[ \u00a0]+протяжении|немногим[ \u00a0]+более|чуть[ \u00a0]+более"
    r"|больше|более|свыше|почти|около|примерно|целую|целый))[ \u00a0]+"
    r"(?P<u>(?i:недели|неделю|года|месяца|суток|часа|минуты|минуту|десятилетия|десятилетие))(?![\w-])"
    r"(?![ \u00a0]+(?:назад|спустя)\b)"
)
_ONE_UNITS = {"недели": "wk", "неделю": "wk", "года": "y", "месяца": "mo", "суток": "d", "часа": "h", "минуты": "min",
              "минуту": "min", "десятилетия": "y", "десятилетие": "y"}
_ONE_UNIT_VALUES = {"десятилетия": 10, "десятилетие": 10}  # "на протяжении десятилетия" → 10 y
_BOUND_SIGNS = {"больше": ">", "более": ">", "свыше": ">", "немногим более": ">", "чуть более": ">",
                "почти": "≈", "около": "≈", "примерно": "≈"}
_UNIT_NOUNS = {"суток": ("d", 1), "сутки": ("d", 1)}
# "15 из них", "в шести из которых": a part of what was counted before.
_OF_THEM_AT = re.compile(r"(?<=[ \u00a0])из[ \u00a0]+(?:них|которых|нас)(?![\w-])")
# The number before a part or a name (searched back from it: scanning the text for number words is slow).
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,%$€£№-])(?P<num>\d{{1,6}}|(?i:{_WORDS}))[ \u00a0]+$")
# Awards and other named things counted in quotes: "пять «Оскаров»", "два «Золотых глобуса»".
_QUOTED_AT = re.compile(r"(?<=[ \u00a0])[«\"„](?P<name>[А-ЯЁ][^»\"“”\n]{1,40}?)[»\"“”]")
# "старше 18, но моложе 23 лет": an age above or below N, its "лет" left to the last.
_OLDER_RE = re.compile(r"(?<![\w-])(?P<bound>(?i:старше|моложе|младше))[ \u00a0]+(?P<n>\d{1,3})"
                       r"(?=[ \u00a0]*(?:[,.;:!?)\u2014\u2013]|$))")
# "Ему тогда было за 30", "которому уже за 60", "ей было далеко за 80": an age over N.
_OVER_AGE_RE = re.compile(
    r"(?<![\w-])(?i:ему|ей|им|которому|которой|которым)(?:[ \u00a0]+(?i:уже|тогда|было|будет|давно|сейчас|теперь)){0,3}"
    r"[ \u00a0]+(?P<bound>(?:(?i:далеко|хорошо)[ \u00a0]+)?(?i:за))[ \u00a0]+(?P<n>\d{1,3})"
    r"(?:[ \u00a0]+(?i:лет)(?![\w-]))?(?=[ \u00a0]*(?:[,.;:!?)\u2014\u2013]|$))"  # "за 40 лет работы": "for"
)


def _counted_after_scale(text: str, end: int, unit_of: Callable[[str], str | None] | None) -> tuple[str, int]:
    """The unit of what a scale at ``end`` counts and where it ends ("полмиллиона человек" → people, "… тонн"
    → t, "полтысячи лет" → y, "… фунтов (стерлингов)" → GBP, "… документов"), or ("", ``end``)."""
    half_of = _HALF_COUNTED.match(text, end)
    noun = half_of["noun"].lower() if half_of is not None and half_of["noun"] else ""
    if half_of is not None and befell_people(noun):
        return "people", half_of.end()  # ("две тысячи пострадавших"; not "10 тысяч …")
    if half_of is None or not (half_of["people"] or _agrees(5, noun) and not noun.endswith(("ых", "их")) and noun.islower()):
        return "", end
    pounds = ru_pounds(noun, text, half_of.end())
    if pounds is not None:
        return "GBP", pounds
    return "people" if half_of["people"] else _HALF_MONEY.get(noun) or _SUFFIXED_UNITS.get(noun) or (
        unit_of(noun) if unit_of else None) or noun, half_of.end()


def _case_fits(m: re.Match[str]) -> bool:
    """The case ending written on the digits of ``m`` fits the number: "-х" ends двух, трёх, четырёх ("4-х
    миллионов", "в 2-х километрах"), not a decade ("К концу 90-х миллионов", "в 90-х метрах")."""
    n = int(m["n"])
    return m.group()[len(m["n"]) + 1] not in "хХ" or n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)


def _others(text: str, a: int, b: int, unit_of: Callable[[str], str | None] | None) -> Iterable[Found]:
    for m in _COLLECTIVE_RE.finditer(text, a, b):
        value = _COLLECTIVE[m["num"].lower()]
        if _previous_word(text, m.start()) in _DEMONSTRATIVES:
            continue  # "все трое", "Последние двое": people already named
        noun = m["noun"]
        if noun and noun.islower() and noun not in _NOT_NOUNS - set(_UNIT_NOUNS) and not _VERB_END.search(noun) and (
                not noun.endswith(("ли", "ны", "ты"))):  # "пятеро выступили", "двое раненых доставлены": a verb
            unit, times = _UNIT_NOUNS.get(noun, ("people" if befell_people(noun) else noun, 1))  # ("двое раненых")
            yield m.start(), m.end(), {"value": value * times, "unit": unit, "scale": ""}
        else:
            yield m.start(), m.end("num"), {"value": value, "unit": "people", "scale": ""}
    for m in _PEOPLE_VERB_RE.finditer(text, a, b):
        people = int(m["num"]) if m["num"].isdigit() else words_value(m["num"])
        if people is not None and people > 1 and not (m["num"].isdigit() and 1500 <= people <= 2099):
            yield m.start(), m.end("num"), {"value": people, "unit": "people", "scale": ""}
    for m in _SHARE_RE.finditer(text, a, b):
        n, d = int(m["n"]), int(m["d"])
        if 0 < n < d:
            yield m.start(), m.end(), {"value": round(n / d, 4), "unit": "", "scale": f"{n} из {d}"}
    for m in _TIMES_RE.finditer(text, a, b):
        yield m.start(), m.end(), {"value": _TIMES[m["w"].lower()], "unit": "times", "scale": ""}
    for m in _AGE_RE.finditer(text, a, b):
        value = _AGE_TENS[m["t"].lower()] + (_AGE_UNITS[m["tu"].lower()] if m["tu"] else 0) if m["t"] else _AGE_PREFIX[
            m["p"].lower()]
        unit = _LENGTH_UNITS[m["u"].lower()]
        if value == 1 and unit not in ("y", "mo", "wk", "d", "h", "%"):
            continue  # "одноэтажный", "однокомнатной", "одноместный": one is no count (but "однодневный": 1 d)
        yield m.start(), m.end(), {"value": value, "unit": unit, "scale": ""}
    for m in _SHARE_ADJ_RE.finditer(text, a, b):
        yield m.start(), m.end(), {"value": float(m["n"].replace(",", ".")) if "," in m["n"] else int(m["n"]),
                                   "unit": _SHARE_ADJ_UNITS[m["u"].lower()], "scale": ""}
    for m in _SUFFIXED_RE.finditer(text, a, b):
        yield m.start(), m.end(), {"value": int(m["n"]), "unit": _SUFFIXED_UNITS[m["u"].lower()], "scale": ""}
    for m in _SUFFIXED_METRIC_RE.finditer(text, a, b):
        if not _case_fits(m):
            continue
        stem = next(k for k in _SUFFIXED_METRIC if m["u"].lower().startswith(k))
        unit = _SUFFIXED_METRIC[stem] + (m["per"] or "").replace("ч", "h").replace("с", "s")
        if not m["per"] or unit in ("km/h", "m/s"):
            yield m.start(), m.end(), {"value": int(m["n"]), "unit": unit, "scale": ""}
    for m in _ONE_OF_RE.finditer(text, a, b):
        yield m.start(), m.end(), {"value": 1, "unit": _ONE_OF_UNITS[m["u"].lower()], "scale": ""}
    for m in _YEAR_OF_LIFE_RE.finditer(text, a, b):
        if 1 < int(m["n"]) < 130:
            yield m.start("n"), m.end(), {"value": int(m["n"]) - 1, "unit": "y", "scale": ""}
    for m in _SUFFIXED_SCALE_RE.finditer(text, a, b):
        if not _case_fits(m):
            continue
        unit, end = _counted_after_scale(text, m.end(), unit_of)
        yield m.start(), end, {"value": int(m["n"]) * _SUFFIXED_SCALES[m["s"].lower()], "unit": unit, "scale": m["s"]}
    for m in _EACH_AGED_RE.finditer(text, a, b):
        if 0 < int(m["n"]) < 130:
            yield m.start("n"), m.end(), {"value": int(m["n"]), "unit": "y", "scale": ""}
    for m in _LENGTH_ADJ_RE.finditer(text, a, b):
        yield m.start(), m.end(), {"value": int(m["n"]), "unit": _LENGTH_UNITS[m["u"].lower()], "scale": ""}
    for m in _TURNED_RE.finditer(text, a, b):
        if 0 < int(m["n"]) < 130:
            yield m.start("n"), m.end("n"), {"value": int(m["n"]), "unit": "y", "scale": ""}
    for m in [*_OVER_AGE_RE.finditer(text, a, b), *_OLDER_RE.finditer(text, a, b)]:
        if 0 < int(m["n"]) < 130:
            sign = "<" if m["bound"].lower() in ("моложе", "младше") else ">"
            yield m.start("bound"), m.end(), {"value": int(m["n"]), "unit": "y", "scale": "", "qualifier": sign}
    for m in [*_OF_THEM_AT.finditer(text, a, b), *_QUOTED_AT.finditer(text, a, b)]:
        number = _NUMBER_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if number is None:
            continue
        counted = int(number["num"]) if number["num"].isdigit() else words_value(number["num"])
        quoted = m.re is _QUOTED_AT  # "пять «Оскаров»" counts the name; "15 из них", what came before
        if counted is not None and 1 < counted and not 1500 <= counted <= 2099 and _previous_word(
                text, number.start()) not in (_LABELS | _DEMONSTRATIVES if quoted else _LABELS):
            yield number.start(), m.end(), {"value": counted, "unit": m["name"].lower() if quoted else "", "scale": ""}
    for m in _HALF_UNIT_RE.finditer(text, a, b):
        amount, unit = _HALF_UNITS[m["u"].lower()]
        end = m.end()
        if not unit:
            unit, end = _counted_after_scale(text, end, unit_of)
        yield m.start(), end, {"value": amount, "unit": unit, "scale": ""}
    for m in _ONE_UNIT_RE.finditer(text, a, b):
        bound = " ".join(m["bound"].lower().split())
        unit_word = m["u"].lower()
        attrs: dict[str, int | float | str] = {"value": _ONE_UNIT_VALUES.get(unit_word, 1), "unit": _ONE_UNITS[unit_word], "scale": ""}
        if bound in _BOUND_SIGNS:
            attrs["qualifier"] = _BOUND_SIGNS[bound]
        yield m.start(), m.end(), attrs


# The oblique cases of "треть", "четверть" are a share after a bound ("около четверти", "более трети") or before the
# whole they divide, a plural genitive ("четверти участников", "одной трети парламентариев"); not a part of a game or
# of an hour ("в третьей четверти", "без четверти пять", "четверти пятого").
_SHARE_WHOLE_AFTER = re.compile(r"[ \u00a0]+(?:[а-яё]+(?:ых|их)[ \u00a0]+)?[а-яё]{3,}(?:ов|ев|ей|ий|ан|ян)(?![\w-])", re.IGNORECASE)
_SHARE_PART_BEFORE = re.compile(r"(?<![\w-])(?i:без|перв|втор|трет|четвёрт|четверт|последн|эт|т)[а-яё]{0,3}[ \u00a0]+$")
# A school term: "по итогам четверти", "в конце четверти", "к середине четверти", "за четверти" (no share).
_TERM_BEFORE = re.compile(r"(?<![\w-])(?i:итогам|итогах|конце|концу|начале|середине|окончании|за)[ \u00a0]+$")
_OBLIQUE_SHARES = {"трети", "третью", "четверти", "четвертью", "одной трети", "одной четверти"}
# A quarter or a third of a century or an hour: "четверть века" → 25 y, "четверть часа" → 0.25 h.
_SHARE_OF_TIME = re.compile(r"[ \u00a0]+(?P<u>(?i:века|столетия|часа))(?![\w-])")
_SHARE_TIMES = {"века": (100, "y"), "столетия": (100, "y"), "часа": (1, "h")}


def ru_share_kept(text: str, start: int, end: int, frac: str, bounded: bool) -> bool:
    """A Russian share in words at ``start``–``end`` is a share (see above); other fractions are kept."""
    if frac.lower() not in _OBLIQUE_SHARES:
        return True
    if _SHARE_PART_BEFORE.search(text, max(0, start - 24), start) or _RU_HOUR_AFTER_SHARE.match(text, end) or (
            _TERM_BEFORE.search(text, max(0, start - 12), start)):
        return False
    return bounded or _SHARE_WHOLE_AFTER.match(text, end) is not None


_RU_HOUR_AFTER_SHARE = re.compile(r"[ \u00a0]+(?:\d|(?i:перв|втор|трет|четв|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат))")


def ru_share_of_time(text: str, end: int, value: float) -> tuple[int, float, str] | None:
    """"четверть века" → (its end, 25, "y"); None when no century or hour follows the share ending at ``end``."""
    m = _SHARE_OF_TIME.match(text, end)
    if m is None:
        return None
    times, unit = _SHARE_TIMES[m["u"].lower()]
    amount = round(value * times, 4)
    return m.end(), int(amount) if amount == int(amount) else amount, unit


def find_ru_figures(text: str, free: Callable[[int, int], bool], unit_of: Callable[[str], str | None] | None = None) -> list[Found]:
    """The Russian figures above whose span ``free`` allows (no other figure there); ``unit_of`` gives a
    unit word's symbol ("тонн" → t).  Only the
    runs of lines with Cyrillic letters are read (the lookbehinds still see the text before)."""
    out: list[Found] = []
    for a, b in _cyrillic_blocks(text):
        taken: list[tuple[int, int]] = []  # this block's spans, sorted
        for start, end, attrs in [*_others(text, a, b, unit_of), *_counts(text, a, b), *_scaled_alone(text, a, b)]:
            i = bisect_left(taken, (start, start))
            if i < len(taken) and taken[i][0] < end or i and taken[i - 1][1] > start or not free(start, end):
                continue
            insort(taken, (start, end))
            out.append((start, end, attrs))
    return sorted(out, key=lambda f: f[0])


def _cyrillic_blocks(text: str) -> list[tuple[int, int]]:
    """The runs of whole lines of ``text`` that hold a Cyrillic letter, as (start, end)."""
    blocks: list[tuple[int, int]] = []
    pos = 0
    while (m := CYRILLIC.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end + 1
        if blocks and blocks[-1][1] == start:
            start = blocks.pop()[0]
        blocks.append((start, end))
        pos = end
    return blocks
