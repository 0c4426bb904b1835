"""Where a recogniser's guess really starts and ends (no I/O, no Qt).

The statistical models take words beside a name into its span; :func:`pieces` cuts a guess
back to the names it holds:

* a name and its other spelling in parentheses are two names ("Анджело Роттоли (Angelo
  Rottoli)", "Фонда борьбы с коррупцией (ФБК)", "Ма Лин (马凌)": the first alone);
* two organisations joined by "and" before a head word are two ("the Ministry of Defence and
  Ministry of Interior"), and a state or place the gazetteer knows after "and" is not part of
  a person's or organisation's name ("Kim Jong Un and South Korea");
* a Kazakh or Turkish name goes on over a hyphen ("Қасым-Жомарт Тоқаев", "Нұр-Сұлтан":
  the models split there; not between two states, "Türkiye-Rusya");
* a Turkish or Kazakh guess that runs on to the sentence's end over lower-case words ends at its
  last capitalised word ("Алла нәсіп етсін.": the verb comes last in both languages);
* a Kazakh person's or organisation's guess ends before a known place with its case ending glued on, and a
  person's before one of Kazakhstan's bodies ("Тоқаев Астанада", "Бектенов Үкімет отырысында";
  :func:`desktop.suggest.kazakh_heads.place_after_name`);
* a Turkish case ending after an apostrophe ends a name ("İsviçre'nin Zürih": İsviçre and Zürih);
* a word before one of Turkey's central bodies is no part of its name ("Erdoğan Sağlık Bakanlığı'nı ziyaret
  etti", "Haber Dışişleri Bakanlığı": the ministry; :func:`desktop.suggest.organisations.name_before_body`), nor is
  a news noun opening the sentence part of the name after it ("Toplantı Ankara'da yapıldı": Ankara);
* a Turkish club before the league or cup it plays in is the club ("Galatasaray Süper Lig'de";
  the contest alone is no actor, :mod:`desktop.suggest.events`);
* a person's name does not end at a middle initial ("John E." of "John E. Pike");
* a person "of" a state is the person ("Kim Jong Un of North Korea"; not "Hilary of
  Poitiers", a city in a saint's name);
* an English name starts at its first capitalised word ("poet Charles Baudelaire"; not
  "al-Qaida") and ends at its last one ("China rose": China; not "the Indian navy");
* an English guess opening with "Century" after an ordinal in digits is a company named by its
  century ("20th Century Fox", "21st Century Insurance": the model leaves the ordinal out and
  takes the rest for a place), unless the rest is a state or place the gazetteer knows ("20th
  Century Europe": Europe); a person's guess ending "of" a state's division is the person and
  the division, a place ("Chad Bianco of Riverside County"); an English guess is cut at a full stop
  that ends a sentence ("Minister. A French", "Istanbul. Imamoglu": the second part a name of its own unless it opens
  with an article or a pronoun, or the first part holds the guess's type, a place the gazetteer knows);
* a Russian person's span does not start with the organisation before the name ("премьер
  Госсовета Ли Кэцян": Госсовета, an organisation, and Ли Кэцян, a person;
  :func:`desktop.suggest.russian_names.leading_word`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest import (abbreviations, events, kazakh_heads, media, mentions, name_words, names, organisations,
                             repeated_names, russian_names)
from desktop.suggest.guesses import TR_NEWS_NOUNS, function_word
from desktop.suggest.trades import TR_LEADERS, TR_TITLES, TR_TRADES, WHERE
from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import NON_SPACE as _NON_SPACE
from desktop.suggest.words import UP as _UP

__all__ = ["pair_noun_after", "pieces"]

_PARENTHESIS = re.compile(r"[ \u00a0]*\(([^()]*)\)?[ \u00a0]*$")
_AND = re.compile(r"[ \u00a0]and[ \u00a0]")
_OF = re.compile(r"[ \u00a0]of[ \u00a0](?:the[ \u00a0])?")
_LOWER_TAIL = re.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*)+$")
# Lower-case nouns that end an organisation's name after a nationality ("the Indian navy", "the
# Iraqi Communist party"): the name's own, not words after it.
_INSTITUTION = re.compile(r"[ \u00a0]+(?:navy|army|air[ \u00a0]force|police|government|party|league|military|parliament"
                          r"|embassy|consulate|ministry|coast[ \u00a0]guard)$")
_CAPS_TAIL = re.compile(r"[ \u00a0]+[A-Z]{2,}$")
_INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.$")
_SURNAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?![\w’'-])")
_LOWER_HEAD = re.compile(r"(?:[a-z][\w’'-]*[ \u00a0]+)+(?=[A-Z])")
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|di|da|du)[ ]?[-‐]?[ ]?[A-Z]")  # "al-Qaida"

# ``place(text, start, end)``: the gazetteer's type ("state", "place") of exactly text[start:end], or None
PlaceOf = Callable[[str, int, int], "str | None"]
# An ordinal in digits before a guess that opens with "Century" ("20th Century Fox").
_CENTURY_ORDINAL = re.compile(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th)[ \u00a0]$")
# A full stop after a word and a capitalised word inside a guess (the stop's word is tested by
# repeated_names.ends_sentence: "Istanbul." ends a sentence, "Capt.", "Corp.", "U.S." do not): two sentences' words
# ("flew to Istanbul. Imamoglu was arrested": the model's "Istanbul. Imamoglu"; "by the Minister. A French official").
_STOP_INSIDE = re.compile(rf"(?<=[{_LOW}])\.[ \u00a0]+(?=[{_UP}])")
_WORD_AND_STOP = re.compile(r"\S+\.$")
# ... and when the second opens with an article or a pronoun, the first sentence's part alone is a name
_OPENING_WORD = re.compile(r"(?:A|An|The|This|That|These|Those|It|He|She|They|We|I)[ \u00a0]")
# A person "of" a state's division at a guess's end ("Sheriff Chad Bianco of Riverside County"): two names.
# A place and a US state's or a country's two-letter code that the model reads as one body ("Toronto CA police", "Austin
# TX officials"; not "Atlanta PD", "Graz EC": a police department, a club); NV is also a company's legal form, read by
# desktop.suggest.organisations.
_PLACE_AND_CODE = re.compile(r"(?P<place>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ](?P<code>[A-Z]{2})")
_CODES_AFTER_A_PLACE = (mentions.POSTAL_CODES - {"NV"}) | {"UK", "US", "AU", "NZ"}
_OF_DIVISION = re.compile(rf"[ \u00a0]of[ \u00a0]((?:[A-Z][\w’'.-]*[ \u00a0]){{1,3}}(?:{names.DIVISIONS}))$")


def _parenthesised(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name before a parenthesis and, when it starts with a capital, the one inside."""
    cut = text.find("(", start, end)
    close = text.find(")", cut, end)
    if cut < 0 or (close >= 0 and text[close + 1 : end].strip()):
        return [(start, end)]  # none, or inside the name: "Кировоградской (Кропивницкой) области"
    first_end = cut
    while first_end > start and text[first_end - 1] in " \u00a0":
        first_end -= 1
    out = [(start, first_end)] if first_end - start >= 2 else []
    inner = _PARENTHESIS.match(text, cut, end)
    if inner is not None and inner.group(1)[:1].isupper() and len(inner.group(1).strip()) >= 2:
        out.append((inner.start(1), inner.start(1) + len(inner.group(1).rstrip())))
    return out


# A capitalised word glued by a hyphen before or after a guess ("Қасым-" of "Қасым-Жомарт Тоқаев",
# "-Сұлтан" of "Нұр-Сұлтан"): the Kazakh and Turkish models split at hyphens.
_HYPHEN_BEFORE = re.compile(rf"(?<![\w-])[{_UP}][{_LOW}]+-$")
_HYPHEN_AFTER = re.compile(rf"-[{_UP}][{_LOW}]+(?![\w’'-])")
# A Kazakh case ending written after a hyphen ("Кремль-дегі", "Минск-тегі", "Алматы-дағы": in the Kremlin, …)
_KK_ENDING = r"(?:[дт][аеә]|н[дт][аеә])(?:ғы|гі)(?![\w-])"
_KK_HYPHEN_ENDING = re.compile(rf"-{_KK_ENDING}")
_HYPHEN_LOWER_AFTER = re.compile(rf"-(?!{_KK_ENDING})[{_LOW}]{{4,}}")


# A noun of what two parties do together right after a hyphenated pair ("Fenerbahçe-Beşiktaş maçı",
# "Putin-Zelenski görüşmesi", "Тоқаев-Путин кездесуі"): the pair is two names, not one.
_PAIR_NOUN = re.compile(r"[ \u00a0]+(?:maç|derbi|görüşme|zirve|anlaşma|ilişki|müzakere|karşılaşma|rekabet|savaş|çekişme"
                        r"|ittifak|кездесу|келіссөз|матч|саммит|қарым|келісім|бәсеке|дерби)")  # lower case: "Savaş", "Maçka" are names


def pair_noun_after(text: str, end: int) -> bool:
    """A noun of two parties right after ``text[:end]`` ("… maçı", "… кездесуі")."""
    return _PAIR_NOUN.match(text, end) is not None


def _pair(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` with the word glued to it by a hyphen stand before a noun of two parties."""
    after = _HYPHEN_AFTER.match(text, end)
    return pair_noun_after(text, after.end() if after is not None else end)


def _widened(text: str, start: int, end: int, kind: str, place: PlaceOf) -> tuple[int, int]:
    """A Kazakh or Turkish guess that stands before no noun of two parties, widened over a
    hyphen to the capitalised word glued to it: a double first name ("Қасым-Жомарт Тоқаев") or
    a city's name ("Нұр-Сұлтан").  Not between a state or place the gazetteer knows and another
    word ("Қазақстан-Ресей", "Türkiye-Rusya ilişkileri": two states), unless the guess is a
    person (before a noun of two parties, "Fenerbahçe-Beşiktaş maçı", :func:`pieces` keeps both)."""
    before = _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and (kind == "person" or (place(text, before.start(), start - 1) is None
                                                    and place(text, start, end) is None)):
        start = before.start()
    after = _HYPHEN_AFTER.match(text, end)
    if after is not None and (kind == "person" or (place(text, start, end) is None
                                                   and place(text, end + 1, after.end()) is None)):
        end = after.end()
    return start, end


def _partner(text: str, start: int, end: int, place: PlaceOf) -> tuple[int, int] | None:
    """The other name of a hyphenated pair before a noun of two parties, glued to the guess
    ``text[start:end]`` ("Putin" of a guess "Zelenski" in "Putin-Zelenski görüşmesi"), when the
    gazetteer does not know it (it finds states and places itself)."""
    before = _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    after = _HYPHEN_AFTER.match(text, end)
    span = (before.start(), start - 1) if before is not None else (end + 1, after.end()) if after is not None else None
    return span if span is not None and place(text, *span) is None else None


def pieces(text: str, start: int, end: int, kind: str, lang: str, place: PlaceOf) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the names a recogniser's guess ``text[start:end]`` of type
    ``kind`` in language ``lang`` holds (usually the guess itself)."""
    out = []
    ordinal = _CENTURY_ORDINAL.search(text, max(0, start - 6), start) if lang == "en" else None
    if ordinal is not None and text[start:end].startswith("Century "):  # "20th Century Fox": a company
        known = place(text, start + len("Century "), end)  # "20th Century Europe": the place alone
        start, kind = (start + len("Century "), known) if known is not None else (ordinal.start(), "organisation")
    sentence_end = _sentence_end_inside(text, start, end) if lang == "en" else None
    if sentence_end is not None:  # "Minister. A French", "Istanbul. Imamoglu": the first sentence's part
        first = place(text, start, sentence_end.start()) or _headed_body(text, start, sentence_end.start())
        second = _second_sentence(text, sentence_end, end, kind, first, place)
        out += _trimmed(text, *second, lang, place) if second is not None else []
        end = sentence_end.start()
    coded = _PLACE_AND_CODE.fullmatch(text, start, end) if lang == "en" and kind == "organisation" else None
    if (coded is not None and coded.group("code") in _CODES_AFTER_A_PLACE
            and place(text, start, coded.end("place")) is not None):  # "Toronto CA police": the city
        end, kind = coded.end("place"), place(text, start, coded.end("place")) or kind
    division = _OF_DIVISION.search(text, start, end) if lang == "en" and kind == "person" else None
    if division is not None:  # "Chad Bianco of Riverside County": the person, then the county, a place
        out.append((division.start(1), division.end(1), "place"))
        end = division.start()
    if lang in ("kk", "tr") and _HYPHEN_LOWER_AFTER.match(text, end):
        if not _TWO_WORDS.search(text, start, end):
            return []  # "Премьер" of "Премьер-министрмен": a piece of a hyphenated common word
        end = len(text[: text.rindex(" ", start, end)].rstrip())  # "Тоқаев Премьер-министрмен": the name stays
    if lang in ("kk", "tr") and _pair(text, start, end):  # "Putin-Zelenski görüşmesi": the partner too, no widening
        partner = _partner(text, start, end, place) if kind in ("person", "organisation") else None
        out += [(*partner, kind)] if partner is not None else []
    elif lang in ("kk", "tr"):
        start, end = _widened(text, start, end, kind, place)
    if lang in ("kk", "tr") and _KK_HYPHEN_ENDING.match(text, end) and _TWO_WORDS.search(text, start, end):
        last = text.rindex(" ", start, end) + 1
        if place(text, last, end) is not None:  # "Лукашенко Минск-тегі": the person, then the place
            out.append((last, end, "place"))
            end = len(text[:last].rstrip())
    glued = abbreviations.glued_acronym(text, start, end) if lang == "en" and kind == "organisation" else None
    if glued is not None:  # "Tata Consultancy Services TCS": the body, then its acronym, two names
        out.append((glued, end, kind))
        end = len(text[:glued].rstrip())
    for a, b in _parenthesised(text, start, end):
        for a2, b2 in organisations.one_by_one(text, a, b):
            out += _trimmed(text, a2, b2, kind, lang, place)
    return [(a, b, k) for a, b, k in out if b - a >= 2]


def _sentence_end_inside(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first full stop inside the guess ``text[start:end]`` that ends a sentence before a capitalised word."""
    for m in _STOP_INSIDE.finditer(text, start, end):
        word = _WORD_AND_STOP.search(text, max(start, m.start() - 40), m.start() + 1)
        if word is not None and repeated_names.ends_sentence(word.group()):
            return m
    return None


# The last word of a body's name (name_words.ORG_HEAD_WORDS_EN: "the Foreign Ministry", "the Central Bank")
_BODY_HEAD_LAST = re.compile(rf"(?<![\w-])(?:{name_words.ORG_HEAD_WORDS_EN})$")


def _headed_body(text: str, start: int, end: int) -> str | None:
    """"organisation" when ``text[start:end]``, the part of a guess before a sentence's end, ends in a body's head word
    ("Foreign Ministry" of "the Foreign Ministry. Lavrov"): the part holds the guess's type."""
    return "organisation" if _BODY_HEAD_LAST.search(text, max(start, end - 40), end) is not None else None


def _second_sentence(text: str, stop: re.Match[str], end: int, kind: str, first: str | None,
                     place: PlaceOf) -> tuple[int, int, str] | None:
    """The name of a guess's part after a sentence's end (``stop``) up to ``end``: none after an opening article or
    pronoun ("Minister. A French"); the gazetteer's type of a place or state it knows; else the guess's ``kind``, unless
    the first part is what the gazetteer or a body's head word calls ``kind`` (``first``: "Istanbul", a place, in
    "Istanbul. Imamoglu"; "Foreign Ministry", a body, in "the Foreign Ministry. Lavrov"): the
    guess's type was the first part's, and the second part, its type unknown, is left to the frames ("Imamoglu was
    arrested": :mod:`desktop.suggest.english_subjects`)."""
    if _OPENING_WORD.match(text, stop.end()) or stop.end() >= end:
        return None
    known = place(text, stop.end(), end)
    if known is not None:
        return (stop.end(), end, known)
    same = first is not None and (first == kind or {first, kind} <= {"place", "state"})
    return None if same else (stop.end(), end, kind)


# Words that open a league's or a cup's name after a club's ("Galatasaray Süper Lig'de", "Fenerbahçe
# Şampiyonlar Ligi'nde", "Beşiktaş UEFA Avrupa Ligi'nde"); a state opens one too ("Türkiye Kupası").
_CONTEST_OPENERS = {"Süper", "Premier", "Şampiyonlar", "Avrupa", "Konferans", "Dünya", "UEFA", "FIFA", "Birinci",
                    "İkinci", "Üçüncü", "Bölgesel", "Ulusal", "Amatör", "Kadınlar", "Erkekler"}


def _club_before_contest(text: str, start: int, end: int, place: PlaceOf) -> int | None:
    """Where a club's name ends when a Turkish guess runs on into the name of the league or cup it
    plays in ("Galatasaray Süper Lig"), or None: the guess opens with the contest's own words or a
    state ("Süper Lig", "Türkiye Süper Ligi", "Avrupa Şampiyonası": the contest alone)."""
    words = list(_NON_SPACE.finditer(text, start, end))
    for k, w in enumerate(words):
        if w.group() in _CONTEST_OPENERS or place(text, w.start(), w.end()) == "state":
            if k == 0 or any(place(text, v.start(), v.end()) is not None for v in words[:k]):
                return None
            return words[k - 1].end()
    return None


# Turkish and Kazakh put the verb last: a guess that runs on over lower-case words to the sentence's end
# ("Ahmet Yılmaz katıldı.") holds the verb; the name ends at its last capitalised word.
_SENTENCE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.!?…]+(?=[ \u00a0\n]|$)|\n|$)")
_LOWER_TAIL_ANY = re.compile(rf"(?:[ \u00a0]+[{_LOW}][\w’'-]*)+$")
# Only after two capitalised words (a full name): one alone is as often the first word of a name the
# lower-case noun after it ends ("Жамбыл облысынан", "Жамбыл көшесі", "Қорғаныс министрі").
_TWO_WORDS = re.compile(r"\S[ \u00a0]+\S")


# A Turkish case ending after an apostrophe inside a guess, then more words ("İsviçre'nin Zürih şehri",
# "Paris'teki Louvre Müzesi", "Azerbaycan'ı Eldar Kasımov ile"): Turkish writes the ending after the whole
# name, so the name ends there and another may follow. Only after a place or state the gazetteer knows:
# inside the title of a work ("Reise Nach Jerusalem Kudüs'e Seyahat", a song) it would leave a common
# word ("Seyahat") as a name of its own.
_INNER_SUFFIX = re.compile(r"['’](?!s[ \u00a0])[a-zçğıöşü]{1,6}(?=[ \u00a0]+\S)")  # not English "World's Finest"
_NEXT_CAPITAL = re.compile(rf"[{_UP}]")


def _at_inner_suffix(text: str, start: int, end: int, inner: re.Match[str], kind: str,
                     place: PlaceOf) -> list[tuple[int, int, str]]:
    """The two names of a Turkish guess with a case ending inside: the first up to its apostrophe
    (a state or place the gazetteer knows, a place), the second from the next capitalised
    word ("Çin'in Guangdong eyaleti": Çin and Guangdong; "Azerbaycan'ı Eldar Kasımov ile": Azerbaycan
    and Eldar Kasımov)."""
    first = (start, inner.start(), "place")
    nxt = _NEXT_CAPITAL.search(text, inner.end(), end)
    if nxt is None:
        return [first]
    return [first] + _trimmed(text, nxt.start(), end, kind, "tr", place)


# Turkish titles and trades written before a name ("Vali Ali Yerlikaya", "Gazeteci Uğur Mumcu"). The Turkish model
# takes one into a person's span and into a place's after it ("Vali Ankara'da": the governor in Ankara).
_TR_TITLES_OR_TRADES = TR_TITLES | TR_LEADERS | {"Belediye"} | TR_TRADES
_TR_PLURAL = re.compile(r"...l[ae]r$")  # "Yetkililer Eskişehir'den": a plural opening the sentence, then the place
_FIRST_WORD = re.compile(rf"([{_UP}][{_LOW}]+)[ \u00a0]+(?=[{_UP}])")


def _without_turkish_title(text: str, start: int, end: int, kind: str, place: PlaceOf) -> tuple[int, str]:
    """Where a Turkish guess starts without a title or trade before the name, and its kind: a title
    or a noun in the plural before a state or place the gazetteer knows, with an apostrophe's case
    ending, leaves the place ("Vali Ankara'da", "Yetkililer Eskişehir'den": officials, then the place); a trade before a
    person's name leaves the person ("Gazeteci Aydın Doğan"). A title before a person stays: the
    corpora count "Prens Edward", "Başbakan R." as the name."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None:
        return start, kind
    word, rest = first.group(1), first.end()
    if ((word in _TR_TITLES_OR_TRADES or _TR_PLURAL.search(word)) and text[end : end + 1] in ("'", "’")
            and place(text, rest, end) is not None):
        return rest, "place"  # not "Bakan Muş, Ankara'da …": a surname that is also a province, with no case ending
    if word in TR_TRADES and kind == "person":
        return rest, kind
    return start, kind


def _trimmed(text: str, start: int, end: int, kind: str, lang: str, place: PlaceOf) -> list[tuple[int, int, str]]:
    if kind != "place":
        joined = list(_AND.finditer(text, start, end))
        if joined and place(text, joined[-1].end(), end) is not None:
            end = joined[-1].start()  # "Kim Jong Un and South Korea"
        last_of = list(_OF.finditer(text, start, end))
        if kind == "person" and last_of and place(text, last_of[-1].end(), end) == "state":
            end = last_of[-1].start()  # "Kim Jong Un of North Korea"
    if lang == "en":
        head = _LOWER_HEAD.match(text, start, end)
        if head is not None and not _NAME_PARTICLE.match(text, start, end):
            start = head.end()  # "poet Charles Baudelaire"
        tail = _LOWER_TAIL.search(text, start, end)
        if tail is not None and tail.start() > start and not _INSTITUTION.fullmatch(text, tail.start(), end):
            end = tail.start()  # "China rose"; not "the Indian navy"
    if lang == "en":
        shout = _CAPS_TAIL.search(text, start, end)
        before = text[start : shout.start()].split() if shout is not None else []
        if (shout is not None and shout.start() > start and function_word(shout.group().strip())
                and not text[start : shout.start()].isupper() and len(before) > 1):
            end = shout.start()  # "Paul Kaufman ONLY": a function word in capitals is emphasis; not "BBC ONE",
            # nor a surname in capitals after a first name ("Theresa MAY", as EU documents write it)
    if lang == "en" and kind == "person" and _INITIAL_END.search(text, start, end):
        surname = _SURNAME_AFTER.match(text, end)
        if surname is not None and not names.sentence_word(surname.group().strip()):
            end = surname.end()  # "John E." of "John E. Pike": the middle initial is not the name's end
    if lang in ("tr", "kk") and _SENTENCE_END_AFTER.match(text, end):
        tail = _LOWER_TAIL_ANY.search(text, start, end)
        if tail is not None and _TWO_WORDS.search(text, start, tail.start()):
            end = tail.start()  # "Ahmet Yılmaz katıldı.": the sentence's verb is no part of the name
    if lang == "kk":
        end = kazakh_heads.head_end(text, start, end)  # "Павлодар экономикалық соты шешім": the court
    if lang == "kk" and kind in ("person", "organisation"):
        end = kazakh_heads.place_after_name(text, start, end, kind == "person") or end  # "Тоқаев Астанада": the place
    if lang == "kk" and events.kazakh_contest_after(text, end) and _TWO_WORDS.search(text, start, end):
        end = text.rindex(" ", start, end)  # "Тоқаев ЭКСПО көрмесін": the contest's word is no part of the name
    if lang == "tr" and kind != "place":
        body = organisations.name_before_body(text, start, end, lambda t, a, b: place(t, a, b) is not None)
        if body is not None:  # "Erdoğan Sağlık Bakanlığı'nı ziyaret etti": the ministry (the person: detect.py)
            return [(body, end, "organisation")]
    news = _FIRST_WORD.match(text, start, end) if lang == "tr" else None
    if news is not None and news.group(1) in TR_NEWS_NOUNS and names.opens_sentence(text, start):
        start = news.end()  # "Toplantı Ankara'da yapıldı": the meeting, then the place
    if lang == "tr":
        start, kind = _without_turkish_title(text, start, end, kind, place)
        if kind == "person" and WHERE.match(text, end):  # "Ali Can Ankara'da": the person, then the place where
            last = text.rfind(" ", start, end) + 1
            if last > 0 and _TWO_WORDS.search(text, start, last - 1) and place(text, last, end) is not None:
                return [(start, len(text[:last].rstrip()), kind), (last, end, "place")]
        end = media.medium_tail(text, start, end) or end  # "Ali Koç Instagram'dan": the network is no part of the name
        inner = _INNER_SUFFIX.search(text, start, end)
        # "İsviçre'nin Zürih": a case ending closes the first name, a place
        if inner is not None and place(text, start, inner.start()) is not None:
            return _at_inner_suffix(text, start, end, inner, kind, place)
    if lang == "tr" and kind != "person" and events.is_award_name(text, start, end):
        club = _club_before_contest(text, start, end, place)
        if club is not None:  # "Galatasaray Süper Lig'de": the club, not the league; "Victor Osimhen Süper Lig'de" no club
            return [(start, club, kind)]
    if lang == "ru" and kind == "person":
        skip = russian_names.leading_word(text[start:end])
        if skip:  # "Госсовета Ли Кэцян": the organisation, then the person
            organisation_end = start + len(text[start : start + skip].rstrip())
            return [(start, organisation_end, "organisation"), (start + skip, end, kind)]
    return [(start, end, kind)]
