"""A firm's or a club's one-word name typed a person is an organisation (no I/O, no Qt): the small English model and the
subject rules read a firm named after its founder, or a club, as a person ("Kaspersky denied it.", "Galatasaray's
children academy"). The name is an organisation's where the document or the lists say so:
- the text writes the same word before a firm's or a club's tail ("Kaspersky Lab", "Galatasaray SK", "Sikorsky
  Aircraft Corp"), or another suggestion types the same word alone an organisation ("the club Galatasaray");
- the name is a body the gazetteer knows (not a company of the lists alone: "Shell casings were scattered" opens with a
  common word);
- the name owns, after a possessive, a kin word a firm or a club has before a firm's or a club's noun ("Galatasaray's
  children academy", "Gazprom's sister company": :func:`desktop.suggest.english_kin_owners.thing_kin_after`; not
  "Zelensky's mother tongue", "Kowalczyk's parents house").
A person whose last word is such a tail is the firm ("Kaspersky Lab said"). A one-word person stays wherever the document names a person with that word in a name of two words or more ("Eugene Kaspersky
founded the firm. Kaspersky denied it."), a titled one ("President Ford") and a store's entity. The trigger is a
firm's tail (one compiled regex over the text), read only when a one-word person is suggested."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.suggest import gazetteer
from desktop.suggest.english_kin_owners import thing_kin_after
from desktop.suggest.suggestion import Suggestion

__all__ = ["firms_retyped"]

# A firm's or a club's tail after its one-word name ("Kaspersky Lab", "Galatasaray SK", "Acme Corp."): never a person's
_FIRM_TAIL = re.compile(r"[ \u00a0](?:Labs?|Inc|Ltd|Limited|Corp|Corporation|LLC|PLC|plc|GmbH|AG|Group|Holdings?|SK|FC"
                        r"|AFC|Airlines|Airways|Motors|Aircraft|Technologies|Pharmaceuticals)(?![\w’'-])")
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][a-z]+$")
_REACH = 20


def firms_retyped(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """``suggestions`` with each one-word person that names a firm or a club (see the module), and each person whose
    last word is a firm's tail ("Kaspersky Lab"), an organisation."""
    tailed = {(s.start, s.end) for s in suggestions if _person(s) and " " in s.exact.strip()
              and _FIRM_TAIL.fullmatch(" " + s.exact.rsplit(None, 1)[-1]) is not None}
    lone = [s for s in suggestions if _person(s) and " " not in s.exact.strip()]
    if not lone and not tailed:
        return suggestions
    firms = {s.exact for s in suggestions if s.kind == "actor" and s.attributes.get("type") == "organisation"
             and " " not in s.exact.strip()}
    for m in _FIRM_TAIL.finditer(text) if lone else ():
        name = _NAME_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        if name is not None:
            firms.add(name.group())
    # a word of a person's name of two words or more, or of a titled person: the word stays a person's
    people = {word for s in suggestions if s.kind == "actor" and s.attributes.get("type") == "person"
              and (" " in s.exact.strip() or s.attributes.get("role")) and (s.start, s.end) not in tailed
              for word in s.exact.split()}
    known = gazetteer.types_by_form()
    names = {s.exact for s in lone if s.exact not in people and (
        s.exact in firms or known.get(s.exact.casefold(), ("", ""))[1] == "organisation"
        or thing_kin_after(text, s.end))}
    if not names and not tailed:
        return suggestions
    return [replace(s, attributes={**s.attributes, "type": "organisation"})
            if (s.start, s.end) in tailed or s.exact in names and _person(s) else s for s in suggestions]


def _person(s: Suggestion) -> bool:
    """``s`` is a person, no store's entity, no titled person."""
    return (s.kind == "actor" and s.attributes.get("type") == "person" and "entity_id" not in s.attributes
            and not s.attributes.get("role"))
