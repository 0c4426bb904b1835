"""Known user errors share one base; bugs are everything else."""

from __future__ import annotations

import pytest

from desktop.errors import UserError


@pytest.mark.parametrize(
    "module, name",
    [
        ("desktop.model", "DocumentError"),
        ("desktop.store", "StoreError"),
        ("desktop.service", "ServiceError"),
    ],
)
def test_every_known_user_error_is_a_user_error(module, name):
    import importlib

    assert issubclass(getattr(importlib.import_module(module), name), UserError)


def test_a_bug_in_a_command_is_one_line_and_its_traceback_is_in_the_log(capsys, monkeypatch, tmp_path):
    from desktop import cli
    from desktop.cli import library
    from desktop.logs import log_path

    def broken(args):
        raise TypeError("a bug in the command")

    commands = tuple(c if c.name != "docs" else type(c)(c.name, c.help, broken) for c in library.COMMANDS)
    monkeypatch.setattr(library, "COMMANDS", commands)
    code = cli.main(["docs", "--store", str(tmp_path / "s.claimline")])
    out, err = capsys.readouterr()
    assert code == 70 and out == ""
    assert err.splitlines() == [
        f"claimline: internal error (TypeError: a bug in the command); the details are in {log_path()}"
    ]
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and 'raise TypeError("a bug in the command")' in logged


def test_a_user_error_is_one_line_and_not_logged_as_a_bug(capsys, tmp_path):
    from desktop import cli
    from desktop.logs import log_path, setup_logging

    setup_logging()
    before = log_path().read_text(encoding="utf-8") if log_path().exists() else ""
    code = cli.main(["docs", "--store", str(tmp_path / "missing.claimline")])
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith("claimline: no Claimline store at")
    after = log_path().read_text(encoding="utf-8") if log_path().exists() else ""
    assert after == before


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_uncaught_exception_in_a_thread_is_logged(tmp_path):
    import threading

    from desktop.logs import log_path, setup_logging

    setup_logging()
    t = threading.Thread(target=lambda: 1 / 0, name="doomed")
    t.start()
    t.join()
    logged = log_path().read_text(encoding="utf-8")
    assert "uncaught exception in thread doomed" in logged and "ZeroDivisionError" in logged


def test_the_command_line_says_a_warning_in_one_line(capsys, tmp_path):
    import logging

    from desktop import cli

    assert cli.main(["docs", "--store", str(tmp_path / "missing.claimline")]) == 1
    capsys.readouterr()
    try:
        raise RecursionError("deep")
    except RecursionError:
        logging.getLogger("desktop.importers.html").warning("trafilatura failed on %s", "page.html", exc_info=True)
    err = capsys.readouterr().err
    assert err == "claimline: trafilatura failed on page.html\n"
