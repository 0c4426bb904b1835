"""A company named by its web domain (no I/O, no Qt): "Shares of Kaspi.kz rose 4.5 percent", "Amazon.com said it
would hire", "Tesco.co.uk", "Ozon.ru", with a company's head word or legal form after it: "Mail.ru Group",
"Amazon.com Inc". News names a firm so when its site is its name; the recognisers read no name
with a dot inside it, and the gazetteer knows none.

Read: a capitalised name (with a lower-case letter: not "USA.gov") glued to a dot and a domain's ending of a commercial
or a country's registry (``com``, ``net``, ``org``, ``ai``, ``tv``, ``fm``, ``kz``, ``ru``, ``de``… and "co.uk",
"com.tr"), the whole standing as a word. Not read: a real address ("www.Kaspi.kz", "https://Kaspi.kz/shop",
"info@Kaspi.kz", "Chris.Germany@enron.com": glued to "www.", "@", "/" or a dot; :func:`desktop.suggest.spans.in_address`
drops the rest), a file's name ("Report.pdf", "Main.py", "Node.js": no registry's ending), a lower-case domain
("kaspi.kz": a link, no name), an ending in capitals ("Almaty.KZ"), a name alone on its line or in parentheses (a
heading or a source's credit: "( Newsday.com )"), nor one next to "site", "website", "page", "file", after "visit",
Turkish "adresinde", "sitesinden", Russian "на сайте", Kazakh "сайтында", "порталында" (the site itself, or a file:
"the file Budget.de"), nor the site as a medium ("posted on Vk.com", "via Gmail.com", "Gmail.com users"); no ".app"
(a Mac's application: "Safari.app"). A name whose ending is a file's as well as a registry's (".ai", Illustrator's;
".pl", Perl's) is a file when a verb that handles files comes right before it ("Download Logo.ai", "open the Build.pl")
or another file's name stands within 60 characters ("Logo.ai and Report.pdf", "Budget.xlsx, Logo.ai"); with neither
it is read ("Investors backed Mistral.ai"). The trigger is the ending (one compiled regex over the text), and the name is looked for in the 40
characters before it. The name's repeats (:func:`desktop.suggest.mentions.repeated`) pass the same test in
:func:`desktop.suggest.detect.detect`, and none inside an address is kept."""

from __future__ import annotations

import re

from desktop.suggest import legal_forms

__all__ = ["a_site", "domain_names", "is_domain_name", "name_of_a_file"]

# A domain's ending not glued to more of an address ("Kaspi.kz/shop", "Kaspi.kz@", "kaspi.kz.evil"); a sentence's stop,
# a comma or an English possessive may follow ("Amazon.com's profit")
_ENDING = re.compile(r"\.(?:com|net|org|ai|tv|fm|biz|info|co|kz|ru|uz|kg|ua|by|az|am|ge|tr|de|fr|it|es|nl|pl|uk|cn|jp"
                     r"|kr|au|ca|ch|se|no|fi|dk|cz)(?:\.(?:uk|tr|kz|ru|jp|au|cn|kr))?(?![\w@/-]|\.\w)")
# The name glued before it: a capital, then letters and digits (a hyphen between), one lower-case letter at least;
# nothing of an address before it ("www.", "@", "/", "://", a dot, a hyphen)
_NAME_BEFORE = re.compile(r"(?<![\w.@/:\\-])[A-Z](?=[A-Za-z0-9-]*[a-z])[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
_REACH = 40
# More of an address glued after the name (what _ENDING refuses for a first mention; a repeat is found without it)
_GLUED_AFTER = re.compile(r"[\w@/-]|\.\w")
# A line's start or an opening parenthesis before the name, its end or a closing one after it
_ALONE_BEFORE = re.compile(r"(?:^|[\n(])[ \t\u00a0]{0,3}$")
_ALONE_AFTER = re.compile(r"[ \t\u00a0]{0,3}(?:$|[\n)])")
# The site itself after the name ("the Quorvia.com website was down"), or a file ("the Todo.org file"); Turkish
# "Hepsiburada.com.tr adresinde, sitesinden" (at the address, from the site): a thing, no actor
_SITE_AFTER = re.compile(r"\s+(?:(?:site|website|page|homepage|domain|address|app|files?|users?|accounts?)(?![\w-])"
                         r"|(?:adres|sitesi|sayfası|uygulaması|сайт|портал)\w*)")
# The site or a file named before it ("the site Kaspi.kz", "visit Kaspi.kz", "the file Budget.de", Russian "на сайте
# Kaspi.kz"): a thing, no actor
_SITE_BEFORE = re.compile(r"(?<!\w)(?:site|website|page|homepage|domain|address|files?|visit(?:ing|ed|s)?|via"
                          r"|(?:posted|published|shared|leaked|appeared|wrote)\s+on"
                          r"|сайт[аеу]?|портал[аеу]?)\s+$", re.IGNORECASE)
# A company's head word or legal form after the domain's name, part of the firm's name ("Shares of Mail.ru Group fell",
# "Ozon.ru Holdings PLC", "Amazon.com Inc. said": the stop stays out, as of "Apple Inc."); not a site's word nor any
# other capitalised word ("Kaspi.kz Chief")
_COMPANY_TAIL = re.compile(r"(?:[ \u00a0](?:Group|Holdings?|Company|Corporation|Corp|Inc|Ltd|Limited"
                           rf"|Technologies|{legal_forms.PATTERN})(?![\w-])){{1,2}}")


# Endings that are a file's as well as a registry's: Adobe Illustrator's ".ai", Perl's ".pl"
_FILE_ENDINGS = (".ai", ".pl")
# A verb that handles files, right before the name (an article or a possessive between): "Download Logo.ai"; not "save",
# "drop", "drag", which take a company too ("tried to save Builder.ai", "Apple drops Perplexity.ai", "drags Mistral.ai
# into court")
_FILE_VERB_BEFORE = re.compile(r"(?<![\w-])(?:download|upload|open|attach|rename|export|import|print|edit|delete"
                               r"|unzip|convert|copy)(?:s|ed|d|ing)?(?:[ \u00a0]+(?:the|a|this|that|my|your|our"
                               r"|his|her|their))?[ \u00a0]+$", re.IGNORECASE)
# Another file's name in the same list: a name, a dot and an ending that is only a file's ("Report.pdf", "Budget.xlsx",
# "photo.JPG"), joined to this one by a comma, "and", "or" or "&" ("Logo.ai and Report.pdf", "Report.pdf, Logo.ai");
# a file named further off, in another clause, says nothing of this name ("Investors backed Mistral.ai; its founders
# posted Report.pdf online")
_FILE_EXT = (r"[\w-]\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|png|jpe?g|gif|svg|eps|psd|tiff?|zip|rar|mp[34]|wav|mov|avi"
             r"|indd|sketch|fig)(?![\w.])")
_LIST_JOIN = r"(?:[ \u00a0]*,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or|&)[ \u00a0]+)"
_LISTED_FILE_AFTER = re.compile(rf"{_LIST_JOIN}[\w-]*{_FILE_EXT}", re.IGNORECASE)
_LISTED_FILE_BEFORE = re.compile(rf"{_FILE_EXT}{_LIST_JOIN}$", re.IGNORECASE)
_FILE_REACH = 60


def _a_file(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends as a file does as well as a domain ("Logo.ai") and reads as a file's name: a verb that
    handles files right before it, or another file's name listed with it."""
    return (text[start:end].endswith(_FILE_ENDINGS)
            and (_FILE_VERB_BEFORE.search(text, max(0, start - 30), start) is not None
                 or _LISTED_FILE_AFTER.match(text, end, min(len(text), end + _FILE_REACH)) is not None
                 or _LISTED_FILE_BEFORE.search(text, max(0, start - _FILE_REACH), start) is not None))


def domain_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each company named by its web domain (see the module)."""
    out = []
    for m in _ENDING.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        if name is not None and not a_site(text, name.start(), m.end()):
            tail = _COMPANY_TAIL.match(text, m.end())
            out.append((name.start(), tail.end() if tail is not None else m.end()))
    return out


def a_site(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a domain's name) stands for the site or a file, not the company: alone on its line or in
    parentheses, a file's name (:func:`_a_file`: "Logo.ai and Report.pdf"), or with a site's or a file's word next to it ("visit Kaspi.kz", "Kaspi.kz сайтында"), or as the medium
    ("posted on Vk.com", "via Gmail.com", "Gmail.com users"; "sold on Kaspi.kz" stays the company, as "on Amazon" does). Also read for the name's repeats, which reach every
    place the document writes it (:func:`desktop.suggest.detect.detect` drops them)."""
    return (_standing_alone(text, start, end) or _SITE_AFTER.match(text, end) is not None
            or _SITE_BEFORE.search(text, max(0, start - 20), start) is not None
            or _GLUED_AFTER.match(text, end) is not None or start > 0 and text[start - 1] in ".@/:\\-"  # "Kaspi.kz/shop"
            or _a_file(text, start, end))  # "Download Logo.ai", "Logo.ai and Report.pdf"


def name_of_a_file(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the name of a file written right after it ("Brand" of "attached Brand.ai to the email",
    "Logo" of "Download Logo.ai and Report.pdf"): the recogniser's guess at the part before the dot is no actor
    either."""
    stop = end + 3
    return (text[end:stop].lower() in _FILE_ENDINGS and not (stop < len(text) and (text[stop].isalnum() or text[stop] == "_"))
            and _a_file(text, start, stop))


def is_domain_name(exact: str) -> bool:
    """``exact`` is written as a domain's name ("Kaspi.kz", "Amazon.com")."""
    ending = _ENDING.search(exact) if "." in exact else None
    return ending is not None and ending.end() == len(exact)


def _standing_alone(text: str, start: int, end: int) -> bool:
    """The name stands alone on its line or in parentheses ("Spacetoday.net" as a page's heading, "( Newsday.com )"
    after a story): a source's credit or a heading, no actor of a sentence."""
    return (_ALONE_BEFORE.search(text, max(0, start - 4), start) is not None
            and _ALONE_AFTER.match(text, end) is not None)
