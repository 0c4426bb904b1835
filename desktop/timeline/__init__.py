"""The timeline: events drawn from date tags, their lanes, and their drawing.

``events`` is pure Python (no Qt); ``render`` draws with QtGui only (PNG/SVG export
without QtWidgets); ``scene`` builds the interactive QGraphicsScene (QtWidgets).
"""
