"""NEREL v1.1 (Russian Wikinews, brat standoff files) read as figure and date gold for
bench/bench_suggest.py: its DATE, TIME, NUMBER, MONEY, PERCENT and AGE mentions mapped to
what Claimline calls a figure or a date, by the Russian gold filter below.

NEREL states no licence: it is read from its git snapshot for evaluation only, nothing is
copied into the repository.  The filter was written from NEREL's guidelines and its *dev*
documents, before the test documents were scored; the parsers were studied on the dev and train
documents (``bench_suggest.py --study``), the test documents are only scored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest.evaluate import Gold

GOLD_FILTER_RU = """\
NEREL (ru): DATE, TIME, NUMBER, MONEY, PERCENT, AGE; nested mentions: the outermost of these
         types counts (PENALTY, EVENT and the other types are not read; ORDINAL is no figure)
date   = a DATE/TIME mention naming a calendar point or period: a month or weekday name,
         вчера/сегодня/завтра, "… назад", "этот|прошлый|следующий|минувший|последний год|
         месяц|неделя|выходные|десятилетие|век", a decade or century in words, a number that is
         not only a clock time ("в 1994 году", "1985—1990", "в 1970-х")
figure = a DATE/TIME mention that is a duration: a number (under 1000, in words, полтора,
         несколько) with a unit of time ("два года", "в течение 12 часов", "к 24 годам",
         "1 год 5 месяцев", "23-летний", "12-часовой"), or a bound with one unit ("больше
         недели"); not "через/спустя …" (later) nor "каждые …" (a rate);
         MONEY and PERCENT naming a number; AGE naming a number ("55-летний", "в 60");
         NUMBER naming a number, with the word it counts or alone ("двух генералов": NEREL
         marks "двух")
ignored = DATE/TIME mentions that are neither ("утром", "в 14:00", "на следующий день",
         "через два дня", "В настоящее время"); NUMBER "один"/"одна"/"единственный" alone and
         vague plurals ("несколько", "десятки", "тысячи", "миллионов"); numbers inside a
         name or code ("COVID-19", "SARS-CoV-2", "ЕГЭ-2013", "№ 5", "«4:44»", a score "14:0");
         AGE as an anniversary or an ordinal ("75-летию", "110-ю годовщину", "на 97-м году")"""

TYPES = ("MONEY", "PERCENT", "AGE", "NUMBER", "DATE", "TIME")  # priority when two share a span

_W = r"[а-яёА-ЯЁ]"
_MONTH = re.compile(
    r"(?<!\w)(?:январ|феврал|март|апрел|ма[йяею](?!\w)|июн|июл|авг|сентябр|октябр|ноябр|декабр)", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?<!\w)(?:понедельник|вторник|сред[аеуы](?!\w)|четверг|пятниц|суббот|воскресень)",
                      re.IGNORECASE)
_DEICTIC = re.compile(r"(?<!\w)(?:вчера|сегодня|сегодняшн\w*|завтра|позавчера|послезавтра|назад)(?!\w)", re.IGNORECASE)
_SINGULAR = r"(?:ый|ий|ой|ого|его|ому|ему|ом|ем|ым|им|ая|яя|ую|юю|ое|ее)"
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?:прошл|нынешн|текущ|следующ|будущ|минувш|последн|предыдущ|ближайш)" + _SINGULAR
    + r"|эт(?:от|ом|ого|ому|им|а|у|ой|о))\s+(?:год|месяц|недел|десятилети|век|столети)"
    r"|(?<!\w)(?:прошл|эт|следующ|минувш|последн|ближайш)\w*\s+выходн",
    re.IGNORECASE)
_DECADE_WORDS = re.compile(
    r"(?<!\w)(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(?:ые|ых|ыми|ым)\s+год"
    r"|(?<!\w)\w+(?:ого|ый|ом)\s+(?:век|столети)", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?!\d)")

_NUMBER_WORD = (
    r"(?:од(?:ин|на|но|ного|ной|ному|ним|ну|ном)|дв(?:а|е|ух|ум|умя)|тр(?:и|[её]х|[её]м|емя)|четыр(?:е|[её]х|ьмя)"
    r"|пят|шест|сем|восем|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат"
    r"|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сорок|пятьдесят|шестьдесят|семьдесят"
    r"|восемьдесят|девяност|сто|ста|сотн|двухсот|тысяч|миллион|миллиард|полтор|дважды|трижды|дво|тро|четвер"
    r"|пятер|шестер|полу|пол)"
)
_HAS_NUMBER = re.compile(r"\d|(?<!\w)" + _NUMBER_WORD, re.IGNORECASE)
_TIME_UNIT = (r"(?:год(?:а|у|ом|ам|ами|ах)?|лет|месяц\w*|недел\w*|дн(?:я|ей|ю|ям|ями|ях|[её]м)|день|сут(?:ки|ок|кам|ками)"
              r"|час(?:а|ов|у|ам|ами|ах)?|минут\w*|секунд\w*|десятилети\w*|век(?:а|ов|у|ам)?|столети\w*)")
_AMOUNT = (r"(?:\d{1,3}(?:[.,]\d+)?|(?:" + _NUMBER_WORD + r")\w*(?:\s+(?:" + _NUMBER_WORD + r")\w*)?"
           r"|нескольк\w+|много\w*)")
_BOUND = (r"(?:в\s+течени[ея]|на\s+протяжении|за|на|до|не\s+более|не\s+менее|более|больше|свыше|около|почти"
          r"|примерно|приблизительно|немногим\s+более|чуть\s+более|как\s+минимум|минимум|максимум|ещё|еще|уже"
          r"|всего|лишь|целых|к)")
_DURATION = re.compile(
    rf"^(?:{_BOUND}\s+)*(?:{_AMOUNT}\s+{_TIME_UNIT}(?:\s+(?:и\s+)?{_AMOUNT}\s+{_TIME_UNIT})*"
    r"|пол(?:века|года|часа|дня|месяца)"
    r"|(?:\d{1,3}|" + _NUMBER_WORD + r"\w*)-?(?:ти\s*)?(?:летн|месячн|недельн|дневн|часов|минутн)\w*)$",
    re.IGNORECASE)
# One unit of time with a bound or "в течение" is a length: "больше недели", "примерно неделю"
# (not "в течение десятилетий": decades, no number).
_ONE_UNIT = re.compile(
    r"^(?:в\s+течени[ея]|на\s+протяжении|более|больше|свыше|около|почти|примерно|немногим\s+более|чуть\s+более"
    r"|не\s+более|не\s+менее|целую|целый)\s+"
    r"(?:год[ау]?|месяц[ау]?|недел[юяи]|день|дня|сутки|час[ау]?|минут[уы]|секунд[уы]|десятилети[еяю]|век[ау]?)$",
    re.IGNORECASE)
_LATER_OR_RATE = re.compile(r"(?<!\w)(?:через|спустя|позже|позднее|ранее|каждые|каждый|каждую)(?!\w)", re.IGNORECASE)
_ONE = re.compile(r"^(?:од(?:ин|на|но|ного|ной|ному|ним|ну|ном)|единственн\w*)$", re.IGNORECASE)
_VAGUE = re.compile(
    r"^(?:нескольк\w*|многи\w*|десятк(?:и|ов|ам|ами|ах)|сотн(?:и|ям|ями|ях)|сотен|тысяч(?:и|ам|ами|ах)?"
    r"|миллион(?:ы|ов|ам|ами|ах)|миллиард(?:ы|ов|ам|ами|ах))$", re.IGNORECASE)
_OCCASION = re.compile(r"лети(?:е|я|ю|ем)(?!\w)|годовщин|-(?:м|й|го|ю)\s+год", re.IGNORECASE)


def time_kind_ru(mention: str) -> str | None:
    """What a NEREL DATE or TIME mention is for Claimline: "date", "figure" (a duration) or
    None (ignored)."""
    text = " ".join(mention.split())
    if _DEICTIC.search(text) and re.search(r"(?<!\w)назад(?!\w)", text, re.IGNORECASE):
        return "date"
    if not _LATER_OR_RATE.search(text) and (_DURATION.match(text) or _ONE_UNIT.match(text)):
        return "figure"
    if _MONTH.search(text) or _WEEKDAY.search(text) or _DEICTIC.search(text) or _RELATIVE.search(text):
        return "date"
    if _DECADE_WORDS.search(text):
        return "date"
    if _LATER_OR_RATE.search(text):
        return None
    if re.search(r"\d", _CLOCK.sub(" ", text)):
        return "date"
    return None


def _in_name(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is part of a name or a code: "COVID-19", "SARS-CoV-2",
    "ЕГЭ-2013", "№ 5", a title in «…» ("«4:44»"), a score "14:0"."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if re.search(r"\w-$", before) or re.search(r"№\s?$", before):
        return True
    if re.match(r"[:’']\d", after) or re.search(r"\d[:’']$", before):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.count("«") > line.count("»")


def figure_kind_ru(label: str, text: str, start: int, end: int) -> str | None:
    """What a NEREL NUMBER, MONEY, PERCENT or AGE mention at text[start:end] is: "figure" or
    None (ignored)."""
    mention = " ".join(text[start:end].split())
    if not _HAS_NUMBER.search(mention):
        return None
    if label == "AGE" and _OCCASION.search(mention):
        return None  # "к 75-летию Победы", "на 97-м году жизни": an occasion, an ordinal
    if label == "NUMBER" and (_ONE.match(mention) or _VAGUE.match(mention) or _in_name(text, start, end)):
        return None
    return "figure"


def _kind(label: str, text: str, start: int, end: int) -> str | None:
    if label in ("DATE", "TIME"):
        if _in_name(text, start, end) and re.fullmatch(r"\d+", text[start:end]):
            return None  # "COVID-19" marked as a DATE
        return time_kind_ru(text[start:end])
    return figure_kind_ru(label, text, start, end)


def brat_gold(text: str, ann: str) -> Gold:
    """One NEREL document (its .txt and .ann) → its figure and date gold: the outermost
    mentions of :data:`TYPES` (one per span, by that order), each classified."""
    mentions: dict[tuple[int, int], str] = {}
    for line in ann.splitlines():
        cols = line.split("\t")
        if not line.startswith("T") or len(cols) < 2:
            continue
        label, *where = cols[1].replace(";", " ").split()
        if label not in TYPES:
            continue
        span = (int(where[0]), int(where[-1]))
        if span not in mentions or TYPES.index(label) < TYPES.index(mentions[span]):
            mentions[span] = label
    gold = Gold(text)
    for (a, b), label in sorted(mentions.items()):
        if any(c <= a and b <= d and (c, d) != (a, b) for c, d in mentions):
            continue  # nested in another figure or date mention: the outer one counts
        source = ("figure", "date") if label in ("DATE", "TIME") else ("figure",)
        gold.add(_kind(label, text, a, b), (a, b), source_kinds=source)
    return gold


def nerel_gold(read: Callable[[str], str], files: list[str], limit: int | None = None) -> list[Gold]:
    """The documents among ``files`` (paths of a NEREL split) read with ``read(path)``, each
    as one :class:`Gold` (no publication date: NEREL's texts carry none)."""
    texts = [p for p in files if p.endswith(".txt")][:limit]
    return [brat_gold(read(p), read(p.removesuffix(".txt") + ".ann")) for p in texts]
