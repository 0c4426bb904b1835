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


def resource_root() -> Path:
    """The folder holding resources/ and seeds/: the checkout, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    here = Path(__file__).resolve().parent
    # Installed with pip, resources are package data inside desktop/_data.
    packaged = here / "_data"
    if packaged.is_dir():
        return packaged
    return here.parent


def seed_path() -> Path:
    return resource_root() / "seeds" / "rising-axis-of-trade.txt"
