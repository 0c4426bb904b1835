"""Where Claimline keeps its files (no Qt: the command line uses it too).

``CLAIMLINE_DATA_DIR`` and ``CLAIMLINE_CONFIG_DIR`` override the platform folders,
so tests and portable runs never touch the user's real store or settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_DIR_NAME = "Claimline"
DEFAULT_STORE_NAME = "library.claimline"


def data_dir() -> Path:
    override = os.environ.get("CLAIMLINE_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("CLAIMLINE_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_DIR_NAME, appauthor=False))


def default_store_path() -> Path:
    return data_dir() / DEFAULT_STORE_NAME


def store_path_from(cli_value: str | None) -> Path:
    """--store, then $CLAIMLINE_STORE, then the default store."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("CLAIMLINE_STORE")
    if env:
        return Path(env).expanduser()
    return default_store_path()


RESOURCE_MARKER = Path("seeds") / "rising-axis-of-trade.txt"


def resource_root() -> Path:
    """The folder holding resources/ and seeds/ (the one function that knows where).

    In order: a PyInstaller bundle (``sys._MEIPASS``); the source checkout (also an
    editable install); a ``pip install .``, whose pyproject data-files put them in
    ``<prefix>/share/claimline`` (found through the distribution's file list when the
    prefix is not ``sys.prefix``, e.g. ``--user``).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "resources").is_dir() and (checkout / RESOURCE_MARKER).is_file():
        return checkout
    installed = _installed_data_dir()
    return installed if installed is not None else checkout


def _installed_data_dir() -> Path | None:
    for prefix in (sys.prefix, sys.base_prefix):
        candidate = Path(prefix) / "share" / "claimline"
        if (candidate / RESOURCE_MARKER).is_file():
            return candidate
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        files = distribution("claimline").files or []
    except PackageNotFoundError:
        return None
    suffix = "share/claimline/" + RESOURCE_MARKER.as_posix()
    for entry in files:
        if str(entry).replace("\\", "/").endswith(suffix):
            seed = Path(entry.locate()).resolve()
            return seed.parent.parent
    return None


def refi_qda_schema(name: str) -> Path:
    """A REFI-QDA schema shipped in resources/schemas/refi-qda: "Codebook.xsd" or "Project.xsd"."""
    return resource_root() / "resources" / "schemas" / "refi-qda" / name


def seed_path() -> Path:
    return resource_root() / "seeds" / "rising-axis-of-trade.txt"
