"""The twenty-fifth round's speed and robustness work: the frames' pass over the whole text reports between its parts
(cancel points, the same names found), a lone surrogate no longer stops detection (in this process and through the
recognisers' process), and odd texts (empty, blank, NUL, U+2028, mixed line ends, one long line) give suggestions that
index the text. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import names_child
from desktop.suggest.detect import Suggestion, detect
from desktop.suggest.english_frames import framed_names
from desktop.suggest.spans import Taken
from desktop.suggest.steps import NAMES_PIECE, NAMES_PIECE_IN_CHILD, pieces, without_lone_surrogates

# written for these tests: speakers, roles, places after a direction, kin, a band, a firm, "-based" bodies
FRAMED = [
    '"The toll will rise," Varnholt said on Monday.',
    '"Not yet," said Quellmarsh; the crowd left.',
    "Idris Pannecker, the chairman of the dock board, resigned.",
    "The village lies 12 km west of Ostervik, near the coast.",
    "The estate passed to the nephew of Corvin Althaus and his wife.",
    "The band Marrowglen played first, then the duo Sable Finch.",
    "The chipmaker Tavrel said sales fell.",
    "the Leeds-based Quorwin Institute said it would appeal.",
    "With Ludmila Orsic and Petar Vlasko at the table, the talks began.",
    "Varnholt later said the count was fair.",
]

SENTENCES = [
    "President Aliya Murat met Tomas Berg of the Orvale Trading Company in Astana on 3 May 2024.",
    "Prices in Ankara rose 5% in March, the ministry said.",
    "Министр Иван Соколов прибыл в Казань во вторник.",
    "Bakan Mehmet Yıldız dün Ankara'da 2 milyon lira açıkladı.",
]


def _key(found: list[Suggestion]) -> list[tuple[object, ...]]:
    """Each suggestion's kind, span, attributes (a name copied from the text with the surrogate read as U+FFFD) and
    confidence."""
    def plain(value: object) -> object:
        return without_lone_surrogates(value) if isinstance(value, str) else value

    return [(s.kind, s.start, s.end, sorted((k, plain(v)) for k, v in s.attributes.items()), s.confidence) for s in found]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FRAMED), min_size=1, max_size=8))
def test_the_frames_tick_three_times_and_find_what_they_find_without_a_tick(picked):
    text = "\n\n".join(picked)
    ticks: list[int] = []
    with_ticks = framed_names(text, [], Taken(), lambda _t, _p: True, lambda: ticks.append(1))
    without = framed_names(text, [], Taken(), lambda _t, _p: True)
    assert len(ticks) == 3
    assert [(s.start, s.end, s.attributes) for s in with_ticks] == [(s.start, s.end, s.attributes) for s in without]


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0xFFFF, blacklist_categories=()), max_size=60))
def test_without_lone_surrogates_keeps_the_length_and_every_other_character(text):
    out = without_lone_surrogates(text)
    assert len(out) == len(text)
    out.encode("utf-8")  # no surrogate left
    assert all(a == b if not 0xD800 <= ord(a) <= 0xDFFF else b == "\ufffd" for a, b in zip(text, out))


def test_text_without_a_surrogate_is_returned_as_it_is():
    text = "Ankara said 5% 😀 on Monday."
    assert without_lone_surrogates(text) is text


def test_a_lone_surrogate_no_longer_stops_detection():
    text = "Ankara\ud800 said 5%"
    found = detect(text, reference="2025-07-01")
    assert [(s.kind, s.exact) for s in found] == [("actor", "Ankara"), ("figure", "5%")]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(SENTENCES), st.data())
def test_a_lone_surrogate_changes_no_other_suggestion(sentence, data):
    # the surrogate read as U+FFFD, which the recognisers can read: the same suggestions, spans in the original text
    at = data.draw(st.integers(min_value=0, max_value=len(sentence)))
    surrogate = data.draw(st.sampled_from(["\ud800", "\udfff", "\udc9f"]))
    text = sentence[:at] + surrogate + sentence[at:]
    found = detect(text, reference="2025-07-01")
    readable = detect(text[:at] + "\ufffd" + text[at + 1 :], reference="2025-07-01")
    assert _key(found) == _key(readable)
    assert all(text[s.start : s.end] == s.exact for s in found)


@pytest.fixture
def in_a_child():
    names_child.allow()
    yield
    names_child.allow(False)
    names_child.stop()


def test_a_lone_surrogate_no_longer_stops_detection_in_the_recognisers_process(in_a_child):
    text = "\n\n".join(SENTENCES) + "\n\nPresident Obama met Erdo\udc9fan in Ankara\ud800 on 3 May 2024."
    found = detect(text, reference="2025-07-01")
    assert names_child.child_pid() is not None  # the names were read there
    names_child.allow(False)
    assert _key(found) == _key(detect(text, reference="2025-07-01"))
    assert ("actor", "Ankara") in [(s.kind, s.exact) for s in found]


def test_the_recognisers_process_reads_larger_pieces_and_finds_the_same(in_a_child, monkeypatch):
    text = "\n\n".join(SENTENCES * 700)  # about 200,000 characters: two or three of the child's pieces
    assert len(pieces(text, NAMES_PIECE_IN_CHILD)) >= 2 and NAMES_PIECE_IN_CHILD > NAMES_PIECE
    sizes: list[int] = []
    begin = names_child.InChild.begin

    def counted(child, text, find, cuts):
        sizes.extend(end - start for start, end in cuts)
        return begin(child, text, find, cuts)

    monkeypatch.setattr(names_child.InChild, "begin", counted)
    found = detect(text, reference="2025-07-01")
    assert max(sizes) > NAMES_PIECE and len(sizes) == len(pieces(text, NAMES_PIECE_IN_CHILD))
    names_child.allow(False)
    assert _key(found) == _key(detect(text, reference="2025-07-01"))  # in this process: pieces of NAMES_PIECE


@pytest.mark.parametrize("text", [
    "",
    " " * 5000,
    "\n\n\n \t \r\n",
    "\x00" * 300 + "Prices in Ankara rose 5% on 3 May 2024.\x00",
    "Prices in Ankara\u2028rose 5% on 3 May 2024.\u2029The ministry said so.",
    "Prices in Ankara rose 5%.\r\nOn 3 May 2024 the ministry said so.\rTomas Berg agreed.\n\r\nDone.",
    "Prices in Ankara rose 5% on 3 May 2024, the ministry said. " * 3000,  # one line of 180,000 characters
])
def test_odd_texts_give_suggestions_that_index_the_text(text):
    found = detect(text, reference="2025-07-01")
    assert all(0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.exact for s in found)
    if "Ankara" in text:
        assert "Ankara" in {s.exact for s in found}


@pytest.mark.parametrize("text", [" " * 1_000_000, "\n\r\n\t \u2028\u2029\u00a0" * 100_000])
def test_a_blank_text_is_not_read(text):
    reports: list[tuple[int, int, str]] = []
    assert detect(text, reference="2025-07-01", progress=lambda *r: reports.append(r)) == []
    assert reports == []  # no stage ran (1 MB of spaces took 12 s of the rules' scans)
