"""The bound Russian writes before a figure with "до" or "за" (:func:`ru_bound_before`): "до 5 лет" → ≤ (up to),
"детям до 18 лет" → < (under 18), "Ему за 40 лет." → > (over 40); not after a verb of change ("снизил ставку до 7,5%":
the new level). Moved out of :mod:`desktop.meaning.numbers_ru` unchanged (twenty-eighth round's review); called by
:mod:`desktop.meaning.measures`. No I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re

__all__ = ["ru_bound_before"]

_SP = "[ \u00a0\u202f\u2009]"  # (as figures.py)
_UP_TO_RU = re.compile(rf"(?<![\w])до{_SP}+$", re.IGNORECASE)
_MEASURED_BY_TO = (r"(?:[^\W\d_]{2,}(?:ам|ям|ами|ями)|стоимостью|мощностью|площадью|вместимостью|скоростью|ёмкостью|емкостью"
                   r"|весом|сроком|объ[её]мом|возрастом|тиражом|ростом|доходом|выручкой|ценой|длиной|высотой|зарплатой)")
_CHANGE_STEMS_RU = (r"(?<![\w])(?:вырос|вырас|возрос|рос|раст|увелич|сниз|сокра|уменьш|упа|пад|повыс|повыш|пониз|пониж|сниж"
                    r"|подня|подн|подскоч|опуст|дош|дойд|достиг|довед|довод|замедл|ускор|подорож|подешев)\w*")
# a word of the clause between a verb of change and "до" (not a conjunction or a relative word, nor whom the bound measures)
_CLAUSE_WORD_RU = (rf"{_SP}+(?!(?:и|а|но|или|где|что|когда|котор\w*|чтобы|если|для|у|среди|возрасте)(?![\w-]))(?!{_MEASURED_BY_TO}"
                   rf"{_SP}+до{_SP}+$)(?:\d+[.,]\d+|[^\W\d_]{{1,2}}\.[^\W\d_]{{1,2}}\.|[^\W\d_]{{1,4}}\.(?={_SP}+(?-i:[a-zа-яё]))|[^\s.!?;:,]+)")
_TO_RU_NOT_BOUND = re.compile(
    rf"(?:(?<![\w])(?:от|с|со){_SP}+\S+(?:{_SP}+\S+)?|{_CHANGE_STEMS_RU}"
    # (what changed or by how much between the verb and "до", up to four words of the clause and a comma before "до":
    # "снизил ключевую ставку до 7,5%", "повышена на 200 базисных пунктов, до 16%"; not past a conjunction or a relative
    # word, "сократила штат и наняла до 100 человек", "вырос в семье, где до 10 детей"; twenty-second round)
    # (nor when the word right before "до" is whom or what the bound measures: a plural in the dative or instrumental, or a
    # measure in the instrumental, "повысила зарплаты сотрудникам до 30 лет", "расходы на программы стоимостью до 10 млрд";
    # review of the round; nor past "для", "у", "среди", "в возрасте", which name whom an age limit holds for: "повысили
    # для детей до 3 лет", "выросли у работников до 30 лет"; final read of the round)
    # (a size of the change with its decimal comma or in points abbreviated is words of the clause too: "снизилась на 0,3
    # п.п. до 4,1%"; twenty-third round; and a unit abbreviated with its dot before a word in lower case, "выросла на 1,5 млрд
    # руб. до 20 млрд руб.", not the dot ending a sentence, "2 см. До 15 лет"; review of the round)
    rf"(?:{_CLAUSE_WORD_RU}){{0,4}}?,?){_SP}+до{_SP}+$",
    re.IGNORECASE)
# (or the size of the change with "на" right before "до", further from the verb: "повысил ключевую ставку на 1 п.п. до 16%",
# "снизило в этом году налог на прибыль на 5% до 15%"; not before whom the bound measures, "увеличили выплаты на 5 тысяч
# детям до 3 лет", "на 5 тысяч детей до 3 лет": under 3; twenty-fourth round)
_BY_SIZE_TO_RU = re.compile(
    rf"{_CHANGE_STEMS_RU}(?:{_CLAUSE_WORD_RU}){{0,8}}?{_SP}+на{_SP}+\d+(?:[.,]\d+)?(?:{_SP}*%|{_SP}+(?!{_MEASURED_BY_TO}{_SP}+до{_SP}+$)(?:п\.{_SP}?п\.|б\.{_SP}?п\."
    rf"|[^\W\d_]{{1,4}}\.|[^\W\d_]+)){{0,2}},?{_SP}+до{_SP}+$", re.IGNORECASE)


# Russian "до N лет" after people or an age is "under N": those who have not turned N ("продажа
# лицам до восемнадцати лет", "дети в возрасте до 14 лет"); elsewhere "до" is "up to" ("до шести
# месяцев", "до 1000 человек").
_AGE_UNDER_RU = re.compile(
    rf"(?<![\w])(?:возраст\w*|лиц(?:а|ам|ами|ах)?|дет(?:и|ей|ям|ьми|ях)|детск\w+|ребён\w*|ребен\w*|подрост\w*"
    rf"|несовершеннолетн\w*|молод[её]ж\w*|школьник\w*|граждан\w*|мальчик\w*|девоч\w*|девуш\w*|юнош\w*){_SP}+до{_SP}+$",
    re.IGNORECASE)
_OVER_AGE_BEFORE_RU = re.compile(
    rf"(?<![\w])(?:ему|ей|им|которому|которой|которым)(?:{_SP}+(?:уже|тогда|было|будет|давно|сейчас|теперь)){{0,3}}"
    rf"{_SP}+(?:(?:далеко|хорошо){_SP}+)?за{_SP}+$", re.IGNORECASE)
_YEARS_RU = re.compile(rf"[\w.,]+(?:{_SP}+\w+)?{_SP}+(?:лет|года?)(?![\w])", re.IGNORECASE)
# An age over N ends its clause: "Ему за 40 лет." ("Ему за 40 лет работы вручили орден", "Им за 3 года
# заплатили": "за" is "for", a length).
_CLAUSE_END_RU = re.compile(rf"{_SP}*(?:[,.;:!?)\u2014\u2013]|$|{_SP}+(?:и|но|а)(?![\w-]))")


def ru_bound_before(text: str, start: int) -> str:
    """The bound Russian writes before the figure at ``start`` with "до" or "за": "до 5 лет" → ≤,
    "детям до 18 лет" → < (not yet 18), "Ему за 40 лет." → > (over 40); else ""."""
    if _OVER_AGE_BEFORE_RU.search(text, max(0, start - 48), start) and (years := _YEARS_RU.match(text, start)) and (
            _CLAUSE_END_RU.match(text, years.end())):
        return ">"  # "Ему за 40 лет": over 40
    # (the window holds the verb and the four words the pattern allows between it and "до": "снизил базовую процентную
    # ставку рефинансирования до 7,5%"; re-read of the round)
    if not _UP_TO_RU.search(text, max(0, start - 24), start) or _TO_RU_NOT_BOUND.search(text, max(0, start - 120), start):
        return ""
    under_age = _AGE_UNDER_RU.search(text, max(0, start - 40), start)
    if _BY_SIZE_TO_RU.search(text, max(0, start - 160), start) and not under_age:
        return ""  # "на 1 п.п. до 16%": the new level after the change's size
    if under_age and _YEARS_RU.match(text, start):
        return "<"  # "детям до 18 лет", "лицам до восемнадцати лет": younger than 18, not yet 18
    return "≤"
