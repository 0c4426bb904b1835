"""A small shipped gazetteer: states, capitals and cities, regions, organisations.

Each entry is ``(canonical English name, type, [forms])``; ``type`` is an
entity type of the store (``state``, ``place``, ``organisation``).  Forms are
written as they appear in running text in English, Russian and Turkish;
matching is case-sensitive.  Russian forms with lower-case letters also match
their case endings ("Казахстана", "России"); Turkish suffixes after an
apostrophe ("Kazakistan'ın") fall outside the match by themselves.

Scope of the hand-written lists: Central Asia and its neighbours, Europe, the
major powers, the international organisations that articles on the region
cite, and the first-level divisions news names as places (the states of the US and
Australia, Canada's provinces, the nations of the UK).  :func:`entries` adds every state of the world by its CLDR names in
English, Russian, Turkish and Kazakh (babel's territory names) and the world's
cities of 250 000 people or more plus every capital (GeoNames, CC BY 4.0,
``resources/gazetteer/cities.tsv``, built by ``scripts/build_cities.py``).  The hand-written lists
live in :mod:`desktop.suggest.gazetteer_lists`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from desktop.meaning import turkish_words
from desktop.suggest import names
from desktop.suggest.gazetteer_lists import (  # noqa: F401 - the lists stay importable from here
    NEWS_CITY_NAMES, NEWS_STATE_NAMES, TURKISH_PROVINCES, ORGANISATIONS, PLACES, REGIONS, STATES,
)
from desktop.suggest.words import KAZAKH_LETTER as _KAZAKH_LETTER


# CLDR codes that are not states (regions, unions, pseudo-territories).
_NOT_STATES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "AQ", "BV", "HM", "UM", "TF", "IO", "CP", "DG", "EA", "IC", "TA", "AC"}
_CLDR_LANGUAGES = ("en", "ru", "tr", "kk")
_CLDR_NOISE = re.compile(r"\s*(?:\(.*\)|SAR\b.*|ÖİB.*|АӘА.*|\s-\s.*)$")


@lru_cache(maxsize=1)
def world_states() -> list[tuple[str, list[str]]]:
    """Every state by its CLDR names in English, Russian, Turkish and Kazakh."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - loaded in the worker, on first use

    names: dict[str, Any] = {}
    for lang in _CLDR_LANGUAGES:
        try:
            names[lang] = Locale(lang).territories
        except (UnknownLocaleError, OSError, ValueError):  # a bundle without a language's data: the others
            names[lang] = {}
    out = []
    for code, english in names["en"].items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_STATES:
            continue
        forms = []
        for lang in _CLDR_LANGUAGES:
            form = _CLDR_NOISE.sub("", names[lang].get(code, "")).strip()
            if len(form) >= 3 and form not in forms:
                forms.append(form)
        if forms:
            out.append((forms[0], forms))
    return out


@lru_cache(maxsize=1)
def world_cities() -> list[tuple[str, list[str]]]:
    """The world's large cities and every capital, with their Cyrillic and Turkish forms."""
    from desktop.paths import resource_root  # noqa: PLC0415

    path = resource_root() / "resources" / "gazetteer" / "cities.tsv"
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        name, _country, forms = line.split("\t")[:3]
        out.append((name, forms.split("|")))
    return out




@lru_cache(maxsize=1)
def entries() -> list[tuple[str, str, list[str]]]:
    """Every gazetteer entry as ``(canonical name, entity type, forms)``: the
    hand-written lists first (a listed state takes the CLDR names it lacks), then the
    world's states and cities they lack."""
    out: list[tuple[str, str, list[str]]] = []
    out += [(name, "state", list(forms)) for name, forms in STATES]  # copies: a listed state takes more names below
    out += [(name, "place", list(forms)) for name, forms in PLACES + REGIONS]  # copies: a listed city takes its Kazakh name below
    out += [(name, "organisation", forms) for name, forms in ORGANISATIONS]
    seen = {f for _n, _k, forms in out for f in forms} | {n for n, _k, _f in out}
    listed = {f: i for i, (_n, kind, forms) in enumerate(out) if kind == "state" for f in forms}
    places = {n: i for i, (n, kind, _f) in enumerate(out) if kind == "place"}
    for kind, rows in (("state", world_states()), ("place", world_cities())):
        for name, forms in rows:
            fresh = [f for f in forms if f not in seen]
            if not fresh:
                continue
            same = next((listed[f] for f in [name, *forms] if f in listed), None) if kind == "state" else None
            if same is not None:  # a listed state's other CLDR names ("Ресей", "Қытай" in Kazakh)
                seen.update(fresh)
                out[same][2].extend(fresh)
                continue
            kazakh = [f for f in fresh if _KAZAKH_LETTER.search(f)] if kind == "place" and name in places else []
            if kazakh:  # a listed city's Kazakh name ("Мәскеу")
                seen.update(kazakh)
                out[places[name]][2].extend(kazakh)
            if name in seen:
                continue
            seen.update(fresh)
            out.append((name, kind, fresh))
    aliases = {**NEWS_STATE_NAMES, **NEWS_CITY_NAMES}
    return [(name, kind, forms + [f for f in aliases.get(name, ()) if f not in seen]) for name, kind, forms in out]


_TURKISH_FORM = re.compile("[çğıöşüÇĞİÖŞÜ]")


@lru_cache(maxsize=1)
def turkish_acronyms() -> frozenset[str]:
    """The forms in capitals that are the initials of a Turkish form of their entry ("AB": Avrupa Birliği, "ABD",
    "BM", "BAE", "AGİT"): Turkish text names the body or state so, English text other things ("the AB test",
    "BAE said it won a contract", blood type AB)."""
    out = set()
    for _name, _kind, forms in entries():
        for form in forms:
            if " " in form and _TURKISH_FORM.search(form):
                initials = "".join(w[0] for w in form.split() if w[0].isupper())
                if initials in forms:
                    out.add(initials)
    return frozenset(out)


@lru_cache(maxsize=1)
def types_by_form() -> dict[str, tuple[str, str]]:
    """Each form, case-folded, → (canonical name, type)."""
    return {f.casefold(): (name, kind) for name, kind, forms in entries() for f in forms}


@lru_cache(maxsize=1)
def _state_forms() -> frozenset[str]:
    return frozenset(f for f, (_name, kind) in types_by_form().items() if kind == "state")


_DEMONYM_ENDINGS = ("ian", "an", "n", "i", "ese", "ish", "er", "")
_DEMONYM_BASES = ("", "a", "ia", "y", "stan", "istan")


# Nationality nouns and adjectives not made from their state's name by an ending.
_OTHER_DEMONYMS = set("""Pole Poles Swede Swedes Finn Finns Dane Danes Turk Turks Greek Greeks Arab Arabs Kurd Kurds
    Kurdish Serb Serbs Croat Croats Czech Czechs Slovak Slovaks Scot Scots Scottish Brit Brits Briton Britons British
    Dutch French English Welsh Irish Swiss Thai Filipino Filipinos Philippine Spaniard Spaniards Pashtun Pashtuns Uyghur Uyghurs
    Norwegian Norwegians Saudi Saudis Texan Texans""".split())
# Adjectives of a continent or of "America" ("American troops", "non-European nurses"); their
# plurals ("Americans will judge") name a people as GUM's gold does, and are left to the models.
_CONTINENT_ADJECTIVES = {"American", "European", "African", "Asian", "Hispanic", "Latino"}
# Adjectives of empires and unions that are no longer states ("Soviet troops", "Osmanlı topları").
_OTHER_DEMONYMS |= {"Soviet", "Ottoman", "Sovyet", "Osmanlı", "Советский", "Османский"}
_OTHER_DEMONYMS |= _CONTINENT_ADJECTIVES
# Turkish writes nationality adjectives with a capital ("Alman aktör", "Fransız yazar"):
# they describe, they do not name.  ("Türk" and "Rus" open many names and stay out.)
_OTHER_DEMONYMS |= set("""Alman Almanlar Fransız Fransızlar İngiliz İngilizler İtalyan İtalyanlar Japon Japonlar
    Yunan Yunanlar Arap Araplar Kürt Kürtler Ermeni Ermeniler Gürcü Gürcüler Macar Macarlar Bulgar Bulgarlar Sırp
    Sırplar Hırvat Hırvatlar Boşnak Boşnaklar Arnavut Arnavutlar Romen Romenler İspanyol İspanyollar Çinli Çinliler
    Amerikalı Amerikalılar Kanadalı Kanadalılar Hollandalı Hollandalılar Avusturyalı İsviçreli İsveçli Norveçli
    Danimarkalı Polonyalı Belçikalı Meksikalı Brezilyalı Arjantinli Avustralyalı İranlı Iraklı Suriyeli Mısırlı
    Ukraynalı Afgan Özbek Kazak Kırgız Türkmen Tatar Ruslar""".split())
# A Turkish plural people with a case ending, written as one word ("Ruslarla", "Almanlara", "İngilizlerin")
_TR_PEOPLE_CASE = re.compile("(.{2,}?(?:lar|ler))(?:la|le|a|e|ı|i|ın|in|da|de|dan|den|dır|dir)")


@lru_cache(maxsize=1)
def _turkish_languages() -> frozenset[str]:
    """Turkish CLDR names of languages made with "-ca", "-ce", "-ça", "-çe" ("Latince",
    "Sırpça", "Çeçence", "İngilizce"), folded: words made from a people's name, never a name."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - loaded in the worker, on first use

    try:
        languages = Locale("tr").languages.values()
    except (UnknownLocaleError, OSError, ValueError):  # a bundle without Turkish data
        return frozenset()
    return frozenset(_fold_tr(n) for n in languages if " " not in n and _LANGUAGE_ENDING.search(n))


_LANGUAGE_ENDING = re.compile("[cç][ae]$")
# a case ending or the copula after a Turkish language name ("Latince'deki", "Rumencedir", "Kürtçeyi")
_LANGUAGE_SUFFIX = re.compile(r"(?:['’]?(?:d[ae]n?|t[ae]n?|d[ae]ki|y[ıie]|n[ıi]n|d[ıi]r|y[ae]|ye|ya))?")
_TR_DEMONYM = re.compile("(.{3,}?)l([ıiuü])(?:lar|ler)?")  # "Kamerunlu", "Kanadalılar"
# Turkish vowel harmony: the vowel of "-li" after the stem's last vowel ("Kanadalı", "Kamerunlu", "Şilili")
_HARMONY = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}
_LAST_VOWEL = re.compile("([aıeioöuü])[^aıeioöuü]*$")


def _harmonic(found: re.Match[str]) -> bool:
    """The "-li" of ``found`` (:data:`_TR_DEMONYM`) follows Turkish vowel harmony, as a Turkish word
    does ("Kanadalı"); a name that only ends like it ("Chadli", "Irakli") does not."""
    last = _LAST_VOWEL.search(_fold_tr(found.group(1)))
    return last is not None and _HARMONY[last.group(1)] == found.group(2)


def _fold_tr(word: str) -> str:
    """Lower case as Turkish writes it ("İ" → "i", "I" → "ı"), without combining dots."""
    return turkish_words.lower(word).replace("\u0307", "")


@lru_cache(maxsize=1)
def _folded_states() -> frozenset[str]:
    return frozenset(_fold_tr(f) for f in _state_forms())


def is_language(word: str) -> bool:
    """True for a Turkish name of a language, alone or with a case ending ("Latince",
    "Sırpça", "Sanskritçe'de", "Rumencedir"): not an actor."""
    if not word[:1].isupper() or " " in word:
        return False
    low = _fold_tr(word)
    for end in range(len(low), 3, -1):
        if _LANGUAGE_ENDING.search(low, 0, end) and low[:end] in _turkish_languages():
            return _LANGUAGE_SUFFIX.fullmatch(low, end) is not None
    return False


def is_demonym(word: str) -> bool:
    """True for a nationality adjective or noun made from a state's English name
    ("Syrian", "Jordanian", "Iraqi", "Chinese", "Kazakh", "Syrians", "South Korean", "New
    Zealanders", "Icelander") or one of the others
    ("Poles", "Greek", "Dutch"), or a state's Turkish name with "-li" ("Kamerunlu"): not an actor."""
    if word in _OTHER_DEMONYMS:
        return True
    people = _TR_PEOPLE_CASE.fullmatch(word)
    if people is not None and people.group(1) in _OTHER_DEMONYMS:
        return True  # "Ruslarla": with the Russians
    turkish = _TR_DEMONYM.fullmatch(word)
    if turkish is not None and " " not in word and _fold_tr(turkish.group(1)) in _folded_states() and _harmonic(turkish):
        return True  # "Kamerunlu", "Kanadalılar": a state's Turkish name and "-li", from there
    if not word[:1].isupper() or len(word) < 4 or word.count(" ") > 1:
        return False  # "South Korean", "New Zealander" are made from a state's two words
    if word.casefold() in types_by_form():
        return False  # a state's or place's own name: "Philippines", "Tunis"
    if word.endswith("s") and is_demonym(word[:-1]):
        return True  # "Syrians", "Iraqis", "Americans"
    states = _state_forms()
    low = word.casefold()
    if low in states:
        return False
    for ending in _DEMONYM_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        base = low[: len(low) - len(ending)] if ending else low
        extras = _DEMONYM_BASES + ("e",) if ending == "ian" else _DEMONYM_BASES  # "Ukrainian"; not "Franci(s)"
        if len(base) >= 3 and any(base + extra in states for extra in extras if extra or ending):
            return True
    return False


# Waters named by an adjective alone ("the Pacific", "the Mediterranean") that also open other names
# and modify nouns ("Trans-Pacific Partnership", "Pacific Gas", "the Pacific Fleet", "the Mediterranean
# diet", "Caribbean nations").
_BARE_WATERS = frozenset({"Pacific", "Atlantic", "Mediterranean", "Caribbean"})
# Lower-case words that may follow a water named by its adjective ("in the Pacific and the Atlantic").
_AFTER_WATERS = frozenset("""and or but to in into on at of for from with by near off across than as is was are were
    has had have will would could can may might which that where who while when""".split())
_WORD_AFTER = re.compile(r"[ \u00a0]+(\w+)")
_FLEET_AFTER = re.compile(r"[ \u00a0]+(?:Fleet|Flotilla|Squadron)(?![\w-])")


def water_in_another_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a sea or ocean named by its adjective alone ("Pacific")
    joined to another word by a hyphen, or before a capitalised word or a noun: part of
    another name or an adjective ("Asia-Pacific Economic Cooperation", "The Pacific Fleet",
    "The Mediterranean diet"), not the water; and any sea before "Fleet" ("The Black Sea Fleet")."""
    if _FLEET_AFTER.match(text, end) and text[start:end].endswith(("Sea", "Ocean", "Pacific", "Atlantic", "Mediterranean")):
        return True  # "The Black Sea Fleet", "the Pacific Fleet": a navy
    if text[start:end] not in _BARE_WATERS:
        return False
    if (start > 0 and text[start - 1] in "-‐") or text[end : end + 1] in ("-", "‐"):
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and (after.group(1)[0].isupper() or after.group(1) not in _AFTER_WATERS)


# States whose Turkish name is also a Turkish adjective: "mali" (financial). Opening a sentence of Turkish text
# (a letter only Turkish writes near it: not "Mali announced …"), the capital says nothing; before lower-case
# nouns none of the next two of which (the second after a bare noun) carries the possessive ending of a compound with a state ("Mali ordusu",
# "Mali geçiş hükümeti": Mali's army, transitional government) it is the adjective ("Mali piyasalarda",
# "Mali konulardaki", "Mali krizin"). A conjunction or postposition after it leaves the state ("Mali ve Nijer").
_TR_ADJECTIVE_STATES = frozenset(["Mali"])
_TR_ONLY_LETTER = re.compile("[çğıöşüÇĞİÖŞÜ]")
_TR_NEXT_WORD = re.compile(r"[ \u00a0]+([a-zçğıöşü]+)(?![\w'’])")
_TR_COMPOUND_ENDING = re.compile(r"(?:s?[ıiuü]|l[ae]r[ıi])(?:n(?:[ıiuü]n|[ae]|[dt][ae]n?|[ıiuü]|[dt][ae]ki))?$")
_TR_RELATIVE = re.compile(r"(?<!n)[dt][ae]ki$")  # "konulardaki": a plural's locative and "-ki", no possessive
_TR_CASED = re.compile(r"(?:[ıiuü]n|[dt][ae]n?|[dt][ae]ki|l[ae]r\w*)$")  # "krizin", "konulardaki": no bare noun
_TR_FUNCTION_WORDS = frozenset("ve ile ya veya da de ise için gibi kadar bile ki".split())


def _compound_head(word: str) -> bool:
    """``word`` carries the possessive ending of a compound's head ("ordusu", "hükümeti"), no relative "-ki"."""
    return _TR_RELATIVE.search(word) is None and _TR_COMPOUND_ENDING.search(word) is not None


# Provinces and cities whose name is also a common word ("ağrı" pain, "tokat" a slap, Kazakh "ақтау" acquittal):
# opening a sentence, the place only with a case ending or a word for a province or city after it ("Ağrı'da",
# "Tokat ilinde", "Ақтау қаласында", "Ağrı ve Van'da"; not "Ağrı kesici ilaçlar", "Tokat atan futbolcu", "Ақтау үкімі").
_COMMON_WORD_PLACES = frozenset(["Ağrı", "Tokat", "Ақтау"])
_PLACE_WORD_AFTER = re.compile(r"['’]|[ \u00a0]+(?:il(?:i|in|inde|inden|ine|ini|inin|çe\w*)|[Vv]ali\w*|merkez\w*"
                               r"|қала\w*|облыс\w*|аудан\w*)(?!\w)|[ \u00a0]+(?:ve|ile|және)[ \u00a0]+[A-ZÇĞİÖŞÜА-ЯӘҒҚҢӨҰҮҺІ]")
# A Turkish institution named after the province it serves ("Sakarya Büyükşehir Belediyesi", "Diyarbakır Barosu",
# "Hatay Havalimanı"): the province is no place of its own there ("Nevşehir valiliğinde", in lower case, stays).
_TR_INSTITUTION_AFTER = re.compile(r"[ \u00a0]+(?:Büyükşehir|Belediye\w*|Valili\w*|Baro\w*|Havaliman\w*|Üniversite\w*"
                                   r"|Emniyet|İl[ \u00a0]|Ticaret[ \u00a0]+Odas|Sanayi[ \u00a0]+Odas|Devlet[ \u00a0]+Hastane)")
_TURKISH_PROVINCE_SET = frozenset(TURKISH_PROVINCES)


def _not_the_province(text: str, start: int, end: int) -> bool:
    """A province of :data:`TURKISH_PROVINCES` in an institution's name, or a place named by a common word
    opening a sentence with no case ending or province's word after it."""
    exact = text[start:end]
    if exact in _TURKISH_PROVINCE_SET and _TR_INSTITUTION_AFTER.match(text, end):
        return True
    return exact in _COMMON_WORD_PLACES and names.opens_sentence(text, start) and not _PLACE_WORD_AFTER.match(text, end)


def turkish_adjective(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a state's name that opens a sentence of Turkish text as the Turkish adjective it
    also is ("Mali piyasalarda dalgalanma sürüyor": financial markets), a place's name that opens one as the
    common word it also is ("Ağrı kesici", "Tokat atan", "Ақтау үкімі"), or a Turkish province inside an
    institution's name ("Yalova Belediyesi")."""
    if _not_the_province(text, start, end):
        return True
    if (text[start:end] not in _TR_ADJECTIVE_STATES or not names.opens_sentence(text, start)
            or not _TR_ONLY_LETTER.search(text, max(0, start - 200), end + 200)):
        return False
    nxt = _TR_NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) in _TR_FUNCTION_WORDS or _compound_head(nxt.group(1)):
        return False
    second = _TR_NEXT_WORD.match(text, nxt.end())  # "geçiş hükümeti": a bare noun, then the compound's head
    return second is None or _TR_CASED.search(nxt.group(1)) is not None or not _compound_head(second.group(1))
