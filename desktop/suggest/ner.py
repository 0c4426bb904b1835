"""A statistical named-entity recogniser for Russian text (natasha's slovnet model).

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
import os
import re
import sys
import threading
import time
from collections.abc import Iterable

__all__ = ["russian_entities", "status", "load_seconds"]

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
        except Exception as exc:  # noqa: BLE001 - any failure: rules only, and say why
            _error = f"{type(exc).__name__}: {exc}"
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


def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """Paragraphs with Cyrillic letters, cut at sentence ends to ≤ _MAX_CHUNK."""
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        if not _CYRILLIC.search(para):
            continue
        start = m.start()
        while len(para) > _MAX_CHUNK:
            cut = para.rfind(". ", 0, _MAX_CHUNK)
            cut = cut + 1 if cut > 0 else _MAX_CHUNK
            yield start, para[:cut]
            start += cut
            para = para[cut:]
        if para.strip():
            yield start, para


def russian_entities(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of persons, organisations and places in the
    Russian paragraphs of ``text`` (type: person, organisation, place)."""
    chunks = list(_chunks(text))
    if not chunks:
        return []
    model = _load()
    if model is None:
        return []
    out: list[tuple[int, int, str]] = []
    for i in range(0, len(chunks), _BATCH):
        batch = chunks[i : i + _BATCH]
        for (offset, _chunk), markup in zip(batch, model.map([c for _o, c in batch])):
            for span in markup.spans:
                kind = TYPES.get(span.type)
                if kind:
                    out.append((offset + span.start, offset + span.stop, kind))
    return out
