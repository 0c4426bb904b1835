"""Pure parsers that turn figure and date phrases into normalised attributes.

:mod:`desktop.meaning.figures` handles quantities (numbers with units, money,
percentages, scale words); :mod:`desktop.meaning.dates` handles dates, ranges
and relative expressions.  Neither does I/O, uses Qt or SQL, or raises on text.
"""
