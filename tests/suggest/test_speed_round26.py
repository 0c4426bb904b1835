"""Faster scans of the actor rules on long mixed texts (English, Russian, Turkish, Kazakh), with the same suggestions.

The surnames named again (``names.surname_mentions``) are looked up word by word instead of one alternation of every
surname; a Russian stem written in the text (``mentions._written``) is searched for as a literal before its word
boundary is checked; a person's word in capitals (``english_capitals.capitals_mentions``) is looked for with
``str.find`` before its pattern is built. Each is checked against the former reading (kept here as a reference) on
sentences written for these tests and on generated texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, english_capitals, mentions, names
from desktop.suggest.names import fold
from desktop.suggest.spans import Taken


def _alternation(text: str, surnames: list[str]) -> list[tuple[int, int, str]]:
    """``surname_mentions`` as it read before: one alternation of the folded surnames, longest first."""
    known = sorted({fold(s) for s in surnames if len(s) >= 3}, key=len, reverse=True)
    if not known:
        return []
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in known) + r")(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(fold(text)) if not names._inside_a_name(text, m.start(), m.end())]


def _written_before(text: str, stem: str) -> bool:
    return re.search(rf"(?<![\w-]){stem}(?:ом)?(?![\w-])", text) is not None


def test_surnames_named_again_in_a_mixed_text() -> None:
    text = ("Ayşe Keçialan spoke first. Later Kecialan said the plan was late.\n\n"
            "Министр Игорь Сечин прибыл утром. Сечин заявил, что всё готово.\n\n"
            "Smith-Jones won; Smith lost. O'Brien and the Brien Trust left.")
    found = names.surname_mentions(text, ["Keçialan", "Сечин", "Smith", "O'Brien", "Brien"])
    # the mentions alone: not the full names ("Ayşe Keçialan", "Игорь Сечин"), not a surname in a hyphenated name
    # ("Smith-Jones") or in another name ("Brien Trust"), "O'Brien" whole
    assert [text[a:b] for a, b, _s in found] == ["Kecialan", "Сечин", "Smith", "O'Brien"]
    assert found == _alternation(text, ["Keçialan", "Сечин", "Smith", "O'Brien", "Brien"])


def test_many_surnames_build_no_alternation_of_them(monkeypatch) -> None:
    """A thousand surnames: no pattern that names them all (the alternation took 0.7 s on 1 MB of mixed text)."""
    surnames = [f"Surname{chr(0x61 + i % 26)}{chr(0x61 + i // 26 % 26)}{i}" for i in range(1000)]
    text = " ".join(surnames[::7]) + " and Surnameab27 again."
    patterns: list[str] = []
    real_compile, real_finditer = re.compile, re.finditer
    monkeypatch.setattr(re, "compile", lambda p, flags=0: (patterns.append(str(p)), real_compile(p, flags))[1])
    monkeypatch.setattr(re, "finditer", lambda p, s, flags=0: (patterns.append(str(p)), real_finditer(p, s, flags))[1])
    found = names.surname_mentions(text, surnames)
    monkeypatch.undo()
    assert patterns and max(map(len, patterns)) < 200
    assert found == _alternation(text, surnames)


_PIECES = st.sampled_from(["Ab", "ab", "O", "'", "’", " ", "-", ".", "Çe", "ce", "Br", "ien", "x", "St", "\n", "İ", "ı",
                           "Jo", "hn", "Сеч", "ин", "ом"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.lists(st.lists(_PIECES, min_size=1, max_size=4).map("".join), max_size=6))
def test_surname_mentions_as_the_alternation(text: str, surnames: list[str]) -> None:
    assert names.surname_mentions(text, surnames) == _alternation(text, surnames)


def test_a_russian_stem_written_as_a_word() -> None:
    assert mentions._written("Акции Газпрома выросли. Газпром сообщил.", "Газпром")
    assert mentions._written("Сделка с Газпромом закрыта.", "Газпром")
    assert not mentions._written("Газпромнефть и Мосгазпром отчитались.", "Газпром")  # inside longer words only
    assert not mentions._written("Сделка с Газпромома.", "Газпром")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Газ", "газ", "пром", "ом", "а", " ", "-", "\n", "x", "Газпром"]), max_size=20).map("".join))
def test_written_as_the_look_behind_pattern(text: str) -> None:
    for stem in ("Газпром", "Газ"):
        assert mentions._written(text, stem) == _written_before(text, stem)


def test_an_oblique_russian_organisation_still_named_in_the_nominative() -> None:
    text = "Акции Газпрома выросли.\nGazprom said profits fell.\nГазпром сообщил об этом."
    found = detect(text, kinds=("actor",))
    assert any(s.exact == "Газпрома" and s.attributes["name"] == "Газпром" for s in found)


def test_a_person_in_capitals_with_no_capitals_written_runs_no_pattern(monkeypatch) -> None:
    text = "Jonathan Pemberly arrived in Leeds. He spoke for an hour.\n" * 3
    kept = [s for s in detect(text, kinds=("actor",)) if s.attributes.get("type") == "person"]
    assert kept
    calls = []
    monkeypatch.setattr(english_capitals.re, "finditer", lambda *a, **k: calls.append(a) or iter(()))
    english_capitals.capitals_mentions(text, kept, Taken(), lambda _t, _p: True, lambda _w: False)
    assert calls == []


def test_a_person_in_capitals_in_a_mixed_text() -> None:
    text = ("Jonathan Pemberly arrived in Leeds on Monday.\n\n"
            "Президент Казахстана выступил в Астане.\n\n"
            "Türkiye'de seçimler yapıldı ve sonuçlar açıklandı.\n\n"
            "Later PEMBERLY said the talks went well.")
    found = detect(text, kinds=("actor",))
    assert any(s.exact == "PEMBERLY" and s.attributes["name"] == "Jonathan Pemberly" for s in found)
    assert not any(s.exact == "Later" for s in found)


_TR_PIECES = st.sampled_from(["Teen Wolf", "Ali Baba", " ", "  ", "\u00a0", "\n", '"', "“", "”", " , ", "filmi", "dizisinde",
                              "adlı", "isimli bir", "orijinal adı", "( 2006 )", "şarkıları", " ve ", "The Lanterns", "Ankara",
                              "kitabını", "x" * 120, "the", "Buffy"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_TR_PIECES, max_size=25).map("".join))
def test_a_title_of_a_work_is_near_a_marker(text: str) -> None:
    """Every name :func:`works.title_of_work` calls a title has a marker near it, so the names far from all markers
    (which are no longer read) are no titles either."""
    from desktop.suggest import works

    reader = works.Works(text, [], lambda _t, _a, _b: False)
    for m in re.finditer(r"[A-Z][\w ]*[\w]", text):
        for kind in (None, "person", "organisation"):
            if works.title_of_work(text, m.start(), m.end(), lambda _t, _a, _b: False, kind):
                assert reader._near_a_marker(m.start(), m.end()), (text, m.group())


def test_works_in_a_mixed_text() -> None:
    text = ("Teen Wolf dizisinde oynadı.\n\n" + "The council met in Leeds on Monday. " * 40 + "\n\n"
            "Kuzgun adlı şiiri okudu.\n\nMayor Ann Porter of Leeds spoke later.")
    found = {s.exact for s in detect(text, kinds=("actor",))}
    assert "Teen Wolf" not in found and "Kuzgun" not in found  # titles of works
    assert "Leeds" in found and "Mayor Ann Porter of Leeds" in found


def test_a_name_far_from_every_marker_is_not_read() -> None:
    from desktop.suggest import works

    text = "Teen Wolf dizisinde oynadı.\n" + "Ankara " * 200 + "\nBuffy"
    reader = works.Works(text, [], lambda _t, _a, _b: False)
    assert reader._near_a_marker(0, 9)
    assert not reader._near_a_marker(len(text) - 5, len(text))


def test_surname_edge_cases_as_the_alternation() -> None:
    """Review: apostrophes, possessives, hyphens, Turkish İ/ı, Cyrillic, digits and underscores beside a surname, a
    surname that begins a longer word, combining accents, a surname at the text's start and end."""
    surnames = ["O'Brien", "Brien", "McDonald", "Donald", "Işık", "İnan", "Сечин", "Smith", "Smith-Jones", "Jose\u0301",
                "José", "Le-Pen", "Pen", "St. John", "John", "Johnson"]
    for text in ("McDonald's profits rose; McDonald said so.", "Smith", "Smith7 and Smith_ and 7Smith, Smith.",
                 "Smithson met Smith-Jones; Le-Pen and Pen.", "IŞIK, Işık, Isik, ışık and İnan, Inan, inan.",
                 "Сечин заявил. Сечина не было; сечин.", "Jose\u0301 and José and Jose met.", "St. John and John Johnson",
                 "Mary O'Brien left; O’Brien stayed, Brien too.", "", "S", "\n", "Alan Smith\nSmith"):
        assert names.surname_mentions(text, surnames) == _alternation(text, surnames), text


def test_written_at_the_text_edges() -> None:
    for text in ("Газпром", "Газпромом", "xГазпром", "Газпромx", "Газпром-", "-Газпром", "_Газпром", "Газпром7", "Газпромома"):
        assert mentions._written(text, "Газпром") == _written_before(text, "Газпром"), text


def test_a_marker_at_the_reach_of_a_name() -> None:
    """A marker 799, 800 or 801 characters before a name, after it on its line, or on the next line only; "adlı" inside
    another word is none."""
    from desktop.suggest import works

    for gap, near in ((799, True), (800, True), (801, False)):
        text = "adlı" + "x" * (gap - 3) + " Buffy"  # the marker begins ``gap`` characters before the name's last character before it
        reader = works.Works(text, [], lambda _t, _a, _b: False)
        assert reader._near_a_marker(len(text) - 5, len(text)) is near, gap
    for text, near in (("Buffy dizisinde", True), ("Buffy\ndizisinde", False), ("Buffy madalyonadlı", False)):
        reader = works.Works(text + "\nfilmi", [], lambda _t, _a, _b: False)  # marked, on a later line
        assert reader._near_a_marker(0, 5) is near, text
