"""The recognisers' speed path: their stage runs in a thread while the dates and figures
are found, and their matrix products run on numpy; neither changes a suggestion, a
cancel or an error (issue 15's speed goals; the figures are in bench/bench_suggest.py --speed)."""

from __future__ import annotations

import gc
import importlib
import threading
import weakref

import pytest
import spacy

from desktop.paths import resource_root
from desktop.suggest import ner, steps
from desktop.suggest.detect import detect

detect_module = importlib.import_module("desktop.suggest.detect")  # the package exports the function

# written for these tests: English, Russian, Turkish and Kazakh paragraphs, with dates and figures
PARAGRAPHS = [
    "The Danish shipping group Maersk said on 3 March 2024 that Anna Lindqvist would lead its office in Rotterdam.",
    "Минфин России сообщил 12 апреля, что Алексей Смирнов возглавит делегацию в Женеве; бюджет вырос на 4 %.",
    "Ankara'da toplanan Türkiye Büyük Millet Meclisi, 5 Mayıs'ta Ayşe Yılmaz'ın önerisini 280 oyla kabul etti.",
    "Қазақстан Үкіметі 2023 жылы Астанада 150 мектеп салатынын хабарлады.",
    "In Nairobi, the World Food Programme counted 1.2 million people in need by late June, Peter Otieno told reporters.",
    "nothing capitalised here, only 40 tonnes of grain shipped last week",
]


def mixed_text(repeats: int) -> str:
    return "\n\n".join(PARAGRAPHS * repeats)


def suggestions(found):
    return [(s.kind, s.start, s.end, s.exact, sorted(s.attributes.items(), key=str), s.confidence) for s in found]


def test_numpy_products_find_the_entities_thinc_s_default_finds(monkeypatch):
    text = mixed_text(3)
    fast = ner.entities(text)
    loaded = {lang: ner._spacy_models[lang] for lang in ("en", "tr", "kk")}
    assert all(not node.ops.use_blis for nlp in loaded.values() for _n, c in nlp.pipeline for node in c.model.walk())
    default = {lang: spacy.load(resource_root() / "resources" / "models" / f"ner-{lang}") for lang in loaded}
    assert all(node.ops.use_blis for nlp in default.values() for _n, c in nlp.pipeline for node in c.model.walk())
    monkeypatch.setattr(ner, "_spacy_models", default)
    assert {lang for *_span, lang in fast} == {"en", "ru", "tr", "kk"}
    assert ner.entities(text) == fast


def test_the_recognisers_ahead_give_what_they_give_in_turn(monkeypatch):
    text = mixed_text(40)
    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_500)  # many pieces, collected while the thread runs
    ahead = suggestions(detect(text, reference="2025-07-01"))
    monkeypatch.setattr(steps.Steps, "ahead", lambda self, find, size, *in_child: None)  # run() then finds piece by piece
    in_turn = suggestions(detect(text, reference="2025-07-01"))
    assert len(ahead) > 200 and {kind for kind, *_rest in ahead} == {"actor", "date", "figure"}
    assert ahead == in_turn


class Stop(Exception):
    pass


def cancelled_at_figures(text: str) -> None:
    """Detection of ``text``, cancelled when the figures' stage comes (the recognisers run meanwhile)."""

    def progress(done: int, total: int, stage: str) -> None:
        if stage == "figures":
            raise Stop

    with pytest.raises(Stop):
        detect(text, reference="2025-07-01", progress=progress)


def _ahead_threads_end() -> bool:
    """Whether the recognisers' threads end within a few seconds (a cancel does not wait for
    the piece under way: the thread stops after it)."""
    for thread in [t for t in threading.enumerate() if t.name.startswith("detect-ahead")]:
        thread.join(10)
    return not any(t.name.startswith("detect-ahead") for t in threading.enumerate())


def test_a_cancel_before_the_names_stage_stops_the_recognisers(monkeypatch):
    calls: list[int] = []
    real = ner.entities
    cancelled = threading.Event()

    def counted(text: str):
        calls.append(len(text))
        cancelled.wait(10)  # the first piece is under way when the cancel comes (no race with the dates)
        return real(text)

    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_000)
    monkeypatch.setattr(detect_module.ner, "entities", counted)
    cancelled_at_figures(mixed_text(60))
    cancelled.set()
    assert _ahead_threads_end()
    ran = len(calls)
    assert ran <= 1 < len(steps.pieces(mixed_text(60), 1_000))  # at most the piece under way
    threading.Event().wait(0.2)
    assert len(calls) == ran  # nothing runs on after the cancel
    # the next detection runs as usual, its recogniser used by one thread at a time
    assert suggestions(detect(mixed_text(2), reference="2025-07-01")) == suggestions(detect(mixed_text(2), reference="2025-07-01"))


def test_a_failing_recogniser_piece_raises_its_error_in_detection(monkeypatch):
    calls: list[int] = []
    real = ner.entities

    def failing(text: str):
        calls.append(len(text))
        if len(calls) == 3:
            raise RuntimeError("recogniser broke")
        return real(text)

    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_000)
    monkeypatch.setattr(detect_module.ner, "entities", failing)
    with pytest.raises(RuntimeError, match="recogniser broke"):
        detect(mixed_text(30), reference="2025-07-01")
    assert _ahead_threads_end()
    assert len(calls) == 3  # the thread stopped at the failing piece


def test_a_cancelled_detection_s_thread_and_the_next_one_s_never_read_at_once(monkeypatch):
    inside: list[int] = []
    overlaps: list[int] = []
    gate = threading.Event()

    def slow(text: str):
        if inside:
            overlaps.append(len(text))
        inside.append(1)
        gate.wait(0.3)  # the piece under way when the cancel comes takes a while
        inside.pop()
        return []

    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_000)
    monkeypatch.setattr(detect_module.ner, "entities", slow)
    cancelled_at_figures(mixed_text(20))
    detect(mixed_text(5), reference="2025-07-01")  # starts while the cancelled one's piece may still run
    assert _ahead_threads_end()
    assert not overlaps


# review of the thirteenth round's speed branch


def test_an_error_between_the_stages_stops_the_recognisers(monkeypatch):
    """Not only a stage or a report that raises: an error in detect's own code between them (here
    in the dates' loop) stops the thread too; it used to read all 24 pieces nobody collected."""
    calls: list[int] = []
    raised = threading.Event()

    def blocked(text: str):
        calls.append(len(text))
        raised.wait(10)
        return []

    def broken(text, suggestion):
        raise ValueError("broken between the stages")

    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_000)
    monkeypatch.setattr(detect_module.ner, "entities", blocked)
    monkeypatch.setattr(detect_module, "_mid_word", broken)
    with pytest.raises(ValueError, match="between the stages"):
        detect(mixed_text(40), reference="2025-07-01")
    raised.set()
    assert _ahead_threads_end()
    assert len(calls) <= 1 < len(steps.pieces(mixed_text(40), 1_000))  # at most the piece under way


def test_a_finished_detection_keeps_nothing_of_its_recognisers_stage(monkeypatch):
    """The thread's futures and results are freed when detect returns, not kept in a cycle
    (a future's callback used to be a method of the stage) until the garbage collector runs."""
    started: list[weakref.ref] = []
    real = steps.Steps.ahead

    def kept(self, find, size, *in_child):
        ahead = real(self, find, size, *in_child)
        started.append(weakref.ref(ahead))
        return ahead

    monkeypatch.setattr(steps.Steps, "ahead", kept)
    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_000)
    gc.collect()
    gc.disable()
    try:
        assert detect(mixed_text(6), reference="2025-07-01")
        assert _ahead_threads_end()
        assert len(started) == 1 and started[0]() is None
    finally:
        gc.enable()


def test_two_detections_at_once_in_two_threads_find_what_each_finds_alone(monkeypatch):
    monkeypatch.setattr(detect_module, "NAMES_PIECE", 1_000)
    texts = [mixed_text(8), "\n\n".join(reversed(PARAGRAPHS * 8))]
    alone = [suggestions(detect(t, reference="2025-07-01")) for t in texts]
    together: dict[int, list] = {}

    def run(i: int) -> None:
        together[i] = suggestions(detect(texts[i], reference="2025-07-01"))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert [together.get(0), together.get(1)] == alone
    assert _ahead_threads_end()
