"""Legal instruments and a contract's defined terms named like bodies or places (no I/O, no Qt): "the Kyoto Protocol",
"the Minsk Accords", "the Geneva Conventions", "the Dispatch Period", "the Foreign Currency Amount", and a place or a
body that only names such an instrument ("the Paris Agreement", "the New START Treaty", "the Marshall Plan"). A treaty,
a law or a contract's term is a thing, not an actor (the English sets tag none of them: CoNLL-style sets call them
miscellaneous, OntoNotes a law); the parties that sign one are named elsewhere in the sentence ("Russia and Ukraine
signed the Minsk Accords"), and a party named alone elsewhere in the text keeps its own words ("Enron … the Enron
Master Agreement": Enron). Only the name's last word or the capitalised word right after it is read, so the check
costs a look-up per suggestion."""

from __future__ import annotations

import re

from dataclasses import replace

from desktop.suggest.suggestion import Suggestion

__all__ = ["without_instruments"]

# The last word of an instrument's name: a treaty, an agreement, a law ("Act"), a plan of policy
_INSTRUMENTS = frozenset("""Agreement Agreements Accord Accords Protocol Protocols Treaty Treaties Convention Conventions
    Pact Charter Act Doctrine Covenant Contract""".split())
# The last word of a contract's defined term: no name of a body, a place or a person ends with one
_TERMS = frozenset("""Period Amount Amounts Application""".split())
# A capitalised instrument's word right after a name, ending the name: not "Convention Center", "Treaty Organization",
# "Act Now"; "Plan" only here ("the Marshall Plan"; "Plan International" is a charity)
_AFTER = re.compile(r"[ \u00a0](Agreements?|Accords?|Protocols?|Treaty|Conventions?|Pact|Charter|Act|Doctrine|Plan)"
                    r"(?![\w’'-]|[ \u00a0]+(?:[A-Z]|of[ \u00a0]+[A-Z]))")


def _instrument(text: str, s: Suggestion) -> bool:
    """``s`` names a legal instrument or a contract's term (its last word one: "Kyoto Protocol", "Dispatch Period", of
    two words or more: "Charter" alone may be a company), or stands right before an instrument's word that ends the
    name ("Paris" of "the Paris Agreement", "START" of "New START Treaty"); not a name that goes on ("the Geneva
    Convention Center", "the North Atlantic Treaty Organization": a place, a body)."""
    words = s.exact.split()
    if len(words) >= 2 and (words[-1] in _INSTRUMENTS or words[-1] in _TERMS):
        return not re.match(r"[ \u00a0]+[A-Z]", text[s.end : s.end + 2])
    return _AFTER.match(text, s.end) is not None


def without_instruments(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """``suggestions`` less the instruments' names (:func:`_instrument`); one whose first words name an actor the text
    names alone elsewhere is cut to those words and takes that mention's type ("Enron … the Enron Master Agreement":
    Enron, the party; "Kyoto … the Kyoto Protocol": the place Kyoto, not an organisation)."""
    alone: dict[str, object] | None = None
    out = []
    for s in suggestions:
        if s.kind != "actor" or "entity_id" in s.attributes or not _instrument(text, s):
            out.append(s)
            continue
        alone = {x.exact: x.attributes.get("type") for x in suggestions if x.kind == "actor"} if alone is None else alone
        words = s.exact.split()
        for k in range(len(words) - 1 if words[-1] not in _TERMS else 0, 0, -1):  # a term's words name no party
            if " ".join(words[:k]) in alone:
                end = s.start + s.exact.index(words[k - 1], len(" ".join(words[: k - 1]))) + len(words[k - 1])
                name = text[s.start : end]
                kind = alone[" ".join(words[:k])] or s.attributes.get("type")
                out.append(replace(s, end=end, exact=name, attributes={**s.attributes, "name": name, "type": kind}))
                break
    return out
