"""Turkish titles of works — films, series, albums, songs, books, games — that the recognisers take for actors
(no I/O, no Qt).

Turkish marks a work's title plainly: the noun of its kind follows it in the compound's possessive ("Yüzüklerin
Efendisi filmi", "Teen Wolf dizisinde", "Amnesiac şarkılarından"), or "adlı"/"isimli" and the noun do ("Cadet Kelly
adlı filmde", "Kuzgun adlı şiirinden", "… ( Grinin Elli Tonu ) adlı kitabın"), or the title stands in quotes before
them or after the noun ("Burning Japan " adlı ilk konser albümü", "şarkıları , " Maggie May " , …"), or a year in
brackets stands between the title and its noun ("Casino Royale ( 2006 ) filminde"). A title may be longer than the
recogniser's guess ("Buffy the Vampire Slayer dizisinin": "Buffy"). An encyclopaedia's sentence that opens with a
name and ends by saying it is a work, a product or a kind of thing defines no actor either ("Snooker , … bir bilardo
türüdür .", "Mitsubishi Eclipse , … coupe modelidir .": :func:`defined_as_thing`), nor does a Kazakh app's name
before "қосымшасы" ("Homebank қосымшасы арқылы").
:func:`title_of_work` says so for a suggestion's span.

Who made or owns a work stays an actor: a name with a case ending ("Ahmet'in filmi": not before the noun at all),
one after "bir" ("bir Nuri Bilge Ceylan filmi": a film by him), an organisation, a studio, a channel or a platform
("Netflix dizisi", "Disney filmi", "NASA belgeseli"; "Galatasaray oyunu kontrol etti": the game), a state or place
the gazetteer knows ("Kore dizisi": a Korean series), a person before a plural ("Sezen Aksu şarkıları": her songs), a
person's surname named in full elsewhere ("Steven Spielberg … Spielberg filmi"), a person whose name opens with a
Turkish given name ("Cem Yılmaz filminde": his film; not "Teen Wolf dizisinde", "Bel Ami filminde") — except after
"adlı" or in quotes, which name the work. The Russian works and facilities are :mod:`desktop.suggest.facilities`'.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from desktop.meaning.turkish_words import GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.words import LOW, UP, IsPlace

__all__ = ["Works", "defined_as_thing", "marked", "title_of_work"]

# The nouns of a work's kind in the compound's possessive ("filmi", "dizisi"; plural "filmleri"), with any case
# ending after ("filminde", "dizisinin", "şarkılarından"). Not "eseri", "tablosu" ("Mimar Sinan eseri", "Picasso
# tablosu": the maker's), which count after "adlı" only; not "gazetesi", "dergisi", "kanalı": media are organisations.
_POSSESSED = (r"film(?:i|ler[ıi])|dizi(?:si|ler[ıi])|albüm(?:ü|ler[ıi])|şarkı(?:sı|lar[ıi])|roman(?:ı|lar[ıi])"
              r"|kitab[ıi]|kitaplar[ıi]|öykü(?:sü|ler[ıi])|hik[aâ]ye(?:si|ler[ıi])|şiir(?:i|ler[ıi])|oyun(?:u|lar[ıi])"
              r"|belgesel(?:i|ler[ıi])|tekli(?:si|ler[ıi])|single['’][ıi]|makale(?:si|ler[ıi])|senfoni(?:si|ler[ıi])"
              r"|operası|serisi|türkü(?:sü|ler[ıi])|masal(?:ı|lar[ıi])|klib(?:i|ler[ıi])|videosu|animesi|mangası")
# The inflections a work's noun takes — plural, possessive, case, "ile", the copula ("filmlerinden", "albümünü",
# "romanıyla", "filmdeki", "bir oyundur") — and no derivation: "adlı oyuncu", "isimli şarkıcı", "adlı romancı",
# "kitapçı", "operatör" name a person or a body, not a work
_CASE_TAIL = (r"(?:l[ae]r)?(?:s?[ıiuü])?(?:n?[dt][ae](?:n|ki)?|n?[ıiuü]n|n?[ıiuü]|y[ıiuü]|n?[ae]|y[ae]|y?l[ae]|n)?"
              r"(?:[dt][ıiuü]r)?")
# The bare nouns too, after "adlı", "isimli", "adında" … ("adlı film", "isimli bir albüm", "adlı ilk konser albümünü")
_NOUN_STEMS = (r"film|dizi|albüm|şarkı|roman|kitap|kitab|öykü|hik[aâ]ye|şiir|oyun|belgesel|tekli|single|makale|senfoni"
               r"|opera|seri|türkü|masal|klip|klib|video|anime|manga|eser|tablo|heykel|piyes|senaryo")
_NAMED = r"(?:adlı|adli|isimli|adındaki|adında|ismindeki|isminde|başlıklı)"
_GAP = r"[ \u00a0]+"
# What may stand between a title and its noun: a closing quote, a year or an original title in brackets. Each run of
# spaces is possessive and belongs to the mark after it, so a long run of spaces that leads nowhere is read once:
# written as "[ ]*[\"”“]?(?:[ ]*\(…\))?[ ]*,?[ ]+" (the same strings), the runs could share the spaces in every way
# and a name before 800 spaces took a second to be refused.
_BETWEEN = r"(?:[ \u00a0]*+[\"”“])?(?:[ \u00a0]*+\([^()\n]{1,60}\))?"
_LAST_GAP = r"(?:[ \u00a0]*+,)?[ \u00a0]++"  # an optional comma, then at least one space before the noun's word
# Up to three lower-case words before the noun after "adlı": "adlı ilk konser albümünü", "isimli bir film"
_QUALIFIERS = rf"(?:[{LOW}]+{_GAP}){{0,3}}"
_AFTER_NAMED = re.compile(rf"{_BETWEEN}{_LAST_GAP}{_NAMED}{_GAP}{_QUALIFIERS}(?:{_NOUN_STEMS}){_CASE_TAIL}(?![\w])")
# The possessed noun right after the title, or after one lower-case word of its kind ("Shaman King kart oyunu")
_AFTER_DIRECT = re.compile(rf"{_BETWEEN}[ \u00a0]++(?P<kind>(?:kart|video|bilgisayar|korku|animasyon|bilim[ ]kurgu|"
                           rf"televizyon|tv|belgesel|çizgi|konser|stüdyo|canlı|pop|rock|rap|halk)(?:{_GAP}))?"
                           rf"(?P<noun>{_POSSESSED})(?P<case>{_CASE_TAIL})(?![\w'’])")
# The possessive's accusative ("albümünü", "filmini", "şarkılarını"): "Tarkan albümünü tanıttı" is his album
_ACCUSATIVE = re.compile(r"n[ıiuü]$")
# The rest of a title the guess left out, up to the noun: capitalised words, numbers and the small words of other
# languages' titles ("Buffy [the Vampire Slayer] dizisinin"); it must hold a small word or a number, as a name
# before a title does not ("Tarkan Şımarık şarkısını": the singer, then his song).
_TITLE_WORD = (rf"(?:[{UP}0-9][\w&:.-]*|the|of|and|a|an|in|on|to|for|with|from|del|la|le|les|el|los|der|die|das"
               r"|und|di|du)(?![\w'’])")
_REST = re.compile(rf"(?:{_GAP}{_TITLE_WORD}){{1,6}}")
_SMALL_OR_NUMBER = re.compile(r"(?<![\w])(?:[a-z]+|\d+)(?![\w])")  # not Turkish "de", "da" ("Lugosi de … filminde")
_CLOSE_QUOTE = re.compile(r"[^\"“”„\n]{0,80}?[\"”]")
# After the noun: a quoted title, or several ("şarkıları , " Maggie May " , " You Wear It Well "", "filmi " X "")
# (the noun in the nominative: after "dizisinde" a quoted name is a character's, "" Taxi " dizisinde " Latka " karakterini")
_NOUN_BEFORE = re.compile(rf"(?<![\w])(?:{_POSSESSED})[ \u00a0]*[:,]?[ \u00a0]*$")
_QUOTED_ITEM = re.compile(r"[\"“„][^\"“”„\n]{1,80}[\"”][ \u00a0]*(?:,|ve|ile|veya)?[ \u00a0]*$")
# Makers before the noun: studios, channels and platforms the gazetteer does not hold ("Netflix dizisi": its series)
_MAKERS = frozenset("""Netflix Disney Pixar Marvel DreamWorks Warner Universal Paramount Columbia Lionsgate Miramax MGM
    HBO BBC CNN TRT ATV NTV Fox FOX Hulu Amazon Apple YouTube BluTV Exxen Gain puhutv Kanal Show Star Ghibli Toei
    Nintendo Sega Ubisoft Sony Microsoft Blizzard Rockstar Bethesda Konami Capcom Yeşilçam Hollywood Bollywood""".split())
_PLURAL = re.compile(r"l[ae]r[ıi]$")  # "şarkıları", "filmleri": a maker's works ("Kemal Sunal filmleri")
_BUFFER_S = re.compile(r"s[ıiuü]$")  # "dizisi", "şarkısı": the possessive only (the accusative is "diziyi")
# A relative clause's participle before a title ("vizyona giren Bel Ami filminde", "yönettiği David and Lisa filmi")
_PARTICIPLE_BEFORE = re.compile(rf"[{LOW}](?:[ae]n|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıi])[ \u00a0]+$")
# A work's original title and the title it is given in Turkish beside it ("Dövüş Kulübü , ( orijinal adı Fight Club
# )", "… orijinal adı Dong Yi'dir"); a person's own name is "asıl adı", a place's "eski adı".
_ORIGINAL_BEFORE = re.compile(r"(?<![\w])(?:orijinal|özgün)[ \u00a0]+(?:adı|ismi)[ \u00a0]*:?[ \u00a0]*$")
_ORIGINAL_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*\([ \u00a0]*(?:orijinal|özgün)[ \u00a0]+(?:adı|ismi)(?![\w])")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w])[Bb]ir[ \u00a0]+$")
# A sentence's first word is its subject's place; after a comma a name is as often a clause's object ("Oyuncu,
# Teen Wolf dizisinden sonra …")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:;\n])[ \u00a0\"“]*$")


# An encyclopaedia's first sentence names its subject first and says what it is last: a work, a product or a
# kind of thing ("Snooker , … bir bilardo türüdür .", "Mitsubishi Eclipse , Mitsubishi'nin … ürettiği coupe modelidir .",
# "Doppelgängland , … dizisinin üçüncü sezonunun on altıncı bölümüdür ."), or "bir çeşit"/"bir tür" right after it
# ("Siklotron bir çeşit parçacık hızlandırıcıdır"). A body, a place or a person ends such a sentence with its own noun
# ("… bir spor kulübüdür", "… şarkıcısıdır", "… bir şirkettir"), which is none of these.
_THING_NOUNS = (r"şarkı|film|dizi|albüm|kitap|kitab|roman|oyun|bölüm|seri|çeviri|tekli|single|opera|belgesel|manga"
                r"|anime|masal|şiir|öykü|hik[aâ]ye|türkü|model|uygulama|yazılım|katman|işlemci|çip|konsol|otomobil"
                r"|tür|çeşit|ad|terim|kavram|yöntem|hastalık")
_DEFINED_AS = re.compile(rf"(?<![\w])(?P<noun>{_THING_NOUNS})(?P<possessive>s?[ıiuü])?(?P<copula>[dt][ıiuü]r)?[ \u00a0]*$")
# Two of them describe a person too: a model alone is a fashion model ("Kendall Jenner, Amerikalı bir modeldir"; a
# product's is the compound's possessive: "… coupe modelidir"), and a person the model found may be a name of
# something ("Tarkan, Türk pop müziğinin en tanınmış adıdır"; "… telsizlere verilen addır" is a word's)
# Words that make a given name a character's, not a person's with a family name ("Ali Baba filmi", "Ayşe Teyze dizisi",
# "Mehmet Ağa filmi": titles)
_CHARACTER_WORDS = frozenset("""Baba Dede Nine Amca Dayı Hala Teyze Abla Ağabey Abi Hoca Usta Reis Ağa Paşa Bey Hanım
    Efendi""".split())
_KIND_AFTER = re.compile(r"[ \u00a0]+bir[ \u00a0]+(?:çeşit|tür)(?![\w])")
# A sentence's end: a full stop after a lower-case letter or a bracket ("II. Dünya", "1. Kont" are none)
_DEFINITION_END = re.compile(rf"(?<=[{LOW})\"”])[ \u00a0]?[.!?](?=[ \u00a0\n]|$)|\n")
# The name defined stands alone before a comma or a bracket, with the rest of a title the guess left out or a
# lower-case word of its own ("Reise Nach [Jerusalem Kudüs'e Seyahat] ,", "Walkie [talkie] ,")
_APPOSITION = re.compile(rf"(?:[ \u00a0]+[{UP}][\w'’]*){{0,4}}(?:[ \u00a0]+[{LOW}]+)?[ \u00a0]*[,(]")
_TURKISH_LETTER = re.compile("[çğıöşüÇĞİÖŞÜ]")
_NAME_OPENS = re.compile(r"(?:^|[.!?\n])[ \u00a0\"“]*$")


def defined_as_thing(text: str, start: int, end: int, kind: object = None) -> bool:
    """``text[start:end]`` opens a sentence that defines it as a work, a product or a kind of thing (see
    :data:`_THING_NOUNS`): a Turkish encyclopaedia's subject that is no actor. A person (``kind``) a sentence calls a
    name of something ("… adıdır"), or anyone it calls a model without the compound's possessive ("bir modeldir"), is
    a person."""
    if _NAME_OPENS.search(text, max(0, start - 4), start) is None or text[end : end + 1] in ("'", "’"):
        return False  # not the sentence's subject: "Sezen Aksu'nun … albümüdür" is her album
    if _KIND_AFTER.match(text, end) is not None:
        return True
    if _APPOSITION.match(text, end) is None:
        return False  # "Dickson ve William Heise'nin yaptığı … film": not the name defined
    stop = _DEFINITION_END.search(text, end, end + 400)
    noun = _DEFINED_AS.search(text, max(end, stop.start() - 40), stop.start()) if stop is not None else None
    if noun is None or (noun.group("noun") == "model" and noun.group("possessive") is None) or (
            noun.group("noun") == "ad" and kind == "person" and noun.group("possessive") is not None):
        return False  # "Kendall Jenner, Amerikalı bir modeldir.", "Tarkan, … en tanınmış adıdır.": a person
    # in Turkish: a Turkish letter or the copula ("… televizyon serisidir"), not "Apple, the company, made a film."
    return noun.group("copula") is not None or _TURKISH_LETTER.search(text, end, noun.end()) is not None


# Kazakh names an application the same way, before "қосымша" in the compound's possessive ("Homebank қосымшасын
# жүктеп", "« Смарт Астана » мобильдік қосымшасы"): the app, no actor.
_KK_APP_AFTER = re.compile(r"[ \u00a0]*[»\"”]?(?:[ \u00a0]+мобильдік)?[ \u00a0]+қосымша(?:сы|лары)")

_MARKER_WORDS = rf"(?:{_POSSESSED})|{_NAMED}|(?:orijinal|özgün)[ \u00a0]+(?:adı|ismi)"
_MARKER = re.compile(rf"(?<![\w])(?:{_MARKER_WORDS})")
# Every place one begins (a look-ahead: one marker inside another is found too), and how far before a name one is read
_MARKER_AT = re.compile(rf"(?<![\w])(?={_MARKER_WORDS})")
_MARKER_REACH = 800


def marked(text: str) -> bool:
    """``text`` holds a work's noun, "adlı" or an original title's words: only then may a name in it be a
    title (a text without them costs one search)."""
    return _MARKER.search(text) is not None


def _noun_after(text: str, end: int) -> tuple[str, re.Match[str] | None] | None:
    """Which work's noun follows ``end`` (over a closing quote or a bracket): ``("named", None)`` through
    "adlı"/"isimli", ``("direct", match)`` the possessed noun; None if none follows."""
    if _AFTER_NAMED.match(text, end) is not None:
        return "named", None
    direct = _AFTER_DIRECT.match(text, end)
    return ("direct", direct) if direct is not None else None


def _quoted(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands inside quotes on its line."""
    window = max(0, start - 300)  # a line's quotes near the name (a text on one line is read in linear time)
    line = text[max(window, text.rfind("\n", window, start) + 1) : start]
    straight = line.count('"') % 2 == 1
    curly = line.rfind("“") > line.rfind("”") or line.rfind("„") > line.rfind("“")
    return (straight or curly) and _CLOSE_QUOTE.match(text, end) is not None


def _after_quoted_list(text: str, start: int) -> bool:
    """``text[start:]`` opens a quoted title after a work's noun, or after the quoted titles of a list that
    follows one ("en bilinen şarkıları , " Maggie May " , " You Wear It Well "")."""
    quote = start - 1
    while quote >= 0 and text[quote] in " \u00a0":
        quote -= 1
    if quote < 0 or text[quote] not in "\"“„":
        return False
    pos = quote
    for _ in range(8):
        if _NOUN_BEFORE.search(text, max(0, pos - 40), pos) is not None:
            return True
        item = _QUOTED_ITEM.search(text, max(0, pos - 90), pos)
        if item is None:
            return False
        pos = item.start()
    return False


def title_of_work(text: str, start: int, end: int, is_place: IsPlace, kind: object = None,
                  surname_of: Callable[[str], bool] | None = None) -> bool:
    """``text[start:end]`` (of type ``kind``) is a Turkish title of a work, or a part of one (see the module's
    docstring). ``surname_of(name)``: a person elsewhere in the text is named in full with ``name`` as the
    last words (then ``name`` before a work's noun is the maker's)."""
    if (_ORIGINAL_BEFORE.search(text, max(0, start - 24), start) or _ORIGINAL_AFTER.match(text, end)) and not (
            kind in ("state", "place") or is_place(text, start, end)):
        return True
    quoted = _quoted(text, start, end)
    if quoted and _after_quoted_list(text, start):
        return True
    close = _CLOSE_QUOTE.match(text, end) if quoted else None
    found = _noun_after(text, close.end() if close is not None else end)
    part = False  # the guess is a part of a longer title
    if found is None and not quoted:
        rest = _REST.match(text, end)
        if rest is not None and _SMALL_OR_NUMBER.search(rest.group()):
            found = _noun_after(text, rest.end())
            part = True
    if found is None:
        return False
    if found[0] == "named" or quoted:
        return True
    name = " ".join(text[start:end].split())
    if kind in ("state", "place", "organisation") or is_place(text, start, end) or any(w in _MAKERS for w in name.split()):
        return False  # "Kore dizisi", "Netflix dizisi", "NASA belgeselinde": where or by whom; "Galatasaray oyunu"
    noun = found[1]
    if _INDEFINITE_BEFORE.search(text, max(0, start - 6), start) is not None:
        return False  # "bir Nuri Bilge Ceylan filmi": a film by him
    if kind == "person" and surname_of is not None and surname_of(name):
        return False  # "Steven Spielberg … Spielberg filmi"
    if noun is not None and "(" in text[end : noun.start("noun")]:
        return True  # "Casino Royale ( 2006 ) filminde": a year in brackets dates a work, even opening a sentence
    if kind == "person" and " " in name and name.split()[0] in GIVEN_NAMES and name.split()[-1] not in _CHARACTER_WORDS:
        return False  # "Oyuncu, Cem Yılmaz filminde": a film of his (a Turkish given name, then more of the name)
    if part or noun is None:
        return True  # "Buffy the Vampire Slayer dizisinin": no subject goes on into "the …"
    if kind == "person" and not noun.group("kind") and _PLURAL.search(noun.group("noun")):
        return False  # "Sezen Aksu şarkılarını", "Yılmaz Güney filmleri": the songs or films of the maker
    if kind == "person" and not noun.group("case") and not noun.group("kind") and not _BUFFER_S.search(noun.group("noun")):
        # "filmi", "albümü", "romanı" read as the accusative too ("Walt Disney filmi kendisi yönetti": the film):
        # a person there is a title only after a relative clause's participle ("yönettiği David and Lisa filmi")
        return _PARTICIPLE_BEFORE.search(text, max(0, start - 12), start) is not None
    subject = _SUBJECT_BEFORE.search(text, max(0, start - 8), start) is not None
    # a person opening a sentence before "his/her film" ("Tarkan albümünü tanıttı", "Ahmet Kaya şarkısında …")
    return not (subject and (kind == "person" or _ACCUSATIVE.search(noun.group("case") or noun.group("noun"))))


class Works:
    """Which suggestions are Turkish titles of works (:func:`title_of_work`): ``is_one(s)``. Only the
    mention before the noun is the work: its other mentions may be the hero it is named after ("Buffy the
    Vampire Slayer dizisi … Buffy ona aşık olur"). A store's entity is never one."""

    def __init__(self, text: str, cands: list[Suggestion], is_place: IsPlace):
        self.text = text
        self.is_place = is_place
        self.marked = marked(text)
        # where a work's noun, "adlı" or an original title's words begin, and the line breaks: a name far from all of
        # them is no title, and is not read (:meth:`_near_a_marker`)
        self.marks = [m.start() for m in _MARKER_AT.finditer(text)] if self.marked else []
        self.breaks = [m.start() for m in re.finditer("\n", text)] if self.marked else []
        full = [str(c.attributes.get("name", "")).split() for c in cands if c.attributes.get("type") == "person"]
        self.surnames = frozenset(" ".join(words[i:]) for words in full for i in range(1, len(words)))

    def _surname_of(self, name: str) -> bool:
        return name in self.surnames  # "Spielberg", "Tayyip Erdoğan" of a person named in full

    def is_one(self, s: Suggestion) -> bool:
        if "entity_id" in s.attributes:
            return False
        kind = s.attributes.get("type")
        if kind != "person" and _KK_APP_AFTER.match(self.text, s.end) is not None:
            return True  # "Homebank қосымшасы арқылы", "« Смарт Астана » мобильдік қосымшасы": an app
        if kind != "state" and defined_as_thing(self.text, s.start, s.end, kind) and not self.is_place(
                self.text, s.start, s.end):
            return True  # "Snooker , … bir bilardo türüdür ."
        return (self.marked and self._near_a_marker(s.start, s.end)
                and title_of_work(self.text, s.start, s.end, self.is_place, kind, self._surname_of))

    def _near_a_marker(self, start: int, end: int) -> bool:
        """A marker (:data:`_MARKER_AT`) begins from :data:`_MARKER_REACH` characters before ``text[start:end]`` (and
        the spaces before it) to the end of its line: :func:`title_of_work` reads no farther. Before the name it reads
        an original title's words in the 24 characters before it, and a work's noun before a list of quoted titles up
        to eight items of 90 characters back from the quote before it; after the name, its patterns cross no line
        break. In a long text of many languages most names are none of a title's, and each costs a bisect."""
        before = start - 1
        while before >= 0 and self.text[before] in " \u00a0":
            before -= 1
        i = bisect_left(self.marks, before - _MARKER_REACH)
        if i == len(self.marks):
            return False
        j = bisect_left(self.breaks, end)
        return j == len(self.breaks) or self.marks[i] <= self.breaks[j]
