"""Acronyms an English text spells out as a thing, not a body (no I/O, no Qt): "Core Procurement Incentive Mechanism
( CPIM )", "Crew Exploration Vehicle (CEV)", "Distinguished Service Medal (DSM)". The acronym rule and the model read
such an acronym as an organisation each time it stands alone later."""

from __future__ import annotations

import re

from desktop.suggest.abbreviations import defined_acronyms

__all__ = ["BODY_HEADS", "THINGS", "thing_acronyms"]

_ACRONYM = re.compile(r"[A-Z]{2,6}")  # capitals only, as a thing's acronym is written

# The last word of a thing's long form: a device, a rule, a plan, a prize ("Vehicle", "Mechanism", "Medal"); not
# "System" or "Programme", which end bodies' names as often ("Federal Reserve System (FRS)", "World Food Programme (WFP)")
THINGS = frozenset("""Mechanism Mechanisms Vehicle Vehicles Design Plan Protocol Agreement
    Index Rule Rules Report Model Method Process Strategy Policy Test Award Prize Medal Treaty Standard Scheme Framework
    Device Technique Therapy Syndrome Disease Disorder Deficiency Deficiencies Ratio Rate Score Scale""".split())
# A body's head word inside the long form: an office, a school or an institute named after its field ends in a thing's
# word ("Office of National Drug Control Policy (ONDCP)", "Rhode Island School of Design (RISD)"); not "Service" or
# "Network", which begin things' names ("Service Level Agreement (SLA)", "Network Time Protocol (NTP)")
BODY_HEADS = frozenset("""Office Institute Institution Centre Center School College University Academy Agency Bureau
    Department Ministry Council Committee Commission Authority Organisation Organization Association Society Foundation
    Federation League Coalition Alliance Secretariat Administration""".split())


def thing_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` defines in brackets right after a long form whose words' initials spell them
    (:func:`abbreviations.defined_acronyms`, spaces inside the brackets too: "( CPIM )") and whose last word names a
    thing (:data:`THINGS`: "Crew Exploration Vehicle (CEV)"), and those long forms' capitalised words; not a body's
    long form (:data:`BODY_HEADS`: "Office of Science and Technology Policy (OSTP)")."""
    out = set()
    for _start, _end, long_form, acronym in defined_acronyms(text, spaced=True):
        words = [w for w in long_form.split() if w[:1].isupper()]
        if (_ACRONYM.fullmatch(acronym) and len(words) == len(acronym)  # each capitalised word an initial: not "Of The"
                and words[-1] in THINGS and not BODY_HEADS & set(words)):
            out |= {acronym, " ".join(words)}
    return frozenset(out)
