"""The store: a Claimline SQLite file; the only package that speaks SQL."""

from desktop.store.db import Store, StoreError, inspect_store, new_id, now_iso, open_store

__all__ = ["Store", "StoreError", "inspect_store", "new_id", "now_iso", "open_store"]
