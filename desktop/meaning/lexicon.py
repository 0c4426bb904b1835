"""The case-ratio lexicon of English words written in lower case (``resources/gazetteer/lower_case_en.txt``, built by
``scripts/build_case_ratio.py``; see :mod:`desktop.suggest.common_words`), read once. Here, outside ``desktop.suggest``,
so that the date rules can ask it without loading the detection stack (no Qt)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def lower_case_words() -> frozenset[str]:
    """The lexicon's words (casefolded); empty when the file is missing."""
    from desktop.paths import resource_root  # noqa: PLC0415

    path = resource_root() / "resources" / "gazetteer" / "lower_case_en.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
