"""``python -m desktop``: the same as the ``claimline`` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Import workers are processes (PyMuPDF is not thread-safe); a frozen
    # PyInstaller bundle needs this before anything else.
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
