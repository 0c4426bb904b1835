"""Turkish bounds and ranges written with the figure's case endings.

* "5 yıldan fazla", "50 kilometreden az", "3 yıldan uzun", "50 metreden yüksek": the ablative is already inside the figure's span
  (a duration or a metric unit is read with its ending) → ">", "<", ">".
* "10 yıla kadar", "500 kişiye kadar", "100 bine kadar", "%50'ye kadar": the dative before "kadar" is "up to" → "≤";
  the bare form before "kadar" is "about" ("20 kişi kadar", measures.bound_after) and a dative that ends a
  "from … to" ("5 yıldan 10 yıla kadar") is the high end of a range, no bound.
* The range itself: a figure in the ablative, then one in the dative before "kadar", of one unit, the first the
  smaller → low and high end (:func:`from_to`).

Called by :mod:`desktop.meaning.measures` and :mod:`desktop.meaning.ranges`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re

# The ablative closing the span's last word ("5 yıl|dan" is read as one figure, "5 yıldan"), then the bound's word.
_ABLATIVE_IN_SPAN = re.compile(r"[^\W\d_]['’]?[dt][ae]n$")
# (a copula may close the bound's word: "fazlaydı", "fazladır", "azdı", "yakındı")
COPULA = r"(?:y?[dt][ıiuü]r?|y?m[ıiuü]ş)?"
# "büyük", "küçük", "yüksek", "düşük" before a part or a manner are no comparison: "300 işçiden büyük bölümü" (most of
# the 300 workers), "500 evden küçük bir kısmı" (a small part of), "100 metreden yüksek sesle" (loudly, from 100 m)
NOT_COMPARED = r"(?![ \u00a0]+(?:bir[ \u00a0]+)?(?:kısm|bölüm|kesim|çoğunlu|parça|ses|hız)\w*)"
# ... and they compare only a measure (money, %, a metric or degree unit, an age, a time); after people or a counted
# noun the ablative is the source and the adjective describes the next noun: "3 kişiden büyük destek" (great support
# from 3 people), "12 ülkeden büyük ilgi", "10 ülkeden yüksek katılım", "3 maçtan büyük galibiyetle" (no bound).
_SIZE_WORD = re.compile(r"(?<![^\W\d_])(?:yüksek|büyük|düşük|küçük)", re.IGNORECASE)
# units in lower case that are measures all the same (any other lower-case unit word is a counted noun: "ülke", "maç")
_LOWER_MEASURES = frozenset("acre acres bbl bcm gal kcal knot knots mph nmi min rpm mil magnitude kadir".split())


def size_of_a_count(bound: str, unit: str) -> bool:
    """Whether ``bound`` (a Turkish bound's words) is "büyük", "yüksek", "düşük" or "küçük" after a figure whose ``unit``
    counts people or things ("people", "ülke", "maç"), which it does not bound (a bare number or a measure it does)."""
    base = unit.split("/")[0]
    counted = base == "people" or base.isalpha() and base.islower() and len(base) >= 3 and base not in _LOWER_MEASURES
    return counted and _SIZE_WORD.search(bound) is not None


_MORE_LESS_AFTER = re.compile(
    rf"[ \u00a0]+(?:(?:biraz|daha)[ \u00a0]+){{0,2}}(?:(?P<more>fazla|çok|uzun|(?:yüksek|büyük){NOT_COMPARED})"
    rf"|(?P<less>az|kısa|(?:düşük|küçük){NOT_COMPARED})){COPULA}(?![\w'’])",
    re.IGNORECASE)  # ("50 metreden yüksek": higher than 50 m; "60 metreden daha yüksek" too)
# A dative in the span's last word: durations, metric units and degrees are read with their ending ("10 yıla").
_DATIVE_IN_SPAN = re.compile(r"(?<![^\W\d_])(?:(?:yıl|ay|gün|saat)[ae]|(?:hafta|sene|dakika|saniye|metre|kilometre|derece)y[ae])$",
                             re.IGNORECASE)
# ... or right after a span that ends at its stem or its digits ("500 kişi|ye kadar", "100 bin|e kadar", "%50|'ye kadar").
_DATIVE_AFTER = re.compile(r"(?:['’]?(?:y[ae]|[ae]))?(?=[ \u00a0]+kadar(?![\w'’]))", re.IGNORECASE)
_KADAR = re.compile(r"[ \u00a0]+kadar(?![\w'’])", re.IGNORECASE)
# ... unless a change verb in the past follows: the figure is the level reached ("Maaşlar %20'ye kadar arttı": rose to
# 20 %, as "rose to 20%" has no bound), while a forecast or a limit keeps "up to" ("yükselecek", "çıkabilir", "istendi").
# ("in" and "düş" only with their own suffixes: "incelendi" (examined), "düşünüldü" (thought of) keep "up to")
_REACHED_AFTER = re.compile(r"[ \u00a0]+(?:(?:art|yüksel|geril|azal|çık|tırman|gerile)[a-zçğıöşü]*?"
                            r"|(?:in(?:dir(?:il)?|il)?|düş(?:ür(?:ül)?)?)(?:[ae]bil)?)"
                            r"(?:[dt][ıiuü]|m[ıiuü]ş(?:t[ıiuü]r?)?)(?:lar|ler)?(?![\w'’])", re.IGNORECASE)
# An ablative word among the two words before the figure: the figure ends a "from … to" ("5 yıldan 10 yıla kadar").
# (or the figure right after one written in digits: "%10'dan %20'ye kadar", "100 kişiden 200 kişiye kadar")
# The ablative word ends a figure: a unit after digits or a number word, or a number itself ("5 yıldan", "milyon liradan",
# "%10'dan", "otuzdan", "binden"; not "devletten", "KOSGEB'den", "Yunanistan", "yeniden": "up to" stays).
_NUMBER_WORDS = (r"(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin"
                 r"|milyon|milyar|trilyon)")
_FROM_BEFORE = re.compile(rf"(?:(?<![\w])(?:%?\d[\d.,]*|{_NUMBER_WORDS})[ \u00a0]+[^\W\d_]+['’]?|(?<![\w])%?\d[\d.,]*['’]"
                          rf"|(?<![\w]){_NUMBER_WORDS}['’]?n?)[dt][ae]n(?:[ \u00a0]+\S+){{0,2}}[ \u00a0]+$", re.IGNORECASE)
# The ablative right after a span that ends at its stem or its digits, then the space before the high end ("5 bin|den ",
# "100 kişi|den ", "%10|'dan ").
_ABLATIVE_GAP = re.compile(r"(?:['’]?n?[dt][ae]n)?[ \u00a0]+")
_LAST_WORD = re.compile(r"\S+$")
# "değil" or a verb in the negative after the bound turns it round: "1 metreden fazla değildir" (no more than 1 m),
# "3 günden fazla kalmayan" (who stayed no more than 3 days), "10 yıldan az sürmez".
# Not a noun that ends like one ("10 saatten fazla komedi", "50 kişiden fazla Yılmaz").
_ONE_WORD = r"(?:[ \u00a0]+[a-zçğıöşü]+)??"  # ("3 yıldan fazla hapis yatmadı": did not serve more than 3 years, ≤)
_NEGATED_AFTER = re.compile(_ONE_WORD + r"[ \u00a0]+(?:değil|(?!(?:tragi)?komedi|namaz|ramazan|yılmaz|damad)"
                            r"[a-zçğıöşü]{2,}?m[ae](?:y[ae]n|z|d[ıi]|m[ıi]ş|y[ae]c[ae]k))(?![a-zçğıöşü]*['’])", re.IGNORECASE)
# After a duration, a negative participle or verb most often says how long a state lasted ("10 yıldan fazla kullanılmayan
# bina": unused for more than 10 years, >); only "değil" and the verbs whose object is the time itself turn it round
# ("3 günden fazla kalmayan", "20 dakikadan az sürmez", "bekleme", "yaşama", "oturma").
_NEGATED_AFTER_DURATION = re.compile(_ONE_WORD + r"[ \u00a0]+(?:değil|(?:sür|kal|bekle|yaşa|otur|yat)[a-zçğıöşü]{0,4}?m[ae]"
                                     r"(?:y[ae]n|z|d[ıi]|m[ıi]ş|y[ae]c[ae]k))(?![a-zçğıöşü]*['’])", re.IGNORECASE)
_DURATION_END = re.compile(r"(?<![^\W\d_])(?:yıl|ay|hafta|sene|gün|saat|dakika|saniye)(?:['’]?[dt][ae]n)?$", re.IGNORECASE)


def turned_round(sign: str, text: str, end: int, figure_end: int) -> str:
    """``sign`` (">" or "<" of a Turkish bound ending at ``end``, after a figure ending at ``figure_end``) as a
    negation after it turns it: "≤", "≥" (after a duration only "değil" and a few verbs do)."""
    duration = _DURATION_END.search(text, max(0, figure_end - 16), figure_end) is not None
    if sign in (">", "<") and (_NEGATED_AFTER_DURATION if duration else _NEGATED_AFTER).match(text, end):
        return "≤" if sign == ">" else "≥"
    return sign


def tr_bound_in_span(text: str, end: int, unit: str = "") -> str:
    """The sign of a Turkish bound after a figure ending at ``end`` whose own span took the case ending:
    ">" for "5 yıldan fazla", "<" for "50 kilometreden az", "≤" for "10 yıla kadar", "500 kişiye kadar"; or ""."""
    word = _LAST_WORD.search(text, max(0, end - 24), end)
    if word is None:
        return ""
    bound = _MORE_LESS_AFTER.match(text, end)
    if bound is not None and _ABLATIVE_IN_SPAN.search(word.group()):
        if size_of_a_count(bound.group(), unit):
            return ""  # ("12 ülkeden büyük ilgi": great interest from 12 countries)
        return turned_round(">" if bound["more"] else "<", text, bound.end(), end)
    if not _KADAR.match(text, end) and (dative := _DATIVE_AFTER.match(text, end)) is not None and dative.group():
        kadar_at = dative.end()
    elif _DATIVE_IN_SPAN.search(word.group()):
        kadar_at = end
    else:
        return ""
    kadar = _KADAR.match(text, kadar_at)
    if kadar is None or _REACHED_AFTER.match(text, kadar.end()) or _FROM_BEFORE.search(text, max(0, word.start() - 60), word.start()):
        return ""
    return "≤"


def from_to(text: str, low_end: int, gap_end: int, high_end: int) -> bool:
    """The figure ending at ``low_end`` and the one from ``gap_end`` to ``high_end`` are "from … to": the first's
    span ends in the ablative or the ablative follows it, a space between, the second is in the dative before "kadar"
    ("5 yıldan 10 yıla kadar", "3 kilometreden 5 kilometreye kadar", "100 kişiden 200 kişiye kadar", "%10'dan %20'ye
    kadar")."""
    low_word = _LAST_WORD.search(text, max(0, low_end - 24), low_end)
    high_word = _LAST_WORD.search(text, max(0, high_end - 24), high_end)
    gap = _ABLATIVE_GAP.fullmatch(text, low_end, gap_end)
    if low_word is None or high_word is None or gap is None:
        return False
    if not (_ABLATIVE_IN_SPAN.search(low_word.group()) if gap.group().strip(" \u00a0") == "" else low_word.group()[-1:].isalnum()):
        return False
    dative = _DATIVE_AFTER.match(text, high_end)
    return bool(_DATIVE_IN_SPAN.search(high_word.group()) and _KADAR.match(text, high_end)
                or dative is not None and dative.group() and _KADAR.match(text, dative.end()))
