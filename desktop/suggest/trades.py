"""Turkish trades written before a person's name (no I/O, no Qt).

Turkish news names a person after the trade ("Sanatçı Gülin Tokat", "gazeteci Uğur Mumcu'nun",
"ünlü yazar Orhan Pamuk"): :func:`trade_people` finds the name of two or three capitalised words
after a trade word, without the trade and without a case ending after an apostrophe. The Turkish
model often finds no one there, and a surname that is also a province ("Tokat") was left as the
place alone. Not when the name runs on into more capitalised words (an organisation's name,
"Yazar Ahmet Hamdi Tanpınar Enstitüsü …"), nor when its first word is a state or place the
gazetteer knows ("Gazeteci Ankara Kalesi …"); a known place with a case ending after the name is the
place where ("Gazeteci Ali Can Ankara'da"). A title before a name works alike with one name word
("Bakan Fidan Bakü'de": the minister, then the place; the Turkish model often finds no one there),
the title kept as the role.
"""

from __future__ import annotations

import re

from desktop.meaning.turkish_words import MONTHS, WEEKDAYS
from desktop.meaning.turkish_words import lower as lower_tr
from desktop.suggest.words import IsPlace
from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP

__all__ = ["TR_LEADERS", "TR_TITLES", "TR_TITLES_ALONE", "TR_TRADES", "WHERE", "trade_people"]

# Turkish titles written before a name ("Vali Ali Yerlikaya", "Bakan Fidan"), the base of the rules' lists: each
# adds its own (guess_spans: "Belediye"; organisations: "Sanık", "Şüpheli"; both the leaders' titles below, which
# desktop.suggest.titled_people's Turkish titles read); a title that is a name elsewhere ("Vali Nasr") is TR_TITLES_ALONE.
TR_TITLES = frozenset("Bakan Başkan Vali Kaymakam Büyükelçi Milletvekili Komutan Müdür Rektör Dekan".split())
TR_LEADERS = frozenset(["Başbakan", "Cumhurbaşkanı"])
TR_TITLES_ALONE = frozenset("Bakan Başkan Vali Kaymakam Büyükelçi".split())
TR_TRADES = frozenset("""Gazeteci Muhabir Yazar Şair Ressam Heykeltıraş Oyuncu Aktör Aktris Sanatçı Şarkıcı Besteci
    Avukat Yönetmen Futbolcu Antrenör Akademisyen İşadamı İşinsanı Sendikacı Siyasetçi Tarihçi Fotoğrafçı Mühendis""".split())


_TRADE_WORDS = "|".join(sorted({w for t in TR_TRADES for w in (t, lower_tr(t))}, key=len, reverse=True))
# Titles written before a name ("Bakan Fidan", "Vali Ali Yerlikaya", "Başkan Yardımcısı Ali Veli"): one name word is
# enough, and the title stays in the span as its role ("Cumhurbaşkanı", "Başbakan", "… Bakanı" are read by
# desktop.suggest.titled_people's Turkish titles).
_TITLE_WORDS = "(?:" + "|".join(sorted(TR_TITLES)) + r")(?:[ \u00a0]+(?:Yardımcısı|Vekili))?"
_NAME_WORD = rf"[{_UP}][{_LOW}]+"
# the trade or title, then one to three capitalised words; the last may carry a case ending after an apostrophe
_NAMED = re.compile(
    rf"(?<![\w’'-])(?:(?P<trade>{_TRADE_WORDS})|(?P<title>{_TITLE_WORDS}))[ \u00a0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,2}})"
    rf"(?P<ending>['’][{_LOW}]+)?(?![\w’'-])(?P<next>[ \u00a0]+[{_UP}])?")
_WORDS = re.compile(_NAME_WORD)
# A locative or ablative ending: where someone is or comes from ("Ankara'da", "Bakü'den"); a surname that is a
# province takes the genitive or dative as a person ("Gülin Tokat'ın", "Tokat'a").
WHERE = re.compile(r"['’][dt][ae](?:n|ki)?")
# A word that is no name after a title: a compound's head in the possessive ("Vali Konağı", "Başkan Yardımcısı"),
# a possessive with a case ending ("Başkan Babamızın Sonbaharı", a novel), an honorific first ("Vali Bey").
_NOT_A_NAME = re.compile(r"(?:s[ıi]|ğ[ıiuü]|m[ıiuü]z[ıiuü]n|Kulübü)$")  # and "Babamızın" (our father's) of a book's title
_HONORIFICS = frozenset("Bey Hanım Paşa Efendi".split())  # a name's last word ("Ali Rıza Bey"), never its first

# A month or a weekday after a name is a date's ("Orhan Pamuk Ekim ayında"), no surname.
_CALENDAR = frozenset(MONTHS + WEEKDAYS)
_TITLE_OR_TRADE = re.compile(rf"(?:{_TRADE_WORDS}|{_TITLE_WORDS})")
# A vowel-final noun in the possessive with a case ending after the third word: that word owns the noun, a name of
# its own ("Kerem Bürsin Netflix dizisinde": the series of Netflix)
_OWNED_NOUN = re.compile(rf"[ \u00a0]+[{_LOW}]+s[ıiuü]n(?:[dt][ae]n?|[ae])(?![\w])")

# ``is_place(text, start, end)``: the gazetteer knows a state or place at text[start:end]


def trade_people(text: str, is_place: IsPlace) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, role)`` of each person named after a Turkish trade word (the role empty) or
    title (the role is the title) in ``text``; the span is the name's."""
    out = []
    for m in _NAMED.finditer(text):
        if m.group("next") and not m.group("ending"):
            continue  # "Yazar Ahmet Hamdi Tanpınar Enstitüsü": more capitalised words, another name
        words = list(_WORDS.finditer(text, *m.span("name")))
        while words and _TITLE_OR_TRADE.fullmatch(words[0].group()):
            words = words[1:]  # "Gazeteci Yazar Ahmet Altan": two trades
        if not words:
            continue
        cut = next((i for i, w in enumerate(words) if i and w.group() in _CALENDAR), len(words))
        dated = cut < len(words)
        if dated:
            words = words[:cut]  # "Yazar Orhan Pamuk Ekim ayında"
        elif m.group("ending") and WHERE.fullmatch(m.group("ending")) and not is_place(text, words[-1].start(), words[-1].end()):
            continue  # "Başkan Trump Beyaz Saray'da": a place or a building the gazetteer doesn't know
        elif len(words) == 3 and _OWNED_NOUN.match(text, words[-1].end()):
            words = words[:2]  # "Kerem Bürsin Netflix dizisinde"
        if not dated and WHERE.fullmatch(m.group("ending") or "") and is_place(text, words[-1].start(), words[-1].end()):
            words = words[:-1]  # "Bakan Fidan Bakü'de", "Gazeteci Ali Can Ankara'da": the place where
        if len(words) < (2 if m.group("trade") else 1) or is_place(text, words[0].start(), words[0].end()):
            continue  # "Sanatçı Tokat'a", "Gazeteci Ankara Kalesi", "Vali Ankara'da": no person's full name
        if words[0].group() in _HONORIFICS or any(_NOT_A_NAME.search(w.group()) for w in (words if m.group("title") else words[1:])):
            continue  # "Vali Konağı", "Vali Bey", "Futbolcu Galatasaray Kulübü'ne"; a trade's given name may end
            # like a possessive ("Oyuncu Doğu Demirkol")
        role = " ".join(m.group("title").split()) if m.group("title") else ""
        out.append((words[0].start(), words[-1].end(), " ".join(w.group() for w in words), role))
    return out
