"""Kazakh bounds written after a figure, with the case ending the bound asks for (twenty-fifth round):

* the ablative and "астам", "аса", "артық", "көп" (more than): "5 мыңнан астам адам" → > 5000 people, "300-ден астам адам";
  "кем", "аз", "төмен" (less than): "5 пайыздан төмен" → < 5 %;
* the dative and "дейін" (up to): "20 пайызға дейін" → ≤ 20 %; after it a verb of change makes it the new level ("20
  пайызға дейін өседі", will grow to 20 %, as Russian "вырастет до 20%": no bound);
* the dative and "жуық" (close to): "50-ге жуық адам" → ≈ 50 people;
* "мыңнан астам" without digits is more than a thousand; a bare number before a bound is read where "адам" follows.

"адам" (people) right after the bound is the count's unit, as after a Turkish bound ("50 kişiden fazla"). No I/O; never
raises on a ``str``.
"""

from __future__ import annotations

import re

__all__ = ["kazakh_bounds"]

Figure = tuple[int, int, dict]

_ABLATIVE = r"(?:-?(?:нан|нен|дан|ден|тан|тен))"
_DATIVE = r"(?:-?(?:ға|ге|қа|ке))"
# after the figure's span (its stem: "20 пайыз|ға", "5 мың|нан", "2 млрд теңге|ден"): the case, the bound, then "адам"
_BOUND_AFTER = re.compile(
    r"(?:" + _ABLATIVE + r"[ \u00a0]+(?:(?P<more>астам|аса|артық|көп)|(?P<less>кем|аз|төмен))"
    r"|" + _DATIVE + r"[ \u00a0]+(?:(?P<upto>дейін)|(?P<near>жуық))"
    r")(?![\w-])(?:[ \u00a0]+(?P<people>адам)(?=(?:ға|дан|ды|ның|да|мен)?(?![\w-])))?", re.IGNORECASE)
# a verb of change after "дейін": the level reached, no bound ("16,75 пайызға дейін көтерді", "баяулады", "құлады":
# final read of the twenty-fifth round)
_CHANGE_AFTER = re.compile(r"[ \u00a0]+(?:өс|арт|көтер|төменде|қысқар|азай|көбей|жет|ұлғай|түс|баяула|құла|шық|кемі)", re.IGNORECASE)
# a number not read yet: digits with the case after a hyphen ("300-ден"), or "мыңнан" (a thousand) alone
_BARE = re.compile(r"(?<![\w.,-])(?:(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?=-?(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)[ \u00a0])"
                   r"|(?P<thousand>(?i:мың))(?=нан[ \u00a0]))")
_KAZAKH = re.compile("[әғқңөұүһі]", re.IGNORECASE)
# a unit of time after the bound ("мыңнан астам жыл", more than a thousand years; twenty-sixth round), "бұрын" (ago) after
# it or not: "Мыңнан астам жыл бұрын" is > 1000 y, as English "more than 1,000 years ago" (no date reads it; review)
_TIME_AFTER = re.compile(r"[ \u00a0]+(?P<w>жыл|ай|апта|күн|сағат|минут)(?:дан|ден|тан|тен|ға|ге|қа|ке|ы|і|да|де|та|те|ын|ін)?"
                         r"(?![\w-])", re.IGNORECASE)
_TIME_UNITS = {"жыл": "y", "ай": "mo", "апта": "wk", "күн": "d", "сағат": "h", "минут": "min"}


def _bound(text: str, end: int) -> tuple[str, int, str] | None:
    """The qualifier a Kazakh bound after ``end`` gives, the end of "адам" after it (or -1) and the unit of time after it
    ("" for none), or None."""
    m = _BOUND_AFTER.match(text, end)
    if m is None:
        return None
    if m["upto"] and _CHANGE_AFTER.match(text, m.end("upto")):
        return None  # the level reached ("… 16,75 пайызға дейін көтерді"): no bound
    sign = ">" if m["more"] else "<" if m["less"] else "≤" if m["upto"] else "≈"
    time = _TIME_AFTER.match(text, m.end()) if not m["people"] else None
    unit = "" if time is None else _TIME_UNITS[time["w"].lower()]
    return sign, m.end("people") if m["people"] else -1, unit


def kazakh_bounds(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with Kazakh bounds after a figure as its qualifier, and the bare numbers before a bound added."""
    if not _KAZAKH.search(text):
        return found
    out: list[Figure] = []
    for start, end, attrs in found:
        bound = _bound(text, end) if not attrs.get("qualifier") else None
        if bound is not None:
            sign, people, time = bound
            attrs = {**attrs, "qualifier": sign}
            if not attrs.get("unit") and (people > 0 or time):
                attrs["unit"] = "people" if people > 0 else time
        out.append((start, end, attrs))
    taken = [(b, e) for b, e, _a in out]
    for m in _BARE.finditer(text):
        if any(b < m.end() and m.start() < e for b, e in taken):
            continue
        bound = _bound(text, m.end())
        if bound is None:
            continue
        sign, people, time = bound
        if people < 0 and not m["thousand"]:
            continue  # a bare number before a bound counts people only ("300-ден астам адам"; "2019-ға дейін" is a date)
        value = 1000 if m["thousand"] else int(re.sub(r"\D", "", m["n"]))
        out.append((m.start(), m.end(), {"value": value, "unit": "people" if people > 0 else time, "scale": "", "qualifier": sign}))
    return sorted(out, key=lambda f: f[0])
