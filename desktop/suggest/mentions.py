"""Document-level passes over the actors found in a text (no I/O, no Qt).

* :func:`beside_names` — the other members of a list of names, "the city of X" and a place
  before its state or country ("Debden, England"; a publisher before its imprint's city and year,
  "(Black Pepper, Melbourne, Australia, 2004)", is an organisation);
* :func:`repeated` — a name found once is found wherever the document writes it again;
* :func:`same_stem` — "Газпрома", "в Газпроме" take the name "Газпром" found beside them;
* :func:`oblique_organisation` — without it, "акции Газпрома", "в Газпроме", "с Газпромом"
  are read back to Газпром by the word that governs the case;
* :func:`elliptic_states` — "North and South Korea": "North" is North Korea;
* :func:`cities_and_states` — "PONCHATOULA, La. --", "Boulder, CO, Feb. 23", "Residents of Austin TX": a city and
  its state;
* :func:`link_surnames` — later mentions of a person by surname take the first full
  mention's name (and a surname written in capitals joins the name before it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from desktop.suggest import english_people, events, gazetteer, leads, names, russian_names
from desktop.suggest.repeated_names import repeated_mentions
from desktop.suggest.guesses import currency_word_after, function_word
from desktop.suggest.media import medium
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import UP

__all__ = [
    "beside_names", "cities_and_states", "elliptic_states", "link_surnames", "oblique_organisation",
    "place_type", "places_before_states", "repeated", "same_stem",
]


def place_type(form: str) -> tuple[str, str] | None:
    """The gazetteer's (canonical name, type) of a state or place written ``form``."""
    return gazetteer.types_by_form().get(form.casefold())


_ELLIPSIS = re.compile(r"(?<![\w-])(North|South|East|West)[ \u00a0]+and[ \u00a0]+(?:North|South|East|West)[ \u00a0]+([A-Z][a-z]+)(?![\w-])")
# The same in Russian for the two Koreas, in any case ("Северная и Южная Корея", "Северной и Южной Кореи").
_ELLIPSIS_RU = re.compile(r"(?<![\w-])(Северн|Южн)(?:ая|ой|ую)[ \u00a0]+и[ \u00a0]+(?:Северн|Южн)(?:ая|ой|ую)[ \u00a0]+Коре[яиюе](?![\w-])")


_BEFORE_A_STATE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+)[ \u00a0]?,(?=[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+|UK|U\.K\.|US|U\.S\.)"
    r"(?:[ \u00a0]?[,.;:)]|[ \u00a0]*$))", re.MULTILINE)


def places_before_states(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of a place written before its state, province or country and a comma
    ("Debden, England.", "Salt Publishing, Cambridge, UK", "born in Esna, Egypt,"; tokenised text's
    "Debden , England ," too): the name before the comma, when the gazetteer knows the one after
    it and punctuation follows."""
    return [(a, b) for a, b, kind in _before_places(text) if kind == "place"]


# A city, its state or country if written, and a year after a name and a comma, closing a parenthesis
# that the name opens: a book's imprint ("(Black Pepper, Melbourne, Australia, 2004)", "(Salt, London, 2009)").
_IMPRINT = re.compile(
    r"[ \u00a0]?,[ \u00a0](?P<city>(?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+)"
    r"(?:[ \u00a0]?,[ \u00a0](?:(?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+|UK|U\.K\.|USA|US|U\.S\.))?"
    r"[ \u00a0]?,[ \u00a0](?:1[5-9]|20)\d\d(?!\d)[ \u00a0]?\)")
_OPENS_PARENTHESIS = re.compile(r"\([ \u00a0]?$")


def _publisher(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` opens a parenthesis and stands before a city the gazetteer knows
    (not a state), its country, and a year that close it: a publisher ("(Black Pepper, Melbourne,
    Australia, 2004)"), not a place in that city; "Cambridge, UK, 2008" is a city before its state,
    and a caption's place, date and year outside brackets a place ("Pictured: Montmartre, Paris, 1925")."""
    if _OPENS_PARENTHESIS.search(text, max(0, start - 2), start) is None:
        return False
    imprint = _IMPRINT.match(text, end)
    city = place_type(imprint.group("city")) if imprint is not None else None
    return city is not None and city[1] == "place"


def _before_places(text: str) -> list[tuple[int, int, str]]:
    """:func:`places_before_states`, each with its type: "place", or "organisation" for a
    publisher before the city of its imprint and a year (:func:`_publisher`)."""
    out = []
    for m in _BEFORE_A_STATE.finditer(text):
        after = place_type(m.group(2))
        words = m.group(1).split()
        if after is None or after[1] not in ("state", "place") or place_type(m.group(1)) is not None:
            continue
        if words[0] in names.NOT_ENTITIES or words[0] in _NOT_PLACE_FIRST or gazetteer.is_demonym(m.group(1)):
            continue
        if any(w in _NOT_PLACE_WORDS for w in words) or _LIST_BEFORE.search(text, max(0, m.start(1) - 60), m.start(1)):
            continue  # "Senior Analyst, London": a post; "Smith, Jones, Brown, England": a list of names
        out.append((m.start(1), m.end(1), "organisation" if _publisher(text, m.start(1), m.end(1)) else "place"))
    return out


# Greetings and words of posts before a comma ("Hello, Georgia.", "Ms Smith, Senior Analyst, London"): no places.
_NOT_PLACE_WORDS = {"Hello", "Hi", "Hey", "Dear", "Thanks", "Thank", "Welcome", "Goodbye", "Bye", "Please", "Sorry",
                    "Congratulations", "Cheers", "Senior", "Junior", "Chief", "Head", "Analyst", "Director", "Manager",
                    "Editor", "Officer", "Correspondent", "Reporter", "Secretary", "Minister", "President", "Professor",
                    "Adviser", "Advisor", "Consultant", "Executive", "Assistant", "Deputy", "Researcher", "Fellow",
                    "Lecturer", "Spokesman", "Spokeswoman", "Coordinator", "Chairman", "Founder", "Author"}
# The last of two or more names in a list before the comma ("Smith, Jones, Brown, England").
_LIST_BEFORE = re.compile(r"[A-Z][a-z]+[ \u00a0]?,[ \u00a0][A-Z][a-z]+[ \u00a0]?,[ \u00a0]$")


# Words opening a sentence before a comma ("Today, Britain."): no places.
_NOT_PLACE_FIRST = {"Today", "Yesterday", "Now", "Then", "Later", "Earlier", "Again", "Also", "Still", "So", "And", "But",
                    "Yes", "No", "Well", "Here", "There", "Instead", "Otherwise", "Sir", "Madam", "Mr", "Mrs", "Ms", "Dr"}


# The states and provinces as US and Canadian datelines and addresses abbreviate them after a
# city ("PONCHATOULA, La. --", "Boulder, CO, Feb. 23", "Garden Grove, CA 92842", "Gatineau, Que."); a
# postal code before a comma only before a date or the country ("Jones, CO, of the unit": a commanding officer); an
# abbreviation before punctuation or the line's end, "D.C." before any word too ("Washington, D.C. and New York").
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Fl.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York State", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington State", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia", "Que.": "Quebec", "Ont.": "Ontario",
    "B.C.": "British Columbia", "Alta.": "Alberta", "Sask.": "Saskatchewan", "N.S.": "Nova Scotia",
}
_POSTAL_STATES = dict(zip(
    "AL AK AZ AR CA CO CT DE FL GA ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND PA RI SC SD TN TX UT VT "
    "VA WA WV WI WY DC".split(),
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
     "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland", "Massachusetts", "Michigan", "Minnesota",
     "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
     "New York State", "North Carolina", "North Dakota", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
     "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
     "District of Columbia"]))
POSTAL_CODES = frozenset(_POSTAL_STATES)  # read by desktop.suggest.guess_spans
_CITY_AND_STATE = re.compile(
    r"(?<![\w’'-])(?P<city>(?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+|[A-Z]{3,}(?:[ \u00a0][A-Z]{3,}){0,2})[ \u00a0]?,[ \u00a0]"
    r"(?:(?P<ap>" + "|".join(re.escape(k) for k in sorted(_AP_STATES, key=len, reverse=True)) + r")(?=[ \u00a0]?[,;:)(–—-]|[ \u00a0]*$|(?<=D\.C\.))"  # "D.C." before any word
    r"|(?P<code>" + "|".join(_POSTAL_STATES) + r")(?=[ \u00a0]\d{5}|[ \u00a0]?,[ \u00a0](?:[A-Z][a-z]{2,8}\.?[ \u00a0]\d|\d|USA|U\.S\.)"
    r"|[ \u00a0]+(?:--|—)))", re.MULTILINE)


# A town and its state's postal code after the people of a place ("Residents of Austin TX were evacuated", "people of
# Grand Rapids MI"): the town and the state, whether or not the recognisers know the town (AB, NV and SA there:
# organisations.places_before_their_people, whose longer span wins)
_PEOPLE_OF_CITY_AND_CODE = re.compile(
    r"(?<![\w’'-])(?:[Rr]esidents|[Cc]itizens|[Pp]eople)[ \u00a0]+of[ \u00a0]+(?P<city>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)"
    r"[ \u00a0](?P<code>" + "|".join(_POSTAL_STATES) + r")(?![\w’'-])")


_CITY_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \u00a0]$")


def code_after_city(text: str, start: int, end: int, places: frozenset[str] = frozenset()) -> bool:
    """``text[start:end]`` is a US state's postal code right after a city the gazetteer knows or the recognisers
    name (``places``), with no comma ("the plant in Austin TX closed", "deployed to Reno NV"): the city's state (or a
    country's code, "Toronto CA"), no organisation's acronym."""
    if text[start:end] not in _POSTAL_STATES:
        return False
    before = _CITY_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    known = place_type(before.group(1))
    return (known is not None and known[1] == "place") or (known is None and before.group(1) in places)


def cities_and_states(text: str) -> list[Suggestion]:
    """A city and its state or province as datelines and addresses abbreviate it ("PONCHATOULA,
    La. --", "Boulder, CO, Feb. 23", "Garden Grove, CA 92842"): two places, the state by its
    full name; the city in title case when written in capitals."""
    out = []
    for m in _CITY_AND_STATE.finditer(text):
        start = names.without_leading_preposition(text, m.start("city"), m.end("city"))  # "In Washington, D.C."
        city = text[start : m.end("city")]
        if city.split()[0] in names.NOT_ENTITIES or city.split()[0] in _NOT_PLACE_FIRST or gazetteer.is_demonym(city):
            continue
        state = _AP_STATES.get(m.group("ap") or "") or _POSTAL_STATES[m.group("code")]
        known = place_type(city)
        city_name = known[0] if known else (city.title() if city.isupper() else city)
        # above a recogniser's guess (0.65) of the city as a person ("Garden Grove, CA 92842")
        out.append(actor(start, m.end("city"), text, {"name": city_name, "type": known[1] if known else "place"}, 0.7))
        tag = "ap" if m.group("ap") else "code"
        out.append(actor(m.start(tag), m.end(tag), text, {"name": state, "type": "place"}, 0.7))
    for m in _PEOPLE_OF_CITY_AND_CODE.finditer(text):  # "Residents of Austin TX": above the code's acronym (0.6)
        known = place_type(m.group("city"))
        out.append(actor(m.start("city"), m.end("city"), text,
                         {"name": known[0] if known else m.group("city"), "type": known[1] if known else "place"}, 0.7))
        out.append(actor(m.start("code"), m.end("code"), text, {"name": _POSTAL_STATES[m.group("code")], "type": "place"}, 0.7))
    return out


def elliptic_states(text: str) -> list[Suggestion]:
    """The first of two states that share their last word, written once ("North and South
    Korea", "East and West Germany", "North and South Carolina", "Северная и Южная Корея"): "North"
    names North Korea, "Северная" North Korea."""
    out = []
    for m in _ELLIPSIS.finditer(text):
        found = place_type(f"{m.group(1)} {m.group(2)}")
        if found is not None and found[1] in ("state", "place"):  # "North and South Carolina": a US state
            out.append(actor(m.start(1), m.end(1), text, {"name": found[0], "type": found[1]}, 0.9))
    for m in _ELLIPSIS_RU.finditer(text):
        first = text[m.start() : text.index(" ", m.start())]
        out.append(actor(m.start(), m.start() + len(first), text,
                         {"name": "North Korea" if m.group(1) == "Северн" else "South Korea", "type": "state"}, 0.9))
    return out


def link_surnames(text: str, kept: list[Suggestion], taken: Taken) -> list[Suggestion]:
    """A surname in capitals joins the name before it; later mentions of a person by
    surname take the first full mention's name."""
    full: dict[str, dict[str, Any]] = {}
    kept = [_with_caps_surname(text, s, taken) for s in kept]
    for s in kept:
        name = str(s.attributes.get("name") or "")
        if s.attributes.get("type") != "person":
            continue
        if " " in name and _surname_alone(name.split()[-1]):  # not "Frank Whittle İngiliz" … "İngiliz"
            full.setdefault(names.fold(name.split()[-1]), s.attributes)
            for form in russian_names.surname_forms(name):  # later "Путину", "Грефа"
                full.setdefault(form, s.attributes)
        elif s.exact != name and s.exact.endswith(name) and _surname_alone(name):
            full.setdefault(names.fold(name), s.attributes)  # "Mr Obama", "Lord Byron": later "Obama", "Byron"
    placed = _surnames_that_are_places(text, kept)
    if not full and not placed:
        return kept
    people = [s for s in kept if s.attributes.get("type") == "person"]
    spelled = {names.fold(str(s.attributes["name"])): s.attributes["name"] for s in reversed(people)}  # first wins
    out = []
    for s in kept:
        name = str(s.attributes.get("name") or "")
        if s.attributes.get("type") == "person" and spelled.get(names.fold(name), name) != name:
            s = replace(s, attributes={**s.attributes, "name": spelled[names.fold(name)]})
        first = full.get(names.fold(name))
        person = _placed_surname(text, s, placed)
        if person is not None:
            s = replace(s, attributes={k: person[k] for k in ("name", "entity_id") if k in person} | {"type": "person"})
        elif s.attributes.get("type") == "person" and " " not in name and first is not None:
            link: dict[str, Any] = {k: first[k] for k in ("name", "entity_id") if k in first}
            s = replace(s, attributes={**s.attributes, **link})
        out.append(s)
    for start, end, surname in names.surname_mentions(text, full):
        if taken.overlaps(start, end):
            continue
        attrs: dict[str, Any] = {k: full[surname][k] for k in ("name", "entity_id") if k in full[surname]}
        attrs["type"] = "person"
        out.append(actor(start, end, text, attrs, 0.6))
        taken.add(start, end)
    return out


# In Turkish or Kazakh text, a surname that is also a province or city ("Mehmet Muş", "Алехандро Толедо") is the
# person where the document names it again alone ("Muş, ihracatın arttığını söyledi") or with a Kazakh ending glued
# to it ("Толедоның адвокаты"), not the place; a Turkish ending after an apostrophe ("Muş'ta") leaves the place.
_TR_OR_KK_LETTER = re.compile("[çğıöşüÇĞİÖŞÜәғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_GLUED_ENDING = re.compile(r"[а-яёәғқңөұүһі]{1,5}")


# How far back a person's full name is looked for when a province's name may be that person's surname
# ("Ticaret Bakanı Mehmet Muş … Muş, ihracatın arttığını söyledi"): a few paragraphs.
_SURNAME_REACH = 2000
_CAPITAL_NEXT = re.compile(f"[ ]+[{UP}]")


def _surnames_that_are_places(text: str, kept: list[Suggestion]) -> dict[str, dict[str, Any]]:
    """The last words of people's names of two words or more that the gazetteer knows as places, folded, in
    Turkish or Kazakh text."""
    if not _TR_OR_KK_LETTER.search(text):
        return {}
    placed: dict[str, dict[str, Any]] = {}
    for s in kept:
        words = str(s.attributes.get("name") or "").split()
        if s.attributes.get("type") == "person" and len(words) >= 2 and place_type(words[-1]) is not None:
            placed.setdefault(names.fold(words[-1]), s.attributes)
    return placed


def _placed_surname(text: str, s: Suggestion, placed: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The person whose surname the place ``s`` writes after the person's full name, or None."""
    if not placed or s.attributes.get("type") != "place" or "entity_id" in s.attributes or " " in s.exact:
        return None
    if text[s.end : s.end + 1] in ("'", "’") or _CAPITAL_NEXT.match(text, s.end):
        return None  # "Muş'ta": the province; "Kayseri Kadısı", "Kayseri Atatürk Stadı": a name it opens
    folded = names.fold(s.exact)
    for surname, person in placed.items():
        if folded == surname or (folded.startswith(surname) and _GLUED_ENDING.fullmatch(s.exact, len(surname))):
            # the person named shortly before, as a surname refers back in news; a name far back in a long
            # text is no reason to read a province as a person ("Kayseri" pages after "Davud el Kayseri")
            return person if text.find(str(person.get("name")), max(0, s.start - _SURNAME_REACH), s.start) >= 0 else None
    return None


def _surname_alone(name: str) -> bool:
    """A surname can be looked for alone later unless it is a month, a weekday or a discourse
    word, the gazetteer's place or a nationality word (a model's "Frank Whittle İngiliz")."""
    return (len(name) >= 3 and name not in names.NOT_ENTITIES and place_type(name) is None
            and not gazetteer.is_demonym(name))


def _with_caps_surname(text: str, s: Suggestion, taken: Taken) -> Suggestion:
    hit = names.caps_surname(text, s.end) if s.attributes.get("type") == "person" else None
    if (hit is None or taken.overlaps(s.end + 1, hit[0]) or place_type(hit[1]) is not None
            or (function_word(hit[1]) and " " in s.exact.strip())
            or events.names_an_award(text, hit[0] - len(hit[1]), hit[0]) or s.exact.isupper()
            or english_people.next_person_at(text, hit[0], str(s.attributes.get("name", "")), hit[1])):
        return s  # not "Paul Kaufman ONLY": a function word in capitals is emphasis ("Theresa MAY" is a surname);
        # not "Тоқаев ЭКСПО көрмесін": a contest; not "SAMUEL ALITO WROTE": a name in capitals ends where its rule says
    taken.add(s.end, hit[0])
    return replace(s, end=hit[0], exact=text[s.start : hit[0]], attributes={**s.attributes, "name": f"{s.attributes['name']} {hit[1]}"})


def repeated(text: str, kept: list[Suggestion], taken: Taken) -> list[Suggestion]:
    """A name found once, found again wherever the document writes it the same way,
    with the first mention's name, type and entity."""
    first: dict[str, Suggestion] = {}
    for s in kept:  # not "COVID-19" (a recogniser's slip, repeated), nor "Alman"
        if not any(map(str.isdigit, s.exact)) and not gazetteer.is_demonym(s.exact):
            first.setdefault(s.exact, s)
    out = []
    people = {form for form, s in first.items() if s.attributes.get("type") == "person"}
    for start, end, form in repeated_mentions(text, first, people):
        if (taken.overlaps(start, end) or names.demonym_suffix(text, end) or currency_word_after(text, start, end)
                or medium(text, start, end)):
            continue  # "ABD'li": from the US; "ABD doları": money; "сообщили в соцсети Weibo": a medium
        taken.add(start, end)
        out.append(actor(start, end, text, dict(first[form].attributes), 0.55))
    return out


def beside_names(text: str, kept: list[Suggestion], taken: Taken) -> list[Suggestion]:
    """Names the recognisers missed beside the ones they found: the other members of a
    list of names ("Tohpati, Ridho and Abdee Negara"; a list of states gives places), and
    a place after "the city/province of"."""
    typed = [(s.start, s.end, str(s.attributes.get("type", ""))) for s in kept]
    found = names.list_members(text, typed) + [(a, b, "place") for a, b in names.places_named_after_noun(text)]
    found += _before_places(text) + leads.subjects(text)  # "Westmere is a hamlet in …": desktop.suggest.leads
    out = []
    for start, end, kind in sorted(found):
        if taken.overlaps(start, end) or gazetteer.is_demonym(text[start:end]) or gazetteer.is_language(text[start:end]):
            continue  # "Texas, and Americans": a nationality in a list of places is none
        taken.add(start, end)
        kind = "place" if kind == "state" else kind
        out.append(actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": kind}, 0.55))
    return out


_RU_CASE_ENDING = re.compile(r"[а-яё]{1,3}")


def same_stem(kept: list[Suggestion]) -> list[Suggestion]:
    """A Russian name in an oblique case takes the name of its nominative found in the
    same document ("акции Газпрома", "в Газпроме": Газпром), so that one entity gets
    every mention; persons are put in the nominative by their own rules."""
    found = {str(s.attributes.get("name") or ""): s for s in kept if s.attributes.get("type") != "person"}
    out = []
    for s in kept:
        name = str(s.attributes.get("name") or "")
        if s.attributes.get("type") != "person" and name[-1:].islower():
            for cut in (1, 2, 3):
                base = found.get(name[:-cut])
                if base is not None and len(name) - cut >= 3 and _RU_CASE_ENDING.fullmatch(name[-cut:]) and base.attributes.get("type") == s.attributes.get("type"):
                    link: dict[str, Any] = {k: base.attributes[k] for k in ("name", "entity_id") if k in base.attributes}
                    s = replace(s, attributes={**s.attributes, **link})
                    break
        out.append(s)
    return out


# The case a word before an organisation's name gives it, and the ending that case adds to a
# name ending in a hard consonant: a genitive after a noun ("акции Газпрома"), the
# prepositional after "в", "на", "о" ("в Газпроме"), the instrumental after "с", "над",
# "под", "перед", "между" ("с Газпромом"), the dative after "к", "по" ("к Газпрому").
_GOVERNED = {
    "е": {"в", "во", "на", "о", "об", "при"},
    "ом": {"с", "со", "над", "под", "перед", "между", "за"},
    "у": {"к", "ко", "по"},
}
_NOT_GENITIVE_BEFORE = {"в", "во", "на", "о", "об", "при", "к", "ко", "по", "над", "под", "перед", "между", "за"}
# Nouns a name follows in apposition, in the nominative of its own ("компании Лента"), and
# a verb's endings ("заявила Лента"): after them a name's "-а" is its own.
_APPOSITION = re.compile(
    r"(?:компани|корпораци|концерн|банк|холдинг|фирм|групп|агентств|издани|газет|журнал|телеканал|канал|сет|"
    r"оператор|организаци|фонд|парти|движени|клуб|команд|завод|предприяти|обществ|радиостанци|сайт|портал|"
    r"оао|пао|зао|ооо|ао)[а-яё]*$"
    r"|(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат|ся|сь|ть)$"
)
_PREVIOUS_WORD = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]*)[ \u00a0]$")
_RU_NAME = re.compile(r"[А-ЯЁ][а-яё]{3,}")


def oblique_organisation(text: str, s: Suggestion) -> Suggestion:
    """A Russian organisation of one word in an oblique case, named by its nominative when
    the word before governs that case and the name ends in a hard consonant ("с Газпромом",
    "к Газпрому" → Газпром; "акции Газпрома", "в Газпроме" only when the text also writes
    "Газпром" or "Газпромом": "в Госдуме", "крупнейшая Лента" are a feminine's); left as
    written otherwise (after a noun in apposition, "компании Лента", or a verb, "заявила Лента")."""
    name = str(s.attributes.get("name") or "")
    if s.attributes.get("type") != "organisation" or name != s.exact or not _RU_NAME.fullmatch(name):
        return s
    before = _PREVIOUS_WORD.search(text, max(0, s.start - 40), s.start)
    if before is None:
        return s
    word = before.group(1).lower()
    for ending, governors in (*_GOVERNED.items(), ("а", None)):
        stem = name[: -len(ending)]
        if not name.endswith(ending) or len(stem) < 4 or stem[-1] in "аеёиоуыэюяйь":
            continue
        if governors is None:
            governs = word not in _NOT_GENITIVE_BEFORE and not _APPOSITION.search(word)
        else:
            governs = word in governors
        # "-ом" and "-у" are a masculine's own; "-е" and "-а" are also a feminine's ("в Госдуме",
        # "крупнейшая Лента"): those take the stem only when the text writes it, bare or in "-ом".
        if governs and (ending in ("ом", "у") or _written(text, stem)):
            return replace(s, attributes={**s.attributes, "name": stem})
    return s


def _written(text: str, stem: str) -> bool:
    """``text`` writes the Russian ``stem`` as a word, bare or in "-ом" ("Газпром", "Газпромом"). The stem is searched
    for first (a pattern that opens with a look-behind is tried at every character: 20 ms a call on 1 MB); an occurrence
    inside a longer word has letters before it, so the matches that begin a word are the ones to check."""
    return any(m.start() == 0 or not _WORD_CHAR.match(text, m.start() - 1)
               for m in re.finditer(rf"{stem}(?:ом)?(?![\w-])", text))


_WORD_CHAR = re.compile(r"[\w-]")


# A Turkish institution's name of several words takes its case ending without an apostrophe ("İstanbul
# Arkeoloji Müzesinde", "Milli Eğitim Bakanlığına", "Cumhuriyet Halk Partisinin"): the name ends at the
# compound's possessive (-sı, -ı, …), before the "n" and the ending.
_TR_ONLY_LETTER = re.compile("[ğıİşĞŞ]")
_TR_HEAD_WITH_ENDING = re.compile(r"(.*[bcçdfgğhjklmnprsştvyz][ıiuü])n(?:[dt][ae]n?|[ae]|[ıiuü]n|[ıiuü]|[dt][ae]ki)")


def _harmonious(vowel: str, ending: str) -> bool:
    """The case ending ``ending`` after the possessive's ``vowel`` keeps Turkish vowel harmony ("Müzesi" +
    "nde", "Bakanlığı" + "nın"); not "Fiorenti" + "na" of "ACF Fiorentina", no Turkish word."""
    own = next((c for c in ending if c in "aeıiouöü"), "")
    front = vowel in "iü"
    return own in ("eiü" if front else "aıu") and (own in "ae" or own == vowel)


def turkish_organisation(text: str, s: Suggestion) -> Suggestion:
    """A Turkish organisation of several words named without the case ending its last word carries
    ("İstanbul Arkeoloji Müzesinde" → İstanbul Arkeoloji Müzesi), in Turkish text (a letter only Turkish
    writes near it: not "Royal Marine", "Fortune"); the span stays as written."""
    name = str(s.attributes.get("name") or "")
    words = name.split()
    if (s.attributes.get("type") != "organisation" or len(words) < 2
            or not _TR_ONLY_LETTER.search(text, max(0, s.start - 200), s.end + 200)):
        return s
    m = _TR_HEAD_WITH_ENDING.fullmatch(words[-1])
    if m is None or not m.group(1)[:1].isupper() or not _harmonious(m.group(1)[-1], words[-1][len(m.group(1)) + 1 :]):
        return s
    return replace(s, attributes={**s.attributes, "name": " ".join([*words[:-1], m.group(1)])})
