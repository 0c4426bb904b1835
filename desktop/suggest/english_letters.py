"""The formulae of mails and reviews that the recognisers take for names (no I/O, no Qt).

Mails and reviews, a large part of web text, write set phrases in capitals that the small English model reads as a
person or a body: a letter's closing ("Kind regards ,", "Best Wishes", "Thanks in Advance ."), the addressee's mark
("Attn. GCP_London :"), a review's verdict written as a heading in title case ("Small Firm with Great Service", "The
Best Service Ever !!", "Worst Service I 've Ever Experienced", "No Customer Service"), and the placeholder a mail client
writes for a picture it dropped ("<< OLE Object : Picture ( Device Independent Bitmap ) >>"). None names anyone; no
English study set labels them. :func:`formula` says so for a suggestion's span.

A mail's salutation on a line of its own before a sentence ("Maureen ,", "David and Cindy ,") names the people it
addresses: :func:`salutation_spans` gives their names (the words that greet or close a mail or open a sentence, "Hello
,", "Regards ,", "Folks ,", "However ,", are no names, nor a word that is no common given name and is not signed again
alone on a line: "Kitchen ,", "Sales ,"; the caller weighs the rest as a name's words).

What stays: a name that opens with such a word and goes on as a body's or a place's ("Secret Service", "Great
Britain", "Best Buy", "Kind family": the verdict needs an evaluative word and a word of what a review judges, and the
closing the word "regards" or "wishes" right after).
"""

from __future__ import annotations

import re

from desktop.suggest import gazetteer
from desktop.suggest.given_names import COMMON_GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["formula", "salutation_spans"]

# A letter's closing: a word of warmth before "regards" or "wishes" ("Kind regards", "Best Wishes", "Warmest regards")
_CLOSING_WORDS = frozenset("Kind Kindest Best Warm Warmest Warmly Fond Respectful Sincere".split())
_REGARDS_AFTER = re.compile(r"[ \u00a0]+(?:[Rr]egards|[Ww]ishes)(?![\w’'-])")
# "Thanks in Advance", "Thank you in Advance"
_THANKS_BEFORE = re.compile(r"(?<![\w’'-])[Tt]hank(?:s|[ \u00a0]+you)[ \u00a0]+in[ \u00a0]+$")
# A review's verdict: an evaluative word, "Customer" or not, and what a review judges (no body's nor place's word)
# (not "Party" nor "Food": "Best Party", "Good Food", "Slow Food" are bodies)
_VERDICT = re.compile(r"(?:Great|Best|Worst|Excellent|Honest|Good|Bad|Poor|Terrible|Awful|Horrible|Friendly|Quick|Fast|Slow"
                      r"|Amazing|Outstanding|Wonderful|Fantastic|Superb|Lousy|Rude|Nice|Awesome|Exceptional|Courteous|Prompt|No)"
                      r"(?:[ \u00a0]+Customer)?[ \u00a0]+(?:Service|Experience|Staff|Value|Prices?|Place|Spot|Job|Work"
                      r"|Care|Selection|Atmosphere|Location|Deals?|Quality|Time|Results?)")
# The placeholder of a mail client for a dropped picture or object, opened on its line before the span
_PLACEHOLDER = re.compile(r"<[ \u00a0]*(?:OLE[ \u00a0]+Object|Embedded[ \u00a0]+(?:Picture|Image|Object))\b")


def formula(text: str, s: Suggestion) -> bool:
    """``s`` is a mail's or a review's set phrase, no name: a closing's first word before "regards" or "wishes"
    ("Kind regards"), "Advance" of "Thanks in Advance", the addressee's mark "Attn", a review's verdict in title case
    ("Great Service", "No Customer Service"), or a word of a mail client's placeholder ("<< OLE Object : Picture (
    Device Independent Bitmap ) >>")."""
    exact = s.exact
    if exact in _CLOSING_WORDS:
        return _REGARDS_AFTER.match(text, s.end) is not None
    if exact == "Advance":
        return _THANKS_BEFORE.search(text, max(0, s.start - 20), s.start) is not None
    if exact in ("Attn", "Attn."):
        return True
    if _VERDICT.fullmatch(exact) is not None:
        return True
    lo = max(0, s.start - 120)  # the placeholder's opening stands a few words before: no scan to a long line's start
    line_start = max(lo, text.rfind("\n", lo, s.start) + 1)
    if text.find("<", line_start, s.start) < 0:
        return False
    # a placeholder that opens before the span, and no ">" closes it before the span: its words ("<< OLE Object",
    # "( Device Independent Bitmap )"), not a name after it on its line
    openings = [m.start() for m in _PLACEHOLDER.finditer(text, line_start, min(len(text), s.start + 40)) if m.start() < s.start]
    return bool(openings) and text.find(">", openings[-1], s.start) < 0


# A line that holds one or two name words (joined by "and" or "&") and a comma, before a line of three words or more: a
# mail's salutation ("Maureen ,", "David and Cindy ,"); not a label before a colon or a dash ("Price:", "Food -")
_SALUTATION = re.compile(r"^[ \t\u00a0]*([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?:[ \u00a0]+(?:and|&)[ \u00a0]+([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?))?"
                         r"[ \u00a0]*,[ \t\u00a0]*\n[ \t\u00a0]*[\"“]?[A-Z][^\n]*?[ \u00a0]\S+[ \u00a0]\S", re.MULTILINE)
# Words that greet, thank, close, address a group or open a sentence on such a line: no name
_GREETINGS = frozenset("""Hello Hi Hey Hiya Dear Greetings Morning Evening Afternoon Thanks Thank Cheers Regards Sincerely
    Yours Best Love Ciao Bye Goodbye Welcome Congratulations Congrats Folks Everyone Everybody All Team Guys Gentlemen
    Ladies Sir Sirs Madam Friends Colleagues Members Update Note Notes Reminder Question Answer Subject Re Fwd Fw
    Attachment Attachments Summary Background Agenda Minutes Yes No Ok Okay Well Also Again Please Sorry Cc Bcc To From
    Sent Date Then Now Today Tomorrow Yesterday Here There However Overall Finally Anyway Otherwise Meanwhile Besides
    Instead First Second Third Firstly Secondly Thirdly Lastly Next Afterwards So Still Yet Plus Therefore Thus Hence
    Furthermore Moreover Nevertheless Nonetheless Indeed Later Earlier Tonight Recently Personally Basically""".split())


# A word alone on a line of its own, a dash before it or a stop after it: a mail's signature ("Maureen" under "Thanks")
_ALONE = re.compile(r"^[ \t\u00a0]*(?:[-–—~][ \t\u00a0]*)?([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)[ \t\u00a0.!]*$", re.MULTILINE)


def salutation_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each name a mail's salutation holds on a line of its own before a sentence ("Maureen ,":
    Maureen; "David and Cindy ,": both); not a greeting's, a closing's or an opening adverb's word (:data:`_GREETINGS`,
    a word in -ly: "Unfortunately ,"), nor a known place or state (a dateline: "Pittsburgh ,"), and each a common
    given name or signed again alone on a line (:data:`_ALONE`: "Maureen" under "Thanks"); a word on a line before a comma is
    no name without either ("Kitchen ,", "Sales ,", "Urgent ,")."""
    if ",\n" not in text and ", \n" not in text and ",\t\n" not in text:
        return []
    out = []
    known = gazetteer.types_by_form()
    signed: set[str] | None = None  # the words signed alone on a line (:data:`_ALONE`), read once when first needed
    for m in _SALUTATION.finditer(text):
        words = [w for w in (m.group(1), m.group(2)) if w]
        if any(w in _GREETINGS or w.endswith("ly") or known.get(w.casefold(), ("", ""))[1] in ("place", "state")
               for w in words):
            continue  # "Hello ,", "Unfortunately ,", "Pittsburgh ,"
        if not all(w in COMMON_GIVEN_NAMES for w in words):
            signed = set(_ALONE.findall(text)) if signed is None else signed
            if not all(w in COMMON_GIVEN_NAMES or w in signed for w in words):
                continue  # "Kitchen ,\nThe tiles were cracked.": a label, a heading, a list's item
        out += [m.span(i) for i in (1, 2) if m.group(i)]
    return out
