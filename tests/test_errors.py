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
