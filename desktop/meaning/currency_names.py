"""Currencies named with their country, as news names money other than the dollar, the euro
and the pound: "5 million Canadian dollars" (CAD), "Hong Kong dollars" (HKD), "Saudi riyals"
(SAR), "Indian rupees" (INR), "Japanese yen" (JPY), "Swiss francs" (CHF); in Russian the
adjective in its case ("5 млн канадских долларов", "шведских крон"); in Turkish the
country's name before the possessed money ("3 milyon Kanada doları", "Suudi riyali",
"Hindistan rupisi", "Norveç kronu": the span ends at the stem, as "ABD dolar" does). A
dollar sign with its country's letters before the number: "A$2.3 billion" (AUD), "HK$5
billion", "C$500 million", "NZ$", "S$", "NT$", "R$" (BRL). And the monies whose name is
theirs alone: zloty, forint, hryvnia, shekel, ringgit, rupiah, baht, naira, peseta.

A bare "dollar", "peso", "rupee", "crown", "franc", "dinar", "riyal" or "pound" names
several countries' money and keeps its reading in :mod:`desktop.meaning.units`; only a
named country gives the code. Rows for :data:`desktop.meaning.units.UNITS` (``(regex,
symbol, language)``) and :data:`desktop.meaning.units.PRE_CURRENCIES`; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["NAMED_CODES", "money_nouns", "named_currency_rows", "PRE_NAMED"]

# Russian adjective endings in every case and number ("канадских", "канадский", "канадского", "канадскую").
_RU_ADJ = r"(?:их|ий|ого|ому|ом|им|ими|ие|ая|ой|ую|ое)"
_RU_CASES = r"(?:ов|а|ы|ам|ами|ах|ом|у|е)?"


# A Turkish country's money is a compound: its noun takes the possessive ("Kanada doları", "Suudi riyali", "Hindistan
# rupisi", then any case: "Avustralya dolarına") or "-lık" ("5 milyon Kanada dolarlık"); a bare noun is a compound's first
# word ("1994 Meksika peso krizi": the peso's crisis of 1994, no money).
_POSSESSED = r"(?=(?:s?[ıiuü]|l[ıiuü][kğ])[^\W\d_]*(?![^\W_])|\Z(?![^\W_]))"  # (\Z: lookups.py reads the cut stem)


# the linking words after "won" as money ("5,000 Korean won for lunch", "won in 2024", "won per share")
_WON_LINK = (r"for|in|to|of|per|each|apiece|and|or|from|on|at|by|than|is|was|were|are|will|would|had|has|which|that|last"
             r"|this|as|when|while|after|before|until|with|into|over|under|plus|less|more|worth")


def _families(back: str, front: str) -> dict[str, tuple[str, str, str | tuple[str, str]]]:
    """Each money's noun: English, Russian (every case), Turkish stem (with the suffix lookahead; two stems where the
    vowels of the suffix may be either)."""
    return {
        "dollar": (r"dollars?", r"доллар" + _RU_CASES, r"dolar" + back),
        "peso": (r"pesos?", r"песо", r"peso" + back),
        "rupee": (r"rupees?", r"рупи(?:й|и|я|ю|ей|ям|ями|ях)", r"rupi" + front),
        "crown": (r"kron(?:or|er|a|e|ur)|korun(?:a|y)?", r"крон(?:ы|а|у|ой|ам|ами|ах)?", r"kron" + back),
        "franc": (r"francs?", r"франк" + _RU_CASES, (r"frang[ıi]" + back, r"frank" + back)),
        "dinar": (r"dinars?", r"динар" + _RU_CASES, r"dinar" + back),
        "riyal": (r"riyals?|rials?", r"риал" + _RU_CASES, (r"riyal" + back, r"riyal" + front)),
        "dirham": (r"dirhams?", r"дирхам" + _RU_CASES, (r"dirhem" + front, r"dirham" + back)),
        "pound": (r"pounds?", r"фунт" + _RU_CASES, (r"(?:pound|lira)" + back, r"sterlin" + front)),
        "real": (r"reais|reals?(?!(?:[ \u00a0]+|[-‐‑])(?i:estate))", r"реал" + _RU_CASES, (r"real" + back, r"real" + front)),
        "rand": (r"rand", r"ранд" + _RU_CASES, r"rand" + back),
        "yuan": (r"yuan", r"юан(?:ей|я|ь|ям|ями|ях|ем|ю|и)", r"yuan" + back),
        # (Turkish "yeni yıl" is the new year: "2025 Japon yeni yılı" is no money)
        "yen": (r"yen", r"иен(?:ы|а|у|ой|ам|ами|ах)?", r"yen(?!i[ \u00a0]+y[ıi]l)" + front),
        "rouble": (r"r(?:o)?ubles?", r"рубл(?:ей|я|ь|ям|ями|ях|ем|ю|и)", r"ruble" + front),
        # (not the verb before its object: "One South Korean won the bronze", "2 Korean won gold", "3 South Korean won
        # seats": the money is followed by a stop, a number, a capital or a linking word — "5,000 Korean won for lunch",
        # "won, or about $4", "won in 2024", "won per share"; a price per period or piece, "5,000 Korean won a month")
        # (the period itself followed by a stop or a linking word other than "of": "won a month, or", "won a day in Seoul";
        # not "One South Korean won a day off", "won a head start", "won a year's supply", "won a piece of the prize")
        "won": (r"won(?![ \u00a0]+(?!(?:" + _WON_LINK + r"|a[ \u00a0]+(?:month|week|year|day|night|head|piece)(?![\w'’-])"
                r"(?![ \u00a0]+(?!(?:" + _WON_LINK.replace("|of|", "|") + r")(?![\w-]))[a-z]))(?![\w-]))[a-z])",
                r"вон", r"won" + back),
        "zloty": (r"zlot(?:y|ys|ies)", r"злот(?:ых|ый|ого|ым|ыми)", r"zloti" + front),
        "forint": (r"forints?", r"форинт" + _RU_CASES, r"forint" + front),
        "hryvnia": (r"hryvnias?|hryvnyas?|hryvni", r"гривен|гривн(?:а|ы|у|ой|ам|ами|ах)", r"grivna" + back),
        "shekel": (r"shekels?", r"шекел(?:ей|я|ь|ям|ями|ях|ем|ю|и)", r"şekel" + front),
        "shilling": (r"shillings?", r"шиллинг" + _RU_CASES, r"şilin" + front),
        "lev": (r"leva|levs?", r"лев(?:ов|а)?", r"leva" + back),
        "baht": (r"baht", r"бат(?:ов|а)?", r"baht" + back),
        "ringgit": (r"ringgits?", r"ринггит" + _RU_CASES, r"ringgit" + front),
        "rupiah": (r"rupiahs?", r"рупи(?:й|и|я|ю|ей|ям|ями|ях)", r"rupiah" + back),
        "naira": (r"nairas?", r"найр(?:а|ы|у|ой|ам|ами|ах)?", r"naira" + back),
        "manat": (r"manats?", r"манат" + _RU_CASES, r"manat" + back),
        # (the monies the euro replaced, as history and encyclopaedias give them: "10 million French francs", "Alman markı")
        "mark": (r"marks?|mark", r"мар(?:ок|ки|ка|кой|кам|ками|ках)", r"mark" + back),
        "lira": (r"lir[ae]|liras", r"лир(?:ы|а|у|ой|ам|ами|ах)?", r"lira" + back),
        "peseta": (r"pesetas?", r"песет(?:ы|а|у|ой|ам|ами|ах)?", r"peseta" + back),
        "guilder": (r"guilders?", r"гульден" + _RU_CASES, r"gulden" + back),
    }


# (money, code, English adjective, Russian adjective stem, Turkish name of the country)
_COUNTRIES: list[tuple[str, str, str, str, str]] = [
    ("dollar", "CAD", r"Canadian", r"канадск", r"Kanada"),
    ("dollar", "AUD", r"Australian|Aussie", r"австралийск", r"Avustralya"),
    ("dollar", "NZD", r"New\s+Zealand", r"новозеландск", r"Yeni\s+Zelanda"),
    ("dollar", "HKD", r"Hong\s+Kong", r"гонконгск", r"Hong\s+Kong"),
    ("dollar", "SGD", r"Singapore(?:an)?", r"сингапурск", r"Singapur"),
    ("dollar", "TWD", r"(?:New\s+)?Taiwan(?:ese)?", r"тайваньск", r"Tayvan"),
    ("dollar", "USD", r"American", r"американск", r"(?!)"),  # (Turkish "Amerikan doları" is in units.py)
    ("peso", "MXN", r"Mexican", r"мексиканск", r"Meksika"),
    ("peso", "ARS", r"Argentin(?:e|ian|ean)", r"аргентинск", r"Arjantin"),
    ("peso", "CLP", r"Chilean", r"чилийск", r"Şili"),
    ("peso", "COP", r"Colombian", r"колумбийск", r"Kolombiya"),
    ("peso", "PHP", r"Philippine", r"филиппинск", r"Filipin"),
    ("rupee", "INR", r"Indian", r"индийск", r"Hindistan"),
    ("rupee", "PKR", r"Pakistani", r"пакистанск", r"Pakistan"),
    ("rupee", "LKR", r"Sri\s+Lankan", r"шри-ланкийск", r"Sri\s+Lanka"),
    ("rupee", "NPR", r"Nepal(?:ese|i)", r"непальск", r"Nepal"),
    ("crown", "SEK", r"Swedish", r"шведск", r"İsveç"),
    ("crown", "NOK", r"Norwegian", r"норвежск", r"Norveç"),
    ("crown", "DKK", r"Danish", r"датск", r"Danimarka"),
    ("crown", "ISK", r"Icelandic", r"исландск", r"İzlanda"),
    ("crown", "CZK", r"Czech", r"чешск", r"Çek"),
    ("franc", "CHF", r"Swiss", r"швейцарск", r"İsviçre"),
    ("dinar", "IQD", r"Iraqi", r"иракск", r"Irak"),
    ("dinar", "KWD", r"Kuwaiti", r"кувейтск", r"Kuveyt"),
    ("dinar", "JOD", r"Jordanian", r"иорданск", r"Ürdün"),
    ("dinar", "DZD", r"Algerian", r"алжирск", r"Cezayir"),
    ("dinar", "TND", r"Tunisian", r"тунисск", r"Tunus"),
    ("dinar", "RSD", r"Serbian", r"сербск", r"Sırp"),
    ("dinar", "BHD", r"Bahraini", r"бахрейнск", r"Bahreyn"),
    ("riyal", "SAR", r"Saudi", r"саудовск", r"Suudi"),
    ("riyal", "QAR", r"Qatari", r"катарск", r"Katar"),
    ("riyal", "OMR", r"Omani", r"оманск", r"Umman"),
    ("riyal", "IRR", r"Iranian", r"иранск", r"İran"),
    ("riyal", "YER", r"Yemeni", r"йеменск", r"Yemen"),
    ("dirham", "AED", r"Emirati|UAE", r"эмиратск", r"BAE"),
    ("dirham", "MAD", r"Moroccan", r"марокканск", r"Fas"),
    ("pound", "EGP", r"Egyptian", r"египетск", r"Mısır"),
    ("pound", "LBP", r"Lebanese", r"ливанск", r"Lübnan"),
    ("pound", "SYP", r"Syrian", r"сирийск", r"Suriye"),
    ("pound", "GBP", r"British", r"британск", r"İngiliz"),
    ("real", "BRL", r"Brazilian", r"бразильск", r"Brezilya"),
    ("rand", "ZAR", r"South\s+African", r"южноафриканск", r"Güney\s+Afrika"),
    ("yuan", "CNY", r"Chinese", r"китайск", r"Çin"),
    ("yen", "JPY", r"Japanese", r"японск", r"Japon"),
    ("rouble", "RUB", r"(?!)", r"российск", r"Rus"),  # (English "Russian roubles" is in units.py)
    ("rouble", "BYN", r"Belarusian", r"белорусск", r"Belarus"),
    ("won", "KRW", r"(?:South\s+)?Korean", r"(?:южно)?корейск", r"(?:Güney\s+)?Kore"),
    ("zloty", "PLN", r"Polish", r"польск", r"Polonya"),
    ("forint", "HUF", r"Hungarian", r"венгерск", r"Macar"),
    ("hryvnia", "UAH", r"Ukrainian", r"украинск", r"Ukrayna"),
    ("shekel", "ILS", r"(?:new\s+)?Israeli", r"израильск", r"İsrail"),
    ("shilling", "KES", r"Kenyan", r"кенийск", r"Kenya"),
    ("lev", "BGN", r"Bulgarian", r"болгарск", r"Bulgar"),
    ("baht", "THB", r"Thai", r"таиландск|тайск", r"Tayland"),
    ("ringgit", "MYR", r"Malaysian", r"малайзийск", r"Malezya"),
    ("rupiah", "IDR", r"Indonesian", r"индонезийск", r"Endonezya"),
    ("naira", "NGN", r"Nigerian", r"нигерийск", r"Nijerya"),
    ("manat", "AZN", r"Azerbaijani", r"азербайджанск", r"Azerbaycan"),
    ("franc", "FRF", r"French", r"французск", r"Fransız"),
    ("franc", "BEF", r"Belgian", r"бельгийск", r"Belçika"),
    # (not "German marks": grades, signs; nor Russian "немецких марок": German brands, stamps as often)
    ("mark", "DEM", r"Deutsche", r"(?!)", r"Alman"),
    ("lira", "ITL", r"Italian", r"итальянск", r"İtalyan"),
    ("peseta", "ESP", r"Spanish", r"испанск", r"İspanyol"),
    ("guilder", "NLG", r"Dutch", r"голландск|нидерландск", r"Hollanda"),
]

# The monies whose name is their country's alone, read bare too ("5 million zlotys", "200 млн гривен").
_OWN_NAME = {"zloty": "PLN", "forint": "HUF", "hryvnia": "UAH", "shekel": "ILS", "ringgit": "MYR", "rupiah": "IDR",
             "baht": "THB", "naira": "NGN", "peseta": "ESP"}

# The codes these give ("SAR", "AED", "ILS" are not read as codes in text: units.WRITTEN_CODES).
NAMED_CODES = frozenset(code for _, code, *_ in _COUNTRIES)

# A dollar sign with its country's letters, written before the number ("A$2.3 billion", "HK$ 5 million"); not a
# spreadsheet's cell ("=SUM(A$1:A$9)", "C$2:C$5": a range's ends, after "=" or ":" or before ":" and a column; "$C$4", an
# absolute cell, after a dollar sign; "in cell C$4", "cells A$1 and B$2": after the word "cell")
# (but with a scale word after it a country's dollar is money again: "the fuel cell A$1 billion project")
_NOT_A_CELL = (r"(?<![:=$])(?:(?<!(?i:cell)[ \u00a0])(?<!(?i:cells)[ \u00a0])"
               r"|(?=[A-Za-z]+\$\d+(?:[.,]\d+)?[ \u00a0]?(?i:million|billion|trillion|mn|bn|m|b)(?![\w'’-])))"
               r"(?-i:{})\$(?![\d]+:\$?[A-Za-z])")
PRE_NAMED: list[tuple[str, str]] = [
    (_NOT_A_CELL.format("A|AU"), "AUD"),
    (_NOT_A_CELL.format("C|CA|Can"), "CAD"),
    (_NOT_A_CELL.format("HK"), "HKD"),
    (_NOT_A_CELL.format("NZ"), "NZD"),
    (_NOT_A_CELL.format("S"), "SGD"),
    (_NOT_A_CELL.format("NT"), "TWD"),
    (_NOT_A_CELL.format("R"), "BRL"),
    (_NOT_A_CELL.format("Mex|MX"), "MXN"),
]


def named_currency_rows(back: str, front: str) -> list[tuple[str, str, str]]:
    """The unit rows of the currencies named with their country, then of the monies named alone;
    ``back`` and ``front`` are the Turkish suffix lookaheads of :mod:`desktop.meaning.units`."""
    families, possessed = _families(back, front), _families(_POSSESSED, _POSSESSED)
    rows: list[tuple[str, str, str]] = []
    for money, code, en, ru, tr in _COUNTRIES:
        en_noun, ru_noun = families[money][:2]
        tr_noun = possessed[money][2] if money != "franc" else families[money][2]  # ("İsviçre frangı": the possessive in the stem)
        rows.append((rf"(?:{en})[ \u00a0]+(?:{en_noun})", code, "en"))
        rows.append((rf"(?:{ru}){_RU_ADJ}[ \u00a0]+(?:{ru_noun})", code, "ru"))
        # (the Turkish stem ends the pattern: its lookahead lets the suffix follow, figures._word_end)
        rows.extend((rf"(?:{tr})[ \u00a0]+{stem}", code, "tr") for stem in ((tr_noun,) if isinstance(tr_noun, str) else tr_noun))
    for money, code in _OWN_NAME.items():
        en_noun, ru_noun, tr_noun = families[money]
        rows.append((en_noun, code, "en"))
        if money != "rupiah":  # ("рупий" are rupees as often)
            rows.append((ru_noun, code, "ru"))
        rows.extend((stem, code, "tr") for stem in ((tr_noun,) if isinstance(tr_noun, str) else tr_noun))
    return rows


_PLURAL_NOUN = re.compile(r"(?<![\w'’-])[a-z]{3,}s(?![\w'’-])")


def money_nouns(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> set[str]:
    """The plural nouns of the money figures in ``found`` that a currency's code names ("two Jordanian dinars" →
    "dinars"): a later "one dinar" is one of them, as "one tank" after "14 tanks" (``amounts._one_things``)."""
    return {w[0] for b, e, a in found if str(a.get("unit", "")).split("/")[0] in NAMED_CODES
            for w in _PLURAL_NOUN.finditer(text, b, e)}

