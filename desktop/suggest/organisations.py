"""Organisations by pattern, in English, Russian and Turkish (no I/O, no Qt): capitalised
words before a head word ("National Bank", "Ministry of Trade and Integration", "Cumhuriyet Halk
Partisi"), a Russian ministry or agency with its genitive words ("Министерство иностранных дел"
and a known state after it), "Galeri …"; "Transport for London"; a name with a preposition
in capitals ("Doctors Without Borders"); "… International" ("Amnesty International"); a newspaper
named by its city or kind ("New York Times", "Daily Mail") or before the noun of its kind ("The Australian newspaper",
"Hürriyet gazetesi"); a government, consulate or embassy named by its nationality ("the Albanian
Government"); a utility named by what it sells ("Pacific Gas and Electric")."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest import gazetteer, kazakh_bodies, kazakh_heads, legal_forms, names, ner
from desktop.suggest.turkish_bodies import TR_DAY_PAPERS as _TR_DAY_PAPERS
from desktop.suggest.turkish_bodies import TR_OPENERS as _TR_OPENERS
from desktop.suggest.turkish_bodies import TR_PAPERS as _TR_PAPERS
from desktop.suggest.turkish_bodies import a_person as _a_person
from desktop.suggest.turkish_bodies import (day_paper_opening, name_before_body, opener_before, people_before_bodies,
                                            turkish_body_at)
from desktop.suggest.turkish_bodies import mid_sentence_names as _mid_sentence_names
from desktop.suggest.turkish_bodies import reporting as _reporting
from desktop.suggest.turkish_bodies import turkish_name_start as _turkish_name_start
from desktop.suggest.turkish_bodies import without_case_opener as _without_case_opener
from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP
from desktop.suggest.words import WORD_RE as _WORD_RE

__all__ = ["day_paper_opening", "find", "name_before_body", "one_by_one", "opener_before", "people_before_bodies",
           "places_before_their_people", "turkish_body_at"]

_CAP_EN = r"[A-Z][A-Za-z&-]*"
# A tail of "of/for/on" and capitalised words ("Bank of England"), which no day or month begins
# ("Bank of England on Monday") and no legal form is followed by ("Deutsche Bank AG of Germany").
_NO_DATE = "(?!(?:" + "|".join(sorted(names.MONTHS | names.DAYS)) + r")(?![\w’'-]))"
_ORG_TAIL_EN = (
    rf"(?:[ ](?:of|for|on)[ ](?:the[ ])?{_NO_DATE}{_CAP_EN}(?:[ ]{_CAP_EN}){{0,3}}"
    rf"(?:[ ]and[ ]{_CAP_EN}(?:[ ]{_CAP_EN}){{0,2}})?)*"
)
# The legal forms in capitals, longest first ("AB", "NV", "SA", "PLC" …), as an acronym opening a name
_FORM_ACRONYMS = "|".join(sorted(legal_forms.IN_CAPITALS, key=lambda f: (-len(f), f)))
_ORG_EN = re.compile(
    rf"(?<![\w’'])(?:(?:{_CAP_EN}[ ]){{1,4}}(?:(?:{names.LEGAL_FORMS}|{names.AMBIGUOUS_LEGAL_FORMS})(?:(?![\w’'-])|(?=[’']s(?![\w’'-])))|(?:{names.ORG_HEAD_WORDS_EN})"
    rf"(?![\w’'-]){_ORG_TAIL_EN})|(?:{names.ORG_HEAD_WORDS_EN})(?=[ ](?:of|for|on)[ ])(?![\w’'-]){_ORG_TAIL_EN})"
    rf"|(?<![\w’'])[A-Z][a-z]+bank(?![\w])"
    # a body named "… International" ("Amnesty International"; not "The International Space Station",
    # "Chicago International Airport")
    rf"|(?<![\w’'])(?!The[ ])(?:{_CAP_EN}[ ]){{1,2}}International(?![\w’'-])(?![ ][A-Z])"
    # a legal form's letters before a word with a capital inside it open one company's name ("AB InBev": AB is no
    # company alone there); not any acronym, which is more often a company and its product or a person ("IBM
    # WebSphere", "HP LaserJet", "GOP DeSantis"), nor "UK McLaren", "US MacBook" (:func:`find` leaves out a known place)
    rf"|(?<![\w’'&-])(?P<acronym>{_FORM_ACRONYMS})[ ](?!Mc|Mac)[A-Z][a-z]+[A-Z][a-z]{{2,}}(?![\w’'&-])"
    # the armed groups named "Islamic Jihad", with a nationality before it ("Egyptian Islamic Jihad",
    # "Palestinian Islamic Jihad"; EWT's weblogs name the first seven times, the model reads "Egyptian" a place)
    rf"|(?<![\w’'])(?:[A-Z][a-z]+(?:ian|an|ese|i)[ ])?Islamic[ ]Jihad(?![\w’'-])"
    # a public body named by its service and place ("Transport for London", "Transport for Wales")
    rf"|(?<![\w’'])Transport[ ]for[ ]{_CAP_EN}(?:[ ]{_CAP_EN}){{0,2}}(?![\w’'-])"
)
# A state's body named by its nationality ("the Albanian Government", "the Cuban Consulate", "the
# Italian Episcopal Conference"; a conference only of bishops, not "the African Climate Conference"):
# the first word a nationality (:func:`_national_bodies`). A lookahead, so that each capitalised word
# is tried as the nationality ("The Scottish Government", "On Monday Scottish Government ministers").
_NATIONAL_BODY = re.compile(
    r"(?<![\w’'-])(?=(?P<nation>[A-Z][a-z]+)(?P<rest>(?:[ ][A-Z][a-z]+){0,2}[ ]"
    r"(?:Government|Consulate|Embassy|Cabinet|High[ ]Commission|(?:(?<=Episcopal[ ])|(?<=Bishops[ ]))Conference)"
    r"(?![\w’'-])))")
# A preposition with a capital inside a name marks a title-case name: "Doctors Without Borders",
# "Reporters Without Borders", "Mothers Against Drunk Driving", "Médecins Sans Frontières".
_NAME_WITH_PREPOSITION = re.compile(
    rf"(?<![\w’'])[{_UP}][{_LOW}]+(?:[ ][{_UP}][{_LOW}]+)?[ ](?:Without|Against|Sans|Beyond)"
    rf"(?:[ ][{_UP}][{_LOW}]+){{1,3}}(?![\w’'-])"
)
_ORG_RU = re.compile(
    r"(?<![\w-])(?:[Мм]инистерств[оаеу]|[Аа]гентств[оаеу]|[Кк]омитет[а-я]{0,2}|[Фф]онд[а-я]{0,2})"
    r"(?:[ ](?:[а-яё]+(?:ого|его|ых|их|ой|ей|ии|ства|ния|ции|ки|ли|ов|ев|сти|ния)|дел|и)){1,4}"
    r"|(?<![\w-])[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их)"
    r"(?:[ ][а-яё]+)?[ ](?:банк|союз|фонд|комитет|совет|агентство)[а-я]{0,3}(?![\w])"
)
_ORG_TR = re.compile(
    rf"(?<![\w])(?!Yönetim[ ]Kurulu(?![\w]))(?:(?:[{_UP}][{_LOW}{_UP}'’]*|\d{{1,3}}\.)[ ]){{1,4}}"
    r"(?:Bankası|Bakanlığı|Birliği|Örgütü|Ajansı|Komitesi|Konseyi|Fonu|Kurumu|Başkanlığı|Meclisi"
    r"|Teşkilatı|Şirketi|Odası|Üniversitesi|Galerisi|Müzesi|Partisi|Sendikası|Vakfı|Derneği|Kurulu(?![ ]Güc)|Federasyonu"
    r"|Konfederasyonu|Cemiyeti|Enstitüsü|Akademisi|Holding|Belediyesi|Valiliği|Kaymakamlığı|Müdürlüğü"
    r"|Savcılığı|Başsavcılığı|Mahkemesi|Kuvvetleri)(?![\w])"
    rf"|(?<![\w])(?:Galeri|Müze)(?:[ ][{_UP}][{_LOW}]+){{1,3}}"
)
# A newspaper named by its city or its kind ("New York Times", "Washington Post", "Daily Mail",
# "Financial Times"); "Hard Times", "Blog Post" are none.
_PAPER = re.compile(
    rf"(?<![\w’'])(?P<before>(?:{_CAP_EN}[ ]){{1,3}})(?:Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Chronicle"
    rf"|Globe|Star|Mail|Mirror|Observer|Examiner|Inquirer|Enquirer|Courier|Express)(?![\w’'-])")
_PAPER_KINDS = {"Daily", "Sunday", "Evening", "Morning", "Financial", "Wall Street", "Sunday Morning", "National"}
# A title named before the noun of its kind ("The Australian newspaper", "the Guardian newspaper",
# "Time magazine", "Hürriyet gazetesi", "Nokta dergisi"): the name is a publisher's, even when it reads
# as a nationality ("The Australian") or a common word ("Time").
# Turkish's compound form in any case ("Sözcü gazetesinde"); one word opening a sentence is no title there
# either ("Okul gazetesi", "Spor gazetesi": a school's, a sports paper).
# Other Turkish organisations named before their kind the same way ("Anadolu ajansına", "Galatasaray kulübünün").
# Their kinds are also what a person owns ("Mesut Özil kulübünden": his club, "Elon Musk şirketinin": his company),
# so a name the recogniser takes for a person is left to it, and a lower-case "partisi" (his party: "Erdoğan
# partisinin"; a party's own name writes "Partisi") is no kind; one word opening a sentence never counts here.
_PUBLICATION = re.compile(r"[ ](?:newspaper|magazine|tabloid|weekly|broadsheet|(?:gazete|dergi)si(?:n(?:de|e|in|i|den)|yle)?"
                          r"|(?P<kind>(?:ajansı|kulübü|televizyonu|radyosu|sendikası|holdingi|şirketi)"
                          r"(?:n(?:da|de|dan|den|a|e|ın|in|un|ün|ı|i|u|ü)|yla|yle)?))(?![\w])")
# A utility named by what it sells after one to three capitalised words ("Pacific Gas and Electric",
# "Florida Power & Light", "American Telephone and Telegraph"): one company, not a list.
_UTILITY = re.compile(r"(?:Gas|Power|Light|Water|Telephone|Electric)[ ](?:and|&)[ ]"
                      r"(?:Electric|Light|Power|Gas|Telegraph|Water|Sewer)(?![\w’'-])")
_WORDS_BEFORE = re.compile(rf"(?<![\w’'])(?:(?:{_CAP_EN}|[{_UP}][{_LOW}]+)[ ]){{1,3}}$")
_TRAILING_CONNECTOR = re.compile(r"(?:[ ](?:и|по|при|на|в))+$")
_ORG_LEADING_NOISE = {"The", "In", "On", "At", "By", "For", "From", "And", "But", "With", "As", "A", "An"}
# A company's legal form ending a match ("Tesco plc", "Proastiakos S.A."): the words before it may
# hold a day or an adverb that opens the clause ("On Monday Tesco plc said", "Separately Unilever plc").
LEGAL_FORM = re.compile(rf"[ ](?:{names.LEGAL_FORMS}|{names.AMBIGUOUS_LEGAL_FORMS})$")
_AMBIGUOUS_FORM = re.compile(rf"[ ](?:{names.AMBIGUOUS_LEGAL_FORMS})$")
_CLAUSE_ADVERBS = {"Earlier", "Later", "Now", "Then", "Also", "Still", "Meanwhile", "Elsewhere"}


def _clause_opener(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` before a company's name is a day ("Friday", "Yesterday") or an adverb
    opening its sentence ("Separately", "Earlier"), not the name's."""
    return word in names.NOT_ENTITIES or (names.opens_sentence(text, start) and (
        word in _CLAUSE_ADVERBS or (len(word) > 6 and word.endswith("ly"))))  # not "Kelly", "Italy"


def _company(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool],
             people: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
             companies: frozenset[str] = frozenset()) -> int:
    """Where a company named before its legal form ``text[start:end]`` begins, without a day or
    an adverb before it; ``end`` when no name is left or the name is a known place before "S.A."
    ("In Adelaide S.A.": South Australia), or, before a form that is a region's code too (AB, NV, SA),
    a person or a place the recognisers name (``people``, ``places``) or a titled person ("Carson City NV", "Mr Oyj"),
    or a place the words around it make of it (:func:`_place_with_its_code`; ``companies``: the recognisers'
    organisations)."""
    form = LEGAL_FORM.search(text, start, end)
    if form is None:
        return start
    while start < form.start():
        first = _WORD_RE.match(text, start)
        if first is None or not _clause_opener(text, start, first.group()):
            break
        nxt = _WORD_RE.search(text, first.end(), form.start())
        start = nxt.start() if nxt is not None else form.start()
    if start >= form.start() or ((form.group() in (" S.A.", " ASA") or _AMBIGUOUS_FORM.match(form.group()))
                                 and is_known_place(text, start, form.start())):  # "UK ASA": the UK's Advertising Standards Authority
        return end
    if _AMBIGUOUS_FORM.match(form.group()) and (not _english_line(text, start) or _shouted(text[start : form.start()])
                                                 or ((_named_otherwise(text, start, form, people, places)
                                                      or _place_with_its_code(text, start, is_known_place, places, companies))
                                                     and not _held(text, start) and not _company_s_noun_after(text, end)
                                                     and not _seated_in_a_place(text, end, is_known_place, places))):
        return end  # "Merkel AB liderleriyle": the EU in Turkish; "PAG NAKITA MONG MAY LUMALANDI SA CRUSH MO": shouting
    return start


# One or two title-case words and a region's code (AB: Alberta, NV: Nevada, SA: South Australia or Africa) before
# the people or the offices of a place ("Carson City NV officials", "Nelspruit SA police"): a place, however the
# model reads it at a sentence's start, not a company ("Volvo AB said", "Philips NV chief executive").
_PLACE_BEFORE_ITS_PEOPLE = re.compile(
    r"(?<![\w’'-])(?P<place>(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ](?P<code>AB|NV|SA))[ ](?P<people>officials|residents"
    r"|police|authorities|voters|locals|council|councillors|mayor|sheriff|firefighters|lawmakers)(?![\w’'-])")
# ... or after a preposition of place ("Police in Elko NV said", "a ranch near Reno NV", "born in Port Elizabeth SA",
# "Residents of Elko NV"),
# not after a holding's noun or verb, whose "in" names a company ("a stake in Volvo AB", "invested in Philips NV").
_PLACE_WITH_CODE = re.compile(r"(?<![\w’'-])(?P<place>(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ](?P<code>AB|NV|SA))(?![\w’'-])")
_PLACE_WITH_CODE_AT = re.compile(r"(?<![\w’'-])(?=[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:AB|NV|SA)(?![\w’'-]))")  # at each word
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:(?P<word>[A-Za-z]+)[ \u00a0]+)?(?:[Ii]n|near|outside"
                                       r"|(?<=[Rr]esidents[ ])of|(?<=[Cc]itizens[ ])of|(?<=[Pp]eople[ ])of)[ \u00a0]+$")
_HOLDING_WORDS = frozenset("""stake stakes share shares holding holdings interest interests investment investments invest
    invests invested investing investor investors position positions""".split())


_OF_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[A-Za-z]+)[ \u00a0]+of[ \u00a0]+$")


def _held(text: str, start: int) -> bool:
    """A holding's noun or verb and "in" or "of" come right before ``start`` ("a stake in", "Shares in", "invested in",
    "Shares of"): what follows is a company, whatever the recognisers call it."""
    before = (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
              or _OF_BEFORE.search(text, max(0, start - 40), start))
    return before is not None and (before.group("word") or "").lower() in _HOLDING_WORDS


# Nouns of a company's own that follow its name ("a rise in Volvo AB orders", "outside Philips NV headquarters",
# "the fall in Nestle SA shares"): the name is a company's, whatever the preposition before it or the recognisers say.
_COMPANY_S_NOUN = re.compile(r"[ \u00a0]+(?:shares?|stocks?|shareholders|headquarters|HQ|orders|plants?|factory|factories"
                             r"|earnings|profits?|revenues?|sales|executives?|management|brands?|products|subsidiary"
                             r"|subsidiaries)(?![\w’'-])")


def _company_s_noun_after(text: str, end: int) -> bool:
    """A noun of a company's own follows ``end`` ("Volvo AB orders", "Philips NV headquarters")."""
    return _COMPANY_S_NOUN.match(text, end) is not None


# "in" and a place the gazetteer or the recognisers know right after a name and its form ("Danone SA in Paris said",
# "Heineken NV in Amsterdam"): a company and the town it sits in, whatever the recognisers call the name ("Elko NV in
# March", "Nelspruit SA police" stay places)
_IN_A_PLACE_AFTER = re.compile(r"[ \u00a0]+in[ \u00a0]+(?P<place>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?![\w’'-])")


def _seated_in_a_place(text: str, end: int, is_known_place: Callable[[str, int, int], bool],
                       places: frozenset[str]) -> bool:
    """"in" and a known place follow ``end`` ("Danone SA in Paris"): the name before is a company's."""
    m = _IN_A_PLACE_AFTER.match(text, end)
    return m is not None and (m.group("place") in places or is_known_place(text, m.start("place"), m.end("place")))


# Words of a settlement's own name ("Carson City", "Boulder Creek"): a place before "officials" too.
_SETTLEMENT_NAME_WORDS = frozenset("""City Town Village Springs Falls Beach Bay Port Lake Fort Mount Creek Valley Heights
    Harbor Harbour Point""".split())


def _place_with_its_code(text: str, start: int, is_known_place: Callable[[str, int, int], bool],
                         places: frozenset[str] = frozenset(), companies: frozenset[str] = frozenset()) -> bool:
    """One or two title-case words and a region's code at ``start`` name a place (:data:`_PLACE_BEFORE_ITS_PEOPLE`,
    :data:`_PLACE_PREPOSITION_BEFORE`), not a company with its legal form. Before "officials", which a company has
    too, and after a preposition of place, which a company takes too ("a rise in Volvo AB orders"), only a
    settlement's word, a place the gazetteer or the recognisers know, or a code other than AB that no recogniser's
    organisation covers makes a place ("Nelspruit SA officials", "Police in Elko NV"; not "Ericsson AB officials",
    "Nestle SA officials", "outside Philips NV headquarters": AB is a Swedish company's form, Alberta's places are
    written with a comma), except an Alberta town (:data:`legal_forms.ALBERTA_TOWNS`) before AB, a place after any word
    ("from Banff AB to Calgary"); after a holding's "in" or "of" or before a company's own noun it is never one."""
    m = _PLACE_BEFORE_ITS_PEOPLE.match(text, start)
    if m is None:
        m = _PLACE_WITH_CODE.match(text, start)
        if (m is None or (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 40), start) is None
                          and not (m.group("code") == "AB" and m.group("name") in legal_forms.ALBERTA_TOWNS))
                or _held(text, start) or _company_s_noun_after(text, m.end())):
            return False  # an Alberta town before AB is the place after any word ("from Banff AB to Calgary")
    elif m.group("people") != "officials":
        return True
    name = m.group("name")
    if (any(w in _SETTLEMENT_NAME_WORDS for w in name.split()) or name in places or m.group("place") in places
            or is_known_place(text, m.start("name"), m.end("name"))
            or (m.group("code") == "AB" and name in legal_forms.ALBERTA_TOWNS)):  # "Red Deer AB officials"
        return True
    if name in legal_forms.COMPANIES_BEFORE_A_CODE:
        return False  # "Heineken NV officials": the company
    return m.group("code") != "AB" and name not in companies and m.group("place") not in companies


def places_before_their_people(text: str, is_known_place: Callable[[str, int, int], bool],
                               places: frozenset[str] = frozenset(), companies: frozenset[str] = frozenset()
                               ) -> list[tuple[int, int]]:
    """``(start, end)`` of a place and its region's code before the place's people or offices ("Carson City NV"
    of "Carson City NV officials said") or after a preposition of place ("in Elko NV"), without a day or an
    adverb opening the sentence before it (:func:`_place_with_its_code`)."""
    out: list[tuple[int, int]] = []
    for at in _PLACE_WITH_CODE_AT.finditer(text):
        m = _PLACE_WITH_CODE.match(text, at.start())
        if m is None or (out and m.start() < out[-1][1]) or not _place_with_its_code(text, m.start(), is_known_place,
                                                                                      places, companies):
            continue
        start = m.start()
        first = _WORD_RE.match(text, start)
        if first is not None and (first.group() in _ORG_LEADING_NOISE or _clause_opener(text, start, first.group())):
            start = first.end() + 1  # "In Nelspruit SA police …": the place alone
        if " " in text[start : m.end("place")]:  # not "Yesterday SA officials": a code alone
            out.append((start, m.end("place")))
    return out


def _named_otherwise(text: str, start: int, form: re.Match[str], people: frozenset[str], places: frozenset[str]) -> bool:
    """The words before an ambiguous legal form end with a person the recognisers name ("Mayor Oscar Goodman NV"),
    alone or with the form a place they name ("Carson City NV", "Nelspruit SA"), or a title or an honorific makes
    them a person's name ("Mr Oyj")."""
    words = text[start : form.start()].split()
    return (_a_person(words, people) or _a_person(words, places) or _a_person([*words, form.group().strip()], places)
            or any(b < form.start() - start for b, _e, _n, _t in names.honorific_people(text[start : form.end()])))


def _shouted(name: str) -> bool:
    """Two words or more, all in capitals: a line shouted, not a company's name before its form ("BBVA SA")."""
    words = name.split()
    return len(words) > 1 and all(w.isupper() for w in words)


_NEAR = 300  # characters either side of a legal form whose words tell its line's language


def _english_line(text: str, pos: int) -> bool:
    """The line (paragraph) at ``pos`` reads as English (:func:`desktop.suggest.ner.own_language`), by its
    words within :data:`_NEAR` characters (a reflowed PDF is one long line: reading all of it at each form
    took time growing with the square of its length)."""
    line_start = max(text.rfind("\n", max(0, pos - _NEAR), pos) + 1, pos - _NEAR, 0)
    line_end = text.find("\n", pos, pos + _NEAR)
    return ner.own_language(text[line_start : line_end if line_end >= 0 else pos + _NEAR]) == "en"


english_line = _english_line  # for the rules of other modules (names.given_name_people)


_AG_OR_SE = re.compile(r"[ ](AG|SE)$")
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[ \u00a0]+$")


def _post_or_model(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool]) -> bool:
    """A name before AG or SE after "the" is a post ("the Texas AG", "The Deputy AG") or a product's
    model ("The Apple Watch SE", "the Surface Laptop SE"), not a company; AG after a state or place
    the gazetteer knows is its attorney general ("Ohio AG sued")."""
    form = _AG_OR_SE.search(text, start, end)
    if form is None:
        return False
    return (_THE_BEFORE.search(text, max(0, start - 5), start) is not None
            or (form.group(1) == "AG" and is_known_place(text, start, form.start())))


# A reviewer's verdict on a body's work, as a review's heading writes it ("Horrible Service !", "Good Service -
# Limited Results"): an adjective of praise or blame and a head word alone, no name.
_VERDICTS = frozenset("""Good Great Excellent Horrible Terrible Bad Poor Awful Worst Amazing Wonderful Fantastic
    Outstanding Friendly Rude Slow Lousy Superb Exceptional Disappointing Perfect Nice Fabulous Incredible
    Unprofessional Helpful Courteous Pathetic Disgusting""".split())


# a verdict is a heading: it opens its line or sentence, and the line ends, a mark or "and"/"but" follows it
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"')]*[ \u00a0]+$")
_VERDICT_AFTER = re.compile(r"[ \u00a0]*(?:$|[!.,:;?\-–—]|(?:and|but|&)[ \u00a0])", re.MULTILINE)


def _verdict(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool]) -> bool:
    """``text[start:end]`` is a verdict and a head word heading a review ("Terrible Service !", "Great Service and
    a fair price"), not an organisation's name ("Nice Council said …": a place's council, a sentence's subject)."""
    words = text[start:end].split()
    if len(words) != 2 or words[0] not in _VERDICTS or is_known_place(text, start, start + len(words[0])):
        return False
    before = text[max(text.rfind("\n", 0, start) + 1, start - 40) : start]
    return (not before.strip() or _SENTENCE_END_BEFORE.search(before) is not None) and _VERDICT_AFTER.match(text, end) is not None


# "The White House said …", "Downing Street denied …" (see names.SEATS_OF_GOVERNMENT)
_SEATS = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names.SEATS_OF_GOVERNMENT, key=len, reverse=True))
                    + "|" + names.SEAT_FORMS + r")(?![\w-])")


_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'])(?:[Aa]|[Aa]n)[ \u00a0]$")
# Nouns an organisation's name is the modifier of ("a Ministry of Defence spokesman"): the
# article is theirs, and the name a name.
_MODIFIED = re.compile(
    r"[ \u00a0](?:spokes(?:man|woman|person)|officials?|sources?|statement|report|delegation|team|member|officer"
    r"|employee|staff|worker|representative|lawyer|adviser|advisor|analyst|researcher|study|survey|investigation"
    r"|inquiry|decision|ruling|letter|document|release|plan|programme|program|project|grant|contract)s?(?![\w])")


def turkish_head_last(exact: str) -> bool:
    """``exact`` ends with the head of a Turkish organisation's name ("… Sendikası", "… Vakfı"): the
    name is complete, and a place written after it is a name of its own."""
    found = _ORG_TR.search(exact)
    return found is not None and found.end() == len(exact)


def _described(text: str, start: int, end: int) -> bool:
    """A pattern's match after "a"/"an" that modifies no noun after it: a description ("a
    Technology Centre which …", "a Hybrid Organization"), not an organisation's name."""
    return _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None and not _MODIFIED.match(text, end)


# "and" before a head word and "of" starts a second organisation ("the Ministry of Defence and Ministry
# of Interior"); before other words, a bare head word among them, it joins the first one's field
# ("Ministry of Trade and Integration", "Federal Department of Justice and Police").
_AND_ANOTHER = re.compile(rf"[ ]and[ ](?:the[ ])?(?=(?:{names.ORG_HEADS_EN})[ ]of[ ])")


def one_by_one(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each organisation a match joins over "and" before a head word and "of"."""
    out = []
    for m in _AND_ANOTHER.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, end)]


def _without_leading_noise(text: str, start: int, words: list[str], end: int,
                           openers: frozenset[str] = frozenset()) -> tuple[int, list[str]]:
    """Where a name of ``words`` written at ``start`` begins without a sentence's leading word
    ("In", "On"; "The" when it opens a sentence: mid-sentence "The Australian newspaper" keeps
    it as the title's) or one of ``openers``, and its words; ``end`` when none is left."""
    while words and (words[0] in openers or words[0] in _ORG_LEADING_NOISE
                     and (words[0] != "The" or names.opens_sentence(text, start))):
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        words = words[1:]
    return start, words


def _not_a_title(text: str, start: int, word: str) -> bool:
    """One word before a publication's noun that names no title: a nationality or a place ("the
    Russian newspaper Kommersant", "a Kazakh weekly"; "The Australian" is a title with its "The"
    only), or an owner after "a"/"an" ("a Murdoch tabloid": a description)."""
    return (gazetteer.is_demonym(word) or gazetteer.types_by_form().get(word.casefold()) is not None
            or _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None)


def _national_bodies(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of a state's government, consulate, embassy or bishops' conference
    named by its nationality ("the Albanian Government", "Cuban Consulate"), not in a headline."""
    out: list[tuple[int, int]] = []
    for m in _NATIONAL_BODY.finditer(text):
        if (not out or m.start() >= out[-1][1]) and gazetteer.is_demonym(m.group("nation")) \
                and not names.title_line(text, m.start()):
            out.append((m.start(), m.end("rest")))
    return out


# Companies and publications that English news names by one word of their own, which the small English model reads as
# a person or a place or misses ("Shell said", "Micron reported", "Hulu will stream", "contracts awarded to Bechtel").
# Only names that are no common word, given name, place or well-known person in capitals: not Apple, Amazon, Target,
# Ford, Dell, Disney, Bloomberg, Honda ("Harrison Ford", "Michael Bloomberg", the Amazon river). Not in the gazetteer,
# whose names are places to the rules of legal forms ("Siemens AG" would lose its form).
COMPANIES = frozenset("""Airbus Alibaba AstraZeneca Baidu Bechtel Boeing Chevron Compaq Corel Deloitte Exxon ExxonMobil
    Gazprom Halliburton Huawei Hulu Intel Lukoil Micron Microsoft Motorola Nestlé Netflix Newsweek Nokia Novartis Nvidia
    Pfizer PricewaterhouseCoopers Qualcomm Raytheon Rosneft Samsung Shell Siemens Spotify Tencent Unilever Volkswagen
    Wal-Mart Walmart Yandex""".split())
_COMPANY = re.compile(r"(?<![\w’'@#.&-])(?:" + "|".join(sorted(COMPANIES, key=len, reverse=True))
                      + r")(?![\w&-]|[’'][A-Za-z]{2}|[ \u00a0]+[A-Z])")


# Lower-case words after a listed company's name that make it a common word ("Shell casings", "Shell shock", "Intel
# officers": intelligence), no company.
_COMMON_WORD_BEFORE = {
    "Shell": frozenset("casing casings shock shocked fragment fragments hole holes game games company companies".split()),
    "Intel": frozenset("""officer officers agency agencies community source sources chief chiefs analyst analysts
        briefing briefings report reports operative operatives service services failure failures""".split()),
}
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:The|A|An|Its|His|Her|Their|Our|Your|My|This|That)[ \u00a0]+$")


def companies(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each company of :data:`COMPANIES` named in ``text``, but before a capitalised word: a
    product or a longer name ("Microsoft Windows", "Shell Oil Co"), the recognisers' to read; nor before a word that
    makes it a common word (:data:`_COMMON_WORD_BEFORE`: "Shell casings", "Intel officers"), nor after a determiner
    in a headline in title case ("Crab Leaves Its Shell")."""
    out = []
    for m in _COMPANY.finditer(text):
        after = _NEXT_LOWER_WORD.match(text, m.end())
        if _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) and (
                names.short_title_line(text, m.start()) or names.title_line(text, m.start())):
            continue
        if after is None or after.group(1) not in _COMMON_WORD_BEFORE.get(m.group(), frozenset()):
            out.append((m.start(), m.end()))
    return out


_JIHAD_AFTER_A_WORD = re.compile(r"(?P<word>[A-Z][a-z]+)[ ]Islamic[ ]Jihad")


def _without_state_before_jihad(text: str, start: int, end: int, is_known_place: Callable[[str, int, int], bool]) -> int:
    """Where "Islamic Jihad" starts when the word before it is a state or a place, not a nationality ("Iran Islamic
    Jihad cells": Iran, then the group; "Egyptian Islamic Jihad" stays whole)."""
    m = _JIHAD_AFTER_A_WORD.fullmatch(text, start, end)
    if m is not None and is_known_place(text, m.start("word"), m.end("word")):
        return m.end("word") + 1
    return start


def find(text: str, is_known_place: Callable[[str, int, int], bool],
         people: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
         companies: frozenset[str] = frozenset(), tick: Callable[[], None] = lambda: None) -> list[tuple[int, int]]:
    """``(start, end)`` of the organisations the patterns find; ``is_known_place(text, start,
    end)`` says whether a word is a state or place the gazetteer knows; ``people`` are the
    names (and surnames) the recognisers take for persons in the text, ``places`` the places and states
    they name (no company's legal form is read after either: "Carson City NV"), ``companies`` the
    organisations they name ("Nestle SA officials": a company). ``tick()`` is called twice, after the
    English patterns (about 0.25 s on 1 MB) and after the Russian and Turkish ones: reports and cancel points of detection."""
    out: list[tuple[int, int]] = []
    for rx in (_ORG_EN, _ORG_RU, _ORG_TR):
        if rx is _ORG_RU:
            tick()
        for m in rx.finditer(text):
            start, end = m.start(), m.end()
            first = _WORD_RE.match(text, start)
            while first is not None and first.group() in _ORG_LEADING_NOISE:
                nxt = _WORD_RE.search(text, first.end())
                if nxt is None or nxt.start() >= end:
                    break
                start = nxt.start()
                first = nxt
            if (rx is _ORG_EN and m.group("acronym") and m.group("acronym") not in gazetteer.turkish_acronyms()
                    and is_known_place(text, start, m.end("acronym"))):
                continue  # "UK PayPal users": a state and a company (not "AB InBev": AB, the EU, only in Turkish)
            if rx is _ORG_EN:
                start = _company(text, start, end, is_known_place, people, places, companies)  # "Monday Tesco plc", "Adelaide S.A."
                start = _without_state_before_jihad(text, start, end, is_known_place)  # "backed by Iran Islamic Jihad"
            if rx is _ORG_TR:
                start = _without_case_opener(text, start, end, is_known_place)  # "Toplantıya Türk Tabipleri Birliği"
                start = _turkish_name_start(text, start, end, is_known_place, people)  # "Bugün Anayasa Mahkemesi"
            exact = _TRAILING_CONNECTOR.sub("", text[start:end].rstrip())  # "министерстве образования и"
            end = start + len(exact)
            if len(exact) < 4 or _described(text, start, end) or (rx is _ORG_EN and (
                    _post_or_model(text, start, end, is_known_place) or _verdict(text, start, end, is_known_place))):
                continue
            # a trailing known state in Russian ("… Республики Казахстан")
            nxt = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
            if nxt is not None and rx is _ORG_RU and is_known_place(text, nxt.start(), nxt.end()):
                end = nxt.end()
            out += one_by_one(text, start, end) if rx is _ORG_EN else [(start, end)]
    tick()
    out += [(m.start(), m.end()) for m in _NAME_WITH_PREPOSITION.finditer(text) if not names.title_line(text, m.start())]
    for m in _PAPER.finditer(text):
        before = m.group("before").strip()
        start = m.start() + 4 if before.startswith("The ") else m.start()
        before = before[4:] if before.startswith("The ") else before
        if before in _PAPER_KINDS or (before and is_known_place(text, start, start + len(before))):
            out.append((start, m.end()))
    out += [(m.start(), m.end()) for m in _SEATS.finditer(text)]
    out += _national_bodies(text)
    out += kazakh_bodies.bodies(text)  # "Мәжілісте", "Үкіметпен"
    out += kazakh_heads.organisations(text, is_known_place) + kazakh_heads.quoted(text)  # "Макинск құс фабрикасы", "«Болашақ» ЖШС"
    for m in _UTILITY.finditer(text):  # found by its rare words first, then the name before them
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is not None and not names.title_line(text, m.start()):  # "Ukraine Restores Power and Water to …"
            start, _words = _without_leading_noise(text, before.start(), before.group().split(), m.start())
            out.append((start, m.end()))
    mid: frozenset[str] | None = None
    for m in _PUBLICATION.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start() + 1)
        if before is None:
            continue
        start, words = _without_leading_noise(text, before.start(), before.group().split(), m.start(), _TR_OPENERS)
        opening = names.opens_sentence(text, start)
        if m.group("kind") and _a_person(words, people):
            continue  # "Mesut Özil kulübünden": his club
        if words and opening and len(words) == 1 and not m.group("kind"):
            mid = _mid_sentence_names(text) if mid is None else mid
            # "Okul gazetesi": a school's; "Hürriyet gazetesi … Hürriyet'in" a title; Turkey's national papers always
            opening = words[0] not in mid and (words[0] not in _TR_PAPERS or (
                words[0] in _TR_DAY_PAPERS and not _reporting(text, m.start())))
        if len(words) > 1 or (words and not opening and not _not_a_title(text, start, words[0])):
            out.append((start, m.start()))  # not "Local newspaper reports", "the Russian newspaper", "a Murdoch tabloid"
    return out
