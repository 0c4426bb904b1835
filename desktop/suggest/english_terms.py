"""Acronyms an English text spells out as a thing, not a body (no I/O, no Qt): "Core Procurement Incentive Mechanism
( CPIM )", "Crew Exploration Vehicle (CEV)", "Distinguished Service Medal (DSM)". The acronym rule and the model read
such an acronym as an organisation each time it stands alone later."""

from __future__ import annotations

import re

__all__ = ["thing_acronyms"]

# An acronym in brackets ("( CPIM )", "(CEV)")
_BRACKETED = re.compile(r"\([ \u00a0]*([A-Z]{2,6})[ \u00a0]*\)")
# The words before the bracket: capitalised words and the small words inside a long form
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w-]*[ \u00a0]+(?:(?:of|and|for|the|on|in|&)[ \u00a0]+)*){1,7})$")
# The last word of a thing's long form: a device, a rule, a plan, a prize ("Vehicle", "Mechanism", "Medal"); not
# "System" or "Programme", which end bodies' names as often ("Federal Reserve System (FRS)", "World Food Programme (WFP)")
_THINGS = frozenset("""Mechanism Mechanisms Vehicle Vehicles Design Plan Protocol Agreement
    Index Rule Rules Report Model Method Process Strategy Policy Test Award Prize Medal Treaty Standard Scheme Framework
    Device Technique Therapy Syndrome Disease Disorder Deficiency Deficiencies Ratio Rate Score Scale""".split())
# A body's head word inside the long form: an office, a school or an institute named after its field ends in a thing's
# word ("Office of National Drug Control Policy (ONDCP)", "Rhode Island School of Design (RISD)"); not "Service" or
# "Network", which begin things' names ("Service Level Agreement (SLA)", "Network Time Protocol (NTP)")
_BODY_HEADS = frozenset("""Office Institute Institution Centre Center School College University Academy Agency Bureau
    Department Ministry Council Committee Commission Authority Organisation Organization Association Society Foundation
    Federation League Coalition Alliance Secretariat Administration""".split())


def thing_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` defines in brackets right after a long form whose words' initials spell them and whose last
    word names a thing (:data:`_THINGS`: "Crew Exploration Vehicle (CEV)"), and those long forms; not a body's long form
    (:data:`_BODY_HEADS`: "Office of Science and Technology Policy (OSTP)")."""
    out = set()
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 160), m.start())
        if before is None:
            continue
        words = [w for w in before.group(1).split() if w[:1].isupper()]
        spelt = [k for k in range(2, len(words) + 1) if "".join(w[0] for w in words[-k:]) == acronym]
        if words and words[-1] in _THINGS and spelt and not _BODY_HEADS & set(words[-spelt[0]:]):
            out |= {acronym, " ".join(words[-spelt[0]:])}
    return frozenset(out)
