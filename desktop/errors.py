"""Known user errors versus bugs.

A :class:`UserError` is something the user can understand and act on: a file
that cannot be read, a store that is damaged or newer than this build, a tag
span outside its text, a mistyped command.  It is shown as one clear line (the
command line) or one message box (the window), without a traceback.  Every
other exception is a bug: it is logged with its traceback (:mod:`desktop.logs`)
and reported as such.

The known errors of each layer subclass it: :class:`desktop.model.DocumentError`
(importers), :class:`desktop.store.StoreError`, :class:`desktop.service.ServiceError`,
:class:`desktop.cli.common.UsageError`.
"""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is for the user (no traceback, not a bug)."""


__all__ = ["UserError"]
