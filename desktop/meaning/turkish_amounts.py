"""Turkish amounts written in number words: a number with a scale word ("iki milyon dolar" → 2 000 000 USD, "üç yüz
bin kişi" → 300 000 people, "beş milyar" → 5 000 000 000) and a percentage ("yüzde otuz beş" → 35 %). Digits with
these words are read by the main pattern (figures.py); "iki buçuk milyon" by amounts.py. Also a bare number in digits
with "-lık" before the noun it sizes ("5'lik grup", "16'lık harita" → 5, 16)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from desktop.meaning import turkish_words
from desktop.meaning.counts import not_a_quantity, tr_pieces_after
from desktop.meaning.measures import bound_after
from desktop.meaning.numbers import continental_sentence, to_number
from desktop.meaning.units import TR_WORDS

_SCALES = {"bin": 1000, "milyon": 10**6, "milyar": 10**9, "trilyon": 10**12}
_WORD = "|".join(sorted(TR_WORDS, key=len, reverse=True)).replace("i", "[iİ]")
# a case ending on the last word ("yüzde yirmiye", "iki milyona"; not the ordinal of "ikinci")
# (a copula after a vowel or a voiceless consonant: "yüzde ikiydi", "yüzde beşti", "yüzde kırktı"; the genitive "ellinin"; the
# possessive with a case, "yüzde kırkını", "yüzde ellisinden")
_CASE = r"(?:['’]?(?:[ny]?[ae]|[dt][ae]n?|s?[ıiuü]n(?:[ıiuü]n?|[ae]|[dt][ae]n?)|s?[ıiuü]n?|n[ıiuü]n|y[ıiuü]|l[ıiuü][kğ][ıiuü]?|y?[dt][ıiuü]r?))?(?![\w])"
# number words, then a scale word among or after them ("iki yüz elli bin", "üç milyon beş yüz bin"): one number
_PHRASE = re.compile(rf"(?<![\w'’-])(?P<words>(?i:(?:{_WORD})(?:[ \u00a0]+(?:{_WORD}|bin|milyon|milyar|trilyon)(?![^\W_]))*))"
                     rf"(?:[ \u00a0]+(?P<scale>(?i:bin|milyon|milyar|trilyon)))(?={_CASE})")
# "yüzde" and number words: "yüzde otuz beş", "yüzde yüz", "yüzde yirmiye"
_PERCENT = re.compile(rf"(?<![\w'’-])(?i:yüzde)[ \u00a0]+(?P<words>(?i:(?:{_WORD})(?:[ \u00a0]+(?:{_WORD}))*))(?={_CASE})")
# the money or the people counted after the scale word (its case ending not in the span, as for digits: units.py)
_CURRENCIES = {"dolar": "USD", "avro": "EUR", "euro": "EUR", "lira": "TRY", "tl": "TRY", "sterlin": "GBP", "ruble": "RUB",
               "yen": "JPY"}
_COUNTED_AFTER = re.compile(r"[^\W\d_]*[ \u00a0]+(?:(?i:ABD|Amerikan)[ \u00a0]+)?(?P<word>(?i:dolar|avro|euro|lira|sterlin|ruble|yen"
                            r"|(?-i:TL)|kişi(?!liğ)))(?=[^\W\d_]{0,6}(?![\w]))")
# a number word right before "yüzde" makes it the locative of hundreds, a fraction's part: "üç bin altı yüzde biri" (one
# 3600th), "beş yüzde bir" (one 500th), no percentage
_HUNDRED_PART = re.compile(rf"(?<![\w'’-])(?i:{_WORD}|bin)[ \u00a0]+$")
_VAGUE_BEFORE = re.compile(r"(?<![\w-])(?i:birkaç|kaç|birçok|bir\s+kaç)[ \u00a0]+$")
_NUMBER_AFTER = re.compile(rf"[ \u00a0]+(?i:{_WORD}){_CASE}")
_DIGITS_AFTER = re.compile(r"[ \u00a0]+\d")
# the scale word in the locative before a number: a proportion ("on binde bir" one in ten thousand, "milyonda 3")
_PER_AFTER = re.compile(rf"[dt][ae][ \u00a0]+(?:\d|(?i:{_WORD})(?![\w]))")
_YEAR_AFTER = re.compile(r"[^\W\d_]*[ \u00a0]+(?i:yıl|sene)")
# years counted after the scale word: "dört bin yıl önce", "iki milyon yıldır" (a duration; "iki bin yılında" is the year
# 2000: "yıl" with a possessive "-ı", "sene" with "-si")
_YEARS_COUNTED = re.compile(r"[ \u00a0]+(?P<word>(?i:yıl(?![ıi])|sene(?!s))(?=[^\W\d_]{0,5}(?![\w])))")
# number words and "milyon"/"milyar" right before a figure in digits ("İki milyon 300 bin kişi")
_LARGER_BEFORE = re.compile(rf"(?<![\w'’-])(?P<words>(?i:(?:{_WORD})(?:[ \u00a0]+(?:{_WORD}))*))[ \u00a0]+"
                            r"(?P<scale>(?i:milyon|milyar))[ \u00a0]+$")


def words_value(words: str) -> int | None:
    """The value of Turkish number words: "iki yüz elli bin" → 250 000, "üç milyon beş yüz bin" → 3 500 000."""
    total = current = 0
    for word in words.split():
        low = turkish_words.lower(word)
        if low in _SCALES:
            total += max(current, 1) * _SCALES[low]
            current = 0
        elif low == "yüz":
            if current >= 10:
                return None  # ("on yüz" is not written)
            current = max(current, 1) * 100
        elif low in TR_WORDS:
            current += TR_WORDS[low]
        else:
            return None
    return total + current


# A bare number with "-lık" (of N: "5'lik grup", "16'lık harita", "32'likler"); not a score's or a dimension's last number
# ("3-1'lik galibiyet", "2 1'lik skor" that lost its dash, "6 3, 7 6'lık setler", "4x100'lük", "3+ 3+ 1'lik düzen"), nor a
# score's or a shot's word after it ("3'lük atış", "3'lük basket", "2'lik şut": basketball's points), a year ("1990'lık"),
# a decimal point's part or a time ("1:30'luk"), nor the possessive noun ("45'liği": a record's name).
_SIZED = re.compile(r"(?<![\w.,:/x×%$€£₺+-])(?<![\w+][ \u00a0]-)(?<![+\d][ \u00a0])(?<!\d,[ \u00a0])"
                    r"(?P<num>[1-9]\d{0,3}(?:,\d+)?)['’]l[ıiuü]k(?:ler|lar)?(?![\w'’])"
                    r"(?![ \u00a0]+(?i:skor|sonuç|galibiyet|mağlubiyet|yenilgi|beraberlik|set|seri|üstünlü|maç|derece|atış|basket|şut|kral|oran))")
# a proportion's or a fraction's part, or an hour, before it ("binde 6'lık", "yüz binde 7'lik", "milyonda 3'lük", "3'te 1'lik",
# "10'da 1'lik", "saat 17'lik sefer"): the proportion is read by amounts.py, the rest is no size
_PART_BEFORE = re.compile(r"(?:(?<![\w'’-])(?i:binde|milyonda|milyarda|saat)|\d['’][dt][ae])[ \u00a0]+$")


def find_tr_sized(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Bare numbers with "-lık" ("5'lik grup" → 5), as ``(start, end, attrs)``; the span ends after "-lık"."""
    for m in _SIZED.finditer(text):
        num = m["num"]
        if len(num) == 4 and 1500 <= int(num) <= 2099 or _PART_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "1990'lık": a year's; "binde 6'lık", "3'te 1'lik": a proportion's part
        value = float(num.replace(",", ".")) if "," in num else int(num)
        yield m.start(), m.end(), {"value": value, "unit": "", "scale": ""}


def find_tr_word_amounts(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Turkish amounts in number words with a scale word or after "yüzde", as ``(start, end, attrs)``, and bare numbers
    with "-lık" (:func:`find_tr_sized`)."""
    if "'l" in text or "’l" in text:
        yield from find_tr_sized(text)
    low = text.lower()
    if not any(word in low for word in ("yüzde", "bin", "milyon", "milyar", "trilyon")):
        return
    for m in _PERCENT.finditer(text):  # ("yüzde" is Turkish: no look at the sentence, whose "on" may count as English)
        value = words_value(m["words"])
        if value and value <= 100 and not _HUNDRED_PART.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(), m.end("words"), {"value": value, "unit": "%", "scale": ""}
    for m in _PHRASE.finditer(text):
        scale = m["scale"]
        value = words_value(f"{m['words']} {scale}")
        if not value or scale.lower() == "bin" and not continental_sentence(text, m.start()):
            continue  # ("milyon", "milyar" are spelt the Turkish way; "bin" is an English word too: "on bin bags")
        if not_a_quantity(text, m.start(), scale, designation=False):
            continue  # "Bir Milyon Dolarlık Bebek izlendi": a title's scale word, capitalised in running text
        if _VAGUE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _NUMBER_AFTER.match(text, m.end()):
            continue  # "birkaç yüz milyon dolar": a vague amount (amounts.py); "üç bin altı yüzde biri": a fraction
            # whose number goes on in a form not read here
        years = _YEARS_COUNTED.match(text, m.end())
        if years is not None:
            yield m.start(), years.end("word"), {"value": value, "unit": "y", "scale": scale}
            continue
        if scale.lower() == "bin" and _YEAR_AFTER.match(text, m.end()) or _DIGITS_AFTER.match(text, m.end()) or _PER_AFTER.match(text, m.end()):
            continue  # "iki bin yılında": the year 2000; "İki bin 500 kişi": 2 500 people (numbers.thousand_first); "on
            # binde bir": one in ten thousand
        end, unit = m.end(), ""
        counted = _COUNTED_AFTER.match(text, m.end())
        if counted is not None:
            word = turkish_words.lower(counted["word"])
            end, unit = counted.end("word"), "people" if word == "kişi" else _CURRENCIES[word]
        yield m.start(), end, {"value": value, "unit": unit, "scale": scale}

# "bin" that goes on as the verb "binmek" (to board): "binip", "binerek", "biniyor", "bindik"; "bindi(ler)" after a vehicle
# in the dative ("Otobüse 5 bindi": five got on), as "5 bindi" alone is also a copula ("Maaşı 5 bindi": 5 000)
_BOARDS = re.compile(r"(?:ip|erek|iyor|ince|ecek|di(?:k|m|n|niz)|(?P<past>di(?:ler)?))(?![^\W_])")
_VEHICLE_BEFORE = re.compile(r"(?<![\w-])(?i:otobüs|minibüs|tren|uçağ|gemi|taksi|vapur|bisiklet|motosiklet|metro|tramvay|feribot"
                             r"|tekne|helikopter|araba|arac|kamyon|asansör|teleferiğ|sandal|kayığ)(?:ler|lar)?y?[ae][ \u00a0]+$")


def not_boarded(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` without the figures whose scale "bin" is the verb "to board" ("Otobüse 5 bindi", "3 binip gittiler")."""
    return [f for f in found if not (str(f[2].get("scale")).lower() == "bin" and text[f[1] - 3 : f[1]].lower() == "bin" and (
        (board := _BOARDS.match(text, f[1])) is not None
        and (not board["past"] or _VEHICLE_BEFORE.search(text, max(0, f[0] - 24), f[0]) is not None)))]


def with_tr_pieces(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` with "adet" (pieces) as the unit of a number with a scale word and no unit: "1,2 milyon adet araç" → 1 200
    000 araç, "2 bin adetten fazla" → 2000 adet (twenty-fifth round)."""
    out = []
    for start, end, attrs in found:
        pieces = tr_pieces_after(text, end) if attrs.get("scale") and not attrs.get("unit") and "ade" in text[end : end + 6].lower() else None
        if pieces is None:
            out.append((start, end, attrs))
            continue
        bound = "" if attrs.get("qualifier") else bound_after(text, pieces[0], pieces[1])  # ("2 bin adetten fazla": >)
        out.append((start, pieces[0], {**attrs, "unit": pieces[1], **({"qualifier": bound} if bound else {})}))
    return out


def larger_before(text: str, start: int, attrs: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """The start and attributes of a figure in digits at ``start`` ("300 bin kişi") that goes on a Turkish amount in words
    before it ("İki milyon 300 bin kişi" → 2 300 000 people, as "2 milyon 300 bin kişi" reads); None when none does."""
    value = attrs.get("value")
    if str(attrs.get("scale") or "").lower() not in ("bin", "milyon") or "upper" in attrs or not isinstance(value, int):
        return None
    m = _LARGER_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    larger, times = _SCALES[turkish_words.lower(m["scale"])], words_value(m["words"])
    if not times or value >= larger:
        return None  # ("milyon 2 milyon" is no number)
    return m.start(), {**attrs, "value": times * larger + value, "scale": m["scale"]}


# Turkish "puan" (point) after a number is percentage points where words of rates are near ("Faiz 2,5 puan artırıldı",
# "İşsizlik oranı 0,3 puan azaldı"); a score elsewhere ("Takım 3 puan aldı"), and "baz puan" is basis points (units.py).
# Twenty-fourth round.
_POINTS_TR = re.compile(r"(?<![\w.,'’-])(?P<num>\d{1,3}(?:,\d{1,2})?)[ \u00a0]+(?i:puan)(?=(?:lık|l[ıi]k|[ae]|d[ae]n|t[ae]n)?(?![\w]))")
_RATES_NEAR_TR = re.compile(r"%|(?<![\w-])(?i:faiz\w*|oran\w*|enflasyon\w*|yüzde|işsizlik\w*|getiri\w*|büyüme\w*|politika)(?![\w-])")
# (an index's points are no percentage points, a percentage in the clause or not: "BIST 100 endeksi yüzde 2 artışla 150 puan
# yükseldi"; review of the twenty-fourth round)
_INDEX_NEAR_TR = re.compile(r"(?<![\w-])(?i:endeks\w*|BIST|borsa\w*|Nasdaq|Dow|S&P|DAX|FTSE|Nikkei)(?![\w-])")


def find_tr_points(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Percentage points written "puan" near a Turkish word of rates in its clause ("Faiz 2,5 puan artırıldı" → 2.5 pp)."""
    for m in _POINTS_TR.finditer(text):
        left = max([text.rfind(mark, max(0, m.start() - 60), m.start()) for mark in (". ", ", ", ";", "\n")] + [max(0, m.start() - 60)])
        right = min([i for i in (text.find(mark, m.end(), m.end() + 40) for mark in (". ", ", ", ";", "\n")) if i >= 0] or [m.end() + 40])
        if text[max(0, m.start() - 4) : m.start()].lower().endswith("baz ") or _RATES_NEAR_TR.search(text, left, right) is None or (
                _INDEX_NEAR_TR.search(text, left, right)):
            continue
        yield m.start(), m.end(), {"value": to_number(Decimal(m["num"].replace(",", "."))), "unit": "pp", "scale": ""}
