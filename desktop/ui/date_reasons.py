"""Why a suggested date has its value, in the UI's language.

The date rules say it in English, as stored in the suggestion's ``reason`` ("relative to 3 March 1859, the
text's own date (its heading or dateline), not the publication date 2001-05-04"; "counted from an earlier date
that the text does not give").  :func:`date_reason_text` says the same in the UI's language, with the days
written as the UI writes dates; a reason it does not know is shown as written.
"""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.meaning.date_base import NO_REFERENCE
from desktop.meaning.date_centuries import BEFORE_THE_ERA
from desktop.meaning.date_own_time import HEADING, NEXT_DAY, OWN_DAY_REASON, OWN_DAY_REASON_UNDATED, STATED
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


def _pattern(template: str) -> re.Pattern[str]:
    """``template`` (one of date_own_time's reasons) as a pattern that reads its fields back."""
    out = re.escape(template)
    for name, group in (("day", ".+?"), ("evidence", "[^)]+"), ("published", "[0-9-]+")):
        out = out.replace(re.escape("{" + name + "}"), f"(?P<{name}>{group})")
    return re.compile(out)


_OWN = _pattern(OWN_DAY_REASON)
_OWN_UNDATED = _pattern(OWN_DAY_REASON_UNDATED)
_ENGLISH_DAY = re.compile(r"(\d{1,2}) (\w+) (\d{1,4})")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _day(iso: str) -> str:
    return date_text({"start": iso, "end": iso, "precision": "day"})


def _english_day(shown: str) -> str:
    """A day format_date wrote in English ("3 March 1859") as the UI writes it; as written if it is no such day."""
    m = _ENGLISH_DAY.fullmatch(shown)
    if m is None or m.group(2) not in ENGLISH_DATE_WORDS.months:
        return shown
    try:
        day = _dt.date(int(m.group(3)), ENGLISH_DATE_WORDS.months.index(m.group(2)) + 1, int(m.group(1)))
    except ValueError:
        return shown
    return _day(day.isoformat())


def date_reason_text(reason: str) -> str:
    """``reason`` (a date suggestion's, in English) in the UI's language."""
    if reason in _WHOLE:
        return _tr(_WHOLE[reason])
    m = _OWN.fullmatch(reason)
    undated = _OWN_UNDATED.fullmatch(reason) if m is None else None
    if m is None and undated is None:
        return reason
    found = m or undated
    assert found is not None
    evidence = found.group("evidence")
    evidence = _tr(_EVIDENCE[evidence]) if evidence in _EVIDENCE else evidence
    day = _english_day(found.group("day"))
    if m is None:
        return _tr(OWN_DAY_UNDATED).format(day, evidence)
    try:
        published = _day(_dt.date.fromisoformat(m.group("published")).isoformat())
    except ValueError:
        published = m.group("published")
    return _tr(OWN_DAY).format(day, evidence, published)
