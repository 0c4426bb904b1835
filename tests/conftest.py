"""Test set-up: headless Qt, and data/config folders that are never the user's."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# Before anything imports Qt: with no display and no platform set, Qt aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="claimline-tests-"))
# Removed when the test run ends, so repeated runs do not pile up folders in /tmp.
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["CLAIMLINE_DATA_DIR"] = str(_HOME / "data")
os.environ["CLAIMLINE_CONFIG_DIR"] = str(_HOME / "config")
os.environ["CLAIMLINE_AUTHOR"] = "Tester"
# Tests read English UI strings whatever the machine's locale.
os.environ["CLAIMLINE_LANGUAGE"] = "en"
os.environ.pop("CLAIMLINE_STORE", None)

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "rising-axis-of-trade.txt"
SHARED = REPO.parent / "shared"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "test.claimline"


@pytest.fixture
def service(store_path: Path):
    from desktop.service import Service
    from desktop.store import open_store

    store = open_store(store_path)
    yield Service(store, "Tester")
    store.close()


@pytest.fixture
def seeded(service):
    """A service whose store holds the seed article; returns (service, doc_id)."""
    outcome = service.import_files([SEED])[0]
    assert outcome.error is None, outcome.error
    return service, outcome.document.id


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """The session's QApplication, made first: a command-line test would otherwise make
    a bare QGuiApplication (desktop.qtgui), after which no widget could be created."""
    return qapp
