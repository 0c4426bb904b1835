"""The report's own words in English, Turkish and Russian (Qt-free).

Every format (HTML, PDF, Markdown, DOCX) asks :meth:`Texts.get` for its section
titles, table headers and labels; ``ReportOptions.language`` chooses the
language (the export dialog fills it from the UI's language, the CLI from
``--lang``).  Strings from the store are never translated, except the labels of
the built-in kinds while the user has not renamed them, the built-in entity
types and the symbols of figure units (read from the window's catalogue, see
:func:`unit_symbols`); figures' numbers take the language's decimal mark.  A source string missing here is shown in English: the test suite checks
that every string the formats ask for has both translations.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from desktop.meaning.numbers import unit_shown
from desktop.model import BUILTIN_KIND_LABELS, ENTITY_TYPES
from desktop.paths import resource_root

LANGUAGES = ("en", "tr", "ru")

# English source → (Turkish, Russian).
CATALOGUE: dict[str, tuple[str, str]] = {
    # sections
    "Contents": ("İçindekiler", "Содержание"),
    "Summary": ("Özet", "Сводка"),
    "Actors index": ("Aktör dizini", "Указатель акторов"),
    "Figures": ("Rakamlar", "Показатели"),
    "Timeline": ("Zaman çizelgesi", "Хронология"),
    "Claims": ("İddialar", "Утверждения"),
    "Notes": ("Notlar", "Заметки"),
    "Timeline of dated events": ("Tarihli olayların zaman çizelgesi", "Хронология датированных событий"),
    "Claimline report": ("Claimline raporu", "Отчёт Claimline"),
    # cover and metadata
    "Analyst": ("Analist", "Аналитик"),
    "Date": ("Tarih", "Дата"),
    "Store": ("Depo", "Хранилище"),
    "Documents": ("Belgeler", "Документы"),
    "Tags": ("Etiketler", "Метки"),
    "Format": ("Biçim", "Формат"),
    "Source": ("Kaynak", "Источник"),
    "Author": ("Yazar", "Автор"),
    "Published": ("Yayın tarihi", "Опубликовано"),
    "Site": ("Site", "Сайт"),
    "Source url": ("Kaynak adresi", "Адрес источника"),
    "Page {0} of {1}": ("Sayfa {0} / {1}", "Страница {0} из {1}"),
    # tables
    "Kind": ("Tür", "Вид"),
    "Document": ("Belge", "Документ"),
    "All": ("Tümü", "Всего"),
    "Actors": ("Aktörler", "Акторы"),
    "Entity": ("Varlık", "Сущность"),
    "Type": ("Tür", "Тип"),
    "Roles": ("Roller", "Роли"),
    "Mentions": ("Geçtiği yerler", "Упоминания"),
    "also": ("diğer adları", "также"),
    "No actors tagged.": ("Etiketlenmiş aktör yok.", "Отмеченных акторов нет."),
    "Value": ("Değer", "Значение"),
    "Unit": ("Birim", "Единица"),
    "What": ("Ne", "Что"),
    "Period": ("Dönem", "Период"),
    "Source quote": ("Kaynaktaki alıntı", "Цитата из источника"),
    "No figures tagged.": ("Etiketlenmiş rakam yok.", "Отмеченных показателей нет."),
    "Claim": ("İddia", "Утверждение"),
    "Asserted by": ("İddia eden", "Кто утверждает"),
    "Reference cited": ("Gösterilen kaynak", "Ссылка на источник"),
    "Grading": ("Değerlendirme", "Оценка"),
    "Note": ("Not", "Заметка"),
    "No claims tagged.": ("Etiketlenmiş iddia yok.", "Отмеченных утверждений нет."),
    "(no actor)": ("(aktör yok)", "(без актора)"),
    "{0}s": ("{0} yılları", "{0}-е"),
    "p. {0}, ¶ {1}": ("s. {0}, ¶ {1}", "с. {0}, ¶ {1}"),
    "¶ {0}": ("¶ {0}", "¶ {0}"),
    # built-in kinds (store labels) and entity types (store values)
    "Actor": ("Aktör", "Актор"),
    "Figure": ("Rakam", "Показатель"),
    "Date / event": ("Tarih / olay", "Дата / событие"),
    "person": ("kişi", "человек"),
    "organisation": ("kuruluş", "организация"),
    "state": ("devlet", "государство"),
    "place": ("yer", "место"),
    "other": ("diğer", "другое"),
}


@functools.cache
def unit_symbols(language: str) -> dict[str, str]:
    """Unit symbols in ``language`` ("t" → "т"), read from the window's own catalogue
    (resources/translations/claimline_LANG.ts, context "Units"), so that the window and the
    reports say the same; empty for English or a catalogue that cannot be read."""
    if language not in LANGUAGES[1:]:
        return {}
    try:
        root = ET.parse(resource_root() / "resources" / "translations" / f"claimline_{language}.ts").getroot()
    except (OSError, ET.ParseError):
        return {}
    symbols: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Units":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text and not translation.get("type"):
                symbols[source] = translation.text
    return symbols


@dataclass(frozen=True)
class Texts:
    """The report's words in ``language`` ("en", "tr" or "ru"; another code means English)."""

    language: str = "en"

    def get(self, source: str) -> str:
        index = {"tr": 0, "ru": 1}.get(self.language)
        if index is None or source not in CATALOGUE:
            return source
        return CATALOGUE[source][index]

    def kind(self, name: str, label: str) -> str:
        """A kind's label: a built-in one translated while the user has not renamed it."""
        return self.get(label) if BUILTIN_KIND_LABELS.get(name) == label else label

    def entity_type(self, value: str) -> str:
        return self.get(value) if value in ENTITY_TYPES else value

    def unit(self, unit: str) -> str:
        """A figure's unit symbol in the report's language ("m/s²" → "м/с²"), a rate's parts each;
        currency codes, "%" and symbols no catalogue has as stored."""
        return unit_shown(unit, unit_symbols(self.language).get)

    @property
    def html_lang(self) -> str:
        return self.language if self.language in LANGUAGES else "en"
