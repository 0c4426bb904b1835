"""The timeline: events drawn from date tags, their lanes, and their drawing.

``events`` is pure Python (no Qt); ``render`` draws with QtGui only (PNG/SVG export
without QtWidgets).  The interactive QGraphicsScene is :mod:`desktop.ui.timeline_scene`
(QtWidgets live only under ``desktop/ui``).
"""
