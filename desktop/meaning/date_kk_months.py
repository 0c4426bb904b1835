"""Kazakh month names and the case forms they take in running text ("28 сәуір 2020", "сәуірде", "желтоқсанның").

The names are CLDR's (``babel.Locale("kk").months["format"]["wide"]``; a test checks them against babel, which is
not imported here: loading its Kazakh data takes 0.2 s, and this table is read when the date patterns are built).
The case endings follow Kazakh vowel harmony (a front or back last vowel) and the last letter (a vowel, a voiceless
consonant, a nasal or another voiced consonant): locative "сәуірде", "наурызда", "қыркүйекте"; ablative "ақпаннан",
"мамырдан"; genitive "желтоқсанның", "шілденің"; dative "тамызға", "қыркүйекке"; the possessive of "… айы" and its
cases ("сәуірі", "желтоқсанында", "қыркүйегінде"); the locative's adjective "қаңтардағы" (the one in January).
"""

from __future__ import annotations

KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
             "желтоқсан")

_FRONT = set("еәіөүи")
_VOWELS = _FRONT | set("аоұыуэюя")
_VOICELESS = set("кқптсшфхцчщ")
_NASAL = set("мнң")
_SOFTENED = {"к": "г", "қ": "ғ", "п": "б"}  # "қыркүйек" → "қыркүйегі"


def _front(stem: str) -> bool:
    return next((c in _FRONT for c in reversed(stem) if c in _VOWELS), False)


def forms(stem: str) -> list[str]:
    """``stem`` and its case forms (see the module docstring)."""
    front, last = _front(stem), stem[-1]
    a, y = ("е", "і") if front else ("а", "ы")
    if last in _VOWELS:
        loc, abl, gen, dat, poss = "д", "д", "н", ("г" if front else "ғ"), stem + "с" + y
    elif last in _VOICELESS:
        loc, abl, gen, dat, poss = "т", "т", "т", ("к" if front else "қ"), stem[:-1] + _SOFTENED.get(last, last) + y
    elif last in _NASAL:
        loc, abl, gen, dat, poss = "д", "н", "н", ("г" if front else "ғ"), stem + y
    else:
        loc, abl, gen, dat, poss = "д", "д", "д", ("г" if front else "ғ"), stem + y
    locative = stem + loc + a
    return [stem, locative, locative + ("гі" if front else "ғы"), stem + abl + a + "н", stem + gen + y + "ң", stem + dat + a,
            poss, poss + "нд" + a, poss + "н" + a + "н", poss + "н" + y + "ң", poss + "н" + a]


# month number → its forms, as date_base's table of the other languages
KK_MONTH_FORMS: dict[int, list[str]] = {number: forms(stem) for number, stem in enumerate(KK_MONTHS, 1)}
# "сәуірде", "желтоқсанында" ("in April", "in December"): a month alone in the locative is a date, as Russian "в июне";
# not "қазанда", also "in the cauldron" and "in Kazan", nor "маусымда", also "in the (sports) season" ("Өткен маусымда
# ол 10 гол соқты": last season): these two are dates with a day or a year ("5 маусымда", "2022 жылғы маусымда")
KK_IN_MONTH = {f for number, fs in KK_MONTH_FORMS.items() if number not in (6, 10) for f in (fs[1], fs[7])}
