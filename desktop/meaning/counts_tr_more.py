"""Turkish counts the listed nouns of :mod:`desktop.meaning.counts_tr` leave: the part of a whole ("12 kişiden 3'ü
yaralandı" → 3 people, "Milletvekillerinden 250'si" → 250 milletvekili, "yolcuların 5'i" → 5 yolcu), a number and a bare
noun that a finite verb ends the clause after ("Yarışmaya 45 sporcu katıldı" → 45 sporcu, "3 bakan istifa etti"), and
the land units dönüm and dekar, counted as the nouns they are ("40 dönüm arazi" → 40 dönüm).

Why these are counts without a list of nouns: a Turkish number with a possessive ending after a whole in the ablative
("-den": out of) or the plural genitive names how many of the whole ("3 of the 12 people"); a bare word between a number
and the verb that ends the clause is the subject or object the number counts ("45 sporcu katıldı": 45 athletes took
part), as "2000 polis katıldı" was already read for listed nouns.

Not: a date's day ("Mayıs'ın 5'i", "ayın 3'ü": a singular genitive), "bunlardan 3'ü" (a pronoun: no noun to count), a
number before a capitalised word or a month, a year ("2008 sezonu başladı"), "1".  Only in a Turkish sentence.  Called
by :func:`desktop.meaning.counts.find_counts`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desktop.meaning import turkish_words
from desktop.meaning.counts_tr import TR_COUNTED
from desktop.meaning.numbers import TR_NUMBERS, opens_sentence, turkish_sentence

__all__ = ["find_more_tr_counts"]

_fold = turkish_words.lower

# The trigger of a part: a digit and a possessive ending after an apostrophe ("3'ü", "250'si", "40'ı"), maybe with a case
# ending after it ("3'ünü", "5'inin"); the whole number is read back from it.  (Each trigger opens with a character class
# or a letter, which the engine scans for fast — "[0-9]" twice as fast as "\d" —; a look-behind first would be tried at
# every character.)
_PART = re.compile(r"[0-9]['’]s?[ıiuü](?:n[ıiuü]n|n[ıiuü]|n[ae]|n[dt][ae]n?|yl[ae])?(?![\w'’])")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,:'’%-])(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,6})$")
# The whole right before it: a word in the ablative ("kişiden", "askerlerden", "Milletvekillerinden") or in the plural
# genitive ("yolcuların"); maybe a number before it ("12 kişiden").
_WHOLE = re.compile(r"(?:(?<![\w.,'’])(?P<num>\d{1,6})[ \u00a0]+)?(?<![\w'’-])(?P<word>[^\W\d_]{2,}?)"
                    r"(?P<end>(?:l[ae]r)?(?:[ıiuü]n|n)?[dt][ae]n|l[ae]r[ıiuü]n)[ \u00a0]+$")
# Pronouns and words of time before a part: no noun counted ("bunlardan 3'ü", "içlerinden 2'si": of them).
_NO_WHOLE = set("bun şun on bu şu o iç kendi hangi hep biri ay yıl gün hafta sene saat dakika".split())
# A number in digits (2 or more) and a bare lower-case word the clause's finite verb follows: a past, a
# present in "-yor" (plural too), or a light verb after a noun ("istifa etti", "kabul edildi"; not "oldu": "4 yıldız general
# oldu" is what one became).
_TR_WORDS = "iki|üç|dört|beş|altı|yedi|sekiz|dokuz|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan"
_BARE_TAIL = (r"[ \u00a0]+(?P<noun>[a-zçğıöşü]{3,})[ \u00a0]+(?:[a-zçğıöşü]+[ \u00a0]+(?=et|ed))?"
              r"(?P<verb>[a-zçğıöşü]+(?:[dt][ıiuü]|[ıiuü]?yor|m[ıiuü]ş)(?:lar|ler)?)(?=[ \u00a0]*[.,;:!?\n]|$)")
_BARE = re.compile(r"[0-9](?P<num>[0-9]{0,5}|[0-9]{0,2}(?:\.[0-9]{3})+)" + _BARE_TAIL)
# The same in number words, a ten and a unit at most ("Beş bakan istifa etti", "yirmi üç sporcu katıldı"; "On iki" below):
# each word in two cases only, so that the engine's first-letter scan stays cheap; not "on", "yüz", "bin" (also "on" in
# English, "yüz" a face), nor "bir" (a, one).
_WORD_FORMS = _TR_WORDS.split("|")


def _cased(words: Iterable[str]) -> str:
    """An alternation of ``words`` in lower case or capitalised ("[Bb]eş")."""
    return "|".join(f"[{'İ' if w[0] == 'i' else w[0].upper()}{w[0]}]{w[1:]}" for w in words)


_CASED_WORDS = _cased(_WORD_FORMS)
_CASED_UNITS = _cased(w for w in _WORD_FORMS if TR_NUMBERS[w] < 10)  # "iki" … "dokuz": the unit after a ten
_BARE_WORDS = re.compile(r"(?P<num>(?:" + _CASED_WORDS + r")(?:[ \u00a0]+(?:" + _CASED_UNITS
                         + r"))?)(?![\w'’-])" + _BARE_TAIL)
_TEN_BEFORE = re.compile(r"(?<![\w'’-])[Oo]n[ \u00a0]+$")
_GENITIVE_BEFORE = re.compile(r"[ıiuü]n[ \u00a0]+$")  # ("Masanın altı …": the bottom of, no six)
# Words after a number that are no counted noun: units and multipliers the other readers take, comparison words, verbs.
_NOT_NOUNS = set("""kez kere defa kat puan sayı yaş yaşında gün hafta saat dakika saniye yıl sene ay kadar fazla daha az
    çok yıllık günlük aylık farkla oranında kişi numara sıra olarak beygir yüz bin milyon milyar trilyon aşağı yukarı""".split())
# ("beygir": also the horsepower's unit, left to the units as an earlier round pinned; the scale words are a number's part
# or, "yüz", a face: "Onun iki yüzü vardı"; "üç aşağı beş yukarı": more or less)
# A word with a case, possessive, plural or "-lı" ending is no bare noun ("Type 4 yerine geçti", "4 numaraya ulaştı", "21
# forması giydi", "8 filmleri yapardı", "27 numaralı", "iki sınıfa ayırdı", "7 asistle oynadı"): the number is a rank, a
# name's or a model's, or the word a verb's dative or instrument; a converb in "-ip" ("3 binip gittiler": boarded) is no
# noun; nor is a stem softened before a vowel's ending ("Boeing 737 uçağı indi": "uçak" + "ı", a model's aircraft, even
# where the name opens the sentence).  (A bare noun in -a/-e is lost with them: "85 delege".)
_ENDING = re.compile(r"(?:l[ae]r[ıi]?|s[ıiuü]|ğ[ıiuü]|[ae]|[dt][ae]n|[dt][ıiuü]r|l[ıiuü]k?|(?<=\w{3})[ıiuü]p)$")
# A capitalised word inside the sentence (no case ending after an apostrophe) or a number word right before the number: a
# name's or a model's number ("Super 8", "U 21"), a number's part ("yüz 12", "Boeing 737 800 uçak"), a share ("binde 4");
# not a sentence's first word ("Yarışmaya 45 sporcu katıldı").  A verb of being or staying makes the word what they are,
# no counted thing ("Sayfa 250 boş kaldı").
_BEFORE = re.compile(r"(?:(?<![\w'’-])(?i:" + _TR_WORDS.replace("i", "[iİ]") + r"|on|yüz|bin|binde|her)"
                     r"|(?<![\w'’-])(?P<name>[A-ZÇĞİÖŞÜ][\w]*)|[0-9])[ \u00a0]+$")  # (a number word first: "Yüz iki …")
_MONTHS = {_fold(m) for m in turkish_words.MONTHS}
# The land units, counted as the nouns they are (a dönüm, the metric one Turkey's land registry counts, and a dekar are
# 1,000 m² each; no symbol of its own in the catalogues): "40 dönüm arazi", "300 dekarlık alan".
_LAND = re.compile(r"(?P<unit>d(?:önüm|ekar))(?:l[ıiuü]k|[ıiuü]|[ae]|[dt][ae]n?|[ıiuü]n|l[ae]r)?(?![\w'’-])")


def _unit(word: str) -> str:
    """The unit a whole's stem names: "kişi" → people, "milletvekil" → milletvekili (the listed noun with its vowel)."""
    stem = _fold(word)
    if stem == "kişi":
        return "people"
    return next((stem + v for v in "ıiuü" if stem + v in TR_COUNTED), stem)


def _parts(text: str) -> Iterable[tuple[int, int, dict[str, int | float | str]]]:
    for m in _PART.finditer(text):
        num = _NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start() + 1)
        if num is None:
            continue
        whole = _WHOLE.search(text, max(0, num.start() - 40), num.start())
        if whole is None or _fold(whole["word"]) in _NO_WHOLE or whole["word"][0].isupper() and whole["num"]:
            continue
        value = int(num["num"].replace(".", ""))
        if whole["num"] and int(whole["num"]) <= value or not turkish_sentence(text, m.start()):
            continue  # ("12 kişiden 3'ü": the part is less than the whole)
        yield num.start(), m.end(), {"value": value, "unit": _unit(whole["word"]), "scale": ""}


def _word_value(text: str, m: re.Match[str], genitive: bool = True) -> tuple[int, int]:
    """The start and value of the number words of ``m`` ("yirmi üç" → 23), with "on" (ten) before a unit ("On iki" → 12);
    value 0 if the words make no number ("üç beş": a few) or, with ``genitive``, for "altı" after a genitive ("Masanın
    altı": the bottom of)."""
    words = [_fold(w) for w in m["num"].split()]
    values = [_WORD_VALUES[w] for w in words]
    if len(values) == 2 and (values[0] < 20 or values[1] >= 10):
        return m.start(), 0
    ten = _TEN_BEFORE.search(text, max(0, m.start() - 4), m.start()) if len(values) == 1 and values[0] < 10 else None
    if ten is not None:
        return ten.start(), 10 + values[0]
    if genitive and words[0] == "altı" and _GENITIVE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return m.start(), 0
    return m.start(), sum(values)


_WORD_VALUES = {w: TR_NUMBERS[w] for w in _WORD_FORMS}


# A dative right before the number, or a word before it ("Kongreye 85 delege katıldı", "Törene dün 40 gazi geldi"): the
# clause has its dative, so a noun in -a/-e after the number is bare ("delege"), not a second dative ("iki sınıfa
# ayırdı" has none before it).  Not a noun whose -a/-e follows y, n, l, d, t, c or ç: a dative, a locative, an
# instrumental or an adverb of its own ("numaraya", "ayda", "asistle", "yüzlerce").
# Not a dative a postposition takes ("Şimdiye kadar 30 filme çıktı": films, "filme" its own dative), nor a noun in
# -ğa/-ğe (a softened stem and its case: "40 çocuğa"; review of the thirty-second round).
_DATIVE_BEFORE = re.compile(r"(?:[aeıioöuü]y|['’]y?)[ae](?:[ \u00a0]+(?!(?:kadar|dek|değin|göre|karşı|doğru|rağmen|karşın"
                            r"|dair|ilişkin|yönelik|ait|nazaran|oranla)[ \u00a0])[a-zçğıöşü]+)?[ \u00a0]+$")


def _after_a_dative(text: str, start: int, noun: str) -> bool:
    return noun[-2] not in "ynldtcçğ" and _DATIVE_BEFORE.search(text, max(0, start - 30), start) is not None


# The number words, each found in lower case with str.find (one regex over all of them scans ten times slower: their first
# letters are the commonest), and capitalised after a sentence's end or a line's start, where a regex scans for the
# punctuation ("Beş bakan istifa etti.").
_CAPITALISED = re.compile(r"[.!?:\n][ \u00a0\"“'‘(]*(?=(?:" + "|".join(
    ("İ" if w[0] == "i" else w[0].upper()) + w[1:] for w in _WORD_FORMS) + r")[ \u00a0])")


def _word_matches(text: str) -> list[re.Match[str]]:
    """:data:`_BARE_WORDS` at each number word in ``text``, in the text's order."""
    starts = [0, *(m.end() for m in _CAPITALISED.finditer(text))]  # (0: the text's first word)
    for form in _WORD_FORMS:
        at = text.find(form)
        while at >= 0:
            starts.append(at)
            at = text.find(form, at + 1)
    found = (_BARE_WORDS.match(text, at) for at in sorted(set(starts)) if not (at and text[at - 1].isalnum()))
    return [m for m in found if m is not None]


def _bare_counts(text: str) -> Iterable[tuple[int, int, dict[str, int | float | str]]]:
    for m in (*_BARE.finditer(text), *_word_matches(text)):
        if m.start() and text[m.start() - 1] in ".,:'’%-" or m.start() and text[m.start() - 1].isalnum():
            continue  # ("1,5 ton", "U21": a number's or a name's part)
        start, noun = m.start(), m["noun"]
        if m.re is _BARE:
            num = m.group()[: m.end("num") - m.start()]
            value = int(num.replace(".", ""))
            if len(num) == 4 and 1500 <= value <= 2099:
                continue
        else:
            start, value = _word_value(text, m)
        if value < 2 or noun in _NOT_NOUNS or noun[:-1] in _NOT_NOUNS or noun in _MONTHS:
            continue
        before = _BEFORE.search(text, max(0, start - 16), start)
        if before is not None and not (before["name"] and opens_sentence(text, before.start())):
            continue
        ending = _ENDING.search(noun)
        if ending is not None and not (ending[0] in "ae" and _after_a_dative(text, start, noun)):
            continue
        if m["verb"].startswith(("kal", "ol")) or not turkish_sentence(text, m.start()):
            continue
        yield start, m.start("noun") + len(noun), {"value": value, "unit": noun, "scale": ""}


def _land(text: str) -> Iterable[tuple[int, int, dict[str, int | float | str]]]:
    for m in _LAND.finditer(text):
        num = _NUMBER_BEFORE.search(text, max(0, m.start() - 9), m.start() - 1) if text[m.start() - 1 : m.start()] in " \u00a0" else None
        value = int(num["num"].replace(".", "")) if num is not None else 0
        if num is not None and value and turkish_sentence(text, m.start()):
            yield num.start(), m.end("unit"), {"value": value, "unit": m["unit"], "scale": ""}


# An age in number words ("Otuz beş yaşındaki oyuncu" → 35 y, as "35 yaşındaki" is read in counts.py): the literal
# "yaşında" is the trigger, the words read back from it.
_AGE = re.compile(r"yaşında(?:ki)?(?![\w'’-])")
_AGE_WORDS = re.compile(r"(?<![\w'’-])(?P<num>(?:" + _CASED_WORDS + r")(?:[ \u00a0]+(?:"
                        + _CASED_UNITS + r"))?|[Oo]n)[ \u00a0]+$")


def _ages(text: str) -> Iterable[tuple[int, int, dict[str, int | float | str]]]:
    for m in _AGE.finditer(text):
        words = _AGE_WORDS.search(text, max(0, m.start() - 22), m.start())
        if words is None or not turkish_sentence(text, m.start()):
            continue
        start, value = (words.start(), 10) if _fold(words["num"]) == "on" else _word_value(text, words, genitive=False)
        before = _BEFORE.search(text, max(0, start - 16), start)
        if value >= 2 and (before is None or before["name"] is not None):  # (not "bin iki yaşında": 1002)
            yield start, m.end(), {"value": value, "unit": "y", "scale": ""}


def find_more_tr_counts(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, int | float | str]]]:
    """Parts of a whole, counts of an unlisted bare noun before the verb, land in dönüm or dekar, and ages in words, where
    ``free`` allows."""
    return [f for f in (*_land(text), *_parts(text), *_bare_counts(text), *_ages(text)) if free(f[0], f[1])]
