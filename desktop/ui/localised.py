"""Built-in names from the store shown in the UI's language: kind labels, entity types, dates.

The four built-in kinds are store data ("claim" labelled "Claim"); while a
kind keeps its built-in label it is shown translated ("İddia", "Утверждение").
A kind the user made, or a built-in one the user renamed, is shown as written.
Dates are said with the month names of the UI language (QLocale), the way
:func:`desktop.meaning.dates.format_date` builds them; figures with the decimal
mark and the unit symbols of the language ("9,8 м/с²", "1 300 000 т"), and a
figure's value typed in the language's way ("9,8") is read back as the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.i18n import installed_language
from desktop.meaning.dates import DateWords, format_date
from desktop.meaning.numbers import decimal_mark, format_figure, format_number, language_code, unit_shown, unit_typed
from desktop.model import BUILTIN_KIND_LABELS, ENTITY_TYPES, Kind

CONTEXT = "Kinds"
# The built-in labels and date words, for lupdate (the values are the English sources).
_SOURCES = (
    QT_TRANSLATE_NOOP("Kinds", "Claim"),
    QT_TRANSLATE_NOOP("Kinds", "Actor"),
    QT_TRANSLATE_NOOP("Kinds", "Figure"),
    QT_TRANSLATE_NOOP("Kinds", "Date / event"),
    QT_TRANSLATE_NOOP("Kinds", "undated"),
    QT_TRANSLATE_NOOP("Kinds", "{0}–{1} (decade)"),
    QT_TRANSLATE_NOOP("Kinds", "{0}s"),
    QT_TRANSLATE_NOOP("Kinds", "before {0}"),
    QT_TRANSLATE_NOOP("Kinds", "after {0}"),
)

# Unit symbols that differ between languages ("t" → "т"); currency codes and % are shown as stored.
UNIT_SOURCES = {
    "t": QT_TRANSLATE_NOOP("Units", "t"),
    "kg": QT_TRANSLATE_NOOP("Units", "kg"),
    "km": QT_TRANSLATE_NOOP("Units", "km"),
    "km²": QT_TRANSLATE_NOOP("Units", "km²"),
    "m": QT_TRANSLATE_NOOP("Units", "m"),
    "m³": QT_TRANSLATE_NOOP("Units", "m³"),
    "ha": QT_TRANSLATE_NOOP("Units", "ha"),
    "people": QT_TRANSLATE_NOOP("Units", "people"),
    "pp": QT_TRANSLATE_NOOP("Units", "pp"),
    "bp": QT_TRANSLATE_NOOP("Units", "bp"),
    "bbl": QT_TRANSLATE_NOOP("Units", "bbl"),
    "bcm": QT_TRANSLATE_NOOP("Units", "bcm"),
    "Mt": QT_TRANSLATE_NOOP("Units", "Mt"),
    "kW": QT_TRANSLATE_NOOP("Units", "kW"),
    "MW": QT_TRANSLATE_NOOP("Units", "MW"),
    "GW": QT_TRANSLATE_NOOP("Units", "GW"),
    "kWh": QT_TRANSLATE_NOOP("Units", "kWh"),
    "MWh": QT_TRANSLATE_NOOP("Units", "MWh"),
    "GWh": QT_TRANSLATE_NOOP("Units", "GWh"),
    "TWh": QT_TRANSLATE_NOOP("Units", "TWh"),
    "TEU": QT_TRANSLATE_NOOP("Units", "TEU"),
    "m²": QT_TRANSLATE_NOOP("Units", "m²"),
    "mi²": QT_TRANSLATE_NOOP("Units", "mi²"),
    "cm": QT_TRANSLATE_NOOP("Units", "cm"),
    "mm": QT_TRANSLATE_NOOP("Units", "mm"),
    "mi": QT_TRANSLATE_NOOP("Units", "mi"),
    "ft": QT_TRANSLATE_NOOP("Units", "ft"),
    "acre": QT_TRANSLATE_NOOP("Units", "acre"),
    "acre·ft": QT_TRANSLATE_NOOP("Units", "acre·ft"),
    "fl oz": QT_TRANSLATE_NOOP("Units", "fl oz"),
    "kr": QT_TRANSLATE_NOOP("Units", "kr"),
    "florin": QT_TRANSLATE_NOOP("Units", "florin"),
    "dirham": QT_TRANSLATE_NOOP("Units", "dirham"),
    "riyal": QT_TRANSLATE_NOOP("Units", "riyal"),
    "g": QT_TRANSLATE_NOOP("Units", "g"),
    "mg": QT_TRANSLATE_NOOP("Units", "mg"),
    "l": QT_TRANSLATE_NOOP("Units", "l"),
    "ml": QT_TRANSLATE_NOOP("Units", "ml"),
    "in": QT_TRANSLATE_NOOP("Units", "in"),
    "lb": QT_TRANSLATE_NOOP("Units", "lb"),
    "ly": QT_TRANSLATE_NOOP("Units", "ly"),
    "W": QT_TRANSLATE_NOOP("Units", "W"),
    "km/h": QT_TRANSLATE_NOOP("Units", "km/h"),
    "mph": QT_TRANSLATE_NOOP("Units", "mph"),
    "nmi": QT_TRANSLATE_NOOP("Units", "nmi"),
    "times": QT_TRANSLATE_NOOP("Units", "times"),
    "magnitude": QT_TRANSLATE_NOOP("Units", "magnitude"),
    "floors": QT_TRANSLATE_NOOP("Units", "floors"),
    "V": QT_TRANSLATE_NOOP("Units", "V"),
    "kcal": QT_TRANSLATE_NOOP("Units", "kcal"),
    "rpm": QT_TRANSLATE_NOOP("Units", "rpm"),
    "hp": QT_TRANSLATE_NOOP("Units", "hp"),
    "kn": QT_TRANSLATE_NOOP("Units", "kn"),
    "Gt": QT_TRANSLATE_NOOP("Units", "Gt"),
    "meV": QT_TRANSLATE_NOOP("Units", "meV"),
    "keV": QT_TRANSLATE_NOOP("Units", "keV"),
    "MeV": QT_TRANSLATE_NOOP("Units", "MeV"),
    "GeV": QT_TRANSLATE_NOOP("Units", "GeV"),
    "TeV": QT_TRANSLATE_NOOP("Units", "TeV"),
    "pieces": QT_TRANSLATE_NOOP("Units", "pieces"),
    "Mbit/s": QT_TRANSLATE_NOOP("Units", "Mbit/s"),
    "Gbit/s": QT_TRANSLATE_NOOP("Units", "Gbit/s"),
    "TB": QT_TRANSLATE_NOOP("Units", "TB"),
    "GB": QT_TRANSLATE_NOOP("Units", "GB"),
    "MB": QT_TRANSLATE_NOOP("Units", "MB"),
    "cm³": QT_TRANSLATE_NOOP("Units", "cm³"),
    "m/s": QT_TRANSLATE_NOOP("Units", "m/s"),
    "m/s²": QT_TRANSLATE_NOOP("Units", "m/s²"),
    "m³/s": QT_TRANSLATE_NOOP("Units", "m³/s"),
    # what a rate is counted against ("USD/bbl", "USD/person")
    "person": QT_TRANSLATE_NOOP("Units", "person"),
    "share": QT_TRANSLATE_NOOP("Units", "share"),
    "night": QT_TRANSLATE_NOOP("Units", "night"),
    "gal": QT_TRANSLATE_NOOP("Units", "gal"),
    "oz": QT_TRANSLATE_NOOP("Units", "oz"),
    # durations
    "y": QT_TRANSLATE_NOOP("Units", "y"),
    "mo": QT_TRANSLATE_NOOP("Units", "mo"),
    "wk": QT_TRANSLATE_NOOP("Units", "wk"),
    "d": QT_TRANSLATE_NOOP("Units", "d"),
    "h": QT_TRANSLATE_NOOP("Units", "h"),
    "min": QT_TRANSLATE_NOOP("Units", "min"),
    "s": QT_TRANSLATE_NOOP("Units", "s"),
}

K = TypeVar("K", bound=Kind)


def kind_label(name: str, label: str) -> str:
    """``label`` of kind ``name`` as shown: translated while it is the built-in one."""
    if BUILTIN_KIND_LABELS.get(name) == label:
        return QCoreApplication.translate(CONTEXT, label)
    return label


def display_kinds(kinds: Iterable[K]) -> list[K]:
    """The kinds with their labels as shown (see :func:`kind_label`)."""
    return [replace(k, label=kind_label(k.name, k.label)) for k in kinds]


def entity_type(value: str) -> str:
    """An entity type ("state") in the UI's language (the entity editor's words); an unknown type as written."""
    return QCoreApplication.translate("EntityEditor", value) if value in ENTITY_TYPES else value


def date_words() -> DateWords:
    """Month names and date words of the installed UI language."""
    locale = QLocale(installed_language())
    long = QLocale.FormatType.LongFormat
    return DateWords(
        months=tuple(locale.monthName(m, long) for m in range(1, 13)),
        standalone=tuple(locale.standaloneMonthName(m, long).capitalize() for m in range(1, 13)),
        undated=QCoreApplication.translate(CONTEXT, "undated"),
        decade=QCoreApplication.translate(CONTEXT, "{0}–{1} (decade)"),
        decade_s=QCoreApplication.translate(CONTEXT, "{0}s"),
        open_start=QCoreApplication.translate(CONTEXT, "before {0}"),
        open_end=QCoreApplication.translate(CONTEXT, "after {0}"),
    )


def date_text(attrs: dict | None) -> str:
    """A date tag's normalised value in the UI's language ("25 Haziran 2025", "25 июня 2025")."""
    return format_date(attrs, date_words())


def _symbol(code: str) -> str | None:
    return QCoreApplication.translate("Units", code) if code in UNIT_SOURCES else None


def unit_label(unit: str) -> str:
    """A figure's unit symbol in the UI's language ("t" → "т" in Russian), a rate's parts each
    ("USD/bbl", "h/d" → "ч/дн."); others as stored."""
    return unit_shown(unit, _symbol)


def unit_code(typed: str) -> str:
    """The unit code for a unit typed in the form in the UI's language ("м/с²" → "m/s²", "т" → "t"); a code typed as
    such, or a unit of the analyst's own, as typed."""
    codes: dict[str, str] = {}
    for code in UNIT_SOURCES:  # (in their order: "people" before "person", both "чел." in Russian)
        codes.setdefault(QCoreApplication.translate("Units", code), code)
    return unit_typed(typed, codes.get)


def figure_text(attrs: dict | None) -> str:
    """A figure's normalised value with its unit in the UI's language ("1 300 000 т", "9,8 м/с²")."""
    language = installed_language()
    if not isinstance(attrs, dict):
        return format_figure(attrs, language)
    return format_figure({**attrs, "unit": unit_label(str(attrs.get("unit") or ""))}, language)


def editable_number(value: object) -> str:
    """A figure's value for its field, with the UI language's decimal mark and no grouping
    ("1300000", "9,8" in Russian): :func:`typed_number` reads it back; "" for no number."""
    return format_number(value, decimal_mark(installed_language())).replace(" ", "")


# A value typed in the form: an optional sign, then digits with at most the two marks; spaces and
# apostrophes group thousands everywhere.  Anything else (words, "1e6") goes to the service as typed.
_TYPED = re.compile(r"([-+\u2212]?)([\d.,]+)")
_TYPED_SPACES = re.compile(r"[ \u00a0\u202f\u2009'\u2019]")


def _groups(whole: str, mark: str) -> bool:
    """``whole`` is digits grouped by ``mark`` the way thousands are grouped ("1.500", "12,345,678"):
    a first group of one to three digits, not "0", then groups of exactly three."""
    head, *rest = whole.split(mark)
    return bool(rest) and 1 <= len(head) <= 3 and head[0] != "0" and all(len(g) == 3 for g in rest)


def typed_number(text: str) -> str | None:
    """A figure's value as typed in the UI's language, written for the service ("1500.25"): the
    language's decimal mark is the decimal ("9,8" is 9.8 in Russian and Turkish, "9.8" in English);
    a lone other mark groups thousands only where the language types it so and the digits are
    thousands groups ("1.500" in Turkish, "1,500" in English), else it is a decimal mark too ("1.500"
    and "0.125" in Russian, "1,5" in English); where
    both appear the last is the decimal ("1.500,25").  None for an empty field; anything else (words,
    malformed groups such as "12,5,000") is returned as typed: the service reads what it can ("1e6")
    and refuses the rest, saying why, as it judges every number (finite, whole or not)."""
    text = text.strip()
    if not text:
        return None
    m = _TYPED.fullmatch(_TYPED_SPACES.sub("", text))
    if m is None or not any(c.isdigit() for c in m[2]):
        return text
    sign, body = "-" if m[1] in ("-", "\u2212") else m[1], m[2]  # U+2212, the typographic minus
    marks = [c for c in body if c in ".,"]
    if not marks:
        return sign + body
    last = marks[-1]
    if len(set(marks)) == 2:  # "1.500,25", "1,234.5": the last mark is the decimal, the other groups
        whole, frac = body.rsplit(last, 1)
        group = "." if last == "," else ","
        return sign + whole.replace(group, "") + "." + frac if _groups(whole, group) and frac.isdigit() else text
    if len(marks) > 1:  # "1,000,000", "1.300.000": only thousands groups
        return sign + body.replace(last, "") if _groups(body, last) else text
    whole, frac = body.split(last)
    if last == _typed_group_mark(installed_language()) and len(frac) == 3 and _groups(body, last):
        return sign + whole + frac  # "1,500" in English, "1.500" in Turkish
    return sign + whole + "." + frac


# The mark a language's writers type between thousands: English "1,500", Turkish "1.500" (TDK; a Turkish keyboard's
# numpad types ","). Russian and Kazakh group thousands with a space (GOST 8.417, CLDR) and a Russian keyboard's numpad
# types "." as the decimal mark, so a lone "." there is a decimal: "1.500" is 1.5. Other languages: the mark that is
# not their decimal one.
_TYPED_GROUP_MARKS = {"en": ",", "tr": ".", "ru": "", "kk": ""}


def _typed_group_mark(language: str) -> str:
    return _TYPED_GROUP_MARKS.get(language_code(language), "," if decimal_mark(language) == "." else ".")
