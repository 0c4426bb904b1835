"""Names inside an e-mail address or a web address are no actors (no I/O, no Qt): the small English model reads
"Germany" of "Chris.Germany@enron.com" as a state, "Jones" of "Kyle.Jones@radianz.com" as a person and "Compaq" of
"ElPaso" of "Sean.Cooper@ElPaso.com" as a person. The address is the writer's contact or a link, not a party to what the text says; the
sender's office after a name and "@" ("Sara Shackleton@ECT", Enron's notation) is not an address and stays, and so does a company named by its domain ("Amazon.com said")."""

from __future__ import annotations

import re

from desktop.suggest.suggestion import Suggestion

__all__ = ["in_an_address"]

# The local part of an address before the name: a letter, a dot, and the name glued to them ("Chris.Germany@")
_LOCAL_PART_BEFORE = re.compile(r"[\w-]\.$")
_AT_AFTER = re.compile(r"(?:\.[\w-]+)*@[\w-]")
# ... or the name opens the local part, a dot and more of it glued after ("Michael" of "Michael.McDermott@")
_REST_OF_LOCAL_PART = re.compile(r"(?:\.[\w-]+)+@[\w-]")
# What opens a host's name before the name: "@" of an address, "www." or a scheme's "://" ("@ElPaso.com",
# "www.Compaq.com", "http://Scientology.org")
_HOST_BEFORE = re.compile(r"(?:@|www\.|://)$", re.IGNORECASE)
# A domain's ending glued to the name
# (a country's two letters in one case only: "@Reuters.So what" is a handle and the next sentence)
_DOMAIN_AFTER = re.compile(r"\.(?:(?i:com|org|net|edu|gov|info|biz|io)|[a-z]{2}|[A-Z]{2})(?![\w-])")


def in_an_address(text: str, s: Suggestion) -> bool:
    """``s`` is glued inside an e-mail address's local part ("Chris.Germany@enron.com", "Michael.McDermott@") or is a host's name between
    "@", "www." or "://" and a domain's ending ("Sean.Cooper@ElPaso.com", "www.Compaq.com")."""
    if ((_LOCAL_PART_BEFORE.search(text, max(0, s.start - 2), s.start) is not None and _AT_AFTER.match(text, s.end))
            or _REST_OF_LOCAL_PART.match(text, s.end)):
        return True
    return (_HOST_BEFORE.search(text, max(0, s.start - 8), s.start) is not None
            and _DOMAIN_AFTER.match(text, s.end) is not None)
