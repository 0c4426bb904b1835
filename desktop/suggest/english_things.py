"""English names of things that the recognisers offer as actors: dishes, products, a finance facility's acronym (no I/O, no Qt).

Web text (reviews, e-mails, answers) names many things in capitals that a small model reads as organisations or
places: a review's dishes ("the Fried Crab Wontons", "the Neptune Platter"), a car or a program by its maker and its
model ("a Mitsubishi Eclipse", "on Yahoo Messenger", "a pre-owned BMW"), a company's finance facility spelt out and
then shortened ("the Off Balance Sheet Facility ( OBSF )", then "OBSF" a dozen times). None of them is a party to
what the text says. :func:`drop` leaves such suggestions out (never a store's entity); :func:`retyped` makes a
known company with a US state's or a province's code that the model calls a place an organisation ("Officials at
Apple CA said").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from desktop.meaning.date_base import MONTH_NAMES_EN
from desktop.meaning.numbers import continental_sentence
from desktop.suggest.legal_forms import AMBIGUOUS, COMPANIES_BEFORE_A_CODE, FORMS, IN_CAPITALS
from desktop.suggest.mentions import POSTAL_CODES
from desktop.suggest import (common_words, english_addresses, english_calendar, english_code, english_contracts, english_feasts,
                             english_firm_persons, english_headlines, english_informal, english_instruments, english_letters, english_posts,
                             english_shouting, english_sources, english_terms, english_vessels, english_works)
from desktop.suggest.english_posts import OFFICER_TITLE_WORDS
from desktop.suggest.guesses import function_word
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.unit_names import currency_before_a_number, unit_after_a_number

__all__ = ["CAR_MAKERS", "SOFTWARE_MAKERS", "code_after_a_town", "drop", "retyped", "towns_before_a_code"]

# A dish's own noun as the last word of a review's capitalised name ("Fried Crab Wontons", "BBQ Spare Ribs", "Neptune
# Platter", "Parmigiana"), or as its first before an Italian or French joining word ("Spaghetti alla Barese"). Only the
# last word: "Burger King", "Pizza Hut", "Sullivan's Steak House" are restaurants; "Lobster", "Chicken" name places and
# firms too ("Red Lobster") and are left out; a person is none ("Camille Parmesan").
_DISHES = frozenset("""Wonton Wontons Ribs Platter Spaghetti Parmigiana Pizza Pizzas Burger Burgers Salad Soup
    Sandwich Sandwiches Taco Tacos Burrito Burritos Noodles Dumplings Fries Risotto Lasagna Lasagne Pasta Chowder Sushi
    Sashimi Tempura Kebab Kebabs Omelette Omelet Pancakes Waffles Nachos Quesadilla Quesadillas Enchilada Enchiladas
    Ravioli Gnocchi Tiramisu Gelato Cheesecake Fajitas Calamari Bruschetta Antipasto Linguine Fettuccine Penne Carbonara
    Alfredo Marinara Teriyaki Rolls""".split())
_DISH_JOINER = re.compile(r"[ \u00a0]+(?:alla|all'|al|alle|con|di|au|aux|à)[ \u00a0]")

# Makers whose name before a capitalised model's name is a product, not the company ("Mitsubishi Eclipse", "Toyota
# Camry", "Yahoo Messenger", "Mini Cooper"), unless the next word is a body's or a place's ("Toyota Motor", "Yahoo Japan",
# "Ford Foundation", "Sony Pictures": companies; a known place is checked by the caller's recognisers anyway).
CAR_MAKERS = frozenset("""Acura Audi BMW Buick Cadillac Chevrolet Chevy Chrysler Dodge Ferrari Fiat Ford Honda Hyundai
    Infiniti Jeep Kia Lamborghini Lexus Mazda Mini Mitsubishi Nissan Peugeot Pontiac Porsche
    Renault Saab Subaru Suzuki Toyota Volkswagen VW Volvo""".split())
SOFTWARE_MAKERS = frozenset("Yahoo Microsoft Google Adobe Apple Samsung Sony Nintendo Nokia Motorola".split())
# ... a program's or a device's name after such a maker, which GUM's convention keeps as the maker's mention
# otherwise ("Google Chrome"); a car maker's model is any capitalised word but a body's
_SOFTWARE_PRODUCTS = frozenset("""Messenger Mail Play TV Search Maps Earth Drive Docs Sheets Office Word Excel Outlook
    PowerPoint Teams Watch Pay Photos Translate Assistant Answers Groups Photoshop Acrobat Reader Flash Illustrator
    Galaxy PlayStation Walkman Xperia Wii Lumia Razr II""".split())
# words after a maker's name that make a body, a place or a person's name of it
_BODY_WORDS = frozenset("""Motor Motors Corp Corporation Co Company Group Inc Ltd Holdings International Industries
    Research Labs Laboratories Capital Foundation Pictures Music Records Studios Entertainment Electronics Financial
    Finance Bank Ventures Center Centre Stadium Arena Field Park Hall Theatre Theater Institute University College
    Japan Europe America China India Canada Korea Germany France Britain UK USA US Australia Mexico Brazil Russia
    News Press Foundation Trust Fund Media Networks Network Games Mobile Communications Systems Solutions Services
    Division Dealership Dealer Plant Factory Workers Cup Prize Award Awards Trophy Store Stores Computer Computers
    Holding Racing Motorsport Motorsports Automotive Auto Aircraft Cars Trucks Energy Credit Insurance Engineering
    Türkiye Turkey Otosan Otomotiv Sollers Electric Tsusho Rotem""".split())  # ("BMW Türkiye", "Ford Otosan", "Toyota Tsusho")
# ... nor a model's name: a title, a day or a month after the maker ("Toyota President Akio Toyoda", "Ford Thursday")
_NOT_A_MODEL = OFFICER_TITLE_WORDS | frozenset("""CEO CFO COO CTO Boss Officials Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday""".split()) | frozenset(MONTH_NAMES_EN)
_CODES = POSTAL_CODES | IN_CAPITALS | set(FORMS + AMBIGUOUS)  # "Apple CA", "Nokia Oyj": a place's code or a legal form
_NO_MODEL = _BODY_WORDS | _CODES | _NOT_A_MODEL
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Z][\w-]*)")
# "a pre-owned BMW from", "my Toyota ." : a car (a determiner, lower-case words or figures, the maker, then no noun)
# The words between are a car's (its age, state, year: "certified", "pre-owned", "2008"), never a preposition, a
# conjunction or a verb of a clause between ("a stake in Volkswagen", "a decade at Toyota", "a loan to Ford": the company).
_NOT_A_CAR_S_WORD = (r"(?:in|at|to|for|of|from|with|on|by|into|onto|about|against|over|under|between|and|or|but|than|as|that"
                     r"|which|who|is|was|are|were|be|been|has|have|had|will|would|said|says|the|this|these|those)(?![\w-])")
_CAR_DETERMINER = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)"
                             rf"(?:[ \u00a0]+(?!{_NOT_A_CAR_S_WORD})(?:[a-z][\w-]*|\d[\w-]*|-)){{0,6}}[ \u00a0]+$")
_CAR_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:from|with|for|and|or|that|which|in|on|at|to|but|is|was"
                        r"|has|had|convertible|sedan|coupe|SUV|truck|car)(?![\w-])")

# A finance facility spelt out ("Off Balance Sheet Facility", "the Revolving Credit Facility") and the acronym defined
# for it right after ("( " OBSF " )", "(RCF)"): a contract, not a body ("Global Environment Facility": a body, has no
# finance word before its head).
_FACILITY = re.compile(r"(?<![\w’'-])((?:[A-Z][\w-]*[ \u00a0]+){0,3}(?:Sheet|Credit|Loan|Lending|Liquidity|Funding"
                       r"|Financing|Revolving|Overdraft|Borrowing|Securitisation|Securitization)[ \u00a0]+Facility)"
                       r"(?:[ \u00a0]*\([ \u00a0]*[\"“”']?[ \u00a0]*([A-Z]{2,6})[ \u00a0]*[\"“”']?[ \u00a0]*\))?")


# Acronyms of a measure, a market's term or a program ("inflation ( CPI , PPI )", "forward MTM balances", "tactical VBA
# reports", "a Facebook IPO"): no body, unless the text spells one out for them ("the Communist Party of India (CPI)": the
# suggestion then carries the long form as its name).
_TERMS = frozenset("CPI PPI RPI HICP PMI GDP GNP GNI EBITDA MTM ROI IPO VBA APR".split())

# A social network as where something was posted or followed ("follow the minister on Twitter", "I posted a new photo
# to Facebook", "100 people following our site on Facebook", "Photo : Catan on Flickr", "on its Flickr and Instagram"):
# a medium, not a party ("Twitter said", "a hashtag on Twitter" stay).
_NETWORK = re.compile(r"Twitter|Facebook|Instagram|Flickr|YouTube|Youtube|Tumblr|LinkedIn|MySpace|Myspace|Pinterest|Snapchat")
# Between the verb and "on", "to" or "via": at most eight words of one clause, none a conjunction, a relative, another
# verb's preposition or an auxiliary ("posted a loss, and according to Facebook", "posted on the forum complained to
# Facebook", "followed up with a letter to Twitter", "the photos were sold to Instagram": the company); "on" a place and
# "and" may come before the last "on" ("Follow the minister on Twitter and on the ministry 's Flickr", "posted the
# indictment on its website and on Twitter", "on Twitter ( @ ABlinken ) and on the State Department 's Flickr").
_GAP_STOP = (r"(?:and|but|or|which|who|whom|that|according|while|after|before|because|when|if|than|were|was|is|are|been"
             r"|being|had|has|have|said|says|to|on|via|with|about|into|by|up)(?![\w’'-])")
_GAP = rf"(?:[ \u00a0]+(?!{_GAP_STOP})[^\s,;.!?]+){{0,8}}"
_ON_AND = r"(?:[ \u00a0]+on(?:[ \u00a0]+[^\s,;.!?]+){1,5}[ \u00a0]+and)?"  # "on Twitter ( @ ABlinken ) and"
_NETWORK_BEFORE = (r"(?:[ \u00a0]+(?:the|his|her|its|our|their|my|your))?"
                   r"(?:(?:[ \u00a0]+[\w.]+){1,3}[ \u00a0]*[’']s?)?"  # "on the State Department 's", "on the ministry's"
                   r"(?:[ \u00a0]+(?:Twitter|Facebook|Instagram|Flickr|YouTube|Youtube)[ \u00a0]+and)?[ \u00a0]+$")
# "on" or "via" after a verb or a noun of posting or following ("follow … on Twitter", "Photo : Catan on Flickr"); "to"
# only after a verb of posting or uploading ("I posted a short video to Facebook"; not "She followed the money trail to
# Facebook", "sold his shares to Twitter")
_POSTED_ON = re.compile(r"(?<![\w’'-])(?:(?:[Ff]ollow(?:s|ed|ing)?|[Pp]ost(?:s|ed|ing)?|[Pp]hotos?|[Vv]ideos?"
                        r"|[Ss]har(?:e|es|ed|ing)|[Uu]pload(?:s|ed|ing)?|[Tt]weet(?:s|ed)?|[Uu]pdates)(?![\w’'-])"
                        rf"{_GAP}{_ON_AND}[ \u00a0]+(?:on|via)|(?:[Pp]ost(?:ed|ing)?|[Uu]pload(?:s|ed|ing)?|[Tt]weet(?:ed|ing)?)"
                        rf"(?![\w’'-]){_GAP}[ \u00a0]+to){_NETWORK_BEFORE}")
# ... unless the network speaks right after ("posted the photo on Facebook, which said it had removed it")
_SPEAKS_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:which|who)[ \u00a0]+)?(?:later[ \u00a0]+)?(?:said|says|told|announced"
                           r"|confirmed|denied|declined|replied|responded|removed|deleted|suspended|blocked)(?![\w’'-])")


# a measure spelt out ("the Consumer Price Index (CPI)", "Gross Domestic Product"), under its acronym's name too
_MEASURE_HEAD = r"(?:Price|Prices|Managers[’']?)[ \u00a0]+Index|Gross[ \u00a0]+(?:Domestic|National)[ \u00a0]+Product"
_MEASURE = re.compile(rf"(?:[A-Z][\w-]*[ \u00a0]+)*(?:{_MEASURE_HEAD})")


# ... a body's acronym after all when it speaks or has people ("The CPI said", "CPI(M) leader Sitaram Yechury")
_BODY_AFTER = re.compile(r"(?:\([A-Z]\))?[ \u00a0]+(?:said|says|told|announced|won|urged|called|accused|denied|leader|leaders"
                         r"|chief|spokesman|spokeswoman|member|members|candidate|candidates|official|officials)(?![\w’'-])")
_MEASURE_BEFORE = re.compile(rf"(?:{_MEASURE_HEAD})[ \u00a0]*$")
_QUOTE = r"[ \u00a0]*[\"“”']?[ \u00a0]*"  # "( " OBSF " )", "(CPI)"


def _spelt_out_as_a_body(text: str, acronym: str) -> bool:
    """``text`` defines ``acronym`` in brackets after a long form that is no measure's ("the Republic of Ireland
    (ROI)"; not "the Consumer Price Index (CPI)")."""
    defined = re.compile(rf"(?<![\w’'-])[A-Z][\w’'-]*[ \u00a0]*\({_QUOTE}{re.escape(acronym)}{_QUOTE}\)")
    return any(_MEASURE_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None for m in defined.finditer(text))


def _term(text: str, s: Suggestion) -> bool:
    """An acronym of a measure or a term that the text does not spell out as a body's ("CPI" of "inflation ( CPI ,
    PPI )"; not "The CPI said", "the Republic of Ireland (ROI)"), or a price index or a national product spelt out
    ("the Consumer Price Index (CPI)")."""
    name = str(s.attributes.get("name") or s.exact)
    return ((s.exact in _TERMS and name == s.exact and _BODY_AFTER.match(text, s.end) is None
             and not _spelt_out_as_a_body(text, s.exact)) or _MEASURE.fullmatch(name) is not None)


def _posted_on(text: str, s: Suggestion) -> bool:
    """``s`` is a social network after a verb or a noun of posting or following and "on", "to" or "via"."""
    return (_NETWORK.fullmatch(s.exact) is not None and _POSTED_ON.search(text, max(0, s.start - 160), s.start) is not None
            and _SPEAKS_AFTER.match(text, s.end) is None)


def _dish(text: str, s: Suggestion) -> bool:
    """``s`` ends in a dish's noun ("the Fried Crab Wontons") or opens with one before an Italian or French joining
    word ("Spaghetti alla Barese"); not a restaurant's name with an owner's possessive ("Domino's Pizza"), a place
    after "of" ("the Earl of Sandwich"), or a name that goes on in capitals ("California Pizza Kitchen")."""
    words = s.exact.split()
    if words[0] in _DISHES and _DISH_JOINER.match(text, s.start + len(words[0])) is not None:
        return True
    return (words[-1] in _DISHES and not any(w.endswith(("'s", "’s", "'", "’")) for w in words[:-1])
            and (len(words) < 2 or words[-2] not in ("of", "Del", "El", "La", "Los", "Las"))
            and _NEXT_WORD.match(text, s.end) is None)  # ("Del Taco": a Spanish article makes a restaurant's name)


# "at" right before a maker's name and another capitalised word that ends the phrase: the maker's site ("Workers at
# Nissan Sunderland agreed", "jobs at Toyota Burnaston are"); a car takes a determiner there ("at the Toyota Camry"), and
# a car's noun after the two words makes them a car again ("looked at Toyota Camry prices")
_AT_BEFORE = re.compile(r"(?<![\w-])at[ \u00a0]+$")
_PHRASE_ENDS = re.compile(r"[\"”’')]?(?:[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:[a-z]+ed|is|was|are|were|has|have|had|will"
                          r"|would|said|says|and|or|in|on|at|for|to|from|with|where|which|who|since|until|after|before)(?![\w’'-]))")


def _product(text: str, s: Suggestion, people: frozenset[int] = frozenset()) -> bool:
    """``s`` is a maker's name before its model's ("Mitsubishi Eclipse"; the maker alone or the whole; not right
    after "at" where the two words end the phrase: the maker's site, "Workers at Nissan Sunderland agreed"; nor where
    the word after it opens a person's name of two words or more, ``people``'s starts: the employer, "Ford Jim Farley
    said"), or a car after a determiner ("a pre-owned BMW from")."""
    words = s.exact.split()
    maker_end = s.start + len(words[0]) if len(words) == 2 else s.end
    if (words[0] in CAR_MAKERS or words[0] in SOFTWARE_MAKERS) and len(words) <= 2:
        model = _NEXT_WORD.match(text, maker_end)
        if (model is not None and model.group(1) not in _NO_MODEL and model.start(1) not in people
                and not (_AT_BEFORE.search(text, max(0, s.start - 10), s.start) and _PHRASE_ENDS.match(text, model.end()))
                and model.end() >= s.end and (words[0] in CAR_MAKERS or model.group(1) in _SOFTWARE_PRODUCTS)):
            return True
    return (len(words) == 1 and s.exact in CAR_MAKERS and _CAR_DETERMINER.search(text, max(0, s.start - 80), s.start) is not None
            and _CAR_AFTER.match(text, s.end) is not None)


def _facilities(text: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The spans of finance facilities spelt out, and the acronyms defined for them."""
    spans, acronyms = [], set()
    for m in _FACILITY.finditer(text):
        spans.append(m.span(1))
        if m.group(2):
            acronyms.add(m.group(2))
    return spans, frozenset(acronyms)


def drop(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """``suggestions`` less the dishes, products, finance facilities, measures' acronyms, social networks as media, ships
    and strains (:func:`english_vessels.is_a_thing`), units and currency codes after a number
    (:func:`unit_names.unit_after_a_number`: "25 MeV", "1.200 SEK"), a database query's words
    (:func:`english_code.query_spans`: a SELECT, then "name FROM users"), works and products the text calls so
    (:mod:`english_works`: '" Moonfall " is a song', "Nexus Q is a … media player"), a mail's or a review's formula
    (:func:`english_letters.formula`: "Kind regards", "Great Service"), a feast's name and a laugh
    (:mod:`english_feasts`: "St Patrick" of "the St Patrick's Day parade", "Lololol"), a headline's words in title case
    (:mod:`english_headlines`: "Mayor Says City Will"; "President Jonathan Visits Olu" is cut to "President
    Jonathan"), treaties, laws and a contract's terms
    (:func:`english_instruments.without_instruments`: "the Kyoto Protocol", "Paris" of "the Paris Agreement") named in ``text`` (a store's entity and a person stay: "Camille
    Parmesan", "Lincoln Burrows"); dishes and products only in an English sentence ("BMW Türkiye", "Ford Sollers" stay)."""
    spans, acronyms = _facilities(text) if "Facility" in text else ([], frozenset())
    spans += english_code.query_spans(text)  # a database query's words: code, no actors
    acronyms |= english_terms.thing_acronyms(text) if "(" in text else frozenset()  # "Crew Exploration Vehicle (CEV)"
    suggestions = english_instruments.without_instruments(text, suggestions)  # "the Kyoto Protocol", "the Paris Agreement"
    suggestions = english_headlines.without_headline_words(suggestions, text)  # "Mayor Says City Will", "President Jonathan Visits"
    suggestions = english_firm_persons.firms_retyped(text, suggestions)  # "Kaspersky denied it." after "Kaspersky Lab"
    suggestions = english_posts.posts_before_persons(text, suggestions)  # "County" of "County Clerk Mary Ellis"
    # where a person's name of two words or more starts: no maker's model ("Ford" of "Ford Jim Farley said")
    people = frozenset(s.start for s in suggestions
                       if s.kind == "actor" and s.attributes.get("type") == "person" and len(s.exact.split()) > 1)
    return [s for s in suggestions if "entity_id" in s.attributes or s.kind != "actor" or not s.exact.strip() or not (
        (s.attributes.get("type") != "person" and (_dish(text, s) or _product(text, s, people)) and not continental_sentence(text, s.start))
        or s.exact in acronyms
        or _term(text, s) or _posted_on(text, s) or english_vessels.is_a_thing(text, s) or unit_after_a_number(text, s)
        or english_shouting.shouted_word(text, s) or english_shouting.shouted_verb(text, s)  # "the BILL", "MARK my words"
        or english_shouting.shouted_attributive(text, s) or english_informal.stressed_word(text, s)  # "COUNTY council"
        or english_shouting.shouted_common_word(text, s)  # "the answer IS on", "are EXPENSIVE to copy"
        or english_addresses.in_an_address(text, s) or english_contracts.party_role(text, s)  # "x.Germany@", "to Buyer"
        or english_calendar.date_or_ordinal(text, s) or english_calendar.feast_eve(text, s)  # "Aug 24", "New Year's Eve"
        or currency_before_a_number(text, s)  # "IDR" of "IDR 175,000"
        or english_informal.month_meeting(s) or english_informal.flight(text, s)  # "completely UNTRUE .", "the August Board meeting"
        or english_informal.designation(text, s) or english_informal.follow_friday(text, s)  # "AK - 47", "FF @ jenny_k"
        or english_informal.model_name(text, s) or english_posts.post_alone(text, s)  # "M2 Bradley vehicles", "Head Coach"
        or english_posts.post_of_a_thing(s)  # "Director of the National Iodine Nutrition" (study)
        or common_words.sentence_opener(text, s)  # "Equipment is state of the art."
        or english_works.quoted_work(text, s) or english_works.defined_thing(text, s)  # '" Moonfall " is a song'
        or english_letters.formula(text, s)  # "Kind regards", "Great Service"
        or english_feasts.feast_name(text, s) or english_feasts.laugh(s)  # "St Patrick" of "St Patrick's Day", "Lololol"
        or any(a <= s.start and s.end <= b for a, b in spans))]


def retyped(text: str, s: Suggestion) -> Suggestion:
    """A place of a known company's name and a US state's or a province's code ("Officials at Apple CA said",
    "Heineken NV") is the company, named without the code (Apple, as "Heineken NV" is Heineken); a source after
    "according to" takes its type from its name (:func:`english_sources.source_retyped`: "according to Ofcom")."""
    s = english_sources.source_retyped(text, s)
    words = s.exact.split()
    if (s.attributes.get("type") != "place" or len(words) != 2 or words[1] not in _CODES
            or words[0] not in COMPANIES_BEFORE_A_CODE):
        return s
    return replace(s, attributes={**s.attributes, "type": "organisation", "name": words[0]})  # CA is no part of the name


# A town named by one or two words and a settlement's word, then a US state's code and no more capitals ("Apple
# Valley CA police", "in Palm Springs CA,"): the recognisers keep the first word alone, a company's ("Apple")
_TOWN_BEFORE_A_CODE = re.compile(r"(?<![\w’'.&-])(?P<town>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:Valley|City|Springs|Beach|Falls"
                                 r"|Heights|Hills|Grove|Lake|Creek|Harbor|Junction))[ ](?P<code>[A-Z]{2})(?=[ \u00a0]+[a-z]|[,.;:)]|$)")


def _towns_and_codes(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Each town of a settlement's word before a US state's postal code in ``text[start:end]``; not one whose first word
    opens the sentence as a function word ("The City CA")."""
    for m in _TOWN_BEFORE_A_CODE.finditer(text, start, len(text) if end is None else end):
        if m.group("code") in POSTAL_CODES and not function_word(m.group("town").split()[0]):
            yield m


def towns_before_a_code(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each town of a settlement's word before a US state's postal code (the town alone: "Apple
    Valley" of "Apple Valley CA police"), whose first word the recognisers read alone as a company's."""
    return [m.span("town") for m in _towns_and_codes(text)]


def code_after_a_town(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the US state's postal code after a town of :func:`towns_before_a_code` ("CA" of "Orange
    Grove CA police"): the town's state, no organisation's acronym (as "TX" of "in Austin TX")."""
    if text[start : start + 2] not in POSTAL_CODES:
        return False  # the code is two capitals from ``start`` (:data:`_TOWN_BEFORE_A_CODE`): most spans, without the scan
    return any(m.start("code") == start for m in _towns_and_codes(text, max(0, start - 60), end + 40))
