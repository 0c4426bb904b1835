"""Why a suggested date has its value, in the UI's language.

A date suggestion's ``reason`` is a fixed English key ("counted from an earlier date that the text does not give")
or, for a date read against the text's own day, its facts (``{"kind": "own_day", "day": "1859-03-03",
"evidence": "heading", "published": "2001-05-04"}``: date_own_time.reason_for).  :func:`date_reason_text` says
either in the UI's language, with the days written as the UI writes dates.  Stores written before the twenty-second
round hold the own-day reason as an English sentence ("relative to 3 March 1859, the text's own date (its heading
or dateline), not the publication date 2001-05-04"): it is read back into its facts; a reason it does not know is
shown as written.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.meaning.date_base import NO_REFERENCE
from desktop.meaning.date_centuries import BEFORE_THE_ERA
from desktop.meaning.date_own_time import HEADING, NEXT_DAY, OWN_DAY as OWN_DAY_KIND, STATED
from desktop.meaning.date_relative import AFTER_AN_EARLIER_DATE
from desktop.meaning.dates import ENGLISH_DATE_WORDS
from desktop.ui.localised import date_text

CONTEXT = "DateReasons"
_WHOLE = {
    NO_REFERENCE: QT_TRANSLATE_NOOP("DateReasons", "relative to the publication date, which the document does not have"),
    BEFORE_THE_ERA: QT_TRANSLATE_NOOP("DateReasons", "before the Common Era, which the calendar of dates here does not hold"),
    AFTER_AN_EARLIER_DATE: QT_TRANSLATE_NOOP("DateReasons", "counted from an earlier date that the text does not give"),
}
_EVIDENCE = {
    HEADING: QT_TRANSLATE_NOOP("DateReasons", "its heading or dateline"),
    STATED: QT_TRANSLATE_NOOP("DateReasons", "the text says so"),
    NEXT_DAY: QT_TRANSLATE_NOOP("DateReasons", "the weekday it names next"),
}
OWN_DAY = QT_TRANSLATE_NOOP("DateReasons", "relative to {0}, the text's own date ({1}), not the publication date {2}")
OWN_DAY_UNDATED = QT_TRANSLATE_NOOP("DateReasons", "relative to {0}, the text's own date ({1}); the document has no publication date")


# The own-day reason as stores before the twenty-second round hold it, in English (read back into its facts)
_OLD_OWN_DAY = "relative to {day}, the text's own date ({evidence}), not the publication date {published}"
_OLD_OWN_DAY_UNDATED = "relative to {day}, the text's own date ({evidence}); the document has no publication date"
_OLD_EVIDENCE = {"its heading or dateline": HEADING, "the text says so": STATED, "the weekday it names next": NEXT_DAY}


def _pattern(template: str) -> re.Pattern[str]:
    """``template`` (an old own-day reason) as a pattern that reads its fields back."""
    out = re.escape(template)
    for name, group in (("day", ".+?"), ("evidence", "[^)]+"), ("published", "[0-9-]+")):
        out = out.replace(re.escape("{" + name + "}"), f"(?P<{name}>{group})")
    return re.compile(out)


_OWN = _pattern(_OLD_OWN_DAY)
_OWN_UNDATED = _pattern(_OLD_OWN_DAY_UNDATED)
_ENGLISH_DAY = re.compile(r"(\d{1,2}) (\w+) (\d{1,4})")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _day(iso: str) -> str:
    return date_text({"start": iso, "end": iso, "precision": "day"})


def _english_day(shown: str) -> str | None:
    """A day format_date wrote in English ("3 March 1859") in ISO; ``None`` if it is no such day."""
    m = _ENGLISH_DAY.fullmatch(shown)
    if m is None or m.group(2) not in ENGLISH_DATE_WORDS.months:
        return None
    try:
        return _dt.date(int(m.group(3)), ENGLISH_DATE_WORDS.months.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    except ValueError:
        return None


def _old_facts(reason: str) -> dict[str, Any] | None:
    """An own-day reason stored as an English sentence, as its facts (an unknown day or evidence kept as written)."""
    m = _OWN.fullmatch(reason)
    found = m or _OWN_UNDATED.fullmatch(reason)
    if found is None:
        return None
    shown, evidence = found.group("day"), found.group("evidence")
    return {"kind": OWN_DAY_KIND, "day": _english_day(shown) or shown, "evidence": _OLD_EVIDENCE.get(evidence, evidence),
            "published": m.group("published") if m is not None else None}


def _shown_day(value: Any) -> str:
    """An ISO day as the UI writes it; anything else as written."""
    try:
        return _day(_dt.date.fromisoformat(str(value)).isoformat())
    except ValueError:
        return str(value)


def date_reason_text(reason: str | dict[str, Any]) -> str:
    """``reason`` (a date suggestion's: an English key, the facts of an own-day reason, or an old store's English
    sentence) in the UI's language."""
    if isinstance(reason, str):
        if reason in _WHOLE:
            return _tr(_WHOLE[reason])
        facts = _old_facts(reason)
        if facts is None:
            return reason
    else:
        facts = reason
    if facts.get("kind") != OWN_DAY_KIND or not facts.get("day"):
        return str(reason)
    evidence = str(facts.get("evidence") or "")
    evidence = _tr(_EVIDENCE[evidence]) if evidence in _EVIDENCE else evidence
    day = _shown_day(facts["day"])
    if not facts.get("published"):
        return _tr(OWN_DAY_UNDATED).format(day, evidence)
    return _tr(OWN_DAY).format(day, evidence, _shown_day(facts["published"]))
