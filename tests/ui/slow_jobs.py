"""Jobs for the worker process that tests control (importable by the spawned worker:
no Qt, no test module's fixtures)."""

from __future__ import annotations

import time

from desktop.service import suggestions as suggestion_service

LOAD_SECONDS = 120  # far longer than any test waits: only ending the worker stops it


def detect_after_a_slow_model_load(request, progress):
    """Detection whose "models" step lasts minutes with no cancel point (a model load on
    a slow laptop), then the real detection: a late result, if anything let it through."""
    progress(0, 10, "models")
    time.sleep(LOAD_SECONDS)
    return suggestion_service.detect(request, progress=progress)


def pid_of_the_worker() -> int:
    import os

    return os.getpid()
