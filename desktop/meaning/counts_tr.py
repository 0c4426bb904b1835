"""Turkish counts of a listed noun ("20 asker", "Üç çocuk", "11 ilçede", "5 polis memuru") and of pieces ("50 adet
silah", "2 bin adetten"); the nouns a Turkish scale word counts ("40 bin seyirci"), read by :func:`desktop.meaning.counts.noun_after`.

Called by :func:`desktop.meaning.figure_extras` through :mod:`desktop.meaning.counts`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.meaning import turkish_words
from desktop.meaning.figure_titles import not_a_quantity
from desktop.meaning.numbers import TR_NUMBERS, continental_sentence, opens_sentence

__all__ = ["TR_COUNTED", "TR_FIRST_NOUN_AFTER", "TR_NOUN_AFTER", "find_tr_counts", "tr_pieces_after"]


# Turkish counts of what news counts most: a number (digits, or a word other than "bir") and a noun
# of this list with its case ending ("20 asker", "11 ilçede", "üç çocuk", "3 ölü, 12 yaralı"); the
# noun is singular after a number, and the unit is its stem. A closed list: any word may follow a
# Turkish number ("15 Mayıs", "3 büyük şehir"). Not "il" (province), whose dative is "ile" (with), nor
# "oy" (vote), which "oyun" (game) starts with.
_TR_COUNTED = sorted("""asker polis öğrenci çocuk işçi sivil kadın erkek hasta yolcu mülteci göçmen gazeteci milletvekili
    vatandaş sanık şüpheli tutuklu militan terörist ölü yaralı ev bina konut araç otomobil tank uçak helikopter gemi füze
    köy ilçe ülke şehir okul hastane maç gol madalya sandalye üye ağaç hayvan şirket firma silah mermi""".split(),
                     key=len, reverse=True)
TR_COUNTED = frozenset(_TR_COUNTED)
# Nouns counted only right after the number, never as the second noun of "2 sivil polis" ("2 asker gözaltına alındı",
# "3 polis depremde öldü" count soldiers, policemen; the land units after a scale word: "5 bin dönüm").
_TR_COUNTED_FIRST = sorted(_TR_COUNTED + """aile hane deprem taraftar seyirci turist ziyaretçi hemşire öğretmen avukat
    gözaltı saldırı dönüm dekar""".split(), key=len, reverse=True)  # (not "doktor": "728 doktora öğrencisi" are PhD students)
_TR_CASE_END = (r"(?:'(?=\w))?(?:[ıiuü]|y[ıiuü]|s[ıiuü]|n[ıiuü]n|[ny]?[ae]|y?l[ae]|[dt][ae]n?|[dt][ıiuü]r|n[dt][ae]n?"
                r"|y[ıiuü]n|[ıiuü]n)?")
# "adet" after a number with a scale word, and the listed noun it counts ("1,2 milyon adet araç" → araç, "2 bin adetten"
# → adet; twenty-fifth round: the digits' "50 adet silah" above took no scale word)
_TR_PIECES_AFTER = re.compile(r"[ \u00a0]+(?P<adet>(?i:adet|aded(?=[ie])))[^\W\d_]{0,4}(?![\w-])(?:[ \u00a0]+(?P<noun>"
                              + "|".join(_TR_COUNTED) + r")" + _TR_CASE_END + r"(?![\w-]))?")


def tr_pieces_after(text: str, end: int) -> tuple[int, str] | None:
    """The end and unit of "adet" (and the noun it counts) right after a figure ending at ``end``, or None."""
    m = _TR_PIECES_AFTER.match(text, end)
    if m is None:
        return None
    return (m.start("noun") + len(m["noun"]), _tr_fold(m["noun"])) if m["noun"] else (m.end("adet"), "adet")


_TR_NUMBER_WORDS = "iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz"
# People named by where they come from: "3 milyon Suriyeli", "500 Afganistanlı", "12 İranlı" (a capitalised word in -lı).
_TR_FROM = ("(?!(?:" + "|".join(turkish_words.MONTHS) + r")l|Sayılı|Milli)"
            r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,}(?:lı|li|lu|lü)")  # (not "3 Mayıslı", a month's; "3837 Sayılı Kanun", a law's number)
_TR_COUNT = re.compile(
    r"(?<![\w.,:'’-])(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,6}|(?i:" + _TR_NUMBER_WORDS + r"))[ \u00a0]+"
    r"(?!hanedan)(?P<noun>" + "|".join(_TR_COUNTED_FIRST) + "|" + _TR_FROM + r")" + _TR_CASE_END + r"(?![\w-])")  # (lower case: "10 EV
# chargers"; "hanedan" is a dynasty, no household)
# "adet" (pieces) counts what follows it, a listed noun or another: "50 adet silah", "5 adet yeni nesil uçak".
_TR_PIECES = re.compile(r"(?<![\w.,:'’-])(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,6})[ \u00a0]+adet(?:[ \u00a0]+(?P<noun>"
                        + "|".join(_TR_COUNTED) + r")" + _TR_CASE_END + r")?(?![\w-])")
TR_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<noun>" + "|".join(_TR_COUNTED) + "|" + _TR_FROM + r")" + _TR_CASE_END + r"(?![\w-])")
# After a scale word the noun stands right after the number, as "20 taraftar" does: "40 bin seyirci", "2 milyon turist",
# "3 bin aile" count spectators, tourists, families (the nouns counted only first are no second noun of "2 sivil polis").
TR_FIRST_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<noun>" + "|".join(_TR_COUNTED_FIRST) + "|" + _TR_FROM + r")" + _TR_CASE_END
                                  + r"(?![\w-])")
# A bare counted noun before the head of a compound ("okul öncesi", "uçak bölümü", "uçak park yeri", "yolcu otobüsü":
# a third-person ending after a consonant other than d/t, or "-sı" after a vowel, up to one bare word later) modifies
# that head: "514 okul öncesi eğitim kurumunda" counts institutions, not schools.  Past verbs end in -dı/-tı
# ("20 asker yaralandı", "öldü"), and a word with a case ending is no head ("gözaltına alındı", "hayatını kaybetti").
_TR_COMPOUND_HEAD = re.compile(r"(?:[ \u00a0]+[a-zçğıöşü]{2,})?[ \u00a0]+[a-zçğıöşü]+(?:s[ıiuü]|[bcçfgğhjklmnprsşvyz][ıiuü])"
                               r"(?<![aeıioöuü][ny][ıiuü])(?![\w'’-])")  # not an accusative: "hayatını kaybetti"


# A head that names people keeps the count of its compound: "5 polis memuru", "12 sağlık çalışanı" (police officers,
# health workers); after a noun of a place or a thing the head is the unit ("4 hastane personeli": personel).
_TR_PEOPLE_HEAD = re.compile(r"[ \u00a0]+(?P<head>memur|görevli|çalışan|personel|mensub|mensup)[a-zçğıöşü]*(?![\w'’-])")
_TR_PEOPLE = set("""asker polis öğrenci çocuk işçi sivil kadın erkek hasta yolcu mülteci göçmen gazeteci milletvekili
    vatandaş sanık şüpheli tutuklu militan terörist ölü yaralı üye taraftar seyirci turist ziyaretçi hemşire
    öğretmen avukat""".split())
# A capitalised word after a word in -lı makes it an adjective of a title or a name: "5 Yıldızlı Otelde Yangın",
# "2 Numaralı Barosu", "3 Boyutlu Yazıcı" (people from a place stand alone: "12 İranlı yakalandı").
_TR_TITLE_AFTER = re.compile(r"[ \u00a0]+[A-ZÇĞİÖŞÜ][\w]*(?!['’\w])")  # (not a name with its suffix: "12 İranlı İstanbul'da")
# A finite verb right after a bare noun makes a number in the years' range a count: "Mitinge 2000 polis katıldı",
# "1500 işçi çalışıyor" (a year is "2000 yılında"; "2023 öğrenci kaydı" stays a year's).
_TR_VERB_AFTER = re.compile(r"[ \u00a0]+[a-zçğıöşü]+(?:[dt][ıiuü]|[ıiuü]yor|yor)(?:lar|ler)?(?=[ \u00a0]*[.,;:!?\n]|$)")


# The counted nouns that may describe a second one ("2 sivil polis", "3 kadın gazeteci", "4 yaralı asker", "15 üye ülkeye
# sahip"; and a people's name, "500 Afganistanlı göçmen"); the others are counted themselves ("12 öğrenci okula gitti":
# students, not schools).
_TR_MODIFIERS = set("sivil kadın erkek yaralı ölü hasta göçmen mülteci çocuk şüpheli tutuklu militan terörist sanık üye".split())
_TR_PLACES = set("okul hastane köy ilçe ülke şehir ev bina konut".split())


_TURKISH_LETTERS = re.compile("[çğışöüÇĞİŞÖÜ]")
_NUMBER_OR_HER_BEFORE = re.compile(r"(?:\d|(?<![\w])(?i:her|binde))[ \u00a0]+$")


_TR_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>(?i:" + _TR_NUMBER_WORDS.replace("i", "[iİ]") + r"))[ \u00a0]+$")
# A capitalised word without a case ending right before a number names a model: "Leopard 2", "Patriot 3".
_MODEL_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÇĞİÖŞÜ][a-zçğıöşü]+[ \u00a0]+$")


_BETWEEN_AFTER = re.compile(r"[ \u00a0]+aras[ıi]\w*", re.IGNORECASE)


_tr_fold = turkish_words.lower


def find_tr_counts(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, int | float | str]]]:
    """Turkish counts of a listed noun: "20 asker" → 20 asker, "Üç çocuk" → 3 çocuk, "11 ilçede";
    and of pieces ("50 adet silah" → 50 silah; "500 adet" → 500 adet)."""
    out: list[tuple[int, int, dict[str, int | float | str]]] = []
    for m in _TR_PIECES.finditer(text):
        value = int(m["num"].replace(".", ""))
        if value > 1 and free(m.start(), m.end()) and not ("." not in m["num"] and 1500 <= value <= 2099):
            noun = m["noun"] or "adet"
            out.append((m.start(), m.end(), {"value": value, "unit": _tr_fold(noun), "scale": ""}))
    for m in _TR_COUNT.finditer(text):
        num, start = m["num"], m.start()
        value = int(num.replace(".", "")) if num[0].isdigit() else TR_NUMBERS.get(_tr_fold(num), 0)
        tens = None if num[0].isdigit() else _TR_WORD_BEFORE.search(text, max(0, start - 10), start)
        if tens is not None:  # "On iki asker" (12), "Yirmi beş öğrenci" (25); "yüz iki" and others: a part
            ten = TR_NUMBERS.get(_tr_fold(tens["w"]), 0)
            if not (ten in range(10, 100, 10) and value < 10):
                continue
            start, value = tens.start(), ten + value
        if value < 2:
            continue  # "1 asker": one, as "one soldier", is no count
        bare = m.end() == m.start("noun") + len(m["noun"])
        year = num[0].isdigit() and len(num) == 4 and 1500 <= value <= 2099 and not (bare and _TR_VERB_AFTER.match(text, m.end()))
        title_word = "" if num[0].isdigit() and m["noun"][0].isupper() else m["noun"]  # ("12 İranlı": no title)
        if year or not_a_quantity(text, m.start(), title_word):
            continue  # a year; a designation or a title ("Beş Şehir")
        if not num[0].isdigit() and _BETWEEN_AFTER.match(text, m.end()):
            continue  # "iki ülke arasında": between the two (named before); "3 ülke arasında" counts them
        if _NUMBER_OR_HER_BEFORE.search(text, max(0, start - 6), start):
            continue  # "Boeing 737 800 uçak": a number's part; "her iki maçın": both, referring back ("binde 6 hastada": a share)
        model = _MODEL_BEFORE.search(text, max(0, start - 24), start) if num[0].isdigit() else None
        if model is not None and not opens_sentence(text, model.start()):
            continue  # "Leopard 2 tankı": a model's name (not "İstanbul'da 3 polis", "ABD 5 gemi")
        if (_tr_fold(num) == "on" or _tr_fold(m["noun"]) in ("tank", "hasta", "firma")) and not _TURKISH_LETTERS.search(
                text, max(0, m.start() - 160), m.end() + 160):
            continue  # words English or Spanish write too, in Turkish text only ("fired on tank positions")
        if m["noun"][0].isupper() and (not continental_sentence(text, m.end()) or _TR_TITLE_AFTER.match(text, m.end())):
            continue  # a people's name in -lı in a Turkish sentence only ("Erdoğan said 500 Israeli troops …"), not in a title
        second = TR_NOUN_AFTER.match(text, m.end()) if bare and (_tr_fold(m["noun"]) in _TR_MODIFIERS or m["noun"][0].isupper()) else None
        if second is not None and second.end() > second.start("noun") + len(second["noun"]) and _tr_fold(second["noun"]) in _TR_PLACES and (
                _tr_fold(m["noun"]) != "üye"):
            second = None  # "12 öğrenci okula gitti", "3 yaralı hastaneye kaldırıldı": where they went, no compound
        head = _TR_PEOPLE_HEAD.match(text, m.end()) if bare and second is None else None
        if second is None and head is None and bare and _TR_COMPOUND_HEAD.match(text, m.end()):
            continue  # "16 uçak bölümü", "514 okul öncesi eğitim kurumunda": the count is of the compound's head
        end, noun = (second.end(), second["noun"]) if second is not None else (m.end(), m["noun"])  # "2 sivil polis": polis
        if head is not None:  # "5 polis memuru": polis; "4 hastane personeli": personel
            end, noun = head.end(), noun if _tr_fold(noun) in _TR_PEOPLE else head["head"].replace("mensub", "mensup")
        if free(start, end):
            out.append((start, end, {"value": value, "unit": _tr_fold(noun), "scale": ""}))
    return out
