"""The words the actor rules share (no I/O, no Qt): a name's word (:data:`NAME_WORD`), the capitalised words that open
sentences or name a day and are no names (:data:`NOT_FIRST_NAMES`, :data:`DAYS`, :data:`MONTHS`, :data:`NOT_ENTITIES`,
:func:`sentence_word`), the head words of organisations' names (:data:`ORG_HEAD_WORDS_EN`, :data:`ORG_HEADS_EN`,
:data:`ORG_WORD`) and the last words that make a name no person's (:data:`NOT_PERSON_LAST`). Moved out of
:mod:`desktop.suggest.names`, which still exports them."""

from __future__ import annotations

import re

from desktop.suggest import legal_forms
from desktop.suggest.abbreviations import LETTERS_UP as _UP

__all__ = ["AMBIGUOUS_LEGAL_FORMS", "DAYS", "LEGAL_FORMS", "LOW", "MONTHS", "NAME_WORD", "NOT_ENTITIES", "NOT_FIRST_NAMES",
           "NOT_PERSON_LAST", "ORG_HEAD", "ORG_HEADS_EN", "ORG_HEAD_WORDS_EN", "ORG_WORD", "sentence_word"]

_LOW = "a-zçğıöşüа-яёәғқңөұүһі"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?"


# Capitalised words that start sentences, not names ("Later Obama said").
_NOT_FIRST_NAMES = set(
    """The A An And But Or So Then Later Earlier Now Today Yesterday Tomorrow Meanwhile However When While
    After Before Since Although Though If As At In On Of For From By With Without This That These Those
    Last Next Mr Mrs Ms Dr Sir Lord Lady President Minister Senator Governor Mayor General Chairman Also
    Still Yet Even Only Both Former Acting Deputy Chief Prime Secretary Foreign Interior State
    How Why What Where Who Whom Whose Which Whether""".split()
)


# The weekdays, and the days named from today as they are ("Tomorrow ?", "Tonight we play").
DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday", "Tonight"}
# Capitalised words the recognisers take for names: days, months, discourse words, headings.
# The months, which no name's "of"/"on" tail begins with ("Tesco plc on Monday", "Bank of England in March").
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"}
NOT_ENTITIES = DAYS | MONTHS | {
    "God", "Internet",
    # discourse words and section headings that open sentences and lines
    "Moreover", "However", "Furthermore", "Additionally", "Meanwhile", "Nevertheless", "Therefore", "Thus", "Hence",
    "Indeed", "Finally", "Overall", "Consequently", "Similarly", "Likewise", "Instead", "Accordingly", "Besides",
    "Analysis", "Conclusion", "Conclusions", "Introduction", "Abstract", "Summary", "References", "Notes",
    "Sources", "Keywords", "Background", "Methodology", "Results", "Discussion", "Bibliography", "Appendix", "Biography",
    # pronouns and determiners that open sentences
    "We", "They", "He", "She", "It", "I", "You", "Our", "Their", "The", "This", "That", "These", "Those",
    # Russian discourse words that open sentences ("Тогда", "Однако")
    "Тогда", "Однако", "Также", "Поэтому", "Сейчас", "Теперь", "Затем", "Потом", "Кроме", "Впрочем", "Между",
    # abbreviated months and weekdays ("Jan", "Mar", "Sun", "Sat" are names too), feasts, faiths
    "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Thu", "Thurs", "Fri",
    "Ramadan", "Christmas", "Easter", "Eid", "Hanukkah", "Passover", "Diwali", "Lent", "Sunni", "Sunnis", "Shia",
    "Shias", "Shiite", "Shiites", "Muslims", "Christians", "Jews", "Catholics", "Protestants", "Hindus", "Buddhists",
    # faiths and their adjectives ("a Moslem preacher", "Judaism and Christianity"); "Christian" and "Islam" are also names
    "Muslim", "Moslem", "Moslems", "Jewish", "Islamic", "Hindu", "Buddhist", "Sikh", "Sikhs", "Christianity", "Judaism",
    "Buddhism", "Hinduism", "Sikhism", "Paganism",
    # amounts that open sentences ("Tens of thousands of protesters", "Сотни людей", "Binlerce kişi")
    "Majority", "Minority",  # "Senate Majority Leader …": part of a title
    "Tens", "Dozens", "Scores", "Hundreds", "Thousands", "Millions", "Billions", "Several", "Many", "Most", "Some",
    "Десятки", "Сотни", "Тысячи", "Миллионы", "Onlarca", "Yüzlerce", "Binlerce", "Milyonlarca",
}


# Companies' legal forms, a head word of their names (organisations.LEGAL_FORM takes them off the name;
# defined in desktop.suggest.legal_forms)
LEGAL_FORMS = legal_forms.PATTERN
AMBIGUOUS_LEGAL_FORMS = legal_forms.AMBIGUOUS_PATTERN
# Head words of English organisation names ("National Bank", "Ministry of …", "Customs Administration"),
# without the legal forms, after which no "of …"/"on …" tail goes on ("Deutsche Bank AG of Germany").
ORG_HEAD_WORDS_EN = (
    r"Bank|Ministry|Agency|Committee|Union|Council|Fund|Corporation|Commission|Authority"
    r"|Organi[sz]ation|Institute|University|Association|Federation|Chamber|Forum|Centre|Center"
    r"|Company|Group|Holdings?|Rail|Railways?|Exchange|Parliament|Assembly|Secretariat|Office"
    r"|Administrations?|Service|Department|Directorate|Inspectorate|Agencies|Ministries|Gallery|Museum"
    r"|Party|Society|Confederation|Foundation|Trust|Alliance|League|Club|Coalition|Movement|Army|Navy|Forces"
    r"|Police|Court|Church|College|School|Academy|Hospital|Laboratory|Board|Bureau|Tribunal|Congress|Senate"
    r"|Airlines|Airways|Publishing|Inc|Ltd|Corp|Brigades?|Command"
    # armed bodies and movements ("Badr Corps", "Air National Guard", "Iranian Revolutionary Guards", "Moro Islamic
    # Liberation Front"; not a war's front, "Western Front", nor a guard at work, "Security Guard")
    r"|Corps|(?<!Security[ ])(?<!Prison[ ])(?<!Night[ ])Guards?|(?<!Western[ ])(?<!Eastern[ ])(?<!Home[ ])Front"
)
# ... and companies' legal forms ("Tesco plc", "Proastiakos S.A.", "Siemens GmbH", "Fiat SpA", "Enron North America LLC")
ORG_HEADS_EN = ORG_HEAD_WORDS_EN + r"|" + LEGAL_FORMS
_ORG_HEADS_OTHER = (
    r"Bankası|Bakanlığı|Birliği|Örgütü|Ajansı|Komitesi|Konseyi|Fonu|Kurumu|Başkanlığı|Meclisi|Teşkilatı"
    r"|Şirketi|Odası|Üniversitesi|İdaresi|Müdürlüğü|Galerisi|Müzesi|Partisi"
    r"|Министерств[оаеу]|Агентств[оаеу]|Комитет(?:а|у|ом|е)?|Управлени[еяюи]|Служб[аыеу]|Администраци[яиюей]"
    r"|Банк(?:а|у|ом|е)?"
)
_ORG_WORD = re.compile(rf"(?:{ORG_HEADS_EN}|{_ORG_HEADS_OTHER})")
_ORG_HEAD = re.compile(rf"(?<![\w-])(?:{ORG_HEADS_EN}|{_ORG_HEADS_OTHER})(?![\w-])")


# Last words of names in a reporting frame that make them no person ("Downing Street said").
_NOT_PERSON_LAST = {"House", "Street", "Palace", "Hall", "Square", "Office", "Building", "Tower", "Avenue", "Road",
                    "County", "Parish", "Township", "Borough", "Province", "District"}  # "Tangipahoa Parish said"


def sentence_word(word: str) -> bool:
    """A capitalised word that opens sentences or names a day ("Some", "Then", "Monday"), not a name."""
    return word in NOT_ENTITIES or word in _NOT_FIRST_NAMES


LOW, NAME_WORD, NOT_FIRST_NAMES = _LOW, _NAME_WORD, _NOT_FIRST_NAMES
NOT_PERSON_LAST, ORG_WORD, ORG_HEAD = _NOT_PERSON_LAST, _ORG_WORD, _ORG_HEAD
