"""Headlines in capitals: Python lower-cases the Turkish "İ" to "i" plus a combining dot
(U+0307) and "I" to "i" (not "ı"), so a word read from a headline must be looked up folded
(``desktop.meaning.date_base.fold``), never with ``str.lower()`` alone.  Nothing may raise,
and a headline means what its lower-case sentence means."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures

REF = datetime.date(2025, 6, 27)

TURKISH = [
    "Fabrika geçtiğimiz yılın başında açıldı.",
    "Geçtiğimiz ayın sonunda fiyatlar arttı.",
    "Önümüzdeki yılın ilk çeyreğinde seçim var.",
    "Bu yılın sonunda köprü bitecek.",
    "Geçen hafta sonu toplantı yapıldı.",
    "Birkaç yıl sonra döndü.",
    "Çalışma birkaç yıl sürdü.",
    "Savaşta binlerce kişi öldü.",
    "Onlarca yıl süren savaşlar bitti.",
    "Binlerce yıl önce burada bir kent vardı.",
    "Müslümanların üçte biri göç etti.",
]
RUSSIAN = ["В конце прошлого года завод открылся.", "Несколько лет назад цены выросли на 5 процентов."]


def values(found) -> list[tuple[str | None, str | None]]:
    return [(attrs.get("start"), attrs.get("end")) for _s, _e, attrs in found]


@pytest.mark.parametrize("text", TURKISH + RUSSIAN)
def test_a_headline_in_capitals_reads_as_its_sentence(text):
    for headline in (text.upper(), text.replace("i", "İ").upper()):
        assert values(find_dates(headline, REF)) == values(find_dates(text, REF)), headline
        assert [(a.get("value"), a.get("upper"), a.get("unit")) for _s, _e, a in find_figures(headline)] == [
            (a.get("value"), a.get("upper"), a.get("unit")) for _s, _e, a in find_figures(text)], headline


@given(st.lists(st.sampled_from(" ".join(TURKISH + RUSSIAN).split()), max_size=12).map(" ".join))
def test_no_headline_in_capitals_raises(words):
    for text in (words.upper(), words.replace("i", "İ").upper()):
        find_dates(text, REF)
        find_figures(text)
