"""The store: a Claimline SQLite file; the only package that speaks SQL."""

from desktop.store.db import (
    Store,
    StoreDamaged,
    StoreError,
    inspect_store,
    is_corruption,
    new_id,
    now_iso,
    open_store,
)

__all__ = ["Store", "StoreDamaged", "StoreError", "inspect_store", "is_corruption", "new_id", "now_iso", "open_store"]
