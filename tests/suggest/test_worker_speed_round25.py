"""The twenty-fifth round's speed and robustness work: the frames' pass over the whole text reports between its parts
(cancel points, the same names found), a lone surrogate no longer stops detection (in this process and through the
recognisers' process), and odd texts (empty, blank, NUL, U+2028, mixed line ends, one long line) give suggestions that
index the text. Every sentence here was written for these tests."""

from __future__ import annotations

import multiprocessing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import names_child, ner
from desktop.suggest.detect import Suggestion, detect
from desktop.suggest.english_frames import framed_names
from desktop.suggest.spans import Taken
from desktop.suggest.steps import NAMES_PIECE, NAMES_PIECES_IN_CHILD, grouped, pieces, without_lone_surrogates

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
def test_the_frames_tick_four_times_and_find_what_they_find_without_a_tick(picked):
    text = "\n\n".join(picked)
    ticks: list[int] = []
    with_ticks = framed_names(text, [], Taken(), lambda _t, _p: True, lambda: ticks.append(1))
    without = framed_names(text, [], Taken(), lambda _t, _p: True)
    assert len(ticks) == 4
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
    assert len(grouped(pieces(text, NAMES_PIECE), NAMES_PIECES_IN_CHILD)) >= 2 and NAMES_PIECES_IN_CHILD > 1
    sizes: list[int] = []
    begin = names_child.InChild.begin

    def counted(child, text, find, cuts):
        sizes.extend(end - start for start, end in cuts)
        return begin(child, text, find, cuts)

    monkeypatch.setattr(names_child.InChild, "begin", counted)
    found = detect(text, reference="2025-07-01")
    assert max(sizes) > NAMES_PIECE and len(sizes) == len(grouped(pieces(text, NAMES_PIECE), NAMES_PIECES_IN_CHILD))
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


# A Turkish article followed by an English one whose headings alone do not decide their language: the recognisers give
# such a line the language most of its piece's paragraphs show (ner.paragraph_languages), so the child's larger pieces
# must vote as the in-process pieces of NAMES_PIECE do, or the window and `claimline suggest` name different things.
_TURKISH = ["Cumhurbaşkanı Recep Tayyip Erdoğan, 3 Mart tarihinde Ankara'da bir toplantıya katıldı ve konuşma yaptı.",
            "Dışişleri Bakanı Hakan Fidan, İstanbul'da gazetecilere bu konuda bir açıklama yaptı.",
            "İzmir Büyükşehir Belediyesi yeni otobüs aldığını ve bunların yolda olduğunu duyurdu."]
_ENGLISH = ["The museum said on Tuesday that the exhibition would open in the spring and run for three months.",
            "Visitors from Germany and the United Kingdom made up most of the crowd, the director said."]
_HEADINGS = ["Istanbul Modern Sanat Muzesi", "Karaca Ahmet", "Selim Bey", "Nurlan Kaya", "Emre Can", "Anadolu Ajansi"]


def _turkish_then_english() -> str:
    english: list[str] = []
    for i in range(260):
        english.append(_ENGLISH[i % 2])
        if i % 20 == 5:
            english.append(_HEADINGS[(i // 20) % len(_HEADINGS)])
    return "\n\n".join([_TURKISH[i % 3] for i in range(700)] + english)


def test_the_recognisers_process_names_what_this_process_names_in_a_text_of_two_languages(in_a_child):
    text = _turkish_then_english()  # ≈ 90,000 characters: four pieces of NAMES_PIECE here, one in the child
    assert len(pieces(text, NAMES_PIECE)) == 4
    found = detect(text, kinds=("actor",))
    assert names_child.child_pid() is not None
    names_child.allow(False)
    here = detect(text, kinds=("actor",))
    assert _key(found) == _key(here)
    assert "Istanbul Modern Sanat Muzesi" in [s.exact for s in here]  # its piece is English here


@given(st.lists(st.sampled_from(["", "Ankara", "a b", "x" * 40, "Obama said."]), max_size=60), st.integers(1, 5))
def test_grouped_pieces_cover_the_text_as_the_pieces_do(lines, n):
    text = "\n".join(lines)
    cuts = pieces(text, 50)
    joined = grouped(cuts, n)
    assert joined[0][0] == 0 and joined[-1][1] == len(text) and all(a[1] == b[0] for a, b in zip(joined, joined[1:]))
    # the child cuts each group again as the whole text was cut
    for start, end in joined:
        assert [(a + start, b + start) for a, b in pieces(text[start:end], 50) if a < b] == [c for c in cuts if start <= c[0] < end]


def test_the_recognisers_stop_early_when_asked():
    text = _turkish_then_english() + "\n\n" + "\n\n".join(["Президент России Владимир Путин прибыл в Казань."] * 40)
    assert ner.entities(text, stop=lambda: True) == []
    assert ner.entities(text, stop=lambda: False) == ner.entities(text) != []


def test_the_child_s_piece_of_a_cancelled_job_stops(monkeypatch):
    # the child's piece is four of detection's: a cancelled job's piece under way must not hold up the next detection
    stopped = multiprocessing.get_context("spawn").Value("q", 0, lock=False)
    monkeypatch.setattr(names_child, "_serving", (3, stopped))
    assert not names_child.stopping()
    stopped.value = 3
    assert names_child.stopping()
    monkeypatch.setattr(names_child, "_serving", None)
    assert not names_child.stopping()  # in the worker, or between pieces
