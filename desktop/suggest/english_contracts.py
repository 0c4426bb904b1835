"""A party's role in a contract, capitalised as a defined term, is no name (no I/O, no Qt): contracts and the e-mails
about them write "Seller is responsible for freight", "released to Buyer", "the Counterparty submits an offer", "the
Trustee 's position", and the small English model reads each as a person, a body or a place. The role stands for
whichever party signs; it names none."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.meaning.numbers import continental_sentence
from desktop.suggest.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["HONORIFICS", "party_role"]

# Roles a contract defines for its parties; not "Holder", "Owner", "Agent" or "Party", which are surnames or bodies' words
# as often ("Eric Holder", "the Party congress")
_ROLES = frozenset("""Seller Sellers Buyer Buyers Counterparty Counterparties Purchaser Purchasers Licensee Licensees
    Licensor Licensors Lessee Lessees Lessor Lessors Borrower Borrowers Guarantor Guarantors Trustee Trustees Assignee
    Assignor Transferor Transferee Shipper Shippers""".split())
# Another capitalised word right after: the role opens a longer name ("Trustee Savings Bank", "Buyer Street")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
# Honorifics and titles before a surname ("Mr Seller", "Mrs. Buyer", "Senator Seller"); a capitalised word before a role that is neither one nor a
# given name is a determiner or a system's, a desk's or a list's word ("The Seller", "New Counterparty", "Global
# Counterparty"): the role stays the role
HONORIFICS = frozenset("""Mr Mrs Ms Miss Mx Dr Sir Dame Lady Lord Prof Professor Judge Rev Senator Sen Rep Representative
    Congressman Congresswoman Chancellor President Governor Gov Minister Mayor General Gen Captain Capt Colonel Col Major
    Sergeant Sgt Lieutenant Lt Admiral Justice Bishop Father Rabbi Inspector Detective Commissioner Ambassador""".split())


def party_role(text: str, s: Suggestion) -> bool:
    """``s`` is one word, a contract party's role (:data:`_ROLES`: "Seller", "Counterparty", "Trustee"), that opens no
    longer name, that the text does not write as a surname ("Peter Sellers … Sellers was born") and that stands in an
    English sentence (in Turkish "… yıllarında Sellers , Tony Hancock ve Dick Emery ile" it is the actor's name)."""
    return (s.exact in _ROLES and _CAPITAL_AFTER.match(text, s.end) is None and not _a_surname(text, s.exact)
            and not continental_sentence(text, s.start))


@lru_cache(maxsize=1)
def _surnames_of(_text: str) -> dict[str, bool]:
    """The answers of :func:`_a_surname` for one text (the last one read): a contract names its roles hundreds of times,
    and each would read the whole text again."""
    return {}


def _a_surname(text: str, role: str) -> bool:
    """``text`` writes ``role`` after a given name or an honorific somewhere ("Peter Sellers", "Mr Seller", "Mrs.
    Buyer"): there it is a person's surname, and so is each of its mentions alone ("Sellers was born in …"). Not after
    another capitalised word ("Global Counterparty", "New Counterparty": a system's or a list's name)."""
    known = _surnames_of(text)
    if role not in known:
        known[role] = any(m.group(1) in GIVEN_NAMES or m.group(1) in COMMON_GIVEN_NAMES or m.group(1) in HONORIFICS
                          for m in re.finditer(rf"(?<![\w’'-])([A-Z][a-z]+)\.?[ \u00a0]+{role}(?![\w’'-])", text))
    return known[role]
