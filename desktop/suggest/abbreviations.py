"""Organisations written as acronyms, and the capitals that are not ones (no I/O, no Qt).

* :func:`acronyms` — "BBC", "UCU", "TBMM", "BOTAŞ", "ВГИК"; never inside an all-capital
  headline, never a unit, currency or roman numeral (:func:`common_abbreviation`), a label
  before a number, a retweet's mark ("RT @user") or a ship's prefix (:func:`label_or_prefix`,
  :func:`after_ship_prefix`);
* :func:`defined_acronyms` — "University and College Union (UCU)": the long form and its
  acronym, so every later "UCU" gets the long form's name.
"""

from __future__ import annotations

import re

from desktop.suggest import legal_forms

__all__ = [
    "COMPUTING_TERMS", "LETTERS_UP", "NOT_ACRONYMS", "WEB_TERMS", "acronyms", "after_ship_prefix", "common_abbreviation", "defined_acronyms", "glued_acronym", "glued_after", "label_or_prefix", "own_expansion", "term_named",
]

# The capitals of names in the Latin, Turkish, Russian and Kazakh alphabets (narrower than words.UP).
LETTERS_UP = "A-ZÇĞİÖŞÜА-ЯЁӘҒҚҢӨҰҮҺІ"

_ACRONYM = re.compile(rf"(?<![\w.&-])[{LETTERS_UP}][{LETTERS_UP}&]{{1,5}}(?![\w&-])")
# terms of web reviews, e-mails and answers ("EDIT :", "sent to the ER", "the DSL modem", "the LLC agreement"), no
# organisation unless one speaks or owns (:func:`term_named`)
WEB_TERMS = frozenset("EDIT WOW ER DSL ADSL FX HR SEO MBA BBQ LLC".split())
NOT_ACRONYMS = set(
    """II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII MW GW KW TWH GWH MWH KWH
    USD EUR GBP RUB KZT TRY CNY TJS UZS KGS RMB TL AM PM OK TV GDP GNP CEO CFO COO PDF URL HTML PS NB AD BC
    CET UTC GMT BST EST PST AI ID IT IQ PR VIP DNA HIV AIDS COVID SARS USA UK US EU UN PRC RF ABD BAE UAE
    ТВ ВВП США РФ КНР СССР ОАЭ МВт ГВт КВт TEU BCM LNG LPG CO NO PhD MP MPs QC KC TBA FAQ OR AND THE OF
    NEW TO IN ON AT BY FOR BUT NOT ALL IED VBIED UAV UAVs RPG WMD ICBM SUV ATM GPS SMS HQ POW POWs CD CDs DVD
    DJ MVP EP LP UFO PC FM SIM VAT PIN ISBN DOI VIDEO LIVE UPDATE UPDATED BREAKING WATCH READ MORE NEWS PHOTO
    PHOTOS EXCLUSIVE OPINION VERY NOTE ALERT AEST AEDT EDT CDT CST MST PDT MSK CEST EET EEST CT ET PT
    API APIs DM DMs SVP EVP VP BCE CE WWI WWII KO IP POS ESC LOL OMG FYI ASAP RSVP MÖ MS
    СМИ ЕГЭ ОГЭ УК ГК КоАП НДС ДТП ЧП ЖКХ ВУЗ НКО AWOL NGO NGOs
    ДНК СМС ИВЛ АЭС ГЭС ТЭЦ ВИЧ СПИД ОРВИ ПЦР МРТ ЭКГ ПДД МРОТ ФЗ СНВ ПО ЧМ БПЛА ЛЭП""".split()
) | set(  # the abbreviations of chat and posts ("FML", "IRL", "TGIF"), beside LOL, OMG and FYI above
    "BTW IMO IMHO TBH SMH FML OMFG WTF IDK IRL TGIF LMAO ROFL BRB AFAIK TIL DIY DUI RIP XD BLOG VLOG".split()
) | set(  # a wind's compass point ("6 C ENE 38 km / hr"); not SSE, a company
    "ENE NNE ESE SSW WSW WNW NNW".split()
) | WEB_TERMS | {"AG"}  # "The AG said": the attorney general, a post (a company's legal form after a name is organisations')
# Terms of computing and a music genre that Turkish and English encyclopaedia text writes in capitals ("Mac OS X",
# "DNS sunucu", "USB kablosu", "IMEI numarası", "XAML dosyalarında", "R&B sanatçısı"): no organisation (not NFC, often
# the National Football Conference: "Seahawks 1976'da NFC'den lige giriş yapmış"). A few name bodies too ("LAN said",
# the airline; "Royal Air Maroc (RAM)"): :func:`term_named` gives those back.
COMPUTING_TERMS = frozenset("OS DNS USB IMEI POSIX XAML AWT CPU GPU RAM SSD HDD LAN VPN HTTP HTTPS FTP SQL XML JSON LCD "
                            "HDMI GSM LTE R&B CRM ERP".split())
# "«Болашақ» ЖШС": the form, not a body; not РМК and МКК, Russian acronyms too (the Russian Copper Company,
# "МКК «Деньги сразу»")
NOT_ACRONYMS |= COMPUTING_TERMS | (legal_forms.KAZAKH - {"РМК", "МКК"})

# A term that speaks or owns names the body so called: FX the network ("FX said it renewed the series", "FX's
# drama"), WOW air ("WOW said it would cancel all flights"); not "we do not request FX and inflation curves", nor
# "RAM said to rise", "the CPU said to be faulty" ("said to" and a verb: what others say of it; "said to reporters",
# "said to the board", "said to Reuters" stay speaking)
_SPEAKS_AFTER = re.compile(r"(?:['’]s|[ \u00a0]+(?:said|says|announced|reported|confirmed|denied|told|added))(?![\w])"
                           r"(?![ \u00a0]+to[ \u00a0]+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those"
                           r"|me|us|them|him|you|it)(?![\w]))[a-z]+(?![\w])(?<![^su]s))")


# ... and so does a network a programme is aired on, or that a broadcaster's noun names ("the show airs on FX",
# "premiered on FX", "the cable network FX"); not "trading on FX markets", "returns on FX", "losses shown on FX
# positions" (finance's words, not a broadcast's), and only for the terms that name a network ("the network DSL modem")
_NETWORK_TERMS = frozenset({"FX"})
_BROADCAST_BEFORE = re.compile(r"(?<![\w’'-])(?:(?:airs?|aired|airing|broadcast|broadcasts|premieres?|premiered"
                               r"|debuts?|debuted|streams?|streamed|streaming)[ \u00a0]+on"
                               r"|network|channel|broadcaster)[ \u00a0]+$")


# What the computing terms stand for ("Random Access Memory (RAM)", "Local Area Network (LAN)"): a term spelt out,
# no body's long form ("Royal Air Maroc (RAM)", the airline, is one)
_EXPANSIONS = {
    "OS": ["operating system"], "DNS": ["domain name system", "domain name server"], "USB": ["universal serial bus"],
    "CPU": ["central processing unit"], "GPU": ["graphics processing unit"], "RAM": ["random access memory"],
    "SSD": ["solid state drive", "solid state disk"], "HDD": ["hard disk drive"], "LAN": ["local area network"],
    "VPN": ["virtual private network"], "HTTP": ["hypertext transfer protocol"], "FTP": ["file transfer protocol"],
    "SQL": ["structured query language"], "XML": ["extensible markup language"], "LCD": ["liquid crystal display"],
    "JSON": ["javascript object notation"], "GSM": ["global system for mobile communications"],
    "LTE": ["long term evolution"], "HDMI": ["high definition multimedia interface"],
    "IMEI": ["international mobile equipment identity"], "AWT": ["abstract window toolkit"],
}


def own_expansion(text: str, paren: int, term: str) -> bool:
    """The words right before "(TERM)" at ``paren`` spell the computing term out ("Random Access Memory (RAM)",
    "random-access memory (RAM)"): the term defined, no body named."""
    before = " ".join(re.sub(r"[-‐‑]", " ", text[max(0, paren - 60) : paren]).lower().split())
    return any(before == e or before.endswith(" " + e) for e in _EXPANSIONS.get(term, []))


def term_named(text: str, start: int, end: int) -> bool:
    """A term of :data:`WEB_TERMS` at ``text[start:end]`` speaks or owns ("FX said …") or is what a programme airs on
    ("the show airs on FX"), one of :data:`COMPUTING_TERMS` speaks ("LAN said"; not "the OS's kernel"), or a computing
    term the text defines as a long form's acronym ("Royal Air Maroc (RAM)"): a body's name."""
    term = text[start:end]
    if term in COMPUTING_TERMS and any(not own_expansion(text, m.start(), term) for m in re.finditer(re.escape(f"({term})"), text)):
        return True
    if term in _NETWORK_TERMS and _BROADCAST_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    speaks = _SPEAKS_AFTER.match(text, end)
    return speaks is not None and (term in WEB_TERMS or (term in COMPUTING_TERMS and speaks.group()[0] not in "'’"))


# Abbreviations of a post or a deal written after an organisation's acronym ("GM CEO Mary
# Barra", "a NYSE IPO"): they show no headline.
_AFTER_ACRONYM = {"CEO", "CFO", "COO", "CTO", "MP", "MPs", "MEP", "MEPs", "VP", "SVP", "EVP", "IPO", "AGM", "PM"}


def _caps_neighbour(text: str, start: int, end: int) -> bool:
    """True when a neighbouring word is in capitals too (not a post or a deal, "CEO", "IPO"):
    a headline, not an acronym."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    after = re.match(r"\s+(\S+)", text[end : end + 40])
    for m in (before, after):
        if m is not None:
            word = re.sub(r"[^\w]", "", m.group(1))
            if len(word) >= 2 and word.isupper() and not word.isdigit() and word not in _AFTER_ACRONYM:
                return True
    return False


_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})|X{1,3}(?:IX|IV|V?I{0,3})")


def common_abbreviation(word: str) -> bool:
    """True for capitals that are a unit, a currency, a numeral, a common abbreviation or a
    heading word ("MW", "USD", "XIV", "CEO", "UAV", "WWII", "UPDATE"), not an organisation."""
    return word in NOT_ACRONYMS or word.upper() in NOT_ACRONYMS or (len(word) >= 2 and _ROMAN.fullmatch(word) is not None)


# A ship's prefix before its name ("USS Cole", "HMS Queen Elizabeth", "FS Charles de Gaulle"): a vessel.
_SHIP_PREFIXES = {"USS", "USNS", "HMS", "HMAS", "HMCS", "FS", "INS", "RFS"}
# A label before a number ("PMID 17547490", "OCLC 12345678"): an identifier, not an organisation.  Only
# these labels: "the NHS 111111 line", "Contact BBC 0800123456" name organisations before a number.
_NUMBER_LABELS = {"PMID", "PMC", "PMCID", "OCLC", "ISBN", "ISSN", "LCCN", "DOI", "JSTOR", "ARXIV", "SSRN", "OSTI",
                  "S2CID", "ZBL", "ASIN", "EAN", "UPC", "IMO", "MMSI", "CAS", "EC", "ORCID", "ISNI", "VIAF", "NCJ"}
_NUMBER_AFTER = re.compile(r"[ \u00a0]?:?[ \u00a0]?\d{5,}")
_CAPITAL_AFTER = re.compile(r"[ \u00a0][A-Z]")


_SHIP_PREFIX_BEFORE = re.compile(rf"(?<![\w])(?:{'|'.join(sorted(_SHIP_PREFIXES))})[ \u00a0]+$")


def after_ship_prefix(text: str, start: int) -> bool:
    """True when a ship's prefix comes right before ``text[start:]`` ("HMS Queen Elizabeth"): a vessel's name."""
    return _SHIP_PREFIX_BEFORE.search(text, max(0, start - 8), start) is not None


# A retweet's mark before the user it quotes ("RT @BBCNews :", "MT @ user", "RT : @user"): no organisation.
# Opening a line or post, also before a user named without "@" ("RT ajhmurray :", "RT user_1:"), a colon, the
# line's end and the call to retweet ("RT if you agree", "RT this"); never after other words
# ("Lavrov told RT:", "an interview to RT" at a line's end), nor before a verb and a colon ("RT reported:").
_RETWEET_MARKS = {"RT", "MT"}
_AT_AFTER = re.compile(r"[ \u00a0]*(?::[ \u00a0]*)?@|[ \u00a0]+[a-z\d_]+[ \u00a0]:(?![\d/])|[ \u00a0]*:[()DP]")  # "RT user :", "RT :)"
# A post opens a line, or follows the header of the retweet quoting it ("RT @user : RT this if …").
_POST_OPENING = re.compile(r"(?:^|@[ \u00a0]?\w+[ \u00a0]?:)[ \u00a0\"“]*$")
_LINE_END = re.compile(r"[ \u00a0]*$", re.MULTILINE)
_AT_LINE_START = re.compile(
    r"[ \u00a0]*(?::|$|\w+[ \u00a0]:(?![\d/])|\w*[\d_]\w*:(?![\d/])|(?:if|this)\b)", re.MULTILINE)


# The call to retweet inside a post ("must RT !", "please RT", "RT and I'll give you a shoutout", "RT & follow to
# WIN", "RT in the next 5min for a chance"): the verb, not the channel ("Lavrov told RT and Sputnik")
_ASKED_BEFORE = re.compile(r"(?<![\w])(?:must|please|pls|plz|Please|Pls|Plz|PLEASE)[ \u00a0]+$")
_ASKED_AFTER = re.compile(r"[ \u00a0]+(?:(?:&|and)[ \u00a0]+(?:[Ff]ollow(?![\w])|i(?![\w])|I[ ]?['’]ll)|(?:to|for)[ \u00a0]+(?:[Ww]in|a[ \u00a0]+chance)"
                          r"|in[ \u00a0]+the[ \u00a0]+next[ \u00a0]+\d)")


def retweet_mark(text: str, start: int, end: int) -> bool:
    """True when "RT"/"MT" at ``text[start:end]`` marks a retweet rather than naming a channel."""
    if text[start:end] not in _RETWEET_MARKS:
        return False
    if _AT_AFTER.match(text, end):
        return True
    if text[start:end] == "RT" and (_ASKED_BEFORE.search(text, max(0, start - 10), start) or _ASKED_AFTER.match(text, end)):
        return True  # "must RT !", "RT and I'll give you a shoutout"
    before = text[max(text.rfind("\n", 0, start) + 1, start - 60) : start]
    if _LINE_END.match(text, end) and before.rstrip()[-1:] in ("?", "!"):
        return True  # "… mentions ? ? RT" ending a post
    return _POST_OPENING.search(before) is not None and _AT_LINE_START.match(text, end) is not None


def label_or_prefix(text: str, start: int, end: int) -> bool:
    """Capitals ``text[start:end]`` that label a number ("PMID 17547490"), name a ship ("USS Cole")
    or mark a retweet ("RT @user")."""
    word = text[start:end]
    if word.upper() in _NUMBER_LABELS and _NUMBER_AFTER.match(text, end):
        return True
    if retweet_mark(text, start, end):
        return True
    return word in _SHIP_PREFIXES and bool(_CAPITAL_AFTER.match(text, end))


_TEST_AFTER = re.compile(r"[ \u00a0-]+test(?:s|ing|ed)?(?![\w])")


def acronyms(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, acronym)`` of organisation-like acronyms; not a label before a number or
    a ship's prefix (:func:`label_or_prefix`)."""
    out = []
    for m in _ACRONYM.finditer(text):
        word = m.group()
        if ((common_abbreviation(word) and not term_named(text, m.start(), m.end())) or len(word.replace("&", "")) < 2
                or label_or_prefix(text, m.start(), m.end())):
            continue
        if _caps_neighbour(text, m.start(), m.end()) or "/" in text[max(0, m.start() - 1) : m.end() + 1]:
            continue  # a headline; a document's symbol ("A/73/PV.6")
        if word == "AB" and _TEST_AFTER.match(text, m.end()):
            continue  # "the AB test", "AB testing": a method (A/B testing), not a company's form or a body
        out.append((m.start(), m.end(), word))
    return out


_CONNECTORS = {"and", "of", "for", "the", "on", "in", "&", "de", "и", "по", "ve"}


# A name's last word in capitals after two words or more ("Tata Consultancy Services TCS")
_GLUED = re.compile(rf"[ \u00a0]+([{LETTERS_UP}]{{2,7}})$")


def glued_acronym(text: str, start: int, end: int) -> int | None:
    """The start of the acronym that ends the name ``text[start:end]`` when its letters are the initials of the
    capitalised words before it, two or more (the connectors aside: "Tata Consultancy Services TCS", "Bank of Ardel
    BA"): a body and its acronym written side by side without brackets, two names; None otherwise ("Garanti BBVA")."""
    m = _GLUED.search(text, start, end)
    if m is None:
        return None
    words = [w for w in re.findall(r"[\w&’'-]+", text[start : m.start()]) if w.lower() not in _CONNECTORS]
    initials = "".join(w[0] for w in words)
    return m.start(1) if len(words) >= 2 and initials.isupper() and initials == m.group(1) else None


_ACRONYM_AFTER = re.compile(rf"[ \u00a0]+[{LETTERS_UP}]{{2,7}}(?![\w’'-])")


def glued_after(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` has its acronym glued on after it (:func:`glued_acronym`: "Tata Consultancy
    Services" of "said Tata Consultancy Services TCS"): a body's name, not a person's."""
    m = _ACRONYM_AFTER.match(text, end)
    return m is not None and glued_acronym(text, start, m.end()) is not None


_DEFINED = re.compile(rf"\(([{LETTERS_UP}][{LETTERS_UP}a-zа-я&]{{1,7}})\)")
# ... in a tokenised text, with spaces inside the brackets ("Crew Exploration Vehicle ( CEV )")
_DEFINED_SPACED = re.compile(rf"\([ \u00a0]*([{LETTERS_UP}][{LETTERS_UP}a-zа-я&]{{1,7}})[ \u00a0]*\)")


def defined_acronyms(text: str, spaced: bool = False) -> list[tuple[int, int, str, str]]:
    """``(start, end, long form, acronym)`` for "Long Form Words (LFW)": the
    acronym's letters are the initials of the capitalised words before it; ``spaced``
    reads "( LFW )" too."""
    out = []
    for m in (_DEFINED_SPACED if spaced else _DEFINED).finditer(text):
        acro = m.group(1)
        letters = [c for c in acro if c.isupper()]
        words = list(re.finditer(r"[\w&’'-]+", text[max(0, m.start() - 160) : m.start()]))
        base = max(0, m.start() - 160)
        i = len(words) - 1
        want = len(letters) - 1
        start = None
        while i >= 0 and want >= 0:
            w = words[i].group()
            if w.lower() in _CONNECTORS:
                i -= 1
                continue
            if w[0].upper() != letters[want] or not w[0].isupper():
                break
            start = base + words[i].start()
            want -= 1
            i -= 1
        if want < 0 and start is not None and not (acro in COMPUTING_TERMS and own_expansion(text, m.start(), acro)):
            end = m.start()
            while end > start and text[end - 1] in " \u00a0":
                end -= 1
            out.append((start, end, text[start:end], acro))
    return out
