"""Statistical named-entity recognisers: Russian (natasha's slovnet model) and
English, Turkish and Kazakh (compact spaCy pipelines trained for Claimline,
``resources/models/ner-{en,tr,kk}``, see ``scripts/train_ner.py``).

The model is the one natasha 1.6.0 ships inside its wheel (MIT licence):
``slovnet_ner_news_v1`` (2.4 MB, trained on news) over the ``navec`` news
embeddings (26 MB).  Only its files are used: natasha itself is not imported
(its morphology needs pymorphy2, which Python 3.11 cannot run); ``slovnet``
and ``navec`` load them.  Nothing is downloaded.

The model is loaded on first use, in the process that asks: the window's
detection runs in its worker process, so the window never pays for it.
:func:`russian_entities` returns ``[]`` when the packages are not installed
(detection then falls back to the rules and the gazetteer) and says so in
:func:`status`.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from desktop.suggest.words import KAZAKH_LETTER as _KAZAKH

__all__ = ["entities", "paragraph_languages", "russian_entities", "status", "load_seconds"]

_log = logging.getLogger(__name__)
_EMBEDDING = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
_MODEL = "data/model/slovnet_ner_news_v1.tar"
TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}

_lock = threading.Lock()
_model = None
_error: str | None = None
_load_seconds = 0.0

_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_PARAGRAPH = re.compile(r"[^\n]+")
_MAX_CHUNK = 2000  # characters per model call: a paragraph, or a slice of a long one
_BATCH = 32


def _natasha_dir() -> str | None:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller: the spec copies the two files
    if bundle and os.path.isfile(os.path.join(bundle, "natasha", _MODEL)):
        return os.path.join(bundle, "natasha")
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def _load():
    global _model, _error, _load_seconds
    with _lock:
        if _model is not None or _error is not None:
            return _model
        started = time.perf_counter()
        try:
            base = _natasha_dir()
            if base is None:
                raise ImportError("natasha is not installed")
            from navec import Navec  # noqa: PLC0415 - heavy (numpy): on first use only
            from slovnet import NER  # noqa: PLC0415

            model = NER.load(os.path.join(base, _MODEL))
            model.navec(Navec.load(os.path.join(base, _EMBEDDING)))
            _model = model
        except Exception as exc:  # noqa: BLE001 - any failure: rules only, and say why (logged)
            _error = f"{type(exc).__name__}: {exc}"
            _log.warning("Russian entity recogniser not used: %s", _error, exc_info=True)
        _load_seconds = time.perf_counter() - started
        return _model


def status() -> str:
    """"ready", "not loaded" or why the model cannot be used."""
    if _model is not None:
        return "ready"
    return _error or "not loaded"


def load_seconds() -> float:
    """How long loading the model took (0 before it was loaded)."""
    return _load_seconds


def _chunks(text: str) -> list[tuple[int, str]]:
    """Paragraphs with Cyrillic letters, cut at sentence ends to ≤ _MAX_CHUNK."""
    return [(start, para) for start, para in _paragraphs(text) if _CYRILLIC.search(para)]


def russian_entities(text: str, _chunks_given: list[tuple[int, str]] | None = None,
                     stop: Callable[[], bool] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of persons, organisations and places in the
    Russian paragraphs of ``text`` (type: person, organisation, place)."""
    chunks = _chunks_given if _chunks_given is not None else list(_chunks(text))
    if not chunks:
        return []
    model = _load()
    if model is None:
        return []
    out: list[tuple[int, int, str]] = []
    for i in range(0, len(chunks), _BATCH):
        if stop is not None and stop():
            break  # (entities: a cancelled job's piece)
        batch = chunks[i : i + _BATCH]
        for (offset, _chunk), markup in zip(batch, model.map([c for _o, c in batch])):
            for span in markup.spans:
                kind = TYPES.get(span.type)
                if kind:
                    out.append((offset + span.start, offset + span.stop, kind))
    return out


# ---------------------------------------------------------------- spaCy models (en, tr, kk)
_SPACY_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}
# paragraphs per spaCy batch: 16 holds ≈ 30 MB less of thinc's activations than 64 and gives the same suggestions,
# but with all kinds (the recognisers' thread beside the figure and date rules) 1 MB took 15.1–16.7 s of processor
# time against 12.9–13.1 s with 64, measured alternately in the sixteenth round: 64 stays
_SPACY_BATCH = 64
_spacy_models: dict[str, Any] = {}
_spacy_errors: dict[str, str] = {}
_TURKISH = re.compile("[ğışİĞŞ]|(?:[çöü].*){2,}")
_LATIN = re.compile("[A-Za-z]")
_SPAN_STOP = re.compile(r"[\[\](){}<>\"“”«»,;:!?]|\.(?=\S*$)(?<=[^\W\d_]{3}\.)")
_TRAILING_CONNECTOR = re.compile(r"(?:[ \u00a0]+(?:and|of|the|for|in|on|at|to|ve|ile|и|в|мен|және))+$")
_TR_SUFFIX = re.compile(r"['’][^\W\d_]{1,8}$")


def _spacy_model(lang: str) -> Any:
    global _load_seconds
    with _lock:
        if lang in _spacy_models or lang in _spacy_errors:
            return _spacy_models.get(lang)
        started = time.perf_counter()
        try:
            import spacy  # noqa: PLC0415 - heavy: in the worker, on first use

            from desktop.paths import resource_root  # noqa: PLC0415

            path = resource_root() / "resources" / "models" / f"ner-{lang}"
            if not path.is_dir():
                raise FileNotFoundError(f"no model at {path}")
            _spacy_models[lang] = _with_numpy_products(spacy.load(path))
        except Exception as exc:  # noqa: BLE001 - rules only for this language, and say why (logged)
            _spacy_errors[lang] = f"{type(exc).__name__}: {exc}"
            _log.warning("entity recogniser for %s not used: %s", lang, _spacy_errors[lang], exc_info=True)
        _load_seconds += time.perf_counter() - started
        return _spacy_models.get(lang)


def _with_numpy_products(nlp: Any) -> Any:
    """``nlp`` with its layers' matrix products done by numpy (OpenBLAS) instead of thinc's
    default, BLIS: on this project's 2-core machines BLIS's kernels took 3x the time of
    numpy's for the recognisers' shapes, and the products are 60 % of the recognisers'
    time; the entities found are the same (``tests/suggest/test_detection_ahead.py``; bench:
    1 MB of text and the study sets give the same suggestions).  The parser's own loop
    keeps thinc's C kernels."""
    from thinc.api import NumpyOps  # noqa: PLC0415 - loaded with spacy

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp


def spacy_status() -> dict[str, str]:
    """Per language: "ready", or why its model is not used; languages not asked for yet are absent."""
    out = {lang: "ready" for lang in _spacy_models}
    out.update(_spacy_errors)
    return out


# Frequent words that tell two languages of one script apart when the letters do not
# (English / Turkish without ı, ş, ğ; Russian / Kazakh without ә, ғ, қ, ң, ө, ұ, ү, һ, і):
# per script, the default language's words (English, Russian), then the other's.
_WORDS = {
    "en": (frozenset("the and of to in is was were are for with that on by from has have said".split()),
           frozenset("ve bir bu ile için olarak olan daha gibi sonra kadar ancak veya çok".split())),
    "ru": (frozenset("и в на что не по с это из к как для от".split()),
           frozenset("мен бен пен деп осы туралы бойынша болып жылы".split())),
}
_OTHER = {"en": "tr", "ru": "kk", "tr": "en", "kk": "ru"}
_SHORT = 8  # words: a line this short that one function word decides does not decide
# Function words that are words of the script's other language too: Turkish "on" (ten), Kazakh "не" (what) and
# "от" (fire). A short line that one of them alone decides ("Galatasaray on maçı kazandı") does not decide.
_HOMOGRAPHS = frozenset(["on", "не", "от"])


def _own_language(paragraph: str) -> tuple[str | None, int]:
    """The language a paragraph's own letters or words show, and whether they decide it:
    Cyrillic with Kazakh letters → Kazakh, Latin with Turkish letters → Turkish; otherwise
    the more frequent function words of the two languages of its script; on a tie (a
    heading, a name alone) English or Russian, undecided.  How firmly: 2 (letters, or the words of a
    longer line), 1 (a line under :data:`_SHORT` words that one function word of :data:`_HOMOGRAPHS` decides:
    it votes, but follows a document whose lines mostly show the other language, "Galatasaray on maçı
    kazandı", Turkish "on", ten; not "В Москве прошли переговоры" in a Kazakh text), 0 (undecided)."""
    if _CYRILLIC.search(paragraph):
        if _KAZAKH.search(paragraph):
            return "kk", 2
        first = "ru"
    elif not _LATIN.search(paragraph):
        return None, 2
    else:
        first = "en"
    mine, other = _WORDS[first]
    words = paragraph.lower().split()
    balance = sum(map(mine.__contains__, words)) - sum(map(other.__contains__, words))
    if first == "en" and _TURKISH.search(paragraph) and not _english_despite_letters(words, balance):
        return "tr", 2
    deciding = [w for w in words if w in (mine if balance > 0 else other)]
    firm = 0 if balance == 0 else 1 if abs(balance) == 1 and set(deciding) <= _HOMOGRAPHS and len(words) < _SHORT else 2
    return (first if balance >= 0 else _OTHER[first]), firm


def own_language(paragraph: str) -> str | None:
    """The language a paragraph's own letters and words show (en, tr, ru, kk; English or Russian
    when they do not decide), as :func:`paragraph_languages` reads a paragraph alone."""
    return _own_language(paragraph)[0]


def _english_despite_letters(words: list[str], balance: int) -> bool:
    """An English paragraph naming "Erdoğan" or "Beşiktaş": at least three more English
    function words than Turkish ones, and more than twice as many as words with Turkish
    letters (a Turkish sentence quoting an English title, "New System of the Nature and
    Communication of Substances adlı makalesiyle … gerçekleştirdi", stays Turkish)."""
    lettered = sum(1 for w in words if _TURKISH_LETTER.search(w))
    return balance >= 3 and balance > 2 * lettered


_TURKISH_LETTER = re.compile("[çğıöşüİ\u0307]")  # "İ".lower() is "i" + U+0307


def paragraph_languages(text: str) -> list[tuple[int, str, str]]:
    """``(start, paragraph, language)`` of each paragraph of ``text`` that has letters,
    in the language its recogniser reads it in (en, tr, ru, kk).  A paragraph whose own
    letters and words do not decide (a Turkish heading without ı/ş/ğ, a Kazakh line
    without Kazakh letters) takes the language most of the text's deciding paragraphs of
    its script show: a Turkish article's bare lines go to Turkish, an English article
    quoting a Turkish line stays English."""
    routed = [(start, para, *_own_language(para)) for start, para in _paragraphs(text)]
    votes: dict[str, int] = {}
    for _start, _para, lang, firm in routed:
        if firm and lang:
            votes[lang] = votes.get(lang, 0) + 1
    out = []
    for start, para, lang, firm in routed:
        if lang is None:
            continue
        if firm < 2 and votes.get(_OTHER[lang], 0) > votes.get(lang, 0):
            lang = _OTHER[lang]
        out.append((start, para, lang))
    return out


def _paragraphs(text: str) -> Iterable[tuple[int, str]]:
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        start = m.start()
        while len(para) > _MAX_CHUNK:
            cut = para.rfind(". ", 0, _MAX_CHUNK)
            cut = cut + 1 if cut > 0 else _MAX_CHUNK
            yield start, para[:cut]
            start += cut
            para = para[cut:]
        if para.strip():
            yield start, para


def entities(text: str, parts: list[tuple[int, int]] | None = None,
             stop: Callable[[], bool] | None = None) -> list[tuple[int, int, str, str]]:
    """``(start, end, type, language)`` of persons, organisations and places in
    ``text``, each paragraph read by the recogniser of its language
    (:func:`paragraph_languages`; Russian: natasha; English, Turkish, Kazakh: the
    shipped spaCy models). ``parts``: ``(start, end)`` slices of ``text`` at line starts whose
    paragraphs vote on their languages each apart, as if each were read alone (the recognisers'
    process reads several of detection's pieces at once and must name what they name). ``stop()``, asked
    between batches and paragraphs, ends the reading early with what is found so far (the recognisers' process:
    a cancelled job's piece, whose names nobody collects, must not hold up the next detection)."""
    by_lang: dict[str, list[tuple[int, str]]] = {}
    for a, b in parts if parts is not None else [(0, len(text))]:
        for start, para, lang in paragraph_languages(text[a:b] if parts is not None else text):
            by_lang.setdefault(lang, []).append((start + a, para))
    out: list[tuple[int, int, str, str]] = []
    if "ru" in by_lang:
        out += [(b, e, kind, "ru") for b, e, kind in russian_entities("", _chunks_given=by_lang["ru"], stop=stop)]
    for lang in ("en", "tr", "kk"):
        chunks = by_lang.get(lang)
        if not chunks:
            continue
        nlp = _spacy_model(lang)
        if nlp is None:
            continue
        for (offset, _para), doc in zip(chunks, nlp.pipe((p for _o, p in chunks), batch_size=_SPACY_BATCH)):
            if stop is not None and stop():
                break
            for ent in doc.ents:
                kind = _SPACY_TYPES.get(ent.label_)
                if kind is None:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                exact = text[start:end]
                cut = _SPAN_STOP.search(exact)  # "Kazakhstan.[2": a footnote marker glued on
                if cut is not None:
                    end = start + len(exact[: cut.start()].rstrip(" ."))
                    exact = text[start:end]
                while end > start and text[end - 1] in " -–":  # "U.S. -": a hyphen the tokenizer split off
                    end -= 1
                tail = _TRAILING_CONNECTOR.search(text, start, end)  # "United States and"
                if tail is not None:
                    end = tail.start()
                if lang in ("tr", "kk"):
                    suffix = _TR_SUFFIX.search(exact)
                    if suffix is not None:
                        end -= len(suffix.group())
                out.append((start, end, kind, lang))
    out.sort()
    return out
