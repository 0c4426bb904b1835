"""The vocabularies of the figure parsers: scale words, units, currencies, number words,
durations, metric units in every script, fractions and bounds (English, Russian, Turkish).

Each unit table row is ``(regex, symbol[, language])``; the regexes are matched
case-insensitively as whole words by :mod:`desktop.meaning.figures`.  A symbol shown to
the user needs an entry in ``desktop/ui/localised.py`` ``UNIT_SOURCES`` (currency codes,
"%", "°", "°C" and "°F" are shown as stored).
"""

from __future__ import annotations

import re

from desktop.meaning import turkish_words
from desktop.meaning.currency_names import NAMED_CODES, PRE_NAMED, named_currency_rows
from desktop.meaning.date_base import FoldedKeys
from desktop.meaning.number_words import WORD_VALUES
from desktop.meaning.figure_surroundings import (  # noqa: F401  (exported here for the parsers that read them from units)
    CROWNS_DOTTED, PER_UNIT, comparison_base, crowns_grouped, decimals_of_a_rate, dots_grouped_by_currency, places_nearby,
    tied_knots, tr_share_price)
from desktop.meaning.numbers import TR_NUMBERS
from desktop.meaning.numbers_ru import HALF, RU_NUMBER_WORDS

# ---------------------------------------------------------------- vocabularies
# Turkish words take case and derivational suffixes ("milyar dolara", "dolarlık",
# "milyonluk", "kişiyi", "bine"; the "-lık" softened before a vowel: "5 liralığı",
# "10 metreliği"; a copula: "10.000 dolardı", "5 milyardır").  A Turkish unit or
# scale matches its stem; the lookahead lets a suffix of the right vowel harmony
# follow, and the span ends at the stem ("1,2 milyar dolar" in "1,2 milyar
# dolara").  Front-vowel stems
# do not take back-vowel suffixes, so "bin" is not read inside "bina".
TR_END = r"(?![^\W_])"
# (A possessed noun takes its accusative as "-nı": "500000 ABD Dolarını", "kilometresini".)
TR_BACK = (r"(?=(?:l[ıiu][kğ]|lar)?(?:y?[ıiu]|s[ıiu])?(?:n?[ıiu]n|n?[dt]an?|y?[dt][ıiu]r?|y?la|[ny]?a|n[ıiu]|n)?"
            + TR_END + ")")
TR_FRONT = (r"(?=(?:l[iü][kğ]|ler)?(?:y?[iü]|s[iü])?(?:n?[iü]n|n?[dt]en?|y?[dt][iü]r?|y?le|[ny]?e|n[iü]|n)?"
             + TR_END + ")")

# Scale words: (regex, power of ten, language).  Order = alternation order, so
# longer spellings come before their prefixes.
SCALES: list[tuple[str, int, str]] = [
    (r"thousands?", 3, "en"),
    (r"millions?", 6, "en"),
    (r"billions?", 9, "en"),
    (r"trillions?", 12, "en"),
    (r"mln\.?", 6, "en"),
    (r"mn", 6, "en"),
    (r"bln\.?", 9, "en"),
    (r"bn", 9, "en"),
    (r"trn|tn", 12, "en"),
    (r"тысяч(?:ами|ам|ах|ей|ью|а|и|у|е)?|тыс\.?", 3, "ru"),  # every case: "545 тысячам", "в 160 миллионах"
    (r"миллион(?:ами|ам|ах|ов|ом|а|у|е)?|млн\.?", 6, "ru"),
    (r"миллиард(?:ами|ам|ах|ов|ом|а|у|е)?|млрд\.?", 9, "ru"),
    (r"триллион(?:ами|ам|ах|ов|ом|а|у|е)?|трлн\.?", 12, "ru"),
    # Kazakh "мың" (thousand; "млн", "млрд" are the Russian abbreviations), the span ending at the stem as "теңге"
    (r"мың(?=(?:ға|нан|да|ның|ы)?" + TR_END + ")", 3, "ru"),
    # (and "миллион", "миллиард" in the Kazakh cases: "20 миллионға жетті", "2 миллиардқа"; twenty-third round)
    (r"миллион(?=(?:ға|нан|да|ның|ды|ы)" + TR_END + ")", 6, "ru"),
    (r"миллиард(?=(?:қа|тан|та|тың|ты|ы)" + TR_END + ")", 9, "ru"),
    (r"milyon" + TR_BACK, 6, "tr"),
    (r"milyar" + TR_BACK, 9, "tr"),
    (r"trilyon" + TR_BACK, 12, "tr"),
    (r"bin" + TR_FRONT, 3, "tr"),
    # Single letters: only when nothing letter-like follows ("5km" is km).
    # "m" and "b" count as scales only next to a currency ("€3m").
    (r"k(?![^\W\d_])", 3, "en"),
    (r"m(?![^\W_]|/s(?:ec|n)?(?:\b|[2²]))", 6, "en"),  # ("30 m/s", "9.8 m/s2": a speed, an acceleration)
    (r"b(?![^\W_])", 9, "en"),
]
CURRENCY_ONLY_SCALES = {"m", "b"}

# "TB", "GB", "MB" before a lower-case word are a unit only where the word speaks of data ("500 GB
# of storage", "a 2 TB drive"); "1.5 million TB deaths", "500 TB patients" are tuberculosis.
_DATA_END = (r"(?![ \u00a0](?-i:(?=[a-z]+\b)(?!(?:of|per|an?|in|on|for|and|or|to|at|with|each|storage|data|drives?|disks?"
             r"|hard|ssd|memory|ram|cloud|capacity|files?|cards?|sticks?|space|flash|usb|backups?|internal|external"
             r"|solid|free|total|worth|download\w*|upload\w*|transfer\w*|traffic|plans?|limit|version|model|quota"
             r"|archive|disc|discs|tape|ssds|hdds?|nvme|ddr\d?|vram|cache|buffer"
             r"|boyut\w*|bellek\w*|depolama\w*|veri(?:[lysdn]\w*)?|dosya\w*|kapasite\w*|disk\w*|kart(?:[ıltae]\w*)?)\b)))")
# (Turkish: "120 MB boyutunda", "veriler", "kartta"; not English "verified", "karting": "300 TB verified cases" stays cases)

# ISO 4217 codes read as money before or after a number ("USD 25", "225 DKK", "IRR200,000"); not the codes
# that are other things in capitals too (PHP 7, COP26, RON 95 petrol, SAR teams, CAD drawings, AED defibrillators,
# ILS approach, an IRR of 12%, AMD, MAD, CUP, GEL, ALL).
WRITTEN_CODES = frozenset("""
    USD EUR GBP RUB KZT TRY CNY TJS UZS KGS JPY CHF DKK SEK NOK ISK PLN CZK HUF BGN UAH BYN AZN INR PKR BDT
    IDR MYR THB VND KRW HKD SGD TWD AUD NZD MXN BRL ARS CLP PEN CUC ZAR NGN KES EGP QAR IQD
    """.split())
# Every code a figure's unit may be money in: the written ones and those of currencies named with their country
# ("5 million Saudi riyals": SAR, which is not read as a code)
CURRENCY_CODES = WRITTEN_CODES | NAMED_CODES

# Units: (regex, symbol, language).  Currencies use ISO 4217 codes.
UNITS: list[tuple[str, str, str]] = [
    # percent and percentage points
    (r"percentage\s+points?|п\.\s?п\.|процентн(?:ых|ого)\s+пункт(?:ов|а)?", "pp", "en"),
    (r"basis\s+points?|базисн(?:ых|ого|ый)\s+пункт(?:ов|а)?|baz\s+puan", "bp", "en"),
    # "67.3pc" (glued: "52 pc" may be parsecs); "a 24pc cutlery set", "the 7,541pc Lego set" are pieces
    (r"per\s?cent|pct\.?|(?:(?<=\d)|^)pc(?![\w-])(?![ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?(?:sets?|kits?|packs?|bundles?"
     r"|collections?|pieces)(?![\w-]))", "%", "en"),
    (r"процент(?:ов|а|ы|ам|ами|ах|ом)?", "%", "ru"),
    # Kazakh "пайыз" (percent) and its cases, the span ending at the stem ("8,5 пайызға жетті", "5 пайызы")
    (r"пайыз(?=(?:ға|ы|дан|ды|да|ның|бен|ын)?" + TR_END + ")", "%", "ru"),
    (r"%", "%", ""),
    # money: first the currencies named with their country ("5 million Canadian dollars", "канадских долларов", "Kanada
    # doları") and the monies named alone ("zlotys"), then the bare names
    *named_currency_rows(TR_BACK, TR_FRONT),
    (r"(?:US|U\.S\.)\s?dollars?|dollars?", "USD", "en"),
    (r"доллар(?:ов|а|ы)?(?:\s+США)?|долл\.", "USD", "ru"),
    (r"(?:(?:ABD|Amerikan)\s+)?dolar" + TR_BACK, "USD", "tr"),
    (r"US\$|\$", "USD", ""),
    (r"euros?", "EUR", "en"),
    (r"евро", "EUR", "ru"),
    (r"(?:avro|euro)" + TR_BACK, "EUR", "tr"),
    (r"€", "EUR", ""),
    (r"(?:Russian\s+)?r(?:o)?ubles?", "RUB", "en"),
    (r"рубл(?:ей|я|ь)|руб\.?", "RUB", "ru"),
    (r"₽", "RUB", ""),
    (r"tenge", "KZT", "en"),
    (r"тенге", "KZT", "ru"),
    # Kazakh "теңге" and its cases, the span ending at the stem ("200 000 теңгеге дейін", "1,5 млрд теңгеден")
    (r"теңге(?=(?:нің|ні|ге|де|ден|мен|лік)?" + TR_END + ")", "KZT", "ru"),
    # (and Kazakh dollars and euros in their cases: "3-4 млрд долларға", "2 млрд доллардан", "500 еуроға"; twenty-third round)
    (r"доллар(?=(?:ға|дан|ды|дың|да|лық|мен)" + TR_END + ")", "USD", "ru"),
    (r"еуро(?=(?:ға|дан|ны|ның|да|лық|мен)?" + TR_END + ")", "EUR", "ru"),
    (r"₸", "KZT", ""),
    (r"Türk\s+liras[ıi]|(?:Turkish\s+)?liras?", "TRY", "en"),
    (r"(?-i:TL)", "TRY", "tr"),
    (r"lira" + TR_BACK, "TRY", "tr"),
    (r"(?:турецких\s+)?лир[ыа]?", "TRY", "ru"),
    (r"₺", "TRY", ""),
    (r"£|pounds\s+sterling", "GBP", "en"),
    (r"фунт(?:ов|а)?\s+стерлинг(?:ов|а)?", "GBP", "ru"),
    (r"yuan|renminbi", "CNY", "en"),
    (r"юан(?:ей|я|ь)", "CNY", "ru"),
    (r"yen", "JPY", "en"),  # and Turkish "yen" ("5 milyar yen")
    (r"иен", "JPY", "ru"),
    # Scandinavian crowns written "kr" ("150 Kr", "2500-4600 kr."): the Danish, Swedish, Norwegian or Icelandic crown
    # alike, so no ISO code is guessed
    (r"(?-i:(?<!\d)Kr|kr)", "kr", ""),  # (not an isotope: "85Kr")
    # florins, dirhams and riyals (or rials): several countries' money (Aruba's or a city-state's florin, the Emirates' or
    # Morocco's dirham, Saudi Arabia's, Qatar's, Oman's, Yemen's or Iran's riyal), so no ISO code is guessed, as for "kr"
    (r"florins?", "florin", "en"),
    (r"florin" + TR_FRONT, "florin", "tr"),
    (r"флорин(?:ов|а)?", "florin", "ru"),
    (r"dirhams?", "dirham", "en"),
    (r"dirhem" + TR_FRONT + r"|dirham" + TR_BACK, "dirham", "tr"),
    (r"дирхам(?:ов|а)?", "dirham", "ru"),
    (r"riyals?|rials?", "riyal", "en"),
    (r"riyal" + TR_BACK + r"|riyal" + TR_FRONT, "riyal", "tr"),  # ("riyale", "riyalden": its "l" is soft)
    (r"риал(?:ов|а)?", "riyal", "ru"),
    (r"somoni", "TJS", "en"),
    (r"сомони", "TJS", "ru"),
    (r"(?-i:" + "|".join(sorted([*WRITTEN_CODES, "RMB"])) + ")", "", ""),  # code itself
    # mass
    (r"metric\s+ton(?:ne)?s?|tonnes?|tons?", "t", "en"),
    (r"тонн(?:ы|а|ах|ами|у)?|т\.?", "t", "ru"),
    # (Kazakh tonnes in their cases, the span ending at the stem: "90 млн тоннаға жетті"; twenty-fourth round)
    (r"тонна(?=(?:ға|дан|ны|ның|да|мен|лық)" + TR_END + ")", "t", "ru"),
    (r"ton" + TR_BACK, "t", "tr"),
    (r"(?-i:Mt)", "Mt", "en"),
    (r"kilogram(?:me)?s?|kilos?|kg", "kg", "en"),
    (r"килограмм(?:ов|а)?|кг", "kg", "ru"),
    # area, volume, length
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s?km|km²|km2", "km²", "en"),
    (r"kilometre\s+kare" + TR_FRONT, "km²", "tr"),
    (r"metre\s+kare" + TR_FRONT, "m²", "tr"),
    (r"кв\.\s?км|квадратн(?:ых|ый|ого)\s+километр(?:ов|а|ах)?", "km²", "ru"),
    (r"квадратн(?:ых|ый|ого)\s+метр(?:ов|а|ах)?|кв\.\s?м(?:етр(?:ов|а|ах)?)?", "m²", "ru"),
    # a flow in cubic metres a second ("debisi 450 m³/sn", "расход 300 м3/с"), before the volume alone
    (r"m[³3]/s(?:ec|n)?", "m³/s", "en"),
    (r"м[³3]/с(?:ек)?", "m³/s", "ru"),
    (r"cubic\s+met(?:re|er)s?|m³|m3", "m³", "en"),
    (r"куб(?:\.|ических)?\s?м(?:етров)?\.?|кубометр(?:ов|а)?", "m³", "ru"),
    (r"metreküp" + TR_FRONT, "m³", "tr"),
    (r"bcm", "bcm", "en"),
    (r"km/hr?|kph|kilomet(?:re|er)s\s+(?:per|an)\s+hour", "km/h", "en"),
    (r"км/ч", "km/h", "ru"),
    (r"km/sa", "km/h", "tr"),
    (r"mph|miles\s+(?:per|an)\s+hour", "mph", "en"),
    # wind and speed in metres a second: "ветер до 20 м/с", "gusts of 30 m/s", "saniyede 20 metre" is per second too
    # an acceleration, before the speed ("9.8 m/s2", "100 м/с²")
    (r"m/s(?:ec|n)?[2²]", "m/s²", "en"),
    (r"м/с(?:ек)?[2²]", "m/s²", "ru"),
    (r"m/s(?:ec)?|met(?:re|er)s\s+(?:per|a)\s+second", "m/s", "en"),
    (r"м/с|м/сек|метр(?:ов|а)?\s+в\s+секунду", "m/s", "ru"),
    (r"m/sn", "m/s", "tr"),
    # nautical miles, as news gives territorial waters and sea distances ("12 deniz mili", "в 12 морских милях")
    (r"nautical\s+miles?|nmi", "nmi", "en"),
    (r"морск(?:их|ие|ая|ой|ую)\s+мил(?:ь|и|ей|ях|ям|ю|я)", "nmi", "ru"),
    (r"deniz\s+mil" + TR_FRONT, "nmi", "tr"),
    # "40C" (British news style); "20 C" with a space only before a stop or an apostrophe ("20 C,", "132 C'de"); a
    # letter o (Latin or Cyrillic: "+25оС") or an ordinal sign for the degree, glued to the digits ("180oC/350oF", "20ºC");
    # not the "с. ш." of a latitude, nor the Kazakh "с. е." ("55° с. ш.", "43° с.е.": 55, 43 degrees north): a small
    # "с", then a small "ш" or "е" ending its word, so "+5°С. Школы закрыты", "+3°С шторм" stay temperatures
    # and not a spaced small "с" that is a preposition ("на 45° с шагом 5°", "+5° с утра": 45°, +5°)
    (r"[°º](?:\s(?!(?-i:с)[ \u00a0]+[^\W\d_]))?[CС](?!(?<=(?-i:с))\.?[ \u00a0]?(?-i:[ше])(?:\.|(?![^\W\d_])))|degrees?\s+(?:Celsius|centigrade)|(?<![ \u00a0])(?-i:[oо]?[CС])(?![\w])|(?<=[ \u00a0])(?-i:[CС])(?=[,.;:!?)'’])",
     "°C", ""),
    (r"[°º]\s?F|degrees?\s+Fahrenheit|(?<![ \u00a0])(?-i:o?F)(?![\w])", "°F", "en"),
    # the degree sign alone: an angle, or a temperature where the sentence speaks of one in Russian or Turkish
    # (measures.temperature_and_rate): "a 45° angle", "rotated 90°", "+25° в тени"; not a coordinate, a position with
    # its minutes or its point of the compass after it ("33° 30′ 21″ N", "33.5° N", "HotBird 13° East", Kazakh "76° ш.б."),
    # nor an ordinal before a name or "de" ("the 1º Batallón", "4° Stormo", "Avenida 9º de Julio")
    (r"[°º](?!(?:[ \u00a0](?!(?-i:с)[ \u00a0]+[^\W\d_]))?[CСF](?![\w]))(?![ \u00a0]?\d{1,2}(?:[.,]\d+)?[ \u00a0]?['’′])"
     r"(?![ \u00a0]?(?:[NSEW]|North|South|East|West|[сю]\.?[ \u00a0]?ш|[вз]\.?[ \u00a0]?д|[со]\.?[ \u00a0]?е|[шб]\.?[ \u00a0]?б|[KGDB]|Kuzey|Güney|Doğu|Batı)(?![^\W\d_]))"
     r"(?![ \u00a0]+(?:(?-i:[A-ZÀ-ÖØ-Þ])|(?:de|del|della|di|do|da)(?![\w-])))", "°", ""),
    (r"kilomet(?:re|er)s?|km", "km", "en"),
    (r"километр(?:ов|а)?|км", "km", "ru"),
    (r"hectares?|ha", "ha", "en"),
    (r"гектар(?:ов|а)?|га", "ha", "ru"),
    (r"hektar" + TR_BACK, "ha", "tr"),
    (r"centimet(?:re|er)s?|cm", "cm", "en"),
    (r"millimet(?:re|er)s?|mm", "mm", "en"),
    (r"milligrams?|mg", "mg", "en"),
    # ("200g of cocaine"; not "5G", nor a single digit glued to "g" unless "of" follows: "5g phones", "pulled 9g")
    (r"grams?|grammes?|(?-i:(?<!(?<![\d.,])\d)g|g(?=[ \u00a0]+of\b))", "g", "en"),
    (r"грамм(?:ов|а|ами|ах)?", "g", "ru"),
    (r"derece" + TR_FRONT, "°", "tr"),
    (r"fit" + TR_FRONT, "ft", "tr"),
    (r"sterlin" + TR_FRONT, "GBP", "tr"),
    (r"square\s+miles?|sq\.?\s?mi", "mi²", "en"),
    (r"miles?|mi", "mi", "en"),
    (r"feet|foot|ft", "ft", "en"),
    # A weight only where the sentence speaks of one (figures.py), never after a scale word ("10 million
    # pounds", "2m pounds", "5 thousand pounds" are money: the figure ends at the scale); "£" is money.
    (r"(?<!lion[ \u00a0])(?<!sand[ \u00a0])(?<!\dm[ \u00a0])(?<!\dk[ \u00a0])(?<!bn[ \u00a0])pounds?", "lb", "en"),
    # After a scale word "pounds" is money unless "of" follows ("10 million pounds" → GBP; "10 million
    # pounds of beef" is a weight, left to the count rules); figures.py reads the word "pounds" as GBP there.
    (r"(?:(?<=lion[ \u00a0])|(?<=sand[ \u00a0])|(?<=\dm[ \u00a0])|(?<=\dk[ \u00a0])|(?<=bn[ \u00a0]))pounds?(?![ \u00a0]+of\b)", "lb",
     "en"),
    (r"lbs?", "lb", "en"),  # ("7lb"; "7 lb" is in METRIC too)
    # irrigation water and reservoirs ("300 acre-feet"), before the acre alone
    (r"acre(?:[- \u00a0]?|[ \u00a0]?[·⋅][ \u00a0]?)(?:feet|foot|ft)", "acre·ft", "en"),  # ("acre·ft", "acre · ft": 21st round)
    (r"acres?", "acre", "en"),
    # a recipe's or a bottle's volume ("11.8 fl oz", "0.3 US gal"); "5 gallons" stays a count of gallons
    (r"fl\.?[ \u00a0]?oz|fluid[ \u00a0]+ounces?", "fl oz", "en"),
    (r"(?:US|U\.S\.|imp\.?|imperial)[ \u00a0]+gal(?:lons?)?|gal", "gal", "en"),
    (r"met(?:re|er)s?", "m", "en"),
    (r"метр(?:ов|а)?", "m", "ru"),
    # energy
    (r"kWh|kW·h", "kWh", "en"),
    (r"MWh", "MWh", "en"),
    (r"GWh", "GWh", "en"),
    (r"TWh", "TWh", "en"),
    (r"кВт[·*]?ч", "kWh", "ru"),
    (r"МВт[·*]?ч", "MWh", "ru"),
    (r"ГВт[·*]?ч", "GWh", "ru"),
    (r"megawatts?|MW", "MW", "en"),
    (r"gigawatts?|GW", "GW", "en"),
    (r"kilowatts?|kW", "kW", "en"),
    (r"(?:megavat|megawatt)" + TR_BACK, "MW", "tr"),  # (Turkish: "200 megavatlık santral"; "kilovatsaat" is kWh)
    (r"(?:gigavat|gigawatt)" + TR_BACK, "GW", "tr"),
    (r"kilovat[ \u00a0]?saat" + TR_BACK, "kWh", "tr"),
    (r"kilovat" + TR_BACK, "kW", "tr"),
    (r"МВт", "MW", "ru"),
    (r"ГВт", "GW", "ru"),
    (r"кВт", "kW", "ru"),
    # electricity, food energy, data, engines
    (r"(?-i:V)|volts?", "V", "en"),
    (r"вольт(?:а|ов)?", "V", "ru"),
    (r"volt" + TR_BACK, "V", "tr"),
    (r"kcal|kilocalories|calories", "kcal", "en"),
    (r"ккал|калори(?:й|и|я)", "kcal", "ru"),
    (r"kalori" + TR_FRONT, "kcal", "tr"),
    # an engine's turns and power, a ship's speed, a mass of carbon, a particle's energy ("3000 rpm", "150 beygir gücü",
    # "12 knots", "40 Gt", "25 meV")
    (r"(?-i:rpm|RPM)|revolutions\s+(?:per|a)\s+minute", "rpm", "en"),
    (r"об/мин", "rpm", "ru"),
    (r"devir/dakika|dev/dk", "rpm", "tr"),
    # (not the maker before its products: "5 hp printers"; in capitals a power only at a phrase's end, before an engine's
    # word or a small word: "boss has 5000 HP.", "a 200 HP engine", "150 HP motorla", "75 HP at 3000 rpm"; not the company
    # before what it counts or sells: "200 HP employees", "300 BHP workers", "200 HP shares", "5 HP Envy", "5 HP yazıcı")
    (r"(?:(?-i:hp|bhp)(?![ \u00a0]+(?i:printers?|laptops?|computers?|pcs?|desktops?|notebooks?|servers?|scanners?|tablets?"
     r"|monitors?|cartridges?|ink|workstations?))|(?-i:HP|BHP)(?=[ \u00a0]*(?:[.,;:!?)\]]|\Z)|[ \u00a0]+(?i:engines?|motor\w*"
     r"|outboards?|diesels?|turbo\w*|güc\w*|at|and|or|of|from|to|in|on|under|with|for|than|per|each|is|was|ve|ile)(?![\w])))"
     r"|horsepower", "hp", "en"),
    (r"л\.[ \u00a0]?с\.|лошадиных[ \u00a0]+сил", "hp", "ru"),
    # (a "beygir" alone is a horse: "Arabayı 2 beygir çekiyordu"; power is "beygir gücü" or "90 beygirlik"; "\Z" lets
    # lookups.py find the unit of the word "beygir" cut from "beygirlik")
    (r"beygir[ \u00a0]+gücü" + TR_FRONT + r"|beygir(?=li[kğ]|\Z)" + TR_FRONT, "hp", "tr"),
    # (not the knots in a rope or a stomach right after: "three knots in the rope"; knots tied or learnt before the
    # number are kept out by tied_knots)
    (r"knots?(?![ \u00a0]+(?:in|on|of|into|along)[ \u00a0]+(?:(?:the|a|an|my|his|her|their|its|your|our|this|that|each)[ \u00a0]+)?"
     r"(?:[^\W\d_]+[ \u00a0]+)?(?:ropes?|strings?|cords?|threads?|laces?|yarns?|ties?|stomachs?|hair|muscles?|wood)(?![\w]))",
     "kn", "en"),
    (r"knot" + TR_BACK, "kn", "tr"),
    (r"(?-i:Gt)|gigat(?:on|onne)s?", "Gt", "en"),
    (r"(?-i:meV)", "meV", ""),
    # a particle's energy in capitals ("25 MeV", "7 TeV"; "meV" above is a thousandth of an eV)
    (r"(?-i:keV)|кэВ", "keV", ""),
    (r"(?-i:MeV)|МэВ", "MeV", ""),
    (r"(?-i:GeV)|ГэВ", "GeV", ""),
    (r"(?-i:TeV)|ТэВ", "TeV", ""),
    (r"(?-i:Mbps|Mbit/s)|megabits?\s+per\s+second|Мбит/с", "Mbit/s", "en"),
    (r"(?-i:Gbps|Gbit/s)|gigabits?\s+per\s+second|Гбит/с", "Gbit/s", "en"),
    (r"(?-i:TB)" + _DATA_END + "|terabytes?|ТБ", "TB", "en"),
    (r"(?-i:GB)" + _DATA_END + "|(?-i:GByte)|gigabytes?|ГБ", "GB", "en"),
    (r"(?-i:MB)" + _DATA_END + "|(?-i:MByte)|megabytes?|МБ", "MB", "en"),
    (r"(?-i:cc)|cm³|cm3|см³|см3", "cm³", "en"),
    # oil, containers, people
    (r"barrels?|bbl", "bbl", "en"),
    (r"баррел(?:ей|я|ь)", "bbl", "ru"),
    (r"varil" + TR_FRONT, "bbl", "tr"),
    (r"TEUs?", "TEU", "en"),
    (r"people|persons?|individuals", "people", "en"),
    (r"человек|чел\.", "people", "ru"),
    # Kazakh "адам" (person) and its cases, the span ending at the stem ("15 мың адам", "12 адамға"; twenty-fourth round)
    (r"адам(?=(?:ға|ды|нан|ның|да|мен|дар|дың)?" + TR_END + ")", "people", "ru"),
    (r"kişi(?!liğ)" + TR_FRONT, "people", "tr"),  # (not "kişiliği": a personality)
    # single-letter units last
    (r"t", "t", ""),
    (r"m", "m", ""),
]

# Currency signs / codes written before the number.
PRE_CURRENCIES: list[tuple[str, str]] = [
    (r"US\$|U\.S\.\s?\$|\$", "USD"),
    *PRE_NAMED,  # ("A$2.3 billion", "HK$5 billion", "C$500 million")
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"₸", "KZT"),
    (r"₽", "RUB"),
    (r"₺", "TRY"),
    # the yen's sign, the yuan's where the sentence names the yuan (figures.py; twenty-fourth round: "¥2.3 trillion" had no
    # currency)
    (r"JP¥", "JPY"),
    (r"CN¥|(?-i:RMB)(?=[ \u00a0\d]|$)", "CNY"),
    (r"¥", "JPY"),
    (r"(?-i:" + "|".join(sorted(WRITTEN_CODES)) + r")(?=[ \u00a0\u202f\d])", ""),
]
# The yuan named in the sentence of a bare "¥": "Sales rose to ¥500 billion, or 70 billion yuan"
YUAN_NAMED = re.compile(r"(?<![\w-])(?i:yuan|renminbi|RMB)(?![\w-])")

MULTIPLIER_WORDS = {"hundred": 100, "dozen": 12}

# The words between the two numbers of a vote's tally ("by 52 votes to 48", "300 голосами против 50"): the
# second counts votes too (measures.find_tallies), and the two are no range (ranges.range_to).
TALLY_WORDS = r"(?P<noun>(?i:votes?|голос(?:ами|ов|а)))[ \u00a0]+(?i:to|против)[ \u00a0]+"

# ---------------------------------------------------------------- durations, counts, words, bounds, ranges
# A Turkish case ending after a duration's stem or its -lık/-sı ("3 yıllığına", "30 saniyelik",
# "15 dakikasında"): part of the span, as "yılda" always was.
TR_SUFFIX = r"(?:[ıiuü]?n?(?:[dt][ae]n?|[ny]?[ae]|[ıiuü]n?|l[ae])?)"
# Duration units: (regex, symbol).  Case-insensitive, whole words.
DURATIONS: list[tuple[str, str]] = [
    (r"years?|yrs?|лет|года?|годы|год(?:ам|ами|ах)|yıl(?:l[ıi]ğ|l[ıi]k|d[ıi]r|[ıi]n?)?" + TR_SUFFIX + "|sene(?:l[ıi]k)?" + TR_SUFFIX, "y"),
    (r"months?|месяц(?:ев|а|ы|у|ам|ами|ах)?|ay(?:l[ıi]ğ|lık|dır)?" + TR_SUFFIX, "mo"),
    (r"weeks?|недел(?:ь|и|ю|ям|ями|ях)|hafta(?:l[ıi]k|d[ıi]r|s[ıi])?" + TR_SUFFIX, "wk"),
    (r"days?|дн(?:ей|я|ям|ями|ях)|день|сут(?:ок|ки|кам|ками)|gün(?:lük|dür|ü)?" + TR_SUFFIX, "d"),
    (r"hours?|(?-i:hrs?)|час(?:ов|а|ам|ами|ах)?|saat(?:lik|tir|i)?" + TR_SUFFIX, "h"),
    (r"minutes?|mins?|минут(?:ы|у|ам|ами|ах)?|dakika(?:l[ıi]k|d[ıi]r|s[ıi])?" + TR_SUFFIX + "|(?-i:dk)", "min"),  # ("DK" is no minute)
    (r"seconds?|secs?|секунд(?:ы|у)?|saniye(?:lik|dir|si)?" + TR_SUFFIX, "s"),
]
# Metric units written in Cyrillic or Turkish (and the Latin short forms the main pattern lacks).
# A Turkish case or derivational ending after a metric unit ("4875 metreye", "3890 metredir",
# "26 metrelik", "520 kilometreden", "597 kiloya", "9x18 mm'lik"): part of the span.
TR_CASE = (r"(?:'(?=\w))?(?:l[ıiuü][kğ]|l[ae]r)?(?:[ıiuü]|y[ıiuü]|s[ıiuü]|n[ıiuü]n|[ny]?[ae]|y?l[ae]|[dt][ae]n?"
           r"|[dt][ıiuü]r|[dt][ae][dt][ıiuü]r|n[dt][ae]n?)?")
METRIC: list[tuple[str, str]] = [
    (r"мм|миллиметр(?:ов|а)?|millimet(?:re|er)s?|(?:mm|milimetre)" + TR_CASE, "mm"),
    (r"см|сантиметр(?:ов|а)?|centimet(?:re|er)s?|(?:cm|santimetre)" + TR_CASE, "cm"),
    (r"км2|км²|кв\.\s?(?:км|километр(?:ов|а|ах)?)|квадратн(?:ых|ый|ого)\s+километр(?:ов|а|ах)?|km2|km²|kilometrekare" + TR_CASE, "km²"),
    (r"км|километр(?:ов|а|ах|ам|ами)?|(?:km|kilometre)" + TR_CASE, "km"),
    (r"м2|м²|кв\.\s?(?:м|метр(?:ов|а|ах)?)|квадратн(?:ых|ый|ого)\s+метр(?:ов|а|ах)?|m2|m²|metrekare" + TR_CASE, "m²"),
    (r"м3|м³|m3|m³", "m³"),
    (r"м|метр(?:ов|а|ах|ам|ами)?|metre" + TR_CASE, "m"),
    (r"кг|килограмм(?:ов|а)?|(?:kilogram|kilo)" + TR_CASE, "kg"),
    (r"miligram" + TR_CASE, "mg"), (r"gram" + TR_CASE, "g"),  # ("500 grama", "250 gramlık", "500 gramdır")
    (r"га|гектар(?:ов|а)?|hektar" + TR_CASE, "ha"),
    (r"т|тонн(?:ы|а)?|ton" + TR_CASE, "t"),
    (r"мл|миллилитр(?:ов|а)?|millilit(?:re|er)s?|(?:ml|mililitre)" + TR_CASE, "ml"),
    (r"л|литр(?:ов|а)?|liters?|litres?|(?:litre|lt)" + TR_CASE, "l"),
    (r"°C|°С|градус(?:ов|а)?", "°C"),
    (r"mil" + TR_CASE, "mi"),
    (r"дюйм(?:ов|а)?|inch(?:es)?|inç" + TR_CASE, "in"),
    (r"световых\s+лет|светового\s+года|световой\s+год|light[ -]years?|ışık\s+yıl(?:ı|lık)" + TR_CASE, "ly"),
    (r"ватт|watts?|watt" + TR_CASE, "W"),
    (r"lbs?", "lb"),
]
# Turkish "kat" is "times" going up to it or with a change ("2 katına çıktı", "3 kat arttı", "5 kat daha
# fazla"); "binanın 5 katı", "3 katına sıçradı", "2 kat daha eklendi" are floors (and so is any "kat"
# after a building's noun: figures.py). ("$": the unit word alone, as figures.py looks it up.)
# (Kazakh "есе" and its dative and ablative, with the case as Turkish "katına": "2 есе өсті", "3 есеге артты"; twenty-fourth
# round)
TIME_SYMBOLS = frozenset(symbol for _pattern, symbol in DURATIONS)  # "y", "mo", "wk", "d", "h", "min", "s"
TIMES: list[tuple[str, str]] = [(r"times|раз(?:а)?|есе(?:ге|ден)?|defa|kez|kere|misl[iı](?:n[ei]|nden)?|katına(?:(?=[ \u00a0]+(?:çık|yüksel|ulaş))|$)"
                                 r"|kat(?:(?=[ \u00a0]+(?:art|fazla|büyü|yüksel|azal|düş|daha[ \u00a0]+(?:fazla|çok|büyük|yüksek|az"
                                 r"|pahalı|ucuz|hızlı)))|$)", "times")]
PEOPLE_RU = r"человек(?:а)?|чел\."

EN_SMALL = dict(WORD_VALUES)
RU_WORDS: dict[str, int | float] = {**RU_NUMBER_WORDS, **HALF}  # every case form: "двух", "двадцати", "полтора"
TR_WORDS = {"bir": 1, **TR_NUMBERS}
FRACTIONS = FoldedKeys({
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three-quarters": 0.75, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "one-fifth": 0.2,
    "two-fifths": 0.4, "two fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "a tenth": 0.1, "one-tenth": 0.1, "половина": 0.5, "половину": 0.5, "половины": 0.5, "треть": 1 / 3,
    "две трети": 2 / 3, "четверть": 0.25, "три четверти": 0.75, "трети": 1 / 3, "третью": 1 / 3, "четверти": 0.25,
    "четвертью": 0.25, "двух третей": 2 / 3, "трёх четвертей": 0.75, "трех четвертей": 0.75,
    "одной трети": 1 / 3, "одной четверти": 0.25, "üçte biri": 1 / 3,
    "üçte ikisi": 2 / 3, "dörtte biri": 0.25, "dörtte üçü": 0.75,
})
# Bounds written before a figure → qualifier.
BOUNDS = [
    # "nothing more than 5 minutes" is only 5 minutes: no bound (before "more than" below)
    (r"nothing\s+more\s+than", ""),
    # ("not under 18", "не меньше чем в 2 раза": a bound on "в N раз" is written before "в")
    (r"at\s+least|no[t]?\s+fewer\s+than|no[t]?\s+less\s+than|(?:not|never)\s+(?:under|below)|no\s+(?:shorter|lower|smaller|younger)\s+than|не\s+(?:менее|меньше)(?:\s+чем(?:\s+в)?)?"
     r"|как\s+минимум|по\s+меньшей\s+мере|en\s+az|кемінде|кем\s+дегенде", "≥"),  # (Kazakh "кемінде": at least)
    # ("no more than 50", "не больше 10": at most, before "more than", "больше" below)
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|as\s+old\s+as|at\s+most|no[t]?\s+more\s+than|(?:not|never)\s+(?:over|above)"
     r"|no\s+(?:longer|higher|greater|larger|bigger|older|taller)\s+than"
     r"|не\s+(?:более|больше)(?:\s+чем(?:\s+в)?)?|en\s+fazla"
     # negated, with one word between or none ("did not exceed", "won't exceed", "not expected to exceed", "не может
     # превышать"; not "not only exceeded": more than)
     r"|(?:not|never|cannot|\w+n['’]t)\s+(?:(?!only\b|just\b|merely\b|simply\b)\w+\s+)?(?:to\s+)?exceed(?:s|ed|ing)?"
     r"|не\s+(?:(?!только\b|просто\b|лишь\b)\w+\s+)?превы(?:ша|си)\w*", "≤"),
    (r"as\s+(?:few|little|low|young)\s+as", "≥"),
    (r"less\s+than|fewer\s+than|under|below|(?:younger|shorter|lower|smaller)\s+than|(?:just\s+)?shy\s+of|(?:менее|меньше)(?:\s+чем(?:\s+в)?)?|моложе|младше", "<"),
    (r"more\s+than|over|above|(?:older|longer|higher|greater|larger|bigger|taller)\s+than|upwards?\s+of|in\s+excess\s+of|(?:более|больше)(?:\s+чем(?:\s+в)?)?|свыше|старше|fazla"
     r"|exceed(?:s|ed|ing)?|превыша(?:ет|ют|л|ла|ло|ли|ющ\w*)|превысил\w*|превысит", ">"),
    # "some 300 homes", "an estimated 2 million people" are approximate too
    (r"nearly|almost|about|around|approximately|roughly|some|an\s+estimated|close\s+to|more\s+or\s+less|почти|около|примерно|приблизительно|порядка"
     r"|yaklaşık(?:\s+olarak)?|neredeyse|tahminen|tahmini|шамамен", "≈"),  # (Kazakh "шамамен": about)
]
STOP_NOUNS = set("""
    years year году is are was were plus of in on at and or to the a an per percent people times more less than
    times pm am bc ad th st nd rd
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    """.split()) | {turkish_words.lower(name) for name in turkish_words.MONTHS}
