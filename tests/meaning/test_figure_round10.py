"""Figures, tenth round (issue 15): the known items of the ninth round's note and the recurring
news forms found among the study sets' misses (GUM train and dev, Turkish Wiki NER train and
dev), with sentences where each rule must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # one of every N in capitals, as a Turkish headline writes it (was nothing: the number's lookup
        # and the case ending were case-sensitive)
        ("Her ALTI kişiden biri işsiz.", [("Her ALTI kişiden biri", {"value": 0.1667, "scale": "her altı kişiden biri"})]),
        ("HER ÜÇ KİŞİDEN BİRİ oy vermedi.", [("HER ÜÇ KİŞİDEN BİRİ", {"value": 0.3333, "scale": "her üç kişiden biri"})]),
        ("HER İKİ ÇOCUKTAN BİRİ aç.", [("HER İKİ ÇOCUKTAN BİRİ", {"value": 0.5, "scale": "her iki çocuktan biri"})]),
        ("Her iki ülkeden biri imzaladı.", [("Her iki ülkeden biri", {"value": 0.5, "scale": "her iki ülkeden biri"})]),
        # not a share: "her" without "… -den biri"
        ("HER ALTI AYDA BİR toplanır.", []),
        ("Her iki ülke de imzaladı.", []),
    ],
)
def test_turkish_one_of_every_in_capitals(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(word=st.sampled_from([("İKİ", 2), ("ÜÇ", 3), ("DÖRT", 4), ("BEŞ", 5), ("ALTI", 6), ("YEDİ", 7), ("SEKİZ", 8),
                             ("DOKUZ", 9), ("ON", 10)]),
       noun=st.sampled_from(["KİŞİDEN", "ÇOCUKTAN", "GENÇTEN", "KADINDAN"]))
def test_turkish_one_of_every_in_capitals_property(word, noun):
    text = f"HER {word[0]} {noun} BİRİ işsiz."
    [(span, attrs)] = attrs_of(text)
    assert span == f"HER {word[0]} {noun} BİRİ"
    assert attrs["value"] == round(1 / word[1], 4)
