"""What a figure's surroundings say about it, read by the figure parsers: nearness to a count of places after "close to"
and the base of a comparison (no bound), dots grouping thousands in money by its currency (crowns, lira, euros) and
the three decimals of an exchange rate, a price per litre or a share's quote, a Turkish share's price, knots tied.

Moved out of :mod:`desktop.meaning.units` (its vocabularies) unchanged; ``units`` still exports these names.
"""

from __future__ import annotations

import re

from desktop.meaning.numbers import sentence_around

# "close to" after a verb of place before a count of places is nearness, no amount: "The hotel is close to 2 metro
# stations", "lies close to 3 schools" ("close to 500 people died", "The toll is close to 500" stay ≈).
_PLACES_NEARBY = re.compile(
    r"(?<![\w])(?:is|are|was|were|lies|lie|lay|located|situated|sits|sit|stands|stand)(?:\s+(?:very|quite|so|also))?"
    r"\s+close\s+to\s+(?P<n>\d)\d*\s+(?:[\w-]+\s+)?(?:stations?|stops?|schools?|parks?|shops?|stores?|restaurants?|bars?|cafes?"
    r"|beaches|beach|hospitals?|airports?|museums?|churches|mosques?|malls?|supermarkets?|hotels?|universities|lines"
    r"|attractions?|landmarks?|markets?|lakes?|rivers?|villages?|towns?|cities)(?![\w-])", re.IGNORECASE)


# A figure after a plain comparative is the comparison's base, no bound on the subject: a year ("lower than 2020 levels"),
# a value of another time ("higher than 10 years ago", "costs are higher than $5m a year ago"), or the things compared
# ("higher than 12 other countries", "longer than 30 of its rivals"); "Fares were higher than 6 dollars" stays >.
_COMPARED_BEFORE = re.compile(r"(?<![\w])(?:older|younger|longer|shorter|higher|lower|greater|smaller|larger|bigger|taller)"
                              r"\s+than\s+$", re.IGNORECASE)
_BASE_AFTER = re.compile(
    r"(?:1[89]|20)\d\d\s+(?:levels?|figures?|rates?|prices?|peaks?|highs?|lows?|values?|numbers?|totals?|averages?|records?"
    r"|estimates?|forecasts?|targets?|data|results?)\b|\d[\d,]*\s+(?:others?\b|of\s+(?:the|its|his|her|their|our|all)\b)"
    r"|\S+(?:\s+[\w'’-]+){0,3}?\s+(?:ago\b|(?:earlier|before|previously)(?=\s*(?:[.,;:!?)]|$)))", re.IGNORECASE)


def comparison_base(text: str, start: int) -> bool:
    """The figure at ``start`` follows a plain comparative and is the comparison's base ("lower than 2020 levels")."""
    return _COMPARED_BEFORE.search(text, max(0, start - 16), start) is not None and _BASE_AFTER.match(text, start) is not None


def places_nearby(text: str, start: int) -> bool:
    """"close to" before the figure at ``start`` is nearness to a count of places ("is close to 2 metro stations")."""
    return any(m.start("n") == start for m in _PLACES_NEARBY.finditer(text, max(0, start - 40), min(len(text), start + 60)))


# Crowns have two decimals (øre): a dot before three digits groups thousands, as in Danish and Norwegian ("1.200 kr",
# "12.500,50 kr", "1.200 SEK"), in any sentence.
_CROWNS = ("kr", "SEK", "NOK", "DKK", "ISK")
CROWNS_DOTTED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?")  # (not "0.500 kr": half a crown)


# An exchange rate in English: the ISO code before "per/against/a" and another currency ("10.850 SEK per euro"), or another
# currency named before it ("The dollar bought 9.870 NOK"): three decimals there, no thousands ("1.200 SEK each" is 1 200).
# (after "a" or "for a", a currency word names a thing's price, no rate, only before a noun that is priced: "She paid
# ₺2.500 for a dollar watch", "a pound coin"; or before any word when a verb of paying comes before the money ("She paid
# ₺2.500 for a dollar souvenir"); "10.850 SEK a dollar according to Reuters", "9.870 NOK a dollar said traders" are rates)
_RATE_AFTER = re.compile(r"[ \u00a0]+(?:per|against(?:[ \u00a0]+the)?|a|to[ \u00a0]+the|for[ \u00a0]+(?:one|a|each))[ \u00a0]+(?:(?i:euro|dollar|pound|yen|"
                         r"franc|yuan)|(?:USD|EUR|GBP|JPY|CHF|US)\b|[$€£¥])")
_A_CURRENCY_WORD = r"[ \u00a0]+(?:a|for[ \u00a0]+(?:one|a|each))[ \u00a0]+(?i:euro|dollar|pound|yen|franc|yuan)[ \u00a0]+"
_PRICED_NOUN = re.compile(_A_CURRENCY_WORD + r"(?:watch|coin|bill|note|store|shop|menu|item|ticket|toy|burger|meal|bet|tip|fare"
                          r"|deal|pizza|slice|sandwich|coffee|beer|drink|gift|book|app|product|bag|hat|shirt|souvenir)(?:e?s)?(?![\w])")
_PRICE_WORD = re.compile(_A_CURRENCY_WORD + r"(?!(?:on|in|at|by|and|or|but|as|to|from|with|when|while|after|before|until|since"
                         r"|last|this|that|which|who|according|said|says|one|two|three|four|five|six|seven|eight|nine|ten"
                         r"|yesterday|today|now|then|again|only|rate|amid|despite|against|versus|vs|over|under|during|through"
                         r"|among|compared|following|earlier|later|late|early|for|of|per|into)(?![\w]))[a-z]{3,}")
_PAYING_BEFORE = re.compile(r"(?<![\w])(?i:paid|pay|pays|paying|spent|spend|spends|spending|bought|buy|buys|buying|cost|costs"
                            r"|charged|charges|charge|priced)(?![\w])[^.!?]{0,30}$")


def _rate_after(text: str, pos: int, at: int) -> bool:
    """An exchange rate's other currency follows ``text[pos:]`` (:data:`_RATE_AFTER`), unless the money at ``text[at:]``
    is a thing's price (:data:`_PRICED_NOUN`, or :data:`_PRICE_WORD` after a verb of paying)."""
    if _RATE_AFTER.match(text, pos) is None or _PRICED_NOUN.match(text, pos):
        return False
    return not (_PRICE_WORD.match(text, pos) and _PAYING_BEFORE.search(text, max(0, at - 40), at))


_RATE_BEFORE = re.compile(r"(?<![\w])(?:(?i:euros?|dollars?|pounds?|yen|francs?|yuan|dolar|avro)|(?:USD|EUR|GBP|JPY|CHF)\b)[^\d.!?]*$")


def crowns_grouped(raw: str, unit: str, text: str = "", at: int = -1) -> bool:
    """``raw`` is an amount of crowns (``unit`` "kr" or a crown's ISO code) written with dots grouping thousands; not an ISO
    code's exchange rate in English text (``raw`` at ``text[at:]``: :data:`_RATE_AFTER`, :data:`_RATE_BEFORE`)."""
    if unit not in _CROWNS or CROWNS_DOTTED.fullmatch(raw) is None:
        return False
    if unit == "kr" or at < 0:
        return True
    # a Russian or Turkish word in its own sentence (numbers.sentence_around, as turkish_sentence reads it): a Russian
    # paragraph after an English one is no evidence
    lo, hi = sentence_around(text, at, 80)
    if re.search("[а-яёА-ЯЁçğıöşüÇĞİÖŞÜ]", text[lo:hi]):
        return True
    after = re.compile(rf"[ \u00a0]*{unit}").match(text, at + len(raw))
    return not (after and _rate_after(text, after.end(), at) or _RATE_BEFORE.search(text, max(0, at - 60), at))


# The lira sign is Turkish evidence: a dot before three digits right after or before it groups thousands, as in Turkish, in
# any sentence ("He paid ₺3.000 for it", "3.000 ₺"); without the sign ("3.000 TRY") the sentence's language decides.
_LIRA_SIGN_BEFORE = re.compile(r"₺[ \u00a0]?$")
_LIRA_SIGN_AFTER = re.compile(r"[ \u00a0]?(?:₺|(?i:lira)(?:[^\W\d_]{0,4})(?![^\W\d_]))")  # the word too: lira have no
# thousandths ("Fiyat 3.000-4.000 lira.", "4.000 liraya": as "₺4.000")


# The euro sign is evidence as well (twenty-second round): euro cents have two digits, so "€1.000", "€ 12.500" group
# thousands in any sentence ("He paid €1.000 for it"), alone as in a pair or a list.  Three decimals after a euro price
# are written for what is sold by the litre, the kilowatt-hour or the kilo, where tenths of a cent count (the pump's
# "€1.599 per litre", a tariff's "€0.250 per kWh"), and for an exchange rate ("€1.085 per dollar"): those stay decimals;
# so does a barrel's price, which has never come near a thousand euros ("€85.000 per barrel").
_EURO_SIGN_BEFORE = re.compile(r"€[ \u00a0]?$")
PER_UNIT = re.compile(r"[ \u00a0]*(?:/|(?i:per|a|an)\b)[ \u00a0]*(?:(?i:litres?|liters?|l|kwh|kilos?|kg|gallons?|units?|shares?|barrels?|bbl"
                      r"|m3|cubic[ \u00a0]+met(?:re|er)s?)\b|m³)")  # (water and gas by the cubic metre: "€3.495 per m³"; review)
# a share's price: shares or a stock closing, opening, trading, rising or falling at or to the price, in its sentence
# ("Shares closed at €23.150", "The stock ended the day at €8.420", "Shares rose 1.5% to €12.345"): exchanges quote
# euro shares to three decimals (twenty-third round; money paid for shares keeps thousands: "bought shares for €3.000")
# (a verb of the market between: "She shares a flat at €1.200 a month" is rent)
# (all in one clause, no comma or joining word between, and no stock of goods: "Stock prices fell and the fine was lowered
# to €1.500", "The stock of unsold cars fell to €3.000" keep thousands; review of the round)
# ("and" may join two verbs of the shares, "Shares opened higher and closed at €4.125", not the verb and the price)
_SHARE_GAP = r"(?:(?!(?<![\w])(?i:{})(?![\w]))[^.!?€\n,;]|\.(?=\d)){{0,40}}?"
_SHARE_PRICE_BEFORE = re.compile(r"(?<![\w])(?i:shares?|stocks?(?![ \u00a0]+(?i:of)(?![\w])))(?![\w])"
                                 + _SHARE_GAP.format("or|while|whereas|which|that|who|when|after|before") + r"(?<![\w])(?i:closed"
                                 r"|opened|ended|finished|traded|trading|rose|fell|jumped|dropped|slipped|climbed|gained|lost|slumped"
                                 r"|surged|plunged|tumbled|edged|rallied|sank|soared|stood|settled|peaked)(?![\w])"
                                 + _SHARE_GAP.format("and|but|or|while|whereas|which|that|who|when|after|before|then")
                                 + r"(?<![\w])(?i:at|to)[ \u00a0]+€[ \u00a0]?$")
# (three decimals ending in "00" are round thousands, no quote: a quote to the tenth is written "€10.50", and Lindt's
# certificates trade near 10 000 francs: "Lindt shares closed at €10.500" is 10 500; review of the round)
_ROUND_HUNDREDS = re.compile(r"\.\d00(?!\d)")
# a scale word after the number: "€1.500m", "€2.250bn", "€1.250 million" are a decimal with its scale, as UK reports write
# them (review of the twenty-second round: "€1.500m" read 1 500 million)
_SCALE_AFTER = re.compile(r"[ \u00a0]?(?i:m|mn|bn|b|k|tn|million|billion|trillion|thousand|млн|млрд|milyon|milyar)(?![^\W\d_])")
# the second end of a range or a pair dotted alike, which the rate or the unit priced follows ("₺8.250|-8.500 per dollar",
# "€1.459| to €1.529 per litre")
_DOTTED_END_AFTER = re.compile(r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?i:to|and|or)[ \u00a0]+)[€₺]?[ \u00a0]?\d{1,3}(?:\.\d{3})+(?![\d])")


def dots_grouped_by_currency(raw: str, unit: str, text: str = "", at: int = -1) -> bool:
    """``raw`` at ``text[at:]`` is money whose currency makes a dot before three digits group thousands: crowns
    (:func:`crowns_grouped`), lira with the sign ₺ right before or the sign or "lira" right after the number, or euros with
    the sign € right before it, unless an exchange rate (:data:`_RATE_AFTER`, :data:`_RATE_BEFORE`: "The lira fell to
    ₺8.250 per dollar", "₺8.250-8.500 per dollar") or, for euros, a price per litre or kWh (:data:`PER_UNIT`)."""
    if unit in ("TRY", "EUR") and at >= 0 and CROWNS_DOTTED.fullmatch(raw):
        sign = (_LIRA_SIGN_BEFORE if unit == "TRY" else _EURO_SIGN_BEFORE).search(text, max(0, at - 2), at)
        after = _LIRA_SIGN_AFTER.match(text, at + len(raw)) if unit == "TRY" else None
        if sign is None and after is None or unit == "EUR" and _SCALE_AFTER.match(text, at + len(raw)):
            return crowns_grouped(raw, unit, text, at)
        pos = after.end() if after else at + len(raw)
        second = _DOTTED_END_AFTER.match(text, pos)
        pos = second.end() if second else pos
        return not decimals_of_a_rate(text, pos, at, unit)
    return crowns_grouped(raw, unit, text, at)


def decimals_of_a_rate(text: str, pos: int, at: int, unit: str) -> bool:
    """The money at ``text[at:]``, ending at ``pos``, is an exchange rate (:data:`_RATE_AFTER`, :data:`_RATE_BEFORE`) or
    a euro price per litre or kWh (:data:`PER_UNIT`) or a share's (:data:`_SHARE_PRICE_BEFORE`): its dots may be a
    decimal's with three decimals ("₺8.250 per dollar", "€1.599 per litre", "Shares closed at €23.150")."""
    return bool(unit == "EUR" and (PER_UNIT.match(text, pos) or _SHARE_PRICE_BEFORE.search(text, max(0, at - 90), at)
                                   and not _ROUND_HUNDREDS.search(text, at, pos))
                or _rate_after(text, pos, at) or _RATE_BEFORE.search(text, max(0, at - 60), at))

# A Turkish share's price: a share ("hisse", "hissesi", "hisseler") earlier in the clause, the lira's ablative or dative after
# the amount and a verb of the market ("Hisse 23,150 liradan kapandı", "hissesi 12,450 liradan işlem gördü"): the comma
# before three digits is the Turkish decimal's (money paid stays English grouping, "Şirket 23,150 lira ödedi").
_TR_SHARE_BEFORE = re.compile(r"(?<![\w])(?i:hisse)\w*(?:(?!,[ \u00a0])[^.;:!?\n]){0,50}$")
_TR_SHARE_PRICE_AFTER = re.compile(r"(?:['’]?[dt][ae]n|['’]?y[ae])[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?(?i:kapan|işlem|yüksel|geril"
                                   r"|düş|çık|ulaş|in|açıl|seyr)")  # (not "sattı": shares sold for a sum)


def tr_share_price(text: str, at: int, end: int) -> bool:
    """The lira amount whose number starts at ``at`` and whose span ends at ``end`` is a Turkish share's price."""
    return _TR_SHARE_BEFORE.search(text, max(0, at - 60), at) is not None and _TR_SHARE_PRICE_AFTER.match(text, end) is not None


# Knots tied or learnt are a count of knots, no speed: a verb of tying or learning right before the number ("She tied 3
# knots", "could tie 12 knots", "Scouts learn 20 knots"; "The boat made 30 knots" and "We know 30 knots is fast" are speed).
_KNOTS_TIED = re.compile(r"(?<![\w'’-])(?i:tie[sd]?|tying|untie[sd]?|untying|learn(?:s|t|ed|ing)?)"
                         r"[ \u00a0]+(?:(?i:another|only|just|all|some|about|over|the|these|those|their|his|her)[ \u00a0]+)?$")


def tied_knots(text: str, start: int) -> bool:
    """The knots counted at ``start`` are tied or learnt, not a speed ("tied |3 knots")."""
    return _KNOTS_TIED.search(text, max(0, start - 24), start) is not None
