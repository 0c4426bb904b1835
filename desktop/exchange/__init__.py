"""Exchange with the tools colleagues use: REFI-QDA projects (``.qdpx``), Qt-free.

:mod:`desktop.exchange.refi` reads and writes the format, :mod:`desktop.exchange.units`
maps other tools' text positions, :mod:`desktop.exchange.project` holds the
service operations the window and the command line call.
"""
