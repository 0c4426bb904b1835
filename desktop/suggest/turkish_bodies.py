"""Turkish organisations' names and the words around them (no I/O, no Qt), for the patterns of
:mod:`desktop.suggest.organisations`: where a Turkish body's name starts without a case-marked noun, an opener, a
title or a person before it ("Toplantıya Türk Tabipleri Birliği", "Bakan Kemal Sağlık Bakanlığı'na"), Turkey's
central bodies named in two words ("Anayasa Mahkemesi") and the person right before one, Turkey's national
newspapers ("Hürriyet gazetesi", "Akşam gazetesi" as the evening paper) and the adverbs and pronouns that open a
clause ("Dün", "Onun")."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.meaning.turkish_words import GIVEN_NAMES, is_surname
from desktop.suggest import gazetteer, names
from desktop.suggest.trades import TR_LEADERS, TR_TITLES, TR_TRADES
from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP
from desktop.suggest.words import WORD_RE as _WORD_RE

__all__ = ["TR_DAY_PAPERS", "TR_OPENERS", "TR_PAPERS", "a_person", "day_paper_opening", "mid_sentence_names",
           "name_before_body", "opener_before", "people_before_bodies", "reporting", "turkish_body_at",
           "turkish_name_start", "without_case_opener"]


# Turkey's national newspapers whose one-word names are common words too ("hürriyet", freedom; "sabah", morning):
# before "gazetesi" they name the paper even opening a text, where "Okul gazetesi" is a school's.
TR_PAPERS = frozenset("""Hürriyet Milliyet Sabah Cumhuriyet Sözcü Posta Takvim Akşam Evrensel BirGün Karar Korkusuz
    Vatan Radikal Zaman Yeniçağ Habertürk Aydınlık Nefes Fanatik Fotomaç""".split())
# Two of them are also the time of day a paper comes out ("akşam gazetesi", the evening paper): opening a sentence
# they name the paper only where the sentence speaks of its reporting ("Akşam gazetesi dün bir haber yayımladı";
# not "Akşam gazetesi eve geldi").
TR_DAY_PAPERS = frozenset(["Akşam", "Sabah"])
_TR_REPORTING = re.compile(r"(?<![\w])(?:yaz(?:dı|ıyor|arı|arlar)|muhabir|manşet|haber|yayım|yayın|göre|aktar|bildir|iddia"
                           r"|duyur|köşe|editör)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
_PAPER_AFTER = re.compile(r"[ \u00a0]+gazete")


_WORD_BEFORE = re.compile(rf"(?<![\w’'])([{_UP}][{_LOW}]*)[ \u00a0]+$")


# A Turkish common noun opening a sentence with a dative, accusative or genitive ending glued on after a vowel
# ("Toplantıya", "Açıklamayı", "Toplantının"): names take their endings after an apostrophe.
_TR_CASE_OPENER = re.compile(r"[aeıioöuü](?:y[ae]|y[ıiuü]|n[ıiuü]n)$")


def without_case_opener(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool]) -> int:
    """Where a Turkish organisation's name starts without such a noun before it, when two words or
    more of the name are left ("Toplantıya Türk Tabipleri Birliği katıldı"; not "Türkiye Barolar
    Birliği", a state the gazetteer knows)."""
    first = _WORD_RE.match(text, start, end)
    if first is None or not _TR_CASE_OPENER.search(first.group()) or not names.opens_sentence(text, start):
        return start
    rest = _WORD_RE.search(text, first.end(), end)
    if rest is None or _WORD_RE.search(text, rest.end(), end) is None or is_known_place(text, start, first.end()):
        return start
    return rest.start()


# A word before a Turkish organisation's name that is no part of it: one with an apostrophe ("Erdoğan'ın Anayasa
# Mahkemesi"), a locative or ablative glued on ("Açıklamada", "Ülkemizde"), a plural opening the sentence
# ("Öğrenciler"), a title or a trade ("Vali", "Sanık").
_TR_NOT_LEADING = re.compile(r"['’]|[^\W\d_]{3,}(?:[dt][ae]n?|[dt][ae]ki)$")
_TR_PLURAL_OPENER = re.compile(r"^[^\W\d_]{3,}l[ae]r$")
_TR_ROLES = TR_TRADES | TR_TITLES | TR_LEADERS | {"Sanık", "Şüpheli"}


def turkish_name_start(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool],
                        people: frozenset[str]) -> int:
    """Where a Turkish organisation's name starts without the words before it that are no part of it
    (:data:`_TR_NOT_LEADING`, openers, roles, a person the recognisers found: "Erdoğan Anayasa
    Mahkemesi"), and at a known place after a person's name ("Sanık Ahmet Kaya Ankara Cumhuriyet
    Başsavcılığı"); two words at least are left."""
    words = list(_WORD_RE.finditer(text, start, end))  # "13." of "İstanbul 13. Ağır Ceza Mahkemesi" is none
    if len(words) < 2:
        return start
    start = words[0].start()  # "15. Merkez Bankası" of "yüzde 15. Merkez Bankası …": no number first
    known = [i for i, w in enumerate(words[1:-1], 1) if is_known_place(text, w.start(), w.end())]
    if known and known[0] >= 2 and not is_known_place(text, words[0].start(), words[0].end()):
        return words[known[0]].start()  # "Ahmet Kaya Ankara Cumhuriyet Başsavcılığı": the place's organisation
    if (len(words) == 3 and text[words[1].start() : end] in _TR_WHOLE_BODIES and _not_a_body_word(text, words[0], is_known_place)
            and not _ministry_of(text, words[0], end)):
        return words[1].start()  # "Kararı Anayasa Mahkemesi", "Erdoğan Anayasa Mahkemesi": the court alone
    closed = [j for j, w in enumerate(words[:-2]) if "'" in w.group() or "’" in w.group()]
    i = closed[-1] + 1 if closed else 0  # "Ali Babacan'ın Deva Partisi": a case ending closes a name
    while i < len(words) - 2:
        word = words[i].group()
        leading = (word in TR_OPENERS or word in _TR_ROLES or _TR_NOT_LEADING.search(word) is not None
                   or (i == 0 and _TR_PLURAL_OPENER.match(word) is not None and names.opens_sentence(text, start))
                   or a_person([w.group() for w in words[: i + 1]], people))
        if not leading:  # "Ahmet Kaya Sağlık Bakanlığı'na gitti": a person's whole name first (not "Ekip Boston")
            whole = next((j for j in range(len(words) - 3, i, -1)
                          if " ".join(w.group() for w in words[i : j + 1]) in people
                          and not any(is_known_place(text, w.start(), w.end()) for w in words[i : j + 1])), None)
            if whole is not None:
                i = whole + 1
                continue
        if not leading or is_known_place(text, words[i].start(), words[i].end()):
            break
        i += 1
    if (0 < i == len(words) - 3 and text[words[i + 1].start() : end] in _TR_WHOLE_BODIES
            and _not_a_body_word(text, words[i], is_known_place) and not _ministry_of(text, words[i], end)):
        return words[i + 1].start()  # "Bakan Kemal Sağlık Bakanlığı'na gitti": after the title, the ministry alone
    return words[i].start() if i else start


# Turkey's central bodies named in two words, whole without a word before them; a word that qualifies one
# ("Milli Savunma Bakanlığı", "Türkiye Cumhuriyet Merkez Bankası", "Alman Anayasa Mahkemesi") or a place stays.
_TR_WHOLE_BODIES = frozenset(["Anayasa Mahkemesi", "Merkez Bankası", "Dışişleri Bakanlığı", "İçişleri Bakanlığı",
                              "Adalet Bakanlığı", "Sağlık Bakanlığı", "Maliye Bakanlığı", "Savunma Bakanlığı",
                              "Ticaret Bakanlığı", "Seçim Kurulu", "Millet Meclisi"])
_TR_BODY_QUALIFIERS = frozenset("Milli Yüksek Türk Türkiye Cumhuriyet Cumhuriyeti Federal Avrupa Büyük Ulusal".split())


_TR_WHOLE_BODY = re.compile("|".join(sorted(_TR_WHOLE_BODIES)) + r"(?![\w])")


def turkish_body_at(text: str, pos: int) -> bool:
    """One of :data:`_TR_WHOLE_BODIES` starts at ``pos`` ("Anayasa Mahkemesi", "Merkez Bankası'nın")."""
    return _TR_WHOLE_BODY.match(text, pos) is not None


def _not_a_body_word(text: str, word: re.Match[str], is_known_place: Callable[[str, int, int], bool]) -> bool:
    """``word`` before one of :data:`_TR_WHOLE_BODIES` is no part of its name: no qualifier, place or
    nationality ("Alman", "Rus")."""
    w = word.group()
    return (w not in _TR_BODY_QUALIFIERS and not gazetteer.is_demonym(w)
            and not is_known_place(text, word.start(), word.end()))


# Movements and administrations that run ministries of their own and are no state of the gazetteer: "Hamas Sağlık
# Bakanlığı" is Gaza's ministry. Not any word before a ministry: "Haber Dışişleri Bakanlığı tarafından yalanlandı"
# (the report), "Sonuç İçişleri Bakanlığı tarafından açıklandı", "Erdoğan Dışişleri Bakanlığı ile görüştü".
_TR_MINISTRY_HOLDERS = frozenset("Hamas Taliban Hizbullah Fetih Husi Husiler DEAŞ IŞİD HTŞ".split())


def _ministry_of(text: str, word: re.Match[str], end: int) -> bool:
    """``word`` names the movement a ministry after it belongs to (:data:`_TR_MINISTRY_HOLDERS`: "Hamas Sağlık
    Bakanlığı yeni rakamları paylaştı"), before the ministry in the nominative."""
    after = text[end : end + 1]
    return (text[:end].endswith("Bakanlığı") and word.group() in _TR_MINISTRY_HOLDERS
            and (not after or not (after.isalpha() or after in "'’")))


def name_before_body(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool]) -> int | None:
    """Where the body starts when ``text[start:end]`` is one word and one of :data:`_TR_WHOLE_BODIES` and the
    word is no part of the body's name, as :func:`turkish_name_start` reads it ("Erdoğan Sağlık Bakanlığı'nı
    ziyaret etti", "Haber Dışişleri Bakanlığı"); None for one name ("Alman Anayasa Mahkemesi", "Hamas Sağlık
    Bakanlığı")."""
    words = list(_WORD_RE.finditer(text, start, end))
    if len(words) == 4 and words[0].group() in _TR_ROLES:
        words = words[1:]  # "Cumhurbaşkanı Erdoğan Adalet Bakanlığı'na": the title goes with the person
    if (len(words) != 3 or text[words[1].start() : end] not in _TR_WHOLE_BODIES
            or not _not_a_body_word(text, words[0], is_known_place) or _ministry_of(text, words[0], end)):
        return None
    return words[1].start()


def people_before_bodies(text: str, is_known_place: Callable[[str, int, int], bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of a person's name right before one of :data:`_TR_WHOLE_BODIES` and no part of its name
    (:func:`name_before_body`): a Turkish given name or a family name by its ending ("Erdoğan Sağlık
    Bakanlığı'nı ziyaret etti", "Kılıçdaroğlu Adalet Bakanlığı'nı": the person, then the ministry)."""
    out = []
    for m in _TR_WHOLE_BODY.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if (word is not None and (word.group(1) in GIVEN_NAMES or is_surname(word.group(1)))
                and name_before_body(text, word.start(1), m.end(), is_known_place) is not None):
            out.append((word.start(1), word.end(1)))
    return out


# Turkish words that open a sentence or a clause before a name ("Dün Sabah gazetesine", "Ayrıca Milliyet
# gazetesi"), and pronouns ("Onun gazetesi": his newspaper).
TR_OPENERS = frozenset("""Dün Bugün Yarın Ayrıca Ancak Ama Fakat Sonra Bu Şu O Bir Her Aslında Yine Hatta Özellikle
    Böylece Ardından Çünkü Oysa Ve İle Sadece Bile Henüz Hem Ya Onun Benim Senin Bizim Sizin Onların Kendi
    Kendisi""".split())
# A capitalised word alone mid-sentence (after a lower-case letter or a comma, before no other capitalised
# word: "Hürriyet'e konuştu", not "Devlet Başkanı", "Enerji Bakanı").
_MID_SENTENCE_NAME = re.compile(rf"(?<=[{_LOW},;:][ \u00a0])[{_UP}][\w]*(?![\w’'-]*[ \u00a0]+[{_UP}])")


def reporting(text: str, pos: int) -> bool:
    """The sentence from ``pos`` on speaks of a paper's reporting (:data:`_TR_REPORTING`)."""
    rest = text[pos : pos + 200]
    stop = _SENTENCE_END.search(rest)
    return _TR_REPORTING.search(rest[: stop.start()] if stop is not None else rest) is not None


def day_paper_opening(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is "Akşam" or "Sabah" opening a sentence before "gazete…" in a sentence that does not speak
    of a paper's reporting: the evening or morning paper, no title ("Sabah gazetesi masada duruyordu"; the model's
    guess too, which :func:`desktop.suggest.organisations.find`'s pattern does not govern)."""
    return (text[start:end] in TR_DAY_PAPERS and names.opens_sentence(text, start)
            and _PAPER_AFTER.match(text, end) is not None and not reporting(text, start))


def mid_sentence_names(text: str) -> frozenset[str]:
    """Every capitalised word the text writes alone after a lower-case letter or a comma
    (mid-sentence, before no other capitalised word of a name or a title)."""
    return frozenset(_MID_SENTENCE_NAME.findall(text))


def opener_before(text: str, start: int) -> int:
    """Where the Turkish adverbs and pronouns right before ``start`` begin ("Dün Sabah": the
    start of "Dün"); ``start`` when there are none."""
    while True:
        m = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if m is None or m.group(1) not in TR_OPENERS:
            return start
        start = m.start(1)


def a_person(words: list[str], people: frozenset[str]) -> bool:
    """The words end with a name the recogniser takes for a person ("Başkan Ali Koç", "Erdoğan"), or with one of
    any other set of names."""
    return any(" ".join(words[i:]) in people for i in range(len(words)))
