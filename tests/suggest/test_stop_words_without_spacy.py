"""The English stop words are kept as data (spaCy's own list): in the window's worker the recognisers
(and spaCy, ≈ 80 MB) live in a child process, and the worker's rules need the list; in the bundle spaCy's
module file cannot be read instead (its modules are in an archive)."""

import subprocess
import sys

from desktop.suggest.english_stop_words import STOP_WORDS


def test_the_stop_words_are_spacys() -> None:
    from spacy.lang.en import stop_words

    assert STOP_WORDS == frozenset(stop_words.STOP_WORDS)


def test_english_rules_in_a_fresh_process_do_not_import_spacy() -> None:
    code = (
        "import sys\n"
        "from desktop.suggest import guesses\n"
        "assert guesses.function_word('whatever') and not guesses.function_word('Obama')\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "False"
