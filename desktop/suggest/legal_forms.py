"""Companies' legal forms written after a name ("Tesco plc", "Siemens AG", "Volvo AB"), defined once (no I/O, no Qt).

:data:`PATTERN` and :data:`AMBIGUOUS_PATTERN` are the regular expressions ``names`` and ``organisations`` read
them with (a head word of a company's name, taken off the name); :data:`IN_CAPITALS` are the same forms as a
shouted line writes them ("Martin CORP", "Thomas SA": a company, not a given name and a surname in capitals,
``given_names``)."""

from __future__ import annotations

import re

__all__ = ["ALBERTA_TOWNS", "AMBIGUOUS", "AMBIGUOUS_PATTERN", "COMPANIES_BEFORE_A_CODE", "FORMS", "IN_CAPITALS", "KAZAKH", "PATTERN"]

# "plc", "GmbH", "SpA" …; AG and SE take the conditions of PATTERN below
FORMS = ("plc", "PLC", "Plc", "GmbH", "S.A.", "SpA", "S.p.A.", "N.V.", "B.V.", "LLC", "LLP", "ASA", "AG", "SE")
# Legal forms that are other names too, or shaped like a name: Swedish "Volvo AB" (Turkish AB, the EU), Dutch "Philips
# NV" (Nevada), "Nestle SA" (South Africa, South Australia), Finnish "Nokia Oyj", "Stora Enso Abp" (a name of its own
# after "Mr"); organisations.find takes them only in English text, not after a known place ("Reno NV", "Adelaide SA"),
# and they are no head word elsewhere.
AMBIGUOUS = ("AB", "NV", "SA", "Oyj", "Abp")
# Kazakh legal forms after a name in guillemets ("«Болашақ» ЖШС": a limited liability partnership; АҚ, a joint-stock
# company; ҰК, a national company; ЖК, a sole trader; МКК, РМК, КЕАҚ, ШЖҚ: state enterprises): read by
# desktop.suggest.kazakh_heads, and no organisation's acronym of their own (desktop.suggest.abbreviations).
KAZAKH = frozenset("ЖШС АҚ ЖАҚ ААҚ ҰК ЖК МКК РМК КЕАҚ ШЖҚ".split())

# ("Siemens AG", "SAP SE": not before a capitalised word, "New York AG Letitia James", the attorney general;
# SE not after a street's word, "Benning Road SE", a quadrant of Washington; organisations.find also leaves
# out "the Texas AG" and "the Apple Watch SE", a post and a product model)
_STREETS = ("Street", "Avenue", "Road", "Boulevard", "Drive", "Place", "Lane", "Way", "Terrace", "Parkway", "Court",
            "Highway", "Circle")
PATTERN = ("|".join(re.escape(f) for f in FORMS if f not in ("AG", "SE")) + r"|AG(?![ ][A-Z])|"
           + "".join(rf"(?<!{street}[ ])" for street in _STREETS) + r"SE(?![ ][A-Z])")
AMBIGUOUS_PATTERN = "|".join(AMBIGUOUS)
# the forms in capitals, without their full stops ("S.p.A." → SPA)
IN_CAPITALS = frozenset(f.replace(".", "").upper() for f in FORMS + AMBIGUOUS)

# Towns of Alberta the gazetteer does not hold: before AB (Alberta's code) and its people or after "in", "near",
# "outside" (organisations' place-and-code patterns) they are the place, not a Swedish company with its form ("Red Deer
# AB officials", "Medicine Hat AB police"; "Ericsson AB officials" stays the company; "from Banff AB" is not covered).
# Alberta's cities and largest towns.
ALBERTA_TOWNS = frozenset("""Airdrie Banff Beaumont Brooks Camrose Canmore Chestermere Cochrane Drumheller Hinton
    Jasper Lacombe Leduc Lethbridge Lloydminster Okotoks Olds Strathmore Taber Wetaskiwin Whitecourt""".split()) | {
    "Cold Lake", "Fort Saskatchewan", "Grande Prairie", "High River", "Medicine Hat", "Peace River", "Red Deer",
    "Sherwood Park", "Slave Lake", "Spruce Grove", "Stony Plain", "Sylvan Lake"}
# Companies that news names by one word before a legal form that is a region's code too ("Heineken NV", "Volvo AB",
# "Nestle SA") or before a US state's code ("Officials at Apple CA"): the company, however the model reads the pair.
COMPANIES_BEFORE_A_CODE = frozenset("""Aegon Ahold Akzo Alcatel Amazon Apple ASML Danone Electrolux Ericsson Google
    Heineken IBM Intel KPN Microsoft Nestle Nestlé Nokia Oracle Philips Randstad Saab Sandvik Scania Siemens Skanska
    Unilever Volvo""".split())
