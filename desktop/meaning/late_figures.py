"""Figures read after the main pass (issue 15, seventeenth round): units the main pattern lacks, read only where no other
figure is ("6555 MIy" million light-years, a lake's "870 hm" of volume, a star's "4.2 kadir", "100 Centime", "a 45 degree
angle", runs batted in: "3 RBI", Turkish "5'er kişi", a weightlifter's lifts before the total's kg), hit points in a game's sentence ("the boss has 5000 HP"), then the degrees settled (:mod:`degrees`)."""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.count_ranges import count_pairs, cued_counts
from desktop.meaning.degrees import settled_degrees
from desktop.meaning.measures import bound_before
from desktop.meaning.numbers import parse_number, to_number
from desktop.meaning.units import WORD_VALUES

Figure = tuple[int, int, dict[str, Any]]

_NUM = r"(?<![\w.,'’-])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)"
# Each form: (pattern after the number, unit, multiplier, needs Turkish letters around it).
#  "MIy"/"Mly": million light-years, as Turkish Wikipedia writes them (a capital I for the small l);
#  "hm" after a word of volume ("göl hacmi 870 hm"): cubic hectometres, their ³ lost, a million m³ each;
#  "kadir": a star's magnitude in Turkish (lower case: "Kadir" is a name);
#  centimes, centavos and their kin: a currency's hundredth, named by its own word as "100 centimes" already is.
_FORMS: list[tuple[str, str, int, bool]] = [
    (r"(?-i:M[Il]y)(?![\w])", "ly", 1_000_000, False),
    (r"(?-i:hm)(?:[³3](?![\w])|(?![\w]))", "m³", 1_000_000, True),
    (r"(?-i:kadir)(?:l[ie]k|[ıi]|d[ıi]r|le|den)?(?![\w])", "magnitude", 1, True),
    (r"(?i:centimes?|centiem(?:en)?)(?:['’]\w+)?(?![\w])", "centimes", 1, False),
    (r"(?i:centavos?)(?:['’]\w+)?(?![\w])", "centavos", 1, False),
    (r"(?i:céntimos?)(?:['’]\w+)?(?![\w])", "céntimos", 1, False),
]
_FORM_RE = re.compile(_NUM + r"[ \u00a0]?(?:" + "|".join(f"(?P<f{i}>{p})" for i, (p, *_r) in enumerate(_FORMS)) + ")")
_STEM = re.compile(r"(?i:kadir|centimes?|centiem(?:en)?|centavos?|céntimos?|M[Il]y|hm[³3]?)")  # (the span ends at the stem)
_VOLUME_BEFORE = re.compile(r"(?i:hacm[ıi]|hacim|volume)[^.;:!?\n\d]{0,24}$")
_TURKISH = re.compile("[çğışöüÇĞİŞÖÜ]")
_SKY = re.compile(r"(?i:parlak|yıldız|gökada|galaksi|gezegen|bulutsu|süpernova|teleskop|kadir[ \u00a0]+(?:ile|ve|arasında|aralığında))")
# A singular "degree" between a number and a noun is an angle's adjective ("a 45 degree angle", "a 90-degree turn"), not
# the grade of a burn, a crime, a black belt or a kinship ("a 3 degree burn", "a 3 degree black belt"), nor "degree" as a
# diploma ("a 4 year degree" has none).
_DEGREE_BEFORE_NOUN = re.compile(_NUM + r"(?:[ \u00a0]|[ \u00a0]?-[ \u00a0]?)(?P<u>degree)(?=[ \u00a0]+(?!(?:burns?|murder|felony|black|belts?|relatives?"
                                 r"|assault|course|programs?|programmes?|students?|holders?|certificates?|diplomas?|in|of|from|at|and|or)(?![\w]))[a-z]{3,})")
# "HP" among the words of a game is hit points, not horsepower ("the boss has 5000 HP", "a 5000 HP boss").
_GAME = re.compile(r"(?<![\w])(?i:boss(?:es)?|monsters?|enem(?:y|ies)|dungeons?|raids?|potions?|heal(?:s|ed|ing|er)?|mana|XP|NPCs?"
                   r"|spells?|video[ \u00a0]?games?|gamers?|hit[ \u00a0]+points?)(?![\w])")
# Runs batted in, a baseball statistic ("3 RBI", "two RBIs against the Rays"): at a phrase's end or before a small word (not
# the Reserve Bank of India before what it names: "3 RBI governors").
_RBI = re.compile(r"(?<![\w.,'’-])(?P<n>\d{1,3}|(?i:" + "|".join(sorted((w for w, v in WORD_VALUES.items() if 1 < v < 200), key=len, reverse=True))
                  + r"))[ \u00a0](?-i:RBIs?)(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:in|against|and|on|for|with|this|last|during|over)(?![\w]))")
# A Turkish distributive before people: "5'er kişi" (five people each), "3'er kişilik ekipler"; the span ends at the stem.
_EACH_TR = re.compile(r"(?<![\w.,'’-])(?P<n>\d{1,4})['’](?:ş?[ae]r)[ \u00a0]+kişi(?!liğ)(?=(?:lik|lık|yi|ye|den|de|nin|ler\w*)?(?![\w]))")
# A machine in the sentence keeps "HP" horsepower whatever game word is near ("the 200 HP engine of the boss's car", "a potion
# maker with a 150 HP tractor": review of the seventeenth round).
_MACHINE = re.compile(r"(?<![\w])(?i:engines?|motors?|cars?|trucks?|tractors?|vehicles?|pumps?|boats?|outboards?|diesels?|turbo\w*"
                      r"|horsepower|motorcycles?|motorbikes?|generators?|locomotives?|ships?|yachts?|jets?|planes?|mowers?|compressors?)(?![\w])")
# A weightlifter's lifts in Turkish, their unit written once after the total: "koparmada 185, silkmede 220 ve toplamda
# 405 kg" (snatch and clean and jerk: kilograms, as the total is)
_LIFT_TR = re.compile(r"(?<![\w])(?i:koparma|silkme)(?:[dt][ae])?[ \u00a0]+(?P<n>\d{2,3})(?![\d.,]?\d|[ \u00a0]*(?i:kg|kilo))"
                      r"(?=[^.;!?\n]{0,60}?(?<![\w])(?i:toplam)[dt]?[ae]?[ \u00a0]+\d{2,3}[ \u00a0]*kg(?![\w]))")
_HP = re.compile(_NUM + r"[ \u00a0]?(?P<u>(?-i:HP))(?![\w])")
# A number right after "page"/"sayfa" is the page's number, not a count of the pages that follow ("Sayfa 12 sayfa 13": page 12,
# then page 13, not twelve pages); a count of something else stays ("ana sayfa 3 kez güncellendi": three times), and so does
# a number with a scale word, which no page's number has ("Ana sayfa 1,5 milyon kez açıldı": review)
_PAGE_BEFORE = re.compile(r"(?<![\w])(?i:pages?|sayfa)[ \u00a0]+$")


def _free(found: list[Figure], start: int, end: int) -> bool:
    return not any(b < end and start < e for b, e, _a in found)


def _value(raw: str, times: int, continental: bool = False) -> int | float | None:
    number = parse_number(raw, continental=continental or raw.count(",") == 1 and not re.search(r",\d{3}$", raw))
    return None if number is None else to_number(number * times)


def late_figures(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with the forms above where no figure is, hit points for the horsepower of a game's sentence, then the
    degrees settled."""
    added: list[Figure] = []
    for m in _FORM_RE.finditer(text):
        i = next(int(g[1:]) for g, v in m.groupdict().items() if g.startswith("f") and v)
        _pattern, unit, times, turkish = _FORMS[i]
        in_turkish = _TURKISH.search(text, max(0, m.start() - 120), m.end() + 120) is not None
        if turkish and not in_turkish:
            continue  # ("hm", "kadir" in English text: an interjection, a name)
        if unit == "m³" and not _VOLUME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # (a length in hectometres: left unread, news never gives one)
        if unit == "magnitude" and not _SKY.search(text, max(0, m.start() - 120), m.end() + 120):
            continue  # (review: "kadir" is also worth, a measure of a song: "Bu şarkının 3 kadir ölçüsü")
        value = _value(m["n"], times, in_turkish)  # ("1.250 hm": Turkish groups thousands with a dot)
        if value is not None and value > 0 and _free(found, m.start(), m.end()):
            stem = _STEM.match(text, m.start(f"f{i}"))
            attrs = {"value": value, "unit": unit, "scale": "", **({"qualifier": q} if (q := bound_before(text, m.start())) else {})}
            added.append((m.start(), stem.end() if stem else m.end(), attrs))
    for m in _EACH_TR.finditer(text):
        value = int(m["n"])
        if value > 1 and _free(found, m.start(), m.end()):
            added.append((m.start(), m.end(), {"value": value, "unit": "people", "scale": ""}))
    for m in _RBI.finditer(text) if "RBI" in text else ():
        value = WORD_VALUES.get(m["n"].lower()) or _value(m["n"], 1)
        if value and _free(found, m.start(), m.end()):
            added.append((m.start(), m.end(), {"value": value, "unit": "RBI", "scale": ""}))
    for m in _DEGREE_BEFORE_NOUN.finditer(text):
        value = _value(m["n"], 1)
        if value is not None and _free(found, m.start(), m.end()):
            added.append((m.start(), m.end(), {"value": value, "unit": "°", "scale": ""}))
    for m in _LIFT_TR.finditer(text):
        if _free(found, m.start("n"), m.end("n")):
            added.append((m.start("n"), m.end("n"), {"value": int(m["n"]), "unit": "kg", "scale": ""}))
    found, added = count_pairs(text, found, added)  # ("By 1800 or 1900 people came", "Between 1900 and 2000 votes were cast")
    added += cued_counts(text, [*found, *added])  # ("He won by 1900 votes")
    if "HP" in text and _GAME.search(text):
        found = _hit_points(text, found, added)
    if "age" in text or "ayfa" in text:
        found, added = ([f for f in figures if f[2].get("unit") not in ("pages", "") or f[2].get("scale") or not _PAGE_BEFORE.search(text, max(0, f[0] - 8), f[0])]
                        for figures in (found, added))
    return settled_degrees(text, sorted([*found, *added], key=lambda f: f[0]) if added else found)


def _hit_points(text: str, found: list[Figure], added: list[Figure]) -> list[Figure]:
    """``found`` with the "HP" of a game's sentence read as hit points (new figures go to ``added``)."""
    kept = []
    for start, end, attrs in found:
        if attrs.get("unit") == "hp" and text[start:end].endswith("HP") and _in_game(text, start, end):
            attrs = {**attrs, "unit": "hit points"}
        kept.append((start, end, attrs))
    for m in _HP.finditer(text):
        value = _value(m["n"], 1)
        if value is not None and _free(kept, m.start(), m.end()) and _in_game(text, m.start(), m.end()):
            added.append((m.start(), m.end(), {"value": value, "unit": "hit points", "scale": ""}))
    return kept


def _in_game(text: str, start: int, end: int) -> bool:
    """A word of games and no machine in the sentence around ``start``–``end``."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return _GAME.search(text, left, right) is not None and _MACHINE.search(text, left, right) is None
